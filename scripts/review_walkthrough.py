"""Replay a linguist's pass through a review page and check that the exported gold equals the real gold.

For each document: open the report made without gold, accept every prediction
the real gold matches, fix each field that differs by selecting the gold's
text and pressing its key, add each missed quote from the text, export, and
compare. Measures whether the page can make gold, field for field.

    quotes parse tests/data/gold/snn_dev_docs.jsonl -o /tmp/dev.conllu
    quotes review /tmp/dev.conllu -o /tmp/dev-nogold.html
    python scripts/review_walkthrough.py /tmp/dev.conllu /tmp/dev-nogold.html \
        tests/data/gold/snn_dev_docs.jsonl tests/data/gold/snn_dev_gold.jsonl
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from quotes.api import Extractor
from quotes.evaluate import evaluate, gold_spans, read_documents, read_jsonl
from quotes.graph import documents_from_conllu
from quotes.review import check_gold
from quotes.review.build import quote_spans

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_review_browser import CHROMIUM_ARGS, SELECT_JS  # noqa: E402 - the tests' own selection helper

KEYS = {"content": "c", "cue": "u", "speaker": "s", "speaker_resolved": "e", "role": "r", "via": "v"}
FIELDS = ("type", "content", "cue", "speaker", "speaker_resolved", "role", "via")


def main(conllu: Path, page_path: Path, docs_path: Path, gold_path: Path) -> None:
    texts = read_documents(docs_path)
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
            ids = page.eval_on_selector_all(f'section.doc[data-doc="{doc}"] li.item', "nodes => nodes.map((node) => node.dataset.item)")
            order = sorted(range(len(quotes)), key=lambda index: min(span.start for span in quote_spans(quotes[index])))

            def press(key: str) -> None:
                nonlocal keys
                page.keyboard.press(key)
                keys += 1

            def set_fields(target: object, predicted: object | None) -> None:
                for field, key in KEYS.items():
                    wanted = getattr(target, field)
                    have = None if predicted is None else (predicted.cue.span if field == "cue" else getattr(predicted, field))
                    if (wanted.text if wanted else None) == (have.text if have else None) or (predicted is None and field == "content"):
                        continue
                    if wanted is None:
                        press("Shift+" + key.upper())
                    else:
                        page.evaluate(SELECT_JS, [doc, wanted.start, wanted.end])
                        press(key)
                while page.inner_text("#draft-type") != target.type:
                    press("t")

            for item_id, index in zip(ids, order, strict=True):
                if index in partner:  # a false alarm is left out
                    page.click(f'li.item[data-item="{item_id}"]')
                    press("a")
                    set_fields(placed[partner[index]], quotes[index])
            for number, missed in enumerate(placed):
                if number not in partner.values():
                    page.evaluate(SELECT_JS, [doc, missed.content.start, missed.content.end])
                    press("n")
                    set_fields(missed, None)
            page.keyboard.press("w")
            with tempfile.TemporaryDirectory() as folder:
                exported_path = Path(folder) / "gold.jsonl"
                if gold:
                    with page.expect_download() as download:
                        page.click("#download-button")
                    download.value.save_as(exported_path)
                exported = read_jsonl(exported_path) if gold else []
            page.context.close()
            assert check_gold({doc: text}, exported) == [], doc
            made = sorted(gold_spans({doc: text}, exported).quotes, key=lambda quote: quote.content.start)
            real = sorted(placed, key=lambda quote: quote.content.start)
            equal = sum(all(getattr(a, field) == getattr(b, field) for field in FIELDS) for a, b in zip(made, real, strict=False))
            total += len(real)
            same += equal if len(made) == len(real) else 0
            print(f"{doc}: {len(made)} exported, {len(real)} gold, {equal} equal in every span and type", flush=True)
        browser.close()
    print(f"{same} of {total} gold quotes made again through the page, equal in every span and type; {keys} key presses")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
