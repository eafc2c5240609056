"""`quotes serve`: the extractor as an HTTP service (FastAPI on uvicorn), the model loaded once per worker."""

from __future__ import annotations

from typing import Any

import click

from quotes.errors import QuotesError
from quotes.service.config import (
    DEFAULT_HOST,
    DEFAULT_MAX_BATCH,
    DEFAULT_MAX_BODY_BYTES,
    DEFAULT_MAX_CHARS,
    DEFAULT_PORT,
    DEFAULT_QUEUE,
    DEFAULT_TIMEOUT_S,
    TOKEN_ENV,
    ServiceConfig,
)


@click.command("serve")
@click.option("--host", default=DEFAULT_HOST, show_default=True, help=f"Address to listen on; any non-loopback one needs {TOKEN_ENV}.")
@click.option("--port", type=click.IntRange(0, 65535), default=DEFAULT_PORT, show_default=True, help="Port to listen on.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Parser processes (about 1.1 GiB each).")
@click.option("--model", default=None, help="Parser model directory, or 'official' (default: as `quotes models` says).")
@click.option("--rules", type=click.Path(file_okay=False, exists=True), default=None, help="Rules folder (default: bundled).")
@click.option("--threads", type=click.IntRange(min=1), default=1, show_default=True, help="Torch threads per worker.")
@click.option(
    "--max-body-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BODY_BYTES, show_default=True, help="Larger requests get 413."
)
@click.option(
    "--max-chars", type=click.IntRange(min=1), default=DEFAULT_MAX_CHARS, show_default=True, help="Longer documents get a 422 error."
)
@click.option("--max-batch", type=click.IntRange(min=1), default=DEFAULT_MAX_BATCH, show_default=True, help="Documents per batch request.")
@click.option(
    "--timeout",
    "timeout_s",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_TIMEOUT_S,
    show_default=True,
    help="Seconds a request may take, queueing included; then 504.",
)
@click.option("--queue", type=click.IntRange(min=1), default=DEFAULT_QUEUE, show_default=True, help="Documents that may wait; beyond, 503.")
@click.option("--log-level", type=click.Choice(["debug", "info", "warning", "error"]), default="info", show_default=True, help="Log level.")
def serve(log_level: str, **options: Any) -> None:
    """Serve quote extraction over HTTP until interrupted.

    POST /v1/extract, /v1/extract/batch and /v1/parse; GET /v1/health,
    /v1/models and /v1/rules; the API documentation at /docs. Listens on
    127.0.0.1 unless --host says otherwise, and refuses any other address
    unless QUOTES_API_TOKEN is set: then every request must send
    `Authorization: Bearer TOKEN`. Logs (one JSON object per line, one per
    request) go to stderr.
    """
    config = ServiceConfig.from_env(**options)
    config.check_bind()
    try:
        from quotes.service.server import serve as run_server
    except ImportError as exc:
        raise QuotesError(f"quotes serve needs FastAPI and uvicorn ({exc.name} is missing): pip install 'quotes[serve]'") from exc
    run_server(config, log_level=log_level)


COMMANDS = [serve]
