"""The content of one quote: its span in the text and its type (direct, indirect or mixed).

Tried in order: quoted speech right after the cue and its subject; quote-first
order (`"…"، قال فلان`); a colon after the cue; then indirect content from the
complementizer or the content's first word to where the attributed clause
ends (the sentence end, a later cue, the narrator's `، إلا أن`).
"""

from __future__ import annotations

import re

from quotes.drafts.complements import (
    CONNECTIVES_BEFORE_COMPLEMENTIZER,
    clause_right_after,
    complement_start,
    loose_complementizer,
    not_speech_complementizer,
    prepositional_complement,
    speech_after_comma,
)
from quotes.drafts.context import DocumentContext
from quotes.drafts.quotations import closing_before, opening_after, speech_opening
from quotes.drafts.spans import CLAUSE_CONNECTORS, colon_after, sentence_end, trim, word_span
from quotes.drafts.speaker import usable_speaker
from quotes.drafts.words import LEADING_PREPOSITIONS, class_of
from quotes.graph import SentenceGraph
from quotes.match import Match
from quotes.model import Cue, Span
from quotes.quotemarks import QuotedSegment

_MIN_INDIRECT_WORDS = 2
#: Cues whose content may be a noun after إلى/على/بـ (مشيراً إلى، مؤكداً على، مطالباً بـ).
_PREPOSITIONAL_CLASSES = frozenset(("pointing", "assertive", "appeal", "warning"))
_ADVERSATIVE = re.compile(r"[،,]\s*(?:إلا|الا|غير|بيد)\s+[أا]ن")
_CLAUSE_SEMICOLON = re.compile(r"؛\s*(و|ف)?ذلك|؛\s*و(?=\S)")


