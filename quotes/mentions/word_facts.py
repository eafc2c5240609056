"""What a word is to the mention finders, read off its spelling once: a given name, a title, an organisation head, a
group noun, a descriptor, a document noun, an honorific (see WordFacts), each by its listed reading (with or
without و/ف and ال, or its lemma). A corpus repeats its words, so the answers are remembered per spelling
(_BySpelling) by the one WordReader that every finder receives. Reads the lexicons (MentionLexicons) and the word.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from itertools import compress, repeat
from operator import attrgetter
from typing import Any, Generic, NamedTuple, TypeVar

from quotes.grammar.loader import word_set
from quotes.graph import Word
from quotes.mentions.lexicons import MentionLexicons
from quotes.normalize import form_keys, normalize, strip_article, strip_conjunction
from quotes.speakers import is_time
from quotes.speakers.words import construct_plural, sound_plural


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
_Answer = TypeVar("_Answer")


class WordFacts(NamedTuple):
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
    #: a given name, name word or place noun (or the first half of a compound given name): with the one-letter words
    #: that start a given name the clitic pass cut (ف | راس, which the name finder reads off the next word), the only
    #: words where the name finder starts a name or a place (see names.find_names)
    may_start_name: bool
    #: a plural of people that may head a group (الوزراء، الحضور، اللاعبون، مهندسين): its reading as listed
    #: (people_plurals), or the sound plural as written (see sound_plural)
    people_plural: str | None = None
    #: a quantifier (عدد، بعض، كثير …): with من and a plural of people after it, a group (عدد من الأهالي)
    quantifier: str | None = None
    #: the first half of a compound given name written apart (عز، نور before الدين): the name finder reads the pair only
    #: at these words (quotes.speakers.compound_given_name)
    compound_first: bool = False


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


#: A word's spelling as _BySpelling keys it.
_SPELLING = attrgetter("spelling")


def with_facts(words: Sequence[Word], facts: Sequence[WordFacts], *names: str) -> Iterator[tuple[Word, WordFacts]]:
    """The words, with their facts, in order, that have one of the named facts (true, or a listed key: never empty):
    most words of a sentence are nothing a finder looks for, and are passed over without a step of Python each."""
    found = map(attrgetter(names[0]), facts) if len(names) == 1 else map(any, map(attrgetter(*names), facts))
    return compress(zip(words, facts, strict=True), found)


#: The first halves of compound given names written apart (rules/lexicons/compound_given_names.tsv: عز، نور …).
_COMPOUND_FIRST_HALVES = word_set("compound_given_names")


def nominative_plural(key: str) -> str:
    """One reading for a masculine sound plural in every case and in construct (مسؤولو الوزارة، المسؤولين، المسؤولون
    → مسوولون), so that a group named so is one group however the sentence inflects it; other words as they are."""
    if construct_plural(key):
        return key + "ن"
    if key.endswith("ين") and sound_plural(key):
        return key[:-2] + "ون"
    return key


def written_in_construct(word: Word) -> bool:
    """Whether a common noun is written as a masculine sound plural in construct (مسؤولو الوزارة، منظمو المهرجان); not
    a name that ends so (لموسكو، مارسيلو: proper nouns to the tagger). The tagger's definiteness of it varies."""
    return word.upos == "NOUN" and construct_plural(strip_article(strip_conjunction(normalize(word.text))))


def honorific_forms(word: Word) -> set[str]:
    """The forms an honorific anaphor is read off: the word, without و/ف, its written token, each without a glued لـ/بـ."""
    forms = {normalize(word.text), strip_conjunction(normalize(word.text)), normalize(word.token_text)}
    return forms | {form[1:] for form in forms if form.startswith(("ل", "ب"))}


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


