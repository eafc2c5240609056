"""Honorific anaphors (`سموه`، `معاليه`، `فضيلته`, also as the tokenizer splits them: معالي + ه) as HONORIFIC
mentions, and the honorific noun each person's name or anaphor holds (`صاحب السمو الملكي الأمير …` → سمو): whom
سموه may stand for. Reads the word facts (honorific_anaphor) and the honorific nouns of the reader.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from quotes.grammar.loader import marked_words
from quotes.graph import ParsedDocument, SentenceGraph
from quotes.mentions.model import EntityMention
from quotes.mentions.word_facts import WordFacts, WordReader, honorific_forms, with_facts
from quotes.mentions.words import EPITHETS, glued_next, opens_epithet, source_position, span_of
from quotes.normalize import normalize, strip_article, strip_conjunction

#: How many words before a person's name may hold the honorific noun that introduces it (صاحب السمو الملكي الأمير).
_HONOURED_WINDOW = 5


def find_honorifics(reader: WordReader, sentence: SentenceGraph, text: str, facts: Sequence[WordFacts]) -> Iterable[EntityMention]:
    """The honorific anaphors of the sentence, as written (لسموه, معالي + ه)."""
    for word, fact in with_facts(sentence.words, facts, "honorific_anaphor"):
        if fact.honorific_anaphor:
            words = [word]
            if honorific_forms(word).isdisjoint(reader.lexicons.honorifics):
                pronoun = glued_next(sentence, word)
                written = normalize(text[word.start : pronoun.end]) if pronoun is not None else ""
                if pronoun is None or pronoun.upos != "PRON" or not _listed_honorific(reader, written):
                    continue  # معالي الوزير: the title of a person named after it; دولتها: her state
                words.append(pronoun)  # معالي + ه: the anaphor as written, معاليه
            span = span_of(words, text)
            if span is not None:
                yield EntityMention(span, "HONORIFIC", "honorific", sentence.index)


#: Those of the epithets that are also their holder's office (column `office`: خادم الحرمين الشريفين, not الملك المفدى).
_OFFICES = frozenset(tuple(epithet.split()) for epithet in marked_words("honorifics", "office"))


def find_epithets(reader: WordReader, sentence: SentenceGraph, text: str) -> Iterable[EntityMention]:
    """An epithet written alone where someone speaks (`وقال خادم الحرمين الشريفين إن …`), not before the name or title it
    introduces (`خادم الحرمين الشريفين الملك سلمان`), as an HONORIFIC mention: the person honoured with it."""
    words = sentence.words
    for start, first in enumerate(words):
        if not opens_epithet(first):
            continue  # (the word's keys: its normalised form, without و/ف, without the article)
        opening = strip_conjunction(normalize(first.text))
        for epithet in EPITHETS:
            phrase = words[start : start + len(epithet)]
            if len(phrase) < len(epithet) or (opening, *(normalize(word.text) for word in phrase[1:])) != epithet:
                continue
            following = words[start + len(epithet)] if start + len(epithet) < len(words) else None
            if following is not None and (following.upos in ("PROPN", "X") or reader.facts(following).honorific_title):
                continue  # خادم الحرمين الشريفين | الملك سلمان: the epithet before the name it introduces
            if not source_position(sentence, first):
                continue  # مستشار خادم الحرمين الشريفين، حكومة خادم الحرمين: another's genitive, no one who speaks
            span = span_of(phrase, text)
            if span is not None:
                # (an epithet that is its holder's office too is his role where he speaks, here and after)
                yield EntityMention(span, "HONORIFIC", "honorific", sentence.index, role=span if epithet in _OFFICES else None)


def _listed_honorific(reader: WordReader, written: str) -> bool:
    """Whether a written form, with و/ف, لـ or بـ before it or not, is a listed honorific anaphor."""
    forms = {written, strip_conjunction(written)}
    forms |= {form[1:] for form in forms if form.startswith(("ل", "ب"))}
    return not forms.isdisjoint(reader.lexicons.honorifics)


def with_honorific_noun(reader: WordReader, document: ParsedDocument, mention: EntityMention) -> EntityMention:
    """A person's name with the honorific noun written before it (`صاحب السمو الملكي الأمير فيصل …`، `معالي
    الوزير …`) or implied by the title before it (`الملك سلمان` → جلالة: honorifics.tsv, column `honoured`), an
    honorific pronoun with the noun it holds (سموه → سمو): سموه stands for a highness, not for whoever the text named
    last (a minister, a council's head received by the prince), and معاليه for no king."""
    if mention.kind == "HONORIFIC":
        written = normalize(mention.span.text)
        held = next((noun for noun in reader.honorific_nouns if written.startswith(noun)), "")
        epithet = reader.lexicons.honorific_titles.entries.get(strip_conjunction(written))
        implied = epithet.get("honoured") if epithet is not None else None
        if implied:
            held = normalize(implied)  # خادم الحرمين الشريفين: the king, جلالته
        return attrs.evolve(mention, honoured=_honorific_key(held)) if held else mention
    if not mention.person_name or mention.sentence_index >= len(document.sentences):
        return mention
    before = document.sentences[mention.sentence_index].words_ending_by(mention.span.start)
    for word in reversed(before[-_HONOURED_WINDOW:]):
        if word.upos in ("PUNCT", "VERB", "AUX"):
            break
        key = next((key for key in word.keys if strip_article(key) in reader.honorific_nouns), None)
        if key is not None:
            return attrs.evolve(mention, honoured=_honorific_key(strip_article(key)))
        title = reader.lexicons.honorific_titles.lookup(*word.keys)
        implied = title.get("honoured") if title is not None else None
        if implied:
            return attrs.evolve(mention, honoured=_honorific_key(normalize(implied)))  # الملك سلمان: جلالته, not معاليه
    return mention


def _honorific_key(noun: str) -> str:
    """One spelling of an honorific noun: فضيلت (as in فضيلته) and فضيله (فضيلة written alone) are one."""
    return noun[:-1] + "ه" if noun.endswith("ت") else noun
