"""SpeakerResolver: the drafts of one document resolved into quotes, each source an entity of the document."""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property

import attrs

from quotes.coreference.chains import Entity, name_chains
from quotes.coreference.counting import cardinality, definite_count
from quotes.coreference.heads import HeadNouns
from quotes.coreference.nisba import other_nisba
from quotes.coreference.pointing import ANOTHER, pointed_mention
from quotes.coreference.spans import whole_words
from quotes.coreference.words import body_words, conjoined, mention_words, names_itself, opens_definite, words_of
from quotes.drafts import Draft
from quotes.graph import ParsedDocument
from quotes.lexicon import Lexicon, read_as
from quotes.model import Quote, Span
from quotes.normalize import char_before_spaces, normalize, strip_article, strip_conjunction
from quotes.speakers import person_gender

#: Prepositions after a title that name the body its holder belongs to (قائد في طالبان، مسؤول من الوزارة).
_BELONGING_PREPOSITIONS = frozenset(("في", "من", "لدي", "داخل", "بين", "باسم"))


def _after_belonging_preposition(role: Span, position: int, text: str) -> bool:
    """Whether a preposition that names what the title's holder belongs to stands between the role and `position`, or
    ends the role (قائد ميداني في | طالبان، المتحدث باسم | الحركة)."""
    last = words_of(text[role.end : position])[-1:] or words_of(role.text)[-1:]
    return not _BELONGING_PREPOSITIONS.isdisjoint(last)


def _in_construct(role: Span, position: int, text: str) -> bool:
    """Whether the role ends right before `position` with a word without the article (زعيم، أمين عام): in construct
    with what follows, as a title is with the body it leads (زعيم حركة طالبان), not set beside a name (الوزير عادل)."""
    if text[role.end : position].strip():
        return False
    last = role.text.split()[-1:]
    return bool(last) and not strip_conjunction(normalize(last[0])).startswith("ال")


