"""One document's drafts from its sentences' matches, in the order the steps run.

Per sentence, one match per cue word (the highest priority wins), and the cues
that start a quote of their own bound the content before them. Per match: the
cue and its class, the content (`content`), then the speaker slot (`speaker`).
Per document: overlapping contents resolved (`overlaps`), a hint for cues
without a subject (`named_person`), relayed quotes merged (`relay`), warnings.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotes.drafts.according_to import according_to
from quotes.drafts.content import find_content
from quotes.drafts.context import DocumentContext, Lexicons
from quotes.drafts.draft import Draft, span_bindings
from quotes.drafts.named_person import with_named_person
from quotes.drafts.overlaps import with_warnings, without_overlaps
from quotes.drafts.quotations import quoted_name_after
from quotes.drafts.relay import relayed
from quotes.drafts.sources import organisation_phrases, role_at
from quotes.drafts.spans import after_comma, trim
from quotes.drafts.speaker import (
    described,
    find_via,
    grow_mention,
    main_clause_hint,
    name_out_of_content,
    nominal_between,
    outside_content,
    prefer_phrase,
    title_of,
    usable_speaker,
    with_conjuncts,
)
from quotes.drafts.words import circumstantial, class_of, cue_at
from quotes.graph import ParsedDocument, SentenceGraph
from quotes.match import Match
from quotes.model import Span
from quotes.quotemarks import QuoteMarks
from quotes.speakers import Mention


class DocumentAssembler:
    """Builds the drafts of one document from its sentences' matches."""

    def __init__(self, document: ParsedDocument, marks: QuoteMarks, lexicons: Lexicons) -> None:
        self.context = DocumentContext.of(document, marks, lexicons)

    def drafts(self, matches_by_sentence: Sequence[Sequence[Match]]) -> list[Draft]:
        context = self.context
        drafts: list[Draft] = []
        for sentence, matches in zip(context.document.sentences, matches_by_sentence, strict=True):
            drafts.extend(self._sentence_drafts(sentence, matches))
        kept = without_overlaps(drafts)
        named = [with_named_person(context, draft, kept) for draft in kept]
        return with_warnings(relayed(context.document, named), context.marks)

    def role_at(self, mention: Span) -> tuple[Span | None, Span | None]:
        """Where the text names a person source: its full name there and the role given right before it."""
        return role_at(self.context, mention)

    def organisation_phrases(self, heads: frozenset[str]) -> list[Span]:
        """Every noun phrase of the document headed by an organisation noun: the bodies it names in full."""
        return organisation_phrases(self.context, heads)

    def _sentence_drafts(self, sentence: SentenceGraph, matches: Sequence[Match]) -> list[Draft]:
        text = self.context.text
        chosen: dict[int, Match] = {}
        for match in sorted(matches, key=lambda found: -found.rule.priority):
            chosen.setdefault(match.anchor.index, match)
        # a new quote's cue ends the content before it: a participle (…، مشيراً إلى أن) or a cue after a comma;
        # only a cue that makes a quote of its own (…، بلغ عدد الركاب: "reached", not speech)
        unbounded = {id(match): self._draft(sentence, match, []) for match in chosen.values()}
        viable = [match for match in chosen.values() if unbounded[id(match)] is not None]
        participles = self.context.lexicons.participles
        shared = sorted(
            {
                match.anchor.start
                for match in viable
                if (match.rule.id.startswith("participle") and circumstantial(text, match.anchor))
                or after_comma(text, match.anchor.start)
                or text[match.anchor.end : match.anchor.end + 2].lstrip().startswith(":")
            }
            | {  # a participle cue after a comma starts a new quote even when no rule bound it
                word.start
                for word in sentence.words
                if any(key in participles for key in word.keys) and after_comma(text, word.start)
            }
        )
        drafts = []
        for match in sorted(chosen.values(), key=lambda found: found.anchor.index):
            main = match.word("main")
            own = [main.start] if main is not None and main.index > match.anchor.index else []
            boundaries = sorted(shared + own)
            draft = unbounded[id(match)]
            if draft is not None and any(draft.content.start < boundary < draft.content.end for boundary in boundaries):
                draft = self._draft(sentence, match, boundaries)  # a later cue ends this content: draft it again
            if draft is not None:
                drafts.append(draft)
        return drafts

    def _draft(self, sentence: SentenceGraph, match: Match, boundaries: list[int]) -> Draft | None:
        """One match's draft: the cue, its content up to the first of `boundaries`, its speaker and hints."""
        context = self.context
        if match.rule.type == "according_to":
            return according_to(context, sentence, match)
        cue_word = match.anchor
        text = context.text
        cue_class = class_of(cue_word, context.lexicons)
        cue = cue_at(text, cue_word)
        notes: list[str] = []
        quoted_name = quoted_name_after(context, cue.end)
        content, quote_type = find_content(context, sentence, match, cue, boundaries, notes, quoted_name)
        if content is None:
            return None
        if cue.start < content.end and cue.end > content.start:
            return None
        # a cue in a clause that describes a noun (نبوءةٌ تقول إن …) is that noun's speech
        speaker_word = usable_speaker(context, match) or described(context, sentence, match)
        if speaker_word is not None and content.start > cue.start and speaker_word.start >= content.start:
            speaker_word = None  # a small parser's "subject" inside the content
        content_head = match.word("content")
        mention = grow_mention(context, sentence, speaker_word, limit=content.start, content_head=content_head)
        if mention.speaker is None and "speaker" in {node.name for node in match.rule.nodes}:
            # no subject in the parse, or only a relative pronoun (الذي ذكر فيه دبلوماسي …)
            nominal = nominal_between(context, sentence, cue_word, content.start)
            if nominal is not None:
                speaker_word = nominal
                notes.append("speaker: the first noun between the cue and the content (no nsubj in the parse)")
                mention = grow_mention(context, sentence, nominal, limit=content.start, content_head=content_head)
        if quoted_name is not None and quoted_name.end <= content.start:
            name = trim(text, quoted_name.start, quoted_name.end)
            if name is not None and (mention.speaker is None or quoted_name.start <= mention.speaker.start):
                notes.append("speaker: the quoted name right after the cue")
                mention = Mention(speaker=name, role=None, head=None)
                speaker_word = None
        if quote_type == "indirect" and match.word("complementizer") is None and speaker_word is not None:
            content, mention = name_out_of_content(context, sentence, speaker_word, content, mention, notes)
        if quote_type == "direct" and title_of(context, speaker_word, mention, content):
            return None  # كتب معرض "من هنا ننهض بمنتجاتنا" قصة نجاح: the quotation names the noun before it
        mention = prefer_phrase(context, sentence, cue_word, speaker_word, mention, content.start)
        mention = with_conjuncts(context, sentence, cue_word, mention, content.start)
        via = find_via(context, sentence, match, content.start)
        hint = main_clause_hint(context, sentence, match, cue.start)
        mention = outside_content(mention, content)
        speaker = mention.speaker
        extra = span_bindings(
            sentence, (("speaker_mention", speaker), ("role", mention.role if speaker else None)), mention.notes
        )
        return Draft(
            sentence_index=sentence.index,
            type=quote_type,
            content=content,
            cue=cue,
            cue_class=cue_class,
            speaker=speaker,
            role=mention.role if speaker is not None else None,
            via=via,
            speaker_hint=hint.speaker if hint is not None else None,
            hint_role=hint.role if hint is not None else None,
            cue_gender=cue_word.feat("Gender"),
            cue_number=cue_word.feat("Number"),
            match=match,
            extra_bindings=extra,
            priority=match.rule.priority,
            confidence=match.rule.confidence,
            notes=tuple(notes) + mention.notes,
        )
