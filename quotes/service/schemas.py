"""The service's request and response bodies, as pydantic models for validation and the OpenAPI page.

Requests are validated with these models. Responses are built from the
library's own records (:meth:`quotes.model.Quote.to_dict`) and returned as
they are; the response models here document them (``extra="allow"``: a field
the record gains later is passed through, not dropped).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

ID_MAX_CHARS = 512


@cache
def examples() -> dict[str, Any]:
    """The Arabic request and response examples of the OpenAPI page (real output of the bundled model)."""
    return json.loads(resources.files("quotes.service").joinpath("examples.json").read_text(encoding="utf-8"))


class DocumentIn(BaseModel):
    """One document: its text, an id to find it by, and fields carried to every quote record."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"id": "a1", "text": "قال الوزير إن المحادثات ستستأنف غداً."}]}
    )

    id: str | None = Field(
        None,
        max_length=ID_MAX_CHARS,
        description="Document id, copied into every record's doc_id and quote_id (default: `doc`, or `doc-N` in a batch).",
    )
    text: str = Field(description="The Arabic text. Offsets in the answer are Python string indices (code points) into it.")
    meta: dict[str, Any] = Field(
        default_factory=dict, description="Any JSON object (url, outlet, date …), copied into every quote record as `meta`."
    )


class BatchIn(BaseModel):
    """Documents to extract quotes from; each gets its own result, a bad one an error entry."""

    model_config = ConfigDict(extra="forbid")

    documents: list[Any] = Field(
        min_length=1,
        description="Documents shaped like the body of /v1/extract. Each is checked on its own: one that is malformed "
        "gets an error entry in `results` and the others are still processed.",
        json_schema_extra={"items": {"$ref": "#/components/schemas/DocumentIn"}},
    )


class SpanOut(BaseModel):
    model_config = ConfigDict(extra="allow")

    text: str = Field(description="Exactly `document_text[start:end]`.")
    start: int = Field(description="Start offset (Python string index, code points).")
    end: int = Field(description="End offset, exclusive.")


class CueOut(SpanOut):
    lemma: str | None = Field(None, description="The cue word's lemma (قال، أكد، وفقا ل …).")


class BindingOut(BaseModel):
    model_config = ConfigDict(extra="allow")

    node: str
    word: int
    text: str
    path: str


class EvidenceOut(BaseModel):
    model_config = ConfigDict(extra="allow")

    rule_id: str = Field(description="The rule that fired (see /v1/rules).")
    bindings: list[BindingOut] = Field(default_factory=list, description="The dependency steps that bound each node.")
    notes: list[str] = Field(default_factory=list)


class QuoteRecord(BaseModel):
    """One quote, the same JSON record `quotes extract` writes (see docs/quote-annotation.md)."""

    model_config = ConfigDict(extra="allow")

    doc_id: str
    quote_id: str
    type: Literal["direct", "indirect", "mixed", "according_to"]
    content: SpanOut
    cue: CueOut
    cue_class: str | None = None
    speaker: SpanOut | None = Field(description="The source's mention in the cue's own clause; null when it has none.")
    speaker_resolved: SpanOut | None = Field(description="The fullest mention of the same source in the document.")
    role: SpanOut | None = Field(description="The source's position or affiliation (وزير الخارجية الروسي).")
    via: SpanOut | None = Field(description="The transmitter when one source relays another (نقلت رويترز عن …).")
    speaker_entity: str | None = Field(None, description="Shared by every quote of one source in the document.")
    sentence_index: int
    confidence: float
    evidence: EvidenceOut
    warnings: list[str] = Field(default_factory=list)
    meta: dict[str, Any] | None = Field(None, description="The request's `meta`, when it had one.")


class EntityOut(BaseModel):
    """A source quoted in the document: every quote of one `speaker_entity`."""

    id: str
    name: SpanOut | None = Field(description="The source's fullest mention (its quotes' speaker_resolved).")
    roles: list[str] = Field(description="The roles given to it, in text order, each once.")
    quotes: list[str] = Field(description="Its quotes' quote_id, in text order.")


class ExtractOut(BaseModel):
    id: str
    quotes: list[QuoteRecord]
    entities: list[EntityOut]
    warnings: list[str] = Field(description="Document-level warnings, e.g. an unpaired quotation mark.")


class ErrorDetail(BaseModel):
    status: int
    code: str = Field(description="Stable, machine-readable: validation_error, not_arabic, queue_full, timeout …")
    message: str = Field(description="What was wrong and how to fix it.")
    field: str | None = Field(None, description="The request field at fault, e.g. `text` or `documents[2].text`.")
    fields: list[dict[str, Any]] | None = Field(None, description="Every field at fault (validation errors).")
    request_id: str | None = Field(None, description="Also in the X-Request-ID header and the server's access log.")


class ErrorOut(BaseModel):
    error: ErrorDetail


class BatchItemError(BaseModel):
    code: str
    message: str
    field: str | None = None


class BatchItemOut(BaseModel):
    index: int = Field(description="The document's position in the request.")
    id: str | None
    ok: bool
    quotes: list[QuoteRecord] | None = None
    entities: list[EntityOut] | None = None
    warnings: list[str] | None = None
    error: BatchItemError | None = None


class BatchOut(BaseModel):
    results: list[BatchItemOut]
    documents: int
    failed: int


class HealthOut(BaseModel):
    status: Literal["ready", "loading", "failed"]
    workers: dict[str, int]
    queue: dict[str, int]
    restarts: int
    errors: list[str] | None = None


class ModelOut(BaseModel):
    model_config = ConfigDict(extra="allow")

    name: str
    source: str
    kind: str
    scores: dict[str, float]


class ModelsOut(BaseModel):
    parser: ModelOut
    quotes_version: str
    workers: int


class RuleOut(BaseModel):
    id: str
    description: str
    priority: int
    type: str
    confidence: float
    file: str
    examples: int


class RulesOut(BaseModel):
    count: int
    rules: list[RuleOut]
    lexicons: dict[str, int] = Field(description="Each word list's name and number of entries.")
