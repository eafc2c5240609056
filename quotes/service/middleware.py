"""What every request goes through before a route sees it, outermost first.

- :class:`AccessLog`: gives the request an id (``X-Request-ID``), answers an
  unexpected error with a JSON 500 (the traceback goes to the log only), and
  when the request is answered writes one structured log line (method, path,
  status, time, bytes in and out, client).
- :class:`TokenCheck`: with a token configured, a request without
  ``Authorization: Bearer TOKEN`` is answered 401, whatever its path.
- :class:`BodyLimit`: reads the body up to the limit, answers 413 beyond it
  (from ``Content-Length`` before reading anything, else while reading), and
  415 for a POST that is not JSON; the route then reads the buffered body.
"""

from __future__ import annotations

import hmac
import logging
import time
import uuid
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from quotes.service.problems import ApiError, error_response

access_log = logging.getLogger("quotes.access")
log = logging.getLogger("quotes.service")


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


class AccessLog:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        identifier = uuid.uuid4().hex[:16]
        state = scope.setdefault("state", {})
        state["request_id"] = identifier
        state["arrived"] = time.monotonic()  # the request's time budget counts from here
        started = time.perf_counter()
        answer: dict[str, Any] = {"status": None, "bytes_out": 0}

        async def send_logged(message: Message) -> None:
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
                message["headers"] = [*message.get("headers", []), (b"x-request-id", identifier.encode())]
            elif message["type"] == "http.response.body":
                answer["bytes_out"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, send_logged)
        except Exception:
            if answer["status"] is not None:
                raise  # the response has begun: nothing to do but let the server close the connection
            # The traceback goes to the log under the request's id, never to the client.
            log.exception("unhandled error", extra={"fields": {"request_id": identifier, "path": scope["path"]}})
            error = ApiError(500, "internal_error", f"internal error; the server log has the details (request id {identifier})")
            await error_response(error, scope)(scope, receive, send_logged)
        finally:
            client = scope.get("client")
            access_log.info(
                "request",
                extra={
                    "fields": {
                        "request_id": identifier,
                        "method": scope["method"],
                        "path": scope["path"],
                        "status": answer["status"],
                        "ms": round(1000 * (time.perf_counter() - started), 1),
                        "bytes_in": int(_header(scope, b"content-length") or 0),
                        "bytes_out": answer["bytes_out"],
                        "client": f"{client[0]}:{client[1]}" if client else None,
                        **scope["state"].get("log_fields", {}),
                    }
                },
            )


class TokenCheck:
    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.expected = f"Bearer {token}".encode() if token else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.expected is None:
            await self.app(scope, receive, send)
            return
        given = (_header(scope, b"authorization") or "").encode("latin-1")
        if not hmac.compare_digest(given, self.expected):
            reason = "no Authorization header" if not given else "the token does not match"
            error = ApiError(
                401,
                "unauthorized",
                f"this service needs `Authorization: Bearer TOKEN` on every request ({reason})",
                headers={"WWW-Authenticate": "Bearer"},
            )
            await error_response(error, scope)(scope, receive, send)
            return
        await self.app(scope, receive, send)


class BodyLimit:
    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        try:
            body = await self._read(scope, receive)
        except ApiError as error:
            await error_response(error, scope)(scope, receive, send)
            return
        content_type = (_header(scope, b"content-type") or "").split(";")[0].strip().lower()
        if content_type != "application/json" and not content_type.endswith("+json"):
            refusal = ApiError(
                415,
                "unsupported_media_type",
                f"the request body must be JSON sent with `Content-Type: application/json`, not {content_type or 'no Content-Type'!r}",
            )
            await error_response(refusal, scope)(scope, receive, send)
            return
        try:
            body.decode("utf-8")
        except UnicodeDecodeError as exc:
            undecodable = ApiError(400, "invalid_utf8", f"the request body is not valid UTF-8 (at byte {exc.start})", field="body")
            await error_response(undecodable, scope)(scope, receive, send)
            return
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # after the body: wait for the client to disconnect

        await self.app(scope, replay, send)

    async def _read(self, scope: Scope, receive: Receive) -> bytes:
        declared = _header(scope, b"content-length")
        if declared is not None:
            if not declared.strip().isdigit():
                raise ApiError(400, "bad_request", f"Content-Length {declared!r} is not a number")
            if int(declared) > self.limit:
                raise self._too_large(int(declared))
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                raise self._too_large(None)
            chunks.append(chunk)
            more = message.get("more_body", False)
        return b"".join(chunks)

    def _too_large(self, declared: int | None) -> ApiError:
        size = f"has {declared:,} bytes, more" if declared is not None else "is larger"
        return ApiError(
            413,
            "request_too_large",
            f"the request body {size} than the limit of {self.limit:,} bytes; send fewer documents per batch, "
            "or start the service with a larger --max-body-bytes",
        )
