"""Speakers across a document: who a subject-less cue, a surname or an anaphor refers to.

Each source becomes an entity. A mention joins an entity when its words are
the entity's words or part of them (`فرولوف` → `فلاديمير فرولوف`), when it is a
nominal anaphor of the entity's kind (`الصحيفة` → `صحيفة كوميرسانت`), or when it
repeats the entity's role noun (`اللاعب` → the player quoted before). A cue
without a subject takes the most recent speaker that agrees with the verb's
gender. The fullest mention is `speaker_resolved`; the first role found is
carried to every later quote of the entity.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cached_property, lru_cache

import attrs

from quotes.drafts import Draft, organisation_heads
from quotes.graph import ParsedDocument, Word
from quotes.lexicon import Lexicon, read_as, synonym_map
from quotes.model import Quote, Span
from quotes.normalize import article_cut_start, char_before_spaces, normalize, strip_article, strip_conjunction
from quotes.quotemarks import NAME_MARKS
from quotes.speakers import person_gender

_NAME_TAGS = ("PROPN", "X")
#: Statements and reports: their issuer is the source (beside the speech_nouns lexicon).
_DOCUMENT_NOUNS = frozenset(
    strip_article(normalize(word))
    for word in ("تقرير", "بيان", "دراسة", "إحصائية", "إحصاءات", "مسح", "استطلاع", "وثيقة", "مذكرة", "تعميم", "نشرة")
)


#: Where a mention must end: a newline, a relative pronoun, an addressee with quotation marks, an opening mark,
#: a complementizer.
_MENTION_END = re.compile(
    r"\n|\s(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي)(?=\s|$)|\sلـ?\s?[\"«“]|\s\S*\s?[«“]"
    r"|\s(?:ب|و)?[اأإ]ن(?:ه|ها|هم|هما|ني|نا)?(?=\s|$)"  # الجهني انه عند …: the complementizer starts the speech
)
#: Prepositions after a title that name the body its holder belongs to (قائد في طالبان، مسؤول من الوزارة).
_BELONGING_PREPOSITIONS = frozenset(("في", "من", "لدي", "داخل", "بين", "باسم"))
#: What may stand glued before a mention without being part of it.
_PROCLITIC_RUNS = frozenset(("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "لل", "ولل", "فلل"))


def _after_belonging_preposition(role: Span, position: int, text: str) -> bool:
    """Whether a preposition that names what the title's holder belongs to stands between the role and `position`, or
    ends the role (قائد ميداني في | طالبان، المتحدث باسم | الحركة)."""
    last = _mention_words(text[role.end : position])[-1:] or _mention_words(role.text)[-1:]
    return not _BELONGING_PREPOSITIONS.isdisjoint(last)


def _in_construct(role: Span, position: int, text: str) -> bool:
    """Whether the role ends right before `position` with a word without the article (زعيم، أمين عام): in construct
    with what follows, as a title is with the body it leads (زعيم حركة طالبان), not set beside a name (الوزير عادل)."""
    if text[role.end : position].strip():
        return False
    last = role.text.split()[-1:]
    return bool(last) and not strip_conjunction(normalize(last[0])).startswith("ال")


def _names_itself(mention: Span) -> bool:
    """A head with its name in marks (صحيفة «ماركا» الإسبانية) is no anaphor of an earlier body with that head."""
    text = mention.text
    return any(opening in text and closing in text[text.index(opening) + 1 :] for opening, closing in NAME_MARKS.items())


def _opens_definite(mention: Span) -> bool:
    """Whether the mention's first word has the article (الصحيفة، والوزارة، للهيئة): an anaphor; `صحيفة الوطن`, a head
    in construct with a name, names a body of its own."""
    first = mention.text.split(maxsplit=1)
    bare = strip_conjunction(normalize(first[0])) if first else ""
    return bare.startswith(("ال", "لل"))


def _closed_within(text: str, mark: int, end: int) -> bool:
    """Whether the opening quotation mark at `mark` is closed before `end` (the name in marks is inside the mention)."""
    closing = NAME_MARKS.get(text[mark])
    return closing is not None and closing != text[mark] and text.find(closing, mark + 1, end) != -1


def _letter(char: str) -> bool:
    return char.isalpha() and char != "ـ"  # tatweel joins a word to a dash (الإحصاءـ)


_NUMERALS = {
    normalize(word): value
    for value, words in {
        2: ("اثنان", "اثنين", "الاثنان", "الاثنين"),
        3: ("ثلاثة", "ثلاث", "الثلاثة", "الثلاث"),
        4: ("أربعة", "أربع", "الأربعة"),
        5: ("خمسة", "خمس", "الخمسة"),
        6: ("ستة", "الستة"),
    }.items()
    for word in words
}


def _numeral(words: list[str]) -> int | None:
    return next((_NUMERALS[word] for word in words if word in _NUMERALS), None)


def cardinality(span: Span) -> int | None:
    """How many people a mention names: ثلاثة مصادر → 3, دبلوماسي روسي سابق ومحللان → 1 + 2; None if unknown."""
    total = 0
    for part in re.split(r"\s+و(?=\S)|\s+و\s+|،", span.text):
        words = [normalize(word) for word in part.split()]
        if not words:
            continue
        number = _numeral(words)
        if number is not None:
            total += number
        elif words[0].endswith(("ان", "ين")) and len(words[0]) > 4 and not words[0].startswith("ال"):
            total += 2  # a dual: محللان، خبيرين
        elif len(span.text.split()) == len(words) and number is None:
            return None  # one phrase, no numeral, no dual: a plural or a single source we cannot count
        else:
            total += 1
    return total or None


def _definite_count(span: Span) -> int | None:
    words = [normalize(word) for word in span.text.split()]
    if not words or not words[0].startswith("ال"):
        return None
    return _numeral(words)


def mention_words(span: Span) -> tuple[str, ...]:
    """Normalised words without clitic conjunctions and the article."""
    return _mention_words(span.text)


@lru_cache(maxsize=65_536)
def _mention_words(text: str) -> tuple[str, ...]:
    words = []
    for word in text.split():
        key = strip_article(strip_conjunction(normalize(word)))
        key = "".join(char for char in key if char.isalnum())
        if key:
            words.append(key)
    return tuple(words)


def _body_words(span: Span) -> tuple[str, ...]:
    """:func:`mention_words` keeping a first letter و or ف that belongs to the word (وزارة، وكالة، فريق): a body's head
    noun is compared with the lexicon's heads and with its definite anaphor (الوزارة), which keep it; a conjunction
    goes only before the article (والوزارة), as in entities.text_name_words."""
    return _body_words_of(span.text)


@lru_cache(maxsize=65_536)
def _body_words_of(text: str) -> tuple[str, ...]:
    words = []
    for word in text.split():
        bare = normalize(word)
        key = strip_article(strip_conjunction(bare) if bare.startswith(("وال", "فال")) else bare)
        key = "".join(char for char in key if char.isalnum())
        if key:
            words.append(key)
    return tuple(words)


#: Demonstratives before a definite noun (هذا المصدر، تلك الهيئة): they point back at a source named before.
_DEMONSTRATIVES = frozenset(normalize(word) for word in ("هذا", "هذه", "ذلك", "تلك", "هؤلاء", "هذان", "هاتان", "أولئك"))
#: Emphatic نفس / ذات with a pronoun after a definite noun (المصدر نفسه، المصادر ذاتها): the same source again.
_EMPHATIC = re.compile(r"^(?:نفس|ذات|عين)(?:ه|ها|هم|هما|هن)$")


def pointed_mention(mention: Span) -> Span | None:
    """The definite noun phrase a demonstrative or an emphatic pronoun points with (`هذا المصدر العسكري` →
    `المصدر العسكري`, `المصادر نفسها` → `المصادر`); None for a mention without one."""
    text = mention.text.rstrip()
    start, end = 0, len(text)
    last = text.rfind(" ")
    if last > 0 and _EMPHATIC.match(normalize(text[last + 1 :])):
        end = last
    first, _, rest = text[:end].partition(" ")
    if strip_conjunction(normalize(first)) in _DEMONSTRATIVES and rest.strip():
        start = len(first) + 1
    if (start, end) == (0, len(text)):
        return None
    core = text[start:end].strip()
    if not core or (end == len(text) and not strip_conjunction(normalize(core)).startswith("ال")):
        return None  # هذه أداة: no definite noun to point with (وزير الخارجية نفسه is definite by its genitive)
    offset = mention.start + text.index(core, start)
    return Span(core, offset, offset + len(core))


#: "another" (آخر، أخرى، آخرون، أخريات) as the resolver's words write it: a source so described is not an earlier one.
_ANOTHER = frozenset(normalize(word) for word in ("آخر", "أخرى", "آخرون", "آخرين", "أخريات"))


def _other_nisba(title: Sequence[str], held: set[str], named: set[str]) -> bool:
    """Whether a short title and an earlier holder's title qualify the office with different nisba adjectives
    (`الرئيس الجزائري` against `الرئيس المصري`): the title's adjective is neither among the holder's title words
    nor among its name's (a family name is often a nisba: الدكتور الجفري), and the holder's title has one the title
    lacks, so the two are different people."""
    own = {word for word in title[1:] if _nisba(word) and word not in held and word not in named}
    return bool(own) and any(_nisba(word) and word not in title for word in held - {title[0]})


def _definite_nisba(word: Word) -> bool:
    """A relational adjective with the article (الإيطالي، المصري) as the first word of a name chain: a nationality."""
    written = strip_conjunction(normalize(word.text))
    return written.startswith("ال") and _nisba(strip_article(written))


def _nisba(word: str) -> bool:
    """A relational adjective as the resolver's words write it (no article): مصري، جزائري، نفطي (not في)."""
    return len(word) >= 4 and word.endswith("ي")