class WordReader:
    """What the finders read: the lexicons, and the facts of each word (see WordFacts), answered together once per
    spelling; one reader per MentionFinder, handed to every finder."""

    def __init__(self, lexicons: MentionLexicons) -> None:
        self.lexicons = lexicons
        # what the finders ask of every word, answered together and remembered per spelling (see _BySpelling):
        # one memory, not one per question, so a long run's memory stays small
        self.facts = _BySpelling(self._word_facts)
        self.honorific_nouns = _honorific_nouns(lexicons.honorifics)

    def _word_facts(self, word: Word) -> WordFacts:
        lexicons = self.lexicons
        given_name = self._is_given_name_uncached(word)
        place_noun = listed_key(word, lexicons.place_nouns) is not None
        name_word = self._name_word(word)
        short_name_word = self._name_word(word, min_letters=2)
        people_plural = self._plural_of_people(word)
        # منظمو المهرجان: a plural of people in construct, which a lemmatizer may read as a body's head (منظمة)
        in_construct = people_plural is not None and written_in_construct(word)
        compound_first = self._compound_first(word)
        return WordFacts(
            given_name,
            place_noun,
            name_word,
            short_name_word,
            self._is_title_uncached(word),
            None if in_construct else listed_key(word, lexicons.organisation_heads),
            listed_key(word, lexicons.group_nouns),
            listed_key(word, lexicons.descriptors),
            listed_key(word, lexicons.document_nouns),
            self._honorific_uncached(word),
            self._stops_name_uncached(word),
            self._honorific_anaphor(word),
            listed_key(word, lexicons.eponym_titles, lemma=False) is not None,
            given_name or place_noun or name_word or short_name_word or compound_first,
            people_plural,
            listed_key(word, lexicons.quantifiers, lemma=False),
            compound_first,
        )

    def _plural_of_people(self, word: Word) -> str | None:
        lexicons = self.lexicons
        listed = listed_key(word, lexicons.people_plurals)
        if listed is not None:
            return listed
        if word.upos not in ("NOUN", "PROPN") or listed_key(word, lexicons.participles, lemma=False) is not None:
            return None  # مؤكدين، مشيرين: a cue's participle
        bare = strip_article(strip_conjunction(normalize(word.text)))
        return bare if sound_plural(bare) else None

    def _stops_name_uncached(self, word: Word) -> bool:
        # a person's name or role ends an organisation's name (الهيئة العامة للطيران المدني | سليمان الحمدان), and so
        # does what it issued (أصدرت وزارة الداخلية | بيانا)
        return (
            self._is_given_name_uncached(word)  # listed or عبد… (عبدالرقيب), not the city الرياض of the name رياض
            or listed_key(word, self.lexicons.titles) is not None
            or listed_key(word, self.lexicons.document_nouns) is not None
        )

    def _is_given_name_uncached(self, word: Word) -> bool:
        bare = strip_conjunction(normalize(word.text))
        if word.text in ("على",) or bare.startswith("ال"):
            return False  # the preposition; الرياض is the city, not the name رياض
        return any(key in self.lexicons.names for key in word.keys) or bare.startswith("عبد")

    @staticmethod
    def _compound_first(word: Word) -> bool:
        """عز، نور، محيي: the first half of a compound given name written apart with الدين (compound_given_names.tsv),
        where a name may start; the finder reads the pair in its sentence (quotes.speakers.compound_given_name)."""
        return strip_conjunction(normalize(word.text)) in _COMPOUND_FIRST_HALVES

    def _honorific_uncached(self, word: Word) -> bool:
        return any(key in self.lexicons.honorific_titles for key in word.keys)

    def _is_title_uncached(self, word: Word) -> bool:
        # the written form, not the lemma: الاقتصادية (economic) is no اقتصادي (economist)
        return listed_key(word, self.lexicons.titles, lemma=False) is not None

    def _name_word(self, word: Word, *, min_letters: int = 3) -> bool:
        letters = sum(char.isalpha() for char in word.text)
        return (
            word.upos in ("PROPN", "X")
            and letters >= min_letters
            and not normalize(word.text).startswith("ال")
            and not is_time(word)
            # ويعلق الباحث سامر قائلا: the cue's participle, which the tagger may call a proper noun, is no name word
            and listed_key(word, self.lexicons.participles, lemma=False) is None
        )

    def _honorific_anaphor(self, word: Word) -> bool:
        """سموه، معاليه، فضيلته, also with و/ف, لـ or بـ before it (لسموه); or the honorific's noun (معالي، سمو) where
        the tokenizer split its pronoun off (find_honorifics asks for the pronoun after it)."""
        forms = honorific_forms(word)
        return not forms.isdisjoint(self.lexicons.honorifics) or not forms.isdisjoint(self.honorific_nouns)
