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
"""

from __future__ import annotations

import collections
import contextlib
import json
import logging
import math
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future
from pathlib import Path
from typing import IO, Any

import attrs

from quotes.api import Extractor
from quotes.attribution import quote_counts
from quotes.errors import ConlluError, ModelError, QuotesError
from quotes.graph import ParsedDocument, documents_from_conllu
from quotes.io import (
    Document,
    Item,
    JsonlWriter,
    ReadOptions,
    Skipped,
    Unreadable,
    check_inputs,
    conllu_with_meta,
    count_documents,
    input_fingerprint,
    jsonl_line,
    read_inputs,
)
from quotes.loaded import collect_after_documents, settle_for_documents

log = logging.getLogger("quotes")

MODES = ("extract", "parse")
MANIFEST_SUFFIX = ".manifest"


# ---------------------------------------------------------------- the work of one chunk


@attrs.frozen
class Job:
    """What a worker does with documents, and the pipeline it loads once to do it.

    `mode` is ``extract`` (quote records) or ``parse`` (CoNLL-U for the parse
    cache). `extractor_factory`, a picklable callable, replaces the default
    ``Extractor(model, rules=rules, threads=threads)`` (tests use it to inject
    a parser). `cache` is a parse-cache folder (:mod:`quotes.cache`).
    `time_limit` is each document's time budget in seconds per
    :data:`TIME_LIMIT_CHARS` characters begun (None: no budget); a document
    that runs over it gets an error record and the run goes on.
    """

    mode: str = "extract"
    model: str | None = None
    rules: str | None = None
    threads: int | None = None
    cache: str | None = None
    time_limit: float | None = None
    extractor_factory: Callable[[], Extractor] | None = attrs.field(default=None, eq=False)
    #: also write each document's entity table (``extract`` mode): Outcome.entities
    entities: bool = False
    #: the NER tagger shipped beside the parser (``Extractor(entity_tagger=…)``): None tags what is parsed and
    #: reads the tags of cached parses; True also tags cached parses without tags; False: no tagger
    ner: bool | None = None

    def __attrs_post_init__(self) -> None:
        if self.mode not in MODES:
            raise QuotesError(f"unknown job mode {self.mode!r}; expected one of: {', '.join(MODES)}")

    @property
    def key(self) -> tuple[Any, ...]:
        factory = self.extractor_factory
        name = None if factory is None else f"{getattr(factory, '__module__', '')}.{getattr(factory, '__qualname__', factory)}"
        return (self.model, self.rules, self.threads, name, self.ner)


@attrs.frozen
class Outcome:
    """One document's result: its output lines (JSONL or CoNLL-U, encoded), quote count, or its failure."""

    data: bytes = b""
    quotes: int = 0
    failure: Unreadable | None = None
    entities: bytes = b""  # the document's entity records (JSONL), when the job asks for them


#: One Extractor per process and configuration, loaded on first use and kept: a pool worker
#: or a Dask worker loads the pipeline once, not once per chunk.
_EXTRACTORS: dict[tuple[Any, ...], Extractor] = {}


def extractor_for(job: Job) -> Extractor:
    """This process's Extractor for `job`, created on first use."""
    found = _EXTRACTORS.get(job.key)
    if found is None:
        if job.extractor_factory is not None:
            found = job.extractor_factory()
        else:
            found = Extractor(job.model, rules=job.rules, threads=job.threads, entity_tagger=job.ner)
        settle_for_documents()  # the rules and lexicons serve the whole run: full collections need not walk them
        _EXTRACTORS[job.key] = found
    return found


#: One chunk at a time per process: a Dask worker with several threads shares one pipeline, and
#: Stanza's models are not known to be safe to call from two threads at once.
_PROCESS_LOCK = threading.Lock()


def process(job: Job, documents: list[Document]) -> list[Outcome]:
    """Run `job` over `documents` (one outcome each, in order); raises only when the pipeline cannot load."""
    with _PROCESS_LOCK:
        outcomes = _process(job, documents)
        collect_after_documents(len(documents))  # a long run's memory stays flat (quotes.loaded)
        return outcomes


