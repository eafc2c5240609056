"""One exception family for everything `quotes` raises on purpose.

Callers catch :class:`QuotesError`; the CLI maps it to exit code 2 with a
one-line message. Subclasses keep the fields that locate the problem.
"""

from __future__ import annotations

from collections.abc import Sequence


class QuotesError(Exception):
    """Base class of every error `quotes` raises deliberately."""


class ModelError(QuotesError):
    """A parser model is missing, corrupt or cannot be loaded."""


class ConlluError(QuotesError):
    """CoNLL-U text that cannot be read as a dependency tree."""

    def __init__(self, message: str, *, lineno: int | None = None, source: str | None = None) -> None:
        location = ":".join(str(part) for part in (source, lineno) if part is not None)
        super().__init__(f"{location}: {message}" if location else message)
        self.lineno = lineno
        self.source = source


class RuleProblem:
    """One located problem in a rule file: ``path:rule_id:field: message``."""

    __slots__ = ("field", "message", "path", "rule_id")

    def __init__(self, path: str, rule_id: str | None, field: str | None, message: str) -> None:
        self.path = path
        self.rule_id = rule_id
        self.field = field
        self.message = message

    def __str__(self) -> str:
        parts = [self.path, self.rule_id or "-", self.field or "-"]
        return ":".join(parts) + ": " + self.message

    def __repr__(self) -> str:
        return f"RuleProblem({str(self)!r})"


class RuleError(QuotesError):
    """Every problem found in a rule set, reported at once."""

    def __init__(self, problems: Sequence[RuleProblem]) -> None:
        self.problems = list(problems)
        count = len(self.problems)
        header = f"{count} problem{'s' if count != 1 else ''} in the rules"
        super().__init__(header + ":\n" + "\n".join(f"  {problem}" for problem in self.problems))


class LexiconError(QuotesError):
    """A lexicon file that is missing or malformed."""

    def __init__(self, message: str, *, path: str, lineno: int | None = None) -> None:
        location = f"{path}:{lineno}" if lineno is not None else path
        super().__init__(f"{location}: {message}")
        self.path = path
        self.lineno = lineno


class InputError(QuotesError):
    """One input record that cannot be processed; the batch goes on."""

    def __init__(
        self,
        reason: str,
        *,
        source: str | None = None,
        lineno: int | None = None,
        doc_id: str | None = None,
    ) -> None:
        where = ":".join(str(part) for part in (source, lineno) if part is not None)
        label = f"{where} (doc {doc_id})" if doc_id else where
        super().__init__(f"{label}: {reason}" if label else reason)
        self.reason = reason
        self.source = source
        self.lineno = lineno
        self.doc_id = doc_id


class ExtractionError(QuotesError):
    """A document whose extraction failed after it was read."""
