"""Running `quotes serve` for tests: the real server on 127.0.0.1, a random port, called over HTTP.

`running_service()` runs the app with uvicorn in a thread of the test process;
its parser workers are real spawned processes. They build their pipeline with
a picklable factory from here: :class:`ServiceFakeParser` answers with the gold
UD Arabic-PUD parses of tests/data/batch (see test_batch.FakeParser), so the
workers start in a moment and the records are exact. Markers in a text make it
misbehave as real documents can: ``☠`` kills its worker, ``💥`` makes the parser
raise, ``⏳`` makes it take far longer than any time budget in these tests.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
import httpx
import jsonschema
import uvicorn

from quotes.api import Extractor
from quotes.errors import ModelError
from quotes.schema import QUOTE_RECORD_SCHEMA
from quotes.service import ServiceConfig, create_app
from test_batch import CRASH, DIE, FakeParser, gold_documents

__all__ = ["CRASH", "DIE", "SLOW", "Service", "assert_contract_records", "running_service"]

SLOW = "⏳"
SPAN_FIELDS = ("content", "cue", "speaker", "speaker_resolved", "role", "via")
QUOTE_TYPES = {"direct", "indirect", "mixed", "according_to"}
SLOW_SECONDS = 60
LOAD_SECONDS = 3.0


class ServiceFakeParser(FakeParser):
    def parse_many(self, texts: list[str]) -> list:
        if any(SLOW in text for text in texts):
            time.sleep(SLOW_SECONDS)
        return super().parse_many(texts)


def fake_extractor() -> Extractor:
    # no entity tagger: the records must equal those extracted from the gold parses, which carry no tags
    return Extractor(parser=ServiceFakeParser(gold_documents()), entity_tagger=False)  # type: ignore[arg-type]


def slowly_loading_extractor() -> Extractor:
    """A pipeline that takes a few seconds to load, as the real one does."""
    time.sleep(LOAD_SECONDS)
    return fake_extractor()


def missing_model_extractor() -> Extractor:
    raise ModelError("model directory /srv/models/ar lacks parser.pt; pass --model PATH to a complete model directory")


def assert_contract_records(records: list[dict[str, Any]], text: str, doc_id: str) -> None:
    """Records valid against docs/quote-record.schema.json, with the contract's spans indexing the text exactly."""
    validator = jsonschema.Draft202012Validator(QUOTE_RECORD_SCHEMA)
    for record in records:
        problems = [f"{'/'.join(map(str, error.path))}: {error.message}" for error in validator.iter_errors(record)]
        assert problems == [], problems
        assert record["doc_id"] == doc_id
        assert record["type"] in QUOTE_TYPES
        assert record["content"] is not None and record["cue"] is not None
        for field in SPAN_FIELDS:
            span = record[field]
            if span is not None:
                assert set(span) >= {"text", "start", "end"}
                assert text[span["start"] : span["end"]] == span["text"], (field, span)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@attrs.frozen
class Service:
    client: httpx.Client
    url: str
    config: ServiceConfig
    app: Any

    @property
    def pool(self) -> Any:
        return self.app.state.pool

    def wait_ready(self, timeout: float = 120) -> dict[str, Any]:
        """The health document once the service says ready with every worker loaded."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            answer = self.client.get("/v1/health")
            if answer.status_code == 200 and answer.json()["workers"]["ready"] == self.config.workers:
                return dict(answer.json())
            time.sleep(0.2)
        raise AssertionError(f"not ready after {timeout} s: {answer.json()}")


@contextlib.contextmanager
def running_service(
    factory: Any = fake_extractor, *, headers: Mapping[str, str] | None = None, ready: bool = True, **options: Any
) -> Iterator[Service]:
    """The service on 127.0.0.1 and a free port, with an HTTP client pointed at it; stopped on exit."""
    options.setdefault("workers", 1)
    config = ServiceConfig(host="127.0.0.1", port=free_port(), extractor_factory=factory, **options)
    app = create_app(config)
    server = uvicorn.Server(uvicorn.Config(app, host=config.host, port=config.port, log_config=None, access_log=False, lifespan="on"))
    thread = threading.Thread(target=server.run, name="quotes-serve-test", daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise AssertionError("the test server did not start")
        time.sleep(0.05)
    url = f"http://{config.host}:{config.port}"
    try:
        with httpx.Client(base_url=url, timeout=120, headers=dict(headers or {})) as client:
            service = Service(client=client, url=url, config=config, app=app)
            if ready:
                service.wait_ready()
            yield service
    finally:
        server.should_exit = True
        thread.join(60)
