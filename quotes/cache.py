"""A parse cache: a folder of CoNLL-U files keyed by the SHA-256 of each document's text.

A document parsed once is never parsed again, whatever its id or the file it
comes from; new rules re-run over the cached parses without loading the parser.

>>> cache = ParseCache("parses/")
>>> cache.get(text) or cache.put(text, extractor.parse(text, "a1"))
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import attrs

from quotes.conllu_reading import documents_from_conllu
from quotes.errors import ConlluError
from quotes.graph import ParsedDocument


def text_key(text: str) -> str:
    """The cache key of a document: SHA-256 of its UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ParseCache:
    """CoNLL-U parses stored under ``DIR/ab/abcdef….conllu``; safe to share between processes."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.directory = Path(directory)

    def path(self, text: str) -> Path:
        key = text_key(text)
        return self.directory / key[:2] / f"{key}.conllu"

    def get(self, text: str, doc_id: str = "doc") -> ParsedDocument | None:
        """The cached parse of `text` under `doc_id`, or None (also for an unreadable entry, which is re-parsed)."""
        path = self.path(text)
        try:
            conllu = path.read_text(encoding="utf-8")
            documents = documents_from_conllu(conllu, source=str(path))
        except (OSError, UnicodeDecodeError, ConlluError, ValueError):
            return None
        if len(documents) != 1 or documents[0].text != text:
            return None
        return attrs.evolve(documents[0], doc_id=doc_id)

    def put(self, document: ParsedDocument) -> ParsedDocument:
        """Store `document`'s parse; written to a temporary file and renamed, so readers never see half of it."""
        path = self.path(document.text)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(document.to_conllu())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return document
