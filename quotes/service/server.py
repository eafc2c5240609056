"""Running the service: the safety checks, structured logs, then uvicorn in this process.

`quotes serve` calls :func:`serve`. The address is checked before anything is
loaded or bound (:meth:`ServiceConfig.check_bind`), and so is the model, so a
mistake is a one-line error, not a service that starts and then fails.
"""

from __future__ import annotations

import logging

from quotes.service.config import ServiceConfig

log = logging.getLogger("quotes.service")

#: Seconds a stopping service gives requests in flight before closing their connections.
GRACEFUL_SHUTDOWN_S = 10


def serve(config: ServiceConfig, *, log_level: str = "info") -> None:
    """Serve `config` until interrupted (Ctrl-C or SIGTERM stop it gracefully)."""
    config.check_bind()
    if config.extractor_factory is None:
        from quotes.parser import resolve_model

        resolve_model(config.model)  # a missing or corrupt model stops here, before the port is bound
    import uvicorn

    from quotes.service.app import create_app
    from quotes.service.logs import configure_logging

    configure_logging(getattr(logging, log_level.upper()))
    app = create_app(config, json_logs=True)
    log.info(
        "starting",
        extra={
            "fields": {
                "host": config.host,
                "port": config.port,
                "workers": config.workers,
                "token": config.token is not None,
                "max_body_bytes": config.max_body_bytes,
                "timeout_s": config.timeout_s,
                "queue": config.queue,
            }
        },
    )
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            host=config.host,
            port=config.port,
            log_config=None,
            access_log=False,  # quotes.access writes one structured line per request instead
            lifespan="on",
            server_header=False,
            timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_S,
        )
    )
    server.run()
