"""The documents a report shows, parsed: CoNLL-U as it is, text through the parser in one batch."""

from __future__ import annotations

from collections.abc import Iterable

from quotes.api import Extractor
from quotes.conllu_reading import documents_from_conllu
from quotes.errors import QuotesError
from quotes.graph import ParsedDocument
from quotes.io import Document, ReadOptions, Skipped, read_inputs


def load_documents(
    paths: Iterable[str], extractor: Extractor, options: ReadOptions | None = None
) -> tuple[list[ParsedDocument], list[str]]:
    """Parsed documents of every input in input order, and a line for each input that could not be used.

    A document id seen before is a problem, and that document is left out (gold quotes name documents by id).

    Pre-parsed CoNLL-U never loads the parser; text documents are parsed together.
    """
    problems: list[str] = []
    slots: list[ParsedDocument | Document] = []
    for item in read_inputs(paths, options):
        if isinstance(item, Skipped):  # a folder entry that is no text file
            problems.append(f"{item.input}: not read: {item.reason}")
            continue
        if not isinstance(item, Document):
            where = f"{item.input}:{item.line}" if item.line else item.input
            problems.append(f"{where} ({item.doc_id or 'no id'}): skipped: {item.reason}")
            continue
        if item.conllu is None:
            slots.append(item)
            continue
        try:
            slots.extend(documents_from_conllu(item.conllu, source=item.input, default_id=item.doc_id))
        except QuotesError as exc:
            problems.append(f"{item.input}:{item.line} ({item.doc_id}): skipped: {exc}")
    raw = [slot for slot in slots if isinstance(slot, Document)]
    parsed = iter(extractor.parse_many([(item.doc_id, item.text or "") for item in raw]) if raw else [])
    documents: list[ParsedDocument] = []
    seen: set[str] = set()
    for document in (slot if isinstance(slot, ParsedDocument) else next(parsed) for slot in slots):
        if document.doc_id in seen:
            problems.append(f"document id {document.doc_id!r} occurs more than once: only the first is shown")
            continue
        seen.add(document.doc_id)
        documents.append(document)
    return documents, problems