#: The time budget of a document is `Job.time_limit` seconds for each slice of this many characters it holds.
TIME_LIMIT_CHARS = 20_000


class OverTime(BaseException):
    """A document's time budget ran out (raised by the alarm in :func:`_budget`).

    Not an Exception: no ``except Exception`` in the pipeline may swallow it.
    """


def _seconds_for(job: Job, documents: list[Document]) -> float | None:
    if job.time_limit is None:
        return None
    return job.time_limit * sum(max(1, math.ceil(document.size / TIME_LIMIT_CHARS)) for document in documents)


@contextlib.contextmanager
def _budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`OverTime` in this thread after `seconds` (no budget off the main thread, e.g. a Dask worker)."""
    if seconds is None or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum: int, frame: Any) -> None:
        raise OverTime

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _over_time(document: Document, job: Job, step: str) -> Outcome:
    seconds = _seconds_for(job, [document])
    reason = f"{step} took longer than this document's time budget ({seconds:g} s); raise it with --time-limit"
    return Outcome(failure=Unreadable.from_document(document, "timeout", reason))


def _process(job: Job, documents: list[Document]) -> list[Outcome]:
    extractor = extractor_for(job)
    outcomes: list[Outcome | None] = [None] * len(documents)
    parsed: dict[int, ParsedDocument] = {}
    to_parse: list[int] = []
    cache = None
    if job.cache is not None:
        from quotes.cache import ParseCache

        cache = ParseCache(job.cache)
    for position, document in enumerate(documents):
        if document.conllu is not None:
            try:
                with _budget(_seconds_for(job, [document])):
                    parsed[position] = _read_conllu(document)
            except OverTime:
                outcomes[position] = _over_time(document, job, "reading its CoNLL-U")
            except ConlluError as exc:
                failure = Unreadable.from_document(document, "conllu", _bare_message(exc))
                outcomes[position] = Outcome(failure=attrs.evolve(failure, line=_conllu_line(document, exc)))
            except Exception as exc:  # noqa: BLE001 - CoNLL-U the reader did not foresee: this document's error
                outcomes[position] = Outcome(failure=_failure(document, "conllu", exc))
            continue
        hit = cache.get(document.text or "", document.doc_id) if cache is not None else None
        if hit is not None:
            parsed[position] = hit
        else:
            to_parse.append(position)
    if to_parse:
        for position, result in zip(to_parse, _parse(job, extractor, [documents[i] for i in to_parse]), strict=True):
            if isinstance(result, ParsedDocument):
                parsed[position] = cache.put(result) if cache is not None else result
            else:
                outcomes[position] = Outcome(failure=result)
    for position, parse in parsed.items():
        try:
            with _budget(_seconds_for(job, [documents[position]])):
                outcomes[position] = _finish(job, extractor, parse, documents[position])
        except OverTime:
            outcomes[position] = _over_time(documents[position], job, "finding its quotes")
    return [outcome if outcome is not None else Outcome() for outcome in outcomes]


def _read_conllu(document: Document) -> ParsedDocument:
    found = documents_from_conllu(document.conllu or "", source=document.input, default_id=document.doc_id)
    if len(found) != 1:
        raise ConlluError(f"expected one document, found {len(found)}", source=document.input)
    return found[0]


def _conllu_line(document: Document, exc: ConlluError) -> int | None:
    if exc.lineno is None or document.line is None:
        return document.line
    return document.line + exc.lineno - 1


def _bare_message(exc: ConlluError) -> str:
    """The message without its ``source:line:`` prefix (the line within one document, not the file)."""
    message = str(exc)
    location = ":".join(str(part) for part in (exc.source, exc.lineno) if part is not None)
    return message.removeprefix(f"{location}: ") if location else message


def _parse(job: Job, extractor: Extractor, documents: list[Document]) -> list[ParsedDocument | Unreadable]:
    """Parse documents in one batch; if the batch fails or runs over its budget, one by one, so one bad document fails alone."""
    try:
        with _budget(_seconds_for(job, documents)):
            return list(extractor.parse_many([(document.doc_id, document.text or "") for document in documents]))
    except ModelError:
        raise
    except (Exception, OverTime):
        log.debug("batch parse failed; parsing its %d documents one by one", len(documents), exc_info=True)
    results: list[ParsedDocument | Unreadable] = []
    for document in documents:
        try:
            with _budget(_seconds_for(job, [document])):
                results.append(extractor.parse(document.text or "", document.doc_id))
        except ModelError:
            raise
        except OverTime:
            failure = _over_time(document, job, "parsing").failure
            assert failure is not None  # noqa: S101 - _over_time always fails
            results.append(failure)
        except Exception as exc:  # noqa: BLE001 - becomes this document's error record
            results.append(_failure(document, "parse", exc))
    return results


def _finish(job: Job, extractor: Extractor, parsed: ParsedDocument, document: Document) -> Outcome:
    try:
        if job.mode == "parse":
            return Outcome(data=conllu_with_meta(parsed.to_conllu(), document.meta).encode("utf-8"))
        if job.entities:
            quotes, table = extractor.extract_with_entities(parsed, meta=document.meta)
            entities = b"".join(jsonl_line(record) for record in table.records(quote_counts(quotes)))
        else:
            quotes, entities = extractor.extract_parsed(parsed, meta=document.meta), b""
        data = b"".join(jsonl_line(quote.to_dict()) for quote in quotes)
        return Outcome(data=data, quotes=len(quotes), entities=entities)
    except Exception as exc:  # noqa: BLE001 - becomes this document's error record
        return Outcome(failure=_failure(document, "extraction", exc))


def _failure(document: Document, kind: str, exc: BaseException, *, line: int | None = None) -> Unreadable:
    reason = str(exc) if isinstance(exc, QuotesError) else f"{type(exc).__name__}: {exc}"
    return Unreadable(document.input, line if line is not None else document.line, document.doc_id, kind, reason)


# ---------------------------------------------------------------- summary


@attrs.frozen
class Summary:
    """What a run did with every input item: read = done + failed + skipped.

    `ignored` lists the entries of input folders that are not text files (not documents, not read);
    `warnings` counts what the reader repaired and ids seen twice.
    """

    read: int = 0
    done: int = 0
    failed: int = 0
    skipped: int = 0
    quotes: int = 0
    failures: dict[str, int] = attrs.field(factory=dict)
    failed_before: int = 0
    seconds: float = 0.0
    ignored: tuple[str, ...] = ()
    warnings: int = 0

    @property
    def ok(self) -> bool:
        return self.failed == 0 and self.failed_before == 0

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)

    def describe(self, mode: str = "extract") -> str:
        rate = self.done / self.seconds if self.seconds > 0 else 0.0
        written = f"{self.quotes:,} quotes written" if mode == "extract" else f"{self.done:,} documents parsed"
        lines = [
            f"read {self.read:,} documents: {self.done:,} done, {self.failed:,} failed, "
            f"{self.skipped:,} skipped (done before); {written} in {self.seconds:.1f} s ({rate:.1f} docs/s)"
        ]
        for kind, count in sorted(self.failures.items(), key=lambda item: (-item[1], item[0])):
            lines.append(f"  failed: {count:,} {kind}")
        if self.failed_before:
            lines.append(f"  failed in the earlier part of this run: {self.failed_before:,}")
        if self.warnings:
            lines.append(f"  warnings: {self.warnings:,} (repaired input or a document id seen twice)")
        if self.ignored:
            shown = ", ".join(self.ignored[:_SHOWN_IGNORED]) + (", …" if len(self.ignored) > _SHOWN_IGNORED else "")
            lines.append(f"  ignored: {len(self.ignored):,} folder entries that are not text files: {shown}")
        return "\n".join(lines)


_SHOWN_IGNORED = 5


# ---------------------------------------------------------------- manifest


@attrs.frozen
class Checkpoint:
    """Where a run stood after a chunk: items complete, bytes of output and errors that belong to them."""

    done: int = 0
    output_bytes: int = 0
    errors_bytes: int = 0
    failed: int = 0
    #: The last item done, ``[input, line, doc_id]``: a resumed run checks the inputs still hold it there.
    last: list[Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "done": self.done,
            "output_bytes": self.output_bytes,
            "errors_bytes": self.errors_bytes,
            "failed": self.failed,
            "last": self.last,
        }


class Manifest:
    """An append-only JSONL file: a header naming the run, then one checkpoint per chunk."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @classmethod
    def for_output(cls, output: str) -> Manifest:
        return cls(Path(output + MANIFEST_SUFFIX))

    def start(self, header: dict[str, Any]) -> None:
        self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND, 0o644)
        self._append({"manifest": 1, **header})

    def load(self) -> tuple[dict[str, Any], Checkpoint, bool]:
        """The header, the last complete checkpoint and whether the run had finished; a torn last line is cut off."""
        data = self.path.read_bytes()
        header: dict[str, Any] | None = None
        checkpoint = Checkpoint()
        finished = False
        good = 0
        for line in data.splitlines(keepends=True):
            if not line.endswith(b"\n"):
                break
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                break
            good += len(line)
            if header is None:
                header = entry
            elif "done" in entry:
                finished = False  # a finished run resumed for appended documents, not finished again
                checkpoint = Checkpoint(
                    entry["done"], entry["output_bytes"], entry["errors_bytes"], entry.get("failed", 0), entry.get("last")
                )
            if entry.get("finished"):
                finished = True
        if header is None or header.get("manifest") != 1:
            raise QuotesError(f"{self.path}: not a quotes run manifest; delete it or run without --resume")
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)
        os.truncate(self.path, good)
        return header, checkpoint, finished

    def checkpoint(self, checkpoint: Checkpoint) -> None:
        self._append(checkpoint.to_dict())

    def finish(self, summary: Summary) -> None:
        self._append({"finished": True, "summary": summary.to_dict()})

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def _append(self, entry: dict[str, Any]) -> None:
        assert self._fd is not None  # noqa: S101 - start() or load() opened it
        # One write per line: a crash leaves at worst one torn last line, which load() cuts off.
        os.write(self._fd, json.dumps(entry, ensure_ascii=False).encode("utf-8") + b"\n")


