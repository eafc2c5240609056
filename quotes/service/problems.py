"""Error responses: one JSON shape for every failure, never a stack trace.

``{"error": {"status": 422, "code": "not_arabic", "message": "…", "field": "text", "request_id": "…"}}``

`code` is a stable machine-readable name, `message` says what was wrong and
how to fix it, `field` names the request field at fault (``documents[2].text``)
when there is one, `request_id` matches the ``X-Request-ID`` header and the
server's access log line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from starlette.responses import JSONResponse
from starlette.types import Scope

#: The HTTP status of each error code a worker can answer for one document.
RESULT_STATUS = {
    "timeout": 504,
    "worker_died": 500,
    "extraction_failed": 500,
    "parse_failed": 500,
    "internal_error": 500,
    "shutting_down": 503,
}


class ApiError(Exception):
    """An error answered to the client as is: its status, code, message and the field at fault."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        field: str | None = None,
        fields: Sequence[Mapping[str, Any]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.field = field
        self.fields = list(fields) if fields is not None else None
        self.headers = dict(headers or {})


def request_id(scope: Scope) -> str | None:
    state = scope.get("state")
    return state.get("request_id") if isinstance(state, dict) else None


def error_body(error: ApiError, request: str | None) -> dict[str, Any]:
    body: dict[str, Any] = {"status": error.status, "code": error.code, "message": error.message}
    if error.field is not None:
        body["field"] = error.field
    if error.fields is not None:
        body["fields"] = error.fields
    if request is not None:
        body["request_id"] = request
    return {"error": body}


def error_response(error: ApiError, scope: Scope) -> JSONResponse:
    return JSONResponse(error_body(error, request_id(scope)), status_code=error.status, headers=error.headers)


def field_name(location: Sequence[int | str]) -> str:
    """A pydantic error location as a field path: ``("body", "documents", 2, "text")`` → ``documents[2].text``."""
    parts = list(location)
    if parts and parts[0] == "body":
        parts = parts[1:]
    name = ""
    for part in parts:
        if isinstance(part, int):
            name += f"[{part}]"
        else:
            name += f".{part}" if name else str(part)
    return name or "body"
