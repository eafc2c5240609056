"""A subject written before its verb and closed off from it by an aside between commas (`أما فلانة، التي تدير مركز …،
فترى أن …`): the subject's head, where its phrase ends, and the aside as its role when a role noun heads it."""

from __future__ import annotations

import attrs

from quotes.drafts.context import DocumentContext
from quotes.drafts.relatives import pronoun_gender
from quotes.drafts.spans import word_span
from quotes.drafts.subject import BEFORE_CONNECTIVE_AN
from quotes.drafts.words import (
    names_a_source,
)
from quotes.graph import SentenceGraph, Word
from quotes.model import Span
from quotes.normalize import normalize, strip_article
from quotes.speakers.words import (
    RELATIVE_PRONOUNS,
    surface,
)

#: Words that open a clause before its subject: a conjunction, a connective (لكن، غير أن، إلا أن، بيد أن), أما.
_CLAUSE_OPENERS = frozenset(normalize(word) for word in ("و", "ف", "لكن", "ولكن", "لكنّ", "غير", "إلا", "بيد", "أما", "وأما"))


#: The words that open a new clause after a comma with its subject first (…، ففريق الملاك …، يرون؛ …، لكن الوزير …):
#: not و, which also joins the parts of a list.
_NEW_CLAUSE_OPENERS = _CLAUSE_OPENERS - {normalize("و")}


#: The particle of the past perfect (وكان الوزير … قد أكد) and its auxiliary, which opens the clause before the subject.
_QAD = normalize("قد")


_PERFECT_AUXILIARIES = frozenset(normalize(word) for word in ("كان", "كانت", "وكان", "وكانت"))


#: The longest subject before an aside, in words (syntactic words: clitics count).
_SUBJECT_WORDS = 12


_COMMAS = ("،", ",")


@attrs.frozen
class SubjectBeforeAside:
    """A subject written before its verb and closed off from it by an aside between commas: the subject's head word,
    where its phrase ends, and the aside when a role noun heads it (its role)."""

    head: Word
    end: int
    role: Span | None


def subject_before_aside(context: DocumentContext, sentence: SentenceGraph, cue_word: Word) -> SubjectBeforeAside | None:
    """`أما فلانة، التي تدير مركز …، فترى أن …`، `لكن الرئيس فلان، الذي يسعى …، رد …`، `من بين المعارضين، فلان، رئيس
    تحرير مجلة …، قال إن …`: the verb's subject stands before it, and an aside between commas (a relative clause, an
    appositive role, `واسمه …`) closes it off from the verb; a small parser then hangs the subject elsewhere and leaves
    the verb without one. The subject is the phrase between the clause's opening (the sentence's start, or a
    connective: لكن، غير أن، أما …) and the aside's opening comma, with no verb in it, naming someone (a name, a title,
    a body); a fronted prepositional phrase closed by its comma may come first (من بين المعارضين،). A relative pronoun
    that opens the aside agrees with the verb (التي … فترى)."""
    words = list(sentence.words[: cue_word.index - 1])
    opening = max((position + 1 for position, word in enumerate(words) if word.text in (":", "؛", ";")), default=0)
    words = words[opening:]  # (يختلف الوضع من كلية إلى أخرى: من بين «الرجعيين»، فلان، ناشر …، قال: a clause after a colon)
    perfect = bool(words) and normalize(words[-1].text) == _QAD and words[-1].upos != "VERB"
    if perfect:
        words.pop()  # وكان الوزير، الذي …، قد أكد أن …: the past perfect's قد stands between the aside and the verb
    if words and words[-1].upos == "CCONJ" and words[-1].end == cue_word.start:
        if normalize(words[-1].text) != "ف":
            return None  # وقال after a subject and an aside: another clause, with its own subject
        words.pop()
    if not words or words[-1].text not in _COMMAS:
        return None
    pieces: list[list[Word]] = [[]]
    for word in words[:-1]:
        if word.text in _COMMAS:
            pieces.append([])
        else:
            pieces[-1].append(word)
    last = _past_openers(pieces[-1], context.text, _NEW_CLAUSE_OPENERS)
    if last and len(last) < len(pieces[-1]):
        # …، ففريق ملاك الأراضي ومعهم كثير من المطورين، يرون …: a clause of its own opens with its subject, and the
        # comma only closes that subject: no aside; so at the sentence's start (غير أن فلان المدير السابق لـ…، أكد أن)
        subject: list[Word] = last
        role: Span | bool = True
    else:
        if len(pieces) < 2 or any(not piece for piece in pieces[-2:]):
            return None
        openers = _CLAUSE_OPENERS | _PERFECT_AUXILIARIES if perfect else _CLAUSE_OPENERS
        aside, subject = pieces[-1], _past_openers(pieces[-2], context.text, openers)
        opened = len(subject) < len(pieces[-2])
        before = pieces[:-2]
        if before and not opened and not (len(before) == 1 and _fronted_phrase(before[0])):
            return None  # (…، سامي، رئيس …، قال: a list, or the end of a clause before it, not a subject opening its own)
        role = _aside_role(context, sentence, aside, cue_word)
        if role is False:
            return None
    if not subject or len(subject) > _SUBJECT_WORDS:
        return None
    if any(word.upos in ("VERB", "AUX", "SCONJ") or word.text in (":", "؛", '"', "«", "»") for word in subject):
        return None
    head = next(
        (word for word in subject if word.upos in ("PROPN", "X") or context.tagged_person_or_body(sentence, word)),
        None,
    )
    if head is None:
        head = next((word for word in subject if names_a_source(context.lexicons, word)), None)
    if head is None:
        return None
    return SubjectBeforeAside(head=head, end=subject[-1].end, role=role if isinstance(role, Span) else None)


