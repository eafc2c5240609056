"""`quotes review --serve`: the report page as a small local app that saves gold and reruns the rules.

>>> serve(session, "127.0.0.1", 0, announce=print)   # blocks; prints http://127.0.0.1:PORT/

Routes: ``GET /`` the report page; ``GET /api/draft`` the last saved draft;
``POST /api/save`` a JSONL draft (``application/x-ndjson``), checked as
``quote_score.py check`` checks it (422 with the problems) and written
atomically; ``POST /api/rerun`` (``application/json``) reads the rules folder
again and rebuilds the page over the parses in memory.

The app has no authentication, so it listens on a loopback address only,
answers only requests addressed to a loopback host name (no DNS rebinding),
and takes a POST only from its own page: a JSON or NDJSON body cannot be sent
by another site without a CORS preflight, which this app never grants, and an
``Origin`` other than its own is refused.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from quotes.errors import QuotesError
from quotes.grammar.loader import default_rules_dir
from quotes.review.session import DraftError, ReviewSession

#: The largest draft the app takes (the dev gold is 0.2 MB).
MAX_DRAFT_BYTES = 32 * 1024 * 1024
NO_STORE = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}


class ServeError(QuotesError):
    """The app cannot start: a --host that is not a loopback address (it has no authentication), or a taken port."""


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1)."""
    name = host.strip("[]")
    if name.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _host_name(header: str) -> str:
    """The name of a Host header, without its port (``[::1]:8000`` → ``::1``)."""
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class LoopbackOnly:
    """ASGI middleware: a request whose Host header names anything but a loopback host is refused (400)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not is_loopback(_host_name(Headers(scope=scope).get("host", ""))):
            refused = PlainTextResponse("quotes review answers only requests to 127.0.0.1 or localhost", status_code=400)
            await refused(scope, receive, send)
            return
        await self.app(scope, receive, send)


def _problems(status: int, *problems: str) -> JSONResponse:
    return JSONResponse({"problems": list(problems)}, status_code=status, headers=NO_STORE)


def _refuse_post(request: Request, content_type: str) -> JSONResponse | None:
    """Why a POST is refused (another site's page, a body of the wrong kind, too large), or None."""
    origin = request.headers.get("origin")
    if origin is not None and origin != f"{request.url.scheme}://{request.headers.get('host', '')}":
        return _problems(403, f"refused: a request from another origin ({origin})")
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != content_type:
        return _problems(415, f"send the draft as {content_type}")
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > MAX_DRAFT_BYTES):
        return _problems(413, f"a draft is at most {MAX_DRAFT_BYTES // (1024 * 1024)} MiB")
    return None


def create_app(session: ReviewSession, *, log: Callable[[str], None] = lambda message: None) -> Starlette:
    """The Starlette app over one review session; `log` hears of each save and rerun."""
    serve_links = {
        "draft": "api/draft",
        "save": "api/save",
        "rerun": "api/rerun",
        "savePath": str(session.save_path) if session.save_path is not None else None,
        "rules": str(session.rules_dir or default_rules_dir()),
    }

    async def page(request: Request) -> Response:
        html = await run_in_threadpool(session.page, serve_links)
        return HTMLResponse(html, headers=NO_STORE)

    async def draft(request: Request) -> Response:
        path = str(session.save_path) if session.save_path is not None else None
        return JSONResponse({"path": path, "records": session.saved_draft()}, headers=NO_STORE)

    async def save(request: Request) -> Response:
        refused = _refuse_post(request, "application/x-ndjson")
        if refused is not None:
            return refused
        body = await request.body()
        if len(body) > MAX_DRAFT_BYTES:
            return _problems(413, f"a draft is at most {MAX_DRAFT_BYTES // (1024 * 1024)} MiB")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            return _problems(422, f"the draft is not UTF-8: {exc.reason} at byte {exc.start}")
        try:
            saved = await run_in_threadpool(session.save, text)
        except DraftError as exc:
            return _problems(422, *exc.problems)
        except OSError as exc:
            return _problems(500, f"cannot write {session.save_path}: {exc.strerror or exc}")
        log(f"saved {saved.quotes} gold quotes to {saved.path}")
        return JSONResponse({"path": str(saved.path), "quotes": saved.quotes}, headers=NO_STORE)

    async def rerun(request: Request) -> Response:
        refused = _refuse_post(request, "application/json")
        if refused is not None:
            return refused
        try:
            done = await run_in_threadpool(session.rerun)
        except QuotesError as exc:
            log(f"rules not rerun: {exc}")
            return _problems(422, *str(exc).splitlines())
        scored = f", {done.errors} errors against the gold" if done.errors is not None else ""
        log(f"rules rerun: {done.rules} rules, {done.quotes} quotes{scored} ({done.seconds:.1f} s)")
        result: dict[str, Any] = {"rules": done.rules, "quotes": done.quotes, "errors": done.errors, "seconds": done.seconds}
        return JSONResponse(result, headers=NO_STORE)

    routes = [
        Route("/", page, methods=["GET"]),
        Route("/api/draft", draft, methods=["GET"]),
        Route("/api/save", save, methods=["POST"]),
        Route("/api/rerun", rerun, methods=["POST"]),
    ]
    return Starlette(routes=routes, middleware=[Middleware(LoopbackOnly)])


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on a loopback `host`; any other host is an :class:`ServeError`."""
    if not is_loopback(host):
        raise ServeError(
            f"refusing to serve on {host!r}: the review app has no authentication, so it listens on 127.0.0.1, ::1 or localhost only"
        )
    family, kind, proto, _, address = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)[0]
    if not ipaddress.ip_address(address[0]).is_loopback:
        raise ServeError(f"refusing to serve on {host!r}: it resolves to {address[0]}, not a loopback address")
    listener = socket.socket(family, kind, proto)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind(address)
    except OSError as exc:
        listener.close()
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    listener.listen(128)
    return listener


def url_of(listener: socket.socket) -> str:
    host, port = listener.getsockname()[:2]
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def serve(
    session: ReviewSession, host: str = "127.0.0.1", port: int = 0, *, announce: Callable[[str], None] = print
) -> None:
    """Serve the session on a loopback address until interrupted; `announce` gets the page's address, then each event."""
    listener = bind(host, port)
    app = create_app(session, log=announce)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off"))
    announce(f"serving {url_of(listener)} (Ctrl-C to stop)")
    server.run(sockets=[listener])
