"""`quotes review --serve` as a linguist uses it: the real command on a free port, driven in headless Chromium.

Correct quotes, save them to disk, reload and find the draft again; edit a
rules folder, rerun, and see the page change. Skipped with a message where
Chromium or Playwright is missing (as the other browser tests).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from quotes.api import Extractor
from quotes.conllu_reading import documents_from_conllu
from quotes.evaluate import read_documents, read_jsonl
from quotes.grammar import load_grammar
from quotes.graph import ParsedDocument
from quotes.review import build_report, check_gold, gold_record
from test_review_browser import CHROMIUM, CHROMIUM_ARGS, SELECT_JS

pytestmark = pytest.mark.browser

TESTS = Path(__file__).resolve().parent
GOLD = TESTS / "data" / "gold"
SEED = TESTS / "data" / "seed" / "seed.conllu"
RULES = TESTS.parent / "rules"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="browser tests need Playwright: pip install -e '.[dev]' (scripts/setup.sh does)"
    )
    if not Path(CHROMIUM).exists():
        pytest.skip(f"browser tests need Chromium ({CHROMIUM} is missing): apt-get install -y chromium (scripts/setup.sh does as root)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class App:
    """`quotes review --serve` running in its own process; `url` is the address it printed."""

    def __init__(self, arguments: list[str], log: Path) -> None:
        self.log = log
        with log.open("w", encoding="utf-8") as err:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "quotes", "review", *arguments, "--serve", "--port", "0"],
                stdout=subprocess.DEVNULL,
                stderr=err,
            )
        self.url = self._wait_for_url()

    def _wait_for_url(self) -> str:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            found = re.search(r"serving (http://127\.0\.0\.1:\d+/)", self.log.read_text(encoding="utf-8"))
            if found:
                return found.group(1)
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        self.stop()
        raise AssertionError(f"quotes review --serve did not start:\n{self.log.read_text(encoding='utf-8')}")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Any]:
    apps: list[App] = []

    def starting(*arguments: str) -> App:
        app = App(list(arguments), tmp_path / f"serve-{len(apps)}.log")
        apps.append(app)
        return app

    yield starting
    for app in apps:
        app.stop()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.on("dialog", lambda dialog: dialog.accept())  # the "leave the page?" question of an unsaved draft
    opened.on(
        "request",
        lambda request: None if request.url.startswith("http://127.0.0.1:") else errors.append(f"request {request.url}"),
    )
    yield opened
    context.close()
    assert errors == []


@pytest.fixture(scope="module")
def seed() -> ParsedDocument:
    (document,) = documents_from_conllu(SEED.read_text(encoding="utf-8"), source=str(SEED))
    return document


def _open(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-draft]", state="attached")
    assert page.get_attribute("body", "data-draft") == "restored"


def _draft(page: Any) -> list[str]:
    return page.eval_on_selector_all("li.item.in-draft", "nodes => nodes.map((node) => node.dataset.item)")


def _check_with_the_reference(tmp_path: Path, saved: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(GOLD / "quote_score.py"), "check", str(GOLD / "seed_docs.jsonl"), str(saved)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_corrections_are_saved_checked_and_come_back_after_a_reload(
    page: Any, start: Any, seed: ParsedDocument, extractor: Extractor, tmp_path: Path
) -> None:
    saved = tmp_path / "corrected.jsonl"
    app = start(str(SEED), "--save", str(saved))
    _open(page, app.url)
    assert page.inner_text("#draft-count") == "0" and "saving to" in page.inner_text("#served")
    report = build_report(extractor, [seed])
    items = report.documents[0].items

    # accept the first quote as it is
    page.click(f'li.item[data-item="{items[0].item_id}"]')
    page.keyboard.press("a")
    # fix the longest content: its last word left out
    longest = max(items, key=lambda item: len(item.span("content").text.split()))
    content = longest.span("content")
    shorter_end = content.start + content.text.rindex(" ")
    page.click(f'li.item[data-item="{longest.item_id}"]')
    assert page.evaluate(SELECT_JS, [seed.doc_id, content.start, shorter_end]) == seed.text[content.start : shorter_end]
    page.keyboard.press("c")
    assert sorted(_draft(page)) == sorted([items[0].item_id, longest.item_id])

    page.keyboard.press("w")
    assert page.eval_on_selector_all("#export-problems li", "nodes => nodes.length") == 0
    page.keyboard.press("Enter")  # the save button has the focus
    page.wait_for_function("() => document.getElementById('save-status').textContent.startsWith('saved')")
    assert page.inner_text("#save-status") == f"saved 2 quotes to {saved}"

    records = read_jsonl(saved)
    assert saved.read_text(encoding="utf-8") == page.input_value("#export-text")
    assert check_gold({seed.doc_id: seed.text}, records) == []
    reference = _check_with_the_reference(tmp_path, saved)
    assert reference.returncode == 0, reference.stdout
    accepted = gold_record(extractor.extract_parsed(seed)[0], seed.text)
    assert accepted in records
    assert longest != items[0]
    assert [record["cue"] for record in records if record["content"] == seed.text[content.start : shorter_end]] == [
        longest.span("cue").text
    ]

    page.reload()
    page.wait_for_selector("body[data-draft]", state="attached")
    assert page.inner_text("#draft-count") == "2"
    assert sorted(_draft(page)) == sorted([items[0].item_id, longest.item_id])
    assert page.evaluate("() => window.quotesReview.buildExport().text") == saved.read_text(encoding="utf-8")
    assert page.inner_text("#serve-status") == f"draft restored from {saved}: 2 quotes"


def test_a_saved_quote_that_no_prediction_has_comes_back_as_a_new_row(
    page: Any, start: Any, seed: ParsedDocument, tmp_path: Path
) -> None:
    gold = read_jsonl(GOLD / "seed_gold.jsonl")
    # the last gold quote, its content cut to its last four words: no prediction starts there
    last = dict(gold[-1])
    last["content"] = " ".join(last["content"].split()[-4:])
    saved = tmp_path / "corrected.jsonl"
    saved.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in [*gold[:2], last]), encoding="utf-8")
    app = start(str(SEED), "--gold", str(GOLD / "seed_gold.jsonl"), "--save", str(saved))
    _open(page, app.url)
    assert page.inner_text("#draft-count") == "3"
    assert page.eval_on_selector_all("li.item.st-right.in-draft", "nodes => nodes.length") == 2
    (new,) = page.eval_on_selector_all("li.item.st-new", "nodes => nodes.map((node) => node.textContent)")
    assert last["content"] in new
    exported = [json.loads(line) for line in page.evaluate("() => window.quotesReview.buildExport().text").splitlines()]
    assert exported == [*gold[:2], last]


def test_rerunning_edited_rules_changes_the_page_and_keeps_the_unsaved_draft(
    page: Any, start: Any, seed: ParsedDocument, extractor: Extractor, tmp_path: Path
) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    app = start(str(SEED), "--gold", str(GOLD / "seed_gold.jsonl"), "--rules", str(rules), "--save", str(tmp_path / "c.jsonl"))
    _open(page, app.url)
    row = 'tr[data-rule="relay-naql-an"] td:nth-child(3)'
    assert page.text_content(row) == "1"
    naqalat = next(item for item in build_report(extractor, [seed]).documents[0].items if item.rule_id == "relay-naql-an")
    page.click(f'li.item[data-item="{naqalat.item_id}"]')
    page.keyboard.press("x")  # an unsaved change: the quote taken out of the draft
    assert page.inner_text("#draft-count") == "13"

    relays = rules / "relays.toml"
    good = relays.read_text(encoding="utf-8")
    relays.write_text(good.replace('lemma = ["نقل", "روى"]', 'lemma = ["نقل", "روى"'), encoding="utf-8")  # broken TOML
    page.click("#rerun-button")
    page.wait_for_function("() => document.querySelectorAll('#serve-problems li').length > 0")
    assert "not valid TOML" in page.inner_text("#serve-problems")
    assert page.text_content(row) == "1" and page.inner_text("#draft-count") == "13"

    relays.write_text(good.replace('lemma = ["نقل", "روى"]', 'lemma = ["روى"]'), encoding="utf-8")
    with page.expect_navigation():
        page.click("#rerun-button")
    page.wait_for_selector("body[data-draft]", state="attached")
    expected = build_report(Extractor(rules=load_grammar(rules)), [seed], read_jsonl(GOLD / "seed_gold.jsonl"))
    assert page.text_content(row) == "0"
    statuses = page.eval_on_selector_all("li.item:not(.st-new)", "nodes => nodes.map((node) => node.dataset.status)")
    assert sorted(statuses) == sorted(item.status for item in expected.documents[0].items)
    assert statuses.count("wrong_speaker") == 1  # نقلت now found by another rule, which takes the transmitter as speaker
    assert page.inner_text("#draft-count") == "13"  # the unsaved draft, kept across the rerun
    assert page.inner_text("#serve-status") == "rules rerun; the unsaved draft (13 quotes) is kept"
    texts = read_documents(GOLD / "seed_docs.jsonl")
    records = [json.loads(line) for line in page.evaluate("() => window.quotesReview.buildExport().text").splitlines()]
    gold = read_jsonl(GOLD / "seed_gold.jsonl")
    assert check_gold(texts, records) == [] and len(records) == 13 and all(record in gold for record in records)