# ---------------------------------------------------------------- the run


@attrs.frozen
class RunConfig:
    """A batch run: inputs, where records and error records go, and how to spread the work.

    `workers` > 1 runs a pool of processes; `dask` (a scheduler address, or
    ``local:N`` for a local cluster of N processes) runs on a Dask cluster
    instead. `output` None writes to stdout (no resume then).
    """

    inputs: tuple[str, ...]
    output: str | None = None
    errors: str | None = None
    read: ReadOptions = attrs.field(factory=ReadOptions)
    job: Job = attrs.field(factory=Job)
    workers: int = 1
    batch_size: int = 16
    resume: bool = False
    progress: bool = False
    dask: str | None = None
    entities: str | None = None  # where the entity tables go (JSONL), if anywhere


#: Characters (raw text; CoNLL-U counts a tenth) that close a chunk before `batch_size` documents.
CHUNK_CHARS = 100_000


#: Torch threads per worker process unless --threads says otherwise. More cores are used through
#: more worker processes, not threads: measured here with the compact model, one process parsing with
#: 2 threads on a CPU shared with other jobs fell from 127 to 6 words/s (its threads spin waiting for
#: each other), while processes of one thread each scale with the cores they get.
DEFAULT_THREADS = 1


def _init_worker(threads: int) -> None:
    # Before torch is imported in this (spawned) process, so its thread pools take the size.
    for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[name] = str(threads)
    # Ctrl-C is the main process's to handle; workers are shut down by it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Done:
    """A finished future for work done in this process."""

    def __init__(self, value: list[Outcome]) -> None:
        self._value = value

    def result(self) -> list[Outcome]:
        return self._value


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
        held += _documents_in(chunk)
        while held - _documents_in(ahead[0]) >= tail:
            first = ahead.popleft()
            held -= _documents_in(first)
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


