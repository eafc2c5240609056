"""`quotes serve` with the bundled parser: the real command, started once, called over HTTP.

One server for the module (`quotes serve --workers 1` in a subprocess: the
model takes seconds to load and about 1 GiB per worker). These tests assert
structure — offsets, round trips, the documented examples — not the parser's
exact choices, except for the OpenAPI examples, which must be what the service
answers (`scripts/update_service_examples.py` rewrites them).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import httpx
import pytest

from quotes.conllu_reading import documents_from_conllu
from quotes.service.schemas import examples
from service_support import assert_contract_records, free_port

pytestmark = pytest.mark.model

READY_TIMEOUT_S = 600

# A right-to-left mark opens the text, an Arabic letter mark and emoji sit inside the quotes, a flag
# (two code points) and a skin-toned thumb (two code points) follow: every offset after them must still be exact.
BIDI_EMOJI_TEXT = (
    "\u200fقال المتحدث باسم هيئة الطيران المدني سامي الحربي 🛫 إن الرحلات الدولية ستعود الأسبوع المقبل 🇸🇦.\n"
    "وأضاف الحربي: «نحن\u061c مستعدون لاستقبال المسافرين 👍🏽 في كل المطارات»."
)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """(client, path of the server's stderr) for `quotes serve` on 127.0.0.1 and a free port."""
    port = free_port()
    log_path = tmp_path_factory.mktemp("serve") / "stderr.jsonl"
    env = {key: value for key, value in os.environ.items() if key != "QUOTES_API_TOKEN"}
    command = [sys.executable, "-m", "quotes", "serve", "--port", str(port), "--workers", "1", "--timeout", "600"]
    with open(log_path, "w", encoding="utf-8") as stderr:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr, env=env)
    client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=600)
    try:
        deadline = time.monotonic() + READY_TIMEOUT_S
        while True:
            assert process.poll() is None, log_path.read_text(encoding="utf-8")[-3000:]
            assert time.monotonic() < deadline, "quotes serve was not ready in time"
            try:
                if client.get("/v1/health").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.5)
        yield client, log_path
    finally:
        client.close()
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


def without_request_ids(value):
    if isinstance(value, dict):
        return {key: without_request_ids(item) for key, item in value.items() if key != "request_id"}
    if isinstance(value, list):
        return [without_request_ids(item) for item in value]
    return value


def test_the_documented_examples_are_what_the_service_answers(served):
    client, _ = served
    shown = examples()
    fix = "the OpenAPI examples are stale: run .venv/bin/python scripts/update_service_examples.py"
    for name, request in shown["extract"]["requests"].items():
        assert client.post("/v1/extract", json=request["value"]).json() == shown["extract"]["responses"][name], fix
    batch = client.post("/v1/extract/batch", json=shown["batch"]["requests"]["batch"]["value"])
    assert without_request_ids(batch.json()) == without_request_ids(shown["batch"]["response"]), fix
    assert client.post("/v1/parse", json=shown["parse"]["requests"]["sentence"]["value"]).text == shown["parse"]["response"], fix


def test_offsets_are_exact_in_text_with_emoji_and_bidi_marks(served):
    client, _ = served
    answer = client.post("/v1/extract", json={"id": "bidi", "text": BIDI_EMOJI_TEXT})
    assert answer.status_code == 200
    records = answer.json()["quotes"]
    assert records, "the two quotes of the text were not found"
    assert_contract_records(records, BIDI_EMOJI_TEXT, "bidi")
    contents = [record["content"]["text"] for record in records]
    assert any("الرحلات الدولية" in content for content in contents)
    assert any("👍🏽" in content and "\u061c" in content for content in contents)


def test_parse_gives_the_conllu_that_extract_reads_back_to_the_same_records(served, extractor):
    client, _ = served
    request = {"id": "bidi", "text": BIDI_EMOJI_TEXT, "meta": {"outlet": "وكالة الأنباء"}}
    conllu = client.post("/v1/parse", json=request).text
    (parsed,) = documents_from_conllu(conllu)
    assert (parsed.doc_id, parsed.text) == ("bidi", BIDI_EMOJI_TEXT)
    local = [quote.to_dict() for quote in extractor.extract_parsed(parsed, meta=request["meta"])]
    assert client.post("/v1/extract", json=request).json()["quotes"] == local


def test_models_names_the_loaded_parser(served):
    client, _ = served
    parser = client.get("/v1/models").json()["parser"]
    assert parser["source"] in ("bundled", "official")
    if parser["source"] == "bundled":
        assert parser["kind"] == "compact" and parser["scores"]["LAS"] > 0


def test_the_server_logs_json_lines_on_stderr(served):
    client, log_path = served
    answer = client.get("/v1/rules")
    deadline = time.monotonic() + 10
    while answer.headers["x-request-id"] not in log_path.read_text(encoding="utf-8") and time.monotonic() < deadline:
        time.sleep(0.1)
    lines = [json.loads(line) for line in log_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert {line["event"] for line in lines} >= {"starting", "worker ready", "request"}
    (access,) = [line for line in lines if line.get("request_id") == answer.headers["x-request-id"]]
    assert (access["logger"], access["method"], access["path"], access["status"]) == ("quotes.access", "GET", "/v1/rules", 200)
    ready = next(line for line in lines if line["event"] == "worker ready")
    assert ready["load_s"] > 0
