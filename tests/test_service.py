"""`quotes serve` tested as a client would: the real server on 127.0.0.1, a random port, HTTP calls.

The workers are real processes; their parser is the gold-parse stand-in of
tests/service_support.py, so they start in a moment and records are exact
(the bundled model is exercised in test_service_model.py).
"""

from __future__ import annotations

import concurrent.futures
import json
import logging
import os
import re
import signal
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from quotes.cli import cli
from quotes.cli.serve import serve as serve_command
from quotes.conllu_reading import documents_from_conllu
from quotes.service import ServiceConfig, ServiceError, create_app, is_loopback
from quotes.service.logs import JsonFormatter
from quotes.service.results import entities
from service_support import (
    CRASH,
    DIE,
    SLOW,
    assert_contract_records,
    missing_model_extractor,
    running_service,
    slowly_loading_extractor,
)
from test_batch import expected_records

cli.add_command(serve_command)

DATA = Path(__file__).parent / "data" / "batch"
DOCUMENTS = [json.loads(line) for line in (DATA / "docs.jsonl").read_text(encoding="utf-8").splitlines()]
TOKEN = "s3cret-token-for-the-tests-0123456789"  # noqa: S105 - a test token


def document(doc_id: str) -> dict:
    return next(record for record in DOCUMENTS if record["id"] == doc_id)


def as_request(record: dict) -> dict:
    return {"id": record["id"], "text": record["text"], "meta": {key: value for key, value in record.items() if key not in ("id", "text")}}


def error_of(answer: httpx.Response, status: int, code: str) -> dict:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith("application/json")
    body = answer.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert (error["status"], error["code"]) == (status, code)
    assert error["request_id"] == answer.headers["x-request-id"]
    assert "Traceback" not in answer.text and 'File "' not in answer.text
    return error


