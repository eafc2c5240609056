"""Every mention of a person, organisation, group or document in a parsed document, with exact spans.

Mentions are found once per document, before any quote is attributed, by
small finders that each know one kind of phrase:

- ``ner``: the trained entity tagger's PERS/ORG/LOC spans (when the model is
  shipped; LOC spans become PLACE mentions, which are never sources);
- ``title``: a title or role noun and the name it gives (`وزير الخارجية
  عادل الجبير` → PER `عادل الجبير`, role `وزير الخارجية`), or the bare
  title (`المتحدث الرسمي`) when no name follows;
- ``honorific``: an honorific pronoun (`سموه`، `معاليه`، `فضيلته`);
- ``organisation``: an organisation head and its name (`وزارة الداخلية`,
  `الهيئة العامة للإحصاء`), MEDIA when the head is a medium (`صحيفة
  كوميرسانت`, `صحيفة «الشرق الأوسط»`); a body named after a person takes
  the person's name (`جامعة الملك سعود`), which is then no person's mention;
- ``group``: a plural source and its description (`مصادر مطلعة`);
- ``document``: a statement or report with its issuer (`بيان لوزارة
  الداخلية` → DOC with issuer `وزارة الداخلية`).

Vocabulary is read from ``rules/lexicons`` (role_nouns, honorific_anaphors,
organisation_anaphors, media_nouns, group_nouns, document_nouns, given_names,
eponym_titles, reporting_verbs).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import chain, compress, pairwise, repeat
from operator import attrgetter, or_
from typing import Any, Generic, NamedTuple, TypeVar

import attrs

from quotes.graph import ParsedDocument, SentenceGraph, Word, tag_spans
from quotes.lexicon import Lexicon
from quotes.model import Span
from quotes.normalize import article_cut_start, end_before_spaces, form_keys, normalize, strip_article, strip_conjunction
from quotes.quotemarks import is_quote_mark, marked_name_end
from quotes.speakers import (
    APPOSITION_COMMAS,
    GIVEN_NAMES_READ_AS_PREPOSITION,
    common_noun_reading,
    is_time,
    opens_definite_noun,
    pronoun_suffixed,
    role_before,
    time_in_parentheses,
)
from quotes.speakers.words import not_a_family_name

#: Mention kinds. PLACE and TITLE are kept so that later steps know what a span is; PLACE is never a source.
KINDS = ("PER", "ORG", "MEDIA", "GROUP", "DOC", "HONORIFIC", "TITLE", "PLACE")
SOURCE_KINDS = frozenset(("PER", "ORG", "MEDIA", "GROUP", "DOC", "HONORIFIC", "TITLE"))
#: The finders whose PER mentions are proper names.
PROPER_NAME_SOURCES = frozenset(("name", "title", "ner"))
#: An organisation's name runs at most this many words after its head (المديرية العامة للشئون الصحية بمنطقة حائل).
ORGANISATION_WORDS = 10
#: A group's description: at most this many words after the group noun (مصادر أمنية عراقية مطلعة).
GROUP_WORDS = 4
#: A person's name: at most this many words (عبدالله بن عبدالعزيز آل سعود); a bare title at most this many.
NAME_WORDS = 6
TITLE_WORDS = 4
#: Proclitic letters the clitic pass may cut off the front of a foreign name (بيرنار → ب + يرنار); not ل, which
#: before a name is most often an addressee (قال ناصر لـ"الاقتصادية").
_CUT_LETTERS = frozenset("بف")
_NAME_LINKS = frozenset(normalize(word) for word in ("بن", "ابن", "بنت", "آل", "أبو", "ابو", "أبا", "أبي", "أم", "ولد"))
_SEPARATE_PREPOSITIONS = frozenset(
    normalize(word) for word in ("في", "بين", "من", "على", "إلى", "عن", "مع", "حول", "بعد", "قبل", "خلال", "عند", "لدى", "ضد", "منذ", "حتى")
)
#: Prepositions that open a title's complement (المشرف على، المسؤول عن): the phrase stays a title.
_TITLE_COMPLEMENTS = frozenset(normalize(word) for word in ("على", "عن"))
#: Cue classes whose verbs take a person as object (اتهم، انتقد، أشاد، دعا، حث، حذر).
PERSON_OBJECT_CLASSES = frozenset(("opinion", "appeal", "warning"))
_NER_KINDS = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "PLACE"}
#: Words that only end a compound given name written apart (عز الدين، نور الدين): no name starts with them either.
_SECOND_HALVES = frozenset(("الدين",))
_ISSUER_MARKERS = frozenset(normalize(word) for word in ("عن", "من", "ل", "لل"))
_Answer = TypeVar("_Answer")
_ISSUED = frozenset(normalize(word) for word in ("صادر", "الصادر", "صادرة", "الصادرة"))


@attrs.frozen
class EntityMention:
    """One mention: its span, kind, the finder that found it, and what it says about its referent."""

    span: Span
    kind: str
    source: str
    sentence_index: int
    role: Span | None = None  # the title given with a name (وزير الخارجية)
    issuer: Span | None = None  # who issued a statement or report
    head: str = ""  # normalised head noun of an organisation, group or title (وزاره, مصادر, متحدث)
    #: the honorific noun that introduces a person's name (سمو of صاحب السمو الملكي الأمير …, معالي) or that an
    #: honorific pronoun holds (سمو of سموه), normalised without ال, ة → ه: whom سموه may stand for
    honoured: str = ""

    @property
    def person_name(self) -> bool:
        """Whether a name finder (given names, a title with a name, the entity tagger) found a person's proper name here,
        not a description (مسؤول أمني) or a speaker phrase of the rules."""
        return self.kind == "PER" and self.source in PROPER_NAME_SOURCES

    def __attrs_post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"mention kind {self.kind!r} is not one of {', '.join(KINDS)}")

    def to_dict(self) -> dict[str, object]:
        record: dict[str, object] = {"text": self.span.text, "start": self.span.start, "end": self.span.end, "kind": self.kind}
        record["source"] = self.source
        if self.role is not None:
            record["role"] = self.role.to_dict()
        if self.issuer is not None:
            record["issuer"] = self.issuer.to_dict()
        return record


def word_key(word: Word) -> str:
    """A word's normalised form without ال (الوزارة → وزاره); و/ف stay (وزارة is no و + زارة)."""
    return strip_article(normalize(word.text))


@lru_cache(maxsize=262_144)
def _readings(form: str, lemma_key: str) -> tuple[str, ...]:
    """The normalised readings of a form without ال (with and without و/ف), then its lemma's."""
    found: list[str] = []
    for key in (*form_keys(form), lemma_key):
        bare = strip_article(key)
        if bare and bare not in found:
            found.append(bare)
    return tuple(found)


def listed_key(word: Word, keys: frozenset[str], *, lemma: bool = True) -> str | None:
    """The reading of `word` (with or without و/ف and ال, or its lemma) that `keys` lists, if any."""
    for key in _readings(word.text, word.lemma_key if lemma else ""):
        if key in keys:
            return key
    return None


_UNKNOWN = object()


class _WordFacts(NamedTuple):
    """What the finders ask of every word of a sentence, answered together once per spelling."""

    given_name: bool
    place_noun: bool
    name_word: bool
    short_name_word: bool  # a proper noun of two letters or more (جو)
    title: bool
    organisation_head: str | None
    group_noun: str | None
    descriptor: str | None
    document_noun: str | None
    honorific_title: bool  # سمو، معالي، فضيلة before a name
    stops_name: bool  # a name word, title or document noun: it ends an organisation's name
    honorific_anaphor: bool  # سموه، معاليه: read off the whole written token too (لسموه)
    eponym_title: bool  # الملك، الإمام as written: a body may be named after the person it precedes (جامعة الملك سعود)
    #: a given name, name word or place noun, or a one-letter word (a given name the clitic pass cut: ف | راس): the
    #: only words where the name finder starts a name or a place (see MentionFinder._names)
    may_start_name: bool


