"""Turn rule matches into quotes within one document.

The rules bind words: cue, speaker, the content's head, markers. This module
grows them into spans of the original text: direct content from paired
quotation marks or a colon, indirect content from the complementizer to where
the attributed clause ends, according-to content from the clause the marker
modifies. One quote per cue word: the highest-priority match wins.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property

import attrs

from quotes.grammar.schema import present_tense_forms
from quotes.graph import ParsedDocument, SentenceGraph, Word
from quotes.lexicon import Lexicon, LexiconEntry
from quotes.match import Match
from quotes.model import Binding, Cue, Span
from quotes.normalize import INVISIBLE, form_keys, normalize, strip_article, strip_conjunction
from quotes.quotemarks import QuotedSegment, QuoteMarks
from quotes.speakers import (
    TIME_WORDS,
    Mention,
    describe_speaker,
    is_time,
    named_person_before,
    phrase_between,
    role_before,
)

_SENTENCE_END = re.compile(r"[.!?؟]\s|[.!?؟]$|\n")
#: Invisible characters a word never starts or ends with: bidi marks, zero-width space and joiners, the BOM.
_INVISIBLE = INVISIBLE
_WORD_EDGE = " \t\n،,:؛;.!?؟-–—()[]\"«»“”'" + _INVISIBLE
_OPEN_MARKS = "\"«“'"
_CLOSE_MARKS = "\"»”'"
#: How far (in words) a cue may stand from the quotation mark or colon that opens its content.
_OPENING_WINDOW_WORDS = 14
#: Prepositions that turn أن into a temporal or purpose clause (بعد أن، قبل أن), not reported speech.
#: Before a complementizer the rule bound: connectives only (شدد على أن and أشار إلى أن are speech).
_CONNECTIVES_BEFORE_COMPLEMENTIZER = frozenset(
    normalize(word)
    for word in ("إلا", "غير", "سوى", "بعد", "قبل", "منذ", "حين", "رغم", "بدل", "مجرد", "لولا", "طالما", "مع")
)
#: … and before one the parse left unattached, also these prepositions.
_NOT_SPEECH_BEFORE_COMPLEMENTIZER = _CONNECTIVES_BEFORE_COMPLEMENTIZER | frozenset(
    normalize(word) for word in ("حتى", "عند", "ل", "كي", "من", "على", "بما", "إذ")
)
_RELATIVE_PRONOUNS = frozenset(normalize(word) for word in ("الذي", "التي", "الذين", "اللذان", "اللتان", "اللاتي", "اللواتي"))
_PERSONAL_PRONOUNS = frozenset(
    ("هو", "هي", "هم", "هما", "هن", "ه", "ها", "انا", "نحن", "انت", "انتم", "الذي", "التي", "الذين")
)
_CLAUSE_CONNECTORS = ("حيث", "كما", "فيما", "بينما", "ثم")
_CLAUSE_CONNECTORS_NORMALISED = frozenset(normalize(word) for word in (*_CLAUSE_CONNECTORS, "عندما", "حين", "إذ"))
#: Words a small parser takes for the subject of a cue: discourse connectives and "in this regard".
_DISCOURSE_PHRASES = frozenset(
    normalize(word)
    for word in ("بدوره", "بدورها", "بدورهم", "جهته", "جهتها", "الصدد", "ذلك", "بذلك", "هنا", "ناحيته", "ناحيتها")
)
_LEADING_PREPOSITIONS = frozenset(normalize(word) for word in ("إلى", "الى", "على", "عن", "من"))
#: A quote inside another quote's content is kept only from a confident rule (not a bare noun complement).
_NESTED_MIN_CONFIDENCE = 0.65
#: How far after the cue a complementizer the parse left unattached is still taken as the content's start.
_LOOSE_WINDOW_WORDS = 24
#: How many sentences back the document's first, subject-less quote looks for its source.
_LOOKBACK_SENTENCES = 3
#: Unmarked speech after `وأوضح فلان،`: a sentence-opening قال/أضاف/أوضح/بيّن, a speaker phrase of at most this many words, a clause
#: of at least this many words with a finite verb among its first words, not opening like a description.
_SAYING_LEMMAS = frozenset(normalize(word) for word in ("قال", "وقال", "أضاف", "وأضاف", "أوضح", "وأوضح", "بين", "وبين"))
_SPEAKER_PHRASE_WORDS = 16
_MIN_UNMARKED_SPEECH_WORDS = 5
_UNMARKED_VERB_WINDOW = 8
_PHRASE_TAGS = frozenset(("NOUN", "PROPN", "ADJ", "X", "DET", "ADP", "NUM", "CCONJ", "PRON", "PART"))
_NOT_SPEECH_OPENINGS = frozenset(
    normalize(word)
    for word in ("وهو", "وهي", "الذي", "التي", "في", "خلال", "عبر", "أثناء", "لدى", "عند", "مشيرا", "مضيفا", "و", "ل")
)
_MIN_INDIRECT_WORDS = 2
#: A relayed quote's cue comes within this many words of the relaying content's start, and its speech ends
#: within this many characters of the relaying content's end.
_RELAY_LEAD_WORDS = 15
_RELAY_END_SLACK = 3
#: Cues whose content may be a noun after إلى/على/بـ (مشيراً إلى، مؤكداً على، مطالباً بـ).
_PREPOSITIONAL_CLASSES = frozenset(("pointing", "assertive", "appeal", "warning"))
#: According-to markers that also mean "in line with", "as needed": their source is checked.
_AMBIGUOUS_MARKERS = frozenset(
    normalize(word) for word in ("حسب", "بحسب", "وفق", "وفقا", "وفقاً", "طبقا", "تبعا", "بناء", "استنادا", "وجهة", "رأي", "برأي")
)
#: How many words a parse may leave between a subject-less cue and its noun complement's first word.
_COMPLEMENT_GAP_WORDS = 4
_ADVERSATIVE = re.compile(r"[،,]\s*(?:إلا|الا|غير|بيد)\s+[أا]ن")
#: An organisation's full name (المديرية العامة للشئون الصحية بمنطقة حائل): nouns, adjectives, prepositions.
_ORGANISATION_PHRASE_WORDS = 10
#: A quoted name right after a cue is at most this long, and the speech starts within this many characters after it.
_QUOTED_NAME_WORDS = 5
_QUOTED_NAME_FOLLOWING_CHARS = 40
_COMPLEMENTIZER_STARTS = tuple(normalize(word) for word in ("أن", "إن", "بأن"))
#: Quoted segments shorter than this are titles or scare quotes, not speech.
_MIN_QUOTE_WORDS = 3
#: … and from this length on, quoted text counts as speech even without a verb.
_LONG_QUOTE_WORDS = 6


@attrs.frozen
class Draft:
    """A quote before document-level speaker resolution."""

    sentence_index: int
    type: str
    content: Span
    cue: Cue
    cue_class: str | None
    speaker: Span | None
    role: Span | None
    via: Span | None
    speaker_hint: Span | None
    hint_role: Span | None
    cue_gender: str | None
    cue_number: str | None
    match: Match
    extra_bindings: tuple[Binding, ...]
    priority: int
    confidence: float
    notes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    def text_before_cue(self, around: Span) -> str:
        """The text of `around` from its start to this draft's cue."""
        return around.text[: max(0, self.cue.start - around.start)]


def organisation_heads(anaphors: Lexicon | None) -> frozenset[str]:
    """Head nouns of organisations (وزارة، سفارة، هيئة …), without ال, from the organisation_anaphors lexicon."""
    entries = anaphors.entries.values() if anaphors is not None else ()
    return frozenset(strip_article(normalize(entry.get("head") or entry.key)) for entry in entries)