def _documents_in(chunk: list[Item]) -> int:
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


#: While a run writes them, its output and error files are ``NAME.partial``; they take their names when the
#: run finishes, so an existing output is never truncated by a run that then fails.
PARTIAL_SUFFIX = ".partial"
LOCK_SUFFIX = ".lock"


def check_outputs(config: RunConfig, inputs: list[str]) -> None:
    """Refuse, before anything is opened, an output path that cannot be written or would overwrite an input."""
    named = [("-o", config.output), ("--errors", config.errors)]
    paths = [(option, path) for option, path in named if path is not None and path != "-"]
    if config.output is not None and config.output != "-":
        paths += [("-o", config.output + suffix) for suffix in (MANIFEST_SUFFIX, PARTIAL_SUFFIX, LOCK_SUFFIX)]
    if config.errors is not None:
        paths.append(("--errors", config.errors + PARTIAL_SUFFIX))
    for option, path in paths:
        target = Path(path)
        folder = target.parent
        if target.is_dir():
            raise QuotesError(f"cannot write {option} {path}: it is a folder")
        if not folder.is_dir():
            raise QuotesError(f"cannot write {option} {path}: the folder {folder} does not exist")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise QuotesError(f"cannot write {option} {path}: the folder {folder} is not writable")
        if target.exists() and not os.access(target, os.W_OK):
            raise QuotesError(f"cannot write {option} {path}: the file is not writable")
    if config.errors is not None and config.output is not None and _same_file(config.errors, config.output):
        raise QuotesError(f"-o and --errors name the same file ({config.output}); give them different names")
    for option, written in named:
        for source in inputs:
            if written is not None and written != "-" and source != "-" and _same_file(written, source):
                raise QuotesError(f"{option} {written} is an input of this run: writing it would destroy what is read")


