"""Score the extractor on the annotated unseen news of eval/unseen/: each set, and the read and held-out pools.

    .venv/bin/python scripts/eval_unseen.py                            # parses every article (about 10 min on 2 cores)
    .venv/bin/python scripts/eval_unseen.py --cache work/parses        # parses kept by text hash: later runs are rules only
    .venv/bin/python scripts/eval_unseen.py --pool held_out --json     # one pool, as JSON
    .venv/bin/python scripts/eval_unseen.py --cache work/parses --dev --check ../shared/gold/check
                                                                       # and the dev gold (tests/data/gold) and check set
    .venv/bin/python scripts/eval_unseen.py --cache work/parses --pool read --errors wrong_speaker
                                                                       # the read sets' errors of one kind, in context

Each set is 20 SaudiNewsNet articles in neither gold set, annotated by the contract (eval/unseen/README.md). The sets
under read/ are for learning from errors; held_out/ is scored only: never read its articles or its errors while
developing, as with ../shared/gold/check. The figures are the reference scorer's (`quotes.evaluate`). `--dev` adds
the dev gold the tests use (tests/data/gold: the seed article, 30 SaudiNewsNet articles, 155 PUD sentences from their
text and on their gold parses), `--check DIR` the check set (scores only). `--errors KIND` lists the errors of one kind
(missed, false_alarm, wrong_speaker, wrong_role) with the text around them, for the read sets and the dev gold only:
it refuses the held-out pool and the check set, whose errors nobody reads.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from quotes.evaluate import ERROR_KINDS, Evaluation, ScoringError, evaluate, read_documents, read_jsonl

ROOT = Path(__file__).resolve().parent.parent
UNSEEN = ROOT / "eval" / "unseen"
DEV_GOLD = ROOT / "tests" / "data" / "gold"
POOLS = ("read", "held_out")
#: The dev gold sets the tests use: (name, documents, gold, what `quotes extract` reads: None for the documents).
DEV_SETS = (
    ("seed", "seed_docs.jsonl", "seed_gold.jsonl", None),
    ("snn_dev", "snn_dev_docs.jsonl", "snn_dev_gold.jsonl", None),
    ("pud_raw", "pud_dev_docs.jsonl", "pud_dev_gold.jsonl", None),
    ("pud_gold_parses", "pud_dev_docs.jsonl", "pud_dev_gold.jsonl", "pud_dev.conllu"),
)


def sets_of(pool: str) -> list[str]:
    """The set names of a pool (ra, rb, …), in order."""
    return sorted(path.name.removesuffix("_docs.jsonl") for path in (UNSEEN / pool).glob("*_docs.jsonl"))


def extract(docs: Path, output: Path, cache: Path | None, workers: int) -> None:
    """Run `quotes extract` over one set's articles, or its parses (the CLI: its cache, its workers, its error records)."""
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
    parser.add_argument("--pool", choices=(*POOLS, "all", "none"), default="all")
    parser.add_argument("--dev", action="store_true", help="also score the dev gold sets of tests/data/gold")
    parser.add_argument("--check", type=Path, help="also score the check set in this folder (snn_check_docs.jsonl, snn_check_gold.jsonl)")
    parser.add_argument("--cache", type=Path, help="parse cache folder (quotes extract --cache)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="write each set's records here (SET.jsonl)")
    parser.add_argument("--errors", choices=ERROR_KINDS, help="list the read sets' (and --dev sets') errors of this kind")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    if args.errors and (args.pool in ("held_out", "all") or args.check is not None):
        parser.error("--errors lists the read sets' and the dev gold's errors only: add --pool read (or none) and leave out --check")
    pools = {"all": POOLS, "none": ()}.get(args.pool, (args.pool,))
    out = args.keep or Path(tempfile.mkdtemp(prefix="quotes-unseen-"))
    out.mkdir(parents=True, exist_ok=True)
    groups: list[tuple[str, list[tuple[str, Path, Path, Path | None]]]] = [
        (pool, [(name, UNSEEN / pool / f"{name}_docs.jsonl", UNSEEN / pool / f"{name}_gold.jsonl", None) for name in sets_of(pool)])
        for pool in pools
    ]
    if args.dev:
        sets = [(name, DEV_GOLD / docs, DEV_GOLD / gold, DEV_GOLD / parsed if parsed else None) for name, docs, gold, parsed in DEV_SETS]
        groups.append(("dev", sets))
    if args.check is not None:
        groups.append(("check", [("check", args.check / "snn_check_docs.jsonl", args.check / "snn_check_gold.jsonl", None)]))
    report: dict[str, object] = {}
    for group, sets in groups:
        texts: dict[str, str] = {}
        gold: list[dict[str, object]] = []
        predicted: list[dict[str, object]] = []
        per_set: dict[str, object] = {}
        for name, docs, gold_file, parsed in sets:
            extract(parsed or docs, out / f"{name}.jsonl", args.cache, args.workers)
            set_texts, set_gold, set_predicted = read_documents(docs), read_jsonl(gold_file), read_jsonl(out / f"{name}.jsonl")
            evaluation = evaluate(set_texts, set_gold, set_predicted)
            per_set[name] = figures(evaluation)
            if args.errors:
                for error in evaluation.errors_of(args.errors):
                    print(f"{name} {in_context(error, set_texts)}")
            texts.update(set_texts)
            gold += set_gold
            predicted += set_predicted
        # (the dev sets are four different kinds of text: no pooled figure; two PUD rows share their documents)
        pooled = figures(evaluate(texts, gold, predicted)) if group in POOLS else None
        report[group] = {"sets": per_set, "pooled": pooled}
    if args.errors:
        return 0
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    for group, result in report.items():
        rows = [*result["sets"].items()]  # type: ignore[index]
        if result["pooled"] is not None:  # type: ignore[index]
            rows.append(("pooled", result["pooled"]))  # type: ignore[index]
        for name, row in rows:
            print(
                f"{group:8} {name:15} gold {row['gold']:4}  quote F1 {row['quote_f1']:.3f}  speaker {row['speaker_acc']:.3f}"
                f"  e2e F1 {row['e2e_f1']:.3f}  e2e role F1 {row['e2e_role_f1']:.3f}"
            )
    return 0


def in_context(error: ScoringError, texts: dict[str, str]) -> str:
    """One error with the text before its cue and the start of its content (gold's where there is one)."""
    quote = error.gold or error.predicted
    line = error.describe()
    if quote is None:
        return line
    text = texts.get(quote.doc_id, "")
    start = quote.cue.start if quote.cue is not None else quote.content.start
    around = text[max(0, start - 150) : quote.content.start + 60].replace("\n", " ")
    return f"{line}\n    …{around}…"


if __name__ == "__main__":
    raise SystemExit(main())