class _BySpelling(Generic[_Answer]):
    """A question about a word that only its spelling (its form and written token), tag and lemma decide, answered
    once per spelling: a corpus repeats its words, and the finders ask the same questions of every word. The memory
    is cleared when it grows past `limit` spellings, so a long run's memory stays flat."""

    __slots__ = ("_answer", "_known", "_limit")

    def __init__(self, answer: Callable[[Word], _Answer], limit: int = 200_000) -> None:
        self._answer = answer
        self._known: dict[tuple[str, ...], Any] = {}
        self._limit = limit

    def __call__(self, word: Word) -> _Answer:
        spelling = _SPELLING(word)
        known = self._known.get(spelling, _UNKNOWN)
        if known is _UNKNOWN:
            if len(self._known) >= self._limit:
                self._known.clear()
            known = self._known[spelling] = self._answer(word)
        return known

    def all_of(self, words: Sequence[Word]) -> list[_Answer]:
        """The answers for `words`, in order: one call for a whole sentence, most answers found in the memory (looked
        up for all the words at once, then the rest asked one by one)."""
        answers: list[Any] = list(map(self._known.get, map(_SPELLING, words), repeat(_UNKNOWN)))
        if _UNKNOWN in answers:
            for position, answer in enumerate(answers):
                if answer is _UNKNOWN:
                    answers[position] = self(words[position])
        return answers


_START = attrgetter("start")
_END = attrgetter("end")
_TITLE = attrgetter("title")
_MAY_START_NAME = attrgetter("may_start_name")
_EPONYM_TITLE = attrgetter("eponym_title")


def _with_facts(words: Sequence[Word], facts: Sequence[_WordFacts], *names: str) -> Iterator[tuple[Word, _WordFacts]]:
    """The words, with their facts, in order, that have one of the named facts (true, or a listed key: never empty):
    most words of a sentence are nothing a finder looks for, and are passed over without a step of Python each."""
    found = map(attrgetter(names[0]), facts) if len(names) == 1 else map(any, map(attrgetter(*names), facts))
    return compress(zip(words, facts, strict=True), found)


#: A word's spelling as _BySpelling keys it.
_SPELLING = attrgetter("spelling")


@attrs.frozen
class MentionLexicons:
    """The word lists the finders read, as normalised keys without ال."""

    titles: frozenset[str]
    honorifics: frozenset[str]
    organisation_heads: frozenset[str]
    media_heads: frozenset[str]
    group_nouns: frozenset[str]
    descriptors: frozenset[str]
    place_nouns: frozenset[str]
    document_nouns: frozenset[str]
    names: frozenset[str]
    given_names: Lexicon
    roles: Lexicon
    honorific_titles: Lexicon
    complementizers: frozenset[str] = frozenset()
    eponym_titles: frozenset[str] = frozenset()  # الملك، الإمام: a body named after a person (جامعة الملك سعود)
    speech_verbs: frozenset[str] = frozenset()  # reporting verbs whose object is never a person (قال، أوضح)
    according_to: Lexicon | None = None  # وفقا لـ، بحسب، نقلا عن: a marker ends a name (وزارة الخارجية | وفقا لوكالة …)

    @classmethod
    def from_mapping(cls, lexicons: Mapping[str, Lexicon]) -> MentionLexicons:
        def keys(name: str, column: str | None = None, where: Callable[[Mapping[str, str]], bool] = lambda _: True) -> frozenset[str]:
            lexicon = lexicons[name]
            found = set()
            for entry in lexicon.entries.values():
                if where(entry.fields):
                    found.add(strip_article(normalize(entry.get(column) or entry.key) if column else entry.key))
            return frozenset(found)

        return cls(
            titles=keys("role_nouns", where=lambda fields: fields.get("kind") in ("job", "rank", "title")),
            honorifics=keys("honorific_anaphors"),
            organisation_heads=keys("organisation_anaphors", "head"),
            media_heads=keys("media_nouns"),
            group_nouns=keys("group_nouns"),
            place_nouns=keys("place_nouns"),
            descriptors=keys("role_nouns", where=lambda fields: fields.get("kind") == "descriptor") - keys("group_nouns"),
            document_nouns=keys("document_nouns"),
            names=frozenset(lexicons["given_names"].entries),
            given_names=lexicons["given_names"],
            roles=lexicons["role_nouns"],
            honorific_titles=lexicons["honorifics"],
            complementizers=frozenset(normalize(key) for key in lexicons["complementizers"].entries),
            eponym_titles=keys("eponym_titles"),
            speech_verbs=keys("reporting_verbs", where=lambda fields: fields.get("class") not in PERSON_OBJECT_CLASSES),
            according_to=lexicons.get("according_to"),
        )


def _eponym_body(words: Sequence[Word], facts: Sequence[_WordFacts], position: int, bodies: Sequence[Span]) -> Span | None:
    """The body whose name holds the word at `position` right after an eponym title (جامعة الملك | سعود); `facts`:
    the words' facts, in order."""
    if position == 0 or not facts[position - 1].eponym_title:
        return None
    word = words[position]
    return next((body for body in bodies if body.start < word.start and word.end <= body.end), None)


def _eponym_in_construct(words: Sequence[Word], facts: Sequence[_WordFacts], position: int) -> bool:
    """Whether the word at `position` follows an eponym title (الملك، الأمير) that a common noun holds in construct
    (مدينة الملك فهد، مطار الملك خالد): the name of a body's eponym, whether or not the noun is an organisation head;
    not after a title, a descriptor or an honorific (زوجة الملك، خادم الحرمين الشريفين الملك)."""
    if position < 2 or not facts[position - 1].eponym_title:
        return False
    construct, fact = words[position - 2], facts[position - 2]
    return (
        construct.upos == "NOUN"
        and not _definite(construct)
        and not (fact.title or fact.honorific_title or fact.descriptor or fact.group_noun)
    )


def _span(words: Sequence[Word], text: str) -> Span | None:
    if not words:
        return None
    span = Span.from_offsets(text, min(map(_START, words)), max(map(_END, words)))
    return span if span.text else None


def _glued_next(sentence: SentenceGraph, word: Word) -> Word | None:
    following = sentence.word(word.index + 1) if word.index < len(sentence.words) else None
    return following if following is not None and following.start <= word.end else None


def _tagged_otherwise(mention: EntityMention, sentence: SentenceGraph, spans: Sequence[tuple[int, int, str]]) -> bool:
    """A name the finders read after a title (قائد | مانشستر) whose words the entity tagger put, all of them, in an
    organisation or a place: the title's complement (captain of Manchester), not a person."""
    if mention.source == "name" or not spans:
        return False
    words = sentence.words_within(mention.span.start, mention.span.end)
    if not words:
        return False
    first, last = words[0].index - 1, words[-1].index
    # (the tagged span starts with the name: one that starts before it is a body the tagger ran on into a person's
    # name, منظمة الأغذية والزراعة | لورا بيرنار)
    return any(kind in ("ORG", "LOC") and start == first and last <= end for start, end, kind in spans)


def continues_name(sentence: SentenceGraph, word: Word, stops: Callable[[Word], bool]) -> bool:
    """Read left to right (small parsers misattach these): nouns, adjectives, names, a glued لـ/بـ and و go on an
    organisation's name; a separate preposition, a verb, punctuation, a time word or a word ``stops`` accepts end it."""
    if word.upos in ("NOUN", "ADJ", "PROPN", "X"):
        return not is_time(word) and not stops(word)
    following = _glued_next(sentence, word)
    if word.upos == "ADP" and following is not None and word.text in ("ل", "ب", "لل"):
        return _names_a_body(sentence, following)
    return word.upos == "CCONJ" and following is not None and following.upos in ("NOUN", "PROPN")


def _saying_of(sentence: SentenceGraph, word: Word) -> bool:
    """Whether the word is قول with its possessive pronoun glued (قوله، قولها: "his saying"), which follows the source
    in a relay (نقل عن فلان قوله): a pronoun after any other word may be a name's ة written ه (السومه)."""
    following = sentence.word(word.index + 1) if word.index < len(sentence.words) else None
    return (
        normalize(word.text) == "قول"
        and following is not None
        and following.upos == "PRON"
        and following.start == word.end
    )


def _article(word: Word) -> bool:
    """Whether the word is written with the article (after a conjunction: والشمري)."""
    return strip_conjunction(normalize(word.text)).startswith("ال")


def _definite(word: Word) -> bool:
    return normalize(word.text).startswith(("ال", "ل"))