@attrs.frozen
class Lexicons:
    """The lexicons the attribution step reads."""

    verbs: Lexicon
    participles: Lexicon
    roles: Lexicon
    honorifics: Lexicon
    complementizers: Lexicon
    names: Lexicon
    organisations: Lexicon | None = None
    speech_nouns: Lexicon | None = None
    according_to: Lexicon | None = None
    titled: Lexicon | None = None

    @cached_property
    def organisation_heads(self) -> frozenset[str]:
        return organisation_heads(self.organisations)

    @cached_property
    def marker_tails(self) -> frozenset[str]:
        """Later words of multiword according-to markers (على لسان، على حد قول): never part of the source."""
        tails = {word for key in (self.according_to or ()) for word in key.split()[1:] if len(word) > 2}
        # prepositions (إلى، على، لما) are not tails: على normalises like the name علي
        return frozenset(tails - {normalize(word) for word in ("إلى", "على", "لما", "عن", "من", "في")})

    @cached_property
    def source_nouns(self) -> frozenset[str]:
        """Nouns that can name a source by themselves: roles and descriptors, organisations, statements."""
        return frozenset(self.roles) | self.organisation_heads | frozenset(self.speech_nouns or ())

    @cached_property
    def verb_forms(self) -> dict[str, LexiconEntry]:
        """Reporting verbs by their imperfect forms (يضيف، تضيف، يضيفون)."""
        return self.verbs.by_column("present", present_tense_forms)

    @classmethod
    def from_mapping(cls, lexicons: Mapping[str, Lexicon]) -> Lexicons:
        return cls(
            verbs=lexicons["reporting_verbs"],
            participles=lexicons["reporting_participles"],
            roles=lexicons["role_nouns"],
            honorifics=lexicons["honorifics"],
            complementizers=lexicons["complementizers"],
            names=lexicons["given_names"],
            organisations=lexicons.get("organisation_anaphors"),
            speech_nouns=lexicons.get("speech_nouns"),
            according_to=lexicons.get("according_to"),
            titled=lexicons.get("titled_nouns"),
        )


def word_span(text: str, start: int, end: int) -> Span:
    """Grow [start, end) to the whitespace-delimited word, without edge punctuation."""
    left = start
    while left > 0 and not text[left - 1].isspace() and text[left - 1] not in _WORD_EDGE:
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace() and text[right] not in _WORD_EDGE:
        right += 1
    return Span.from_offsets(text, left, right)


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and (text[start].isspace() or text[start] in "،,:؛;-–—ـ" + _INVISIBLE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "،,:؛;.-–—ـ" + _INVISIBLE):
        end -= 1
    if end - start > 2 and text[start] in _OPEN_MARKS and text[end - 1] in _CLOSE_MARKS:
        start, end = start + 1, end - 1
    elif end - start > 2 and text[end - 1] in _CLOSE_MARKS:
        closing = text[end - 1]
        opening = {"»": "«", "”": "“"}.get(closing, closing)
        inside = text[start : end - 1]
        balanced_inside = (
            inside.count(closing) % 2 == 0 if opening == closing else inside.count(opening) <= inside.count(closing)
        )
        if balanced_inside:
            end -= 1  # the closing mark of a quotation the content sits at the end of
    if end - start < 2:
        return None
    return Span.from_offsets(text, start, end)


def _sentence_end(text: str, sentence: SentenceGraph, start: int, marks: QuoteMarks | None = None) -> int:
    """End of the clause that starts at `start`: the sentence end, or an earlier `.`/newline outside quotes.

    A sentence the tokenizer ended at a semicolon or comma goes on to the next full stop.
    """
    limit = max(sentence.end, start)
    while text[:limit].rstrip().endswith(("؛", "،", ",", ";")):
        following = _SENTENCE_END.search(text, limit)
        if following is None or following.start() <= limit:
            break
        limit = following.start()
    for found in _SENTENCE_END.finditer(text, start, limit):
        if marks is not None and marks.containing(found.start()) is not None and text[found.start()] != "\n":
            continue
        return found.start()
    return limit


def _past_stems(keys: tuple[str, ...]) -> list[str]:
    """A past-tense form's readings as a lemma: itself, and without the 3rd person suffix (تعهدت، قالوا → تعهد، قال)."""
    stems = list(keys)
    stems += [key[:-1] for key in keys if key.endswith("ت") and len(key) > 3]
    stems += [key[:-2] for key in keys if key.endswith("وا") and len(key) > 4]
    return stems


def _class_of(cue_word: Word, lexicons: Lexicons) -> str | None:
    entry = lexicons.verbs.lookup(cue_word.lemma_key, strip_conjunction(cue_word.lemma_key))
    if entry is None:  # a lemma the parser got wrong (عهد for تعهد): the written past form is the lexicon's key
        entry = lexicons.verbs.lookup(*_past_stems(cue_word.keys))
    if entry is None:
        entry = next((lexicons.verb_forms[key] for key in cue_word.keys if key in lexicons.verb_forms), None)
    if entry is None:
        entry = lexicons.participles.lookup(*cue_word.keys)
    return entry.get("class") if entry is not None else None


def _disagree(first: Word, second: Word, feature: str) -> bool:
    one, other = first.feat(feature), second.feat(feature)
    return one is not None and other is not None and one != other


def _cue(text: str, word: Word, cue_class: str | None) -> Cue:
    span = word_span(text, word.start, word.end)
    return Cue(text=span.text, start=span.start, end=span.end, lemma=word.lemma_key)


def _opening_after(
    text: str, marks: QuoteMarks, start: int, limit: int, speech_like: Callable[[QuotedSegment], bool]
) -> QuotedSegment | None:
    """A quoted segment of speech opening soon after `start` within the sentence (titles and names skipped)."""
    for segment in marks.segments:
        if segment.open_at < start:
            continue
        if segment.open_at > limit:
            break
        between = text[start : segment.open_at]
        if len(between.split()) > _OPENING_WINDOW_WORDS or _SENTENCE_END.search(between):
            return None
        # right next to the cue (قائلاً "…") any quotation is speech; further away it must look like speech
        if speech_like(segment) or (not between.strip(" :،,") and segment.word_count(text) >= 2):
            return segment
    return None


def _quoted_name_after(text: str, marks: QuoteMarks, cue_end: int) -> QuotedSegment | None:
    """`وقال "صالح السرحاني" لـ"سبق": …`, `صرح "مركز فلب فلاب فن" الترفيهي بأنه …`: a short quotation
    right after the cue that a colon or a complementizer follows is the speaker's name, not the speech."""
    segment = next((found for found in marks.segments if found.open_at >= cue_end), None)
    if segment is None or segment.close_at is None or text[cue_end : segment.open_at].strip():
        return None
    if not 1 <= segment.word_count(text) <= _QUOTED_NAME_WORDS:
        return None
    following = text[segment.close_at + 1 : segment.close_at + 1 + _QUOTED_NAME_FOLLOWING_CHARS]
    following = _SENTENCE_END.split(following, maxsplit=1)[0]
    colon = following.find(":")
    if colon != -1 and len(following[:colon].split()) <= 2:
        return segment
    for word in following.split()[:3]:
        bare = normalize(word.strip("،,\"«»“”"))
        if bare.startswith(_COMPLEMENTIZER_STARTS) and len(bare) <= 6:
            return segment
    return None


def _closing_before(text: str, marks: QuoteMarks, cue_start: int) -> QuotedSegment | None:
    """Quote-first order: `"…"، قال فلان` — a segment that closes right before the cue."""
    for segment in marks.segments:
        if segment.close_at is None or segment.close_at >= cue_start:
            continue
        between = text[segment.close_at + 1 : cue_start]
        # the comma between the quote and the cue is a strong signal: short quotes count too
        if between.strip(" \t،,-–—") == "" and segment.word_count(text) >= 2:
            return segment
    return None


def _colon_after(text: str, start: int, limit: int) -> int | None:
    colon = text.find(":", start, limit)
    while colon != -1 and 0 < colon < len(text) - 1 and text[colon - 1].isdigit() and text[colon + 1].isdigit():
        colon = text.find(":", colon + 1, limit)  # a clock time (23:45), not speech
    if colon == -1:
        return None
    between = text[start:colon]
    if len(between.split()) > _OPENING_WINDOW_WORDS or _SENTENCE_END.search(between):
        return None
    return colon


