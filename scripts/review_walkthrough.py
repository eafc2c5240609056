"""Replay a linguist's pass through a review page and check that the exported gold equals the real gold.

For each document: open the report made without gold, accept every prediction
the real gold matches, fix each field that differs by selecting the gold's
text and pressing its key, add each missed quote from the text, export, and
compare. Measures whether the page can make gold, field for field.

    quotes parse tests/data/gold/snn_dev_docs.jsonl -o /tmp/dev.conllu
    quotes review /tmp/dev.conllu -o /tmp/dev-nogold.html
    python scripts/review_walkthrough.py /tmp/dev.conllu /tmp/dev-nogold.html tests/data/gold/snn_dev_gold.jsonl
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

from quotes.api import Extractor
from quotes.conllu_reading import documents_from_conllu
from quotes.evaluate import ScoredQuote, evaluate, gold_spans, read_jsonl
from quotes.graph import ParsedDocument
from quotes.model import Quote
from quotes.review import check_gold
from quotes.review.build import quote_spans

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_review_browser import CHROMIUM_ARGS, SELECT_JS

KEYS = {"content": "c", "cue": "u", "speaker": "s", "speaker_resolved": "e", "role": "r", "via": "v"}
FIELDS = ("type", "content", "cue", "speaker", "speaker_resolved", "role", "via")


class Walk:
    """One document's pass: the page, the document, and the keys pressed."""

    def __init__(self, page: Any, document: ParsedDocument) -> None:
        self.page, self.doc = page, document.doc_id
        self.keys = 0

    def press(self, key: str) -> None:
        self.page.keyboard.press(key)
        self.keys += 1

    def select(self, start: int, end: int) -> None:
        self.page.evaluate(SELECT_JS, [self.doc, start, end])

    def set_fields(self, target: ScoredQuote, predicted: Quote | None) -> None:
        for field, key in KEYS.items():
            wanted = getattr(target, field)
            have = None if predicted is None else (predicted.cue.span if field == "cue" else getattr(predicted, field))
            if (wanted.text if wanted else None) == (have.text if have else None) or (
                predicted is None and field == "content"
            ):
                continue
            if wanted is None:
                self.press("Shift+" + key.upper())
            else:
                self.select(wanted.start, wanted.end)
                self.press(key)
        while self.page.inner_text("#draft-type") != target.type:
            self.press("t")


def main(conllu: Path, page_path: Path, gold_path: Path) -> None:
    all_gold = read_jsonl(gold_path)
    extractor = Extractor()
    total = same = keys = 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for document in documents_from_conllu(conllu.read_text(encoding="utf-8")):
            doc, text = document.doc_id, document.text
            gold = [record for record in all_gold if record["doc_id"] == doc]
            quotes = extractor.extract_parsed(document)
            placed = gold_spans({doc: text}, gold).quotes
            partner = {pair.predicted: pair.gold for pair in evaluate({doc: text}, gold, quotes).pairs}
            page = browser.new_context(accept_downloads=True).new_page()
            page.goto(page_path.resolve().as_uri())
            walk = Walk(page, document)
            ids = page.eval_on_selector_all(
                f'section.doc[data-doc="{doc}"] li.item', "nodes => nodes.map((node) => node.dataset.item)"
            )
            order = sorted(range(len(quotes)), key=lambda index: min(span.start for span in quote_spans(quotes[index])))
            for item_id, index in zip(ids, order, strict=True):
                if index in partner:  # a false alarm is left out
                    page.click(f'li.item[data-item="{item_id}"]')
                    walk.press("a")
                    walk.set_fields(placed[partner[index]], quotes[index])
            for number, missed in enumerate(placed):
                if number not in partner.values():
                    walk.select(missed.content.start, missed.content.end)
                    walk.press("n")
                    walk.set_fields(missed, None)
            page.keyboard.press("w")
            exported: list[dict[str, Any]] = []
            if gold:
                with tempfile.TemporaryDirectory() as folder, page.expect_download() as download:
                    page.click("#download-button")
                    download.value.save_as(Path(folder) / "gold.jsonl")
                    exported = read_jsonl(Path(folder) / "gold.jsonl")
            page.context.close()
            problems = check_gold({doc: text}, exported)
            if problems:
                raise SystemExit(f"{doc}: the exported gold does not pass the check: {problems}")
            made = sorted(gold_spans({doc: text}, exported).quotes, key=lambda quote: quote.content.start)
            real = sorted(placed, key=lambda quote: quote.content.start)
            equal = sum(
                all(getattr(a, field) == getattr(b, field) for field in FIELDS)
                for a, b in zip(made, real, strict=False)
            )
            total += len(real)
            same += equal if len(made) == len(real) else 0
            keys += walk.keys
            print(f"{doc}: {len(made)} exported, {len(real)} gold, {equal} equal in every span and type", flush=True)
        browser.close()
    print(
        f"{same} of {total} gold quotes made again through the page, equal in every span and type; {keys} key presses"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
