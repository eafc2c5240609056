"""A batch run from start to summary: inputs read lazily, chunks handed to the workers with only a few in flight,
results written in input order, a checkpoint after each chunk, and a resumed run checked against its manifest."""

from __future__ import annotations

import collections
import os
import sys
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import IO, Any

import attrs

from quotes.batch.chunks import chunk_groups, chunk_size, documents_in
from quotes.batch.config import RunConfig
from quotes.batch.job import Outcome
from quotes.batch.manifest import Checkpoint, Manifest
from quotes.batch.outputs import OutputFiles, check_outputs, lock_output, unlock_output
from quotes.batch.summary import Summary
from quotes.batch.workers import DEFAULT_THREADS, Done, workers_for
from quotes.errors import QuotesError
from quotes.io import Document, Item, Skipped, Unreadable, check_inputs, count_documents, input_fingerprint, read_inputs


def _header(config: RunConfig) -> dict[str, Any]:
    return {
        "mode": config.job.mode,
        "inputs": input_fingerprint(config.inputs),
        "read": attrs.asdict(config.read),
        "model": config.job.model,
        "rules": config.job.rules,
        "errors": os.path.abspath(config.errors) if config.errors else None,
    }


def _grown(before: list[dict[str, Any]], now: list[dict[str, Any]]) -> bool:
    """Whether the inputs `now` are those of `before`, each as large or larger (documents appended)."""
    if [entry["path"] for entry in before] != [entry["path"] for entry in now]:
        return False
    pairs = zip(before, now, strict=True)
    return all(entry.get("size", 0) >= old.get("size", 0) and entry.get("files", 0) >= old.get("files", 0) for old, entry in pairs)


def _resume_state(config: RunConfig, manifest: Manifest) -> tuple[Checkpoint, bool]:
    header, checkpoint, finished = manifest.load()
    expected = _header(config)
    for key in ("mode", "inputs", "read", "model", "rules", "errors"):
        same = _grown(header.get(key) or [], expected[key]) if key == "inputs" else header.get(key) == expected[key]
        if not same:
            manifest.close()
            change = "smaller or other" if key == "inputs" else "another"
            raise QuotesError(
                f"cannot resume: {manifest.path} was written for a run with {change} {key!r} "
                f"({header.get(key)!r}, now {expected[key]!r}); run without --resume to start over"
            )
    return checkpoint, finished


def run(
    config: RunConfig,
    *,
    stdin: IO[bytes] | None = None,
    stdout: IO[bytes] | None = None,
    on_failure: Callable[[Unreadable], None] | None = None,
    on_warning: Callable[[str], None] | None = None,
) -> Summary:
    """Run `config`: every input item is done, failed (with an error record) or skipped (done before).

    `on_failure` hears of each failed document, `on_warning` of each repaired one (``input:line (doc id): what``).
    With an output file, the run keeps ``OUTPUT.manifest`` after it finishes: ``--resume`` then goes on with
    documents appended to the inputs since.
    """
    if config.output == "-":
        config = attrs.evolve(config, output=None)
    inputs = check_inputs(config.inputs, config.read)
    if config.resume and config.entities is not None:
        raise QuotesError("--entities cannot be combined with --resume (the entity file has no checkpoint); run without --resume")
    if config.resume and (config.output is None or "-" in inputs):
        raise QuotesError("--resume needs an output file (-o) and file inputs (not stdin)")
    check_outputs(config, inputs)
    if config.output is None:
        files = OutputFiles(config, stdout if stdout is not None else sys.stdout.buffer, None, partial=False)
        try:
            return _run(config, inputs, files, None, Checkpoint(), stdin, on_failure, on_warning)
        finally:
            files.close()
    output = config.output
    lock = lock_output(output)
    manifest = Manifest.for_output(output)
    try:
        checkpoint: Checkpoint | None = None
        finished = False
        try:
            if config.resume and manifest.path.exists():
                checkpoint, finished = _resume_state(config, manifest)
            elif config.resume and Path(output).exists() and Path(output).stat().st_size > 0:
                raise QuotesError(f"cannot resume: {output} has no manifest ({manifest.path.name}); run without --resume to start over")
            else:
                manifest.start(_header(config))
            # A finished run goes on in its files; any other writes NAME.partial until it is done.
            files = OutputFiles(config, sys.stdout.buffer, checkpoint, partial=not finished)
        except OSError as exc:
            raise QuotesError(f"cannot write {exc.filename or output}: {exc.strerror or exc}") from exc
        try:
            summary = _run(config, inputs, files, manifest, checkpoint or Checkpoint(), stdin, on_failure, on_warning)
            files.commit()
            manifest.finish(summary)
            return summary
        finally:
            files.close()
    finally:
        manifest.close()
        unlock_output(lock, output)


