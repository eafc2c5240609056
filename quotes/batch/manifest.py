"""The run's manifest beside its output: a header naming the run, then a checkpoint after every chunk."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import attrs

from quotes.batch.summary import Summary
from quotes.errors import QuotesError

MANIFEST_SUFFIX = ".manifest"


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
