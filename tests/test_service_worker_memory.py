"""A `quotes serve` worker lives as long as the service: like a batch worker it keeps the collector off its pipeline
once loaded, and collects every generation once every `FULL_COLLECTION_DOCUMENTS` answers, after sending each
answer, so that its memory stays flat however many requests come (quotes.loaded)."""

from __future__ import annotations

import gc
from typing import Any

import pytest

from quotes import loaded
from quotes.service import worker
from quotes.service.worker import Task, WorkerSettings, serve_worker
from service_support import fake_extractor
from test_batch import gold_documents


class _Connection:
    """The main process's end of the pipe as the worker sees it: the tasks to receive, then None; what was sent."""

    def __init__(self, tasks: list[Task]) -> None:
        self.tasks: list[Task | None] = [*tasks, None]
        self.sent: list[Any] = []
        self.collections_when_sent: list[int] = []

    def recv(self) -> Task | None:
        return self.tasks.pop(0)

    def send(self, message: Any) -> None:
        self.sent.append(message)
        self.collections_when_sent.append(len(_COLLECTIONS))


_COLLECTIONS: list[int] = []


@pytest.fixture
def counted_collections(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Full collections counted instead of run; the pytest process's own collector settings left as they are."""
    _COLLECTIONS.clear()
    monkeypatch.setattr(gc, "collect", lambda *args: _COLLECTIONS.append(1) or 0)
    monkeypatch.setattr(loaded._DocumentsDone, "count", 0)
    settled: list[int] = []
    monkeypatch.setattr(worker, "settle_for_documents", lambda: settled.append(1))
    return settled


def test_a_service_worker_collects_fully_once_every_so_many_answers(counted_collections: list[int]) -> None:
    document = gold_documents()[0]
    answers = 2 * loaded.FULL_COLLECTION_DOCUMENTS + 5
    tasks = [Task(kind="extract", doc_id=f"{document.doc_id}-{n}", text=document.text) for n in range(answers)]
    connection = _Connection(tasks)
    serve_worker(connection, WorkerSettings(extractor_factory=fake_extractor))  # type: ignore[arg-type]
    assert counted_collections == [1]  # settled once, after loading and before saying ready
    assert connection.sent[0][0] == "ready"
    results = connection.sent[1:]
    assert len(results) == answers and all(result.ok for result in results)
    assert len(_COLLECTIONS) == 2
    # each collection comes after an answer is sent, never before: the request that triggers it is not kept waiting
    assert connection.collections_when_sent[loaded.FULL_COLLECTION_DOCUMENTS] == 0
    assert connection.collections_when_sent[loaded.FULL_COLLECTION_DOCUMENTS + 1] == 1
