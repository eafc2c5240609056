"""What runs inside a parser worker process: one loaded pipeline, tasks in, results out.

The service's main process never parses: it sends each document as a
:class:`Task` over a pipe to a worker (started with ``spawn``), which answers
with a :class:`Result`. A worker loads its :class:`~quotes.api.Extractor` once,
parses one warm-up sentence (so the first request does not pay for lazy
initialisation), then reports ``ready`` with the model it loaded.
"""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

import attrs

from quotes.errors import QuotesError
from quotes.io import conllu_with_meta
from quotes.loaded import collect_after_documents, settle_for_documents

if TYPE_CHECKING:
    from quotes.api import Extractor

log = logging.getLogger("quotes.service")

KINDS = ("extract", "parse")
WARM_UP = "قال المتحدث إن الاجتماع انتهى."


@attrs.frozen
class WorkerSettings:
    """How a worker builds its pipeline; picklable, sent to the spawned process."""

    model: str | None = None
    rules: str | None = None
    threads: int = 1
    extractor_factory: Callable[[], Extractor] | None = None
    #: Whether the worker logs JSON lines like the server (`quotes serve`), or leaves logging as it is (tests).
    json_logs: bool = False


@attrs.frozen
class Task:
    """One document to extract quotes from (``extract``) or to parse into CoNLL-U (``parse``)."""

    kind: str
    doc_id: str
    text: str
    meta: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen
class Result:
    """A task's outcome: `value` (the records and warnings, or CoNLL-U text), or an error `code` and `message`."""

    value: Any = None
    code: str | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.code is None


def build_extractor(settings: WorkerSettings) -> Extractor:
    from quotes.api import Extractor

    if settings.extractor_factory is not None:
        return settings.extractor_factory()
    return Extractor(settings.model, rules=settings.rules, threads=settings.threads)


def model_description(extractor: Extractor) -> dict[str, Any]:
    """The loaded parser model as JSON: name, source, kind, test scores (no file paths)."""
    info = getattr(extractor.parser, "info", None)
    if info is None:
        return {"name": type(extractor.parser).__name__, "source": "custom", "kind": "custom", "scores": {}}
    return {"name": info.name, "source": info.source, "kind": info.kind, "scores": dict(info.scores)}


def run_task(extractor: Extractor, task: Task) -> Result:
    """Do one task; every failure becomes a Result with an error code, never an exception."""
    try:
        if task.kind == "parse":
            parsed = extractor.parse(task.text, task.doc_id)
            return Result(value=conllu_with_meta(parsed.to_conllu(), task.meta))
        if task.kind == "extract":
            (outcome,) = extractor.extract_many([(task.doc_id, task.text, task.meta)], batch_size=1)
            if outcome.error is not None:
                return Result(code="extraction_failed", message=str(outcome.error))
            return Result(value={"quotes": [quote.to_dict() for quote in outcome.quotes], "warnings": list(outcome.warnings)})
        return Result(code="internal_error", message=f"unknown task kind {task.kind!r}; expected one of: {', '.join(KINDS)}")
    except QuotesError as exc:
        return Result(code=f"{task.kind}_failed", message=str(exc))
    except Exception as exc:
        log.exception("task failed", extra={"fields": {"doc_id": task.doc_id, "kind": task.kind}})
        return Result(code=f"{task.kind}_failed", message=f"{type(exc).__name__} while processing document {task.doc_id!r}")


def serve_worker(connection: Connection, settings: WorkerSettings) -> None:
    """A worker process's life: load the pipeline, say ``ready`` (or ``failed``), then answer tasks until told to stop."""
    # Before torch is imported here, so its thread pools take the size; more cores are used through more workers.
    for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[name] = str(settings.threads)
    # Ctrl-C is the main process's to handle: it stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if settings.json_logs:
        from quotes.service.logs import configure_worker_logging

        configure_worker_logging()
    try:
        extractor = build_extractor(settings)
        extractor.parse(WARM_UP, "warm-up")
        settle_for_documents()  # the pipeline serves every request: full collections need not walk it (quotes.loaded)
        connection.send(("ready", model_description(extractor)))
    except QuotesError as exc:
        connection.send(("failed", str(exc)))
        return
    except Exception as exc:
        log.exception("the pipeline could not be loaded")
        connection.send(("failed", f"{type(exc).__name__}: the parser pipeline could not be loaded: {exc}"))
        return
    while True:
        try:
            task = connection.recv()
        except (EOFError, OSError):
            return  # the main process is gone
        if task is None:
            return
        connection.send(run_task(extractor, task))
        collect_after_documents(1)  # after the answer is sent: a long-lived worker's memory stays flat (quotes.loaded)