def _conjoined(phrase: Span, words: set[str]) -> bool:
    """Whether one of `words` is a conjunct of `phrase` (الحكومة الكرواتية ووزارة الخارجية): another body's name."""
    return any(
        normalize(word).startswith("و") and strip_article(strip_conjunction(normalize(word))) in words
        for word in phrase.text.split()[1:]
    )


@attrs.define
class Entity:
    id: str
    mentions: list[Span] = attrs.field(factory=list)
    role: Span | None = None
    gender: str | None = None
    #: mentions of the entity's documents (تقرير صادر عن الهيئة): found by later anaphors, never the fullest name
    aliases: list[Span] = attrs.field(factory=list)

    @property
    def fullest(self) -> Span:
        return max(self.mentions, key=lambda span: (len(mention_words(span)), -span.start))

    def words(self) -> set[str]:
        found: set[str] = set()
        for mention in (*self.mentions, *self.aliases):
            found.update(mention_words(mention))
        return found

    def role_words(self) -> set[str]:
        return set(mention_words(self.role)) if self.role is not None else set()


def _name_chains(document: ParsedDocument) -> list[Span]:
    """Every proper-name chain (a name word and its `flat` parts) in the document."""
    chains = []
    for sentence in document.sentences:
        for word in sentence.words:
            if word.upos not in _NAME_TAGS or word.deprel.startswith("flat"):
                continue
            parts = [word] + [child for child in sentence.children(word.index) if child.deprel.startswith("flat")]
            if len(parts) < 2:
                continue
            parts.sort(key=lambda part: part.index)
            if parts[-1].index - parts[0].index != len(parts) - 1:
                continue
            if len(parts) > 2 and _definite_nisba(parts[0]):
                parts = parts[1:]  # الإيطالي روبرتو مانشيني: where he is from (tagged a name), then his name
            chains.append(Span.from_offsets(document.text, parts[0].start, parts[-1].end))
    return chains


