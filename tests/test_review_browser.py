"""The review report in a real browser: highlighting, parses on click, filters, and correcting into gold.

Headless Chromium from the system packages (``apt-get install -y chromium``;
``scripts/setup.sh`` installs it when it runs as root), driven by Playwright
without any browser download. Without Chromium or Playwright these tests are
skipped, saying so.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from quotes.api import Extractor
from quotes.conllu_reading import documents_from_conllu
from quotes.evaluate import evaluate, read_documents, read_jsonl
from quotes.explain import explain_document
from quotes.review import build_report, check_gold, cue_context, render_explanations, render_report
from quotes.review.model import FIELD_LABELS, Report, ReviewItem

pytestmark = pytest.mark.browser

DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "gold"
#: The browser: $QUOTES_CHROMIUM, else the system package's.
CHROMIUM = os.environ.get("QUOTES_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Select document characters [start, end) the way a mouse would: a DOM range over the text's segments.
SELECT_JS = """([doc, start, end]) => {
  const section = [...document.querySelectorAll('section.doc')].find((s) => s.dataset.doc === doc);
  section.scrollIntoView();
  const segments = [...section.querySelector('.text').children];
  const point = (offset) => {
    for (const segment of segments) {
      const first = Number(segment.dataset.s), last = first + segment.textContent.length;
      if (offset >= first && offset < last) return [segment.firstChild, offset - first];
    }
    const tail = segments[segments.length - 1];
    return [tail.firstChild, tail.textContent.length];
  };
  const range = document.createRange();
  range.setStart(...point(start));
  range.setEnd(...point(end));
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  return selection.toString();
}"""

# For each highlighted character: the (field label, quote number) lines of its segment's hover text.
COVERAGE_JS = """() => {
  const out = {};
  for (const section of document.querySelectorAll('section.doc')) {
    const cover = {};
    for (const segment of section.querySelectorAll('.hl')) {
      const start = Number(segment.dataset.s);
      for (const line of segment.title.split('\\n')) {
        const [field, quote] = line.split(' · ');
        const key = field + '|' + quote;
        (cover[key] = cover[key] || []).push([start, start + segment.textContent.length]);
      }
    }
    out[section.dataset.doc] = cover;
  }
  return out;
}"""


# Where the selected quote's gold draft puts one field: [first, last + 1) of the outlined characters.
DRAFT_JS = """([doc, field]) => {
  const section = [...document.querySelectorAll('section.doc')].find((s) => s.dataset.doc === doc);
  const offsets = [];
  for (const segment of section.querySelectorAll(`.text > [data-draft~="${field}"]`)) {
    const start = Number(segment.dataset.s);
    for (let i = 0; i < segment.textContent.length; i++) offsets.push(start + i);
  }
  const contiguous = offsets.every((offset, i) => i === 0 || offset === offsets[i - 1] + 1);
  return contiguous && offsets.length ? [offsets[0], offsets[offsets.length - 1] + 1] : offsets;
}"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="browser tests need Playwright: pip install -e '.[dev]' (scripts/setup.sh does)"
    )
    if not Path(CHROMIUM).exists():
        pytest.skip(
            f"browser tests need Chromium ({CHROMIUM} is missing): apt-get install -y chromium (scripts/setup.sh does as root)"
        )
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    opened = context.new_page()
    errors: list[str] = []
    dialogs: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    opened.on(
        "request",
        lambda request: (
            errors.append(f"request {request.url}") if not request.url.startswith(("file:", "blob:", "data:")) else None
        ),
    )
    opened.dialogs = dialogs
    yield opened
    context.close()
    assert errors == []


def _report(extractor: Extractor, conllu: Path, gold: Path | None) -> Report:
    documents = documents_from_conllu(conllu.read_text(encoding="utf-8"), source=str(conllu))
    return build_report(extractor, documents, read_jsonl(gold) if gold else None, title=f"review of {conllu.name}")


@pytest.fixture(scope="module")
def seed(extractor: Extractor, tmp_path_factory: pytest.TempPathFactory) -> tuple[Report, Path]:
    report = _report(extractor, DATA / "seed" / "seed.conllu", GOLD / "seed_gold.jsonl")
    path = tmp_path_factory.mktemp("review") / "seed.html"
    path.write_text(render_report(report), encoding="utf-8")
    return report, path


