"""SpeakerResolver: the driver. It reads the drafts of one document in document order, asks the quote sieves
(:mod:`quotes.coreference.quote_sieves`) for each draft's source, keeps the latest speaker, then runs the passes
over the whole document (:mod:`quotes.coreference.completion`) and writes the records
(:mod:`quotes.coreference.records`)."""

from __future__ import annotations

from quotes.coreference.chains import Entity
from quotes.coreference.completion import (
    full_organisation_names,
    merged,
    names_after_their_head,
    names_in_parentheses,
    roles_from_other_mentions,
)
from quotes.coreference.finding import find, observe
from quotes.coreference.issuers import issuer
from quotes.coreference.quote_sieves import QUOTE_SIEVES, Turn, latest_speaker
from quotes.coreference.records import quote_record, quotes_scripture, reported_within, said_in_a_relative_clause
from quotes.coreference.state import Coreference
from quotes.drafts import Draft
from quotes.drafts.overlaps import relative_marker
from quotes.model import Quote, Span


class SpeakerResolver(Coreference):
    """Resolves the drafts of one document into quotes, in document order."""

    def find(self, mention: Span, role: Span | None = None, gender: str | None = None) -> Entity | None:
        """The entity an earlier mention began that `mention` (with `role`, the title the rules read in it; `gender`,
        its verb's) names."""
        return find(self, mention, role, gender)

    def observe(self, mention: Span, role: Span | None = None, gender: str | None = None) -> Entity:
        """The entity `mention` names (a new one if none), the mention and role added to it."""
        return observe(self, mention, role, gender)

    def issuer(self, mention: Span) -> Span | None:
        """`تقرير صادر عن الهيئة العامة …` → `الهيئة العامة …`: who issued a statement, report or survey."""
        return issuer(self, mention)

    def resolve(self, drafts: list[Draft], meta: dict[str, object] | None = None) -> list[Quote]:
        """The drafts' quotes, each pointing at its source's entity, in order of their content."""
        resolved: list[tuple[Draft, Entity | None, float]] = []
        #: the source of each cue seen so far: a participle (…، مؤكداً أن) speaks for its main verb's quote
        by_cue: dict[int, Entity | None] = {}
        #: the role a cue without a subject goes on with: the one its source was given last before it, by draft
        going_on: dict[int, Span] = {}
        for draft in sorted(drafts, key=lambda item: item.cue.start):
            if draft.via is not None:
                self.observe(draft.via)
            confidence = draft.confidence
            turn = Turn(draft, resolved, by_cue)
            entity: Entity | None = None
            for sieve in QUOTE_SIEVES:
                entity = sieve(self, turn)
                if entity is not None:
                    break
            else:
                entity = latest_speaker(self, turn)
                confidence *= 0.85
            if entity is not None:
                if draft.speaker is None and draft.role is None and entity.latest_role is not None:
                    going_on[id(draft)] = entity.latest_role
                if draft.speaker is not None and draft.cue_gender and entity.gender is None and not _relayed(draft):
                    entity.gender = draft.cue_gender
                # (على حد قوله: he put it so; وفق ما قاله الوزير فلان: he spoke, and a later وأضاف or بحسب قوله is his;
                # …، بحسب غابيزون الذي أشرف على العملية. وقال إنه …: a person named after the marker goes on speaking,
                # a medium or a body the news came through does not)
                speaks_on = (
                    draft.type != "according_to"
                    or draft.speaker_hint is not None
                    or (draft.speaker is not None and relative_marker(self.document.text, draft))
                    or (draft.speaker is not None and self.names_person(draft.speaker))
                )
                # (قال الله تعالى: «…»: God and the Prophet whom a speaker quotes never go on speaking)
                if (
                    speaks_on
                    and not reported_within(draft, drafts, self.document.text)
                    and not said_in_a_relative_clause(draft)
                    and not quotes_scripture(draft)
                ):
                    self.last_speaker = entity
            if entity is not None:
                self.sources_quoted.append(entity)
            by_cue[draft.match.anchor.start] = entity
            resolved.append((draft, entity, confidence))
        entities = {id(entity): entity for _, entity, _ in resolved if entity is not None}.values()
        roles_from_other_mentions(self, entities)
        full_organisation_names(self, entities)
        names_in_parentheses(self, entities)
        names_after_their_head(self, entities)
        into = merged(self, list(entities))
        resolved = [
            (draft, into.get(id(entity), entity) if entity is not None else None, confidence)
            for draft, entity, confidence in resolved
        ]
        quotes = [
            quote_record(self, draft, entity, confidence, meta, role=going_on.get(id(draft)))
            for draft, entity, confidence in resolved
        ]
        return sorted(quotes, key=lambda quote: (quote.content.start, quote.cue.start))


def _relayed(draft: Draft) -> bool:
    """Whether the cue's subject is the transmitter named between the cue and the source (`ونسبت الصحيفة إلى محللين
    قولهم …`، `نقلت رويترز عن مصادر …`): the verb agrees with the transmitter, and says nothing of the source's gender;
    not a speaker who relays a report inside his quote (`وقال أحمد: إن الوزارة أفادت بأن …`: أفادت is the ministry's)."""
    via, speaker = draft.via, draft.speaker
    return via is not None and speaker is not None and draft.cue.end <= via.start < speaker.start