def _run(
    config: RunConfig,
    inputs: list[str],
    files: OutputFiles,
    manifest: Manifest | None,
    start: Checkpoint,
    stdin: IO[bytes] | None,
    on_failure: Callable[[Unreadable], None] | None,
    on_warning: Callable[[str], None] | None,
) -> Summary:
    began = time.monotonic()
    job = config.job
    if job.threads is None and job.extractor_factory is None:
        job = attrs.evolve(job, threads=DEFAULT_THREADS)
    counts = collections.Counter[str]()
    failures = collections.Counter[str]()
    items = read_inputs(inputs, config.read, stdin=stdin)
    total = count_documents(inputs, config.read) if config.progress else None
    bar = _progress_bar(config.progress, total)
    skipped = 0
    last: Item | None = None
    for _ in range(start.done):
        last = next(items, None)
        if last is None:
            break
        skipped += 1
    if start.last is not None and (last is None or _identity(last) != start.last):
        found = "nothing" if last is None else _identity(last)
        raise QuotesError(
            f"cannot resume: item {start.done:,} of the inputs was {start.last} when the run stopped and is {found} now: "
            "the inputs changed before that point (only appending is allowed); run without --resume to start over"
        )
    bar.update(skipped)
    workers = workers_for(config, job)
    # Chunks finish in input order: up to `window` documents may wait in the pool, so that a worker done with
    # small chunks goes on with the next ones while an earlier, larger chunk is still being worked on.
    window = max(2, 2 * workers.size) * config.batch_size
    tail = workers.size * config.batch_size if workers.size > 1 else 0
    pending: collections.deque[tuple[list[Item], Future[list[Outcome]] | Done | None]] = collections.deque()
    position = start.done
    failed_before = start.failed
    ignored: list[str] = []
    seen_ids: dict[str, str] = {}

    def warn(item: Document, message: str) -> None:
        counts["warnings"] += 1
        if on_warning is not None:
            on_warning(f"{item.input}{'' if item.line is None else f':{item.line}'} (doc {item.doc_id}): {message}")

    def finish(chunk: list[Item], future: Future[list[Outcome]] | Done | None) -> None:
        nonlocal position
        outcomes = iter(results(chunk, future))
        for item in chunk:
            if isinstance(item, Skipped):
                ignored.append(item.input)
                continue
            failure = item if isinstance(item, Unreadable) else None
            if isinstance(item, Document):
                for message in item.warnings:
                    warn(item, message)
                where = f"{item.input}{'' if item.line is None else f':{item.line}'}"
                first = seen_ids.setdefault(item.doc_id, where)
                if first != where:
                    warn(item, f"the id was already used by the document at {first}: their quote and entity ids collide")
                outcome = next(outcomes)
                failure = outcome.failure
                files.output.write_bytes(outcome.data)
                if files.entities is not None:
                    files.entities.write_bytes(outcome.entities)
                counts["quotes"] += outcome.quotes
            if failure is not None:
                counts["failed"] += 1
                failures[failure.kind] += 1
                if files.errors is not None:
                    files.errors.write(failure.to_dict())
                if on_failure is not None:
                    on_failure(failure)
            else:
                counts["done"] += 1
        position += len(chunk)
        # Output reaches the operating system before the checkpoint that vouches for it.
        files.flush()
        if manifest is not None:
            manifest.checkpoint(
                Checkpoint(
                    position,
                    files.output.position,
                    files.errors.position if files.errors else 0,
                    failed_before + counts["failed"],
                    _identity(chunk[-1]),
                )
            )
        bar.update(len(chunk))
        bar.set_postfix(quotes=counts["quotes"], failed=counts["failed"], refresh=False)

    def results(chunk: list[Item], future: Future[list[Outcome]] | Done | None) -> list[Outcome]:
        nonlocal pending
        if future is None:
            return []
        try:
            return future.result()
        except QuotesError:
            raise
        except Exception:  # noqa: BLE001 - a worker died or failed: its documents are retried one by one
            restarts = workers.restarts
            recovered = workers.recover(job, [item for item in chunk if isinstance(item, Document)])
            if workers.restarts != restarts:
                # The chunks in flight went down with the replaced workers: send again those not finished.
                pending = collections.deque((waiting, _resend(future, waiting)) for waiting, future in pending)
            return recovered

    def _resend(future: Future[list[Outcome]] | Done | None, chunk: list[Item]) -> Future[list[Outcome]] | Done | None:
        if isinstance(future, Future) and future.done() and future.exception() is None:
            return future
        return submit(chunk)

    def submit(chunk: list[Item]) -> Future[list[Outcome]] | Done | None:
        documents = [item for item in chunk if isinstance(item, Document)]
        return workers.submit(job, documents) if documents else None

    try:
        queued = 0  # documents in the pending chunks
        for group in chunk_groups(items, config.batch_size, tail=tail):
            # The last documents (one a chunk, all known at once) go to the pool longest first, so that its workers end
            # on short ones and together; their results are still written in input order.
            sent = {id(chunk): submit(chunk) for chunk in sorted(group, key=chunk_size, reverse=True)}
            for chunk in group:
                pending.append((chunk, sent[id(chunk)]))
                queued += documents_in(chunk)
            while pending and (queued >= window or pending[0][1] is None or isinstance(pending[0][1], Done)):
                queued -= documents_in(pending[0][0])
                finish(*pending.popleft())
        while pending:
            finish(*pending.popleft())
    finally:
        workers.shutdown()
        bar.close()
    summary = Summary(
        read=skipped + counts["done"] + counts["failed"],
        done=counts["done"],
        failed=counts["failed"],
        skipped=skipped,
        quotes=counts["quotes"],
        failures=dict(failures),
        failed_before=failed_before,
        seconds=time.monotonic() - began,
        ignored=tuple(ignored),
        warnings=counts["warnings"],
    )
    return summary


def _identity(item: Item) -> list[Any]:
    """Where an item is and what it is called: ``[input, line, doc_id]``."""
    if isinstance(item, Skipped):
        return [item.input, None, None]
    return [item.input, item.line, item.doc_id]


def _progress_bar(enabled: bool, total: int | None) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr, disable=not enabled, smoothing=0.1)
