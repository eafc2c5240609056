"""Reporting verbs that the tagger reads as another word, re-tagged before the dependency parse.

Written without its shadda, بيّن ("he made clear", a common reporting verb in
Saudi news: وبيّن المتحدث أن …) is بين ("between"), and the tagger, which
saw the preposition far more often, calls it ``ADP`` in every position: the
parser then hangs the complement clause elsewhere and the quote is lost. A
word that ``rules/lexicons/verb_homographs.tsv`` lists becomes the verb
(``VERB``, the listed lemma and features) where only the verb can stand:

- at the start of a clause: the sentence's first word, or after و, a comma
  or a semicolon (a preposition there opens a fronted phrase, وبين الحضور …,
  which rarely has a complementizer after it), or after قد, which stands
  only before a verb (وقد عبر الرئيس عن أمله …), or after a word that opens a
  clause whose verb follows it (كما بين الدكتور فلان أن …، حيث، الذي), or after
  a fronted phrase of whose side the clause gives at a clause's start (من
  جهته، من جانبهم، بدوره);
- with a comma right after it (وبين، أن …: no preposition is followed by a
  comma), or with a complementizer (``complementizers.tsv``) within
  :data:`COMPLEMENTIZER_WINDOW` words, or within
  :data:`COMMA_COMPLEMENTIZER_WINDOW` words after a comma set off in between
  (وبين فلان، مدير العلاقات العامة في "الشركة" أن), and no و before it
  (بين الطرفين والحكومة: the preposition's own "between X and Y"); or right
  after a comma within that window, which closes the subject whatever its
  words (a circumstance: وبين سماحته في خطبة الجمعة …، أن; a title's own و:
  وبين وكيل الأمين للتعمير والمشاريع المهندس فلان، أنه).

Unlike the name re-tagging after the parse (``quotes.name_tags``), this runs
between the tagger and the parser, so that the tree is built around the verb.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import attrs

from quotes.grammar.schema import past_tense_forms
from quotes.lexicon import load_lexicon
from quotes.normalize import PRONOUN_ENDINGS, normalize

#: A complementizer at most this many words after the verb (its subject and an addressee fit: وبين مدير عام
#: الإدارة أن …; so do a title with a body and a full name, وبين الناطق الإعلامي لصحة مكة المكرمة عبدالوهاب شلبي
#: بأن …, or a name and a circumstance, وبين الدكتور كمال عثمان خلال حديثه أن …).
COMPLEMENTIZER_WINDOW = 10
#: A comma and a complementizer at most this many words after the verb, when a circumstance comes between (وبين
#: سماحته في خطبة الجمعة أمس بجامع … بالرياض، أن …).
COMMA_COMPLEMENTIZER_WINDOW = 16
#: A verb's own preposition with a noun and its pronoun after it at most this many words after the verb (وعبر المهندس
#: فلان رئيس مجتمع … ورئيس فريق صناع فرص العمل في باب رزق جميل عن سعادته …: a subject with two titles and a body).
OWN_NOUN_WINDOW = 20
#: Words after which a new clause starts.
CLAUSE_OPENERS = frozenset(("و", "،", ",", "؛", ";", ".", ":"))
#: Particles that stand only before a verb (وقد عبر الرئيس عن أمله …، لقد بين الوزير أن …): a listed word after one is in
#: a verb's position as at a clause's start.
VERB_PARTICLES = frozenset(("قد", "لقد"))
#: Words that open a clause whose verb follows them (كما بين الدكتور فلان أن …، حيث بين العنزي أنه …، فلان الذي بين أن
#: …): a listed word after one is in a verb's position as at a clause's start; not فيما, which with بين is "among".
CLAUSE_WORDS = frozenset(normalize(word) for word in ("كما", "حيث", "الذي", "التي"))
#: "Hands" after بين: بين يديه، بين أيدينا ("before him", "in our hands") is the preposition's idiom, wherever it stands
#: (الكتاب الذي بين أيدينا يؤكد أن …).
HANDS = frozenset(normalize(word) for word in ("يدي", "أيدي", "يدى", "ايدي"))
COMMAS = frozenset(("،", ","))
#: The pronouns written on the end of a noun, as the tokenizer leaves them (سعادت | ه، جانب | هم).
POSSESSIVE_PRONOUNS = frozenset(PRONOUN_ENDINGS)
#: Nouns of the fronted phrases that say whose side a clause gives, right before its verb (من جهته، من جانبهم، بدوره
#: عبر الوزير عن …): after من or بـ and a pronoun, the next word stands where a clause starts.
FRONTED_SIDES = frozenset(normalize(word) for word in ("جهت", "جانب", "ناحيت", "دور"))
#: Marks that may stand between a verb and its preposition around a name or description (وعبر فلان «والد الطالب» عن …).
_MARKS_AROUND_A_NAME = frozenset(('"', "«", "»", "“", "”", "(", ")"))


@attrs.frozen
class VerbReading:
    """What a listed word becomes: its lemma and morphological features as a verb."""

    lemma: str
    feats: str
    #: the preposition the verb takes its complement with (عبّر عن): when given, the verb reading needs it after the
    #: verb, within the complementizer window and before any punctuation or standalone و, instead of a complementizer
    preposition: str = ""


@attrs.frozen
class VerbHomographs:
    """Listed forms (normalised) with their verb reading, and the complementizers (normalised, single words)."""

    verbs: dict[str, VerbReading]
    complementizers: frozenset[str]
    #: the past forms of the reporting verbs as written (أردف، أردفت، نفى، نفت): و/ف before them is a conjunction
    reporting_forms: frozenset[str] = frozenset()

    @classmethod
    def from_folder(cls, lexicons: Path) -> VerbHomographs:
        """Read ``verb_homographs.tsv`` and ``complementizers.tsv`` from a rules ``lexicons`` folder."""
        homographs = load_lexicon(lexicons / "verb_homographs.tsv")
        complementizers = load_lexicon(lexicons / "complementizers.tsv")
        verbs = {
            key: VerbReading(entry.fields["lemma"], entry.fields["feats"], normalize(entry.fields.get("preposition") or ""))
            for key, entry in homographs.entries.items()
        }
        reporting = load_lexicon(lexicons / "reporting_verbs.tsv") if (lexicons / "reporting_verbs.tsv").exists() else None
        forms = frozenset(  # as written: the clitic pass reads unnormalised forms (أردف، أردفت، نفى، نفت)
            form
            for entry in (reporting.entries.values() if reporting else ())
            if " " not in entry.written
            for form in past_tense_forms(entry.written)
        )
        return cls(
            verbs=verbs,
            complementizers=frozenset(key for key in complementizers.entries if " " not in key),
            reporting_forms=forms,
        )

    @classmethod
    def bundled(cls) -> VerbHomographs:
        """The lexicons of the rules shipped with `quotes`."""
        from quotes.grammar.loader import default_rules_dir

        return cls.from_folder(Path(default_rules_dir()) / "lexicons")

    def _opens_complement(self, forms: Sequence[str], start: int) -> bool:
        """A complementizer within the window after `start` with no standalone و before it; or within the longer
        window, after a comma set off in between (وبين فلان، مدير العلاقات العامة في "الشركة" أن …) with no و before
        it, or right after a comma, which closes the subject whatever its words (وبين وكيل الأمين للتعمير والمشاريع
        المهندس فلان، أنه …: a title's own و; بين الطرفين والحكومة خلاف على أن … has no comma)."""
        conjoined = commas = False
        for offset, form in enumerate(forms[start : start + COMMA_COMPLEMENTIZER_WINDOW]):
            key = normalize(form)
            if key == "و":
                conjoined = True
            elif self._complementizer(key):
                if (offset > 0 and forms[start + offset - 1] in COMMAS) or (
                    not conjoined and (offset < COMPLEMENTIZER_WINDOW or commas)
                ):
                    return True
            elif form in COMMAS:
                commas = True
        return False

    def _complementizer(self, key: str) -> bool:
        # أنه، إنها، بأنهم: the complementizer with its pronoun, as the tokenizer leaves it
        return key in self.complementizers or any(key.startswith(c) and len(key) - len(c) <= 2 for c in ("ان", "بان"))

    def verbs_to_retag(self, forms: Sequence[str], upos: Sequence[str]) -> list[tuple[int, VerbReading]]:
        """Indices of the words (0-based) of one sentence that are a listed verb in a verb's position, with the
        reading each becomes."""
        found = []
        for i, form in enumerate(forms):
            reading = self.verbs.get(normalize(form))
            if reading is None or upos[i] == "VERB":
                continue
            if i > 0 and forms[i - 1] not in CLAUSE_OPENERS and not _before_a_verb(forms[i - 1]):
                if not _after_fronted_side(forms, i):
                    continue
            if i + 1 < len(forms) and normalize(forms[i + 1]) in HANDS:
                continue
            if reading.preposition:
                if self._takes_preposition(forms, i + 1, reading.preposition):
                    found.append((i, reading))
            elif (i + 1 < len(forms) and forms[i + 1] in COMMAS) or self._opens_complement(forms, i + 1):
                found.append((i, reading))
        return found

    @staticmethod
    def _takes_preposition(forms: Sequence[str], start: int, preposition: str) -> bool:
        """The verb's own preposition within the window after `start` (وعبر الوزير عن أمله …), with no punctuation
        but quotation marks or brackets, and no standalone و, before it (عبر قنوات عديدة - عن …: "via", then something
        else). Further, within :data:`OWN_NOUN_WINDOW` words and across a standalone و, where a noun with its pronoun follows the
        preposition, what one expresses of oneself (وعبر والد الشهيد وذووه من جانبهم عن شكرهم …، عبر وزير الخارجية
        … الذي تعد بلاده شريكا مهما لبوروندي عن أسفه …): "via" rarely has it."""
        conjoined = False
        for offset, form in enumerate(forms[start : start + OWN_NOUN_WINDOW]):
            key = normalize(form)
            if key == preposition:
                return (offset < COMPLEMENTIZER_WINDOW and not conjoined) or _own_noun_follows(forms, start + offset + 1)
            if key == "و":
                conjoined = True
            elif not (any(char.isalpha() for char in form) or form in _MARKS_AROUND_A_NAME):
                return False
        return False


def _before_a_verb(form: str) -> bool:
    """Whether a word stands only before a verb (قد، لقد) or opens a clause whose verb follows it (كما، حيث، الذي),
    after و or not (وكما بين الأطباء أن …)."""
    key = normalize(form)
    if key.startswith(("و", "ف")) and key[1:] in CLAUSE_WORDS:
        key = key[1:]
    return key in VERB_PARTICLES or key in CLAUSE_WORDS


def _after_fronted_side(forms: Sequence[str], index: int) -> bool:
    """Whether the word at `index` follows a fronted phrase of whose side the clause gives (من جهته، من جانبهم، بدوره),
    at the start of a clause: then it stands where a clause's verb does."""
    if index < 3 or forms[index - 1] not in POSSESSIVE_PRONOUNS or normalize(forms[index - 2]) not in FRONTED_SIDES:
        return False
    opening = normalize(forms[index - 3])
    return opening in ("من", "ب") and (index == 3 or forms[index - 4] in CLAUSE_OPENERS)


def _own_noun_follows(forms: Sequence[str], start: int) -> bool:
    """Whether a noun with its possessive pronoun comes right after `start`, a quotation mark allowed before it: cut
    off by the tokenizer or still written on (عن سعادت | ه، عن «أسفه»، عن شكرهم)."""
    if start < len(forms) and forms[start] in _MARKS_AROUND_A_NAME:
        start += 1
    if start >= len(forms) or not any(char.isalpha() for char in forms[start]):
        return False
    if start + 1 < len(forms) and forms[start + 1] in POSSESSIVE_PRONOUNS:
        return True
    return len(forms[start]) > 3 and forms[start].endswith(PRONOUN_ENDINGS)
