"""Bare titles: a definite title with no name after it (`المتحدث الرسمي`، `مدير الإدارة`), a TITLE mention that
stands for the person who holds it, where it stands as someone who speaks. Reads the word facts and the names
found in the sentence (their roles and starts).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from quotes.graph import SentenceGraph, Word
from quotes.mentions.model import EntityMention
from quotes.mentions.word_facts import WordFacts, WordReader, listed_key, with_facts
from quotes.mentions.words import source_position, span_of
from quotes.normalize import normalize, strip_conjunction
from quotes.speakers import is_time
from quotes.speakers.words import article, not_a_family_name

#: A bare title: at most this many words after its title word.
TITLE_WORDS = 4


def find_titles(
    reader: WordReader, sentence: SentenceGraph, text: str, names: Sequence[EntityMention], facts: Sequence[WordFacts]
) -> Iterable[EntityMention]:
    """A definite title with no name after it (`المتحدث الرسمي`، `مدير الإدارة`): the person who holds it."""
    roles = [mention.role for mention in names if mention.role is not None]
    name_starts = [mention.span.start for mention in names if mention.source != "name-word"]
    for word, fact in with_facts(sentence.words, facts, "title"):
        if not fact.title or not _definite_title(sentence, word) or fact.honorific_title:
            continue
        if any(role.start <= word.start < role.end for role in roles):
            continue  # part of a role before a name
        parent = sentence.parent(word.index)
        if parent is not None and reader.facts(parent).title and parent.index < word.index:
            continue  # نائب رئيس الوزراء: inside the outer title
        if not source_position(sentence, word) and not _issued_a_statement(reader, sentence, word, parent):
            continue  # لـ"الاقتصادية"، للمدير (whom one spoke to), تريد المساعدة (an object): no one who speaks
        phrase = [word]
        for following in sentence.words[word.index : word.index + TITLE_WORDS]:
            if following.upos not in ("NOUN", "ADJ") or is_time(following) or reader.facts(following).given_name:
                break
            if strip_conjunction(normalize(following.text)) != normalize(following.text):
                break  # والمتحدث: a second phrase
            if following.upos == "NOUN" and article(phrase[-1]) and not article(following) and not reader.facts(following).title:
                # وأصدر المفتش العام | بيانا: a word with the article governs no genitive; the verb's object (but a second
                # title in apposition goes on: وزير العدل رئيس المجلس الأعلى)
                break
            if following.upos == "ADJ" and article(phrase[-1]) and not article(following):
                break  # أن الفريق | جاهز: an adjective without the article after a definite word is what is said of it
            if following.upos == "NOUN" and article(phrase[-1]) and _definite_noun_of_its_own(reader, following):
                break  # ووصف الوزير | القرار بأنه …: a definite noun is neither the title's genitive nor its adjective
            phrase.append(following)
        span = span_of(phrase, text)
        if span is not None and not any(0 <= start - span.end <= 1 for start in name_starts):
            yield EntityMention(span, "TITLE", "title", sentence.index, role=span, head=listed_key(word, reader.lexicons.titles) or "")


def _definite_noun_of_its_own(reader: WordReader, word: Word) -> bool:
    """A noun with the article that no title phrase goes on with after a definite word: a statement or document
    (القرار، البيان), a definite plural or a verbal noun of a derived verb (الاتفاق، التعليق), what the verb acts on;
    not a title, a descriptor or a name (الوزير العساف: a family name goes on)."""
    facts = reader.facts(word)
    if not article(word) or facts.title or facts.descriptor is not None or facts.given_name:
        return False
    return facts.document_noun is not None or not_a_family_name(word)


def _issued_a_statement(reader: WordReader, sentence: SentenceGraph, word: Word, parent: Word | None) -> bool:
    """Whether the title is the genitive of a statement right before it (`تعميم | وزير الصحة`، `خطاب | الأمين العام`):
    whoever holds it issued the statement, which may speak later (`ويقول التعميم`)."""
    return (
        parent is not None
        and parent.index == word.index - 1
        and word.base_deprel == "nmod"
        and reader.facts(parent).document_noun is not None
        and not article(parent)
    )


def _definite_title(sentence: SentenceGraph, word: Word) -> bool:
    """Of a title: الوزير، المتحدث الرسمي, or a title in construct with a definite noun (مدير الإدارة)."""
    if article(word):
        return True
    following = sentence.word_after(word)
    return following is not None and article(following)
