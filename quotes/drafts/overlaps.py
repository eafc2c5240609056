"""The document's drafts side by side: one quote per content, and a warning where contents overlap."""

from __future__ import annotations

import itertools
import re

import attrs

from quotes.drafts.draft import Draft
from quotes.drafts.spans import holds_relative_ma, trim
from quotes.model import Span
from quotes.normalize import normalize
from quotes.quotemarks import QuoteMarks
from quotes.speakers.mention import SPEECH_WORDS
from quotes.speakers.words import RELATIVE_PRONOUNS

#: A quote inside another quote's content is kept only from a confident rule (not a bare noun complement).
_NESTED_MIN_CONFIDENCE = 0.65
#: A quote that an "according to" marker after it closes comes from a rule at least this sure (see _markers_after).
_CLOSED_MIN_CONFIDENCE = 0.7


def overlap(first: Span, second: Span) -> float:
    """The share of the longer span that the two spans have in common."""
    shared = max(0, min(first.end, second.end) - max(first.start, second.start))
    longer = max(first.end - first.start, second.end - second.start)
    return shared / longer if longer else 0.0


def nested(inner: Draft, outer: Draft) -> bool:
    """A quote inside a quote: its cue lies in the other's content (a record of its own)."""
    return outer.content.start <= inner.cue.start < outer.content.end


def marks_another(marker: Draft, drafts: list[Draft]) -> bool:
    """Whether an "according to" quote only marks another quote's source: its content lies inside another quote's
    content (`…، مبيناً أن الكميات ستغير وضع البلاد وستساهم في النهضة حسب قوله`) or holds the cue of a quote whose
    content follows the marker (`إلا أن البيت الأبيض أكد على لسان المتحدث باسمه أن …`: who spoke for the verb's
    subject; `وبحسب رويترز، فقد ذكر فلان أن …`: the verb's transmitter), or stands between a quote's cue and its
    content (`يقول الكاتب على لسان بطله لصديقه: «…»`: whose mouth the speaker's words are put in). A quote with no
    speaker of its own inside the marker's content (`وبحسب السناني، فإن …، مشيراً إلى …`) goes on with the marker's
    source: it is not marked."""
    return marker.type == "according_to" and any(
        other is not marker
        and other.type != "according_to"
        and (
            (other.content.start <= marker.content.start and marker.content.end <= other.content.end)
            or (
                marker.content.start <= other.cue.start < marker.content.end
                and other.content.start >= marker.cue.start
                and other.speaker is not None
                and _opens_content(marker, other.cue.start)
            )
            or (other.cue.end <= marker.cue.start and marker.cue.end <= other.content.start < marker.content.end)
        )
        for other in drafts
    )


def _markers_after(quote: Draft, drafts: list[Draft]) -> list[Draft]:
    """The "according to" markers that close `quote` (`وقال الوزير إن …، حسبما ذكرت الوكالة`، `… على حد قوله`): those
    after its cue, in the same sentence, whose content (the clause before the marker) holds that cue. A quote from a
    rule less sure than a reporting verb with its speech (a participle alone or with a noun: `في زيادة لافتة عن …`)
    closes no marker."""
    if quote.type == "according_to" or quote.confidence < _CLOSED_MIN_CONFIDENCE:
        return []
    return [
        marker
        for marker in drafts
        if marker.type == "according_to"
        and marker.sentence_index == quote.sentence_index
        and marker.cue.start > quote.cue.end
        and marker.content.start <= quote.cue.start < marker.content.end
    ]


def relayed_by_markers_after(text: str, drafts: list[Draft]) -> list[Draft]:
    """A marker after a quote's cue, whose clause holds that cue, is no quote of its own. With a pronoun for its source
    (`…، على حد قوله`) it says that the speaker said it, and with `ما` and a verb (`…، حسبما ذكرت الوكالة`) who
    relays it (spec: `قال X إن … بحسب ما ذكر Y` is one record, via Y): the quote's content ends before it. A marker
    that governs a noun (`… غير صحيح حسب تقرير اللجنة`) is the speaker's own evidence, inside the content."""
    closing = {id(draft): _markers_after(draft, drafts) for draft in drafts}
    markers = {id(marker) for found in closing.values() for marker in found}
    found = []
    for draft in drafts:
        if id(draft) in markers:
            continue
        if closing[id(draft)]:
            marker = min(closing[id(draft)], key=lambda item: (item.cue.start, -item.priority))
            relative = relative_marker(text, marker)
            if marker.speaker is None or relative:
                content = draft.content
                if content.start < marker.cue.start < content.end:
                    content = trim(text, content.start, marker.cue.start) or content
                via = marker.speaker if relative and draft.via is None else draft.via
                draft = attrs.evolve(draft, content=content, via=via)
        found.append(draft)
    return found


def relative_marker(text: str, marker: Draft) -> bool:
    """حسبما، بحسب ما، وفقا لما: a marker with ما, written on it or after it, and a verb after that."""
    return holds_relative_ma(normalize(marker.cue.text)) or normalize(text[marker.cue.end : marker.cue.end + 4]).split()[:1] == ["ما"]