def _names_a_body(sentence: SentenceGraph, noun: Word) -> bool:
    """After a glued لـ/بـ, a name goes on with a definite noun (للشؤون الصحية) or a noun in construct with a name
    (بمنطقة حائل); not an adverbial (بشكل قاطع) or an addressee's name (للبي بي سي)."""
    if noun.upos != "NOUN":
        return False
    after = sentence.word(noun.index + 1) if noun.index < len(sentence.words) else None
    return _definite(noun) or (after is not None and (after.upos == "PROPN" or _definite(after)))


def organisation_phrase(
    sentence: SentenceGraph,
    head: Word,
    stops: Callable[[Word], bool],
    eponym: Callable[[Word], bool] = lambda _: False,
    is_name: Callable[[Word], bool] = lambda _: False,
) -> list[Word]:
    """The head and the words after it that continue an organisation's name; a body named after a person (`eponym`
    accepts its title) takes the person's name whole: جامعة الملك سعود، جامعة الإمام محمد بن سعود الإسلامية."""
    phrase = [head]
    naming = 0  # words of the eponym's name still to take: its given name, and the name after each link (بن، آل)
    for following in sentence.words[head.index :]:
        if len(phrase) >= ORGANISATION_WORDS:
            break
        if _opens_eponym(sentence, phrase[-1], following, eponym, is_name):
            naming = 1
            phrase.append(following)
            continue
        if (naming or normalize(phrase[-1].text) in _NAME_LINKS) and _goes_on_eponym(following, is_name):
            # (after a link the name goes on, also where the eponym title was not recognised: الأمير سلطان بن | عبد)
            naming = 1 if normalize(following.text) in _NAME_LINKS else max(naming - 1, 0)
            phrase.append(following)
            continue
        naming = 0
        if not continues_name(sentence, following, stops):
            break
        if pronoun_suffixed(sentence, following):
            break  # منظمة حقوق الإنسان الدولية | ومقرها جنيف: a noun with its own pronoun is about the body, not its name
        inside = {word.index for word in phrase}
        after_preposition = phrase[-1].upos == "ADP"  # للشئون الصحية: a small parser hangs it on the verb
        if following.base_deprel in ("obj", "nsubj", "obl", "iobj") and following.head not in inside and not after_preposition:
            break  # أعلنت هيئة الإحصاء | أرقام البطالة: the verb's object, not the name's next word
        if any(word.head == following.index and word.base_deprel == "nsubj" for word in phrase):
            break  # كانت النقابات | شرسة: the predicate of the name's clause
        if phrase[-1].upos == "ADJ" and following.upos == "NOUN" and _article(following):
            break  # دان مجلس الوزراء الكويتي | التفجير: after an adjective a definite noun is no genitive, it starts anew
        phrase.append(following)
    while len(phrase) > 1 and (
        phrase[-1].upos in ("ADP", "CCONJ")
        or _unpaired_quote_mark(" ".join(word.text for word in phrase))
        or is_time(phrase[-1])
        or time_in_parentheses(sentence, phrase[-1].index)
    ):
        phrase.pop()  # الصحيفة | “كيف …: a quotation after the name is no part of it; nor is أمس (الخميس)
    return phrase


def _opens_eponym(
    sentence: SentenceGraph, previous: Word, word: Word, eponym: Callable[[Word], bool], is_name: Callable[[Word], bool]
) -> bool:
    """A definite eponym title (الملك، الإمام) in construct with the word before it (جامعة الملك, not الوزارة الشيخ)
    and a person's name after it."""
    if not eponym(word) or not _article(word) or normalize(previous.text).startswith("ال"):
        return False
    following = sentence.word(word.index + 1) if word.index < len(sentence.words) else None
    return following is not None and _goes_on_eponym(following, is_name) and normalize(following.text) not in _NAME_LINKS


def _goes_on_eponym(word: Word, is_name: Callable[[Word], bool]) -> bool:
    """A word of a person's name after an eponym title: a proper noun, a listed name however it was tagged (سعود،
    فهد are often NOUN), a name link (بن، آل)."""
    if word.upos in ("PROPN", "X"):
        return any(char.isalpha() for char in word.text) and not is_time(word)
    return normalize(word.text) in _NAME_LINKS or (word.upos == "NOUN" and is_name(word))


#: The words that say "son/daughter of": a name always follows them.
_PATRONYMIC_LINKS = frozenset(normalize(word) for word in ("بن", "ابن", "بنت"))
#: How many words before a person's name may hold the honorific noun that introduces it (صاحب السمو الملكي الأمير).
_HONOURED_WINDOW = 5
#: The longest according-to marker, in characters (على حد تعبيرهم).
_MARKER_CHARS = 24


def _honorific_key(noun: str) -> str:
    """One spelling of an honorific noun: فضيلت (as in فضيلته) and فضيله (فضيلة written alone) are one."""
    return noun[:-1] + "ه" if noun.endswith("ت") else noun


def _honorific_nouns(honorifics: frozenset[str]) -> frozenset[str]:
    """The nouns of the honorific anaphors without their pronoun, as a tokenizer leaves them: سموه → سمو، معاليه →
    معالي، فضيلته → فضيلت and فضيله (its ة restored)."""
    nouns = set()
    for form in honorifics:
        noun = form[:-2] if form.endswith("ها") else form[:-1] if form.endswith("ه") else ""
        if len(noun) > 2:
            nouns.add(noun)
            if noun.endswith("ت"):
                nouns.add(noun[:-1] + "ه")
    return frozenset(nouns)