def wait_for(running, *, busy: int, waiting: int, timeout: float = 60) -> None:
    """Until the pool has `busy` documents on workers and `waiting` in the queue."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = running.pool.status()
        if (status["workers"]["busy"], status["queue"]["waiting"]) == (busy, waiting):
            return
        time.sleep(0.02)
    raise AssertionError(f"the pool never had {busy} busy and {waiting} waiting: {running.pool.status()}")


@pytest.fixture(scope="module")
def service():
    with running_service(workers=2, max_body_bytes=64_000, max_batch=8, max_chars=5_000, timeout_s=30) as running:
        yield running


@pytest.fixture(scope="module")
def expected() -> dict[str, list[dict]]:
    return expected_records()


# ---------------------------------------------------------------- endpoints


def test_extract_answers_the_records_quotes_extract_writes(service, expected):
    for doc_id in ("pud-01", "pud-02"):
        answer = service.client.post("/v1/extract", json=as_request(document(doc_id)))
        assert answer.status_code == 200
        body = answer.json()
        assert body["id"] == doc_id
        assert body["quotes"] == expected[doc_id] and body["quotes"]
        assert body["warnings"] == []
        assert body["entities"] == entities(expected[doc_id])
        assert_contract_records(body["quotes"], document(doc_id)["text"], doc_id)
        assert all(record["meta"]["url"] == document(doc_id)["url"] for record in body["quotes"])


def test_a_lone_surrogate_becomes_u_fffd_with_a_warning_and_offsets_stay(service, expected):
    # Half an emoji, as a client that cut a string in UTF-16 sends it: valid JSON, not encodable as UTF-8.
    text = document("pud-01")["text"]
    escaped = json.dumps(text)[1:-1]
    body = '{"id": "pud-01", "text": "\\ud83d\\n' + escaped + '", "meta": {"note": "\\ud83d"}}'
    answer = service.client.post("/v1/extract", content=body.encode("ascii"), headers={"content-type": "application/json"})
    assert answer.status_code == 200, answer.text
    result = answer.json()
    assert result["warnings"][0] == "2 lone surrogates (a character cut in half) replaced by U+FFFD"
    assert_contract_records(result["quotes"], "\ufffd\n" + text, "pud-01")
    assert [record["content"]["start"] for record in result["quotes"]] == [record["content"]["start"] + 2 for record in expected["pud-01"]]
    assert {record["meta"]["note"] for record in result["quotes"]} == {"\ufffd"}


def test_a_document_without_id_or_meta_is_doc(service):
    answer = service.client.post("/v1/extract", json={"text": document("pud-01")["text"]})
    assert answer.status_code == 200
    assert {record["doc_id"] for record in answer.json()["quotes"]} == {"doc"}
    assert all("meta" not in record for record in answer.json()["quotes"])


def test_entities_gather_the_quotes_of_one_source():
    records = [
        {"quote_id": "d:1", "speaker_entity": "d:e1", "speaker": {"text": "المنصوري", "start": 40, "end": 48},
         "speaker_resolved": {"text": "خالد المنصوري", "start": 10, "end": 23}, "role": {"text": "وزير الصحة", "start": 0, "end": 9}},
        {"quote_id": "d:2", "speaker_entity": None, "speaker": None, "speaker_resolved": None, "role": None},
        {"quote_id": "d:3", "speaker_entity": "d:e1", "speaker": None,
         "speaker_resolved": {"text": "خالد المنصوري", "start": 10, "end": 23}, "role": {"text": "وزير الصحة", "start": 0, "end": 9}},
    ]  # fmt: skip
    assert entities(records) == [
        {"id": "d:e1", "name": {"text": "خالد المنصوري", "start": 10, "end": 23}, "roles": ["وزير الصحة"], "quotes": ["d:1", "d:3"]}
    ]


def test_batch_answers_every_document_and_a_bad_one_is_an_error_entry(service, expected):
    documents = [
        as_request(document("pud-01")),
        {"id": "english", "text": "The minister said the talks would resume."},
        {"id": "no-text", "body": "قال الوزير إن المحادثات مستمرة."},
        {"id": "number", "text": 42},
        "قال الوزير إن المحادثات مستمرة.",
        {"id": "blank", "text": "   \n"},
        {"id": "choking", "text": f"قال الوزير {CRASH} إن المحادثات مستمرة."},
        {"text": document("pud-02")["text"]},
    ]
    answer = service.client.post("/v1/extract/batch", json={"documents": documents})
    assert answer.status_code == 200
    body = answer.json()
    assert (body["documents"], body["failed"]) == (8, 6)
    results = body["results"]
    assert [result["index"] for result in results] == list(range(8))
    assert [result["ok"] for result in results] == [True, False, False, False, False, False, False, True]
    assert results[0]["quotes"] == expected["pud-01"]
    assert [record["doc_id"] for record in results[7]["quotes"]] == ["doc-8"] * len(expected["pud-02"])
    errors = {result["id"] or str(result["index"]): result["error"] for result in results if not result["ok"]}
    assert errors["english"]["code"] == "not_arabic" and errors["english"]["field"] == "documents[1].text"
    assert errors["no-text"]["code"] == "invalid_document"
    assert "documents[2].text: Field required" in errors["no-text"]["message"]
    assert "documents[2].body: Extra inputs are not permitted" in errors["no-text"]["message"]
    assert errors["number"]["field"] == "documents[3].text"
    assert errors["4"]["code"] == "invalid_document" and errors["4"]["field"] == "documents[4]"
    assert errors["blank"]["code"] == "empty"
    assert errors["choking"]["code"] == "extraction_failed"
    assert "RuntimeError: the parser choked on this document" in errors["choking"]["message"]


def test_parse_answers_conllu_that_extract_reads_back(service, extractor, expected):
    request = as_request(document("pud-02"))
    answer = service.client.post("/v1/parse", json=request)
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/plain; charset=utf-8"
    assert answer.text.startswith("# newdoc id = pud-02\n")
    (parsed,) = documents_from_conllu(answer.text)
    assert parsed.text == request["text"]
    assert f"# meta_json = {json.dumps(request['meta'], ensure_ascii=False)}" in answer.text
    records = [quote.to_dict() for quote in extractor.extract_parsed(parsed, meta=request["meta"])]
    assert records == expected["pud-02"]


def test_health_models_and_rules(service, grammar):
    health = service.client.get("/v1/health")
    assert health.status_code == 200
    assert health.json() == {
        "status": "ready",
        "workers": {"total": 2, "ready": 2, "loading": 0, "failed": 0, "busy": 0},
        "queue": {"waiting": 0, "limit": 64},
        "restarts": health.json()["restarts"],
    }
    models = service.client.get("/v1/models").json()
    assert models["parser"] == {"name": "ServiceFakeParser", "source": "custom", "kind": "custom", "scores": {}}
    assert models["workers"] == 2
    rules = service.client.get("/v1/rules").json()
    assert rules["count"] == len(grammar.rules) == len(rules["rules"])
    assert [rule["id"] for rule in rules["rules"]] == [rule.id for rule in grammar.rules]
    first = rules["rules"][0]
    assert first["file"].endswith(".toml") and not first["file"].startswith("/")
    assert rules["lexicons"] == {name: len(lexicon) for name, lexicon in grammar.lexicons.items()}


def test_openapi_documents_every_endpoint_with_arabic_examples(service):
    docs = service.client.get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()
    # offline: the page's script and style come from the service itself, never from a CDN
    assets = re.findall(r"""(?:src|href)=['"]([^'"]+)['"]""", docs.text)
    assert assets and all(url.startswith("/docs/assets/") for url in assets), assets
    for url in assets:
        assert service.client.get(url).status_code == 200
    spec = service.client.get("/openapi.json").json()
    assert {path: sorted(methods) for path, methods in spec["paths"].items()} == {
        "/v1/extract": ["post"],
        "/v1/extract/batch": ["post"],
        "/v1/parse": ["post"],
        "/v1/health": ["get"],
        "/v1/models": ["get"],
        "/v1/rules": ["get"],
    }
    extract = spec["paths"]["/v1/extract"]["post"]
    examples = extract["requestBody"]["content"]["application/json"]["examples"]
    assert examples["statement"]["value"]["text"].startswith("قال وزير الصحة")
    answer = extract["responses"]["200"]["content"]["application/json"]["examples"]["statement"]["value"]
    assert answer["quotes"][0]["cue"]["text"] == "قال"
    assert set(extract["responses"]) >= {"200", "400", "401", "413", "415", "422", "500", "503", "504"}
    text = json.dumps(spec)
    for reference in {part.split('"')[0] for part in text.split('"$ref": "')[1:]}:
        assert reference.removeprefix("#/components/schemas/") in spec["components"]["schemas"], reference


# ---------------------------------------------------------------- client errors


def test_a_body_over_the_limit_is_413(service):
    big = {"id": "big", "text": "قال الوزير إن المحادثات مستمرة. " * 3_000}
    error = error_of(service.client.post("/v1/extract", json=big), 413, "request_too_large")
    assert "64,000 bytes" in error["message"] and "--max-body-bytes" in error["message"]

    def chunks():
        for _ in range(100):
            yield b" " * 1_000  # no Content-Length: sent chunked, counted while read

    error_of(service.client.post("/v1/extract", content=chunks(), headers={"content-type": "application/json"}), 413, "request_too_large")


def test_malformed_json_is_400_and_says_where(service):
    answer = service.client.post("/v1/extract", content='{"text": "قال الوزير",}'.encode(), headers={"content-type": "application/json"})
    error = error_of(answer, 400, "malformed_json")
    assert error["field"] == "body" and "at character" in error["message"]
    invalid = b'{"text": "\xff\xfe"}'
    error = error_of(service.client.post("/v1/extract", content=invalid, headers={"content-type": "application/json"}), 400, "invalid_utf8")
    assert "byte 10" in error["message"]


def test_a_body_that_is_not_json_is_415(service):
    answer = service.client.post("/v1/extract", data={"text": "قال الوزير إن المحادثات مستمرة."})
    error = error_of(answer, 415, "unsupported_media_type")
    assert "application/x-www-form-urlencoded" in error["message"]


@pytest.mark.parametrize(
    ("body", "field", "code"),
    [
        ({"id": "a"}, "text", "validation_error"),
        ({"id": "a", "text": ["قال"]}, "text", "validation_error"),
        ({"id": 7, "text": "قال الوزير إن المحادثات مستمرة."}, "id", "validation_error"),
        ({"txt": "قال الوزير إن المحادثات مستمرة.", "text": "قال الوزير إن المحادثات مستمرة."}, "txt", "validation_error"),
        ({"text": "قال الوزير إن المحادثات مستمرة.", "meta": "رويترز"}, "meta", "validation_error"),
        ({"text": "The minister said the talks would go on."}, "text", "not_arabic"),
        ({"text": "قال الوزير إن المحادثات مستمرة. " * 200}, "text", "too_long"),
        ([], "body", "validation_error"),
    ],
)
def test_an_invalid_field_is_422_and_named(service, body, field, code):
    error = error_of(service.client.post("/v1/extract", json=body), 422, code)
    assert error["field"] == field


def test_a_text_over_the_limit_says_the_limit(service):
    error = error_of(service.client.post("/v1/extract", json={"text": "قال الوزير إن المحادثات مستمرة. " * 200}), 422, "too_long")
    assert (
        error["message"]
        == "the text has 6,400 characters, more than this service's limit of 5,000 (quotes serve --max-chars); split the document"
    )


def test_a_batch_too_large_or_empty_is_422(service):
    documents = [{"text": "قال الوزير إن المحادثات مستمرة."}] * 9
    error = error_of(service.client.post("/v1/extract/batch", json={"documents": documents}), 422, "too_many_documents")
    assert error["field"] == "documents" and "at most 8" in error["message"]
    error = error_of(service.client.post("/v1/extract/batch", json={"documents": []}), 422, "validation_error")
    assert error["field"] == "documents"


def test_unknown_paths_and_methods_are_json_errors(service):
    error_of(service.client.get("/v2/extract"), 404, "not_found")
    error = error_of(service.client.get("/v1/extract"), 405, "method_not_allowed")
    assert "use POST" in error["message"]


def test_a_document_that_makes_the_parser_raise_is_500_without_a_traceback(service):
    answer = service.client.post("/v1/extract", json={"id": "c1", "text": f"قال الوزير {CRASH} إن المحادثات مستمرة."})
    error = error_of(answer, 500, "extraction_failed")
    assert error["message"] == "RuntimeError: the parser choked on this document"


def test_an_unexpected_error_is_500_without_its_message_or_traceback():
    class BrokenPool:
        ready = True

        def submit(self, tasks, deadline):
            raise RuntimeError("secret detail of /srv/quotes/internals.py")

        def start(self):
            pass

        def stop(self):
            pass

    from fastapi.testclient import TestClient

    app = create_app(ServiceConfig(), pool=BrokenPool())  # type: ignore[arg-type]
    with TestClient(app, raise_server_exceptions=False) as client:
        answer = client.post("/v1/extract", json={"text": "قال الوزير إن المحادثات مستمرة."})
    error = error_of(answer, 500, "internal_error")
    assert "secret" not in answer.text and "internals" not in answer.text
    assert error["request_id"] in error["message"]


# ---------------------------------------------------------------- limits and workers


def test_a_document_over_the_time_budget_is_504_and_its_worker_replaced():
    with running_service(timeout_s=2.0) as running:
        began = time.monotonic()
        error = error_of(
            running.client.post("/v1/extract", json={"id": "slow", "text": f"قال الوزير {SLOW} إن المحادثات مستمرة."}), 504, "timeout"
        )
        assert time.monotonic() - began < 10
        assert "time budget" in error["message"]
        health = running.wait_ready()
        assert health["restarts"] == 1
        answer = running.client.post("/v1/extract", json=as_request(document("pud-01")))
        assert answer.status_code == 200 and answer.json()["quotes"]


def test_a_full_queue_is_503_with_retry_after():
    with running_service(queue=1, max_batch=1, timeout_s=8.0) as running:
        slow = {"text": f"قال الوزير {SLOW} إن المحادثات مستمرة."}
        with concurrent.futures.ThreadPoolExecutor(2) as threads:
            busy = threads.submit(running.client.post, "/v1/extract", json=slow)
            wait_for(running, busy=1, waiting=0)  # on the worker
            waiting = threads.submit(running.client.post, "/v1/extract", json=slow)
            wait_for(running, busy=1, waiting=1)  # in the queue
            answer = running.client.post("/v1/extract", json={"text": "قال الوزير إن المحادثات مستمرة."})
            error = error_of(answer, 503, "queue_full")
            assert int(answer.headers["retry-after"]) >= 1
            assert "1 of 1 documents waiting" in error["message"]
            assert busy.result().status_code == 504 and waiting.result().status_code == 504


def test_a_document_that_kills_its_worker_gets_an_error_and_the_service_goes_on():
    with running_service() as running:
        error = error_of(
            running.client.post("/v1/extract", json={"id": "deadly", "text": f"قال الوزير {DIE} إن المحادثات مستمرة."}), 500, "worker_died"
        )
        assert "'deadly'" in error["message"]
        assert running.wait_ready()["restarts"] == 1
        assert running.client.post("/v1/extract", json=as_request(document("pud-01"))).status_code == 200


def test_a_worker_killed_from_outside_mid_request_is_replaced_and_the_request_answered():
    with running_service() as running:
        (pid,) = running.pool.pids
        with concurrent.futures.ThreadPoolExecutor(1) as threads:
            pending = threads.submit(running.client.post, "/v1/extract", json={"id": "long", "text": f"قال الوزير {SLOW} إن الجلسة طويلة."})
            wait_for(running, busy=1, waiting=0)
            os.kill(pid, signal.SIGKILL)
            error_of(pending.result(timeout=30), 500, "worker_died")
        running.wait_ready()
        assert running.pool.pids != [pid]
        answer = running.client.post(
            "/v1/extract/batch", json={"documents": [as_request(document("pud-01")), as_request(document("pud-02"))]}
        )
        assert [result["ok"] for result in answer.json()["results"]] == [True, True]


def test_health_is_503_until_the_model_is_loaded():
    with running_service(slowly_loading_extractor, ready=False) as running:
        health = running.client.get("/v1/health")
        assert health.status_code == 503 and health.json()["status"] == "loading"
        answer = running.client.post("/v1/extract", json={"text": "قال الوزير إن المحادثات مستمرة."})
        assert "still loading" in error_of(answer, 503, "not_ready")["message"]
        assert int(answer.headers["retry-after"]) > 0
        error_of(running.client.get("/v1/models"), 503, "not_ready")
        assert running.wait_ready()["workers"]["ready"] == 1


def test_a_model_that_cannot_load_makes_health_failed_with_the_reason():
    with running_service(missing_model_extractor, ready=False) as running:
        deadline = time.monotonic() + 60
        while running.client.get("/v1/health").json()["status"] == "loading" and time.monotonic() < deadline:
            time.sleep(0.1)
        health = running.client.get("/v1/health")
        assert health.status_code == 503
        assert health.json()["status"] == "failed"
        assert health.json()["errors"] == [
            "model directory /srv/models/ar lacks parser.pt; pass --model PATH to a complete model directory"
        ]
        error = error_of(running.client.post("/v1/extract", json={"text": "قال الوزير إن المحادثات مستمرة."}), 503, "not_ready")
        assert "lacks parser.pt" in error["message"]


# ---------------------------------------------------------------- token and address


def test_with_a_token_every_request_must_carry_it():
    with running_service(token=TOKEN, ready=False) as running:
        for path in ("/v1/health", "/v1/models", "/v1/rules", "/docs", "/openapi.json"):
            error = error_of(running.client.get(path), 401, "unauthorized")
            assert "no Authorization header" in error["message"]
        answer = running.client.post(
            "/v1/extract", json={"text": "قال"}, headers={"Authorization": "Bearer wrong-token-of-the-right-length"}
        )
        assert answer.headers["www-authenticate"] == "Bearer"
        assert "does not match" in error_of(answer, 401, "unauthorized")["message"]
        error_of(running.client.get("/v1/health", headers={"Authorization": TOKEN}), 401, "unauthorized")
        running.client.headers["Authorization"] = f"Bearer {TOKEN}"
        running.wait_ready()
        assert running.client.post("/v1/extract", json=as_request(document("pud-01"))).status_code == 200


LOOPBACK = [("127.0.0.1", True), ("127.8.0.1", True), ("::1", True), ("localhost", True)]
PUBLIC = [("0.0.0.0", False), ("192.168.1.20", False), ("::", False), ("example.org", False)]  # noqa: S104 - addresses under test


@pytest.mark.parametrize(("host", "loopback"), LOOPBACK + PUBLIC)
def test_only_loopback_addresses_count_as_local(host, loopback):
    assert is_loopback(host) is loopback


def test_a_public_address_without_a_token_is_refused():
    with pytest.raises(ServiceError, match=r"refusing to listen on 0\.0\.0\.0: .* QUOTES_API_TOKEN is not set"):
        ServiceConfig(host="0.0.0.0").check_bind()  # noqa: S104 - the address under test
    ServiceConfig(host="0.0.0.0", token=TOKEN).check_bind()  # noqa: S104 - the address under test
    with pytest.raises(ServiceError, match="fewer than 16"):
        ServiceConfig(token="short")  # noqa: S106 - a test token


def test_serve_refuses_a_public_address_without_a_token_before_loading_anything():
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "1"], env={"QUOTES_API_TOKEN": ""})  # noqa: S104
    assert result.exit_code == 2
    assert "refusing to listen on 0.0.0.0" in result.output and "QUOTES_API_TOKEN" in result.output


# ---------------------------------------------------------------- logs


def test_each_request_gets_one_structured_access_log_line(service):
    # a handler on the access logger itself: an earlier test (the CLI's JSON logging) may stop its propagation
    seen: list[logging.LogRecord] = []
    handler = logging.Handler(logging.INFO)
    handler.emit = seen.append  # type: ignore[method-assign]
    access_log = logging.getLogger("quotes.access")
    access_log.addHandler(handler)
    level = access_log.level
    access_log.setLevel(logging.INFO)
    try:
        answer = service.client.post("/v1/extract", json=as_request(document("pud-01")), headers={"user-agent": "factcheck/1"})
        deadline = time.monotonic() + 5  # the line is written once the response has gone out
        while time.monotonic() < deadline and not any(getattr(r, "fields", {}).get("path") == "/v1/extract" for r in seen):
            time.sleep(0.01)
    finally:
        access_log.removeHandler(handler)
        access_log.setLevel(level)
    # the fixture's readiness polling (GET /v1/health) may still be logging when the test starts
    (record,) = [r for r in seen if getattr(r, "fields", {}).get("path") == "/v1/extract"]
    line = json.loads(JsonFormatter().format(record))
    assert line["event"] == "request" and line["level"] == "info"
    assert (line["method"], line["path"], line["status"], line["docs"]) == ("POST", "/v1/extract", 200, 1)
    assert line["request_id"] == answer.headers["x-request-id"]
    assert line["quotes"] == len(answer.json()["quotes"])
    assert line["bytes_out"] == len(answer.content) and line["bytes_in"] > 0 and line["ms"] > 0
    assert line["client"].startswith("127.0.0.1:")
