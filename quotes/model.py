"""Result types: frozen attrs classes, built by named constructors.

Every span indexes the original document text: ``text[start:end] == span.text``.
"""

from __future__ import annotations

from typing import Any

import attrs

QUOTE_TYPES = ("direct", "indirect", "mixed", "according_to")


@attrs.frozen
class Span:
    """A stretch of the original text."""

    text: str
    start: int
    end: int

    @classmethod
    def from_offsets(cls, document_text: str, start: int, end: int) -> Span:
        """The span ``document_text[start:end]``, trimmed of surrounding white space."""
        text = document_text[start:end]
        trimmed = text.strip()  # the same white space as str.isspace; the string itself where there is none
        if trimmed is not text:
            start += len(text) - len(text.lstrip())
            end = start + len(trimmed)
        return cls(trimmed, start, end)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(text=data["text"], start=int(data["start"]), end=int(data["end"]))


@attrs.frozen
class Cue:
    """The reporting word as written (clitics included) and its normalised lemma."""

    text: str
    start: int
    end: int
    lemma: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "lemma": self.lemma}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Cue:
        return cls(text=data["text"], start=int(data["start"]), end=int(data["end"]), lemma=data.get("lemma", ""))

    @property
    def span(self) -> Span:
        return Span(self.text, self.start, self.end)


@attrs.frozen
class Binding:
    """How one pattern node was bound: the word and the dependency steps that reached it."""

    node: str
    word_index: int
    word_text: str
    path: str

    def to_dict(self) -> dict[str, Any]:
        return {"node": self.node, "word": self.word_index, "text": self.word_text, "path": self.path}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Binding:
        return cls(node=data["node"], word_index=int(data["word"]), word_text=data["text"], path=data["path"])


@attrs.frozen
class Evidence:
    """Why a quote exists: the rule that fired, its bindings, and assembly notes."""

    rule_id: str
    bindings: tuple[Binding, ...] = ()
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "bindings": [binding.to_dict() for binding in self.bindings],
            "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return cls(
            rule_id=data["rule_id"],
            bindings=tuple(Binding.from_dict(item) for item in data.get("bindings", [])),
            notes=tuple(data.get("notes", [])),
        )


def _optional_dict(value: Span | None) -> dict[str, Any] | None:
    return None if value is None else value.to_dict()


def _optional_span(value: dict[str, Any] | None) -> Span | None:
    return None if value is None else Span.from_dict(value)


@attrs.frozen
class Quote:
    """One attribution: content said by a speaker through a cue."""

    doc_id: str
    quote_id: str
    type: str
    content: Span
    cue: Cue
    cue_class: str | None
    speaker: Span | None
    speaker_resolved: Span | None
    role: Span | None
    via: Span | None
    speaker_entity: str | None
    sentence_index: int
    confidence: float
    evidence: Evidence
    warnings: tuple[str, ...] = ()
    meta: dict[str, Any] = attrs.field(factory=dict, eq=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSONL record; keys in a stable order."""
        record: dict[str, Any] = {
            "doc_id": self.doc_id,
            "quote_id": self.quote_id,
            "type": self.type,
            "content": self.content.to_dict(),
            "cue": self.cue.to_dict(),
            "cue_class": self.cue_class,
            "speaker": _optional_dict(self.speaker),
            "speaker_resolved": _optional_dict(self.speaker_resolved),
            "role": _optional_dict(self.role),
            "via": _optional_dict(self.via),
            "speaker_entity": self.speaker_entity,
            "sentence_index": self.sentence_index,
            "confidence": self.confidence,
            "evidence": self.evidence.to_dict(),
            "warnings": list(self.warnings),
        }
        if self.meta:
            record["meta"] = dict(self.meta)
        return record

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        """Read a record written by :meth:`to_dict` back."""
        return cls(
            doc_id=data["doc_id"],
            quote_id=data["quote_id"],
            type=data["type"],
            content=Span.from_dict(data["content"]),
            cue=Cue.from_dict(data["cue"]),
            cue_class=data.get("cue_class"),
            speaker=_optional_span(data.get("speaker")),
            speaker_resolved=_optional_span(data.get("speaker_resolved")),
            role=_optional_span(data.get("role")),
            via=_optional_span(data.get("via")),
            speaker_entity=data.get("speaker_entity"),
            sentence_index=int(data.get("sentence_index", 0)),
            confidence=float(data.get("confidence", 0.0)),
            evidence=Evidence.from_dict(data["evidence"]) if data.get("evidence") else Evidence(rule_id="?"),
            warnings=tuple(data.get("warnings", [])),
            meta=dict(data.get("meta") or {}),
        )
