"""Coreference: what the resolver knows of one document while it reads it: the lexicons and head nouns, the
persons' names and honoured names the mention finders found, the proper-name chains, and the entities so far
with the latest speaker. Every sieve reads it; the driver (:mod:`quotes.coreference.resolver`) changes it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property

from quotes.coreference.chains import Entity, name_chains
from quotes.coreference.heads import HeadNouns
from quotes.coreference.words import mention_words
from quotes.graph import ParsedDocument
from quotes.lexicon import Lexicon
from quotes.model import Span
from quotes.speakers import name_gender


class Coreference:
    """One document's entities as the resolver builds them, and what it reads them by."""

    def __init__(
        self,
        document: ParsedDocument,
        anaphors: Lexicon,
        roles: Lexicon,
        documents: Lexicon | None = None,
        role_at: Callable[[Span], tuple[Span | None, Span | None]] | None = None,
        organisation_phrases: Sequence[Span] | None = None,
        given_names: Lexicon | None = None,
        heads: HeadNouns | None = None,
        person_names: Sequence[Span] = (),
        media: Lexicon | None = None,
        honorifics: Lexicon | None = None,
        honoured: Sequence[tuple[Span, str]] = (),
        groups: Sequence[tuple[Span, int]] = (),
        persons: Sequence[tuple[Span, int]] = (),
        bodies: Sequence[tuple[Span, int]] = (),
    ) -> None:
        """`heads`: :meth:`HeadNouns.from_lexicons` of `anaphors`, `roles`, `documents` and `media`, built here when not given;
        `organisation_phrases`: the bodies the mention finders found named in full (two words or more), anywhere in the
        document; `person_names`: the spans of the persons' names the mention finders found in the document; `honoured`: the
        honorific pronouns (سموه) and the persons' names written after an honorific noun (صاحب السمو الأمير …), each with
        that noun (سمو); `groups`: the people the finders found named as a group (عدد من أهالي القرية، الحضور), each
        with its sentence's index, outside the quotes' contents: where a plural cue without a subject looks first;
        `persons`: the persons' names the finders found outside the quotes' contents, each with its sentence's index:
        where a singular cue without a subject looks for the person who acted since the last quote; `bodies`: the
        organisations and media the finders found outside the quotes' contents, each with its sentence's index: where a
        cue of the other gender than the speaker quoted last looks for the body that acted since."""
        self.groups = sorted(groups, key=lambda found: found[0].start)
        self.persons = sorted(persons, key=lambda found: found[0].start)
        self.bodies = sorted(bodies, key=lambda found: found[0].start)
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
        self.any_documents = heads.any_documents
        self.entities: list[Entity] = []
        self.last_speaker: Entity | None = None
        #: the entities of the quotes so far, in order, one entry a quote (what `المسؤول` looks back through)
        self.sources_quoted: list[Entity] = []
        self.name_chains = name_chains(document, heads.roles)
        self.organisation_heads = heads.organisations
        self.role_heads = heads.roles
        self.kind_heads = heads.kinds
        self.descriptor_heads = heads.descriptors
        self.family_kin = heads.family_kin
        self.media_heads = heads.media
        self.title_synonyms = heads.title_synonyms

    @property
    def last_source(self) -> Entity | None:
        """The entity of the latest quote, whatever its kind (an according-to source too): what `المصدر ذاته` means
        where the text named no source of that word before."""
        return self.sources_quoted[-1] if self.sources_quoted else None

    def new_entity(self, mention: Span, gender: str | None = None) -> Entity:
        """A new entity that `mention` begins, with the fuller proper-name chain the text wrote before it, if any
        (`فلاديمير فرولوف` for `فرولوف`); for the subject of a verb of `gender`, not a chain another entity of the other
        gender holds (`وقالت هارتلي` after `جون هارتلي` was quoted)."""
        entity = Entity(id=f"e{len(self.entities) + 1}", mentions=[mention])
        person = gender is not None and self.names_person(mention)
        for chain in self.name_chains:
            if person and gender is not None and self._held_by_other_gender(chain, gender):
                continue
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

    def names_person(self, mention: Span) -> bool:
        """Whether the mention holds a person's name the mention finders found."""
        return any(mention.start <= start and end <= mention.end for start, end in self.person_names)

    def _held_by_other_gender(self, chain: Span, gender: str) -> bool:
        """Whether an entity of the gender other than `gender` holds the chain among its mentions."""
        return any(
            any(known.start == chain.start and known.end == chain.end for known in entity.mentions)
            and self.gender(entity) not in (None, gender)
            for entity in self.entities
        )

    def gender(self, entity: Entity) -> str | None:
        """The gender a cue agreed with, else what the person's given name or title says; None for a body or a source
        whose gender the text does not show."""
        return entity.gender if entity.gender is not None else self.named_gender(entity)

    def named_gender(self, entity: Entity) -> str | None:
        """What the person's given name or title says of the gender; None for a body or a source they do not name."""
        role = mention_words(entity.role)[:1] if entity.role is not None else ()
        return name_gender(mention_words(entity.fullest), role[0] if role else None, self.given_names, self.roles)

    @cached_property
    def person_name_set(self) -> frozenset[tuple[int, int]]:
        return frozenset(self.person_names)

    @cached_property
    def tagged_organisations(self) -> frozenset[tuple[str, ...]]:
        """The words of the organisation names the entity tagger found in the document (read once, when first asked)."""
        return self._tagged("ORG")

    @cached_property
    def tagged_persons(self) -> frozenset[tuple[str, ...]]:
        """The words of the persons' names the entity tagger found in the document (read once, when first asked)."""
        return self._tagged("PERS")

    def _tagged(self, wanted: str) -> frozenset[tuple[str, ...]]:
        document = self.document
        if document.entity_spans is None:
            return frozenset()
        found = set()
        for sentence, spans in zip(document.sentences, document.entity_spans, strict=True):
            for first, last, kind in spans:
                if kind == wanted:
                    words = sentence.words[first:last]
                    found.add(mention_words(Span.from_offsets(document.text, words[0].start, words[-1].end)))
        return frozenset(found)
