"""The state of `quotes review --serve`: parsed documents held in memory, the report, the saved gold draft.

>>> session = ReviewSession(documents, gold=records, save_path=Path("corrected.jsonl"))
>>> session.save(jsonl_text)      # checked as `quote_score.py check` checks, then written atomically
>>> session.rerun()               # the rules folder read again and applied to the same parses

No HTTP here (:mod:`.app` serves it); every method may be called from the
server's worker threads, so the state changes under one lock.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from quotes.api import Extractor
from quotes.errors import InputError
from quotes.evaluate import read_jsonl
from quotes.grammar import load_grammar
from quotes.graph import ParsedDocument
from quotes.review.build import build_report
from quotes.review.gold import check_gold
from quotes.review.model import Report
from quotes.review.render import render_report


class DraftError(ValueError):
    """A gold draft that cannot be saved: every problem, as `quote_score.py check` words them."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__(f"{len(self.problems)} problems in the gold draft")


@attrs.frozen
class Saved:
    path: Path
    quotes: int


@attrs.frozen
class Rerun:
    rules: int
    quotes: int
    errors: int | None
    seconds: float


def parse_draft(text: str) -> list[dict[str, Any]]:
    """The records of a JSONL draft; a line that is not a JSON object is a :class:`DraftError`."""
    records: list[dict[str, Any]] = []
    problems = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"draft line {number}: not JSON: {exc.msg}")
            continue
        if isinstance(value, dict):
            records.append(value)
        else:
            problems.append(f"draft line {number}: expected a JSON object, found {type(value).__name__}")
    if problems:
        raise DraftError(problems)
    return records


def _read_umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


#: Read once at import, before the server's threads start (reading it means setting it for a moment).
_UMASK = _read_umask()


def _mode_for(path: Path) -> int:
    """The permissions `path` has, or a new file's under the umask (mkstemp's own are owner-only)."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        return 0o666 & ~_UMASK


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to a temporary file beside `path`, then rename it over `path`: never half a file."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(temporary, _mode_for(path))
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class ReviewSession:
    """Parsed documents, the rules folder, the gold and the save file of one served review."""

    def __init__(
        self,
        documents: Sequence[ParsedDocument],
        *,
        gold: Sequence[Mapping[str, Any]] | None = None,
        save_path: Path | None = None,
        rules_dir: Path | None = None,
        title: str = "quotes review",
        problems: Sequence[str] = (),
    ) -> None:
        self.documents = list(documents)
        self.texts = {document.doc_id: document.text for document in self.documents}
        self.gold = gold
        self.save_path = save_path
        self.rules_dir = rules_dir
        self.title = title
        self.problems = tuple(problems)
        self._lock = threading.Lock()
        self._saved = self._read_saved(save_path) if save_path is not None else None
        self.report = self._build(Extractor(rules=load_grammar(rules_dir)))
        self._page: str | None = None

    def _read_saved(self, path: Path) -> list[dict[str, Any]] | None:
        """The save file's records when it exists; refused when saving again would drop quotes of other documents."""
        if not path.exists():
            return None
        records = read_jsonl(path)
        elsewhere = sorted({str(record.get("doc_id")) for record in records} - set(self.texts))
        if elsewhere:
            shown = ", ".join(elsewhere[:5]) + (" …" if len(elsewhere) > 5 else "")
            raise InputError(
                f"holds quotes of {len(elsewhere)} documents that are not in the input ({shown}); saving would drop them: "
                "review the same documents or save to another file",
                source=str(path),
            )
        return records

    def _build(self, extractor: Extractor) -> Report:
        return build_report(extractor, self.documents, self.gold, title=self.title, problems=self.problems)

    def page(self, serve: Mapping[str, Any]) -> str:
        """The report page with the served controls (`serve`: the page's links to the app), rendered once per run."""
        with self._lock:
            if self._page is None:
                self._page = render_report(self.report, serve=serve)
            return self._page

    def saved_draft(self) -> list[dict[str, Any]] | None:
        """The records last saved (or found in the save file at start), None when there are none yet."""
        with self._lock:
            return None if self._saved is None else list(self._saved)

    def save(self, text: str) -> Saved:
        """Check a JSONL draft as `quote_score.py check` does and write it to the save file."""
        if self.save_path is None:
            raise DraftError(["the app was started without --save: there is no file to save to"])
        records = parse_draft(text)
        problems = check_gold(self.texts, records)
        if problems:
            raise DraftError(problems)
        lines = [line for line in text.splitlines() if line.strip()]
        with self._lock:
            write_atomically(self.save_path, "".join(line + "\n" for line in lines))
            self._saved = records
        return Saved(self.save_path, len(records))

    def rerun(self) -> Rerun:
        """Read the rules folder again and rebuild the report over the parses in memory.

        A rules folder with problems raises :class:`~quotes.errors.RuleError` and leaves the report as it was.
        """
        started = time.perf_counter()
        grammar = load_grammar(self.rules_dir)
        report = self._build(Extractor(rules=grammar))
        with self._lock:
            self.report = report
            self._page = None
        errors = sum(document.errors for document in report.documents) if report.has_gold else None
        quotes = sum(item.rule_id is not None for document in report.documents for item in document.items)
        return Rerun(len(grammar.rules), quotes, errors, time.perf_counter() - started)
