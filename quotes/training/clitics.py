"""Proclitic segmentation the way UD Arabic-PUD does it, decided by word frequency.

PUD writes every clitic as its own token with no multi-word token ranges:
``وقال`` is و + قال, ``للسلطة`` is ل + لسلطة, ``نشرتها`` is نشرت + ها. A
tokenizer trained on 1,000 PUD sentences learns the common cases but news
text brings words it never saw: it leaves ``وقال`` whole and cuts ``وزير``
into و + زير. A frequency lexicon from news text settles most of these:
a prefix is split off when what remains is itself a common word, relative
to the whole form.

This module is pure Python (no torch, no stanza) so that the training code
(word-vector corpus) and the parser adapter (token correction) share it.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

from quotes.cleantext import TATWEEL

# Conjunctions come first and may be followed by one preposition or the
# future particle: وب, ول, فس, ...
CONJUNCTIONS = ("و", "ف")
# ك is left out: as a prefix it is rare in news, and splitting it breaks
# كما, كان, كبير far more often than it helps.
PREPOSITIONS = ("ب", "ل")
#: ك "like, as", a proclitic the lexicon does not split off (the tokenizer does).
_KAF = "ك"
FUTURE = "س"
#: The letters a proclitic is written with (the tokenizer may split ك too).
_PROCLITIC_LETTERS = frozenset((*CONJUNCTIONS, *PREPOSITIONS, FUTURE, "ك"))
# Imperfect-verb prefixes: the future particle only attaches to these.
_IMPERFECT_START = ("ي", "ت", "ن", "أ")
#: Tanween, short vowels, shadda, sukun and the dagger alef: news text writes tanween (شكلاً، بشكلٍ), the
#: lexicon's counts are of forms without marks.
_WITHOUT_MARKS = dict.fromkeys(range(0x064B, 0x0653)) | {0x0670: None}

# A conjunction is split off when the rest is a word of its own at least
# this frequent relative to the whole form (وأضاف: أضاف is rarer than
# وأضاف, yet و is a conjunction); prepositions and the future particle,
# which begin many ordinary words (برنامج, بنك, سبتمبر), need the rest to be
# more frequent than the whole.
CONJ_RATIO = 0.02
PREP_RATIO = 1.0
# A split the tokenizer made is undone only when the rest is much rarer
# than the whole (زير against وزير); between the two thresholds the
# tokenizer's decision stands.
CONJ_JOIN_RATIO = 0.02
PREP_JOIN_RATIO = 0.1
MIN_REST_COUNT = 20
#: A form written with a further و this often (ووصف for وصف) is a word of its own.
SELF_CONJOINED_RATIO = 0.05
MIN_REST_CHARS = 2
KEEP_FILE = Path(__file__).with_name("clitic_keep.txt")


@attrs.frozen
class Thresholds:
    conj_ratio: float = CONJ_RATIO
    prep_ratio: float = PREP_RATIO
    prepositions: tuple[str, ...] = PREPOSITIONS
    # conjunctions held to the preposition ratio: many words begin with ف
    # (فيصل, فعل, فنية) and the tokenizer already splits most فـ conjunctions
    weak_conjunctions: tuple[str, ...] = ("ف",)


# What the shipped word vectors were segmented with (an earlier setting,
# kept so that `python -m quotes.training vectors` reproduces them).
VECTOR_THRESHOLDS = Thresholds(conj_ratio=0.05, prep_ratio=0.5, prepositions=("ب", "ل", "ك"), weak_conjunctions=())

_WORD = re.compile(r"[\w\u064B-\u065F\u0670]+|\S", re.UNICODE)
_ARABIC = re.compile(r"^[\u0621-\u064A\u0671-\u06D3\u064B-\u065F\u0670\u0640]+$")


def is_arabic(form: str) -> bool:
    return bool(_ARABIC.match(form))


def rough_tokens(text: str) -> list[str]:
    """Split on whitespace and punctuation only; clitics stay attached."""
    return _WORD.findall(text)


@attrs.frozen
class Lexicon:
    """Surface-form frequencies from news text, capped to the common forms."""

    counts: dict[str, int]
    keep: frozenset[str] = frozenset()  # words that begin with a clitic letter but are never split
    thresholds: Thresholds = Thresholds()
    #: words (hamza on alef written bare) that و/ف before them always is the conjunction of: reporting verbs (وأردف)
    conjoined: frozenset[str] = frozenset()
    #: name words no proclitic is cut off (:meth:`keeping_names`); unlike `keep`, they say nothing of a pronoun at
    #: their end (the list's فينا, Vienna, is في + نا in فينا; كونها is كون + ها)
    names: frozenset[str] = frozenset()
    #: name words ending in ه that is the name's own last letter, not a pronoun (:meth:`keeping_final_ha`)
    final_ha_names: frozenset[str] = frozenset()
    #: given names and name particles, after which a word ending in ه whose stem is no word is a name (مايكل هانيكه،
    #: ابن ماجه)
    name_starts: frozenset[str] = frozenset()

    @classmethod
    def build(cls, texts: Iterable[str], *, min_count: int = 3) -> Lexicon:
        counter: Counter[str] = Counter()
        for text in texts:
            counter.update(token for token in rough_tokens(text) if is_arabic(token))
        return cls({form: n for form, n in counter.items() if n >= min_count}, read_keep(KEEP_FILE))

    def splitting_before(self, words: Iterable[str]) -> Lexicon:
        """The lexicon that splits و/ف off any of `words` (three letters or more), however rare the word alone:
        وأردف، واستطرد، ونبه are و + a reporting verb, which the counts alone keep whole."""
        found = frozenset(_bare_alef(word) for word in words if len(word) >= _MIN_CONJOINED_CHARS)
        return attrs.evolve(self, conjoined=self.conjoined | found) if found else self

    def keeping_whole(self, words: Iterable[str], *, suffixes: Iterable[str] = ()) -> Lexicon:
        """The lexicon that also keeps whole those of `words` its counts would cut at the front (the given name لبنى
        is not ل + بنى, nor وسام و + سام, although بنى and سام are more frequent than the names), those that start
        with a proclitic's letter and leave no word without it, which the tokenizer may cut all the same (فالح is not
        ف + الح; باسم, with the word اسم, is left to the counts: المتحدث باسم is ب + اسم), and
        those that end in one of `suffixes`, which a tokenizer may split off (أدهم is not أد + هم)."""
        endings = tuple(suffixes)
        cut = {
            word
            for word in words
            if len(self.segment(word)) > 1
            or (endings and word.endswith(endings))
            or (word[:1] in _PROCLITIC_LETTERS and self.count(word[1:]) == 0)
        }
        return attrs.evolve(self, keep=self.keep | cut) if cut else self

    def keeping_names(self, words: Iterable[str]) -> Lexicon:
        """The lexicon that also keeps whole those of `words` (name words, foreign ones above all) that start with a
        proclitic's letter and leave no word the counts know without it: the tokenizer cuts `بيرنز` into ب + يرنز
        and `فيلتمان` into ف + يلتمان, words the corpus never writes (a name the counts know, `فيليب` or `بوتين`, is
        rejoined by them; one whose rest is a word, `فورد` with `ورد`, is left to them)."""
        found = {
            word
            for word in words
            if len(word) > MIN_REST_CHARS + 1 and word[:1] in _PROCLITIC_LETTERS and self._rest_count(word[0], word[1:]) == 0
        }
        return attrs.evolve(self, names=self.names | found) if found else self

    def keeping_final_ha(self, words: Iterable[str]) -> Lexicon:
        """The lexicon that also keeps whole those of `words` (name words, foreign and Persian ones above all) that end in
        ه and leave no word the counts know without it: the tokenizer cuts `كليزه` into كليز + ه and `نيربيه` into
        نيربي + ه as if ه were a pronoun (a name whose rest is a word, `زاده` with `زاد`, is left to the counts)."""
        found = {word for word in words if _final_ha_name(word) and not self.stem_known(word[:-1])}
        return attrs.evolve(self, final_ha_names=self.final_ha_names | found) if found else self

    def following_name_starts(self, words: Iterable[str]) -> Lexicon:
        """The lexicon that knows `words` as the start of a name, given names and name particles (بن، أبو): a word
        ending in ه after one, whose stem is no word, is the name's next word (:func:`quotes.clitic_pass.correct_tokens`)."""
        return attrs.evolve(self, name_starts=self.name_starts | frozenset(words))

    def stem_known(self, stem: str) -> bool:
        """Whether the counts know `stem` (what is left of a word without its final ه) as a word: written so, or with
        ى or ا after it, ة for its final ت (رسالت of رسالته), or with the article, seen this often. The stem with ة after
        it is no evidence (a word ending in ة takes its pronoun after ت): نيربية is the name نيربيه written with ة."""
        spellings = {spelling for spelling in _spellings(stem) if stem.endswith("ت") or not spelling.endswith("ة")}
        return any(self.count(spelling) >= NAME_STEM_MIN_COUNT for spelling in spellings)

    def _whole(self, form: str) -> bool:
        """Whether no proclitic is cut off `form` (a listed word or name, read without vowel marks)."""
        bare = form.translate(_WITHOUT_MARKS)
        return bare in self.keep or bare in self.names

    @classmethod
    def load(cls, path: str | Path, keep: str | Path | None = None) -> Lexicon:
        counts: dict[str, int] = {}
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                form, _, count = line.rstrip("\n").partition("\t")
                if form and count:
                    counts[form] = int(count)
        keep_path = Path(keep) if keep is not None else Path(path).with_name(KEEP_FILE.name)
        return cls(counts, read_keep(keep_path) if keep_path.exists() else frozenset())

    def save(self, path: str | Path) -> None:
        ordered = sorted(self.counts.items(), key=lambda item: (-item[1], item[0]))
        # mtime=0 keeps the file byte-identical across rebuilds
        with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
            handle.write("".join(f"{form}\t{n}\n" for form, n in ordered).encode("utf-8"))

    def count(self, form: str) -> int:
        """How often the corpus writes `form`, read without its vowel marks (بشكلٍ is counted as بشكل)."""
        return self.counts.get(form.translate(_WITHOUT_MARKS), 0)

    def conjoins(self, form: str) -> bool:
        """Whether و/ف before `form` is always the conjunction (a reporting verb), read without its vowel marks and
        with its hamza on alef written bare: نوّه is listed as نوه."""
        return _bare_alef(form) in self.conjoined

    def _rest_count(self, prefix: str, rest: str) -> int:
        count = self.count(rest)
        if prefix == "ل" and rest.startswith("ل"):
            # PUD writes للسلطة as ل + لسلطة; the evidence is السلطة
            count = max(count, self.count("ا" + rest))
        return count

    def _splits(self, form: str, prefix: str, ratio: float) -> bool:
        rest = form[len(prefix) :]
        if len(rest) < MIN_REST_CHARS or not form.startswith(prefix) or self._whole(form) or rest == _ARTICLE:
            return False
        if prefix in CONJUNCTIONS and _bare_alef(rest) in self.conjoined:
            return True
        if prefix == "و" and self._self_conjoined(form):
            return False
        rest_count = self._rest_count(prefix, rest)
        return rest_count >= MIN_REST_COUNT and rest_count >= ratio * max(self.count(form), 1)

    def _self_conjoined(self, form: str) -> bool:
        """ووصف is common: وصف is a word that takes و itself, not و + صف (وقال is not: ووقال never occurs)."""
        return self.count("و" + form) >= max(MIN_REST_COUNT, SELF_CONJOINED_RATIO * self.count(form))

    def implausible_split(self, prefix: str, rest: str, *, after: str = "") -> bool:
        """Whether a split like و + زير is wrong: the whole is a known word, the rest is not. `after` is what the
        tokenizer cut off the end of the written word (a pronoun it split, or a letter: اتجا + ه)."""
        whole = prefix + rest
        if self._whole(whole) or rest == _ARTICLE:
            return True  # (فال، وال، بال: the article is never a word alone; ياكوب فال is no ف + ال)
        if prefix in CONJUNCTIONS and _bare_alef(rest) in self.conjoined:
            return False  # و + أردف
        if prefix == _KAF and self._foreign_after(prefix, rest + after):
            return True  # كيربر، كاستاديلو: ك "like" before a word no one writes is the name's own first letter
        if prefix not in CONJUNCTIONS + PREPOSITIONS + (FUTURE,):
            return False
        if prefix == FUTURE and (rest[:1] not in (*_IMPERFECT_START, "ا") or rest.startswith("ال")):
            return True  # سالوبيك، سالمين: the future particle only stands before an imperfect verb (ستتوجه، ساعمل)
        if prefix in PREPOSITIONS and not (prefix == "ل" and rest.startswith("ل")) and self.count(whole) > 0 and self.count(rest) == 0:
            return True  # بروسات، برلماني، بلجراد: the whole is a word, and روسات is none (a conjunction is not judged so:
            # the lexicon is capped, and و + a rare form is common: وتقييمهم، ومتعاونات، و + a place in a list, وجورى;
            # ل before ل stays cut: للطواف is ل + لطواف, written for ل + الطواف)
        if prefix == "ب" and self._foreign_after(prefix, rest + after):
            # بابكر، بيلريف، بتروجيت، باسكي: neither the whole nor the rest is a word the corpus writes, and no word it
            # knows is inside the rest (بعثورهم is ب + عثور + هم, بمهاجمته ب + مهاجمة + ه): a foreign name or word, not
            # the preposition. ل is not judged so: before a rare verb it is the particle of purpose (ليتضخم)
            return True
        if self.count(whole) < MIN_REST_COUNT:
            return False
        if prefix == "و" and self._self_conjoined(whole):
            return True
        rest_count = self._rest_count(prefix, rest)
        if rest.startswith("ال") and len(rest) > 3 and not (prefix in self.thresholds.weak_conjunctions and rest_count == 0):
            # a clitic before the article is always a clitic (بالإضافة, بالقرب), but for ف before an "article" whose
            # word the corpus never writes: فالتر، فالنسيا، فالكاو are names (ف + a word with the article is rarely
            # more common than the word itself)
            return False
        ratio = CONJ_JOIN_RATIO if prefix in CONJUNCTIONS else PREP_JOIN_RATIO
        return rest_count < MIN_REST_COUNT or rest_count < ratio * self.count(whole)

    def _foreign_after(self, prefix: str, written: str) -> bool:
        """Whether `prefix` + `written` (the rest of the written word) is a foreign name or word: neither it nor the rest is
        a word the corpus writes, the rest has no article, and no word the corpus knows is inside the rest."""
        if written.translate(_WITHOUT_MARKS) != written:
            return False  # كمغنٍ: a word written with its vowel marks (tanween) is Arabic, however rare its form
        return self.count(prefix + written) == 0 and not written.startswith("ال") and not self._word_inside(written)

    def _word_inside(self, rest: str) -> bool:
        """Whether `rest` is a word the counts know, or one is inside it once its endings are read off (a pronoun, a plural or
        feminine ending, tanween's alif: عثورهم، اعتمادية), a preposition or the future particle before it, or its
        imperfect prefix is read as another person's (يأمنونه); its hamza and alef written either way (إيوائه)."""
        forms = {rest.replace(TATWEEL, "")}
        forms |= {stem for form in forms for stem in _without_endings(form, _PRONOUNS)}
        forms |= {stem for form in forms for stem in _without_endings(form, _WORD_ENDINGS)}
        forms |= {form[1:] for form in forms if form[:1] in _INNER_PROCLITICS and len(form) > 3}
        forms |= {other + form[1:] for form in forms if form[:1] in _IMPERFECT_START and len(form) > 3 for other in _IMPERFECT_START}
        return any(self.count(spelling) > 0 for form in forms for spelling in _spellings(form))

    def segment(self, form: str, *, allow: str = "conj+prep") -> list[str]:
        """The proclitics of ``form`` and its remainder, e.g. وقال → [و, قال].

        ``allow`` is "conj+prep" for a word-initial form, "prep" after a
        conjunction already split off, "none" after a preposition.
        """
        if not is_arabic(form) or len(form) <= MIN_REST_CHARS or allow == "none":
            return [form]
        pieces: list[str] = []
        rest = form
        limits = self.thresholds
        conj_ratio = limits.prep_ratio if rest[0] in limits.weak_conjunctions else limits.conj_ratio
        if allow == "conj+prep" and rest[0] in CONJUNCTIONS and self._splits(rest, rest[0], conj_ratio):
            pieces.append(rest[0])
            rest = rest[1:]
        if len(rest) > MIN_REST_CHARS:
            head = rest[0]
            if head in limits.prepositions and self._splits(rest, head, limits.prep_ratio):
                pieces.append(head)
                rest = rest[1:]
            elif head == FUTURE and rest[1:2] in _IMPERFECT_START and self._splits(rest, head, limits.prep_ratio):
                pieces.append(head)
                rest = rest[1:]
        pieces.append(rest)
        return pieces