class SpeakerResolver:
    """Resolves the drafts of one document into quotes, in document order."""

    def __init__(
        self,
        document: ParsedDocument,
        anaphors: Lexicon,
        roles: Lexicon,
        documents: Lexicon | None = None,
        role_at: Callable[[Span], tuple[Span | None, Span | None]] | None = None,
        organisation_phrases: Callable[[frozenset[str]], list[Span]] | None = None,
        given_names: Lexicon | None = None,
        heads: HeadNouns | None = None,
        person_names: Sequence[Span] = (),
        media: Lexicon | None = None,
        honorifics: Lexicon | None = None,
        honoured: Sequence[tuple[Span, str]] = (),
    ) -> None:
        """`heads`: :meth:`HeadNouns.from_lexicons` of `anaphors`, `roles`, `documents` and `media`, built here when not given;
        `person_names`: the spans of the persons' names the mention finders found in the document; `honoured`: the
        honorific pronouns (سموه) and the persons' names written after an honorific noun (صاحب السمو الأمير …), each with
        that noun (سمو)."""
        self.given_names = given_names
        self.honorifics = honorifics
        self.honoured = sorted(honoured, key=lambda found: found[0].start)
        self.person_names = sorted((span.start, span.end) for span in person_names)
        self.role_at = role_at
        self.organisation_phrases = organisation_phrases
        self.document = document
        self.anaphors = anaphors
        self.roles = roles
        heads = heads if heads is not None else HeadNouns.from_lexicons(anaphors, roles, documents, media)
        self.document_nouns = heads.documents
        self.entities: list[Entity] = []
        self.last_speaker: Entity | None = None
        self.name_chains = name_chains(document)
        self.organisation_heads = heads.organisations
        self.role_heads = heads.roles
        self.kind_heads = heads.kinds
        self.media_heads = heads.media
        self.title_synonyms = heads.title_synonyms

    def _new_entity(self, mention: Span) -> Entity:
        entity = Entity(id=f"e{len(self.entities) + 1}", mentions=[mention])
        for chain in self.name_chains:
            chain_words = mention_words(chain)
            words = mention_words(mention)
            if (
                words
                and len(chain_words) > len(words)
                and set(words) <= set(chain_words)
                and chain.start < mention.start
                and not (chain_words[0] in self.kind_heads and chain_words[0] not in words)  # بيان المنظمة is no name of المنظمة
            ):
                entity.mentions.append(chain)
                break
        self.entities.append(entity)
        return entity

    def _anaphor_head(self, words: tuple[str, ...]) -> str | None:
        if not words:
            return None
        entry = self.anaphors.lookup("ال" + words[0], words[0])
        if entry is None:
            return None
        head = entry.get("head") or words[0]
        return strip_article(normalize(head))

    def find(self, mention: Span, role: Span | None = None) -> Entity | None:
        """The entity an earlier mention began that `mention` (with `role`, the title the rules read in it) names."""
        pointed = pointed_mention(mention)
        if pointed is not None:
            return self.find(pointed, role)  # هذا المصدر، المصدر نفسه: the source named before, if the text named one
        words = mention_words(mention)
        if not words or not ANOTHER.isdisjoint(words):
            return None  # مسؤول نفطي آخر، مصادر أخرى: "another" source is a new one
        counted = definite_count(mention)
        if counted is not None:
            # المصادر الثلاثة: a definite numbered group refers back to the latest group of that size
            # (دبلوماسي روسي سابق ومحللان = 1 + 2)
            for entity in reversed(self.entities):
                if any(cardinality(known) == counted for known in entity.mentions):
                    return entity
        wanted = set(words)
        for entity in reversed(self.entities):
            known = entity.words()
            # a later, shorter mention joins an earlier fuller one (فرولوف → فلاديمير فرولوف); not the other
            # way round: مصادر and a later ثلاثة مصادر مطلعة are different sources
            if wanted <= known and not self._inside_other_head(wanted, entity):
                return entity
        head = self._anaphor_head(words) if not names_itself(mention) and opens_definite(mention) else None
        if head is not None:
            for entity in reversed(self.entities):
                if any(self._headed_by(head, known) and known.text != mention.text for known in entity.mentions):
                    return None if self._names_another_body(mention, head, entity) else entity
        if words[0] in self.roles and len(words) <= 3:
            # a role with a name (المدرب سالم العتيبي) is the earlier holder of the role only if that holder has the name
            named = self._names_beside_role(mention, words, role)
            if not named and self._ends_with_family_name(mention, words):
                # الدكتور السديس after عبد الرحمن السديس: the family name names the holder, not any earlier doctor
                named = frozenset(words[-1:])
            # المتحدث after الناطق باسم الوزارة سامي العمري: one office in other words (rules/lexicons/title_synonyms.tsv)
            (title,) = read_as(words[:1], self.title_synonyms)
            for entity in reversed(self.entities):
                held, known = entity.role_words(), entity.words()
                if title in read_as(held, self.title_synonyms) and named <= known and not other_nisba(words, held, known):
                    return entity
            if not named:
                untitled = self._untitled_holder(words)
                if untitled is not None:
                    return untitled
            if named:
                return None  # (الفريق المحرج after الفريق الركن عثمان المحرج: the entity table knows the holder)
            # وقال المهاجم السوري: a definite role noun with no match is the person the text is about
            # (not a group: وأضاف الباحثون are new speakers)
            entry = self.roles.lookup(words[0])
            group = entry is not None and entry.get("kind") == "descriptor"
            if mention.text.startswith(("ال", "وال")) and self.last_speaker is not None and not group:
                person = mention_words(self.last_speaker.fullest)
                if other_nisba(words, self.last_speaker.role_words(), self.last_speaker.words()):
                    return None  # وقال الرئيس الجزائري after السفير المصري: another country's office
                title_gender = person_gender(None, words[0], self.given_names, self.roles)
                if title_gender is not None and self._named_gender(self.last_speaker) not in (None, title_gender):
                    return None  # تقول الشاعرة العراقية after a man was quoted: a woman's title is not his
                if len(person) >= 2 and person[0] not in self.roles and person[0] not in self.kind_heads and not person[0].startswith("ال"):
                    return self.last_speaker  # (not a body: وقال المدير التنفيذي after أعلنت شركة نوكيا is its director)
        if words[0] in self.roles and len(words) > 3 and not self._names_beside_role(mention, words, role):
            # رئيس مجلس النواب البحريني after رئيس مجلس النواب في مملكة البحرين أحمد الملا: a long title whose every word
            # (a nationality as its country: البحريني → البحرين) is in an earlier holder's title is that holder
            for entity in reversed(self.entities):
                if entity.role is not None and entity.role != entity.fullest and self._holds_title(entity, words):
                    return entity
        return None

    def _untitled_holder(self, words: tuple[str, ...]) -> Entity | None:
        """The latest person quoted with no title yet whose every title word the text gave them where it named them
        (`وصف مهدي حاتم النهاري رئيس الجالية اليمنية في السعودية …` before `وأضاف رئيس الجالية اليمنية`): the
        title they will be given once the document is read, read now for a bare title that names no one else."""
        if self.role_at is None:
            return None
        text = self.document.text
        for entity in reversed(self.entities):
            if entity.role is not None or not entity.fullest.text.strip():
                continue
            name = entity.fullest
            role, _ = self.role_at(Span(name.text, name.start, name.end)) if text[name.start : name.end] == name.text else (None, None)
            if role is not None and self._holds_title(attrs.evolve(entity, role=role), words):
                entity.role = role  # the fuller title, as the end of the document would give it
                return entity
        return None

    @staticmethod
    def _holds_title(entity: Entity, words: tuple[str, ...]) -> bool:
        """Whether every word of a title mention is in the entity's title, a nationality as its country (البحريني →
        البحرين), a genitive also where the title wrote it with لـ (رئيس جمعية حقوق الإنسان → رئيس الجمعية الوطنية
        لحقوق الإنسان)."""
        held = entity.role_words()
        return bool(held) and all(
            word in held or (word.endswith("ي") and word[:-1] in held) or "ل" + word in held for word in words
        )

    def _names_beside_role(self, mention: Span, words: tuple[str, ...], role: Span | None) -> frozenset[str]:
        """The words by which a mention that opens with a role noun names its holder (`المدرب سالم العتيبي`: the words
        outside the role, or of a person's name the finders found in it); empty for a bare role (`المدرب`)."""
        named = set(words) - set(mention_words(role)) if role is not None else set()
        for start, end in self.person_names[bisect.bisect_left(self.person_names, (mention.start, 0)) :]:
            if start >= mention.end:
                break
            if end <= mention.end:
                named.update(mention_words(Span.from_offsets(self.document.text, start, end)))
        return frozenset(named)

    def _ends_with_family_name(self, mention: Span, words: tuple[str, ...]) -> bool:
        """Whether a title's last word ends the full name of a person the finders found before it (`الفريق المحرج`
        after `عثمان المحرج`): a title and a family name, not a title and its adjective (`المهاجم السوري`)."""
        if len(words) < 2:
            return False
        for start, end in self.person_names:
            if start >= mention.start:
                break
            full = mention_words(Span.from_offsets(self.document.text, start, end))
            if len(full) > 1 and full[-1] == words[-1]:
                return True
        return False

    def _names_another_body(self, mention: Span, head: str, entity: Entity) -> bool:
        """Whether a definite head and a body named before with that head each go on with a noun the other lacks:
        `الإدارة العامة للحج والعمرة` after `إدارة مطار الملك عبدالعزيز` is another department, while `الإدارة` or
        `الصحيفة البريطانية` (an adjective) points back at the one named before, and a full name after its bare head
        (`الهيئة` … `الهيئة العامة للغذاء والدواء`) names that body."""
        sentence = self.document.sentence_at(mention.start)
        known = entity.words()
        if sentence is None or not known - {head} - set(mention_words(mention)):
            return False
        for word in sentence.words_within(mention.start, mention.end):
            if word.upos not in ("NOUN", "PROPN", "X"):
                continue
            keys = words_of(word.text)
            if keys and keys[0] != head and keys[0] not in known:
                return True
        return False

    def _headed_by(self, head: str, known: Span) -> bool:
        """Whether `known` names a body with this head noun (`الحركة` → `الحركة الشعبية`), not one that only
        speaks of it after a head of its own (`مصادر داخل الحركة الشعبية`) or a title (`نائبة رئيسة المنظمة …`)."""
        words = body_words(known)
        return head in words and (words[0] == head or (words[0] not in self.kind_heads and words[0] not in self.roles))

    def _inside_other_head(self, wanted: set[str], entity: Entity) -> bool:
        """Whether the words only occur after another head noun: المقاومة in مصادر داخل المقاومة, الأمم المتحدة in
        مكتب الأمم المتحدة name a body the entity belongs to or speaks of, not the entity (a surname in a full
        name is no such case: a name does not start with an organisation, descriptor or document noun)."""
        holding = [words for known in (*entity.mentions, *entity.aliases) if wanted <= set(words := mention_words(known))]
        # a body's short name (المنظمة) is not the person whose title names the body either (نائبة رئيسة المنظمة)
        heads = self.kind_heads | self.role_heads if wanted & self.organisation_heads else self.kind_heads
        return bool(holding) and all(
            words[0] not in wanted and (words[0] in heads or self._after_title_preposition(wanted, words)) for words in holding
        )

    def _after_title_preposition(self, wanted: set[str], words: tuple[str, ...]) -> bool:
        """Whether the words come after a title and a preposition (`قائد بارز في طالبان`، `مسؤول من الحركة`): the body
        the title holder belongs to, not the holder (a name after a title, `وزير الخارجية عادل الجبير`, has none)."""
        if words[0] not in self.role_heads:
            return False
        first = next((position for position, word in enumerate(words) if word in wanted), 0)
        return any(word in _BELONGING_PREPOSITIONS for word in words[1:first])

    def issuer(self, mention: Span) -> Span | None:
        """`تقرير صادر عن الهيئة العامة …` → `الهيئة العامة …`: who issued a statement, report or survey."""
        words = mention.text.split()
        head = mention_words(Span(words[0], 0, 0)) if words else ()
        if len(words) < 2 or not head or head[0] not in self.document_nouns:
            return None
        offset = len(words[0])
        named = self._person_named_from(mention.start + mention.text.index(words[1], offset), mention.end)
        if named is not None and not normalize(words[0]).startswith("ال"):
            return named  # رسالة ابن كيران، كلمة محمد الأمين: the statement of the person named in construct with it
        genitive = mention_words(Span(words[1], 0, 0))
        if not normalize(words[0]).startswith("ال") and normalize(words[1]).startswith("ال") and genitive:
            if genitive[0] in self.kind_heads - self.document_nouns:
                # بيان المنظمة، تقرير الوزارة: a statement in construct with the body that issued it
                start = mention.text.index(words[1], offset)
                return Span.from_offsets(self.document.text, mention.start + start, mention.end)
        for word in words[1:]:
            offset = mention.text.index(word, offset)
            bare = normalize(word)
            if bare in ("عن", "من"):
                start = mention.text.find(" ", offset) + 1
                return Span.from_offsets(self.document.text, mention.start + start, mention.end) if start > 0 else None
            if bare.startswith("ل") and len(bare) > 3 and bare not in ("لدي",):
                skip = 2 if bare.startswith("لل") else 1
                if skip == 2 and not self._opens_organisation(bare[2:]):
                    return None  # دراسة أميركية للسلوك النفسي: what the study is about; للوزارة، للأمم المتحدة issue
                return Span.from_offsets(self.document.text, mention.start + offset + skip, mention.end)
            offset += len(word)
        return None

    def _person_named_from(self, start: int, end: int) -> Span | None:
        """The longest person's name the finders found that starts at `start` and ends by `end`, if any."""
        found = [(first, last) for first, last in self.person_names if first == start and last <= end]
        if not found:
            return None
        first, last = max(found, key=lambda span: span[1])
        return Span.from_offsets(self.document.text, first, last)

    def _opens_organisation(self, word: str) -> bool:
        """Whether a word (without its article) is an organisation's head or the first word of a multiword one
        (امم of الأمم المتحدة)."""
        return word in self.organisation_heads or any(head.startswith(word + " ") for head in self.organisation_heads)

    def observe(self, mention: Span, role: Span | None = None) -> Entity:
        mention = self._whole_words(mention) or mention
        issuer = self.issuer(mention)
        if issuer is not None:
            issuing = self.observe(issuer, role)
            if all(known.text != mention.text for known in issuing.aliases):
                issuing.aliases.append(mention)
            return issuing
        found = self.find(mention, role)
        entity = found if found is not None else self._new_entity(mention)
        pointing = found is not None and pointed_mention(mention) is not None  # هذا المصدر names no more than المصدر
        if pointing or (found is not None and self._title_of_named(found, mention, role)):
            if all(known.text != mention.text for known in entity.aliases):
                entity.aliases.append(mention)  # a long title is no name: it must not become the fullest mention
        elif found is not None and all(known.text != mention.text for known in entity.mentions):
            entity.mentions.append(mention)
        if entity.role is None and role is not None:
            entity.role = role
        return entity

    def _title_of_named(self, entity: Entity, mention: Span, role: Span | None) -> bool:
        """Whether a mention that joined `entity` is only a title of a person the text named (a long title it holds:
        رئيس مجلس النواب البحريني; a bare one: المدير الفني البرتغالي after جوسيه مورينيو): no name, so it must not
        become the fullest mention."""
        words = mention_words(mention)
        if len(words) > 3 and self._holds_title(entity, words):
            return True
        if not words or words[0] not in self.roles or self._names_beside_role(mention, words, role):
            return False
        return any(
            (known := mention_words(other)) and known[0] not in self.roles and known[0] not in self.kind_heads
            for other in entity.mentions
        )

    def _gender(self, entity: Entity) -> str | None:
        """The gender a cue agreed with, else what the person's given name or title says; None for a body or a source
        whose gender the text does not show."""
        return entity.gender if entity.gender is not None else self._named_gender(entity)

    def _named_gender(self, entity: Entity) -> str | None:
        """What the person's given name or title says of the gender; None for a body or a source they do not name."""
        name = mention_words(entity.fullest)[:1]
        role = mention_words(entity.role)[:1] if entity.role is not None else ()
        return person_gender(name[0] if name else None, role[0] if role else None, self.given_names, self.roles)

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
        gender = self._named_gender(self.last_speaker)
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
            if key == noun and span.end <= pronoun.start and (span.start, span.end) in self._person_name_set
        ]
        return names[-1] if names else None

    @cached_property
    def _person_name_set(self) -> frozenset[tuple[int, int]]:
        return frozenset(self.person_names)

    def _recent(self, gender: str | None) -> Entity | None:
        if self.last_speaker is not None and (gender is None or self._gender(self.last_speaker) in (None, gender)):
            return self.last_speaker
        for entity in reversed(self.entities):
            if gender is not None and self._gender(entity) == gender:
                return entity
        if self.last_speaker is None and self.entities:
            return self.entities[-1]  # no quote before: the source an according-to or a relay named last
        return self.last_speaker

    def _one_person(self, entity: Entity) -> bool:
        """A person whose given name or title gives the gender (not the gender a verb agreed with: وقال السكان), whom no
        mention counts as more than one."""
        return self._named_gender(entity) is not None and not any((cardinality(mention) or 1) > 1 for mention in entity.mentions)

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
            tagged_body = all(mention_words(mention) in self._tagged_organisations for mention in entity.mentions)
            position = text.find(name)
            while position != -1:
                role, full = self.role_at(Span(name, position, position + len(name)))
                if role is not None and (
                    _after_belonging_preposition(role, position, text) or (tagged_body and _in_construct(role, position, text))
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
                    and not self._inside_other_head(words, earlier)
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
            if mention_words(entity.fullest) in self._tagged_organisations:
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

    @cached_property
    def _tagged_organisations(self) -> frozenset[tuple[str, ...]]:
        """The words of the organisation names the entity tagger found in the document (read once, when first asked)."""
        document = self.document
        if document.entity_spans is None:
            return frozenset()
        found = set()
        for sentence, spans in zip(document.sentences, document.entity_spans, strict=True):
            for first, last, kind in spans:
                if kind == "ORG":
                    words = sentence.words[first:last]
                    found.add(mention_words(Span.from_offsets(document.text, words[0].start, words[-1].end)))
        return frozenset(found)

    def _whole_words(self, span: Span | None) -> Span | None:
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
            speaker=self._whole_words(draft.speaker),
            speaker_resolved=self._whole_words(entity.fullest if entity is not None else draft.speaker),
            role=self._whole_words(role),
            via=self._whole_words(draft.via),
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