class MentionFinder:
    """Finds the mentions of one document; ``tags`` are the entity tagger's BIOES tags per sentence, if any."""

    def __init__(self, lexicons: MentionLexicons) -> None:
        self.lexicons = lexicons
        # what the finders ask of every word, answered together and remembered per spelling (see _BySpelling):
        # one memory, not one per question, so a long run's memory stays small
        self._facts = _BySpelling(self._word_facts)
        self._honorific_nouns = _honorific_nouns(lexicons.honorifics)

    def _word_facts(self, word: Word) -> _WordFacts:
        lexicons = self.lexicons
        given_name = self._is_given_name_uncached(word)
        place_noun = listed_key(word, lexicons.place_nouns) is not None
        name_word = self._name_word(word)
        short_name_word = self._name_word(word, min_letters=2)
        return _WordFacts(
            given_name,
            place_noun,
            name_word,
            short_name_word,
            self._is_title_uncached(word),
            listed_key(word, lexicons.organisation_heads),
            listed_key(word, lexicons.group_nouns),
            listed_key(word, lexicons.descriptors),
            listed_key(word, lexicons.document_nouns),
            self._honorific_uncached(word),
            self._stops_name_uncached(word),
            self._honorific_anaphor(word),
            listed_key(word, lexicons.eponym_titles, lemma=False) is not None,
            given_name or place_noun or name_word or short_name_word or len(word.text) == 1,
        )

    def _stops_name_uncached(self, word: Word) -> bool:
        # a person's name or role ends an organisation's name (الهيئة العامة للطيران المدني | سليمان الحمدان), and so
        # does what it issued (أصدرت وزارة الداخلية | بيانا)
        return (
            self._is_given_name_uncached(word)  # listed or عبد… (عبدالرقيب), not the city الرياض of the name رياض
            or listed_key(word, self.lexicons.titles) is not None
            or listed_key(word, self.lexicons.document_nouns) is not None
        )

    def find(self, document: ParsedDocument, tags: Sequence[Sequence[str]] | None = None) -> tuple[EntityMention, ...]:
        found: list[EntityMention] = []
        facts_by_sentence = []
        # the document's own tags have their spans read once (coreference asks for them too)
        spans = document.entity_spans if tags is document.entity_tags else None
        for sentence in document.sentences:
            facts = self._facts.all_of(sentence.words)
            facts_by_sentence.append(facts)
            if tags is None or sentence.index >= len(tags):
                sentence_spans: Sequence[tuple[int, int, str]] = ()
            else:
                sentence_spans = spans[sentence.index] if spans is not None else tag_spans(tags[sentence.index])
            # a role the finders keep starts with a title word (see _role_before): none where the sentence has none
            titled = any(map(_TITLE, facts))
            tagged = list(self._tagged(sentence, sentence_spans, document.text, titled=titled))
            bodies = list(self._organisations(sentence, document.text, facts))
            found.extend(_outside_bodies(mention, bodies, document.text) for mention in tagged)
            found.extend(bodies)
            names = [
                mention
                for mention in self._names(
                    sentence,
                    document.text,
                    facts,
                    [body.span for body in bodies],
                    titled=titled,
                    tags=tags[sentence.index] if tags is not None and sentence.index < len(tags) else None,
                )
                if not _tagged_otherwise(mention, sentence, sentence_spans)
            ]
            found.extend(names)
            found.extend(self._titles(sentence, document.text, names, facts))
            found.extend(self._groups(sentence, document.text, facts))
            found.extend(self._honorifics(sentence, document.text, facts))
        found.extend(self._documents(document, found, facts_by_sentence))
        found = [self._with_honorific_noun(document, mention) for mention in found]
        return tuple(_deduplicated(_written_starts(_from_tagged_person(found, document.text), document.text)))

    def _with_honorific_noun(self, document: ParsedDocument, mention: EntityMention) -> EntityMention:
        """A person's name with the honorific noun written before it (`صاحب السمو الملكي الأمير فيصل …`، `معالي
        الوزير …`), an honorific pronoun with the noun it holds (سموه → سمو): سموه stands for a highness, not for
        whoever the text named last (a minister, a council's head received by the prince)."""
        if mention.kind == "HONORIFIC":
            written = normalize(mention.span.text)
            held = next((noun for noun in self._honorific_nouns if written.startswith(noun)), "")
            return attrs.evolve(mention, honoured=_honorific_key(held)) if held else mention
        if not mention.person_name or mention.sentence_index >= len(document.sentences):
            return mention
        before = document.sentences[mention.sentence_index].words_ending_by(mention.span.start)
        for word in reversed(before[-_HONOURED_WINDOW:]):
            if word.upos in ("PUNCT", "VERB", "AUX"):
                break
            key = next((key for key in word.keys if strip_article(key) in self._honorific_nouns), None)
            if key is not None:
                return attrs.evolve(mention, honoured=_honorific_key(strip_article(key)))
        return mention

    def is_title(self, word: Word) -> bool:
        """Whether `word` is a title or job word (وزير، المستشار، الناطق) as written."""
        return self._facts(word).title

    def speaker_mention(self, document: ParsedDocument, span: Span) -> EntityMention:
        """A speaker phrase the rules chose that no finder found, typed by its first listed word."""
        sentence = document.sentence_at(span.start) or document.sentences[0]
        # (a span inside one written word, وزارة of للوزارة, is typed by that word)
        words = sentence.words_within(span.start, span.end) or [
            word for word in sentence.words if word.start < span.end and span.start < word.end
        ]
        kind, head = "PER", ""
        opening = " ".join(strip_article(strip_conjunction(normalize(word.text))) for word in words[:2])
        if opening in self.lexicons.organisation_heads:
            return EntityMention(span, "ORG", "speaker", sentence.index)  # الشئون الصحية: a body named by its domain
        if words and (key := listed_key(words[0], self.lexicons.titles)) is not None:
            return EntityMention(span, "TITLE", "speaker", sentence.index, role=span, head=key)  # وزير الصحة الأردني
        for word in words:
            if (key := listed_key(word, self.lexicons.organisation_heads)) is not None:
                kind, head = ("MEDIA" if key in self.lexicons.media_heads else "ORG"), key
                break
            if (key := listed_key(word, self.lexicons.group_nouns)) is not None:
                kind, head = "GROUP", key
                break
            if (key := listed_key(word, self.lexicons.document_nouns)) is not None:
                kind, head = "ORG", key  # a statement whose issuer is not named: it stands for the body that issued it
                break
        return EntityMention(span, kind, "speaker", sentence.index, head=head)

    # -- finders, one per kind of phrase

    def _tagged(
        self, sentence: SentenceGraph, spans: Sequence[tuple[int, int, str]], text: str, *, titled: bool = True
    ) -> Iterable[EntityMention]:
        """The tagger's spans (`spans`: word ranges [first, last) and types, see tag_spans) as mentions; `titled`: False
        where no word of the sentence is a title (no role to look for)."""
        for first, last, label in spans:
            kind = _NER_KINDS.get(label)
            words = list(sentence.words[first:last])
            addressee = next((i for i, w in enumerate(words) if i > 0 and opens_definite_noun(sentence, w)), None)
            if kind == "PER" and addressee is not None:
                words = words[:addressee]  # شو | للصحافيين: the tagger ran the name into the addressee
            saying = next((i for i, w in enumerate(words) if i > 0 and _saying_of(sentence, w)), None)
            if kind == "PER" and saying is not None:
                words = words[:saying]  # نسبت … إلى خليفة حفتر | قوله: "his saying" is no part of the name
            if kind == "PER" and first > 0 and self._lost_word_before(sentence.words[first - 1], words[0]):
                words.insert(0, sentence.words[first - 1])  # جلوي | بن عبدالعزيز بن مساعد: the given name before بن
            role_words = []
            inner = [
                i
                for i, w in enumerate(words[:-1])
                if i > 0
                and (self._facts(w).title or self._facts(w).honorific_title)
                and normalize(words[i - 1].text) not in _PATRONYMIC_LINKS  # جلوي بن مساعد: a father's name, not "assistant"
            ]
            if kind == "PER" and inner:
                words = words[inner[-1] :]  # جامعة الملك سعود | الدكتور فهد المطيري: a title inside starts the person
            person_at = next((i for i in inner if not self._facts(words[i]).eponym_title), None) if kind == "ORG" else None
            if person_at is not None:
                # مديرة النادي الأستاذة خيرية الحازمي: the tagger ran the body on into the title and name of a person
                body = _span(words[:person_at], text)
                if body is not None:
                    head = listed_key(words[0], self.lexicons.organisation_heads) or ""
                    yield EntityMention(body, "ORG", "ner", sentence.index, head=head)
                kind, words = "PER", words[person_at:]  # (the title is the role: below)
            while kind == "PER" and len(words) > 1 and (self._facts(words[0]).title or self._facts(words[0]).honorific_title):
                role_words.append(words.pop(0))  # دكتور عاطي بن عطية القرشي: the title is no part of the name
            span = _span(words, text)
            if kind is None or span is None or _unpaired_quote_mark(span.text):
                continue
            if role_words:
                yield EntityMention(span, kind, "ner", sentence.index, role=_span(role_words, text))
                continue
            if kind == "PER":
                given = self._facts(words[0]).given_name
                role = self._role_before(sentence, words, span, given, text) if titled else None
                if role is not None:  # المرشد الإيراني علي خامنئي: the title before the name the tagger found
                    yield EntityMention(span, kind, "ner", sentence.index, role=role)
                    continue
            head = listed_key(words[0], self.lexicons.organisation_heads) or ""
            if kind == "ORG" and head in self.lexicons.media_heads:
                kind = "MEDIA"
            yield EntityMention(span, kind, "ner", sentence.index, head=head)

    def _lost_word_before(self, before: Word, first: Word) -> bool:
        """Whether a tagged name that starts with بن/بنت, or with the second half of a compound given name (الدين),
        lost the word before it (`before`: the given name, or its first half)."""
        facts = self._facts(before)
        return (
            normalize(first.text) in _PATRONYMIC_LINKS | _SECOND_HALVES
            and before.upos in ("PROPN", "NOUN", "X")
            and not (facts.title or facts.honorific_title or facts.honorific_anaphor or facts.eponym_title)
        )

    def _organisations(self, sentence: SentenceGraph, text: str, facts: Sequence[_WordFacts]) -> Iterable[EntityMention]:
        for word, fact in _with_facts(sentence.words, facts, "organisation_head"):
            key = fact.organisation_head
            if key is None or word.upos not in ("NOUN", "PROPN", "X"):
                continue
            phrase = organisation_phrase(
                sentence,
                word,
                lambda other: self._facts(other).stops_name or self._opens_according_to(other, text),
                eponym=lambda other: self._facts(other).eponym_title,
                is_name=lambda other: self._facts(other).given_name,
            )
            span = _span(phrase, text)
            if span is None:
                continue
            media = key in self.lexicons.media_heads
            named_end = None
            if media or (len(phrase) == 1 and not _article(word)):
                # صحيفة «الشرق الأوسط», كتائب «حمزة بن عبد المطلب», حركة «فتح»: the name in marks after the head
                named_end = marked_name_end(text, span.end, sentence.words[-1].end)
            if named_end is not None and (media or len(text[span.end : named_end].split()) <= 5):
                span = Span.from_offsets(text, span.start, named_end)
            kind = "MEDIA" if media else "ORG"
            # a bare definite head (الوزارة) is an anaphor of the organisation named before; it is still a mention
            yield EntityMention(span, kind, "organisation", sentence.index, head=key)

    def _opens_according_to(self, word: Word, text: str) -> bool:
        """Whether an according-to marker (rules/lexicons/according_to.tsv) starts at the word: `وأكدت وزارة الخارجية
        القطرية وفقا لوكالة الأنباء …` names the ministry, then whom the news came through."""
        markers = self.lexicons.according_to
        if markers is None or markers.first_words.isdisjoint(word.keys):
            return False
        return markers.match_at(normalize(text[word.start : word.start + _MARKER_CHARS])) is not None

    def _is_given_name_uncached(self, word: Word) -> bool:
        bare = strip_conjunction(normalize(word.text))
        if word.text in ("على",) or bare.startswith("ال"):
            return False  # the preposition; الرياض is the city, not the name رياض
        return any(key in self.lexicons.names for key in word.keys) or bare.startswith("عبد")

    def _honorific_uncached(self, word: Word) -> bool:
        return any(key in self.lexicons.honorific_titles for key in word.keys)

    def _is_title_uncached(self, word: Word) -> bool:
        # the written form, not the lemma: الاقتصادية (economic) is no اقتصادي (economist)
        return listed_key(word, self.lexicons.titles, lemma=False) is not None

    def _name_word(self, word: Word, *, min_letters: int = 3) -> bool:
        letters = sum(char.isalpha() for char in word.text)
        return word.upos in ("PROPN", "X") and letters >= min_letters and not normalize(word.text).startswith("ال") and not is_time(word)

    def _cut_given_name(self, sentence: SentenceGraph, word: Word, text: str) -> bool:
        """ف + راس written فراس: a given name the clitic pass cut in two starts at the cut-off letter."""
        if len(word.text) != 1:
            return False
        following = _glued_next(sentence, word)
        if following is None or word.end != following.start:
            return False
        if word.base_deprel == "case" and following.upos == "NOUN":
            return False  # ب + اسم الشرطة (on behalf of the police), parsed as a preposition and its noun
        return normalize(text[word.start : following.end]) in self.lexicons.names

    def _continues_person(self, sentence: SentenceGraph, run: Sequence[Word], following: Word, given: bool, text: str) -> bool:
        """Whether `following` goes on the name `run` began: a linking particle (بن، آل، أبو), a proper noun or a
        given name; after a given name also a family name (محمد عبده، سالم الوذيناني). Not a title or time word,
        nothing across a comma or a line break."""
        if not any(char.isalpha() for char in following.text):
            return False
        if run[-1].end == following.start and len(run[-1].text) == 1 and (len(run) == 1 or following.upos in ("PROPN", "X")):
            return True  # the rest of a cut name (ف | راس، لورا ب | يرنار)
        if len(following.text) == 1 and following.text in _CUT_LETTERS and self._glued_name_after(sentence, following):
            return True  # لورا | ب يرنار: the clitic pass cut the first letter off a foreign family name
        if not _joined(run[-1], following, text) or (following.feat("Definite") == "Ind" and following.upos == "NOUN"):
            return False  # فهد بن سلطان | وفدا: an indefinite noun is the verb's object
        if following.upos == "ADJ" and following.feat("Definite") == "Ind" and following.feat("Case") == "Acc":
            if normalize(following.text).endswith("ا"):
                return False  # اختير الملا منصور | زعيما جديدا: an indefinite accusative is the verb's complement
        if normalize(following.text) in _NAME_LINKS:
            return True
        if normalize(run[-1].text) in _PATRONYMIC_LINKS and following.upos not in ("PUNCT", "VERB", "SCONJ"):
            return True  # وليد بن | على الجلال: after بن a name, even one spelled like a preposition
        if normalize(following.text) in self.lexicons.complementizers:
            return False  # تانجو بيليتش | إن …: the speech begins, whatever the tagger called إن
        if pronoun_suffixed(sentence, following):
            return False  # ماجد بن سعد الحربي | جاهزيتهم: a noun with its pronoun is the verb's object, never a name's part
        if self._facts(following).organisation_head is not None and _article(following):
            return False  # الأمير فهد بن خالد | الاتحاد السعودي: a body after the name is the verb's object or addressee
        if following.upos not in ("PROPN", "X", "NOUN", "ADJ") or self._facts(following).title or is_time(following):
            return False
        after_link = normalize(run[-1].text) in _NAME_LINKS
        # حامد بن مالح الشمري | العمل الإرهابي: one family name; a definite noun after it is the verb's object
        family = given and (len(run) == 1 or (_article(following) and not any(_article(word) for word in run)))
        return following.upos in ("PROPN", "X") or self._facts(following).given_name or after_link or family

    def _object_after_name(self, sentence: SentenceGraph, run: Sequence[Word], following: Word, tags: Sequence[str] | None) -> bool:
        """Whether a common noun after a given name is the verb's object or opens its complement, not a family name
        (`ودعا سلطان | أعضاء الحزب إلى …`، `ورفض ماجد | التعليق`، `ووصفت هدى | تنظيم المعرض بأنه …`; see
        not_a_family_name): when the parse hangs it outside the name (the verb's object), when it comes after the
        entity tagger's person has ended, or, where the tagger missed the name, when the parse does not chain it to
        a lone given name as a name's part (`flat`). Never a listed given name or title, nor a word the tagger holds
        in a name."""
        if not not_a_family_name(following) or self._facts(following).given_name or self._facts(following).title:
            return False
        if following.start <= run[-1].end:
            return False  # عبدال | لطيف: one written word the tokenizer cut, the name itself
        if normalize(run[-1].text) in _NAME_LINKS or strip_conjunction(normalize(run[0].text)) in GIVEN_NAMES_READ_AS_PREPOSITION:
            return False  # بن، أبو: a name goes on after the link; متحدث باسم الشرطة: "on behalf of", no name
        if following.head not in {word.index for word in run} and following.base_deprel in ("obj", "iobj", "obl"):
            return True
        if tags is not None and following.index <= len(tags):
            if tags[following.index - 1] != "O":
                return False
            if tags[run[-1].index - 1] in ("S-PERS", "E-PERS"):
                return True  # the tagger's person ends before the noun
            if tags[run[0].index - 1] != "O":
                return False
        return len(run) == 1 and following.base_deprel != "flat"

    @staticmethod
    def _glued_name_after(sentence: SentenceGraph, letter: Word) -> bool:
        """Whether a one-letter token is glued to a proper noun after it (ب + يرنار written بيرنار)."""
        following = _glued_next(sentence, letter)
        return (
            following is not None
            and letter.end == following.start
            and following.upos in ("PROPN", "X")
            and not normalize(following.text).startswith("ال")  # بالرياض: a preposition and a definite name
        )

    def _given_name_after_other(self, run: Sequence[Word]) -> int:
        """Where a given name follows a proper noun that is no name link (`المقاومة في عدن عبدالسلام`, `وزراء ماليزيا
        نجيب`): an Arabic name starts with the given name, so what stands before it ends the phrase before; 0 if none."""
        for index in range(1, len(run)):
            if self._facts(run[index]).given_name and normalize(run[index - 1].text) not in _NAME_LINKS:
                return index
        return 0

    def _role_before(self, sentence: SentenceGraph, run: Sequence[Word], span: Span, given: bool, text: str) -> Span | None:
        """The title phrase before the name `run` (or right after it): None unless its first word is a title."""
        role, _ = role_before(
            sentence,
            run[0],
            span.end,
            text,
            roles=self.lexicons.roles,
            honorifics=self.lexicons.honorific_titles,
            names=self.lexicons.given_names,
        )
        if role is None or not self._facts(sentence.word(_first_index(sentence, role))).title:
            return None  # a description (مسؤول، عسكري), not a title
        verb = sentence.parent(run[0].index)
        if run[0].base_deprel in ("obj", "iobj", "obl") and verb is not None and verb.upos == "VERB" and not self._speech_verb(verb):
            return None  # اتهمت وزيرة العدل السابقة بريس هورتيفي: the verb's object, not the minister's name
        if len(run) == 1 and not given and len(role.text.split()) > 1 and not self._surname_after_title(sentence, run[0], role):
            return None  # المساعدة في بدء محادثات سلام بين … أفغانستان: one proper noun after a long phrase is no person
        between = text[role.end : span.start].split()
        if between and between[0] in APPOSITION_COMMAS:
            between = between[1:]  # وزير الخارجية الإيراني، محمد جواد ظريف: an apposition
        if any(self.lexicons.honorific_titles.lookup(word) is None for word in between):
            return None  # لاعب الرائد … الجديد بعد أحمد الفريدي: something stands between the phrase and the name
        role_words = sentence.words_within(role.start, role.end)
        if self._clause_in(role_words):
            return None  # a phrase with في/بين/من … before a name is a clause, not the name's title
        if self._names_another(role_words):
            return None  # الرئيس الأمريكي باراك أوباما ووزير خارجيته | جون كيري: the title is the other person's
        return role

    @staticmethod
    def _surname_after_title(sentence: SentenceGraph, name: Word, role: Span) -> bool:
        """`الرئيس الفرنسي ماكرون`، `رئيس الوزراء نتنياهو`: a short title (up to three words, no preposition) that ends
        in a definite word, then one proper noun: the holder's family name. After a noun in construct (`وزير خارجية
        فرنسا`) the proper noun is the title's own genitive, a place."""
        words = sentence.words_within(role.start, role.end)
        return (
            0 < len(words) <= 3
            and not any(word.upos in ("ADP", "PUNCT", "CCONJ") for word in words)
            and _article(words[-1])
            and words[-1].end < name.start
            and name.upos in ("PROPN", "X")
        )

    def _names_another(self, words: Sequence[Word]) -> bool:
        """Whether the words of a phrase before a name hold another person: a given name (not a body's eponym: جامعة
        الملك فيصل), or a proper noun and then a conjunction with a second title (الرئيس الفرنسي فرانسوا هولاند | ووزير
        خارجيته)."""
        given = any(
            self._facts(word).given_name
            and not self._facts(before).eponym_title
            and normalize(before.text) not in _NAME_LINKS
            for before, word in pairwise(words)
        )
        named = next((position for position, word in enumerate(words) if word.upos in ("PROPN", "X")), None)
        second_title = named is not None and any(
            word.upos == "CCONJ" and self._facts(following).title for word, following in pairwise(words[named + 1 :])
        )
        return given or second_title

    def _speech_verb(self, verb: Word) -> bool:
        """A reporting verb whose object is what is said, never a person (قال، أوضح; not اتهم، دعا، حذر)."""
        return any(key in self.lexicons.speech_verbs for key in (verb.lemma_key, *verb.keys))

    def _clause_in(self, words: Sequence[Word]) -> bool:
        """Whether a separate preposition among the words of a phrase before a name starts a clause (المساعدة في بدء
        محادثات): not the complement of a title (المشرف العام على البرنامج، المسؤول عن الملف)."""
        for position, word in enumerate(words):
            if normalize(word.text) not in _SEPARATE_PREPOSITIONS:
                continue
            before = position - 1
            while before > 0 and words[before].upos == "ADJ" and not self._facts(words[before]).title:
                before -= 1
            if before < 0 or not self._facts(words[before]).title or normalize(word.text) not in _TITLE_COMPLEMENTS:
                return True
        return False

    def _names(
        self,
        sentence: SentenceGraph,
        text: str,
        facts: Sequence[_WordFacts],
        bodies: Sequence[Span] = (),
        *,
        titled: bool = True,
        tags: Sequence[str] | None = None,
    ) -> Iterable[EntityMention]:
        """Person names: a given name or a proper-noun chain, with the title before it (`وزير الخارجية الروسي
        سيرجي لافروف` → `سيرجي لافروف`, role `وزير الخارجية الروسي`); a lone proper noun (`لافروف`) is a
        ``name-word`` mention, which only joins a person named in full. The name of a body's eponym (`جامعة الملك
        سعود`, in `bodies`) is no person's mention. `titled`: False where no word of the sentence is a title."""
        words = sentence.words
        count = len(words)
        # only these words can start a name or a place or stand after an eponym title (at any other the loop below
        # would only move one word on): it jumps from one to the next
        candidates = list(compress(range(count), map(or_, map(_MAY_START_NAME, facts), chain((False,), map(_EPONYM_TITLE, facts)))))
        position = 0
        while position < count:
            at = bisect_left(candidates, position)
            if at == len(candidates):
                break
            position = candidates[at]
            word, fact = words[position], facts[position]
            body = _eponym_body(words, facts, position, bodies)
            if body is not None:
                while position < count and words[position].end <= body.end:
                    position += 1
                continue
            if _eponym_in_construct(words, facts, position):
                # مدينة الملك | فهد الطبية، مطار الملك | خالد الدولي: a body named for the king, whatever its head
                position += 1
                while position < count and (facts[position].given_name or normalize(words[position].text) in _NAME_LINKS):
                    position += 1
                continue
            given = fact.given_name or (len(word.text) == 1 and self._cut_given_name(sentence, word, text))
            if given and common_noun_reading(words, position):
                given = False  # في عمر السابعة ("at the age of seven"), not the name عمر
            if (
                given
                and position + 1 < count
                and strip_conjunction(normalize(word.text)) in GIVEN_NAMES_READ_AS_PREPOSITION
                and (facts[position + 1].organisation_head is not None or _definite(words[position + 1]))
            ):
                # المتحدث باسم الشرطة: "on behalf of", not the name باسم (but الدكتور عبدالله البرقان is a name)
                given = not any(before.title for before in facts[max(0, position - 3) : position])
            if fact.place_noun and position + 1 < count:
                place = self._place_after(sentence, word, text)
                if place is not None:
                    yield place
                    position = max(position + 1, next(i for i, w in enumerate(words) if w.end >= place.span.end) + 1)
                    continue
            # جو بايدن: a two-letter proper noun starts a name when a proper noun follows it
            short_first = fact.short_name_word and position + 1 < count and facts[position + 1].name_word
            starts = given or fact.name_word or short_first
            after_organisation = position > 0 and facts[position - 1].organisation_head is not None  # لوكالة | أسوشييتد برس
            if not starts or after_organisation or fact.title or fact.organisation_head is not None:
                position += 1
                continue
            run = [word]
            for following in words[position + 1 : position + NAME_WORDS]:
                if not self._continues_person(sentence, run, following, given, text):
                    break
                if given and self._object_after_name(sentence, run, following, tags):
                    break
                run.append(following)
            while len(run) > 1 and normalize(run[-1].text) in _NAME_LINKS:
                run.pop()
            if not given:
                given_at = self._given_name_after_other(run)
                if given_at:
                    position += given_at  # عدن | عبدالسلام عاطف جابر: the name starts at the given name
                    continue
            position += len(run)
            span = _span(run, text)
            if span is None:
                continue
            role = self._role_before(sentence, run, span, given, text) if titled else None
            full_name = len(run) >= 2 and (given or all(self._facts(w).short_name_word or normalize(w.text) in _NAME_LINKS for w in run))
            if role is not None or full_name:
                yield EntityMention(span, "PER", "title" if role is not None else "name", sentence.index, role=role)
            elif fact.name_word:
                yield EntityMention(span, "PER", "name-word", sentence.index)

    def _place_after(self, sentence: SentenceGraph, word: Word, text: str) -> EntityMention | None:
        """غرب بغداد، قضاء سنجار: a place noun in construct (not القضاء) and the proper noun after it."""
        if _article(word):
            return None
        run = [word]
        for following in sentence.words[word.index : word.index + NAME_WORDS]:
            if not _joined(run[-1], following, text) or following.upos not in ("PROPN", "X", "ADJ", "NOUN"):
                break
            if following.upos in ("NOUN", "ADJ") and not _definite(following) and len(run) > 1:
                break
            run.append(following)
            if following.upos in ("PROPN", "X"):
                break
        if len(run) < 2 or run[-1].upos not in ("PROPN", "X") or self._facts(run[-1]).given_name:
            return None
        span = _span(run, text)
        return None if span is None else EntityMention(span, "PLACE", "place", sentence.index)

    @staticmethod
    def _definite_title(sentence: SentenceGraph, word: Word) -> bool:
        """Of a title: الوزير، المتحدث الرسمي, or a title in construct with a definite noun (مدير الإدارة)."""
        if _article(word):
            return True
        following = sentence.word(word.index + 1) if word.index < len(sentence.words) else None
        return following is not None and _article(following)

    def _titles(
        self, sentence: SentenceGraph, text: str, names: Sequence[EntityMention], facts: Sequence[_WordFacts]
    ) -> Iterable[EntityMention]:
        """A definite title with no name after it (`المتحدث الرسمي`، `مدير الإدارة`): the person who holds it."""
        roles = [mention.role for mention in names if mention.role is not None]
        name_starts = [mention.span.start for mention in names if mention.source != "name-word"]
        for word, fact in _with_facts(sentence.words, facts, "title"):
            if not fact.title or not self._definite_title(sentence, word) or fact.honorific_title:
                continue
            if any(role.start <= word.start < role.end for role in roles):
                continue  # part of a role before a name
            parent = sentence.parent(word.index)
            if parent is not None and self._facts(parent).title and parent.index < word.index:
                continue  # نائب رئيس الوزراء: inside the outer title
            if not _source_position(sentence, word):
                continue  # لـ"الاقتصادية"، للمدير (whom one spoke to), تريد المساعدة (an object): no one who speaks
            phrase = [word]
            for following in sentence.words[word.index : word.index + TITLE_WORDS]:
                if following.upos not in ("NOUN", "ADJ") or is_time(following) or self._facts(following).given_name:
                    break
                if strip_conjunction(normalize(following.text)) != normalize(following.text):
                    break  # والمتحدث: a second phrase
                phrase.append(following)
            span = _span(phrase, text)
            if span is not None and not any(0 <= start - span.end <= 1 for start in name_starts):
                yield EntityMention(span, "TITLE", "title", sentence.index, role=span, head=listed_key(word, self.lexicons.titles) or "")

    def _groups(self, sentence: SentenceGraph, text: str, facts: Sequence[_WordFacts]) -> Iterable[EntityMention]:
        """Plural sources (`مصادر مطلعة`، `شهود عيان`) are GROUP mentions; a singular description (`مصدر مسؤول`،
        `دبلوماسي سابق`) is an unnamed person."""
        for word, fact in _with_facts(sentence.words, facts, "group_noun", "descriptor"):
            key = fact.group_noun
            kind = "GROUP"
            if key is None:
                key, kind = fact.descriptor, "PER"
            if key is None:
                continue
            if kind == "PER" and (word.upos not in ("NOUN", "PROPN") or not _source_position(sentence, word)):
                continue  # مصدر مسؤول: مسؤول describes the source; لمصدر: whom one spoke to; وهو دبلوماسي: a role
            words = [word]
            before = sentence.word(word.index - 1) if word.index > 1 else None
            if before is not None and before.upos == "NUM" and before.head == word.index:
                words.insert(0, before)  # ثلاثة مصادر
            for following in sentence.words[word.index : word.index + GROUP_WORDS]:
                if is_time(following):
                    break  # مصادر عسكرية عراقية | أمس
                described = following.upos == "ADJ" or following.base_deprel == "amod"
                construct = following.upos == "NOUN" and following.head == words[-1].index and not _definite(following)
                if not (described or construct) or not _joined(words[-1], following, text):
                    break
                words.append(following)
            span = _span(words, text)
            if span is not None:
                yield EntityMention(span, kind, "group" if kind == "GROUP" else "descriptor", sentence.index, head=key)

    def _honorific_forms(self, word: Word) -> set[str]:
        forms = {normalize(word.text), strip_conjunction(normalize(word.text)), normalize(word.token_text)}
        return forms | {form[1:] for form in forms if form.startswith(("ل", "ب"))}

    def _listed_honorific(self, written: str) -> bool:
        forms = {written, strip_conjunction(written)}
        forms |= {form[1:] for form in forms if form.startswith(("ل", "ب"))}
        return not forms.isdisjoint(self.lexicons.honorifics)

    def _honorific_anaphor(self, word: Word) -> bool:
        """سموه، معاليه، فضيلته, also with و/ف, لـ or بـ before it (لسموه); or the honorific's noun (معالي، سمو) where
        the tokenizer split its pronoun off (_honorifics asks for the pronoun after it)."""
        forms = self._honorific_forms(word)
        return not forms.isdisjoint(self.lexicons.honorifics) or not forms.isdisjoint(self._honorific_nouns)

    def _honorifics(self, sentence: SentenceGraph, text: str, facts: Sequence[_WordFacts]) -> Iterable[EntityMention]:
        for word, fact in _with_facts(sentence.words, facts, "honorific_anaphor"):
            if fact.honorific_anaphor:
                words = [word]
                if self._honorific_forms(word).isdisjoint(self.lexicons.honorifics):
                    pronoun = _glued_next(sentence, word)
                    written = normalize(text[word.start : pronoun.end]) if pronoun is not None else ""
                    if pronoun is None or pronoun.upos != "PRON" or not self._listed_honorific(written):
                        continue  # معالي الوزير: the title of a person named after it; دولتها: her state
                    words.append(pronoun)  # معالي + ه: the anaphor as written, معاليه
                span = _span(words, text)
                if span is not None:
                    yield EntityMention(span, "HONORIFIC", "honorific", sentence.index)

    def _documents(
        self, document: ParsedDocument, found: Sequence[EntityMention], facts_by_sentence: Sequence[Sequence[_WordFacts]]
    ) -> Iterable[EntityMention]:
        """`بيان لوزارة الداخلية`، `تقرير صادر عن الهيئة`: the statement, with the issuer a mention found above names."""
        issuers = [mention for mention in found if mention.kind in ("ORG", "MEDIA", "PER", "GROUP")]
        for sentence, facts in zip(document.sentences, facts_by_sentence, strict=True):
            for word, fact in _with_facts(sentence.words, facts, "document_noun"):
                noun = fact.document_noun
                if noun is None:
                    continue
                issuer = self._issuer_after(sentence, word, issuers)
                if issuer is not None:
                    span = Span.from_offsets(document.text, word.start, issuer.span.end)
                    yield EntityMention(span, "DOC", "document", sentence.index, issuer=issuer.span, head=noun)
                    continue
                own = _span([word], document.text)
                issuer = self._issuing_subject(sentence, word, issuers)
                # (a subject no finder named, وقال البيت الأبيض في بيان, is found once the rules' speakers join)
                issuer_span = issuer.span if issuer is not None else _unnamed_issuer(sentence, word, document.text)
                if own is not None and (issuer_span is not None or _definite(word)):
                    # أصدرت الوزارة بيانا (the subject issued it); البيان (the statement named before)
                    yield EntityMention(own, "DOC", "document", sentence.index, issuer=issuer_span, head=noun)

    @staticmethod
    def _issuing_subject(sentence: SentenceGraph, noun: Word, issuers: Sequence[EntityMention]) -> EntityMention | None:
        """The subject of the verb whose object the statement is (أصدرت وزارة الداخلية بيانا), or that spoke in it
        (وقالت السفارة في بيان: a later البيان is the embassy's)."""
        for subject in _issuing_subjects(sentence, noun):
            for mention in issuers:
                if mention.sentence_index == sentence.index and mention.span.start <= subject.start < mention.span.end:
                    return mention
        return None

    @staticmethod
    def _issuer_after(sentence: SentenceGraph, noun: Word, issuers: Sequence[EntityMention]) -> EntityMention | None:
        """The issuer mention that starts within three words after the noun, after صادر/عن/من/لـ."""
        window = sentence.words[noun.index : noun.index + 3]
        if not window:
            return None
        markers = [w for w in window if normalize(w.text) in _ISSUER_MARKERS | _ISSUED or normalize(w.text).startswith("ل")]
        if not markers:
            return None
        limit = window[-1].end
        for mention in issuers:
            if mention.sentence_index == sentence.index and noun.end <= mention.span.start <= limit + 2:
                return mention
        return None


