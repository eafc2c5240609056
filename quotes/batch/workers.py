"""Where chunks run: this process, a pool of worker processes each loading the pipeline once, or a Dask cluster;
a chunk whose worker failed or died is run again document by document."""

from __future__ import annotations

import logging
import os
import signal
from concurrent.futures import Executor, Future
from typing import TYPE_CHECKING, Any

from quotes.batch.job import Job, Outcome, process
from quotes.errors import QuotesError
from quotes.io import Document, Unreadable

if TYPE_CHECKING:
    from quotes.batch.config import RunConfig

log = logging.getLogger("quotes")


#: Torch threads per worker process unless --threads says otherwise. More cores are used through
#: more worker processes, not threads: measured here with the compact model, one process parsing with
#: 2 threads on a CPU shared with other jobs fell from 127 to 6 words/s (its threads spin waiting for
#: each other), while processes of one thread each scale with the cores they get.
DEFAULT_THREADS = 1


def init_worker_process(threads: int) -> None:
    # Before torch is imported in this (spawned) process, so its thread pools take the size.
    for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[name] = str(threads)
    # Ctrl-C is the main process's to handle; workers are shut down by it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class Done:
    """A finished future for work done in this process."""

    def __init__(self, value: list[Outcome]) -> None:
        self._value = value

    def result(self) -> list[Outcome]:
        return self._value


class Workers:
    """Where chunks run: this process (one worker), a pool of processes, or a Dask cluster."""

    size = 1
    #: How many times the workers were replaced: chunks in flight then are lost and sent again.
    restarts = 0

    def submit(self, job: Job, documents: list[Document]) -> Future[list[Outcome]] | Done:
        try:
            return Done(process(job, documents))
        except QuotesError:
            raise
        except Exception as exc:  # noqa: BLE001 - an unforeseen error: recover() isolates the document
            return _failed(exc)

    def recover(self, job: Job, documents: list[Document]) -> list[Outcome]:
        """After a chunk failed as a whole: its documents run one by one; one that fails again gets an error record."""
        outcomes = []
        for document in documents:
            try:
                outcomes.extend(self._alone(job, document))
            except QuotesError:
                raise
            except Exception as exc:  # noqa: BLE001 - becomes this document's error record
                outcomes.append(Outcome(failure=_lost(document, exc)))
        return outcomes

    def _alone(self, job: Job, document: Document) -> list[Outcome]:
        return process(job, [document])

    def shutdown(self) -> None:
        pass


def _failed(exc: BaseException) -> Future[list[Outcome]]:
    future: Future[list[Outcome]] = Future()
    future.set_exception(exc)
    return future


def _lost(document: Document, exc: BaseException) -> Unreadable:
    """The error record of a document whose worker failed or died."""
    if type(exc).__name__ in ("BrokenProcessPool", "KilledWorker"):
        log.warning("a worker process died on document %s of %s", document.doc_id, document.input)
        reason = "the worker process died on this document (out of memory, or a crash in the parser)"
        return Unreadable.from_document(document, "worker_died", reason)
    return Unreadable.from_document(document, "internal_error", f"{type(exc).__name__}: {exc}")


class ProcessPool(Workers):
    """Worker processes, each loading the pipeline once; a pool whose worker died is replaced."""

    def __init__(self, workers: int, threads: int) -> None:
        self.size = workers
        self._threads = threads
        self._pool = self._start()

    def _start(self) -> Executor:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn, not fork: a forked child inherits torch's thread pools and can deadlock in them.
        pool = ProcessPoolExecutor(
            max_workers=self.size,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=init_worker_process,
            initargs=(self._threads,),
        )
        # Every worker now, not one per submit: a spawning pool starts workers on demand inside submit(), which in
        # Python 3.11 can add one to the table of workers while the pool's manager thread, shutting a broken pool
        # down, iterates over it ("dictionary changed size during iteration"). They would all start with the
        # first chunks anyway.
        launch = getattr(pool, "_launch_processes", None)
        if launch is not None:
            launch()
        return pool

    def submit(self, job: Job, documents: list[Document]) -> Future[list[Outcome]]:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._pool.submit(process, job, documents)
        except BrokenProcessPool as exc:
            # A worker died on an earlier chunk: this one is sent again once the pool is replaced.
            return _failed(exc)

    def recover(self, job: Job, documents: list[Document]) -> list[Outcome]:
        outcomes = super().recover(job, documents)
        self._restart()
        return outcomes

    def _alone(self, job: Job, document: Document) -> list[Outcome]:
        self._restart()
        return self._pool.submit(process, job, [document]).result()

    def _restart(self) -> None:
        """A fresh pool if this one is broken (a worker died)."""
        from concurrent.futures.process import BrokenProcessPool

        try:
            self._pool.submit(int).result()
            return
        except BrokenProcessPool:
            # A worker started by a submit racing the pool's own clean-up is never told to stop, and the
            # pool's manager thread would wait for it forever (and the interpreter, at exit, for that thread).
            for worker in list((getattr(self._pool, "_processes", None) or {}).values()):
                if worker.is_alive():
                    worker.kill()
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._start()
        self.restarts += 1

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskCluster(Workers):
    """A Dask cluster: each worker process keeps its pipeline in :data:`quotes.batch.job.loaded_extractors` between tasks."""

    def __init__(self, address: str) -> None:
        from quotes.dask import cluster_client

        self._client, self._close = cluster_client(address)
        workers = self._client.scheduler_info()["workers"].values()
        self.size = max(1, sum(worker.get("nthreads", 1) for worker in workers))

    def submit(self, job: Job, documents: list[Document]) -> Any:
        return self._client.submit(process, job, documents, pure=False)

    def _alone(self, job: Job, document: Document) -> list[Outcome]:
        outcomes: list[Outcome] = self._client.submit(process, job, [document], pure=False).result()
        return outcomes

    def shutdown(self) -> None:
        self._close()


def workers_for(config: RunConfig, job: Job) -> Workers:
    if config.dask:
        return DaskCluster(config.dask)
    if config.workers <= 1:
        return Workers()
    return ProcessPool(config.workers, job.threads or DEFAULT_THREADS)
