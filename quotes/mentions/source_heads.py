"""Whether a speaker phrase names a source, read off its head word (the spec: a source is a person, an organisation, a
group, a medium or a document).

The rules' speaker slot is whatever word the parse made the cue's subject. A phrase no finder found names a source
when its head (the word whose parent lies outside the phrase: in the construct chain `رحلة أوباما` رحلة, in `وزير
خارجية أمريكا` وزير) is:

- a name or a pronoun (PROPN, X, PRON: the tagger's name words and the anaphors), an adjective standing as a noun
  (`المسؤول`، `الجهادي`), a given name or a word the document's names are made of;
- a title or role noun, an organisation or medium head, a public service, a group noun, a plural of people (listed, or
  a masculine sound plural: `مسؤولون`، `ممثلو`، `موظفي`), a quantifier (`عدد من …`), a statement or document noun,
  an honorific anaphor;
- a number counting a noun not refused below (`ثلاثة مصادر`، `آلاف من سكان القرية`), a demonstrative whose noun is.

It names none when its head is a word of a position in time before a time word (`آخر الليل`، `منتصف الأسبوع`:
rules/lexicons/time_positions.tsv), a number that counts nothing, or counts a noun refused here (`ألف قتيل`), a verbal
noun of the derived verb forms, read by its pattern (افتعال، انفعال، استفعال and their plurals in ات: `الافتتاح`،
`الانتصارات`، `استقبال`), or a noun of rules/lexicons/non_source_nouns.tsv (events, trips, abstract nouns: `رحلة`،
`الأمر`، `المثل`). Any other common noun is given the benefit of the doubt: a word list cannot hold every noun of
people (`ساكن`، `مزارع`، `أصدقاء`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quotes.grammar.loader import bundled_lexicon, marked_words, word_set
from quotes.graph import SentenceGraph, Word
from quotes.mentions.word_facts import WordReader, listed_key
from quotes.normalize import normalize, strip_article, strip_conjunction
from quotes.speakers.words import is_time, names_a_period

#: Heads that are names: a source whatever their word.
_NAME_TAGS = frozenset(("PROPN", "X"))
#: Heads that are names, anaphors, or adjectives standing as nouns: a source, unless listed as none (ما).
_SOURCE_TAGS = frozenset(("PROPN", "X", "PRON", "ADJ"))
#: A statement or report as a subject (speech_nouns: بيان، تصريح، معلومات …) carries its issuer's words.
_SPEECH_NOUNS = word_set("speech_nouns")
#: Bodies named by a verbal noun of a derived form (الائتلاف، الاحتلال): sources the pattern below would refuse.
_BODIES = marked_words("non_source_nouns", "body")
_NON_SOURCE_NOUNS = word_set("non_source_nouns") - _BODIES
_DEMONSTRATIVES = word_set("demonstratives")
#: Words of a position in time (آخر، منتصف، نهاية): before a time word the phrase says when (rules/lexicons/time_positions.tsv).
_TIME_POSITIONS = word_set("time_positions")
_NUMERALS = word_set("numerals")
_GOD = normalize("الله")
#: The verbal nouns of verb forms VII, VIII and X, written without ال (a hamza seat is a letter): انفعال، افتعال
#: (افتتاح، اختلاف، انتصار، انخفاض), استفعال (استقبال), and their plurals in ات. None names a person; a body named
#: by one (الائتلاف، الاستخبارات) is an organisation head, read before.
_DERIVED_VERBAL_NOUN = re.compile(r"^(?:ا[^اوي]ت[^اوي]ا[^اوي]|ان[^اوي][^اوي]ا[^اوي]|است[^اوي][^اوي]ا[^اوي])(?:ات)?$")


def phrase_head(sentence: SentenceGraph, words: Sequence[Word]) -> Word | None:
    """The word of `words` whose parent lies outside them (the first such), else the first word."""
    if not words:
        return None
    inside = {word.index for word in words}
    return next((word for word in words if word.head not in inside), words[0])


def why_no_source(reader: WordReader, sentence: SentenceGraph, words: Sequence[Word]) -> str | None:
    """What the phrase of `words` names instead of a source (`a number`, `an event or abstract noun`, `a verbal
    noun`), or None when its head may name a source."""
    head = phrase_head(sentence, words)
    if head is None:
        return None
    if _bare(head) in _DEMONSTRATIVES:
        head = _next_in(words, head) or head  # هذا الافتتاح: the noun decides
    if _bare(head) in _TIME_POSITIONS and _time_follows(sentence, head):
        return "a time"  # آخر الليل، منتصف الأسبوع: when, not who (the parse made آخر the verb's subject)
    if head.upos == "NUM" or _bare(head) in _NUMERALS or _bare(head).isdigit():
        counted = _counted(words, head)
        if counted is None or (not _names_source(reader, counted) and refused_noun(counted) is not None):
            return "a number"  # ألف قتيل، 2019
        return None  # ثلاثة مصادر، 7 لاعبين، آلاف من سكان القرية (and, in doubt, any noun counted)
    if head.upos in _NAME_TAGS:
        return None
    if head.upos in ("NOUN", "PRON") and _listed_as_no_source(reader, head):
        return "an event or abstract noun"  # (ما حصل: "what happened", which the tagger calls a pronoun)
    if _names_source(reader, head) or head.upos != "NOUN":
        return None
    return refused_noun(head)


def _listed_as_no_source(reader: WordReader, word: Word) -> bool:
    """Whether the event and abstract nouns list `word` as written, or by its lemma where the written word names no
    source: `الكثيرين` (many people, a listed quantifier), which the lemmatizer read as مثل (a proverb), speaks."""
    if listed_key(word, _NON_SOURCE_NOUNS, lemma=False) is not None:
        return True
    return listed_key(word, _NON_SOURCE_NOUNS) is not None and not _names_source(reader, word)


def refused_noun(word: Word) -> str | None:
    """Why a noun names no source by itself: a verbal noun of a derived form, or a listed event or abstract noun."""
    if word.upos != "NOUN" or listed_key(word, _BODIES) is not None:
        return None
    if _DERIVED_VERBAL_NOUN.match(_bare(word)):
        return "a verbal noun"
    if listed_key(word, _NON_SOURCE_NOUNS) is not None:
        return "an event or abstract noun"
    return None


def _counted(words: Sequence[Word], number: Word) -> Word | None:
    """The noun a number counts: the next word of the phrase, past من (`آلاف من سكان …`)."""
    counted = _next_in(words, number)
    if counted is not None and counted.upos == "ADP":
        counted = _next_in(words, counted)
    return counted


def addressed_in_prayer(speaker: str, cue_lemma: str) -> bool:
    """Whether the speaker is God addressed by a verb of appeal (`دعا الله أن يفرج …`: someone prays to God, who is
    the verb's object the parse made its subject); God quoted as scripture (`قال الله تعالى`) stays a source."""
    words = normalize(speaker).split()
    return bool(words) and words[0] == _GOD and _appeal(normalize(cue_lemma))


def _appeal(lemma: str) -> bool:
    entry = bundled_lexicon("reporting_verbs").entries.get(strip_conjunction(lemma))
    return entry is not None and entry.get("class") == "appeal"


def _names_source(reader: WordReader, word: Word) -> bool:
    """Whether `word` alone may name a source: a name, a pronoun, a listed noun of people, bodies or documents."""
    if word.upos in _SOURCE_TAGS:
        return True
    facts = reader.facts(word)
    lexicons = reader.lexicons
    return bool(
        facts.given_name
        or facts.name_word
        or facts.title
        or facts.organisation_head
        or facts.group_noun
        or facts.descriptor
        or facts.document_noun
        or facts.honorific_anaphor
        or facts.eponym_title
        or facts.people_plural
        or facts.quantifier
        or listed_key(word, lexicons.institutions) is not None
        or listed_key(word, _SPEECH_NOUNS) is not None
    )


def _time_follows(sentence: SentenceGraph, word: Word) -> bool:
    """Whether the word after it is a time word or names a stretch of time (الليل، الأسبوع، العام), inside the phrase
    or not (a speaker phrase leaves a time word out)."""
    following = sentence.word_after(word)
    return following is not None and (is_time(following) or names_a_period(following.text))


def _next_in(words: Sequence[Word], word: Word) -> Word | None:
    return next((other for other in words if other.index > word.index), None)


def _bare(word: Word) -> str:
    return strip_article(strip_conjunction(normalize(word.text)))