def _issuing_subjects(sentence: SentenceGraph, noun: Word) -> list[Word]:
    """The subjects of the verb whose object a statement is, or that spoke in it (في بيان)."""
    verb = sentence.parent(noun.index)
    if verb is None or verb.upos != "VERB":
        return []
    spoken_in = noun.base_deprel == "obl" and any(
        child.base_deprel == "case" and normalize(child.text) == "في" for child in sentence.children(noun.index)
    )
    if noun.base_deprel != "obj" and not spoken_in:
        return []
    return [child for child in sentence.children(verb.index) if child.base_deprel == "nsubj"]


def _unnamed_issuer(sentence: SentenceGraph, noun: Word, text: str) -> Span | None:
    """The subject word of a statement's verb that no finder found a mention for (`وقال البيت الأبيض في بيان`): the
    issuer, where the rules' speaker phrase that starts there joins the table."""
    subjects = [word for word in _issuing_subjects(sentence, noun) if word.upos in ("NOUN", "PROPN", "X")]
    return _span(subjects[:1], text) if subjects else None


#: Where an unnamed person or a bare title stands as someone who speaks: a subject, or after عن/من (نقلا عن مصدر).
_SOURCE_RELATIONS = frozenset(("nsubj", "root", "conj", "appos"))
_SOURCE_PREPOSITIONS = frozenset(normalize(word) for word in ("عن", "من", "لدى"))