_MIN_CONJOINED_CHARS = 3
#: A stem (a word without its final ه) seen fewer times than this, in any of its spellings, is no word the counts know.
NAME_STEM_MIN_COUNT = 5
#: Letters of Arabic proper (Persian and Urdu letters, گ پ ھ, are not written in Arabic news).
_ARABIC_LETTERS = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+$")


def _final_ha_name(word: str) -> bool:
    """A word of four letters or more, of Arabic letters only, ending in ه (not الله, whose ه the counts settle)."""
    return len(word) >= 4 and word.endswith("ه") and bool(_ARABIC_LETTERS.match(word)) and not word.endswith("الله")
_ARTICLE = "ال"
#: Endings read off a rest before it is looked up (:meth:`Lexicon._word_inside`), longest first.
_PRONOUNS = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
_WORD_ENDINGS = ("ات", "ون", "ين", "ان", "وا", "تا", "تم", "تن", "ية", "يا", "اً", "ة", "ت", "ا", "ي")
_INNER_PROCLITICS = ("ب", "ل", "ك", FUTURE)


def _without_endings(form: str, endings: tuple[str, ...]) -> set[str]:
    """`form`, and `form` without each of `endings` it ends in where two letters or more are left."""
    return {form} | {form[: -len(ending)] for ending in endings if form.endswith(ending) and len(form) - len(ending) >= 2}