#: A verb reported through an according-to marker comes within this many words of the marker's content start.
_MARKED_VERB_WORDS = 12


def _opens_content(marker: Draft, position: int) -> bool:
    """Whether `position` lies in the first words of the marker's content: the verb of the clause the marker governs
    (`وبحسب رويترز، فقد ذكر نجيب أن …`), not a verb deep inside it (`ووفقا للموقع …، فقد زودت شركة أبل هواتفها …
    ويخبر مستخدمه بأنه …`)."""
    return len(marker.content.text[: position - marker.content.start].split()) <= _MARKED_VERB_WORDS


def _with_relayed_sources(kept: list[Draft], drafts: list[Draft]) -> list[Draft]:
    """`وبحسب رويترز، فقد ذكر نجيب أن …`: the source of a marker before another quote's cue relays that quote (its
    transmitter, `via`), as in `قال X إن … بحسب ما ذكر Y`."""
    kept_ids = {id(draft) for draft in kept}
    markers = [draft for draft in drafts if id(draft) not in kept_ids and draft.speaker is not None]
    relayed = []
    for draft in kept:
        marker = next(
            (
                m
                for m in markers
                if m.cue.start < draft.cue.start
                and m.content.start <= draft.cue.start < m.content.end
                and draft.content.start >= m.cue.start
            ),
            None,
        )
        if marker is not None and draft.via is None and draft.type != "according_to":
            draft = attrs.evolve(draft, via=marker.speaker)
        relayed.append(draft)
    return relayed


#: A marker with ما right before a reporting verb (وفقا لما نقلته، حسبما أوردت، بحسب ما بثته …), as written, normalised.
_RELATIVE_MARKER_BEFORE = re.compile(r"(?:^|\s)(?:و?(?:وفقا|طبقا) لما|و?(?:ب?حسب|وفق) ما|و?ب?حسبما)$")


def _with_transmitters_between(text: str, drafts: list[Draft]) -> list[Draft]:
    """`وقال، وفقاً لما نقلته وكالة الأنباء، إن …`: a reporting verb after a marker with ما, between a quote's cue and its
    content, reports the same content; its subject relays the quote (spec: `قال X إن … بحسب ما ذكر Y` is one record,
    via Y): the quote takes it as `via`, and the relaying verb is no quote of its own."""
    relays: dict[int, Draft] = {}
    for draft in drafts:
        if draft.type == "according_to" or draft.via is not None:
            continue
        for other in drafts:
            if (
                other.speaker is None
                or not _rival_quote(draft, other)
                or not draft.cue.end <= other.cue.start < other.speaker.start <= draft.content.start
            ):
                continue
            before = normalize(text[draft.cue.end : other.cue.start]).rstrip(" ،,")
            if _RELATIVE_MARKER_BEFORE.search(before):
                relays[id(draft)] = other
                break
    relaying = {id(other) for other in relays.values()}
    return [
        attrs.evolve(draft, via=relays[id(draft)].speaker) if id(draft) in relays else draft
        for draft in drafts
        if id(draft) not in relaying
    ]


def _rival_quote(draft: Draft, other: Draft) -> bool:
    """Whether `other` is another reporting quote of the draft's sentence (not an according-to one) that claims at least
    half of the same content."""
    return (
        other is not draft
        and other.type != "according_to"
        and other.sentence_index == draft.sentence_index
        and overlap(draft.content, other.content) >= 0.5
    )


def _verb_before_anothers_cue(text: str, draft: Draft, drafts: list[Draft]) -> bool:
    """A verb whose content opens with another quote's cue, a word of saying (`قوله`، `قائلا`), that quote's content
    inside its own (`وأشارت فلانة | بقولها: يبدأ الموسم …`): the verb only leads into the other's speech, which is the
    quote; no quote of its own (but `قال: ترى بكين أن …` quotes a sentence that holds a cue of its own)."""
    return any(
        other is not draft
        and _saying_word(other.cue.text)
        and not text[draft.content.start : other.cue.start].strip(" ،,:")
        and draft.content.start <= other.cue.start
        and other.cue.end <= other.content.start
        and other.content.end <= draft.content.end
        for other in drafts
    )


def _saying_word(written: str) -> bool:
    """Whether a cue is a word of saying (قوله، بقولها، قائلا: speakers.mention.SPEECH_WORDS), with its preposition."""
    key = normalize(written)
    return key in SPEECH_WORDS or (key[:1] in ("ب", "و", "ف") and key[1:] in SPEECH_WORDS)


def _verb_of_a_marker(draft: Draft, drafts: list[Draft]) -> bool:
    """A cue between an according-to marker and the source it governs (بحسب ما | أعلنت | زوجة الضحية): the marker's
    verb, no quote of its own (spec: the cue is the marker)."""
    return draft.type != "according_to" and any(
        other.type == "according_to"
        and other.speaker is not None
        and other.cue.end <= draft.cue.start
        and draft.cue.end <= other.speaker.start
        for other in drafts
    )


