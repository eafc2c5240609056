"""Input items grouped into the chunks that workers take, by documents and by characters."""

from __future__ import annotations

import collections
from collections.abc import Iterable, Iterator

from quotes.io import Document, Item

#: Characters (raw text; CoNLL-U counts a tenth) that close a chunk before `batch_size` documents.
CHUNK_CHARS = 100_000


def chunks(items: Iterable[Item], batch_size: int, *, tail: int = 0) -> Iterator[list[Item]]:
    """Consecutive items grouped into chunks of at most `batch_size` documents (fewer for long ones).

    With `tail` > 0 the chunks are read that many documents ahead, and the last documents of the input (at most
    `tail` of them, and the last chunk's) go out one a chunk: the workers of a pool then finish together instead of
    one parsing a last full chunk while the others wait for it."""
    grouped = _grouped(items, batch_size)
    if tail <= 0:
        yield from grouped
        return
    ahead: collections.deque[list[Item]] = collections.deque()
    held = 0
    for chunk in grouped:
        ahead.append(chunk)
        held += documents_in(chunk)
        while held - documents_in(ahead[0]) >= tail:
            first = ahead.popleft()
            held -= documents_in(first)
            yield first
    for chunk in ahead:
        yield from _one_document_each(chunk)


def _grouped(items: Iterable[Item], batch_size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    documents = 0
    size = 0
    for item in items:
        chunk.append(item)
        if isinstance(item, Document):
            documents += 1
            size += len(item.text) if item.text is not None else len(item.conllu or "") // 10
        if documents >= batch_size or size >= CHUNK_CHARS:
            yield chunk
            chunk, documents, size = [], 0, 0
    if chunk:
        yield chunk


def documents_in(chunk: list[Item]) -> int:
    return sum(isinstance(item, Document) for item in chunk)


def _one_document_each(chunk: list[Item]) -> Iterator[list[Item]]:
    """`chunk` cut after each document (items that are no document stay with the document after them)."""
    piece: list[Item] = []
    for item in chunk:
        piece.append(item)
        if isinstance(item, Document):
            yield piece
            piece = []
    if piece:
        yield piece