@attrs.frozen
class HeadNouns:
    """The head nouns the resolver tells kinds of phrase by, from its lexicons: the same for every document, so an
    extractor builds them once (:meth:`from_lexicons`) and hands them to each document's resolver."""

    #: heads of phrases that name something other than the words after them: an office of the UN is not the UN
    organisations: frozenset[str]
    roles: frozenset[str]
    #: statements and reports, whose issuer is the source
    documents: frozenset[str]
    #: heads of phrases that name a kind of thing (an organisation, a statement, a descriptor), not one entity
    kinds: frozenset[str]
    #: heads of media (صحيفة، موقع، قناة): a body's medium (موقع الوزارة) is not the body's full name
    media: frozenset[str] = frozenset()
    #: a title word read as another when titles are compared (ناطق → متحدث; no part of the hash: a dict is none)
    title_synonyms: Mapping[str, str] = attrs.field(factory=dict, eq=False)

    @classmethod
    def from_lexicons(
        cls,
        anaphors: Lexicon,
        roles: Lexicon,
        documents: Lexicon | None = None,
        media: Lexicon | None = None,
        synonyms: Lexicon | None = None,
    ) -> HeadNouns:
        organisations = organisation_heads(anaphors)
        document_nouns = frozenset(documents or ()) | _DOCUMENT_NOUNS
        descriptors = {key for key in roles if (entry := roles.lookup(key)) is not None and entry.get("kind") == "descriptor"}
        media_heads = frozenset(strip_article(normalize(key)) for key in (media or ()))
        kinds = organisations | document_nouns | descriptors
        return cls(organisations, frozenset(roles), document_nouns, kinds, media_heads, synonym_map(synonyms))