def _spellings(stem: str) -> set[str]:
    """A stem as the corpus may write it whole: with ة, ى or ا after it, ة for a final ت (before a pronoun), ء for a
    final ئ or ؤ (إيوائه), أ or إ for a bare first alef, and each with the article (العثور: عثور alone is rare)."""
    out = {stem, stem + "ة", stem + "ى", stem + "ا"}
    if stem.endswith("ت"):
        out.add(stem[:-1] + "ة")
    if stem.endswith(("ئ", "ؤ")):
        out.add(stem[:-1] + "ء")
    if stem.startswith("ا"):
        out |= {"أ" + stem[1:], "إ" + stem[1:]}
    return out | {"ال" + form for form in out}
_BARE_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


def _bare_alef(word: str) -> str:
    return word.translate(_WITHOUT_MARKS).translate(_BARE_ALEF)


#: The header of ``rules/lexicons/parser/clitic_names.tsv`` (written by :func:`write_clitic_names`).
CLITIC_NAMES_HEADER = """form
# Name words (foreign names above all) that begin with a proclitic's letter (و ف ب ل س ك) and leave no word the
# SaudiNewsNet counts know without it (clitic_lexicon.tsv.gz: no form seen 5 times): the clitic pass keeps them one
# word (بيرنز is not ب + يرنز, فيلتمان not ف + يلتمان, والتر not و + التر; quotes/training/clitics.py,
# Lexicon.keeping_names). Read by the parser only (quotes.grammar.loader.parser_lexicon), never by a rule.
# Derived from arabnamer 0.1.3 (dict_FINAL.json, the Arabic spellings, one word each), E. Yousef (2026),
# github.com/sayedyousef/arabnamer, data CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/; see NOTICE), and
# from the name words of arabic-name-romanizer 0.2.0 (name_units.tsv: Wikidata CC0 1.0, Algerian Name Transcription
# Corpus CC0 1.0, DziriNames benchmark MIT) that the SaudiNewsNet counts know (seen 5 times): its keys are
# alef-normalised and hold Persian and Urdu spellings, which news rarely writes.
# Rebuilt with `python -m quotes.training clitic-names --names ../shared/data/names` (no hand edits).
"""


