"""SpeakerResolver: the drafts of one document resolved into quotes, each source an entity of the document."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

import attrs

from quotes.coreference.bodies import inside_other_head
from quotes.coreference.chains import Entity
from quotes.coreference.counting import cardinality
from quotes.coreference.finding import find, observe
from quotes.coreference.issuers import issuer
from quotes.coreference.spans import whole_words
from quotes.coreference.state import Coreference
from quotes.coreference.titles import after_belonging_preposition, in_construct
from quotes.coreference.words import body_words, conjoined, mention_words
from quotes.drafts import Draft
from quotes.model import Quote, Span
from quotes.normalize import char_before_spaces, normalize, strip_conjunction


class SpeakerResolver(Coreference):
    """Resolves the drafts of one document into quotes, in document order."""

    def find(self, mention: Span, role: Span | None = None) -> Entity | None:
        """The entity an earlier mention began that `mention` (with `role`, the title the rules read in it) names."""
        return find(self, mention, role)

    def observe(self, mention: Span, role: Span | None = None) -> Entity:
        """The entity `mention` names (a new one if none), the mention and role added to it."""
        return observe(self, mention, role)

    def issuer(self, mention: Span) -> Span | None:
        """`تقرير صادر عن الهيئة العامة …` → `الهيئة العامة …`: who issued a statement, report or survey."""
        return issuer(self, mention)

    def _honoured(self, draft: Draft) -> Entity | None:
        """The person an honorific subject (وأكد معاليه، وأوضح سموه) stands for: the one quoted last, where a name or title
        shows a person of the honorific's gender. (The latest person the text names may be one a quote spoke of: حكومة
        خادم الحرمين الشريفين الملك سلمان … in the quotation before.) None where no one was quoted yet."""
        if self.honorifics is None or draft.speaker is None or self.last_speaker is None:
            return None
        entry = self.honorifics.entries.get(strip_conjunction(normalize(draft.speaker.text)))
        if entry is None:
            return None
        titled = self._named_with_honorific(draft.speaker)
        if titled is not None and not set(mention_words(titled)) <= self.last_speaker.words():
            # ورحب سموه بأعضاء المجلس … after رئيس المجلس البلدي الدكتور فلان was quoted: سموه is the one the text
            # called صاحب السمو, not whoever spoke last; the entity table knows whom
            return None
        gender = self.named_gender(self.last_speaker)
        honoured = {"m": "Masc", "f": "Fem"}.get(entry.fields.get("gender") or "")
        if gender is None or honoured not in (None, gender):
            return None
        return self.last_speaker

    def _named_with_honorific(self, pronoun: Span) -> Span | None:
        """The latest person's name before an honorific pronoun that the text wrote after the same honorific noun
        (سموه → the name after صاحب السمو or سمو الأمير), if any."""
        noun = next((key for span, key in self.honoured if span.start < pronoun.end and pronoun.start < span.end), None)
        if noun is None:
            return None
        names = [
            span
            for span, key in self.honoured
            if key == noun and span.end <= pronoun.start and (span.start, span.end) in self.person_name_set
        ]
        return names[-1] if names else None

    def _recent(self, gender: str | None) -> Entity | None:
        if self.last_speaker is not None and (gender is None or self.gender(self.last_speaker) in (None, gender)):
            return self.last_speaker
        for entity in reversed(self.entities):
            if gender is not None and self.gender(entity) == gender:
                return entity
        if self.last_speaker is None and self.entities:
            return self.entities[-1]  # no quote before: the source an according-to or a relay named last
        return self.last_speaker

    def _one_person(self, entity: Entity) -> bool:
        """A person whose given name or title gives the gender (not the gender a verb agreed with: وقال السكان), whom no
        mention counts as more than one."""
        return self.named_gender(entity) is not None and not any((cardinality(mention) or 1) > 1 for mention in entity.mentions)

    def _recent_plural(self) -> Entity | None:
        """The latest source the text counts as two or more (ثلاثة مصادر، دبلوماسي ومحللان) or names with a sound plural
        (المزارعون، مسؤولين); None where there is none."""
        for entity in reversed(self.entities):
            for mention in entity.mentions:
                first = mention_words(mention)[:1]
                counted = cardinality(mention)
                if (counted is not None and counted > 1) or (first and len(first[0]) > 4 and first[0].endswith(("ون", "ين"))):
                    return entity
        return None

    def resolve(self, drafts: list[Draft], meta: dict[str, object] | None = None) -> list[Quote]:
        resolved: list[tuple[Draft, Entity | None, float]] = []
        #: the source of each cue seen so far: a participle (…، مؤكداً أن) speaks for its main verb's quote
        by_cue: dict[int, Entity | None] = {}
        for draft in sorted(drafts, key=lambda item: item.cue.start):
            if draft.via is not None:
                self.observe(draft.via)
            confidence = draft.confidence
            main = draft.match.word("main")
            honoured = self._honoured(draft)
            if honoured is not None:
                entity: Entity | None = honoured
            elif draft.speaker is not None:
                entity = self.observe(draft.speaker, draft.role)
            elif main is not None and by_cue.get(main.start) is not None:
                entity = by_cue[main.start]
            elif main is not None and (enclosing := self._enclosing(resolved, main.start)) is not None:
                entity = enclosing  # أشار إلى أن … التي تنظمها الجمعية، مؤكداً: the participle continues that quote
            elif draft.speaker_hint is not None:
                entity = self.observe(draft.speaker_hint, draft.hint_role)
            else:
                entity = self._recent(draft.cue_gender)
                if draft.cue_number in ("Plur", "Dual") and entity is not None and self._one_person(entity):
                    entity = self._recent_plural()  # وطالبوا …: they, not the one person quoted last
                confidence *= 0.85
            if entity is not None:
                if draft.speaker is not None and draft.cue_gender and entity.gender is None:
                    entity.gender = draft.cue_gender
                speaks_on = draft.type != "according_to" or draft.speaker_hint is not None  # (على حد قوله: he put it so)
                if speaks_on and not _reported_within(draft, drafts, self.document.text):
                    self.last_speaker = entity
            by_cue[draft.match.anchor.start] = entity
            resolved.append((draft, entity, confidence))
        entities = {id(entity): entity for _, entity, _ in resolved if entity is not None}.values()
        self._roles_from_other_mentions(entities)
        self._full_organisation_names(entities)
        merged = self._merged(list(entities))
        resolved = [
            (draft, merged.get(id(entity), entity) if entity is not None else None, confidence)
            for draft, entity, confidence in resolved
        ]
        quotes = [self._quote(draft, entity, confidence, meta) for draft, entity, confidence in resolved]
        return sorted(quotes, key=lambda quote: (quote.content.start, quote.cue.start))

    def _roles_from_other_mentions(self, entities: Iterable[Entity]) -> None:
        """Where the text first names a quoted person (often a sentence without a quote): full name and role."""
        if self.role_at is None:
            return
        text = self.document.text
        for entity in entities:
            name = entity.fullest.text
            if set(mention_words(entity.fullest)[:1]) & self.kind_heads:
                continue  # a body (منظمة الصحة العالمية) has no title; the one before it in the text is a person's
            tagged_body = all(mention_words(mention) in self.tagged_organisations for mention in entity.mentions)
            position = text.find(name)
            while position != -1:
                role, full = self.role_at(Span(name, position, position + len(name)))
                if role is not None and (
                    after_belonging_preposition(role, position, text) or (tagged_body and in_construct(role, position, text))
                ):
                    role = None  # the title of one who belongs to the body, or of its leader: not the body's
                if full is not None and len(full.text) > len(entity.fullest.text):
                    entity.mentions.append(full)
                if entity.role is None and role is not None:
                    entity.role = role
                if entity.role is not None:
                    break
                position = text.find(name, position + 1)

    @staticmethod
    def _enclosing(resolved: list[tuple[Draft, Entity | None, float]], offset: int) -> Entity | None:
        """The source of the latest quote whose content holds `offset`."""
        for draft, entity, _ in reversed(resolved):
            if draft.content.start <= offset < draft.content.end:
                return entity
        return None

    def _merged(self, entities: list[Entity]) -> dict[int, Entity]:
        """`صدّيق` quoted before the text gave `خان` its full name `صديق خان`: once full names are known, an
        entity whose every word belongs to an earlier, fuller entity is that entity."""
        merged: dict[int, Entity] = {}
        for position, entity in enumerate(entities):
            words = set(mention_words(entity.fullest))
            for earlier in entities[:position]:
                if id(earlier) in merged or not words:
                    continue
                if (
                    words < set(mention_words(earlier.fullest))
                    and entity.gender in (None, earlier.gender)
                    and not inside_other_head(self, words, earlier)
                ):
                    merged[id(entity)] = earlier
                    if earlier.role is None:
                        earlier.role = entity.role
                    break
        return merged

    def _full_organisation_names(self, entities: Iterable[Entity]) -> None:
        """`الأرصاد` → `الرئاسة العامة للأرصاد وحماية البيئة`: a body quoted by a short name takes the fullest
        organisation phrase of the document that holds all of its words."""
        if self.organisation_phrases is None:
            return
        heads = self.organisation_heads
        phrases: list[Span] | None = None
        for entity in entities:
            words = set(mention_words(entity.fullest))
            if not words or not strip_conjunction(normalize(entity.fullest.text)).startswith("ال"):
                continue  # a definite short name (الأرصاد، الشئون الصحية), not a person's name
            if mention_words(entity.fullest) in self.tagged_organisations:
                continue  # the entity tagger reads it as an organisation's whole name (الأمم المتحدة), not a short one
            if phrases is None:
                phrases = self.organisation_phrases(heads)
            # a body named by its own head noun (الجيش، اللجنة) is not the medium that holds its name (موقع اللجنة الرسمي)
            own_head = body_words(entity.fullest)[0]
            outlets = self.media_heads if own_head in heads and own_head not in self.media_heads else frozenset()
            # only where the short name lacks the organisation's head noun (الأرصاد, not اللجنة)
            fuller = [
                phrase
                for phrase in phrases
                if words <= set(mention_words(phrase))
                and len(mention_words(phrase)) > len(words)
                and mention_words(phrase)[0] in heads
                and mention_words(phrase)[0] not in words
                and body_words(phrase)[0] not in outlets
                and not conjoined(phrase, words)
            ]
            if fuller:
                entity.mentions.append(max(fuller, key=lambda span: (len(mention_words(span)), -span.start)))

    def _whole(self, span: Span | None) -> Span | None:
        return whole_words(self.document.text, span)

    def _quote(self, draft: Draft, entity: Entity | None, confidence: float, meta: dict[str, object] | None) -> Quote:
        doc_id = self.document.doc_id
        key = f"{doc_id}|{draft.cue.start}|{draft.content.start}|{draft.content.end}"
        digest = hashlib.blake2b(key.encode(), digest_size=8).hexdigest()
        role = draft.role or (entity.role if entity is not None else None)
        return Quote(
            doc_id=doc_id,
            quote_id=f"{doc_id}:{digest[:10]}",
            type=draft.type,
            content=draft.content,
            cue=draft.cue,
            cue_class=draft.cue_class,
            speaker=self._whole(draft.speaker),
            speaker_resolved=self._whole(entity.fullest if entity is not None else draft.speaker),
            role=self._whole(role),
            via=self._whole(draft.via),
            speaker_entity=f"{doc_id}:{entity.id}" if entity is not None else None,
            sentence_index=draft.sentence_index,
            confidence=round(confidence, 3),
            evidence=attrs.evolve(
                draft.match.evidence(draft.notes),
                bindings=draft.match.evidence().bindings + draft.extra_bindings,
            ),
            warnings=draft.warnings,
            meta=dict(meta or {}),
        )


def _reported_within(draft: Draft, drafts: Sequence[Draft], text: str) -> bool:
    """Whether the draft's cue lies inside another quote's content (`مشيرا إلى أن النظام لم يتطرق إلى …`): who speaks
    in the reported clause does not go on speaking after it; the reporter does. A cue right after a full stop opens a
    sentence of its own (`… يوميًا.وأوضح`: the splitter missed it), whatever content ran on over it."""
    if char_before_spaces(text, draft.cue.start) == ".":
        return False
    return any(
        other is not draft
        and other.type != "according_to"
        and other.sentence_index == draft.sentence_index  # (a content that ran on into the next sentence is no report)
        and other.content.start <= draft.cue.start < other.content.end
        for other in drafts
    )
