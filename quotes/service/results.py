"""Response bodies built from a worker's records: a document's quotes, its sources, its warnings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from quotes.normalize import replace_surrogates


def entities(records: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The sources quoted in a document, one per `speaker_entity`, in order of their first quote.

    Each has its fullest mention (`name`, the quotes' ``speaker_resolved``, else
    ``speaker``), the roles its quotes give it (in text order, each once) and its
    quote ids. Quotes without a source (no `speaker_entity`) belong to none.
    """
    found: dict[str, dict[str, Any]] = {}
    for record in records:
        entity = record.get("speaker_entity")
        if entity is None:
            continue
        mention = record.get("speaker_resolved") or record.get("speaker")
        current = found.setdefault(entity, {"id": entity, "name": None, "roles": [], "quotes": []})
        if mention is not None and (current["name"] is None or len(mention["text"]) > len(current["name"]["text"])):
            current["name"] = dict(mention)
        role = record.get("role")
        if role is not None and role["text"] not in current["roles"]:
            current["roles"].append(role["text"])
        current["quotes"].append(record["quote_id"])
    return list(found.values())


def extract_body(doc_id: str, value: Mapping[str, Any], warnings: Sequence[str] = ()) -> dict[str, Any]:
    """The answer for one document: ``{"id", "quotes", "entities", "warnings"}`` (`warnings` first among them)."""
    quotes = list(value["quotes"])
    return {"id": doc_id, "quotes": quotes, "entities": entities(quotes), "warnings": [*warnings, *value["warnings"]]}


def without_surrogates(value: Any) -> tuple[Any, int]:
    """A decoded JSON value with every lone surrogate (half an emoji, from a ``\\ud83d`` escape) replaced by U+FFFD.

    One character for one keeps every offset; a lone surrogate could not be written back as UTF-8.
    Returns the value and how many were replaced.
    """
    if isinstance(value, str):
        return replace_surrogates(value)
    if isinstance(value, list):
        cleaned = [without_surrogates(item) for item in value]
        return [item for item, _ in cleaned], sum(count for _, count in cleaned)
    if isinstance(value, dict):
        found: dict[Any, Any] = {}
        total = 0
        for key, item in value.items():
            key, in_key = without_surrogates(key)
            found[key], in_item = without_surrogates(item)
            total += in_key + in_item
        return found, total
    return value, 0


def surrogate_warnings(count: int) -> tuple[str, ...]:
    if not count:
        return ()
    return (f"{count:,} lone surrogate{'s' if count != 1 else ''} (a character cut in half) replaced by U+FFFD",)