def _source_position(sentence: SentenceGraph, word: Word) -> bool:
    cases = [normalize(child.text) for child in sentence.children(word.index) if child.base_deprel == "case"]
    if cases:
        return all(case in _SOURCE_PREPOSITIONS for case in cases)
    return word.base_deprel in _SOURCE_RELATIONS


def _joined(previous: Word, following: Word, text: str) -> bool:
    """Whether only spaces stand between two words (no line break, comma, quotation mark or other punctuation)."""
    between = text[previous.end : following.start]
    if is_quote_mark(previous.text[-1:]) or is_quote_mark(following.text[:1]):
        return False  # أودو | “لقد …: a name ends where a quotation begins
    return not between or (between.isspace() and "\n" not in between)


def _unpaired_quote_mark(text: str) -> bool:
    """Whether a phrase holds a quotation mark without its pair (`الصحيفة “كيف`): it runs into a quotation."""
    straight = text.count('"') % 2 == 1
    return straight or sum(text.count(mark) for mark in "«“") != sum(text.count(mark) for mark in "»”")


def _first_index(sentence: SentenceGraph, span: Span) -> int:
    return next(word.index for word in sentence.words if word.end > span.start)


#: Which finder wins when two give the same span: the tagger's type over the rules' guess, a name over a title.
_PRECEDENCE = {
    "document": 0,
    "title": 1,
    "ner": 2,
    "name": 3,
    "organisation": 4,
    "group": 5,
    "descriptor": 5,
    "honorific": 6,
    "name-word": 7,
    "place": 7,
    "speaker": 8,
}