def _past_openers(piece: list[Word], text: str, openers: frozenset[str] = _CLAUSE_OPENERS) -> list[Word]:
    """The piece without the conjunctions and connectives that open its clause (لكن، غير أن، أما)."""
    position = 0
    while position < len(piece):
        written = normalize(piece[position].text)
        if written in openers:
            position += 1
        elif normalize(surface(piece[position], text)) in openers:
            # بيد cut by the tokenizer into ب + يد: the connective is the whole written word
            position += len(_pieces_of_written_word(piece, position))
        elif written == "ان" and position > 0 and normalize(surface(piece[position - 1], text)) in BEFORE_CONNECTIVE_AN:
            position += 1
        else:
            break
    return piece[position:]


def _pieces_of_written_word(piece: list[Word], position: int) -> list[Word]:
    """The words from `position` on that are written as one word with it (no space between: ب + يد, و + الوزير)."""
    words = [piece[position]]
    while position + len(words) < len(piece) and piece[position + len(words)].start == words[-1].end:
        words.append(piece[position + len(words)])
    return words


def _fronted_phrase(piece: list[Word]) -> bool:
    """A prepositional phrase with no verb in it (من بين المعارضين، في المقابل): the clause's subject may follow it."""
    return piece[0].upos == "ADP" and not any(word.upos in ("VERB", "AUX") for word in piece)


def _aside_role(context: DocumentContext, sentence: SentenceGraph, aside: list[Word], cue_word: Word) -> Span | bool:
    """What the aside between the subject and the verb is: False where it is no aside (a verb outside a relative
    clause, a relative pronoun whose gender the verb's is not); its span where a role noun heads it (the subject's
    role); True otherwise (a relative clause, `واسمه …`)."""
    first = aside[0]
    written = normalize(first.text)
    if written in RELATIVE_PRONOUNS:
        return cue_word.feat("Gender") in (None, pronoun_gender(written))
    if any(word.upos in ("VERB", "AUX", "SCONJ") for word in aside):
        return False
    if any(strip_article(key) in context.lexicons.roles for key in first.keys):
        return word_span(context.text, first.start, aside[-1].end)
    return written.startswith("و") or first.upos == "CCONJ"