class SpeakerResolver:
    """Resolves the drafts of one document into quotes, in document order."""

    def __init__(
        self,
        document: ParsedDocument,
        anaphors: Lexicon,
        roles: Lexicon,
        documents: Lexicon | None = None,
        role_at: Callable[[Span], tuple[Span | None, Span | None]] | None = None,
        organisation_phrases: Callable[[frozenset[str]], list[Span]] | None = None,
        given_names: Lexicon | None = None,
        heads: HeadNouns | None = None,
        person_names: Sequence[Span] = (),
        media: Lexicon | None = None,
        honorifics: Lexicon | None = None,
        honoured: Sequence[tuple[Span, str]] = (),
    ) -> None:
        """`heads`: :meth:`HeadNouns.from_lexicons` of `anaphors`, `roles`, `documents` and `media`, built here when not given;
        `person_names`: the spans of the persons' names the mention finders found in the document; `honoured`: the
        honorific pronouns (سموه) and the persons' names written after an honorific noun (صاحب السمو الأمير …), each with
        that noun (سمو)."""
        self.given_names = given_names
        self.honorifics = honorifics
        self.honoured = sorted(honoured, key=lambda found: found[0].start)
        self.person_names = sorted((span.start, span.end) for span in person_names)
        self.role_at = role_at
        self.organisation_phrases = organisation_phrases
        self.document = document
        self.anaphors = anaphors
        self.roles = roles
        heads = heads if heads is not None else HeadNouns.from_lexicons(anaphors, roles, documents, media)
        self.document_nouns = heads.documents
        self.entities: list[Entity] = []
        self.last_speaker: Entity | None = None
        self.name_chains = _name_chains(document)
        self.organisation_heads = heads.organisations
        self.role_heads = heads.roles
        self.kind_heads = heads.kinds
        self.media_heads = heads.media
        self.title_synonyms = heads.title_synonyms

    def _new_entity(self, mention: Span) -> Entity:
        entity = Entity(id=f"e{len(self.entities) + 1}", mentions=[mention])
        for chain in self.name_chains:
            chain_words = mention_words(chain)
            words = mention_words(mention)
            if (
                words
                and len(chain_words) > len(words)
                and set(words) <= set(chain_words)
                and chain.start < mention.start
                and not (chain_words[0] in self.kind_heads and chain_words[0] not in words)  # بيان المنظمة is no name of المنظمة
            ):
                entity.mentions.append(chain)
                break
        self.entities.append(entity)
        return entity

    def _anaphor_head(self, words: tuple[str, ...]) -> str | None:
        if not words:
            return None
        entry = self.anaphors.lookup("ال" + words[0], words[0])
        if entry is None:
            return None
        head = entry.get("head") or words[0]
        return strip_article(normalize(head))

    def find(self, mention: Span, role: Span | None = None) -> Entity | None:
        """The entity an earlier mention began that `mention` (with `role`, the title the rules read in it) names."""
        pointed = pointed_mention(mention)
        if pointed is not None:
            return self.find(pointed, role)  # هذا المصدر، المصدر نفسه: the source named before, if the text named one
        words = mention_words(mention)
        if not words or not _ANOTHER.isdisjoint(words):
            return None  # مسؤول نفطي آخر، مصادر أخرى: "another" source is a new one
        counted = _definite_count(mention)
        if counted is not None:
            # المصادر الثلاثة: a definite numbered group refers back to the latest group of that size
            # (دبلوماسي روسي سابق ومحللان = 1 + 2)
            for entity in reversed(self.entities):
                if any(cardinality(known) == counted for known in entity.mentions):
                    return entity
        wanted = set(words)
        for entity in reversed(self.entities):
            known = entity.words()
            # a later, shorter mention joins an earlier fuller one (فرولوف → فلاديمير فرولوف); not the other
            # way round: مصادر and a later ثلاثة مصادر مطلعة are different sources
            if wanted <= known and not self._inside_other_head(wanted, entity):
                return entity
        head = self._anaphor_head(words) if not _names_itself(mention) and _opens_definite(mention) else None
        if head is not None:
            for entity in reversed(self.entities):
                if any(self._headed_by(head, known) and known.text != mention.text for known in entity.mentions):
                    return None if self._names_another_body(mention, head, entity) else entity
        if words[0] in self.roles and len(words) <= 3:
            # a role with a name (المدرب سالم العتيبي) is the earlier holder of the role only if that holder has the name
            named = self._names_beside_role(mention, words, role)
            if not named and self._ends_with_family_name(mention, words):
                # الدكتور السديس after عبد الرحمن السديس: the family name names the holder, not any earlier doctor
                named = frozenset(words[-1:])
            # المتحدث after الناطق باسم الوزارة سامي العمري: one office in other words (rules/lexicons/title_synonyms.tsv)
            (title,) = read_as(words[:1], self.title_synonyms)
            for entity in reversed(self.entities):
                held, known = entity.role_words(), entity.words()
                if title in read_as(held, self.title_synonyms) and named <= known and not _other_nisba(words, held, known):
                    return entity
            if not named:
                untitled = self._untitled_holder(words)
                if untitled is not None:
                    return untitled
            if named:
                return None  # (الفريق المحرج after الفريق الركن عثمان المحرج: the entity table knows the holder)
            # وقال المهاجم السوري: a definite role noun with no match is the person the text is about
            # (not a group: وأضاف الباحثون are new speakers)
            entry = self.roles.lookup(words[0])
            group = entry is not None and entry.get("kind") == "descriptor"
            if mention.text.startswith(("ال", "وال")) and self.last_speaker is not None and not group:
                person = mention_words(self.last_speaker.fullest)
                if _other_nisba(words, self.last_speaker.role_words(), self.last_speaker.words()):
                    return None  # وقال الرئيس الجزائري after السفير المصري: another country's office
                title_gender = person_gender(None, words[0], self.given_names, self.roles)
                if title_gender is not None and self._named_gender(self.last_speaker) not in (None, title_gender):
                    return None  # تقول الشاعرة العراقية after a man was quoted: a woman's title is not his
                if len(person) >= 2 and person[0] not in self.roles and person[0] not in self.kind_heads and not person[0].startswith("ال"):
                    return self.last_speaker  # (not a body: وقال المدير التنفيذي after أعلنت شركة نوكيا is its director)
        if words[0] in self.roles and len(words) > 3 and not self._names_beside_role(mention, words, role):
            # رئيس مجلس النواب البحريني after رئيس مجلس النواب في مملكة البحرين أحمد الملا: a long title whose every word
            # (a nationality as its country: البحريني → البحرين) is in an earlier holder's title is that holder
            for entity in reversed(self.entities):
                if entity.role is not None and entity.role != entity.fullest and self._holds_title(entity, words):
                    return entity
        return None

    def _untitled_holder(self, words: tuple[str, ...]) -> Entity | None:
        """The latest person quoted with no title yet whose every title word the text gave them where it named them
        (`وصف مهدي حاتم النهاري رئيس الجالية اليمنية في السعودية …` before `وأضاف رئيس الجالية اليمنية`): the
        title they will be given once the document is read, read now for a bare title that names no one else."""
        if self.role_at is None:
            return None
        text = self.document.text
        for entity in reversed(self.entities):
            if entity.role is not None or not entity.fullest.text.strip():
                continue
            name = entity.fullest
            role, _ = self.role_at(Span(name.text, name.start, name.end)) if text[name.start : name.end] == name.text else (None, None)
            if role is not None and self._holds_title(attrs.evolve(entity, role=role), words):
                entity.role = role  # the fuller title, as the end of the document would give it
                return entity
        return None

    @staticmethod
    def _holds_title(entity: Entity, words: tuple[str, ...]) -> bool:
        """Whether every word of a title mention is in the entity's title, a nationality as its country (البحريني →
        البحرين), a genitive also where the title wrote it with لـ (رئيس جمعية حقوق الإنسان → رئيس الجمعية الوطنية
        لحقوق الإنسان)."""
        held = entity.role_words()
        return bool(held) and all(
            word in held or (word.endswith("ي") and word[:-1] in held) or "ل" + word in held for word in words
        )

    def _names_beside_role(self, mention: Span, words: tuple[str, ...], role: Span | None) -> frozenset[str]:
        """The words by which a mention that opens with a role noun names its holder (`المدرب سالم العتيبي`: the words
        outside the role, or of a person's name the finders found in it); empty for a bare role (`المدرب`)."""
        named = set(words) - set(mention_words(role)) if role is not None else set()
        for start, end in self.person_names[bisect.bisect_left(self.person_names, (mention.start, 0)) :]:
            if start >= mention.end:
                break
            if end <= mention.end:
                named.update(mention_words(Span.from_offsets(self.document.text, start, end)))
        return frozenset(named)

    def _ends_with_family_name(self, mention: Span, words: tuple[str, ...]) -> bool:
        """Whether a title's last word ends the full name of a person the finders found before it (`الفريق المحرج`
        after `عثمان المحرج`): a title and a family name, not a title and its adjective (`المهاجم السوري`)."""
        if len(words) < 2:
            return False
        for start, end in self.person_names:
            if start >= mention.start:
                break
            full = mention_words(Span.from_offsets(self.document.text, start, end))
            if len(full) > 1 and full[-1] == words[-1]:
                return True
        return False

    def _names_another_body(self, mention: Span, head: str, entity: Entity) -> bool:
        """Whether a definite head and a body named before with that head each go on with a noun the other lacks:
        `الإدارة العامة للحج والعمرة` after `إدارة مطار الملك عبدالعزيز` is another department, while `الإدارة` or
        `الصحيفة البريطانية` (an adjective) points back at the one named before, and a full name after its bare head
        (`الهيئة` … `الهيئة العامة للغذاء والدواء`) names that body."""
        sentence = self.document.sentence_at(mention.start)
        known = entity.words()
        if sentence is None or not known - {head} - set(mention_words(mention)):
            return False
        for word in sentence.words_within(mention.start, mention.end):
            if word.upos not in ("NOUN", "PROPN", "X"):
                continue
            keys = _mention_words(word.text)
            if keys and keys[0] != head and keys[0] not in known:
                return True
        return False

    def _headed_by(self, head: str, known: Span) -> bool:
        """Whether `known` names a body with this head noun (`الحركة` → `الحركة الشعبية`), not one that only
        speaks of it after a head of its own (`مصادر داخل الحركة الشعبية`) or a title (`نائبة رئيسة المنظمة …`)."""
        words = _body_words(known)
        return head in words and (words[0] == head or (words[0] not in self.kind_heads and words[0] not in self.roles))

    def _inside_other_head(self, wanted: set[str], entity: Entity) -> bool:
        """Whether the words only occur after another head noun: المقاومة in مصادر داخل المقاومة, الأمم المتحدة in
        مكتب الأمم المتحدة name a body the entity belongs to or speaks of, not the entity (a surname in a full
        name is no such case: a name does not start with an organisation, descriptor or document noun)."""
        holding = [words for known in (*entity.mentions, *entity.aliases) if wanted <= set(words := mention_words(known))]
        # a body's short name (المنظمة) is not the person whose title names the body either (نائبة رئيسة المنظمة)
        heads = self.kind_heads | self.role_heads if wanted & self.organisation_heads else self.kind_heads
        return bool(holding) and all(
            words[0] not in wanted and (words[0] in heads or self._after_title_preposition(wanted, words)) for words in holding
        )

    def _after_title_preposition(self, wanted: set[str], words: tuple[str, ...]) -> bool:
        """Whether the words come after a title and a preposition (`قائد بارز في طالبان`، `مسؤول من الحركة`): the body
        the title holder belongs to, not the holder (a name after a title, `وزير الخارجية عادل الجبير`, has none)."""
        if words[0] not in self.role_heads:
            return False
        first = next((position for position, word in enumerate(words) if word in wanted), 0)
        return any(word in _BELONGING_PREPOSITIONS for word in words[1:first])

    def issuer(self, mention: Span) -> Span | None:
        """`تقرير صادر عن الهيئة العامة …` → `الهيئة العامة …`: who issued a statement, report or survey."""
        words = mention.text.split()
        head = mention_words(Span(words[0], 0, 0)) if words else ()
        if len(words) < 2 or not head or head[0] not in self.document_nouns:
            return None
        offset = len(words[0])
        named = self._person_named_from(mention.start + mention.text.index(words[1], offset), mention.end)
        if named is not None and not normalize(words[0]).startswith("ال"):
            return named  # رسالة ابن كيران، كلمة محمد الأمين: the statement of the person named in construct with it
        genitive = mention_words(Span(words[1], 0, 0))
        if not normalize(words[0]).startswith("ال") and normalize(words[1]).startswith("ال") and genitive:
            if genitive[0] in self.kind_heads - self.document_nouns:
                # بيان المنظمة، تقرير الوزارة: a statement in construct with the body that issued it
                start = mention.text.index(words[1], offset)
                return Span.from_offsets(self.document.text, mention.start + start, mention.end)
        for word in words[1:]:
            offset = mention.text.index(word, offset)
            bare = normalize(word)
            if bare in ("عن", "من"):
                start = mention.text.find(" ", offset) + 1
                return Span.from_offsets(self.document.text, mention.start + start, mention.end) if start > 0 else None
            if bare.startswith("ل") and len(bare) > 3 and bare not in ("لدي",):
                skip = 2 if bare.startswith("لل") else 1
                if skip == 2 and not self._opens_organisation(bare[2:]):
                    return None  # دراسة أميركية للسلوك النفسي: what the study is about; للوزارة، للأمم المتحدة issue
                return Span.from_offsets(self.document.text, mention.start + offset + skip, mention.end)
            offset += len(word)
        return None

    def _person_named_from(self, start: int, end: int) -> Span | None:
        """The longest person's name the finders found that starts at `start` and ends by `end`, if any."""
        found = [(first, last) for first, last in self.person_names if first == start and last <= end]
        if not found:
            return None
        first, last = max(found, key=lambda span: span[1])
        return Span.from_offsets(self.document.text, first, last)

    def _opens_organisation(self, word: str) -> bool:
        """Whether a word (without its article) is an organisation's head or the first word of a multiword one
        (امم of الأمم المتحدة)."""
        return word in self.organisation_heads or any(head.startswith(word + " ") for head in self.organisation_heads)

    def observe(self, mention: Span, role: Span | None = None) -> Entity:
        mention = self._whole_words(mention) or mention
        issuer = self.issuer(mention)
        if issuer is not None:
            issuing = self.observe(issuer, role)
            if all(known.text != mention.text for known in issuing.aliases):
                issuing.aliases.append(mention)
            return issuing
        found = self.find(mention, role)
        entity = found if found is not None else self._new_entity(mention)
        pointing = found is not None and pointed_mention(mention) is not None  # هذا المصدر names no more than المصدر
        if pointing or (found is not None and self._title_of_named(found, mention, role)):
            if all(known.text != mention.text for known in entity.aliases):
                entity.aliases.append(mention)  # a long title is no name: it must not become the fullest mention
        elif found is not None and all(known.text != mention.text for known in entity.mentions):
            entity.mentions.append(mention)
        if entity.role is None and role is not None:
            entity.role = role
        return entity

    def _title_of_named(self, entity: Entity, mention: Span, role: Span | None) -> bool:
        """Whether a mention that joined `entity` is only a title of a person the text named (a long title it holds:
        رئيس مجلس النواب البحريني; a bare one: المدير الفني البرتغالي after جوسيه مورينيو): no name, so it must not
        become the fullest mention."""
        words = mention_words(mention)
        if len(words) > 3 and self._holds_title(entity, words):
            return True
        if not words or words[0] not in self.roles or self._names_beside_role(mention, words, role):
            return False
        return any(
            (known := mention_words(other)) and known[0] not in self.roles and known[0] not in self.kind_heads
            for other in entity.mentions
        )

    def _gender(self, entity: Entity) -> str | None:
        """The gender a cue agreed with, else what the person's given name or title says; None for a body or a source
        whose gender the text does not show."""
        return entity.gender if entity.gender is not None else self._named_gender(entity)

    def _named_gender(self, entity: Entity) -> str | None:
        """What the person's given name or title says of the gender; None for a body or a source they do not name."""
        name = mention_words(entity.fullest)[:1]
        role = mention_words(entity.role)[:1] if entity.role is not None else ()
        return person_gender(name[0] if name else None, role[0] if role else None, self.given_names, self.roles)

    def _honoured(self, draft: Draft) -> Entity | None:
        """The person an honorific subject (وأكد معاليه، وأوضح سموه) stands for: the one quoted last, where a name or title
        shows a person of the honorific's gender. (The latest person the text names may be one a quote spoke of: حكومة
        خادم الحرمين الشريفين الملك سلمان … in the quotation before.) None where no one was quoted yet."""
        if self.honorifics is None or draft.speaker is None or self.last_speaker is None:
            return None
        entry = self.honorifics.entries.get(strip_conjunction(normalize(draft.speaker.text)))
        if entry is None:
            return None
        titled = self._named_with_honorific(draft.speaker)
        if titled is not None and not set(mention_words(titled)) <= self.last_speaker.words():
            # ورحب سموه بأعضاء المجلس … after رئيس المجلس البلدي الدكتور فلان was quoted: سموه is the one the text
            # called صاحب السمو, not whoever spoke last; the entity table knows whom
            return None
        gender = self._named_gender(self.last_speaker)
        honoured = {"m": "Masc", "f": "Fem"}.get(entry.fields.get("gender") or "")
        if gender is None or honoured not in (None, gender):
            return None
        return self.last_speaker

    def _named_with_honorific(self, pronoun: Span) -> Span | None:
        """The latest person's name before an honorific pronoun that the text wrote after the same honorific noun
        (سموه → the name after صاحب السمو or سمو الأمير), if any."""
        noun = next((key for span, key in self.honoured if span.start < pronoun.end and pronoun.start < span.end), None)
        if noun is None:
            return None
        names = [
            span
            for span, key in self.honoured
            if key == noun and span.end <= pronoun.start and (span.start, span.end) in self._person_name_set
        ]
        return names[-1] if names else None

    @cached_property
    def _person_name_set(self) -> frozenset[tuple[int, int]]:
        return frozenset(self.person_names)

    def _recent(self, gender: str | None) -> Entity | None:
        if self.last_speaker is not None and (gender is None or self._gender(self.last_speaker) in (None, gender)):
            return self.last_speaker
        for entity in reversed(self.entities):
            if gender is not None and self._gender(entity) == gender:
                return entity
        if self.last_speaker is None and self.entities:
            return self.entities[-1]  # no quote before: the source an according-to or a relay named last
        return self.last_speaker

    def _one_person(self, entity: Entity) -> bool:
        """A person whose given name or title gives the gender (not the gender a verb agreed with: وقال السكان), whom no
        mention counts as more than one."""
        return self._named_gender(entity) is not None and not any((cardinality(mention) or 1) > 1 for mention in entity.mentions)

    def _recent_plural(self) -> Entity | None:
        """The latest source the text counts as two or more (ثلاثة مصادر، دبلوماسي ومحللان) or names with a sound plural
        (المزارعون، مسؤولين); None where there is none."""
        for entity in reversed(self.entities):
            for mention in entity.mentions:
                first = mention_words(mention)[:1]
                counted = cardinality(mention)
                if (counted is not None and counted > 1) or (first and len(first[0]) > 4 and first[0].endswith(("ون", "ين"))):
                    return entity
        return None

    def resolve(self, drafts: list[Draft], meta: dict[str, object] | None = None) -> list[Quote]:
        resolved: list[tuple[Draft, Entity | None, float]] = []
        #: the source of each cue seen so far: a participle (…، مؤكداً أن) speaks for its main verb's quote
        by_cue: dict[int, Entity | None] = {}
        for draft in sorted(drafts, key=lambda item: item.cue.start):
            if draft.via is not None:
                self.observe(draft.via)
            confidence = draft.confidence
            main = draft.match.word("main")
            honoured = self._honoured(draft)
            if honoured is not None:
                entity: Entity | None = honoured
            elif draft.speaker is not None:
                entity = self.observe(draft.speaker, draft.role)
            elif main is not None and by_cue.get(main.start) is not None:
                entity = by_cue[main.start]
            elif main is not None and (enclosing := self._enclosing(resolved, main.start)) is not None:
                entity = enclosing  # أشار إلى أن … التي تنظمها الجمعية، مؤكداً: the participle continues that quote
            elif draft.speaker_hint is not None:
                entity = self.observe(draft.speaker_hint, draft.hint_role)
            else:
                entity = self._recent(draft.cue_gender)
                if draft.cue_number in ("Plur", "Dual") and entity is not None and self._one_person(entity):
                    entity = self._recent_plural()  # وطالبوا …: they, not the one person quoted last
                confidence *= 0.85
            if entity is not None:
                if draft.speaker is not None and draft.cue_gender and entity.gender is None:
                    entity.gender = draft.cue_gender
                speaks_on = draft.type != "according_to" or draft.speaker_hint is not None  # (على حد قوله: he put it so)
                if speaks_on and not _reported_within(draft, drafts, self.document.text):
                    self.last_speaker = entity
            by_cue[draft.match.anchor.start] = entity
            resolved.append((draft, entity, confidence))
        entities = {id(entity): entity for _, entity, _ in resolved if entity is not None}.values()
        self._roles_from_other_mentions(entities)
        self._full_organisation_names(entities)
        merged = self._merged(list(entities))
        resolved = [
            (draft, merged.get(id(entity), entity) if entity is not None else None, confidence)
            for draft, entity, confidence in resolved
        ]
        quotes = [self._quote(draft, entity, confidence, meta) for draft, entity, confidence in resolved]
        return sorted(quotes, key=lambda quote: (quote.content.start, quote.cue.start))

    def _roles_from_other_mentions(self, entities: Iterable[Entity]) -> None:
        """Where the text first names a quoted person (often a sentence without a quote): full name and role."""
        if self.role_at is None:
            return
        text = self.document.text
        for entity in entities:
            name = entity.fullest.text
            if set(mention_words(entity.fullest)[:1]) & self.kind_heads:
                continue  # a body (منظمة الصحة العالمية) has no title; the one before it in the text is a person's
            tagged_body = all(mention_words(mention) in self._tagged_organisations for mention in entity.mentions)
            position = text.find(name)
            while position != -1:
                role, full = self.role_at(Span(name, position, position + len(name)))
                if role is not None and (
                    _after_belonging_preposition(role, position, text) or (tagged_body and _in_construct(role, position, text))
                ):
                    role = None  # the title of one who belongs to the body, or of its leader: not the body's
                if full is not None and len(full.text) > len(entity.fullest.text):
                    entity.mentions.append(full)
                if entity.role is None and role is not None:
                    entity.role = role
                if entity.role is not None:
                    break
                position = text.find(name, position + 1)

    @staticmethod
    def _enclosing(resolved: list[tuple[Draft, Entity | None, float]], offset: int) -> Entity | None:
        """The source of the latest quote whose content holds `offset`."""
        for draft, entity, _ in reversed(resolved):
            if draft.content.start <= offset < draft.content.end:
                return entity
        return None

    def _merged(self, entities: list[Entity]) -> dict[int, Entity]:
        """`صدّيق` quoted before the text gave `خان` its full name `صديق خان`: once full names are known, an
        entity whose every word belongs to an earlier, fuller entity is that entity."""
        merged: dict[int, Entity] = {}
        for position, entity in enumerate(entities):
            words = set(mention_words(entity.fullest))
            for earlier in entities[:position]:
                if id(earlier) in merged or not words:
                    continue
                if (
                    words < set(mention_words(earlier.fullest))
                    and entity.gender in (None, earlier.gender)
                    and not self._inside_other_head(words, earlier)
                ):
                    merged[id(entity)] = earlier
                    if earlier.role is None:
                        earlier.role = entity.role
                    break
        return merged

    def _full_organisation_names(self, entities: Iterable[Entity]) -> None:
        """`الأرصاد` → `الرئاسة العامة للأرصاد وحماية البيئة`: a body quoted by a short name takes the fullest
        organisation phrase of the document that holds all of its words."""
        if self.organisation_phrases is None:
            return
        heads = self.organisation_heads
        phrases: list[Span] | None = None
        for entity in entities:
            words = set(mention_words(entity.fullest))
            if not words or not strip_conjunction(normalize(entity.fullest.text)).startswith("ال"):
                continue  # a definite short name (الأرصاد، الشئون الصحية), not a person's name
            if mention_words(entity.fullest) in self._tagged_organisations:
                continue  # the entity tagger reads it as an organisation's whole name (الأمم المتحدة), not a short one
            if phrases is None:
                phrases = self.organisation_phrases(heads)
            # a body named by its own head noun (الجيش، اللجنة) is not the medium that holds its name (موقع اللجنة الرسمي)
            own_head = _body_words(entity.fullest)[0]
            outlets = self.media_heads if own_head in heads and own_head not in self.media_heads else frozenset()
            # only where the short name lacks the organisation's head noun (الأرصاد, not اللجنة)
            fuller = [
                phrase
                for phrase in phrases
                if words <= set(mention_words(phrase))
                and len(mention_words(phrase)) > len(words)
                and mention_words(phrase)[0] in heads
                and mention_words(phrase)[0] not in words
                and _body_words(phrase)[0] not in outlets
                and not _conjoined(phrase, words)
            ]
            if fuller:
                entity.mentions.append(max(fuller, key=lambda span: (len(mention_words(span)), -span.start)))

    @cached_property
    def _tagged_organisations(self) -> frozenset[tuple[str, ...]]:
        """The words of the organisation names the entity tagger found in the document (read once, when first asked)."""
        document = self.document
        if document.entity_spans is None:
            return frozenset()
        found = set()
        for sentence, spans in zip(document.sentences, document.entity_spans, strict=True):
            for first, last, kind in spans:
                if kind == "ORG":
                    words = sentence.words[first:last]
                    found.add(mention_words(Span.from_offsets(document.text, words[0].start, words[-1].end)))
        return frozenset(found)

    def _whole_words(self, span: Span | None) -> Span | None:
        """A mention cut inside a written word by a small tokenizer (لسويسري of السويسري، عبدالل of عبدالله) grows
        to the whole word; one that starts after a proclitic (و، ب، ل …) keeps it off."""
        if span is None:
            return None
        text = self.document.text
        start, end = span.start, span.end
        word_start = start
        while word_start > 0 and _letter(text[word_start - 1]):
            word_start -= 1
        if word_start < start and text[word_start:start] not in _PROCLITIC_RUNS:
            start = word_start  # السويسري cut as ا + لسويسري: the mention takes the whole word
        start = article_cut_start(text, start)  # ل + لبيان is لل + البيان cut in the wrong place
        while end < len(text) and _letter(text[end]):
            end += 1
        inside = text[start:end]
        closes = text.find(")", end, end + 3)
        unclosed = inside.count("(") > inside.count(")")
        if unclosed and closes != -1:
            end = closes + 1  # مصادر (الرياضي): the bracket closes right after the phrase
        elif unclosed:
            # شركة الأمن الإلكتروني (سايبرنت – …: the bracket closes far beyond the phrase; the name ends before it
            end = start + inside.rindex("(")
            while end > start and text[end - 1].isspace():
                end -= 1
            if end <= start:
                return span
        closing = next((i for i in range(start, end) if text[i] in "»”"), None)
        if closing is not None and not any(text[i] in "«“" for i in range(start, closing)):
            # موتور غروب» شونغ مونغكو: the phrase began inside a quoted organisation name; the source is after it
            start = closing + 1
            while start < end and not _letter(text[start]):
                start += 1
            if start >= end:
                return span
        cut = _MENTION_END.search(text, start + 1, end)
        while cut is not None and _closed_within(text, cut.end() - 1, end):
            cut = _MENTION_END.search(text, cut.end(), end)  # صحيفة «الشرق الأوسط»: a name in marks the mention closes
        if cut is not None:
            # a mention never runs into the next paragraph (غلاء أسعار المخططات ⏎ بدوره), a relative clause
            # (… بالناس الذين ينتظرون), an addressee (لـ"الرياض") or a quotation (عن «استحالة …»)
            end = cut.start()
            while end > start and (text[end - 1].isspace() or text[end - 1] in "،,"):
                end -= 1
            if end <= start:
                return span
        return span if (start, end) == (span.start, span.end) else Span.from_offsets(text, start, end)

    def _quote(self, draft: Draft, entity: Entity | None, confidence: float, meta: dict[str, object] | None) -> Quote:
        doc_id = self.document.doc_id
        key = f"{doc_id}|{draft.cue.start}|{draft.content.start}|{draft.content.end}"
        digest = hashlib.blake2b(key.encode(), digest_size=8).hexdigest()
        role = draft.role or (entity.role if entity is not None else None)
        return Quote(
            doc_id=doc_id,
            quote_id=f"{doc_id}:{digest[:10]}",
            type=draft.type,
            content=draft.content,
            cue=draft.cue,
            cue_class=draft.cue_class,
            speaker=self._whole_words(draft.speaker),
            speaker_resolved=self._whole_words(entity.fullest if entity is not None else draft.speaker),
            role=self._whole_words(role),
            via=self._whole_words(draft.via),
            speaker_entity=f"{doc_id}:{entity.id}" if entity is not None else None,
            sentence_index=draft.sentence_index,
            confidence=round(confidence, 3),
            evidence=attrs.evolve(
                draft.match.evidence(draft.notes),
                bindings=draft.match.evidence().bindings + draft.extra_bindings,
            ),
            warnings=draft.warnings,
            meta=dict(meta or {}),
        )


def _reported_within(draft: Draft, drafts: Sequence[Draft], text: str) -> bool:
    """Whether the draft's cue lies inside another quote's content (`مشيرا إلى أن النظام لم يتطرق إلى …`): who speaks
    in the reported clause does not go on speaking after it; the reporter does. A cue right after a full stop opens a
    sentence of its own (`… يوميًا.وأوضح`: the splitter missed it), whatever content ran on over it."""
    if char_before_spaces(text, draft.cue.start) == ".":
        return False
    return any(
        other is not draft
        and other.type != "according_to"
        and other.sentence_index == draft.sentence_index  # (a content that ran on into the next sentence is no report)
        and other.content.start <= draft.cue.start < other.content.end
        for other in drafts
    )