def clitic_names(spellings: Iterable[str], lexicon: Lexicon) -> list[str]:
    """The one-word Arabic spellings of `spellings` that :meth:`Lexicon.keeping_names` would keep whole, sorted."""
    words = {w for spelling in spellings for w in spelling.split() if is_arabic(w)}
    return sorted(lexicon.keeping_names(words).names - lexicon.names)


def written_name_units(path: Path, lexicon: Lexicon) -> list[str]:
    """The name words of ``name_units.tsv.gz`` (its first column, after a header) that `lexicon`'s counts know: the
    list is alef-normalised and mixes in Persian and Urdu spellings, so only the words news writes are taken."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        next(handle, None)
        keys = [line.split("\t", 1)[0].strip() for line in handle]
    return [key for key in keys if is_arabic(key) and lexicon.count(key) > 0]


def write_clitic_names(arabnamer: Path, lexicon: Lexicon, out: Path, *, name_units: Path | None = None) -> int:
    """Write ``clitic_names.tsv`` from arabnamer's ``dict_FINAL.json.gz`` and, given `name_units`, the name words of
    Wikidata and DziriNames that the counts know; returns how many words it lists."""
    import json

    with gzip.open(arabnamer, "rt", encoding="utf-8") as handle:
        spellings = list(json.load(handle).values())
    if name_units is not None:
        spellings += written_name_units(name_units, lexicon)
    words = clitic_names(spellings, lexicon)
    out.write_text(CLITIC_NAMES_HEADER + "".join(f"{w}\n" for w in words), encoding="utf-8")
    return len(words)


#: The header of ``rules/lexicons/parser/final_ha_names.tsv`` (written by :func:`write_final_ha_names`).
FINAL_HA_NAMES_HEADER = """form
# Name words (foreign and Persian names above all) that end in ه and leave no word the SaudiNewsNet counts know
# without it (clitic_lexicon.tsv.gz: no spelling of the rest, with ة ى ا or the article, seen 5 times): the clitic
# pass keeps them one word (كليزه is not كليز + ه, نيربيه not نيربي + ه; quotes/training/clitics.py,
# Lexicon.keeping_final_ha). Read by the parser only (quotes.grammar.loader.parser_lexicon), never by a rule.
# Derived from arabnamer 0.1.3 (dict_FINAL.json, the Arabic spellings, one word each), E. Yousef (2026),
# github.com/sayedyousef/arabnamer, data CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/; see NOTICE), and
# from the name words of arabic-name-romanizer 0.2.0 (name_units.tsv: Wikidata CC0 1.0, Algerian Name Transcription
# Corpus CC0 1.0, DziriNames benchmark MIT), those written in Arabic letters only.
# Rebuilt with `python -m quotes.training final-ha-names --names ../shared/data/names` (no hand edits).
"""


def final_ha_names(spellings: Iterable[str], lexicon: Lexicon) -> list[str]:
    """The one-word Arabic spellings of `spellings` that :meth:`Lexicon.keeping_final_ha` would keep whole, sorted."""
    words = {w for spelling in spellings for w in spelling.split() if is_arabic(w)}
    return sorted(lexicon.keeping_final_ha(words).final_ha_names - lexicon.final_ha_names)


def name_unit_words(path: Path) -> list[str]:
    """All name words of ``name_units.tsv.gz`` (its first column, after a header)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        next(handle, None)
        return [line.split("\t", 1)[0].strip() for line in handle]


def write_final_ha_names(arabnamer: Path, name_units: Path, lexicon: Lexicon, out: Path) -> int:
    """Write ``final_ha_names.tsv`` from arabnamer's ``dict_FINAL.json.gz`` and the name words of Wikidata and
    DziriNames; returns how many words it lists."""
    import json

    with gzip.open(arabnamer, "rt", encoding="utf-8") as handle:
        spellings = list(json.load(handle).values())
    words = final_ha_names([*spellings, *name_unit_words(name_units)], lexicon)
    out.write_text(FINAL_HA_NAMES_HEADER + "".join(f"{w}\n" for w in words), encoding="utf-8")
    return len(words)


def read_keep(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip())


def segment_text(text: str, lexicon: Lexicon) -> Iterator[str]:
    """Tokens of ``text`` split the PUD way (proclitics only)."""
    for token in rough_tokens(text):
        yield from lexicon.segment(token)
