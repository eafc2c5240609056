"""JSON Schemas (draft 2020-12) of the records `quotes` writes: quote records and error records.

Importable (``from quotes.schema import QUOTE_RECORD_SCHEMA``) for any consumer that validates what it
reads, printed by ``quotes schema quote|error``, and committed as ``docs/quote-record.schema.json`` and
``docs/error-record.schema.json``.

Offsets (`start`, `end`) count Unicode code points, as Python string indices do: ``text[start:end]``.
JavaScript strings count UTF-16 code units, where a character outside the Basic Multilingual Plane (an
emoji) takes two; convert with ``[...text].slice(0, start).join("").length``, or work on
``Array.from(text)``. Arabic letters, marks and punctuation are all inside the BMP, one unit each.
"""

from __future__ import annotations

import json
from typing import Any

from quotes.model import QUOTE_TYPES

SCHEMA_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_OFFSETS = (
    "Offsets count Unicode code points (Python string indices): document_text[start:end] == text. "
    "JavaScript counts UTF-16 code units: a character outside the BMP (an emoji) before an offset adds one."
)

#: Every kind of error record the reader and the batch run write (a consumer may meet others from later versions).
ERROR_KINDS = {
    "malformed_json": "a JSONL line that is not valid JSON",
    "not_object": "a JSONL line that is not a JSON object",
    "invalid_utf8": "bytes that are not UTF-8 (see --encoding-errors)",
    "binary": "binary data, not text",
    "missing_text": "a record without the text field",
    "text_not_string": "a text field that is not a string",
    "bad_id": "an id that is neither a non-empty string nor an integer",
    "empty": "an empty text",
    "too_long": "a text longer than --max-chars",
    "not_arabic": "a text that is not Arabic",
    "unreadable": "a file or folder that cannot be read (permissions, a broken link, a read error)",
    "not_a_file": "a FIFO, socket or device where a text file was expected",
    "truncated_gzip": "a .gz input that ends early; the documents before the damage were read",
    "corrupt_gzip": "a .gz input with corrupt data; the documents before the damage were read",
    "conllu": "CoNLL-U that is not a valid parse (columns, ids, heads, a cycle, several roots)",
    "parse": "a document the parser failed on",
    "extraction": "a document the rules failed on",
    "timeout": "a document that ran over its time budget (--time-limit)",
    "worker_died": "the worker process died on this document (out of memory, a crash)",
    "internal_error": "an unforeseen error (a bug)",
}


def _span(description: str) -> dict[str, Any]:
    return {
        "type": "object",
        "description": f"{description} {_OFFSETS}",
        "properties": {
            "text": {"type": "string"},
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
        },
        "required": ["text", "start", "end"],
        "additionalProperties": False,
    }


def _optional(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


QUOTE_RECORD_SCHEMA: dict[str, Any] = {
    "$schema": SCHEMA_DRAFT,
    "title": "quote record",
    "description": "One attributed quote found by `quotes extract` (one JSON line each). " + _OFFSETS,
    "type": "object",
    "properties": {
        "doc_id": {"type": "string", "description": "The document's id."},
        "quote_id": {"type": "string", "description": "Unique within the document."},
        "type": {"enum": list(QUOTE_TYPES)},
        "content": _span("What was said, as written."),
        "cue": {
            **_span("The reporting word as written, clitics included, with its normalised lemma."),
            "properties": {**_span("")["properties"], "lemma": {"type": "string"}},
            "required": ["text", "start", "end", "lemma"],
        },
        "cue_class": {"type": ["string", "null"], "description": "The cue's class in the reporting-verb lexicon."},
        "speaker": _optional(_span("The source as named in the cue's clause.")),
        "speaker_resolved": _optional(_span("The fullest mention of the same source in the document.")),
        "role": _optional(_span("The source's position or function.")),
        "via": _optional(_span("The transmitter when one source relays another.")),
        "speaker_entity": {"type": ["string", "null"], "description": "The source's entity id within the document."},
        "sentence_index": {"type": "integer", "minimum": 0},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "evidence": {
            "type": "object",
            "description": "Why the quote exists: the rule that fired and the words its pattern bound.",
            "properties": {
                "rule_id": {"type": "string"},
                "bindings": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "node": {"type": "string"},
                            "word": {"type": "integer", "minimum": 1},
                            "text": {"type": "string"},
                            "path": {"type": "string"},
                        },
                        "required": ["node", "word", "text", "path"],
                    },
                },
                "notes": {"type": "array", "items": {"type": "string"}},
            },
            "required": ["rule_id", "bindings", "notes"],
        },
        "warnings": {"type": "array", "items": {"type": "string"}},
        "meta": {"type": "object", "description": "The input record's other fields (url, date, …), as they were."},
    },
    "required": [
        "doc_id",
        "quote_id",
        "type",
        "content",
        "cue",
        "cue_class",
        "speaker",
        "speaker_resolved",
        "role",
        "via",
        "speaker_entity",
        "sentence_index",
        "confidence",
        "evidence",
        "warnings",
    ],
    "additionalProperties": False,
}

ERROR_RECORD_SCHEMA: dict[str, Any] = {
    "$schema": SCHEMA_DRAFT,
    "title": "error record",
    "description": "One input item that could not be processed (written to --errors); the run went on without it.",
    "type": "object",
    "properties": {
        "input": {"type": "string", "description": "The input file (or <stdin>, or a folder entry)."},
        "line": {"type": ["integer", "null"], "minimum": 1, "description": "The line in the input; null for a whole file."},
        "doc_id": {"type": ["string", "null"], "description": "The document's id when it could be read."},
        "kind": {
            "type": "string",
            "pattern": "^[a-z0-9_]+$",
            "description": "What went wrong: " + "; ".join(f"{kind}: {why}" for kind, why in ERROR_KINDS.items()) + ".",
            "examples": list(ERROR_KINDS),
        },
        "reason": {"type": "string", "description": "What went wrong, in words, and what to do about it."},
    },
    "required": ["input", "line", "doc_id", "kind", "reason"],
    "additionalProperties": False,
}

SCHEMAS = {"quote": QUOTE_RECORD_SCHEMA, "error": ERROR_RECORD_SCHEMA}
#: Where each schema is committed, relative to the repository root.
SCHEMA_FILES = {"quote": "docs/quote-record.schema.json", "error": "docs/error-record.schema.json"}


def schema_json(name: str) -> str:
    """The schema `name` (``quote`` or ``error``) as the JSON text committed under ``docs/``."""
    return json.dumps(SCHEMAS[name], ensure_ascii=False, indent=2) + "\n"
