"""The run's output, entity and error files: checked before the run, written as ``NAME.partial``, locked while written,
reopened at a checkpoint on resume."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO, Any

from quotes.batch.config import RunConfig
from quotes.batch.manifest import MANIFEST_SUFFIX, Checkpoint
from quotes.errors import QuotesError
from quotes.io import JsonlWriter

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
    if config.errors is not None and config.output is not None and same_file(config.errors, config.output):
        raise QuotesError(f"-o and --errors name the same file ({config.output}); give them different names")
    for option, written in named:
        for source in inputs:
            if written is not None and written != "-" and source != "-" and same_file(written, source):
                raise QuotesError(f"{option} {written} is an input of this run: writing it would destroy what is read")


def same_file(first: str, second: str) -> bool:
    try:
        return Path(first).resolve() == Path(second).resolve() or os.path.samefile(first, second)
    except OSError:
        return False


class OutputFiles:
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


def lock_output(output: str) -> Any:
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


def unlock_output(lock: Any, output: str) -> None:
    lock.release()
    with contextlib.suppress(OSError):
        os.unlink(output + LOCK_SUFFIX)