@pytest.fixture(scope="module")
def pud(extractor: Extractor, tmp_path_factory: pytest.TempPathFactory) -> tuple[Report, Path]:
    report = _report(extractor, GOLD / "pud_dev.conllu", GOLD / "pud_dev_gold.jsonl")
    path = tmp_path_factory.mktemp("review") / "pud.html"
    path.write_text(render_report(report), encoding="utf-8")
    return report, path


def _items(report: Report) -> list[ReviewItem]:
    return [item for document in report.documents for item in document.items]


def _select(page: Any, doc_id: str, start: int, end: int) -> str:
    return str(page.evaluate(SELECT_JS, [doc_id, start, end]))


def _click_item(page: Any, item: ReviewItem) -> None:
    page.click(f'li.item[data-item="{item.item_id}"]')


# ---------------------------------------------------------------- reading


def test_every_field_is_highlighted_at_exactly_its_characters(page: Any, seed: tuple[Report, Path]) -> None:
    report, path = seed
    page.goto(path.as_uri())
    (document,) = report.documents
    assert page.evaluate("() => document.querySelector('section.doc .text').textContent") == document.text
    coverage = page.evaluate(COVERAGE_JS)[document.doc_id]
    checked = 0
    for item in document.items:
        for span in item.spans:
            runs = coverage[f"{FIELD_LABELS[span.field]}|quote {item.number}"]
            covered = sorted(offset for start, end in runs for offset in range(start, end))
            assert covered == list(range(span.start, span.end)), (item.number, span.field)
            checked += 1
    assert checked >= 14 * 3


def test_hover_tells_field_rule_confidence_and_path_and_lights_up_the_source(
    page: Any, seed: tuple[Report, Path]
) -> None:
    report, path = seed
    page.goto(path.as_uri())
    items = report.documents[0].items
    frolov = next(
        item for item in items if (span := item.span("speaker")) is not None and span.text == "فلاديمير فرولوف"
    )
    page.hover(f'.hl[data-s="{frolov.span("cue").start}"]')
    bar = page.inner_text("#hoverbar")
    assert f"cue · quote {frolov.number} · right · rule {frolov.rule_id} · confidence 0.70 · path: cue" in bar
    repeated = next(item for item in items if item.entity and sum(other.entity == item.entity for other in items) > 1)
    speaker = repeated.span("speaker") or repeated.span("speaker_resolved")
    assert speaker is not None
    page.hover(f'.hl[data-s="{speaker.start}"]')
    lit = page.eval_on_selector_all(".hl.entity-hot", "nodes => nodes.map((node) => node.dataset.items)")
    quotes_lit = {item for items_of in lit for item in items_of.split(" ")}
    same_source = {item.item_id for item in items if item.entity == repeated.entity}
    assert same_source <= quotes_lit and len(same_source) > 1


def test_clicking_a_quote_shows_its_sentence_parse_with_the_bound_words_marked(
    page: Any, seed: tuple[Report, Path]
) -> None:
    report, path = seed
    page.goto(path.as_uri())
    assert page.is_hidden("#panel")
    document = report.documents[0]
    item = next(item for item in document.items if len(item.bindings) >= 3)
    page.click(f'.hl[data-s="{item.span("cue").start}"]')
    assert page.is_visible("#parse svg")
    marked = page.eval_on_selector_all(
        "#parse svg text.word.focus", "nodes => nodes.map((node) => Number(node.dataset.word))"
    )
    assert sorted(set(marked)) == sorted({binding.word_index for binding in item.bindings})
    sentence = next(view for view in document.sentences if view.index == item.sentence)
    assert page.inner_text("#parse .sentence-text") == sentence.text.strip()
    assert f"rule {item.rule_id}" in page.inner_text("#detail")
    assert page.eval_on_selector_all(".hl.selected", "nodes => nodes.length") >= 3


def test_error_filter_shows_only_quotes_of_that_kind(page: Any, pud: tuple[Report, Path]) -> None:
    report, path = pud
    page.goto(path.as_uri())
    header = page.inner_text("#scores")
    assert f"{report.evaluation.e2e.rounded()[2]:.4f}" in header if report.evaluation else False
    for kind in ("missed", "false_alarm", "wrong_speaker"):
        page.click(f'#filters button[data-filter="{kind}"]')
        shown = page.eval_on_selector_all("li.item:not(.hidden)", "nodes => nodes.map((node) => node.dataset.status)")
        assert shown == [kind] * report.count(kind)
        sections = page.eval_on_selector_all("section.doc:not(.hidden)", "nodes => nodes.length")
        assert sections == sum(document.count(kind) > 0 for document in report.documents)
    page.keyboard.press("0")
    assert page.eval_on_selector_all("li.item.hidden", "nodes => nodes.length") == 0
    first = page.get_attribute("section.doc", "data-errors")
    assert int(first or 0) == max(document.errors for document in report.documents)
    page.keyboard.press("4")  # missed
    page.keyboard.press("j")
    missed = next(item for item in _items(report) if item.status == "missed")
    assert page.get_attribute("li.item.selected", "data-item") == missed.item_id
    assert "No rule produced this gold quote" in page.inner_text("#detail")
    assert page.is_visible("#parse pre.trace")


