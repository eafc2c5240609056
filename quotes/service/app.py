"""The HTTP API: routes, error handlers and the middleware stack around them.

>>> app = create_app(ServiceConfig(workers=2))   # an ASGI app; `quotes serve` runs it with uvicorn

Routes never parse: they check the request, hand each document to the worker
pool (:mod:`quotes.service.pool`) and await the result off the event loop, so
health checks and queue refusals stay fast while the workers are busy.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Annotated, Any

import anyio
from fastapi import Body, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from quotes.grammar import Grammar, load_grammar
from quotes.io import text_problem
from quotes.service.config import ServiceConfig
from quotes.service.middleware import AccessLog, BodyLimit, TokenCheck
from quotes.service.pool import NotReady, PoolError, QueueFull, WorkerPool, timeout_result
from quotes.service.problems import RESULT_STATUS, ApiError, error_response, field_name
from quotes.service.results import extract_body, surrogate_warnings, without_surrogates
from quotes.service.schemas import (
    BatchIn,
    BatchOut,
    DocumentIn,
    ErrorOut,
    ExtractOut,
    HealthOut,
    ModelsOut,
    RulesOut,
    examples,
)
from quotes.service.worker import Result, Task, WorkerSettings

#: Seconds a route waits past a request's deadline for the pool to answer it (the pool answers at the deadline).
DEADLINE_GRACE_S = 2.0

DESCRIPTION = """\
Arabic quotation and source-attribution extraction over HTTP: the parser is
loaded once per worker process, every document is answered with the same
JSON quote records as `quotes extract`, with exact character offsets
(`text[start:end] == span.text`, Python string indices).

Errors are JSON `{"error": {"status", "code", "message", "field", "request_id"}}`.
When the service was started with `QUOTES_API_TOKEN`, every request needs
`Authorization: Bearer TOKEN`.
"""


# Request bodies with their Arabic examples; module-level so that FastAPI can resolve the annotations.
ExtractBody = Annotated[DocumentIn, Body(openapi_examples=examples()["extract"]["requests"])]
BatchBody = Annotated[BatchIn, Body(openapi_examples=examples()["batch"]["requests"])]
ParseBody = Annotated[DocumentIn, Body(openapi_examples=examples()["parse"]["requests"])]


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    described = {
        400: "Malformed JSON or an unreadable body",
        401: "Missing or wrong token (only when the service has one)",
        413: "Request body over the size limit",
        415: "Body not sent as application/json",
        422: "A field is missing or invalid; `field` names it",
        500: "The document could not be processed (its worker died, or the extractor failed)",
        503: "Queue full or parser not loaded yet; retry after `Retry-After` seconds",
        504: "The request's time budget ran out",
    }
    return {status: {"model": ErrorOut, "description": described[status]} for status in statuses}


def _answers(shown: dict[str, Any]) -> dict[str, Any]:
    """A 200 response's documented examples."""
    return {"content": {"application/json": {"examples": shown}}}


def _quotes_version() -> str:
    try:
        return version("quotes")
    except PackageNotFoundError:
        return "unknown"


def create_app(config: ServiceConfig, *, pool: WorkerPool | None = None, json_logs: bool = False) -> FastAPI:
    """The service for `config`: its worker pool starts with the app (lifespan) and stops with it.

    `json_logs`: the workers log JSON lines on stderr, as :func:`quotes.service.server.serve` sets up for the server.
    """
    grammar = load_grammar(Path(config.rules) if config.rules is not None else None)
    settings = WorkerSettings(
        model=config.model, rules=config.rules, threads=config.threads, extractor_factory=config.extractor_factory, json_logs=json_logs
    )
    workers = pool or WorkerPool(
        settings,
        size=config.workers,
        queue_limit=config.queue,
        timeout_s=config.timeout_s,
    )

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        workers.start()
        try:
            yield
        finally:
            await anyio.to_thread.run_sync(workers.stop)

    app = FastAPI(
        title="quotes",
        version=_quotes_version(),
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # served below from packaged files: the default page loads Swagger UI from a CDN
        redoc_url=None,
    )
    _install_offline_docs(app)
    app.state.pool = workers
    app.state.config = config
    _install_error_handlers(app)
    # Added innermost first: AccessLog sees every request, TokenCheck runs before any body is read.
    app.add_middleware(BodyLimit, limit=config.max_body_bytes)
    app.add_middleware(TokenCheck, token=config.token)
    app.add_middleware(AccessLog)
    _install_routes(app, config, workers, grammar)
    return app


