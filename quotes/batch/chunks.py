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
    for group in chunk_groups(items, batch_size, tail=tail):
        yield from group


def chunk_groups(items: Iterable[Item], batch_size: int, *, tail: int = 0) -> Iterator[list[list[Item]]]:
    """:func:`chunks` as groups: each chunk a group of its own, but for the last documents' one-document chunks, which
    come as one group (all known at once: a pool can take the longest first)."""
    grouped = _grouped(items, batch_size)
    if tail <= 0:
        for chunk in grouped:
            yield [chunk]
        return
    ahead: collections.deque[list[Item]] = collections.deque()
    held = 0
    for chunk in grouped:
        ahead.append(chunk)
        held += documents_in(chunk)
        while held - documents_in(ahead[0]) >= tail:
            first = ahead.popleft()
            held -= documents_in(first)
            yield [first]
    last = [piece for chunk in ahead for piece in _one_document_each(chunk)]
    if last:
        yield last


def chunk_size(chunk: list[Item]) -> int:
    """The characters of a chunk's documents (raw text; CoNLL-U counts a tenth): about the work it holds."""
    return sum(_size(item) for item in chunk if isinstance(item, Document))


def _size(document: Document) -> int:
    return len(document.text) if document.text is not None else len(document.conllu or "") // 10


def _grouped(items: Iterable[Item], batch_size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    documents = 0
    size = 0
    for item in items:
        chunk.append(item)
        if isinstance(item, Document):
            documents += 1
            size += _size(item)
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
