"""The parser worker processes behind the service, and the bounded queue in front of them.

Each worker process holds one loaded pipeline (:mod:`quotes.service.worker`).
In the main process every worker has a *slot*: a thread that takes the next
document from the queue, sends it down the worker's pipe and waits — off the
event loop — for the answer, the worker's death, or the document's deadline.

- The queue is bounded: :meth:`WorkerPool.submit` refuses documents that do
  not fit (:class:`QueueFull`, with a suggested retry delay), so a burst of
  requests gets fast 503s instead of piling up in memory.
- A document whose deadline passes is answered ``timeout``: dropped if it is
  still waiting, its worker killed and replaced if it is being parsed (a
  runaway document must not hold a worker).
- A worker that dies (out of memory, a crash in the parser) is replaced; the
  document it was parsing is answered ``worker_died``, never left hanging.

Every submitted document's future resolves to a :class:`~quotes.service.worker.Result`;
failures are results with an error code, not exceptions.
"""

from __future__ import annotations

import collections
import logging
import math
import multiprocessing
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future, InvalidStateError
from multiprocessing.connection import Connection, wait
from typing import Any

import attrs

from quotes.service.worker import Result, Task, WorkerSettings, serve_worker

log = logging.getLogger("quotes.service")

#: A worker that dies this many times in a row while loading is given up (the model cannot load).
MAX_LOAD_CRASHES = 3
#: How often an idle slot checks that its worker is alive (seconds).
IDLE_CHECK_S = 0.5
#: Seconds per document assumed before any has been measured (the compact parser, a news article, one core).
INITIAL_SECONDS_PER_DOC = 2.0
STOP_GRACE_S = 5.0


