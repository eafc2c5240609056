"""Response bodies built from a worker's records: a document's quotes, its sources, its warnings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


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


def extract_body(doc_id: str, value: Mapping[str, Any]) -> dict[str, Any]:
    """The answer for one document: ``{"id", "quotes", "entities", "warnings"}``."""
    quotes = list(value["quotes"])
    return {"id": doc_id, "quotes": quotes, "entities": entities(quotes), "warnings": list(value["warnings"])}