def _same_file(first: str, second: str) -> bool:
    try:
        return Path(first).resolve() == Path(second).resolve() or os.path.samefile(first, second)
    except OSError:
        return False


class _Files:
    """The run's output and error streams, opened fresh or reopened at a checkpoint.

    `partial` writes to ``NAME.partial`` files that :meth:`commit` renames once the run is done.
    """

    def __init__(self, config: RunConfig, stdout: IO[bytes], checkpoint: Checkpoint | None, *, partial: bool) -> None:
        self._owned: list[IO[bytes]] = []
        self._renames: list[tuple[str, str]] = []
        self._partial = partial
        if config.output is None:
            self.output = JsonlWriter(stdout)
        else:
            self.output = JsonlWriter(
                self._open(config.output, checkpoint.output_bytes if checkpoint else None),
                position=checkpoint.output_bytes if checkpoint else 0,
            )
        self.entities: JsonlWriter | None = None
        if config.entities is not None:
            self.entities = JsonlWriter(self._open(config.entities, None))
        self.errors: JsonlWriter | None = None
        if config.errors is not None:
            self.errors = JsonlWriter(
                self._open(config.errors, checkpoint.errors_bytes if checkpoint else None),
                position=checkpoint.errors_bytes if checkpoint else 0,
            )

    def _open(self, final: str, keep: int | None) -> IO[bytes]:
        path = final
        if self._partial:
            path = final + PARTIAL_SUFFIX
            self._renames.append((path, final))
            if keep is not None and not Path(path).exists() and Path(final).exists():
                os.replace(final, path)  # the run was stopped between taking the names and saying it had finished
        if keep is None:
            stream = open(path, "wb")
        else:
            target = Path(path)
            if not target.exists():
                target.touch()
            if target.stat().st_size < keep:
                raise QuotesError(
                    f"cannot resume: {path} is shorter ({target.stat().st_size:,} bytes) than its checkpoint "
                    f"({keep:,} bytes); it was changed since; run without --resume to start over"
                )
            os.truncate(path, keep)
            stream = open(path, "ab")
        self._owned.append(stream)
        return stream

    def flush(self) -> None:
        self.output.flush()
        if self.entities is not None:
            self.entities.flush()
        if self.errors is not None:
            self.errors.flush()

    def commit(self) -> None:
        """The finished files take their names (each rename is atomic)."""
        self.close()
        for path, final in self._renames:
            os.replace(path, final)
        self._renames = []

    def close(self) -> None:
        for stream in self._owned:
            if not stream.closed:
                stream.close()


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


