"""Where the document names a source in full: a person's name with the role before it, an organisation's whole
name. Speaker resolution reads them to complete the short mentions that quotes give."""

from __future__ import annotations

from quotes.drafts.context import DocumentContext
from quotes.graph import SentenceGraph, Word
from quotes.model import Span
from quotes.normalize import strip_article
from quotes.speakers import is_time, role_before

#: An organisation's full name (المديرية العامة للشئون الصحية بمنطقة حائل): nouns, adjectives, prepositions.
_ORGANISATION_PHRASE_WORDS = 10


def role_at(context: DocumentContext, mention: Span) -> tuple[Span | None, Span | None]:
    """Where the text names a person source: its full name there and the role given right before it."""
    lexicons = context.lexicons
    for sentence in context.document.sentences:
        if not sentence.start <= mention.start < sentence.end:
            continue
        name = next((word for word in sentence.words if word.start == mention.start), None)
        if name is None or not (name.upos in ("PROPN", "X") or any(key in lexicons.names for key in name.keys)):
            return None, None
        return role_before(
            sentence,
            name,
            mention.end,
            context.text,
            roles=lexicons.roles,
            honorifics=lexicons.honorifics,
            names=lexicons.names,
        )
    return None, None


def organisation_phrases(context: DocumentContext, heads: frozenset[str]) -> list[Span]:
    """Every noun phrase of the document headed by an organisation noun (`المديرية العامة للشئون الصحية
    بمنطقة حائل`): where the text names in full a body that its quotes name short (`الشئون الصحية`)."""
    phrases = []
    for sentence in context.document.sentences:
        for word in sentence.words:
            if word.upos not in ("NOUN", "PROPN", "X") or not any(strip_article(key) in heads for key in word.keys):
                continue
            phrase = [word]
            for following in sentence.words[word.index :]:
                if len(phrase) >= _ORGANISATION_PHRASE_WORDS or not _continues_name(context, sentence, following):
                    break
                phrase.append(following)
            while phrase[-1].upos in ("ADP", "CCONJ"):
                phrase.pop()
            if len(phrase) >= 2:
                phrases.append(Span.from_offsets(context.text, word.start, phrase[-1].end))
    return phrases


def _continues_name(context: DocumentContext, sentence: SentenceGraph, word: Word) -> bool:
    """Read left to right (small parsers misattach these): nouns, adjectives, names, a glued لـ/بـ and و
    go on an organisation's name; a separate preposition, a verb, punctuation or a time word end it."""
    if word.upos in ("NOUN", "ADJ", "PROPN", "X"):
        # a person's name or role ends it: الهيئة العامة للطيران المدني | سليمان الحمدان
        lexicons = context.lexicons
        return not is_time(word) and not any(key in lexicons.names or key in lexicons.roles for key in word.keys)
    following = sentence.word(word.index + 1) if word.index < len(sentence.words) else None
    glued = following is not None and following.start <= word.end
    if word.upos == "ADP" and glued and word.text in ("ل", "ب", "لل"):
        return True
    return word.upos == "CCONJ" and glued and following is not None and following.upos in ("NOUN", "PROPN")