def find_content(
    context: DocumentContext,
    sentence: SentenceGraph,
    match: Match,
    cue: Cue,
    boundaries: list[int],
    notes: list[str],
    quoted_name: QuotedSegment | None,
) -> tuple[Span | None, str]:
    """The content's span and type, or (None, "") where the cue reports nothing; how it was found goes to `notes`."""
    text = context.text
    marks = context.marks
    head = match.word("content")
    complementizer = match.word("complementizer")
    speaker = usable_speaker(context, match)
    speaker_end = (
        max((word.end for word in sentence.subtree(speaker.index)), default=cue.end) if speaker else cue.end
    )
    speaker_end = min(speaker_end, speech_opening(context, cue.end, clause_end=sentence.end))
    after_speaker = cue.end if speaker is None or speaker.start < cue.start else max(cue.end, speaker_end)
    if quoted_name is not None and quoted_name.close_at is not None:
        after_speaker = max(after_speaker, quoted_name.close_at + 1)
    clause_limit = sentence_end(text, sentence, cue.end, marks)
    if complementizer is not None and not_speech_complementizer(
        sentence, complementizer, CONNECTIVES_BEFORE_COMPLEMENTIZER
    ):
        return None, ""  # رفض …، إلا أنني دفعت الباب: "but", not what was said
    head_start = word_span(text, complementizer.start, complementizer.end).start if complementizer is not None else None
    if head_start is None and head is not None:
        after_cue = [word for word in sentence.subtree(head.index) if word.index > match.anchor.index]
        # أشار إلى مشاركة …، شدد على ضرورة …: the content starts after إلى/على; with ب it keeps ب (بتسجيل …)
        while (
            len(after_cue) > 1
            and after_cue[0].upos == "ADP"
            and any(key in LEADING_PREPOSITIONS for key in after_cue[0].keys)
        ):
            after_cue = after_cue[1:]
        head_start = after_cue[0].start if after_cue else None
        if head_start is not None and (speaker is None or speaker.start < cue.start):
            head_start = complement_start(context, sentence, match.anchor, head_start)
    # 1. direct speech in quotation marks right after the cue (and its subject)
    # (an أن/إن clause bound by the rule wins: quotation marks before it are a name or a title)
    opening = opening_after(context, after_speaker, max(clause_limit, sentence.end))
    if opening is not None and complementizer is None:
        notes.append("content in quotation marks after the cue")
        return Span.from_offsets(text, opening.start, opening.end), "direct"
    # 2. quote first: "…"، قال فلان (not for a participle with its own أن clause: "…"، مشيراً إلى أن …)
    participle_clause = (
        match.rule.id.startswith("participle") and loose_complementizer(context, sentence, match) is not None
    )
    if head_start is None and not participle_clause:
        closing = closing_before(context, cue.start)
        if closing is not None:
            notes.append("content in quotation marks before the cue")
            return Span.from_offsets(text, closing.start, closing.end), "direct"
    # 3. a colon after the cue: speech without (or before) quotation marks
    colon = colon_after(text, after_speaker, clause_limit)
    if colon is not None and (head_start is None or head_start > colon):
        following = next(
            (
                segment
                for segment in marks.segments
                if text[colon + 1 : segment.open_at].strip() == "" and segment.open_at > colon
            ),
            None,
        )
        if following is not None:
            notes.append("content in quotation marks after a colon")
            return Span.from_offsets(text, following.start, following.end), "direct"
        notes.append("content after a colon")
        end = content_end(context, sentence, colon + 1, boundaries)
        return trim(text, colon + 1, end), "direct"
    # 4. indirect: from the complementizer (or the content's first word) to the clause end;
    #    an earlier أن/إن the parse hung elsewhere starts the content (إن نزوح … سيشكل، إن حدث، …)
    earlier = loose_complementizer(context, sentence, match)
    if head_start is not None and earlier is not None and cue.end < earlier < head_start:
        head_start = earlier
        notes.append("content starts at the first complementizer after the cue")
    if head_start is None and earlier is not None:
        head_start = earlier
        notes.append("complementizer found after the cue, outside the parse")
    if head_start is None and speaker is not None and speaker.start > cue.start:
        # واوضح الناطق الإعلامي … الرويلي، بمجرد تلقي بلاغ … باشر …: speech after the speaker and a comma
        after_comma = speech_after_comma(context, sentence, match.anchor)
        if after_comma is not None:
            notes.append("speech after the speaker and a comma, without colon or quotation marks")
            return trim(text, after_comma, content_end(context, sentence, after_comma, boundaries)), "direct"
    if head_start is None and speaker is None:
        # وأضاف أسفر الحريق عن …: speech that starts right after the cue, with no mark at all
        unmarked = clause_right_after(context, sentence, match.anchor)
        if unmarked is not None:
            notes.append("speech right after the cue, without colon or quotation marks")
            return trim(text, unmarked.start, content_end(context, sentence, unmarked.start, boundaries)), "direct"
    if (
        head_start is None
        and speaker is None
        and match.rule.id.startswith("participle")
        and class_of(match.anchor, context.lexicons) in _PREPOSITIONAL_CLASSES
    ):
        # مشيراً إلى مباشرة الحريق …: a preposition and a noun right after the cue, whatever the parse made of them
        after_preposition = prepositional_complement(context, sentence, match.anchor)
        if after_preposition is not None:
            notes.append("prepositional complement right after the cue, outside the parse")
            head_start = after_preposition
    if head_start is None:
        return None, ""
    if head_start < cue.end:
        return None, ""
    end = content_end(context, sentence, head_start, boundaries, indirect=True)
    # (the content head's subtree is not a reliable end: small parsers cut it short)
    span = trim(text, head_start, end)
    if span is None or len(span.text.split()) < _MIN_INDIRECT_WORDS:
        return None, ""  # وصف الجماهير: one word is a noun phrase, not what was said
    inner = [
        segment for segment in marks.segments if segment.open_at >= span.start and (segment.close_at or segment.end) <= span.end
    ]
    if inner:
        notes.append("quoted fragment inside indirect content")
        return span, "mixed"
    return span, "indirect"


def content_end(
    context: DocumentContext, sentence: SentenceGraph, start: int, boundaries: list[int], *, indirect: bool = False
) -> int:
    """Where content that starts at `start` ends: the clause end, or the first boundary (a later quote's cue)
    before it; a semicolon with و/ذلك, and for indirect content the narrator's `، إلا أن`, end it earlier."""
    text = context.text
    end = sentence_end(text, sentence, start, context.marks)
    for boundary in boundaries:
        if start < boundary < end:
            end = boundary
            if text[end - 1] in "وف" and (end < 2 or not text[end - 2].isalpha()):
                end -= 1  # the conjunction glued to the next cue (وقالت) belongs to it
            before = text[start:end].rstrip()
            for connector in CLAUSE_CONNECTORS:
                if before.endswith(connector) and not before[: -len(connector)][-1:].isalpha():
                    end = start + len(before) - len(connector)  # …، كما أوضح: the connector opens the next quote
                    break
            break
    semicolon = _CLAUSE_SEMICOLON.search(text[start:end])
    if semicolon:
        end = start + semicolon.start()
    # …، إلا أنه رفض الإفصاح: the narrator's "but" ends reported speech (direct speech keeps the speaker's own)
    adversative = _ADVERSATIVE.search(text, start, end) if indirect else None
    if adversative:
        end = adversative.start()
    return end