def _lock(output: str) -> Any:
    """Hold ``OUTPUT.lock`` for the run: a second run writing the same output is refused, not interleaved."""
    from filelock import FileLock, Timeout

    lock = FileLock(output + LOCK_SUFFIX)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise QuotesError(
            f"another quotes run is writing {output} (it holds {output + LOCK_SUFFIX}); wait for it to end or choose another -o"
        ) from None
    return lock


def _unlock(lock: Any, output: str) -> None:
    lock.release()
    with contextlib.suppress(OSError):
        os.unlink(output + LOCK_SUFFIX)


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
        files = _Files(config, stdout if stdout is not None else sys.stdout.buffer, None, partial=False)
        try:
            return _run(config, inputs, files, None, Checkpoint(), stdin, on_failure, on_warning)
        finally:
            files.close()
    output = config.output
    lock = _lock(output)
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
            files = _Files(config, sys.stdout.buffer, checkpoint, partial=not finished)
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
        _unlock(lock, output)


def _run(
    config: RunConfig,
    inputs: list[str],
    files: _Files,
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
    workers = _workers(config, job)
    # Chunks finish in input order: up to `window` documents may wait in the pool, so that a worker done with
    # small chunks goes on with the next ones while an earlier, larger chunk is still being worked on.
    window = max(2, 2 * workers.size) * config.batch_size
    tail = workers.size * config.batch_size if workers.size > 1 else 0
    pending: collections.deque[tuple[list[Item], Future[list[Outcome]] | _Done | None]] = collections.deque()
    position = start.done
    failed_before = start.failed
    ignored: list[str] = []
    seen_ids: dict[str, str] = {}

    def warn(item: Document, message: str) -> None:
        counts["warnings"] += 1
        if on_warning is not None:
            on_warning(f"{item.input}{'' if item.line is None else f':{item.line}'} (doc {item.doc_id}): {message}")

    def finish(chunk: list[Item], future: Future[list[Outcome]] | _Done | None) -> None:
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

    def results(chunk: list[Item], future: Future[list[Outcome]] | _Done | None) -> list[Outcome]:
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

    def _resend(future: Future[list[Outcome]] | _Done | None, chunk: list[Item]) -> Future[list[Outcome]] | _Done | None:
        if isinstance(future, Future) and future.done() and future.exception() is None:
            return future
        return submit(chunk)

    def submit(chunk: list[Item]) -> Future[list[Outcome]] | _Done | None:
        documents = [item for item in chunk if isinstance(item, Document)]
        return workers.submit(job, documents) if documents else None

    try:
        queued = 0  # documents in the pending chunks
        for chunk in chunks(items, config.batch_size, tail=tail):
            pending.append((chunk, submit(chunk)))
            queued += _documents_in(chunk)
            while pending and (queued >= window or pending[0][1] is None or isinstance(pending[0][1], _Done)):
                queued -= _documents_in(pending[0][0])
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


class _Workers:
    """Where chunks run: this process (one worker), a pool of processes, or a Dask cluster."""

    size = 1
    #: How many times the workers were replaced: chunks in flight then are lost and sent again.
    restarts = 0

    def submit(self, job: Job, documents: list[Document]) -> Future[list[Outcome]] | _Done:
        try:
            return _Done(process(job, documents))
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


class _Pool(_Workers):
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
            initializer=_init_worker,
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


class _Cluster(_Workers):
    """A Dask cluster: each worker process keeps its pipeline in :data:`_EXTRACTORS` between tasks."""

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


def _workers(config: RunConfig, job: Job) -> _Workers:
    if config.dask:
        return _Cluster(config.dask)
    if config.workers <= 1:
        return _Workers()
    return _Pool(config.workers, job.threads or DEFAULT_THREADS)


def _progress_bar(enabled: bool, total: int | None) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr, disable=not enabled, smoothing=0.1)
