"""Take the README's screenshots of two review reports (headless system Chromium, as in the browser tests).

quotes review tests/data/seed/seed.conllu --gold tests/data/gold/seed_gold.jsonl -o /tmp/seed.html --title "seed article"
quotes parse tests/data/gold/snn_dev_docs.jsonl -o /tmp/snn_dev.conllu
quotes review /tmp/snn_dev.conllu --gold tests/data/gold/snn_dev_gold.jsonl -o /tmp/dev.html --title "SaudiNewsNet dev"
python scripts/screenshots.py /tmp/seed.html /tmp/dev.html docs/
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def main(seed: Path, dev: Path, out: Path) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        page.goto(seed.resolve().as_uri())
        # the quote of فلاديمير فرولوف: its cue clicked, its speaker hovered
        speaker = page.locator(".hl.f-speaker", has_text="فلاديمير فرولوف").first
        item = speaker.get_attribute("data-items").split(" ")[0]
        page.click(f'li.item[data-item="{item}"]')
        speaker.scroll_into_view_if_needed()
        page.evaluate("() => window.scrollBy(0, -250)")
        speaker.hover()
        page.screenshot(path=str(out / "review-seed.png"))
        page.goto(dev.resolve().as_uri())
        page.keyboard.press("2")  # only the quotes with a wrong speaker
        page.keyboard.press("j")  # the first of them: its prediction beside the gold, its rule, its parse
        page.evaluate("() => window.scrollTo(0, 0)")
        page.screenshot(path=str(out / "review-dev.png"))
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