class PoolError(Exception):
    """The pool cannot take these documents now."""

    def __init__(self, message: str, *, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class QueueFull(PoolError):
    """More documents are waiting than the queue holds."""


class NotReady(PoolError):
    """No worker has a loaded pipeline (still loading, or loading failed)."""


@attrs.define(eq=False)
class _Job:
    task: Task
    deadline: float
    future: Future[Result]

    def resolve(self, result: Result) -> None:
        try:
            self.future.set_result(result)
        except InvalidStateError:
            pass  # the request gave up on it already (client gone, or its own deadline)


class _Slot:
    """One worker process and the thread in the main process that feeds it."""

    def __init__(self, pool: WorkerPool, number: int) -> None:
        self.pool = pool
        self.number = number
        self.state = "starting"  # starting | loading | ready | failed | stopped
        self.error: str | None = None
        self.model: dict[str, Any] | None = None
        self.process: Any = None
        self.connection: Connection | None = None
        self.busy = False  # a document is being processed
        self.thread = threading.Thread(target=self._run, name=f"quotes-worker-{number}", daemon=True)

    @property
    def pid(self) -> int | None:
        return None if self.process is None else self.process.pid

    # -- the slot's thread

    def _run(self) -> None:
        try:
            while not self.pool.stopping:
                if self.process is None or not self.process.is_alive():
                    if self.process is not None:
                        self._discard("died while idle")
                    if not self._spawn():
                        return
                    continue
                job = self.pool._take(IDLE_CHECK_S)
                if job is not None:
                    try:
                        self._do(job)
                    except Exception:
                        # The request is answered whatever failed here (a no-op if _do had answered it).
                        if self.pool.stopping:
                            job.resolve(Result(code="shutting_down", message="the service is shutting down"))
                        else:
                            job.resolve(Result(code="internal_error", message="the worker's dispatcher failed; see the server log"))
                        raise
        except Exception:  # a bug here must not leave requests hanging: log it, fail this slot
            if self.pool.stopping:
                return  # stop() closed the worker's pipe under a wait: nothing is wrong
            log.exception("worker slot %d stopped on an unexpected error", self.number)
            self.state, self.error = "failed", "the worker's dispatcher stopped on an internal error; see the server log"
            self._kill()

    def _spawn(self) -> bool:
        """Start a worker and wait until it has loaded its pipeline; False when it cannot."""
        crashes = 0
        while not self.pool.stopping:
            self.state = "loading"
            context = multiprocessing.get_context("spawn")
            parent, child = context.Pipe(duplex=True)
            process = context.Process(
                target=serve_worker, args=(child, self.pool.settings), name=f"quotes-worker-{self.number}", daemon=True
            )
            started = time.monotonic()
            process.start()
            child.close()
            self.process, self.connection = process, parent
            message = self._wait_loaded()
            if message is None and self.pool.stopping:
                self._kill()
                return False
            if message is None:
                crashes += 1
                process.join(STOP_GRACE_S)
                code = process.exitcode
                self._discard(f"died while loading (exit code {code})")
                if crashes >= MAX_LOAD_CRASHES:
                    self.state = "failed"
                    self.error = f"the worker process died while loading the parser {crashes} times (exit code {code}); see the server log"
                    return False
                continue
            if message[0] == "failed":
                self.state, self.error = "failed", str(message[1])
                log.error("worker %d could not load the pipeline: %s", self.number, self.error)
                self._kill()
                return False
            self.model = message[1]
            self.state = "ready"
            log.info(
                "worker ready",
                extra={"fields": {"worker": self.number, "pid": process.pid, "load_s": round(time.monotonic() - started, 2)}},
            )
            return True
        return False

    def _wait_loaded(self) -> tuple[str, Any] | None:
        assert self.connection is not None and self.process is not None  # noqa: S101 - set by _spawn just before
        while not self.pool.stopping:
            ready = wait([self.connection, self.process.sentinel], timeout=IDLE_CHECK_S)
            if self.connection in ready:
                try:
                    message: tuple[str, Any] = self.connection.recv()
                except (EOFError, OSError):
                    return None
                return message
            if ready:
                return None
        return None

    def _do(self, job: _Job) -> None:
        # A job put back by _requeue is already running; any other may have been given up while it waited.
        if not job.future.running() and not job.future.set_running_or_notify_cancel():
            return
        remaining = job.deadline - time.monotonic()
        if remaining <= 0:
            job.resolve(timeout_result("waited in the queue"))
            return
        connection, process = self.connection, self.process
        assert connection is not None and process is not None  # noqa: S101 - _run spawned them
        try:
            connection.send(job.task)
        except (OSError, ValueError):
            # The worker died between two documents: not this document's fault, so it goes back to the front.
            self.pool._requeue(job)
            self._discard("died while idle")
            return
        started = time.monotonic()
        self.busy = True
        try:
            ready = wait([connection, process.sentinel], timeout=remaining)
        finally:
            self.busy = False
        if connection in ready:
            try:
                result: Result = connection.recv()
            except (EOFError, OSError):
                pass
            else:
                self.pool._measured(time.monotonic() - started)
                job.resolve(result)
                return
        if ready:
            log.warning(
                "worker died",
                extra={"fields": {"worker": self.number, "pid": process.pid, "doc_id": job.task.doc_id, "exit_code": process.exitcode}},
            )
            # Discarded before the answer goes out: a health check after it sees the worker being replaced.
            self._discard("died on a document")
            job.resolve(
                Result(
                    code="worker_died",
                    message=(
                        f"the worker process died while processing document {job.task.doc_id!r} "
                        "(out of memory, or a crash in the parser); it is being replaced"
                    ),
                )
            )
            return
        log.warning(
            "time budget exceeded",
            extra={"fields": {"worker": self.number, "pid": process.pid, "doc_id": job.task.doc_id, "budget_s": self.pool.timeout_s}},
        )
        self._discard("stopped after exceeding the time budget")
        job.resolve(timeout_result("was being processed"))

    # -- process handling

    def _discard(self, why: str) -> None:
        if self.process is not None:
            self._kill()
            self.pool._restarted(self.number, why)
        self.process = None
        self.connection = None
        self.model = None
        self.state = "starting"

    def _kill(self) -> None:
        if self.process is not None and self.process.is_alive():
            self.process.kill()
        if self.process is not None:
            self.process.join(STOP_GRACE_S)
        if self.connection is not None:
            self.connection.close()

    def stop(self) -> None:
        """Ask the worker to exit, then make sure it has (called after the pool stops handing out jobs)."""
        self.thread.join(IDLE_CHECK_S * 4)
        process, connection = self.process, self.connection
        if process is not None and connection is not None and process.is_alive():
            try:
                connection.send(None)
            except (OSError, ValueError):
                pass
            process.join(STOP_GRACE_S)
        if process is not None and process.is_alive():
            process.kill()
            process.join(STOP_GRACE_S)
        if connection is not None:
            connection.close()
        self.state = "stopped"


def timeout_result(where: str) -> Result:
    return Result(code="timeout", message=f"the document {where} until the request's time budget ran out")


class WorkerPool:
    """`size` worker processes, each with one loaded pipeline, behind a queue of at most `queue_limit` documents."""

    def __init__(self, settings: WorkerSettings, *, size: int, queue_limit: int, timeout_s: float) -> None:
        self.settings = settings
        self.queue_limit = queue_limit
        self.timeout_s = timeout_s
        self.stopping = False
        self.restarts = 0
        self._jobs: collections.deque[_Job] = collections.deque()
        self._condition = threading.Condition()
        self._seconds_per_doc = INITIAL_SECONDS_PER_DOC
        self._slots = [_Slot(self, number) for number in range(size)]

    def start(self) -> None:
        """Start every worker; they load in the background (see :meth:`status`)."""
        for slot in self._slots:
            slot.thread.start()

    def stop(self) -> None:
        """Stop taking documents, answer those still waiting, stop every worker."""
        with self._condition:
            self.stopping = True
            waiting = list(self._jobs)
            self._jobs.clear()
            self._condition.notify_all()
        for job in waiting:
            job.resolve(Result(code="shutting_down", message="the service is shutting down"))
        for slot in self._slots:
            slot.stop()

    # -- for request handlers

    def submit(self, tasks: Sequence[Task], deadline: float) -> list[Future[Result]]:
        """Queue `tasks` (all or none); each future resolves to its Result."""
        with self._condition:
            if self.stopping:
                raise NotReady("the service is shutting down")
            if not any(slot.state == "ready" for slot in self._slots):
                failed = [slot.error for slot in self._slots if slot.state == "failed"]
                if len(failed) == len(self._slots):
                    raise NotReady(f"no worker could load the parser: {failed[0]}")
                raise NotReady("the parser is still loading", retry_after=5)
            if len(self._jobs) + len(tasks) > self.queue_limit:
                raise QueueFull(
                    f"the queue is full ({len(self._jobs)} of {self.queue_limit} documents waiting, {len(tasks)} more asked for)",
                    retry_after=self._retry_after(len(tasks)),
                )
            jobs = [_Job(task, deadline, Future()) for task in tasks]
            self._jobs.extend(jobs)
            self._condition.notify(len(jobs))
        return [job.future for job in jobs]

    def status(self) -> dict[str, Any]:
        states = [slot.state for slot in self._slots]
        return {
            "workers": {
                "total": len(self._slots),
                "ready": states.count("ready"),
                "loading": states.count("loading") + states.count("starting"),
                "failed": states.count("failed"),
                "busy": sum(slot.busy for slot in self._slots),
            },
            "queue": {"waiting": len(self._jobs), "limit": self.queue_limit},
            "restarts": self.restarts,
        }

    @property
    def ready(self) -> bool:
        return any(slot.state == "ready" for slot in self._slots)

    @property
    def errors(self) -> list[str]:
        return [slot.error for slot in self._slots if slot.error is not None]

    @property
    def model(self) -> dict[str, Any] | None:
        """The loaded model, as the first ready worker describes it."""
        for slot in self._slots:
            if slot.state == "ready" and slot.model is not None:
                return slot.model
        return None

    @property
    def pids(self) -> list[int]:
        return [pid for slot in self._slots if (pid := slot.pid) is not None]

    # -- for slots

    def _take(self, timeout: float) -> _Job | None:
        with self._condition:
            if not self._jobs and not self.stopping:
                self._condition.wait(timeout)
            if self.stopping or not self._jobs:
                return None
            return self._jobs.popleft()

    def _requeue(self, job: _Job) -> None:
        with self._condition:
            # set_running_or_notify_cancel() was called on it: a fresh future would lose the request's handle,
            # so the same future goes back, marked running (nothing else can cancel it now).
            self._jobs.appendleft(job)
            self._condition.notify()

    def _measured(self, seconds: float) -> None:
        self._seconds_per_doc = 0.8 * self._seconds_per_doc + 0.2 * seconds

    def _restarted(self, number: int, why: str) -> None:
        with self._condition:
            self.restarts += 1
        log.warning("worker replaced", extra={"fields": {"worker": number, "reason": why}})

    def _retry_after(self, asked: int) -> int:
        """Seconds until `asked` more documents would likely fit: the queue drained by the ready workers."""
        ready = max(1, sum(slot.state == "ready" for slot in self._slots))
        excess = len(self._jobs) + asked - self.queue_limit
        return max(1, min(120, math.ceil(self._seconds_per_doc * max(1, excess) / ready)))