def _from_tagged_person(mentions: list[EntityMention], text: str) -> list[EntityMention]:
    """A person's name the finders ran on from a place or body the entity tagger found before it starts where the
    tagger's person does: `شرطة لوس أنجلوس | أندرو سميث` (the parse chained the proper nouns with `flat`)."""
    tagged = [m for m in mentions if m.source == "ner"]
    people = [m for m in tagged if m.kind == "PER"]
    others = [m for m in tagged if m.kind in ("PLACE", "ORG", "MEDIA")]
    result = []
    for mention in mentions:
        if mention.kind == "PER" and mention.source != "ner":
            person = next(
                (
                    p
                    for p in people
                    if mention.span.start < p.span.start
                    and p.span.end <= mention.span.end
                    and any(mention.span.start < o.span.end <= p.span.start for o in others)
                ),
                None,
            )
            if person is not None:
                role = mention.role
                if role is not None and role.end <= person.span.start:  # the title runs on to the person's name
                    role = Span.from_offsets(text, role.start, end_before_spaces(text, person.span.start))
                mention = attrs.evolve(mention, span=Span.from_offsets(text, person.span.start, mention.span.end), role=role)
        result.append(mention)
    return result


def _outside_bodies(mention: EntityMention, bodies: Sequence[EntityMention], text: str) -> EntityMention:
    """A tagged person that starts inside a body's name starts after it: `لجامعة الملك عبدالعزيز | خالد الغامدي`."""
    if mention.kind != "PER":
        return mention
    for body in bodies:
        if body.span.start <= mention.span.start < body.span.end < mention.span.end:
            rest = text[body.span.end : mention.span.end]
            start = body.span.end + len(rest) - len(rest.lstrip())
            role = mention.role
            if role is not None and role.end <= mention.span.start:
                role = Span.from_offsets(text, role.start, body.span.end)
            return attrs.evolve(mention, span=Span.from_offsets(text, start, mention.span.end), role=role)
    return mention


