"""Structured logs on stderr: one JSON object per line, for the service and for uvicorn.

A record's ``fields`` (passed as ``extra={"fields": {...}}``) become top-level
keys, so an access log line reads ``{"ts": "…", "level": "info", "logger":
"quotes.access", "event": "request", "method": "POST", "path": "/v1/extract",
"status": 200, "ms": 812.4, …}``.
A traceback, when there is one, stays in the log (``exc``), never in a response.
"""

from __future__ import annotations

import datetime
import json
import logging
import sys
from typing import IO, Any

LOGGERS = ("quotes", "uvicorn", "uvicorn.error", "uvicorn.access")
WORKER_LOGGERS = ("quotes", "stanza")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.datetime.fromtimestamp(record.created, tz=datetime.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            entry.update(fields)
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure_logging(level: int = logging.INFO, stream: IO[str] | None = None) -> logging.Handler:
    """Send the service's and uvicorn's logs to stderr (or `stream`) as JSON lines; returns the handler."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    for name in LOGGERS:
        logger = logging.getLogger(name)
        logger.handlers = [handler] if name in ("quotes", "uvicorn") else []
        logger.setLevel(level)
        logger.propagate = name not in ("quotes", "uvicorn")
    return handler


def configure_worker_logging(level: int = logging.INFO) -> None:
    """In a worker process: `quotes` and Stanza (which logs while loading) as JSON lines on stderr too."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    for name in WORKER_LOGGERS:
        logger = logging.getLogger(name)
        logger.handlers = [handler]
        logger.setLevel(level)
        logger.propagate = False
