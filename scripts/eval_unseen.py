"""Score the extractor on the annotated unseen news of eval/unseen/: each set, and the read and held-out pools.

    .venv/bin/python scripts/eval_unseen.py                            # parses every article (about 10 min on 2 cores)
    .venv/bin/python scripts/eval_unseen.py --cache work/parses        # parses kept by text hash: later runs are rules only
    .venv/bin/python scripts/eval_unseen.py --pool held_out --json     # one pool, as JSON

Each set is 20 SaudiNewsNet articles in neither gold set, annotated by the contract (eval/unseen/README.md). The sets
under read/ are for learning from errors; held_out/ is scored only: never read its articles or its errors while
developing, as with ../shared/gold/check. The figures are the reference scorer's (`quotes.evaluate`).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from quotes.evaluate import Evaluation, evaluate, read_documents, read_jsonl

UNSEEN = Path(__file__).resolve().parent.parent / "eval" / "unseen"
POOLS = ("read", "held_out")


def sets_of(pool: str) -> list[str]:
    """The set names of a pool (ra, rb, …), in order."""
    return sorted(path.name.removesuffix("_docs.jsonl") for path in (UNSEEN / pool).glob("*_docs.jsonl"))


def extract(docs: Path, output: Path, cache: Path | None, workers: int) -> None:
    """Run `quotes extract` over one set's articles (the CLI: its cache, its workers, its error records)."""
    command = [sys.executable, "-m", "quotes", "extract", str(docs), "-o", str(output), "--quiet", "--workers", str(workers)]
    if cache is not None:
        command += ["--cache", str(cache)]
    subprocess.run(command, check=True)


def figures(evaluation: Evaluation) -> dict[str, object]:
    """The headline figures of one score, as the reference scorer's JSON names them."""
    data = evaluation.to_dict()
    return {key: data[key] for key in ("gold", "pred", "quote_f1", "speaker_acc", "role_acc", "e2e_f1", "e2e_role_f1")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pool", choices=(*POOLS, "all"), default="all")
    parser.add_argument("--cache", type=Path, help="parse cache folder (quotes extract --cache)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="write each set's records here (SET.jsonl)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    pools = POOLS if args.pool == "all" else (args.pool,)
    out = args.keep or Path(tempfile.mkdtemp(prefix="quotes-unseen-"))
    out.mkdir(parents=True, exist_ok=True)
    report: dict[str, object] = {}
    for pool in pools:
        texts: dict[str, str] = {}
        gold: list[dict[str, object]] = []
        predicted: list[dict[str, object]] = []
        per_set: dict[str, object] = {}
        for name in sets_of(pool):
            docs, gold_file = UNSEEN / pool / f"{name}_docs.jsonl", UNSEEN / pool / f"{name}_gold.jsonl"
            extract(docs, out / f"{name}.jsonl", args.cache, args.workers)
            set_texts, set_gold, set_predicted = read_documents(docs), read_jsonl(gold_file), read_jsonl(out / f"{name}.jsonl")
            per_set[name] = figures(evaluate(set_texts, set_gold, set_predicted))
            texts.update(set_texts)
            gold += set_gold
            predicted += set_predicted
        report[pool] = {"sets": per_set, "pooled": figures(evaluate(texts, gold, predicted))}
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    for pool, result in report.items():
        for name, row in [*result["sets"].items(), ("pooled", result["pooled"])]:  # type: ignore[index]
            print(
                f"{pool:8} {name:6} gold {row['gold']:4}  quote F1 {row['quote_f1']:.3f}  speaker {row['speaker_acc']:.3f}"
                f"  e2e F1 {row['e2e_f1']:.3f}  e2e role F1 {row['e2e_role_f1']:.3f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
