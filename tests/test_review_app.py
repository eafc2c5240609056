"""`quotes review --serve` over plain HTTP: the page, saving checked gold atomically, rerunning rules, refusals."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from quotes.api import Extractor
from quotes.conllu_reading import documents_from_conllu
from quotes.errors import InputError
from quotes.evaluate import read_jsonl
from quotes.grammar import load_grammar
from quotes.graph import ParsedDocument
from quotes.review import app as review_app
from quotes.review import build_report, check_gold, gold_record, render_report
from quotes.review.app import ServeError, bind, create_app, is_loopback
from quotes.review.session import ReviewSession

DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "gold"
SEED = DATA / "seed" / "seed.conllu"
RULES = Path(__file__).resolve().parent.parent / "rules"
NDJSON = {"Content-Type": "application/x-ndjson"}
JSON = {"Content-Type": "application/json"}
#: What the app must refuse to listen on: every interface, reachable from the network.
ALL_INTERFACES = "0.0.0.0"  # noqa: S104


@pytest.fixture(scope="module")
def seed() -> list[ParsedDocument]:
    return documents_from_conllu(SEED.read_text(encoding="utf-8"), source=str(SEED))


def _client(session: ReviewSession) -> TestClient:
    return TestClient(create_app(session), base_url="http://127.0.0.1:8765")


def _jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def _predicted_gold(extractor: Extractor, document: ParsedDocument) -> list[dict]:
    return [gold_record(quote, document.text) for quote in extractor.extract_parsed(document)]


def without_relay_naql(tmp_path: Path) -> Path:
    """A copy of the rules in which relay-naql-an no longer takes نقل as its cue (only روى)."""
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    relays = rules / "relays.toml"
    text = relays.read_text(encoding="utf-8")
    assert text.count('lemma = ["نقل", "روى"]') == 1
    relays.write_text(text.replace('lemma = ["نقل", "روى"]', 'lemma = ["روى"]'), encoding="utf-8")
    return rules


# ---------------------------------------------------------------- the page and the draft


def test_the_served_page_carries_save_and_rerun_and_may_talk_to_its_own_origin(seed, tmp_path: Path) -> None:
    session = ReviewSession(seed, save_path=tmp_path / "gold <b>&'.jsonl", title="seed <review>")
    response = _client(session).get("/")
    assert response.status_code == 200 and response.headers["cache-control"] == "no-store"
    html = response.text
    assert "connect-src 'self'" in html and 'id="rerun-button"' in html and 'id="save-button"' in html
    assert f"Save to {tmp_path}/gold &lt;b&gt;&amp;&#39;.jsonl</button>" in html and "<b>&" not in html
    assert "seed &lt;review&gt;" in html
    assert '"serve": {' in html and '"save": "api/save"' in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_the_file_written_without_a_server_has_no_server_controls(extractor: Extractor, seed) -> None:
    html = render_report(build_report(extractor, seed, None))
    csp = next(line for line in html.splitlines() if "Content-Security-Policy" in line)
    assert "default-src 'none'" in csp and "connect-src" not in csp  # nothing may be fetched
    assert 'id="rerun-button"' not in html and 'id="save-button"' not in html and 'id="served"' not in html
    data = json.loads(html.split('<script type="application/json" id="review-data">')[1].split("</script>")[0])
    assert "serve" not in data


def test_a_checked_draft_is_written_to_disk_and_served_back(extractor: Extractor, seed, tmp_path: Path) -> None:
    save = tmp_path / "corrected.jsonl"
    session = ReviewSession(seed, save_path=save)
    client = _client(session)
    assert client.get("/api/draft").json() == {"path": str(save), "records": None}
    records = _predicted_gold(extractor, seed[0])[:3]
    text = "".join(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n" for record in records)
    response = client.post("/api/save", content=text.encode(), headers=NDJSON)
    assert response.status_code == 200, response.text
    assert response.json() == {"path": str(save), "quotes": 3}
    assert save.read_text(encoding="utf-8") == text  # the page's lines, as sent
    assert check_gold({seed[0].doc_id: seed[0].text}, read_jsonl(save)) == []
    assert [path.name for path in tmp_path.iterdir()] == ["corrected.jsonl"]  # no temporary file left behind
    umask = os.umask(0)
    os.umask(umask)
    assert save.stat().st_mode & 0o777 == 0o666 & ~umask  # a new file as any other, not the temporary file's 0600
    assert client.get("/api/draft").json()["records"] == records


def test_a_draft_the_check_refuses_is_answered_422_with_its_problems_and_not_written(
    extractor: Extractor, seed, tmp_path: Path
) -> None:
    save = tmp_path / "corrected.jsonl"
    save.write_text("", encoding="utf-8")
    session = ReviewSession(seed, save_path=save)
    records = _predicted_gold(extractor, seed[0])[:2]
    records[0] = {**records[0], "cue_context": "قال"}  # قال occurs many times in the seed article
    records[1] = {**records[1], "speaker": "عمدة المدينة الساحلية", "type": "hearsay"}
    response = _client(session).post("/api/save", content=_jsonl(records).encode(), headers=NDJSON)
    assert response.status_code == 422
    problems = response.json()["problems"]
    assert problems == check_gold({seed[0].doc_id: seed[0].text}, records) and len(problems) == 3
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": seed[0].doc_id, "text": seed[0].text}, ensure_ascii=False) + "\n", encoding="utf-8")
    draft = tmp_path / "draft.jsonl"
    draft.write_text(_jsonl(records), encoding="utf-8")
    reference = subprocess.run(
        [sys.executable, str(GOLD / "quote_score.py"), "check", str(docs), str(draft)], capture_output=True, text=True, check=False
    )
    assert reference.returncode == 1 and reference.stdout.splitlines()[:-1] == problems
    assert save.read_text(encoding="utf-8") == ""
    assert session.saved_draft() == []  # the empty file it started with


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b'{"doc_id": "seed-001"}\nnot json at all\n', "draft line 2: not JSON: Expecting value"),
        (b'["a list", "not an object"]\n', "draft line 1: expected a JSON object, found list"),
        ("قال".encode("cp1256"), "the draft is not UTF-8: invalid continuation byte at byte 0"),
    ],
)
def test_a_draft_that_is_not_jsonl_of_objects_is_refused(seed, tmp_path: Path, body: bytes, problem: str) -> None:
    session = ReviewSession(seed, save_path=tmp_path / "corrected.jsonl")
    response = _client(session).post("/api/save", content=body, headers=NDJSON)
    assert response.status_code == 422 and response.json()["problems"] == [problem]
    assert not (tmp_path / "corrected.jsonl").exists()


def test_without_a_save_file_saving_is_refused(seed) -> None:
    response = _client(ReviewSession(seed)).post("/api/save", content=b"", headers=NDJSON)
    assert response.status_code == 422
    assert response.json()["problems"] == ["the app was started without --save: there is no file to save to"]


def test_an_existing_save_file_is_the_draft_at_start(extractor: Extractor, seed, tmp_path: Path) -> None:
    save = tmp_path / "corrected.jsonl"
    records = _predicted_gold(extractor, seed[0])[4:6]
    save.write_text(_jsonl(records), encoding="utf-8")
    assert _client(ReviewSession(seed, save_path=save)).get("/api/draft").json()["records"] == records


def test_a_save_file_with_quotes_of_other_documents_is_refused_at_start(seed, tmp_path: Path) -> None:
    save = tmp_path / "corrected.jsonl"
    save.write_text(json.dumps({"doc_id": "snn-elsewhere", "type": "direct", "content": "كلام"}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"1 documents that are not in the input \(snn-elsewhere\); saving would drop them"):
        ReviewSession(seed, save_path=save)


def test_saving_keeps_the_files_permissions(extractor: Extractor, seed, tmp_path: Path) -> None:
    save = tmp_path / "corrected.jsonl"
    save.write_text("", encoding="utf-8")
    save.chmod(0o640)
    session = ReviewSession(seed, save_path=save)
    response = _client(session).post("/api/save", content=_jsonl(_predicted_gold(extractor, seed[0])).encode(), headers=NDJSON)
    assert response.status_code == 200 and save.stat().st_mode & 0o777 == 0o640


# ---------------------------------------------------------------- rerunning the rules


def test_rerun_applies_the_edited_rules_to_the_parses_in_memory(extractor: Extractor, seed, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    gold = read_jsonl(GOLD / "seed_gold.jsonl")
    session = ReviewSession(seed, gold=gold, rules_dir=rules)
    client = _client(session)
    before = client.get("/").text
    parsed = session.documents[0]
    assert 'data-rule="relay-naql-an"><td title="' in before

    altered = without_relay_naql(tmp_path / "altered")
    shutil.rmtree(rules)
    shutil.copytree(altered, rules)
    response = client.post("/api/rerun", content=b"{}", headers=JSON)
    assert response.status_code == 200, response.text
    expected = build_report(Extractor(rules=load_grammar(rules)), seed, gold)
    quotes = sum(item.rule_id is not None for item in expected.documents[0].items)
    assert response.json()["quotes"] == quotes and response.json()["errors"] == expected.documents[0].errors
    row = {row.rule_id: row for row in expected.rules}["relay-naql-an"]
    before_row = {row.rule_id: row for row in build_report(extractor, seed, gold).rules}["relay-naql-an"]
    assert (before_row.quotes, row.quotes) == (1, 0)
    after = client.get("/").text
    assert after != before and session.documents[0] is parsed  # the same parse, not parsed again
    assert f'<tr data-rule="relay-naql-an"><td title="{row.description}">relay-naql-an</td><td>{row.fired}</td><td>0</td>' in after


def test_rerun_with_broken_rules_is_422_and_the_page_stays(seed, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    session = ReviewSession(seed, rules_dir=rules)
    client = _client(session)
    before = client.get("/").text
    (rules / "relays.toml").write_text('[[rule]]\nid = "relay-naql-an\n', encoding="utf-8")
    response = client.post("/api/rerun", content=b"{}", headers=JSON)
    assert response.status_code == 422
    problems = response.json()["problems"]
    assert problems[0] == "1 problem in the rules:" and "relays.toml" in problems[1] and "not valid TOML" in problems[1]
    assert client.get("/").text == before


# ---------------------------------------------------------------- refusals


def test_requests_to_another_host_name_are_refused(seed) -> None:
    client = TestClient(create_app(ReviewSession(seed)), base_url="http://quotes.example.com:8765")
    response = client.get("/")
    assert response.status_code == 400 and "127.0.0.1" in response.text
    assert _client(ReviewSession(seed)).get("/", headers={"Host": "localhost:9000"}).status_code == 200
    assert _client(ReviewSession(seed)).get("/", headers={"Host": "[::1]:9000"}).status_code == 200


def test_posts_from_another_origin_or_as_a_simple_form_are_refused(seed, tmp_path: Path) -> None:
    client = _client(ReviewSession(seed, save_path=tmp_path / "corrected.jsonl"))
    other = client.post("/api/rerun", content=b"{}", headers={**JSON, "Origin": "http://news.example"})
    assert other.status_code == 403 and other.json()["problems"] == ["refused: a request from another origin (http://news.example)"]
    own = client.post("/api/rerun", content=b"{}", headers={**JSON, "Origin": "http://127.0.0.1:8765"})
    assert own.status_code == 200
    form = client.post("/api/save", content=b"", headers={"Content-Type": "text/plain"})
    assert form.status_code == 415 and not (tmp_path / "corrected.jsonl").exists()
    assert client.post("/api/rerun", content=b"{}", headers={"Content-Type": "text/plain"}).status_code == 415
    assert client.get("/api/save").status_code == 405


def test_a_draft_over_the_size_limit_is_refused(seed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(review_app, "MAX_DRAFT_BYTES", 1024)
    client = _client(ReviewSession(seed, save_path=tmp_path / "corrected.jsonl"))
    response = client.post("/api/save", content=b" " * 2048, headers=NDJSON)
    assert response.status_code == 413 and not (tmp_path / "corrected.jsonl").exists()


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.0.0.2", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        (ALL_INTERFACES, False),
        ("192.168.1.20", False),
        ("::", False),
        ("quotes.example.com", False),
    ],
)
def test_only_loopback_hosts_count_as_local(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_binding_anything_but_loopback_is_refused() -> None:
    with pytest.raises(ServeError, match="no authentication"):
        bind(ALL_INTERFACES, 0)
    listener = bind("127.0.0.1", 0)
    try:
        assert listener.getsockname()[0] == "127.0.0.1" and listener.getsockname()[1] > 0
    finally:
        listener.close()


def test_the_command_refuses_another_host_and_wants_either_a_file_or_serve(tmp_path: Path) -> None:
    from quotes.cli import _register, cli

    _register()
    runner = CliRunner()
    refused = runner.invoke(cli, ["review", str(SEED), "--serve", "--host", ALL_INTERFACES])
    assert refused.exit_code == 2 and "no authentication" in refused.output
    both = runner.invoke(cli, ["review", str(SEED), "--serve", "-o", str(tmp_path / "r.html")])
    assert both.exit_code == 2 and "either -o FILE" in both.output
    neither = runner.invoke(cli, ["review", str(SEED)])
    assert neither.exit_code == 2 and "either -o FILE" in neither.output
