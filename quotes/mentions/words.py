"""Facts of words in running text that every finder asks: the span a run of words covers, what is glued to a word,
whether it is written with the article or is definite, whether only spaces join two words, whether a phrase runs
into a quotation, whether a word stands where someone speaks; and the words that link a name (بن، آل، أبو).
Reads the sentence and the document's text only.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

from quotes.grammar.loader import marked_words, name_link_words, word_set
from quotes.graph import SentenceGraph, Word
from quotes.model import Span
from quotes.normalize import normalize, strip_article
from quotes.quotemarks import is_quote_mark

#: A person's name: at most this many words (عبدالله بن عبدالعزيز آل سعود), read by the name and the place finders.
NAME_WORDS = 6
#: The words that link the parts of a name (بن، آل، أبو): a name goes on after them and never ends with them.
NAME_LINKS = name_link_words("link")  # rules/lexicons/name_links.tsv, normalised
#: The words that say "son/daughter of": a name always follows them.
PATRONYMIC_LINKS = name_link_words("patronymic")  # rules/lexicons/name_links.tsv
#: The prepositions that name a statement's issuer after it (بيان عن الوزارة، بيان لوزارة الداخلية).
ISSUER_MARKERS = frozenset(normalize(word) for word in ("عن", "من", "ل", "لل"))
#: The participle that says a statement or report was issued (`تقرير … الصادر عن`، `الصادر مؤخرا`): it describes the
#: report, so no body's name goes on through it.
ISSUED = word_set("issued_words")
#: The region or town an office sits in, or a group of people belongs to (منطقة، محافظة، مدينة: office_regions.tsv),
#: normalised, without the article.
OFFICE_REGIONS = frozenset(strip_article(normalize(word)) for word in word_set("office_regions"))
#: Epithets that name their one holder by themselves (rules/lexicons/honorifics.tsv, column `alone`: خادم الحرمين
#: الشريفين), as normalised word sequences; their first words, which a sentence's words are tested against first.
EPITHETS = frozenset(tuple(epithet.split()) for epithet in marked_words("honorifics", "alone"))
_EPITHET_OPENINGS = frozenset(epithet[0] for epithet in EPITHETS)
_START = attrgetter("start")
_END = attrgetter("end")


def span_of(words: Sequence[Word], text: str) -> Span | None:
    """The span from the first word's start to the last word's end; None for no words or an empty span."""
    if not words:
        return None
    span = Span.from_offsets(text, min(map(_START, words)), max(map(_END, words)))
    return span if span.text else None


def glued_next(sentence: SentenceGraph, word: Word) -> Word | None:
    """The next word when it is written glued to this one (ل + الوزارة, ف + راس), else None."""
    following = sentence.word_after(word)
    return following if following is not None and following.start <= word.end else None


def definite(word: Word) -> bool:
    """Whether the word is written with the article or a glued لـ (الوزارة، للوزارة)."""
    return normalize(word.text).startswith(("ال", "ل"))


def joined(previous: Word, following: Word, text: str) -> bool:
    """Whether only spaces stand between two words (no line break, comma, quotation mark or other punctuation)."""
    between = text[previous.end : following.start]
    if is_quote_mark(previous.text[-1:]) or is_quote_mark(following.text[:1]):
        return False  # أودو | “لقد …: a name ends where a quotation begins
    return not between or (between.isspace() and "\n" not in between)


def unpaired_quote_mark(text: str) -> bool:
    """Whether a phrase holds a quotation mark without its pair (`الصحيفة “كيف`): it runs into a quotation."""
    straight = text.count('"') % 2 == 1
    return straight or sum(text.count(mark) for mark in "«“") != sum(text.count(mark) for mark in "»”")


#: Where an unnamed person or a bare title stands as someone who speaks: a subject, or after عن/من (نقلا عن مصدر).
_SOURCE_RELATIONS = frozenset(("nsubj", "root", "conj", "appos"))
_SOURCE_PREPOSITIONS = frozenset(normalize(word) for word in ("عن", "من", "لدى"))


def source_position(sentence: SentenceGraph, word: Word) -> bool:
    """Whether the word stands where someone speaks: a subject, root, conjunct or apposition, or after عن/من/لدى."""
    cases = [normalize(child.text) for child in sentence.children(word.index) if child.base_deprel == "case"]
    if cases:
        return all(case in _SOURCE_PREPOSITIONS for case in cases)
    return word.base_deprel in _SOURCE_RELATIONS


def opens_epithet(word: Word) -> bool:
    """Whether an epithet of ``honorifics.tsv`` may start at the word (خادم of خادم الحرمين الشريفين)."""
    return not _EPITHET_OPENINGS.isdisjoint(word.keys)