class DocumentAssembler:
    """Builds the drafts of one document from its sentences' matches."""

    def __init__(self, document: ParsedDocument, marks: QuoteMarks, lexicons: Lexicons) -> None:
        self.document = document
        self.text = document.text
        self.marks = marks
        self.lexicons = lexicons
        # where the document's verbs start, once: every quoted segment is asked whether it holds one
        self._verb_starts = sorted(
            word.start for sentence in document.sentences for word in sentence.words if word.upos in ("VERB", "AUX")
        )

    def drafts(self, matches_by_sentence: Sequence[Sequence[Match]]) -> list[Draft]:
        drafts: list[Draft] = []
        for sentence, matches in zip(self.document.sentences, matches_by_sentence, strict=True):
            drafts.extend(self._sentence_drafts(sentence, matches))
        kept = _without_overlaps(drafts)
        return self._with_warnings(self._relayed([self._with_named_person(draft, kept) for draft in kept]))

    def _with_warnings(self, drafts: list[Draft]) -> list[Draft]:
        """Each draft with what makes it doubtful: an unbalanced or stray quotation mark in or at the edges of its
        content, and a content that overlaps another record's without nesting in a closed quotation."""
        found: dict[int, list[str]] = {id(draft): [] for draft in drafts}
        for draft in drafts:
            around = self.marks.problems_within(draft.content.start - 1, draft.content.end + 1)
            found[id(draft)].extend(problem.message for problem in around)
        for first, second in itertools.combinations(drafts, 2):
            if not _overlap(first.content, second.content):
                continue
            longer = first.content.end - first.content.start >= second.content.end - second.content.start
            outer, inner = (first, second) if longer else (second, first)
            contained = outer.content.start <= inner.content.start and inner.content.end <= outer.content.end
            segment = self.marks.containing(inner.content.start)
            if contained and segment is not None and segment.balanced and segment.start <= outer.content.start:
                continue  # a quote inside a closed quotation: a record of its own
            if contained and outer.type not in ("direct", "mixed") and self.marks.containing(outer.content.start) is None:
                continue  # an indirect quote reported inside another (قال إن فلاناً أكد أن …)
            for one, other in ((first, second), (second, first)):
                found[id(one)].append(
                    f"content overlaps the quote whose cue is {other.cue.text!r} at {other.cue.start}"
                    f" (content {other.content.start}-{other.content.end}): a quotation mark may be missing"
                )
        return [
            attrs.evolve(draft, warnings=(*draft.warnings, *found[id(draft)])) if found[id(draft)] else draft
            for draft in drafts
        ]

    def _relayed(self, drafts: list[Draft]) -> list[Draft]:
        """`علمت مصادر (الرياضي) أن اللاعب … أكد أنه …`: a quote whose أن-clause only reports another quote, whose
        subject opens the clause and whose speech runs to its end, is the transmitter: one record, with `via`."""
        relays: dict[int, Draft] = {}
        for outer in drafts:
            if outer.type not in ("indirect", "mixed") or outer.speaker is None or outer.via is not None:
                continue
            if not normalize(outer.content.text).startswith(_COMPLEMENTIZER_STARTS):
                continue
            for inner in drafts:
                source = inner.speaker or inner.speaker_hint
                if inner is outer or not _nested(inner, outer) or source is None or inner.via is not None:
                    continue
                if (
                    outer.content.start <= source.start < inner.cue.start
                    and len(inner.text_before_cue(outer.content).split()) <= _RELAY_LEAD_WORDS
                    and inner.content.end >= outer.content.end - _RELAY_END_SLACK
                    and self._reports_directly(inner, source)
                ):
                    relays[id(inner)] = outer
                    break
        dropped = {id(outer) for outer in relays.values()}
        return [
            attrs.evolve(draft, via=relays[id(draft)].speaker, notes=(*draft.notes, "relayed by the quote around it"))
            if id(draft) in relays
            else draft
            for draft in drafts
            if id(draft) not in dropped
        ]

    def _reports_directly(self, inner: Draft, source: Span) -> bool:
        """Is the inner cue the verb of its source (اللاعب … أكد), not of a relative clause (التي تقول الصين) or
        of a later clause (المخدرات دخلت … ويرجح)?"""
        sentence = self.document.sentences[inner.sentence_index]
        between = [word for word in sentence.words if source.end <= word.start < inner.cue.start]
        if any(word.upos in ("VERB", "AUX") and word.feat("VerbForm") not in ("Part", "Inf") for word in between):
            return False
        return not any(word.upos == "PRON" and any(key in _RELATIVE_PRONOUNS for key in word.keys) for word in between)

    def _with_named_person(self, draft: Draft, drafts: Sequence[Draft]) -> Draft:
        """A cue with no subject and no main clause subject takes, as a hint, the person its sentence names before it."""
        if draft.speaker is not None or draft.speaker_hint is not None:
            return draft
        sentence = self.document.sentences[draft.sentence_index]
        # (a nested quote's own sentence lies in the content around it: that text counts)
        contents = [
            other.content for other in drafts if not other.content.start <= draft.cue.start < other.content.end
        ]

        def not_narrated(offset: int) -> bool:
            return self.marks.containing(offset) is not None or any(
                content.start <= offset < content.end for content in contents
            )

        person = self._person_before(sentence, draft.cue.start, not_narrated)
        if (person is None or person.speaker is None) and not any(
            other.cue.start < draft.cue.start for other in drafts if other.type != "according_to"
        ):
            # the document's first quote and no subject (وأفادت أن …): the source the lead named before it
            person = self._source_named_earlier(draft, not_narrated)
        if person is None or person.speaker is None:
            return draft
        return attrs.evolve(
            draft, speaker_hint=person.speaker, hint_role=person.role, notes=draft.notes + person.notes
        )

    def _person_before(self, sentence: SentenceGraph, end: int, skip: Callable[[int], bool]) -> Mention | None:
        return named_person_before(
            sentence,
            end,
            self.text,
            roles=self.lexicons.roles,
            honorifics=self.lexicons.honorifics,
            names=self.lexicons.names,
            skip=skip,
        )

    def _source_named_earlier(self, draft: Draft, skip: Callable[[int], bool]) -> Mention | None:
        """The last person or organisation the previous sentences name, agreeing in gender with the cue."""
        earlier = self.document.sentences[max(0, draft.sentence_index - _LOOKBACK_SENTENCES) : draft.sentence_index]
        for sentence in reversed(earlier):
            if draft.cue_gender != "Fem":
                person = self._person_before(sentence, sentence.end, skip)
                if person is not None and person.speaker is not None:
                    return person
            heads = self.lexicons.organisation_heads
            for word in reversed(sentence.words):
                if skip(word.start) or word.upos not in ("NOUN", "PROPN"):
                    continue
                if any(strip_article(key) in heads for key in word.keys) and draft.cue_gender in (None, word.feat("Gender")):
                    mention = self._mention(sentence, word, limit=sentence.end, content_head=None)
                    if mention.speaker is not None:
                        return attrs.evolve(mention, notes=("speaker: the organisation named before the first quote",))
        return None

    def _sentence_drafts(self, sentence: SentenceGraph, matches: Sequence[Match]) -> list[Draft]:
        chosen: dict[int, Match] = {}
        for match in sorted(matches, key=lambda found: -found.rule.priority):
            chosen.setdefault(match.anchor.index, match)
        # a new quote's cue ends the content before it: a participle (…، مشيراً إلى أن) or a cue after a comma;
        # only a cue that makes a quote of its own (…، بلغ عدد الركاب: "reached", not speech)
        unbounded = {id(match): self._draft(sentence, match, []) for match in chosen.values()}
        viable = [match for match in chosen.values() if unbounded[id(match)] is not None]
        shared = sorted(
            {
                match.anchor.start
                for match in viable
                if (match.rule.id.startswith("participle") and self._circumstantial(match.anchor))
                or self._after_comma(match.anchor.start)
                or self.text[match.anchor.end : match.anchor.end + 2].lstrip().startswith(":")
            }
            | {  # a participle cue after a comma starts a new quote even when no rule bound it
                word.start
                for word in sentence.words
                if any(key in self.lexicons.participles for key in word.keys) and self._after_comma(word.start)
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

    # -- one match

    def _draft(self, sentence: SentenceGraph, match: Match, boundaries: list[int]) -> Draft | None:
        if match.rule.type == "according_to":
            return self._according_to(sentence, match)
        cue_word = match.anchor
        text = self.text
        cue_class = _class_of(cue_word, self.lexicons)
        cue = _cue(text, cue_word, cue_class)
        notes: list[str] = []
        quoted_name = _quoted_name_after(text, self.marks, cue.end)
        content, quote_type = self._content(sentence, match, cue, boundaries, notes, quoted_name)
        if content is None:
            return None
        if cue.start < content.end and cue.end > content.start:
            return None
        # a cue in a clause that describes a noun (نبوءةٌ تقول إن …) is that noun's speech
        speaker_word = self._usable_speaker(match) or self._described(sentence, match)
        if speaker_word is not None and content.start > cue.start and speaker_word.start >= content.start:
            speaker_word = None  # a small parser's "subject" inside the content
        mention = self._mention(sentence, speaker_word, limit=content.start, content_head=match.word("content"))
        if mention.speaker is None and "speaker" in {node.name for node in match.rule.nodes}:
            # no subject in the parse, or only a relative pronoun (الذي ذكر فيه دبلوماسي …)
            nominal = self._nominal_between(sentence, cue_word, content.start)
            if nominal is not None:
                speaker_word = nominal
                notes.append("speaker: the first noun between the cue and the content (no nsubj in the parse)")
                mention = self._mention(sentence, nominal, limit=content.start, content_head=match.word("content"))
        if quoted_name is not None and quoted_name.end <= content.start:
            name = _trim(text, quoted_name.start, quoted_name.end)
            if name is not None and (mention.speaker is None or quoted_name.start <= mention.speaker.start):
                notes.append("speaker: the quoted name right after the cue")
                mention = Mention(speaker=name, role=None, head=None)
                speaker_word = None
        if quote_type == "indirect" and match.word("complementizer") is None and speaker_word is not None:
            content, mention = self._name_out_of_content(sentence, speaker_word, content, mention, notes)
        if quote_type == "direct" and self._title_of(sentence, speaker_word, mention, content):
            return None  # كتب معرض "من هنا ننهض بمنتجاتنا" قصة نجاح: the quotation names the noun before it
        mention = self._prefer_phrase(sentence, cue_word, speaker_word, mention, content.start)
        mention = self._with_conjuncts(sentence, cue_word, mention, content.start)
        via_word = match.word("via")
        via = (
            describe_speaker(
                sentence,
                via_word,
                text,
                roles=self.lexicons.roles,
                honorifics=self.lexicons.honorifics,
                limit=content.start,
            ).speaker
            if via_word is not None
            else None
        )
        hint_word = match.word("main_speaker")
        main_word = match.word("main")
        if hint_word is not None and not self._could_be_source(sentence, hint_word):
            hint_word = None
        if hint_word is not None and _disagree(hint_word, cue_word, "Gender"):
            hint_word = None  # تواصلت الصحيفة مع …، فأكد: the masculine verb has another subject
        if hint_word is None and main_word is not None and (
            self._names_a_source(main_word) or main_word.base_deprel == "nsubj"
        ):
            hint_word = main_word  # سخر أوباما قائلاً: the participle hangs from its speaker
        hint_mention = self._mention(sentence, hint_word, limit=cue.start, content_head=cue_word) if hint_word else None
        hint = hint_mention.speaker if hint_mention is not None else None
        speaker = mention.speaker
        if speaker is not None and speaker.start >= content.start and speaker.end <= content.end:
            speaker = None
            if mention.role is not None and mention.role.end <= content.start and mention.head is not None:
                # قال الوزير إن "داعش" …: the parser's "name in apposition" is the content's first word
                mention = Mention(speaker=mention.role, role=mention.role, head=mention.head)
                speaker = mention.role
        extra = _span_bindings(
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
            speaker_hint=hint,
            hint_role=hint_mention.role if hint_mention is not None else None,
            cue_gender=cue_word.feat("Gender"),
            cue_number=cue_word.feat("Number"),
            match=match,
            extra_bindings=extra,
            priority=match.rule.priority,
            confidence=match.rule.confidence,
            notes=tuple(notes) + mention.notes,
        )

    def _mention(self, sentence: SentenceGraph, head: Word | None, *, limit: int, content_head: Word | None) -> Mention:
        if head is None:
            return Mention(speaker=None, role=None, head=None)
        quantified = any(child.base_deprel == "det" for child in sentence.children(head.index))
        if head.upos == "PRON" and not quantified and any(key in _PERSONAL_PRONOUNS for key in head.keys):
            parent = sentence.parent(head.index)
            if parent is not None and parent.deprel.startswith("acl"):
                governor = sentence.parent(parent.index)
                if governor is not None and not is_time(governor):
                    head = governor
                else:
                    return Mention(speaker=None, role=None, head=None)
            else:
                return Mention(speaker=None, role=None, head=None)
        return describe_speaker(
            sentence,
            head,
            self.text,
            roles=self.lexicons.roles,
            honorifics=self.lexicons.honorifics,
            limit=limit,
            stop_at=content_head.index if content_head is not None and content_head.index > head.index else None,
        )

    def _content(
        self,
        sentence: SentenceGraph,
        match: Match,
        cue: Cue,
        boundaries: list[int],
        notes: list[str],
        quoted_name: QuotedSegment | None,
    ) -> tuple[Span | None, str]:
        text = self.text
        head = match.word("content")
        complementizer = match.word("complementizer")
        speaker = self._usable_speaker(match)
        speaker_end = (
            max((word.end for word in sentence.subtree(speaker.index)), default=cue.end) if speaker else cue.end
        )
        speaker_end = min(speaker_end, self._speech_opening(cue.end, clause_end=sentence.end))
        after_speaker = cue.end if speaker is None or speaker.start < cue.start else max(cue.end, speaker_end)
        if quoted_name is not None and quoted_name.close_at is not None:
            after_speaker = max(after_speaker, quoted_name.close_at + 1)
        clause_limit = _sentence_end(text, sentence, cue.end, self.marks)
        if complementizer is not None and self._not_speech_complementizer(
            sentence, complementizer, _CONNECTIVES_BEFORE_COMPLEMENTIZER
        ):
            return None, ""  # رفض …، إلا أنني دفعت الباب: "but", not what was said
        head_start = (
            word_span(text, complementizer.start, complementizer.end).start if complementizer is not None else None
        )
        if head_start is None and head is not None:
            after_cue = [word for word in sentence.subtree(head.index) if word.index > match.anchor.index]
            # أشار إلى مشاركة …، شدد على ضرورة …: the content starts after إلى/على; with ب it keeps ب (بتسجيل …)
            while (
                len(after_cue) > 1
                and after_cue[0].upos == "ADP"
                and any(key in _LEADING_PREPOSITIONS for key in after_cue[0].keys)
            ):
                after_cue = after_cue[1:]
            head_start = after_cue[0].start if after_cue else None
            if head_start is not None and (speaker is None or speaker.start < cue.start):
                head_start = self._complement_start(sentence, match.anchor, head_start)
        # 1. direct speech in quotation marks right after the cue (and its subject)
        # (an أن/إن clause bound by the rule wins: quotation marks before it are a name or a title)
        opening = _opening_after(text, self.marks, after_speaker, max(clause_limit, sentence.end), self._speech_like)
        if opening is not None and complementizer is None:
            notes.append("content in quotation marks after the cue")
            return Span.from_offsets(text, opening.start, opening.end), "direct"
        # 2. quote first: "…"، قال فلان (not for a participle with its own أن clause: "…"، مشيراً إلى أن …)
        participle_clause = match.rule.id.startswith("participle") and self._loose_complementizer(sentence, match) is not None
        if head_start is None and not participle_clause:
            closing = _closing_before(text, self.marks, cue.start)
            if closing is not None:
                notes.append("content in quotation marks before the cue")
                return Span.from_offsets(text, closing.start, closing.end), "direct"
        # 3. a colon after the cue: speech without (or before) quotation marks
        colon = _colon_after(text, after_speaker, clause_limit)
        if colon is not None and (head_start is None or head_start > colon):
            following = next(
                (
                    segment
                    for segment in self.marks.segments
                    if text[colon + 1 : segment.open_at].strip() == "" and segment.open_at > colon
                ),
                None,
            )
            if following is not None:
                notes.append("content in quotation marks after a colon")
                return Span.from_offsets(text, following.start, following.end), "direct"
            notes.append("content after a colon")
            end = self._content_end(sentence, colon + 1, boundaries)
            span = _trim(text, colon + 1, end)
            return span, "direct"
        # 4. indirect: from the complementizer (or the content's first word) to the clause end;
        #    an earlier أن/إن the parse hung elsewhere starts the content (إن نزوح … سيشكل، إن حدث، …)
        earlier = self._loose_complementizer(sentence, match)
        if head_start is not None and earlier is not None and cue.end < earlier < head_start:
            head_start = earlier
            notes.append("content starts at the first complementizer after the cue")
        if head_start is None and earlier is not None:
            head_start = earlier
            notes.append("complementizer found after the cue, outside the parse")
        if head_start is None and speaker is not None and speaker.start > cue.start:
            # واوضح الناطق الإعلامي … الرويلي، بمجرد تلقي بلاغ … باشر …: speech after the speaker and a comma
            after_comma = self._speech_after_comma(sentence, match.anchor)
            if after_comma is not None:
                notes.append("speech after the speaker and a comma, without colon or quotation marks")
                span = _trim(text, after_comma, self._content_end(sentence, after_comma, boundaries))
                return span, "direct"
        if head_start is None and speaker is None:
            # وأضاف أسفر الحريق عن …: speech that starts right after the cue, with no mark at all
            unmarked = self._clause_right_after(sentence, match.anchor)
            if unmarked is not None:
                notes.append("speech right after the cue, without colon or quotation marks")
                span = _trim(text, unmarked.start, self._content_end(sentence, unmarked.start, boundaries))
                return span, "direct"
        if (
            head_start is None
            and speaker is None
            and match.rule.id.startswith("participle")
            and _class_of(match.anchor, self.lexicons) in _PREPOSITIONAL_CLASSES
        ):
            # مشيراً إلى مباشرة الحريق …: a preposition and a noun right after the cue, whatever the parse made of them
            after_preposition = self._prepositional_complement(sentence, match.anchor)
            if after_preposition is not None:
                notes.append("prepositional complement right after the cue, outside the parse")
                head_start = after_preposition
        if head_start is None:
            return None, ""
        if head_start < cue.end:
            return None, ""
        end = self._content_end(sentence, head_start, boundaries, indirect=True)
        # (the content head's subtree is not a reliable end: small parsers cut it short)
        span = _trim(text, head_start, end)
        if span is None or len(span.text.split()) < _MIN_INDIRECT_WORDS:
            return None, ""  # وصف الجماهير: one word is a noun phrase, not what was said
        inner = [
            segment
            for segment in self.marks.segments
            if segment.open_at >= span.start and (segment.close_at or segment.end) <= span.end
        ]
        quote_type = "mixed" if inner else "indirect"
        if inner:
            notes.append("quoted fragment inside indirect content")
        return span, quote_type

    def _in_parentheses_at(self, position: int) -> bool:
        opened = self.text.rfind("(", 0, position + 1)
        return opened != -1 and self.text.find(")", opened, position + 1) == -1 and position - opened < 80

    def _title_of(self, sentence: SentenceGraph, speaker_word: Word | None, mention: Mention, content: Span) -> bool:
        """Is the quoted content right after a titled noun of the subject (معرض، برنامج، حملة "…"): its name?"""
        if speaker_word is None or mention.speaker is None or self.lexicons.titled is None:
            return False
        if not any(strip_article(key) in self.lexicons.titled for key in speaker_word.keys):
            return False
        opening = content.start - 1
        while opening > 0 and self.text[opening] in "\"«“ ":
            opening -= 1
        return mention.speaker.start <= opening < mention.speaker.end + 1 and mention.speaker.end <= content.start

    def _speech_after_comma(self, sentence: SentenceGraph, cue_word: Word) -> int | None:
        """Where speech starts after `cue speaker-phrase،` when a clause with its own verb follows the comma."""
        if not any(key in _SAYING_LEMMAS for key in (cue_word.lemma_key, *cue_word.keys, *cue_word.token_keys)):
            return None
        if any(word.upos not in ("CCONJ", "PART", "PUNCT") for word in sentence.words if word.end <= cue_word.start):
            return None  # only a sentence-opening cue (وأوضح فلان، …)
        after = [word for word in sentence.words if word.start >= cue_word.end]
        comma = next((position for position, word in enumerate(after) if word.text in ("،", ",")), None)
        if comma is None or comma == 0 or comma > _SPEAKER_PHRASE_WORDS:
            return None
        if any(word.upos not in _PHRASE_TAGS for word in after[:comma]):
            return None  # the words before the comma are not just a speaker's phrase
        clause = after[comma + 1 :]
        if len(clause) < _MIN_UNMARKED_SPEECH_WORDS or any(key in _NOT_SPEECH_OPENINGS for key in clause[0].keys):
            return None
        if any(any(key in self.lexicons.complementizers for key in word.keys) for word in clause):
            return None  # …، في بيان …، إن: the speech starts at its complementizer, not at the comma
        finite = any(
            word.upos in ("VERB", "AUX") and word.feat("VerbForm") not in ("Part", "Inf")
            for word in clause[:_UNMARKED_VERB_WINDOW]
        )
        if not finite or any(self._is_cue_word(sentence, word) for word in clause[:_UNMARKED_VERB_WINDOW]):
            return None
        return word_span(self.text, clause[0].start, clause[0].end).start

    def _prepositional_complement(self, sentence: SentenceGraph, cue_word: Word) -> int | None:
        """Where the noun after إلى/على (or بـ, kept) right after a cue starts, if that is what follows it."""
        following = [word for word in sentence.words if word.start >= cue_word.end][:2]
        if len(following) < 2 or following[0].upos != "ADP" or following[1].upos not in ("NOUN", "VERB"):
            return None
        if any(key in _LEADING_PREPOSITIONS for key in following[0].keys):
            return following[1].start
        if any(key == "ب" for key in following[0].keys):
            return word_span(self.text, following[0].start, following[0].end).start
        return None

    def _complement_start(self, sentence: SentenceGraph, cue_word: Word, head_start: int) -> int:
        """`مؤكدًا سعي الغرفة إلى تحقيق …`: with no subject between them, a noun complement starts right after
        the cue even where the parse hangs its first nouns elsewhere."""
        between = [word for word in sentence.words if cue_word.end <= word.start < head_start]
        while between and between[0].upos == "ADP" and any(key in _LEADING_PREPOSITIONS for key in between[0].keys):
            between = between[1:]
        outside = [word for word in between if not self._in_parentheses_at(word.start)]
        if not between or len(outside) > _COMPLEMENT_GAP_WORDS:
            return head_start
        if any(
            word.upos not in ("NOUN", "ADJ", "DET", "ADP", "NUM", "CCONJ")
            and not (word.upos == "PUNCT" and word.text in "()")
            for word in between
        ):
            return head_start  # (اتفاق الطرفين (اللاعب والأهلي) على …: a parenthesis may stand between)
        if any(self._names_a_source(word) for word in between):
            return head_start  # وأكد الوزير …: a subject, not the complement
        return between[0].start

    def _phrase_from(self, sentence: SentenceGraph, word: Word, limit: int) -> Mention | None:
        return phrase_between(
            sentence,
            word,
            self.text,
            limit=limit,
            roles=self.lexicons.roles,
            honorifics=self.lexicons.honorifics,
            names=self.lexicons.names,
        )

    def _prefer_phrase(
        self, sentence: SentenceGraph, cue_word: Word, speaker_word: Word | None, mention: Mention, limit: int
    ) -> Mention:
        """Trust the words of the subject's phrase when they show a name the parse missed: between cue and content
        (VSO), or between the subject and the cue (SVO: اللاعب محمد العلي أكد أنه …)."""
        if speaker_word is None or speaker_word.start >= limit:
            return mention
        if speaker_word.index < cue_word.index:
            limit = cue_word.start
        phrase = self._phrase_from(sentence, speaker_word, limit)
        if phrase is None or phrase.speaker is None:
            return mention
        if mention.speaker == phrase.speaker:
            # the parse found the same name: keep its role, or take the one the words show
            return mention if mention.role is not None or phrase.role is None else attrs.evolve(mention, role=phrase.role)
        return Mention(
            speaker=phrase.speaker,
            role=phrase.role or mention.role,
            head=phrase.head,
            notes=mention.notes + phrase.notes,
        )

    def _name_out_of_content(
        self, sentence: SentenceGraph, speaker_word: Word, content: Span, mention: Mention, notes: list[str]
    ) -> tuple[Span, Mention]:
        """`وكشف الناطق الإعلامي … العقيد عاطي بن عطية القرشي عن رصد …`: a small parser takes the name after a
        long role for the object; the name belongs to the speaker and the content starts after it."""
        if speaker_word.start >= content.start:
            return content, mention
        limit = next(
            (
                word.start
                for word in sentence.words
                if content.start < word.start < content.end
                and (word.upos == "PUNCT" or any(key in _LEADING_PREPOSITIONS for key in word.keys))
            ),
            content.end,
        )
        wide = self._phrase_from(sentence, speaker_word, limit)
        if wide is None or wide.speaker is None or wide.speaker.start != content.start:
            return content, mention
        rest = [word for word in sentence.words if wide.speaker.end <= word.start < content.end]
        while rest and rest[0].upos == "ADP" and any(key in _LEADING_PREPOSITIONS for key in rest[0].keys):
            rest = rest[1:]
        if not rest:
            return content, mention
        trimmed = _trim(self.text, rest[0].start, content.end)
        if trimmed is None:
            return content, mention
        notes.append("the name the parse took for the content belongs to the speaker")
        return trimmed, wide

    def _without_marker_words(self, mention: Mention) -> Mention:
        """على لسان المتحدث …: a parse that takes لسان for the source leaves the marker's tail in the mention."""
        speaker = mention.speaker
        while speaker is not None:
            first = speaker.text.split(maxsplit=1)
            if not first or normalize(first[0]) not in self.lexicons.marker_tails:
                break
            if len(first) == 1:
                return attrs.evolve(mention, speaker=None)
            speaker = Span.from_offsets(self.text, speaker.end - len(first[1]), speaker.end)
        return attrs.evolve(mention, speaker=speaker)

    def _names_a_source_for(self, sentence: SentenceGraph, marker: Word, source: Word) -> bool:
        """After an ambiguous marker (حسب، وفق، بناء على …) the source must look like one: a name, a role or
        descriptor, an organisation, a statement or report, a plural of people, or ما + a reporting verb."""
        # the marker's written words (من وجهة نظرهم: the parse binds only من)
        written = normalize(self.text[marker.start : marker.start + 40]).split()[:3]
        marker_words = {*written, *(strip_conjunction(word) for word in written)}
        if not (marker_words | {*marker.keys, *marker.token_keys}) & _AMBIGUOUS_MARKERS:
            return True
        if source.upos in ("PROPN", "X", "VERB") or self._names_a_source(source):
            return True
        if source.upos == "PRON" and any(key in ("ما", "ماذا") for key in source.keys):
            return True
        keys = {strip_article(key) for key in source.keys}
        previous = sentence.word(source.index - 1) if source.index > 1 else None
        if previous is not None and previous.upos == "ADP" and previous.end == source.start:
            keys |= {key[1:] for key in keys if key.startswith("ل")}  # ل + لمعلومات: the rest of للمعلومات
        if keys & self.lexicons.source_nouns:
            return True
        # المراقبين، المحتجون: a sound masculine plural names people (broken plurals of people are in role_nouns);
        # القوانين only ends like one (its lemma is قانون)
        lemma = strip_article(source.lemma_key)
        return source.feat("Number") == "Plur" and any(
            key.endswith(("ون", "ين")) and key[:-2] == lemma for key in keys
        )

    def _names_a_source(self, word: Word) -> bool:
        """A name, a given name or a role noun: a word that can be a speaker, unlike most nouns."""
        return word.upos in ("PROPN", "X") or any(
            key in self.lexicons.names or key in self.lexicons.roles for key in word.keys
        )

    def _with_conjuncts(self, sentence: SentenceGraph, cue_word: Word, mention: Mention, limit: int) -> Mention:
        """`دبلوماسي روسي سابق ومحللان`: a coordinated subject the parser hung from the verb belongs to the speaker."""
        speaker = mention.speaker
        if speaker is None or speaker.start < cue_word.start:
            return mention
        following = [word for word in sentence.words if speaker.end <= word.start < limit]
        if len(following) < 2 or following[0].upos != "CCONJ" or following[0].end != following[1].start:
            return mention
        conjunct = following[1]
        if conjunct.upos not in ("NOUN", "PROPN", "X") or conjunct.base_deprel != "conj":
            return mention
        end = max(word.end for word in sentence.subtree(conjunct.index) if word.start < limit)
        return attrs.evolve(mention, speaker=Span.from_offsets(self.text, speaker.start, end))

    def _nominal_between(self, sentence: SentenceGraph, cue_word: Word, content_start: int) -> Word | None:
        """VSO with a missed subject: the first noun after the cue, before the content, not in a prepositional phrase.

        After an addressee (وأوضح لـ"عين اليوم" أمين عام غرفة جدة …) the first role noun or given name counts.
        """
        found = self._first_nominal(sentence, cue_word, content_start)
        if found is not None:
            return found
        for word in sentence.words[cue_word.index :]:
            if word.start >= content_start or word.text in (":", "؛", "،", ",", "."):
                return None
            if self.marks.containing(word.start) is not None or word.upos in ("ADP", "PUNCT"):
                continue
            if any(key in self.lexicons.roles or key in self.lexicons.names for key in word.keys):
                return word
        return None

    def _first_nominal(self, sentence: SentenceGraph, cue_word: Word, content_start: int) -> Word | None:
        for word in sentence.words[cue_word.index :]:
            if word.start >= content_start:
                return None
            if word.upos == "PUNCT":
                if word.text in (":", "،", ",", '"', "«", "“"):
                    return None
                continue
            if word.upos == "ADP" and word.index < len(sentence.words) and sentence.words[word.index].upos == "PRON":
                continue  # ذكر فيه دبلوماسي …: a preposition with a pronoun, not the speaker's phrase
            if word.upos == "PRON" and word.index > 1 and sentence.words[word.index - 2].upos == "ADP":
                continue
            if word.upos in ("ADP", "SCONJ", "VERB", "AUX") or word.deprel in ("case", "mark"):
                return None
            surface = word_span(self.text, word.start, word.end).text
            if any(key in self.lexicons.participles for key in (*word.keys, *form_keys(surface))):
                return None  # قوله، قولها: the speech itself, not its speaker
            if any(key in _DISCOURSE_PHRASES for key in word.keys):
                return None
            if (
                word.upos in ("NOUN", "PROPN", "X")
                and word.token_first
                and not any(key in TIME_WORDS for key in word.keys)
            ):
                return word
            if word.upos not in ("DET", "PART", "CCONJ", "ADV"):
                return None
        return None

    def _clause_right_after(self, sentence: SentenceGraph, cue_word: Word) -> Word | None:
        """A finite verb right after a subject-less cue, in its subtree: the start of unmarked speech."""
        position = cue_word.index
        while position < len(sentence.words) and sentence.words[position].start < cue_word.end:
            position += 1  # words of the same token
        if position >= len(sentence.words):
            return None
        word = sentence.words[position]
        finite = word.upos in ("VERB", "AUX") and word.feat("VerbForm") not in ("Part", "Inf")
        if not finite or cue_word not in sentence.ancestors(word.index):
            return None
        if any(key in self.lexicons.verbs for key in (word.lemma_key, *word.keys)):
            return None  # two cues in a row (قال أكد): not speech
        return word

    def _speech_like(self, segment: QuotedSegment) -> bool:
        """Speech, not a title or a name: long enough, or holding a verb (سي إن إن ستايل is a name)."""
        count = segment.word_count(self.text)
        if count >= _LONG_QUOTE_WORDS:
            return True
        if count < _MIN_QUOTE_WORDS:
            return False
        first = bisect.bisect_left(self._verb_starts, segment.start)
        return first < len(self._verb_starts) and self._verb_starts[first] < segment.end

    def _loose_complementizer(self, sentence: SentenceGraph, match: Match) -> int | None:
        cue_word = match.anchor
        bound = {word.index for word in match.bindings.values() if word is not None}
        for word in sentence.words[cue_word.index : cue_word.index + _LOOSE_WINDOW_WORDS]:
            if word.upos == "PUNCT" and word.text in (".", "؟", "?", "!"):
                return None
            if self.marks.containing(word.start) is not None or (
                word.upos in ("PROPN", "X") and not self._quotation_right_after(word)
            ):
                continue  # إن of "سي إن إن", or inside a quoted title (إن "داعش" يهدد: a quoted word after it)
            if any(key in self.lexicons.complementizers for key in word.keys) and word.token_first:
                if self._not_speech_complementizer(sentence, word, _NOT_SPEECH_BEFORE_COMPLEMENTIZER):
                    return None
                return word.start
            if word.upos == "VERB" and word.index > cue_word.index + 1 and word.deprel != "acl:relcl":
                return None
            if word.index > cue_word.index + 1 and word.index not in bound and self._is_cue_word(sentence, word):
                return None  # …، مشيراً إلى أن: that complementizer is the next cue's
        return None

    def _quotation_right_after(self, word: Word) -> bool:
        """Does a quotation open right after `word` (إن "داعش" …), which a small parser reads as a name?"""
        return any(
            segment.open_at >= word.end and not self.text[word.end : segment.open_at].strip()
            for segment in self.marks.segments
        )

    @staticmethod
    def _not_speech_complementizer(sentence: SentenceGraph, word: Word, connectives: frozenset[str]) -> bool:
        """أن after إلا/بعد/قبل/حين (…، إلا أنني، بعد أن، في حين أن): a connective, not the start of speech."""
        previous = sentence.word(word.index - 1) if word.index > 1 else None
        return previous is not None and any(key in connectives for key in previous.keys)

    def _is_cue_word(self, sentence: SentenceGraph, word: Word) -> bool:
        """A reporting verb or participle of its own; not a speech noun with its owner (عن مصادر قولها إن)."""
        if word.upos in ("PRON", "PUNCT", "SCONJ", "CCONJ", "PART", "DET", "NUM"):
            return False
        following = sentence.word(word.index + 1) if word.index < len(sentence.words) else None
        if following is not None and following.start <= word.end and following.upos == "PRON":
            return False
        surface = word_span(self.text, word.start, word.end).text
        keys = (word.lemma_key, *word.keys, *form_keys(surface))
        return any(key in self.lexicons.participles or key in self.lexicons.verbs for key in keys)

    def organisation_phrases(self, heads: frozenset[str]) -> list[Span]:
        """Every noun phrase of the document headed by an organisation noun (`المديرية العامة للشئون الصحية
        بمنطقة حائل`): where the text names in full a body that its quotes name short (`الشئون الصحية`)."""
        phrases = []
        for sentence in self.document.sentences:
            for word in sentence.words:
                if word.upos not in ("NOUN", "PROPN", "X") or not any(
                    strip_article(key) in heads for key in word.keys
                ):
                    continue
                phrase = [word]
                for following in sentence.words[word.index :]:
                    if len(phrase) >= _ORGANISATION_PHRASE_WORDS or not self._continues_name(sentence, following):
                        break
                    phrase.append(following)
                while phrase[-1].upos in ("ADP", "CCONJ"):
                    phrase.pop()
                if len(phrase) >= 2:
                    phrases.append(Span.from_offsets(self.text, word.start, phrase[-1].end))
        return phrases

    def _continues_name(self, sentence: SentenceGraph, word: Word) -> bool:
        """Read left to right (small parsers misattach these): nouns, adjectives, names, a glued لـ/بـ and و
        go on an organisation's name; a separate preposition, a verb, punctuation or a time word end it."""
        if word.upos in ("NOUN", "ADJ", "PROPN", "X"):
            # a person's name or role ends it: الهيئة العامة للطيران المدني | سليمان الحمدان
            return not is_time(word) and not any(
                key in self.lexicons.names or key in self.lexicons.roles for key in word.keys
            )
        following = sentence.word(word.index + 1) if word.index < len(sentence.words) else None
        glued = following is not None and following.start <= word.end
        if word.upos == "ADP" and glued and word.text in ("ل", "ب", "لل"):
            return True
        return word.upos == "CCONJ" and glued and following is not None and following.upos in ("NOUN", "PROPN")

    def role_at(self, mention: Span) -> tuple[Span | None, Span | None]:
        """Where the text names a person source: its full name there and the role given right before it."""
        for sentence in self.document.sentences:
            if not sentence.start <= mention.start < sentence.end:
                continue
            name = next((word for word in sentence.words if word.start == mention.start), None)
            if name is None or not (
                name.upos in ("PROPN", "X") or any(key in self.lexicons.names for key in name.keys)
            ):
                return None, None
            return role_before(
                sentence,
                name,
                mention.end,
                self.text,
                roles=self.lexicons.roles,
                honorifics=self.lexicons.honorifics,
                names=self.lexicons.names,
            )
        return None, None

    def _speech_opening(self, start: int, clause_end: int) -> int:
        """Where quoted speech opens after `start`: the first colon or opening quotation mark (or the clause end)."""
        colon = _colon_after(self.text, start, clause_end)
        opening = next(
            (
                segment.open_at
                for segment in self.marks.segments
                if start <= segment.open_at < clause_end and self._speech_like(segment)
            ),
            clause_end,
        )
        return min(opening, colon if colon is not None else clause_end)

    def _usable_speaker(self, match: Match) -> Word | None:
        """The bound subject, unless it stands inside the quoted speech (a small parser's nsubj of the quote)."""
        speaker = match.word("speaker")
        if speaker is None:
            return None
        cue_end = match.anchor.end
        if speaker.start > cue_end and speaker.start >= self._speech_opening(cue_end, match.sentence.end):
            return None
        if normalize(word_span(self.text, speaker.start, speaker.end).text) in _DISCOURSE_PHRASES:
            return None  # بدوره، أكد …: "in turn", not a subject
        if self.marks.containing(speaker.start) != self.marks.containing(match.anchor.start):
            return None  # a subject and a cue on two sides of a quotation mark
        if not self._could_be_source(match.sentence, speaker):
            return None
        return speaker

    def _described(self, sentence: SentenceGraph, match: Match) -> Word | None:
        """The noun a cue's relative clause describes (نبوءةٌ تقول إن …); a clause opened by حيث/كما/عندما
        only follows the noun (… وبأي صفة، حيث أشار إلى أنه …)."""
        described = match.word("described")
        if described is None:
            return None
        if any(
            child.base_deprel == "mark" and any(key in _CLAUSE_CONNECTORS_NORMALISED for key in child.keys)
            for child in sentence.children(match.anchor.index)
        ):
            return None
        # a clause without الذي/التي describes only an indefinite noun (باحثين يصفان …), not استجوابه، المشروع
        relative = any(
            child.upos == "PRON" and any(key in _RELATIVE_PRONOUNS for key in child.keys)
            for child in sentence.children(match.anchor.index)
        )
        following = sentence.word(described.index + 1) if described.index < len(sentence.words) else None
        definite = (
            described.feat("Definite") in ("Def", "Cons")
            or normalize(described.text).startswith("ال")
            or (following is not None and following.upos == "PRON" and following.start < described.end + 1)
        )
        if definite and not relative:
            return None
        if normalize(word_span(self.text, described.start, described.end).text) in _DISCOURSE_PHRASES:
            return None  # من جهته أكد …
        return described

    def _could_be_source(self, sentence: SentenceGraph, word: Word) -> bool:
        """A small parser's "subject" that cannot be one: an adverbial accusative (سريعاً), a prepositional
        phrase (إلى جانب …، خلال استجوابه) or a time word."""
        if word.upos not in ("NOUN", "PROPN", "X", "PRON", "DET", "NUM", "ADJ"):
            return False
        if word.upos in ("NOUN", "NUM") and is_time(word):
            return False
        surface = word_span(self.text, word.start, word.end).text
        if surface.endswith(("ً", "اً", "ًا")):
            return False
        if word.base_deprel != "nsubj":
            return True  # نقلاً عن مصادر: a source reached through its preposition
        return not any(child.base_deprel == "case" for child in sentence.children(word.index))

    def _circumstantial(self, word: Word) -> bool:
        """مشيراً، مؤكدا، مضيفاً: an accusative participle (or one after a comma) starts a new quote;
        a noun that shares its letters (باهتمام ومتابعة) does not."""
        surface = word_span(self.text, word.start, word.end).text
        return surface.endswith(("ً", "ا")) or self._after_comma(word.start)

    def _after_comma(self, position: int) -> bool:
        """Does a clause start here: a comma before it, a conjunction و/ف glued to it or a connector (حيث، كما)?"""
        before = self.text[max(0, position - 12) : position].rstrip()
        for connector in _CLAUSE_CONNECTORS:
            if before.endswith(connector) and (len(before) == len(connector) or before[-len(connector) - 1] in " ،,"):
                before = before[: -len(connector)].rstrip()
                break
        if before.endswith(("و", "ف")) and (len(before) < 2 or before[-2].isspace() or before[-2] in "،,"):
            before = before[:-1].rstrip()
        return before.endswith(("،", ","))

    def _content_end(
        self, sentence: SentenceGraph, start: int, boundaries: list[int], *, indirect: bool = False
    ) -> int:
        text = self.text
        end = _sentence_end(text, sentence, start, self.marks)
        for boundary in boundaries:
            if start < boundary < end:
                end = boundary
                if text[end - 1] in "وف" and (end < 2 or not text[end - 2].isalpha()):
                    end -= 1  # the conjunction glued to the next cue (وقالت) belongs to it
                before = text[start:end].rstrip()
                for connector in _CLAUSE_CONNECTORS:
                    if before.endswith(connector) and not before[: -len(connector)][-1:].isalpha():
                        end = start + len(before) - len(connector)  # …، كما أوضح: the connector opens the next quote
                        break
                break
        semicolon = re.search(r"؛\s*(و|ف)?ذلك|؛\s*و(?=\S)", text[start:end])
        if semicolon:
            end = start + semicolon.start()
        # …، إلا أنه رفض الإفصاح: the narrator's "but" ends reported speech (direct speech keeps the speaker's own)
        adversative = _ADVERSATIVE.search(text, start, end) if indirect else None
        if adversative:
            end = adversative.start()
        return end

    # -- according to

    def _according_to(self, sentence: SentenceGraph, match: Match) -> Draft | None:
        text = self.text
        marker = match.word("marker")
        source = match.word("speaker")
        if marker is None or source is None:
            return None
        first = min(marker, *sentence.words[max(0, marker.index - 2) : marker.index], key=lambda word: word.index)
        marker_word = marker
        if marker.deprel in ("fixed",) and marker.index > 1 and sentence.word(marker.index - 1).start == marker.start:
            marker_word = sentence.word(marker.index - 1)
        del first
        cue = _cue(text, marker_word, None)
        if not self._names_a_source_for(sentence, marker, source):
            return None  # حسب الطلب، وفق منظوره: "as required", "in line with", not a source
        mention = self._mention(sentence, source, limit=sentence.end, content_head=None)
        if mention.speaker is None:
            return None
        mention = self._without_marker_words(mention)
        if mention.speaker is None:
            return None
        source_end = max(word.end for word in sentence.subtree(source.index))
        # content before the marker: the clause just before it, from the last comma, colon or dash
        separator = cue.start
        while separator > sentence.start and text[separator - 1] in " \t\n،,ـ-–—(":
            separator -= 1
        opening = max(
            [sentence.start]
            + [
                position + 1
                for position in (text.rfind(mark, sentence.start, separator) for mark in "ـ(–—:،,؛")
                if position != -1
            ]
        )
        before = _trim(text, opening, cue.start)
        after_start = max(source_end, mention.speaker.end)
        after = _trim(text, after_start, _sentence_end(text, sentence, after_start, self.marks))
        comma_after_source = text[after_start : after_start + 3].strip()[:1] in ("،", ",")
        long_enough = [
            side
            for side in ((after, before) if comma_after_source or before is None else (before, after))
            if side is not None and len(side.text.split()) >= 3
        ]
        if not long_enough:
            return None
        content = long_enough[0]
        return Draft(
            sentence_index=sentence.index,
            type="according_to",
            content=content,
            cue=cue,
            cue_class="according_to",
            speaker=mention.speaker,
            role=mention.role,
            via=None,
            speaker_hint=None,
            hint_role=None,
            cue_gender=None,
            cue_number=None,
            match=match,
            extra_bindings=(),
            priority=match.rule.priority,
            confidence=match.rule.confidence,
            notes=("source governed by the marker", *mention.notes),
        )


def _span_bindings(
    sentence: SentenceGraph, spans: tuple[tuple[str, Span | None], ...], notes: tuple[str, ...]
) -> tuple[Binding, ...]:
    """Bindings for spans the attribution step grew (the role of a وهو clause), for the evidence."""
    found = []
    how = "; ".join(notes) or "grown from the speaker"
    for name, span in spans:
        if span is None:
            continue
        first = next((word for word in sentence.words if span.start <= word.start < span.end), None)
        if first is not None:
            found.append(Binding(node=name, word_index=first.index, word_text=span.text, path=how))
    return tuple(found)


def _overlap(first: Span, second: Span) -> float:
    shared = max(0, min(first.end, second.end) - max(first.start, second.start))
    longer = max(first.end - first.start, second.end - second.start)
    return shared / longer if longer else 0.0


def _nested(inner: Draft, outer: Draft) -> bool:
    """A quote inside a quote: its cue lies in the other's content (a record of its own)."""
    return outer.content.start <= inner.cue.start < outer.content.end


def _without_overlaps(drafts: list[Draft]) -> list[Draft]:
    """Keep one quote per content: where contents overlap by half, the higher priority wins; nested quotes stay."""
    kept: list[Draft] = []
    for draft in sorted(drafts, key=lambda item: (-item.priority, item.cue.start)):
        if any(
            draft.cue.start == other.cue.start
            or (
                _overlap(draft.content, other.content) >= 0.5
                and not _nested(draft, other)
                and not _nested(other, draft)
            )
            or (_nested(draft, other) and (draft.confidence < _NESTED_MIN_CONFIDENCE or draft.type == "according_to"))
            for other in kept
        ):
            continue
        kept.append(draft)
    return sorted(kept, key=lambda item: (item.content.start, item.cue.start))


def normalised_words(span: Span | None) -> tuple[str, ...]:
    return tuple(normalize(word) for word in span.text.split()) if span is not None else ()
