"""Batch runs over many documents: streaming, parallel, resumable.

The main process reads the inputs lazily, groups documents into chunks and
hands them to workers — the current process, a pool of processes each loading
the pipeline once, or a Dask cluster — keeping only a few chunks in flight, so
memory stays flat whatever the corpus size. Results are written in input
order whatever the number of workers. A bad document becomes an error record
and the run goes on.

Resuming: next to the output, ``OUT.manifest`` records after every chunk how
many input items are complete and how many bytes of output (and of the error
file) belong to them. Output is flushed before its checkpoint is written, so
after a crash (even ``kill -9``) ``--resume`` truncates the files to the last
checkpoint — dropping any half-written line or records of an unfinished
chunk — and goes on from the next item: no record is duplicated or lost.

The package in the order of a run: :mod:`~quotes.batch.chunks` groups the items, :mod:`~quotes.batch.job` is
what a worker does with a chunk (within :mod:`~quotes.batch.budget`), :mod:`~quotes.batch.workers` says where
it runs, :mod:`~quotes.batch.outputs` and :mod:`~quotes.batch.manifest` hold what is written, and
:mod:`~quotes.batch.runner` drives it all to a :mod:`~quotes.batch.summary`.
"""

from __future__ import annotations

from quotes.batch.budget import TIME_LIMIT_CHARS
from quotes.batch.chunks import CHUNK_CHARS, chunks
from quotes.batch.config import RunConfig
from quotes.batch.job import MODES, Job, Outcome, extractor_for, keep_extractor, process
from quotes.batch.manifest import MANIFEST_SUFFIX, Checkpoint, Manifest
from quotes.batch.outputs import LOCK_SUFFIX, PARTIAL_SUFFIX, check_outputs
from quotes.batch.runner import run
from quotes.batch.summary import Summary
from quotes.batch.workers import DEFAULT_THREADS

__all__ = [
    "CHUNK_CHARS",
    "DEFAULT_THREADS",
    "LOCK_SUFFIX",
    "MANIFEST_SUFFIX",
    "MODES",
    "PARTIAL_SUFFIX",
    "TIME_LIMIT_CHARS",
    "Checkpoint",
    "Job",
    "Manifest",
    "Outcome",
    "RunConfig",
    "Summary",
    "check_outputs",
    "chunks",
    "extractor_for",
    "keep_extractor",
    "process",
    "run",
]
