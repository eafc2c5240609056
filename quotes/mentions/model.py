"""The mention: a span of the document, its kind (PER, ORG, MEDIA, GROUP, DOC, HONORIFIC, LATTER, TITLE, PLACE), the finder
that found it and what it says about its referent (the role given with a name, a statement's issuer, the head noun).
"""

from __future__ import annotations

import attrs

from quotes.model import Span

#: Mention kinds. PLACE and TITLE are kept so that later steps know what a span is; PLACE is never a source.
KINDS = ("PER", "ORG", "MEDIA", "GROUP", "DOC", "HONORIFIC", "LATTER", "TITLE", "PLACE")
SOURCE_KINDS = frozenset(("PER", "ORG", "MEDIA", "GROUP", "DOC", "HONORIFIC", "LATTER", "TITLE"))
#: The finders whose PER mentions are proper names.
PROPER_NAME_SOURCES = frozenset(("name", "title", "ner"))


@attrs.frozen
class EntityMention:
    """One mention: its span, kind, the finder that found it, and what it says about its referent."""

    span: Span
    kind: str
    source: str
    sentence_index: int
    role: Span | None = None  # the title given with a name (وزير الخارجية)
    issuer: Span | None = None  # who issued a statement or report
    head: str = ""  # normalised head noun of an organisation, group or title (وزاره, مصادر, متحدث)
    #: the honorific noun that introduces a person's name (سمو of صاحب السمو الملكي الأمير …, معالي) or that an
    #: honorific pronoun holds (سمو of سموه), normalised without ال, ة → ه: whom سموه may stand for
    honoured: str = ""
    #: a group named where it acts (a subject, a conjunct of one, after عن/من/لدى: `تجمع عدد من الأهالي`), not where it is
    #: acted on or only mentioned (`بحضور عدد من المواطنين`، `لخدمة المواطنين`): whom a plural cue without a subject may mean
    acts: bool = False
    #: the gender an anaphor agrees with (الأخيرة: f, الأخير: m), or ""
    gender: str = ""

    @property
    def person_name(self) -> bool:
        """Whether a name finder (given names, a title with a name, the entity tagger) found a person's proper name here,
        not a description (مسؤول أمني) or a speaker phrase of the rules."""
        return self.kind == "PER" and self.source in PROPER_NAME_SOURCES

    def __attrs_post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"mention kind {self.kind!r} is not one of {', '.join(KINDS)}")

    def to_dict(self) -> dict[str, object]:
        record: dict[str, object] = {"text": self.span.text, "start": self.span.start, "end": self.span.end, "kind": self.kind}
        record["source"] = self.source
        if self.role is not None:
            record["role"] = self.role.to_dict()
        if self.issuer is not None:
            record["issuer"] = self.issuer.to_dict()
        return record