# ---------------------------------------------------------------- documentation


#: Swagger UI's files, from the `swagger-ui-bundle` package: the documentation page works with no network.
DOCS_ASSETS = "/docs/assets"


def _install_offline_docs(app: FastAPI) -> None:
    import swagger_ui_bundle
    from fastapi.openapi.docs import get_swagger_ui_html
    from fastapi.responses import HTMLResponse
    from starlette.staticfiles import StaticFiles

    app.mount(DOCS_ASSETS, StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="quotes — API",
            swagger_js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{DOCS_ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{DOCS_ASSETS}/favicon-32x32.png",
        )


# ---------------------------------------------------------------- routes


def _install_routes(app: FastAPI, config: ServiceConfig, workers: WorkerPool, grammar: Grammar) -> None:
    shown = examples()

    async def run(request: Request, tasks: Sequence[Task]) -> list[Result]:
        """Each task's Result, within the request's time budget (a document still unanswered at the end: ``timeout``)."""
        arrived = getattr(request.state, "arrived", None) or time.monotonic()
        deadline = arrived + config.timeout_s
        try:
            futures = workers.submit(tasks, deadline)
        except PoolError as exc:
            headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after is not None else {}
            code = "queue_full" if isinstance(exc, QueueFull) else "not_ready" if isinstance(exc, NotReady) else "unavailable"
            raise ApiError(503, code, str(exc), headers=headers) from None
        waiting = [asyncio.wrap_future(future) for future in futures]
        try:
            await asyncio.wait(waiting, timeout=max(0.0, deadline - time.monotonic()) + DEADLINE_GRACE_S)
        finally:
            for future in waiting:
                future.cancel()  # no-op for finished ones; a waiting document is dropped from the queue
        return [future.result() if future.done() and not future.cancelled() else timeout_result("waited") for future in waiting]

    def checked(document: DocumentIn, field: str) -> ApiError | None:
        problem = text_problem(document.text, config.max_chars)
        if problem is None:
            return None
        kind, reason = problem
        if kind == "too_long":
            reason = (
                f"the text has {len(document.text):,} characters, more than this service's limit of {config.max_chars:,} "
                "(quotes serve --max-chars); split the document"
            )
        return ApiError(422, kind, reason, field=field)

    def cleaned(document: DocumentIn) -> tuple[DocumentIn, tuple[str, ...]]:
        """The document with lone surrogates replaced (offsets unchanged), and the warning that says so."""
        value, count = without_surrogates(document.model_dump())
        return (DocumentIn.model_validate(value), surrogate_warnings(count)) if count else (document, ())

    async def run_one(request: Request, kind: str, document: DocumentIn) -> tuple[str, Result, tuple[str, ...]]:
        """One document's task (``extract`` or ``parse``): its id, its successful Result and the input's warnings;
        a text the service refuses or a failed task raises the ApiError that answers the request."""
        document, warnings = cleaned(document)
        doc_id = document.id or "doc"
        problem = checked(document, "text")
        if problem is not None:
            raise problem
        (result,) = await run(request, [Task(kind, doc_id, document.text, document.meta)])
        if not result.ok:
            raise failed(result)
        return doc_id, result, warnings

    def failed(result: Result) -> ApiError:
        code = result.code or "internal_error"
        return ApiError(RESULT_STATUS.get(code, 500), code, result.message or code)

    @app.post(
        "/v1/extract",
        response_model=ExtractOut,
        responses={
            200: _answers(
                {
                    name: {"summary": shown["extract"]["requests"][name]["summary"], "value": answer}
                    for name, answer in shown["extract"].get("responses", {}).items()
                }
            ),
            **_errors(400, 401, 413, 415, 422, 500, 503, 504),
        },
        summary="Quotes of one document",
        tags=["extraction"],
    )
    async def extract(
        request: Request,
        document: ExtractBody,
    ) -> JSONResponse:
        """Every quote in the text, its sources (`entities`) and its warnings; records as `quotes extract` writes them."""
        doc_id, result, warnings = await run_one(request, "extract", document)
        request.state.log_fields = {"docs": 1, "quotes": len(result.value["quotes"])}
        return JSONResponse(extract_body(doc_id, result.value, warnings))

    @app.post(
        "/v1/extract/batch",
        response_model=BatchOut,
        responses={
            200: _answers({"batch": {"summary": "One result per document", "value": shown["batch"].get("response")}}),
            **_errors(400, 401, 413, 415, 422, 503),
        },
        summary="Quotes of many documents",
        tags=["extraction"],
    )
    async def extract_batch(
        request: Request,
        batch: BatchBody,
    ) -> JSONResponse:
        """One result per document, in order. A document that is malformed, not Arabic, too long, too slow
        or fails is an error entry (`ok: false`); the others are still answered. The documents of a batch
        are parsed in parallel by the workers; the whole batch shares one time budget."""
        if len(batch.documents) > config.max_batch:
            raise ApiError(
                422,
                "too_many_documents",
                f"a batch holds at most {config.max_batch} documents, this one has {len(batch.documents)}; split it",
                field="documents",
            )
        entries: list[dict[str, Any]] = []
        tasks: list[Task] = []
        positions: list[int] = []
        notes: dict[int, tuple[str, ...]] = {}
        for index, raw in enumerate(batch.documents):
            raw, count = without_surrogates(raw)
            notes[index] = surrogate_warnings(count)
            entry, task = _batch_document(index, raw, checked)
            entries.append(entry)
            if task is not None:
                tasks.append(task)
                positions.append(index)
        results = await run(request, tasks) if tasks else []
        for index, result in zip(positions, results, strict=True):
            doc_id = entries[index]["id"]
            if result.ok:
                entries[index].update(ok=True, **extract_body(doc_id, result.value, notes[index]))
            else:
                entries[index].update(ok=False, error={"code": result.code, "message": result.message})
        failures = sum(not entry["ok"] for entry in entries)
        quotes = sum(len(entry.get("quotes") or ()) for entry in entries)
        request.state.log_fields = {"docs": len(entries), "failed": failures, "quotes": quotes}
        return JSONResponse({"results": entries, "documents": len(entries), "failed": failures})

    @app.post(
        "/v1/parse",
        response_class=PlainTextResponse,
        responses={
            200: {
                "content": {"text/plain": {"example": shown["parse"].get("response", "")}},
                "description": "The parse as CoNLL-U (what `quotes parse` writes): `# newdoc id`, the exact text, "
                "every token's character offsets. `quotes extract FILE.conllu` reads it back without a parser.",
            },
            **_errors(400, 401, 413, 415, 422, 500, 503, 504),
        },
        summary="Dependency parse of one document (CoNLL-U)",
        tags=["parsing"],
    )
    async def parse(
        request: Request,
        document: ParseBody,
    ) -> PlainTextResponse:
        """The document parsed by the service's model, as CoNLL-U with document id, exact text, meta and offsets."""
        _, result, _ = await run_one(request, "parse", document)
        request.state.log_fields = {"docs": 1}
        return PlainTextResponse(result.value, media_type="text/plain; charset=utf-8")

    @app.get(
        "/v1/health",
        response_model=HealthOut,
        responses={503: {"model": HealthOut, "description": "Not ready: the parser is loading, or could not be loaded"}},
        summary="Ready when at least one worker has its model loaded",
        tags=["service"],
    )
    async def health() -> JSONResponse:
        """`ready` (200) once a worker has loaded its pipeline; `loading` or `failed` (503) before."""
        status = workers.status()
        if workers.ready:
            return JSONResponse({"status": "ready", **status})
        if status["workers"]["failed"] == status["workers"]["total"]:
            return JSONResponse({"status": "failed", **status, "errors": workers.errors}, status_code=503)
        return JSONResponse({"status": "loading", **status}, status_code=503, headers={"Retry-After": "5"})

    @app.get("/v1/models", response_model=ModelsOut, responses=_errors(401, 503), summary="The loaded parser model", tags=["service"])
    async def models() -> JSONResponse:
        """The parser model the workers loaded (name, where it comes from, its test scores)."""
        model = workers.model
        if model is None:
            raise ApiError(503, "not_ready", "no worker has loaded the parser yet; see /v1/health", headers={"Retry-After": "5"})
        return JSONResponse({"parser": model, "quotes_version": _quotes_version(), "workers": config.workers})

    rules_body = _rules_body(grammar)

    @app.get("/v1/rules", response_model=RulesOut, responses=_errors(401), summary="The extraction rules in use", tags=["service"])
    async def rules() -> JSONResponse:
        """Every rule (id, what it finds, priority, type, confidence, file, number of examples) and word list."""
        return JSONResponse(rules_body)


def _batch_document(index: int, raw: Any, checked: Any) -> tuple[dict[str, Any], Task | None]:
    """A batch entry's starting point and its task, or the entry's error when the document cannot be processed."""
    raw_id = raw.get("id") if isinstance(raw, dict) else None
    entry: dict[str, Any] = {"index": index, "id": raw_id if isinstance(raw_id, str) else None}
    try:
        document = DocumentIn.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = f"documents[{index}]" + ("." + field_name(first["loc"]) if first["loc"] else "")
        message = "; ".join(f"{field_name(('documents', index, *error['loc']))}: {error['msg']}" for error in exc.errors())
        entry.update(ok=False, error={"code": "invalid_document", "message": message, "field": field})
        return entry, None
    doc_id = document.id or f"doc-{index + 1}"
    entry["id"] = doc_id
    problem = checked(document, f"documents[{index}].text")
    if problem is not None:
        entry.update(ok=False, error={"code": problem.code, "message": problem.message, "field": problem.field})
        return entry, None
    return entry, Task("extract", doc_id, document.text, document.meta)


def _rules_body(grammar: Grammar) -> dict[str, Any]:
    def relative(path: str) -> str:
        try:
            return Path(path).resolve().relative_to(Path(grammar.folder).resolve()).as_posix()
        except ValueError:
            return Path(path).name

    rules = [
        {
            "id": rule.id,
            "description": rule.description,
            "priority": rule.priority,
            "type": rule.type,
            "confidence": rule.confidence,
            "file": relative(rule.path),
            "examples": len(rule.examples),
        }
        for rule in grammar.rules
    ]
    lexicons = {name: len(lexicon) for name, lexicon in sorted(grammar.lexicons.items())}
    return {"count": len(rules), "rules": rules, "lexicons": lexicons}


# ---------------------------------------------------------------- errors


_HTTP_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed"}


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc, request.scope)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = list(exc.errors())
        broken = next((problem for problem in problems if problem.get("type") == "json_invalid"), None)
        if broken is not None:
            position = broken["loc"][-1] if broken.get("loc") else None
            reason = (broken.get("ctx") or {}).get("error", "JSON decode error")
            where = f" at character {position}" if isinstance(position, int) else ""
            error = ApiError(400, "malformed_json", f"the request body is not valid JSON: {reason}{where}", field="body")
            return error_response(error, request.scope)
        fields = [
            {"field": field_name(problem.get("loc", ())), "message": problem.get("msg", "invalid"), "type": problem.get("type")}
            for problem in problems
        ]
        message = "; ".join(f"{field['field']}: {field['message']}" for field in fields) or "invalid request"
        error = ApiError(422, "validation_error", message, field=fields[0]["field"] if fields else None, fields=fields)
        return error_response(error, request.scope)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        message = str(exc.detail)
        if exc.status_code == 404:
            message = f"no such endpoint: {request.url.path}; see /docs"
        elif exc.status_code == 405:
            allowed = (exc.headers or {}).get("Allow", "")
            message = f"{request.method} is not allowed on {request.url.path}; use {allowed or 'another method'}"
        error = ApiError(exc.status_code, code, message, headers=dict(exc.headers or {}))
        return error_response(error, request.scope)