def _written_starts(mentions: Iterable[EntityMention], text: str) -> Iterator[EntityMention]:
    """Each mention from where its first word starts as written: `للبيان`, not `لبيان` (ل + لبيان is لل + البيان cut
    after its first letter), as the quotes' speakers are (coref), so that a speaker finds its mention."""
    for mention in mentions:
        start = article_cut_start(text, mention.span.start)
        yield mention if start == mention.span.start else attrs.evolve(mention, span=Span.from_offsets(text, start, mention.span.end))


#: A content that may open with a preposition, by its spelling: a word that starts with ب، ل or ك (بمقتل، لكرة; also
#: باب or لجنة, which are left out as well), or a preposition written apart (إلى ضرورة).
_OPENS_WITH_PREPOSITION = re.compile(r"(?:ب|ل|ك)\w|(?:إلى|الى|على|علي|عن|من|في|مع)\s")
#: A content's own preposition written apart before it, left at the end of a mention cut there.
_CONTENT_PREPOSITIONS = _ISSUER_MARKERS | {"ب", "بـ"}


def outside_contents(mentions: Sequence[EntityMention], contents: Sequence[Span], text: str) -> tuple[EntityMention, ...]:
    """The mentions cut where a quote's content starts inside them: a source's name never runs into what it is quoted
    saying (`أعلنت هيئة الهلال الأحمر السعودي | فتح باب التقديم …`: the verbal noun the parse hung on the body). A
    content that opens with a preposition is left out: the parse may have started it inside the body's own name
    (`ودعت الإدارة العامة للتعليم | بمنطقة الرياض أولياء الأمور إلى …`). A mention that would keep no word, or end
    with a name link, is left as it was."""
    starts = sorted({content.start for content in contents if not _OPENS_WITH_PREPOSITION.match(text, content.start)})
    if not starts:
        return tuple(mentions)
    cut: list[EntityMention] = []
    for mention in mentions:
        at = bisect_left(starts, mention.span.start + 1)
        if at < len(starts) and starts[at] < mention.span.end:
            span = Span.from_offsets(text, mention.span.start, starts[at])
            words = span.text.split()
            while words and normalize(words[-1]) in _CONTENT_PREPOSITIONS:
                words.pop()  # (the content's own preposition, written apart)
            if words and normalize(words[-1]) not in _NAME_LINKS:  # (خالد بن | طالب: a name, whatever was read as a cue)
                span = Span.from_offsets(text, mention.span.start, mention.span.start + len(" ".join(words)))
                if span.text == " ".join(words):
                    mention = attrs.evolve(mention, span=span)
        cut.append(mention)
    return tuple(cut)


def _deduplicated(mentions: Iterable[EntityMention]) -> list[EntityMention]:
    best: dict[tuple[int, int], EntityMention] = {}
    for mention in mentions:
        key = (mention.span.start, mention.span.end)
        known = best.get(key)
        if known is None or _PRECEDENCE[mention.source] < _PRECEDENCE[known.source]:
            if known is not None and known.role is not None and mention.role is None:
                mention = attrs.evolve(mention, role=known.role)
            best[key] = mention
    return sorted(best.values(), key=lambda m: (m.span.start, -m.span.end))