def test_page_loads_fast(page: Any, pud: tuple[Report, Path]) -> None:
    report, path = pud
    page.goto(path.as_uri())
    took = page.evaluate("() => performance.getEntriesByType('navigation')[0].loadEventEnd")
    assert len(report.documents) == 155 and took < 2000


# ---------------------------------------------------------------- correcting


def test_accept_fix_and_add_then_export_gold_that_the_check_accepts(
    page: Any, pud: tuple[Report, Path], tmp_path: Path
) -> None:
    report, path = pud
    texts = read_documents(GOLD / "pud_dev_docs.jsonl")
    gold = read_jsonl(GOLD / "pud_dev_gold.jsonl")
    items = _items(report)
    page.goto(path.as_uri())
    assert page.inner_text("#draft-count") == str(len(gold))

    # 1. accept a false alarm
    false_alarm = next(item for item in items if item.status == "false_alarm")
    _click_item(page, false_alarm)
    page.keyboard.press("a")
    assert page.inner_text("#draft-count") == str(len(gold) + 1)

    # 2. fix a span: the gold content of a right quote, shortened by its last word
    right = max((item for item in items if item.status == "right"), key=lambda item: len(item.spans[0].text.split()))
    content = right.gold_span("content")
    assert content is not None
    shorter_end = content.start + content.text.rindex(" ")
    _click_item(page, right)
    assert _select(page, right.doc_id, content.start, shorter_end) == texts[right.doc_id][content.start : shorter_end]
    page.keyboard.press("c")
    drafted = page.evaluate(DRAFT_JS, [right.doc_id, "content"])
    assert drafted == [content.start, shorter_end]  # the draft's content is outlined at exactly the selection

    # 3. a missed quote taken out, then added again from the text by selection
    missed = next(item for item in items if item.status == "missed" and item.span("cue") and item.span("speaker"))
    _click_item(page, missed)
    page.keyboard.press("x")
    assert page.inner_text("#draft-count") == str(len(gold))
    first = missed.span("content")
    assert first is not None
    _select(page, missed.doc_id, first.start, first.end)
    page.keyboard.press("n")
    for field, key in (("cue", "u"), ("speaker", "s"), ("speaker_resolved", "e"), ("role", "r"), ("via", "v")):
        span = missed.span(field)
        if span is not None:
            _select(page, missed.doc_id, span.start, span.end)
            page.keyboard.press(key)
    while page.inner_text("li.item.selected .type") != missed.type:
        page.keyboard.press("t")
    assert page.inner_text("#draft-count") == str(len(gold) + 1)

    # export
    page.keyboard.press("w")
    assert page.is_visible("dialog#export")
    assert page.eval_on_selector_all("#export-problems li", "nodes => nodes.length") == 0
    with page.expect_download() as download:
        page.click("#download-button")
    exported = tmp_path / "gold.jsonl"
    download.value.save_as(exported)
    records = read_jsonl(exported)
    assert exported.read_text(encoding="utf-8") == page.input_value("#export-text")

    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        "".join(json.dumps({"id": k, "text": v}, ensure_ascii=False) + "\n" for k, v in texts.items()), encoding="utf-8"
    )
    reference = subprocess.run(
        [sys.executable, str(GOLD / "quote_score.py"), "check", str(docs), str(exported)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert reference.returncode == 0, reference.stdout
    assert check_gold(texts, records) == []
    assert len(records) == len(gold) + 1
    assert all(
        list(record)[:9]
        == ["doc_id", "type", "cue", "cue_context", "content", "speaker", "speaker_resolved", "role", "via"]
        for record in records
    )

    fixed = [
        record
        for record in records
        if record["doc_id"] == right.doc_id and record["content"] == texts[right.doc_id][content.start : shorter_end]
    ]
    assert len(fixed) == 1
    readded = [record for record in records if record["doc_id"] == missed.doc_id and record["content"] == first.text]
    assert len(readded) == 1
    original = missed.gold_record
    assert original is not None
    for field in ("type", "cue", "content", "speaker", "speaker_resolved", "role", "via"):
        assert readded[0][field] == (original.get(field) or None), field

    predictions = [
        quote
        for document in documents_from_conllu((GOLD / "pud_dev.conllu").read_text(encoding="utf-8"))
        for quote in _extract(document)
    ]
    before, after = evaluate(texts, gold, predictions), evaluate(texts, records, predictions)
    assert after.matched == before.matched + 1 and len(after.gold) == len(before.gold) + 1


def _extract(document: Any) -> list[Any]:
    return Extractor(rules=Path(__file__).resolve().parent.parent / "rules").extract_parsed(document)


# ---------------------------------------------------------------- escaping and the explain page


def test_text_with_markup_quotes_and_ampersands_shows_as_text(page: Any, extractor: Extractor, tmp_path: Path) -> None:
    conllu = DATA / "review" / "escaping.conllu"
    (document,) = documents_from_conllu(conllu.read_text(encoding="utf-8"))
    report = build_report(extractor, [document], None, title='<b>review & "check"</b>')
    path = tmp_path / "escaping.html"
    path.write_text(render_report(report), encoding="utf-8")
    page.goto(path.as_uri())
    assert page.title() == '<b>review & "check"</b>'
    assert page.inner_text("section.doc .text") == document.text
    assert page.eval_on_selector_all("script", "nodes => nodes.length") == 2
    assert page.dialogs == []
    (item,) = report.documents[0].items
    page.click(f'li.item[data-item="{item.item_id}"]')
    assert "<script>alert('x')</script>" in page.inner_text("#detail")
    assert page.dialogs == []


def test_rules_explain_page_shows_each_parse_beside_the_rule_traces(
    page: Any, extractor: Extractor, tmp_path: Path
) -> None:
    (document,) = documents_from_conllu((DATA / "conllu" / "frolov_padt.conllu").read_text(encoding="utf-8"))
    explained = explain_document(extractor.matcher, document, extractor.extract_parsed(document))
    path = tmp_path / "explain.html"
    path.write_text(render_explanations([(document.doc_id, explained)]), encoding="utf-8")
    page.goto(path.as_uri())
    box = page.locator(".side-by-side").first
    svg, traces = box.locator("svg").bounding_box(), box.locator(".traces").bounding_box()
    assert svg and traces and abs(svg["y"] - traces["y"]) < 40  # side by side, not one under the other
    assert page.locator(".traces pre.fired").count() >= 1
    assert "فرولوف" in page.inner_text(".sentence-text")


def test_the_page_chooses_cue_context_as_the_library_does(
    page: Any, seed: tuple[Report, Path], extractor: Extractor
) -> None:
    _, path = seed
    page.goto(path.as_uri())
    (document,) = documents_from_conllu((DATA / "seed" / "seed.conllu").read_text(encoding="utf-8"))
    repeated = "قال المدير إن المصنع سيفتح. ثم قال العامل إن الأجور تأخرت. قال المدير أيضا إن الإنتاج زاد.\nقال المدير"
    cases = [(document.text, quote.cue.start, quote.cue.end) for quote in extractor.extract_parsed(document)]
    cases += [(repeated, start, start + 3) for start in range(len(repeated)) if repeated.startswith("قال", start)]
    in_page = page.evaluate(
        "(cases) => cases.map(([text, start, end]) => window.quotesReview.cueContext(text, start, end))", cases
    )
    assert in_page == [cue_context(text, start, end) for text, start, end in cases]
    assert len(set(in_page[-4:])) == 4


def test_export_problems_read_as_the_check_prints_them(page: Any, pud: tuple[Report, Path]) -> None:
    report, path = pud
    texts = read_documents(GOLD / "pud_dev_docs.jsonl")
    document = next(document for document in report.documents if not document.items)
    page.goto(path.as_uri())
    words = document.text.split(" ")
    _select(page, document.doc_id, 0, len(words[0]) + 1 + len(words[1]))
    page.keyboard.press("n")  # a new quote with content only: no cue, so no cue_context
    page.keyboard.press("w")
    shown = page.eval_on_selector_all("#export-problems li", "nodes => nodes.map((node) => node.textContent)")
    assert page.is_disabled("#download-button")
    records = [json.loads(line) for line in page.input_value("#export-text").splitlines()]
    expected = check_gold(texts, records)
    assert shown == expected and len(expected) == 1 and "cue_context None occurs 0 times" in expected[0]
