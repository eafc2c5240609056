"""A document's time budget: an alarm that stops work on a document that runs too long."""

from __future__ import annotations

import contextlib
import math
import signal
import threading
from collections.abc import Iterator
from typing import Any

from quotes.io import Document

#: The time budget of a document is `Job.time_limit` seconds for each slice of this many characters it holds.
TIME_LIMIT_CHARS = 20_000


class OverTime(BaseException):
    """A document's time budget ran out (raised by the alarm in :func:`time_budget`).

    Not an Exception: no ``except Exception`` in the pipeline may swallow it.
    """


def seconds_for(time_limit: float | None, documents: list[Document]) -> float | None:
    """The budget of `documents` together: `time_limit` seconds for each :data:`TIME_LIMIT_CHARS` characters begun."""
    if time_limit is None:
        return None
    return time_limit * sum(max(1, math.ceil(document.size / TIME_LIMIT_CHARS)) for document in documents)


@contextlib.contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
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
