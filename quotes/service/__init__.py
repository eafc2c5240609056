"""`quotes serve`: the extractor as an HTTP service, the model loaded once per worker process.

>>> from quotes.service import ServiceConfig, create_app, serve
>>> serve(ServiceConfig(port=8000, workers=2))       # what `quotes serve --workers 2` does

Modules, each with one job: :mod:`~quotes.service.config` (address, limits,
token), :mod:`~quotes.service.worker` (inside a worker process),
:mod:`~quotes.service.pool` (the workers and the bounded queue),
:mod:`~quotes.service.middleware` (access log, token, body limit),
:mod:`~quotes.service.problems` (error responses), :mod:`~quotes.service.schemas`
(request and response bodies), :mod:`~quotes.service.results` (response bodies
from records), :mod:`~quotes.service.app` (the routes), :mod:`~quotes.service.logs`
and :mod:`~quotes.service.server` (running it with uvicorn). FastAPI and uvicorn
come with the ``serve`` extra: ``pip install 'quotes[serve]'``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quotes.service.config import ServiceConfig, ServiceError, is_loopback

if TYPE_CHECKING:
    from quotes.service.app import create_app
    from quotes.service.server import serve

__all__ = ["ServiceConfig", "ServiceError", "create_app", "is_loopback", "serve"]


def __getattr__(name: str) -> Any:
    # FastAPI and uvicorn are imported only when the app is built: `quotes.service.config` works without them.
    if name == "create_app":
        from quotes.service.app import create_app

        return create_app
    if name == "serve":
        from quotes.service.server import serve

        return serve
    raise AttributeError(f"module 'quotes.service' has no attribute {name!r}")