def _complement_of_a_nearer_relative_cue(text: str, draft: Draft, drafts: list[Draft]) -> bool:
    """Whether the content a draft claims follows another cue, in a relative clause between the draft's cue and that
    content, with its own subject after it (`وتحدث الوزير عن المشروع الذي يرى المسؤولون أنه سيغير …`): a complement
    clause belongs to the nearest verb of saying, whatever the parse hung it on, and the relative clause's subject
    says it. Not a clause opened by ما (`رداً على ما ذكره الوزير إن …`: the farther verb's speech), nor a verb with its
    object pronoun written on it (`تقرير البنك الذي نقلته الوكالة إن …`: the pronoun is the report, which the agency
    carried; what follows is the report's)."""
    for other in drafts:
        if (
            other.speaker is None
            or not _rival_quote(draft, other)
            or not draft.cue.end <= other.cue.start
            or not other.cue.end <= other.speaker.start
            or other.cue.end > other.match.anchor.end
            or not other.speaker.end <= draft.content.start
        ):
            continue
        before = text[draft.cue.end : other.cue.start].split()
        if before and normalize(before[-1]) in RELATIVE_PRONOUNS:
            return True
    return False


def _fragment_of_another(draft: Draft, drafts: list[Draft]) -> bool:
    """Whether a quotation a cue outside another quote's content claims lies inside that content (`وقال فلان إنه لم
    يقدم إلا … "الدعم بنيران دفاعية لحمايتهم" وأشار إلى …`): the quoted words are a fragment of that (mixed) quote,
    not the later cue's speech. A cue inside the other's content cues a nested quote, a record of its own."""
    return draft.type == "direct" and any(
        other is not draft
        and other.type in ("indirect", "mixed")
        and other.content.start <= draft.content.start
        and draft.content.end <= other.content.end
        and not other.content.start <= draft.cue.start < other.content.end
        for other in drafts
    )


def _holds_another_marker(draft: Draft, drafts: list[Draft]) -> bool:
    """Whether an "according to" marker after its content (`…، على حد قوله`) took in another marker that opens the
    same clause (`وحسب فلان، فإن …، على حد قوله`): one quote, whose content starts after the first marker; the one
    that closes it names the same source again."""
    return draft.type == "according_to" and any(
        other is not draft
        and other.type == "according_to"
        and draft.content.start <= other.cue.start < other.content.start <= draft.content.end
        and overlap(draft.content, other.content) >= 0.5
        for other in drafts
    )


def without_overlaps(text: str, drafts: list[Draft]) -> list[Draft]:
    """Keep one quote per content: where contents overlap by half, the higher priority wins, unless a nearer cue in a
    relative clause says it; nested quotes stay; an "according to" marker of another quote's source is none of its own,
    nor is a verb that relays another quote, nor a marker closing a clause another marker opens."""
    kept: list[Draft] = []
    drafts = [draft for draft in drafts if not _complement_of_a_nearer_relative_cue(text, draft, drafts)]
    drafts = [draft for draft in drafts if not _fragment_of_another(draft, drafts)]
    drafts = [draft for draft in drafts if not _verb_before_anothers_cue(text, draft, drafts)]
    drafts = _with_transmitters_between(text, [draft for draft in drafts if not _verb_of_a_marker(draft, drafts)])
    drafts = _with_relayed_sources([draft for draft in drafts if not marks_another(draft, drafts)], drafts)
    drafts = [draft for draft in drafts if not _holds_another_marker(draft, drafts)]
    for draft in sorted(drafts, key=lambda item: (-item.priority, item.cue.start)):
        if any(
            draft.cue.start == other.cue.start
            or (
                overlap(draft.content, other.content) >= 0.5
                and not nested(draft, other)
                and not nested(other, draft)
            )
            or (nested(draft, other) and (draft.confidence < _NESTED_MIN_CONFIDENCE or draft.type == "according_to"))
            for other in kept
        ):
            continue
        kept.append(draft)
    return sorted(kept, key=lambda item: (item.content.start, item.cue.start))


def with_warnings(drafts: list[Draft], marks: QuoteMarks) -> list[Draft]:
    """Each draft with what makes it doubtful: an unbalanced or stray quotation mark in or at the edges of its
    content, and a content that overlaps another record's without nesting in a closed quotation."""
    found: dict[int, list[str]] = {id(draft): [] for draft in drafts}
    for draft in drafts:
        around = marks.problems_within(draft.content.start - 1, draft.content.end + 1)
        found[id(draft)].extend(problem.message for problem in around)
    for first, second in itertools.combinations(drafts, 2):
        if not overlap(first.content, second.content):
            continue
        longer = first.content.end - first.content.start >= second.content.end - second.content.start
        outer, inner = (first, second) if longer else (second, first)
        contained = outer.content.start <= inner.content.start and inner.content.end <= outer.content.end
        segment = marks.containing(inner.content.start)
        if contained and segment is not None and segment.balanced and segment.start <= outer.content.start:
            continue  # a quote inside a closed quotation: a record of its own
        if contained and outer.type not in ("direct", "mixed") and marks.containing(outer.content.start) is None:
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
