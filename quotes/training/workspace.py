"""The work folder of a training build: where its files go and ``results.json``, the figures each step records."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

DEFAULT_PUD = Path("../shared/data/ud-arabic-pud/ar_pud-ud-test.conllu")
DEFAULT_NEWS = Path("../shared/data/saudinewsnet/saudinewsnet.jsonl.gz")
DEFAULT_WORK = Path("work/train")
DEFAULT_PADT = Path("../shared/data/ud-arabic-padt-v1")
DEFAULT_NEWS_WORK = Path("work/news")
TARGET = Path(__file__).resolve().parent.parent / "models" / "ar_compact"
STAGE_ORDER = ("tokenizer", "tagger", "lemmatizer", "parser")


def work_paths(args: argparse.Namespace) -> dict[str, Path]:
    work: Path = args.work
    return {
        "data": work / "data",
        "lexicon": work / "clitic_lexicon.tsv.gz",
        "pretrain": work / "vectors" / "snn.pretrain.pt",
        "results": work / "results.json",
    }


def results_of(args: argparse.Namespace) -> dict[str, Any]:
    path = work_paths(args)["results"]
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def save_results(args: argparse.Namespace, update: dict[str, Any]) -> dict[str, Any]:
    results = results_of(args)
    results.update(update)
    path = work_paths(args)["results"]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return results
