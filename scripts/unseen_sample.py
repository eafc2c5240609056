"""Draw SaudiNewsNet articles that are in neither gold set, to read records on news no rule was tuned on.

The gold sets (`../shared/gold/dev/`, `../shared/gold/check/`) are SaudiNewsNet articles under ids of their own
(`snnD-008`), while the corpus keeps its ids (`snn-2015-08-06-2248`): a sample drawn by id can hold a gold article,
and reading the records of a check article is reading the check set. An article is left out here when it shares a
stretch of text with any gold document (its opening, or 80 characters from the middle of a gold document), whatever
its id.

    .venv/bin/python scripts/unseen_sample.py ../shared/data/saudinewsnet/saudinewsnet.jsonl.gz \\
        --gold ../shared/gold --count 200 --seed 14 -o /tmp/unseen200.jsonl
    .venv/bin/python scripts/unseen_sample.py CORPUS --gold ../shared/gold --matching 'على لسان' --count 60 -o FILE

The output is JSONL (`id`, `text`), ready for `quotes parse`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

#: How much of a document's opening identifies it.
OPENING_CHARS = 150
#: How long a stretch from the middle of a gold document must be found again to count as the same article.
MIDDLE_CHARS = 80


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


class GoldTexts:
    """The gold documents' texts, as openings and middle stretches an article is compared with."""

    def __init__(self, texts: Iterable[str]) -> None:
        flat = [_flat(text) for text in texts if text.strip()]
        self.openings = {text[:OPENING_CHARS] for text in flat}
        self.middles = [text[len(text) // 2 : len(text) // 2 + MIDDLE_CHARS] for text in flat if len(text) >= MIDDLE_CHARS]

    @classmethod
    def from_folder(cls, gold: Path) -> GoldTexts:
        """Every `*_docs.jsonl` under `gold` (dev and check alike)."""
        texts: list[str] = []
        for path in sorted(gold.rglob("*_docs.jsonl")):
            with path.open(encoding="utf-8") as stream:
                texts.extend(json.loads(line)["text"] for line in stream if line.strip())
        return cls(texts)

    def holds(self, text: str) -> bool:
        """Whether `text` is (or contains) a gold document."""
        flat = _flat(text)
        return flat[:OPENING_CHARS] in self.openings or any(middle in flat for middle in self.middles)


def articles(path: Path) -> Iterator[dict[str, str]]:
    """The corpus's articles (JSONL, gzipped or not) as `id` and `text`."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                found = json.loads(line)
                text = found.get("text") or found.get("content") or ""
                if text.strip():
                    yield {"id": str(found.get("id")), "text": text}


def draw(
    corpus: Iterable[dict[str, str]], gold: GoldTexts, count: int, *, seed: int, matching: str | None = None
) -> list[dict[str, str]]:
    """`count` articles in a seeded order, none holding a gold document; with `matching`, only articles where the
    regular expression occurs."""
    pattern = re.compile(matching) if matching else None
    pool = [article for article in corpus if pattern is None or pattern.search(article["text"])]
    random.Random(seed).shuffle(pool)  # noqa: S311 (a reproducible sample, not a secret)
    chosen: list[dict[str, str]] = []
    for article in pool:
        if len(chosen) == count:
            break
        if not gold.holds(article["text"]):
            chosen.append(article)
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="SaudiNewsNet JSONL (.gz)")
    parser.add_argument("--gold", type=Path, required=True, help="the gold folder (dev/ and check/ below it)")
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--matching", help="only articles where this regular expression occurs")
    parser.add_argument("-o", "--output", type=Path, required=True)
    options = parser.parse_args(argv)
    gold = GoldTexts.from_folder(options.gold)
    if not gold.openings:
        print(f"no gold documents under {options.gold}", file=sys.stderr)
        return 2
    chosen = draw(articles(options.corpus), gold, options.count, seed=options.seed, matching=options.matching)
    with options.output.open("w", encoding="utf-8") as stream:
        for article in chosen:
            stream.write(json.dumps(article, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} articles in neither gold set written to {options.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
