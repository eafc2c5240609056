"""Score a model directory on gold words (PADT test) and assemble candidate model directories.

Gold-word scoring feeds the treebank's own words to the tagger, lemmatizer
and parser (no tokenizer), the way the issue measured the bundled model:
forms without vowel marks, CoNLL 2018 scorer (``udtools.udeval``), and
labelled F1 per relation on the universal label.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from quotes.training import data
from quotes.training.evaluate import relation_counts, relation_f1, to_conllu, udeval_scores

NEWS_RELATIONS = ("nsubj", "ccomp", "obj", "appos", "flat", "parataxis")
GOLD_WORD_METRICS = ("UPOS", "UFeats", "Lemmas", "UAS", "LAS")
CARRIED = ("tokenizer.pt", "lemmatizer.pt", "pretrain.pt", "clitic_lexicon.tsv.gz", "clitic_keep.txt")


def assemble(base: Path, trained: Path, out: Path) -> Path:
    """A loadable model directory: ``base``'s tokenizer, lemmatizer, vectors and lexicon + ``trained``'s tagger and
    parser (``base``'s tagger when ``trained`` has none: a parser trained on that tagger's predicted tags)."""
    out.mkdir(parents=True, exist_ok=True)
    for name in CARRIED:
        if (base / name).exists():
            shutil.copyfile(base / name, out / name)
    for name in ("tagger.pt", "parser.pt"):
        source = trained / name
        if name == "tagger.pt" and not source.exists():
            source = base / name
        shutil.copyfile(source, out / name)
    (out / "resources.json").write_text("{}\n", encoding="utf-8")
    return out


def evaluate_gold_words(model_dir: Path, gold: Path, out: Path, *, threads: int = 1) -> dict[str, Any]:
    """Tag, lemmatize and parse the gold file's words; score them against it."""
    from quotes.parser import StanzaParser

    parser = StanzaParser(model_dir, threads=threads)
    sentences = data.read_conllu(gold)
    words = [[row[1] for row in sentence.rows if row[0].isdigit()] for sentence in sentences]
    doc = parser._full(words)  # the pretokenized pipeline: pos, lemma, depparse
    parser.retag_names([doc])  # what `quotes` reads: given names in name position re-tagged
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(to_conllu([doc]), encoding="utf-8")
    metrics = udeval_scores(gold, out)
    return {
        "metrics": {name: metrics[name] for name in GOLD_WORD_METRICS},
        "relations": relation_f1(gold, out, NEWS_RELATIONS),
        "gold_counts": relation_counts(gold, NEWS_RELATIONS),
        "sentences": len(sentences),
        "words": sum(len(w) for w in words),
    }


# quote sets scored downstream: name → (documents, gold); "check" is scored only, never read
QUOTE_SETS = {
    "snn_dev": ("gold/dev/snn_dev_docs.jsonl", "gold/dev/snn_dev_gold.jsonl"),
    "seed": ("gold/dev/seed_docs.jsonl", "gold/dev/seed_gold.jsonl"),
    "pud_dev": ("gold/dev/pud_dev_docs.jsonl", "gold/dev/pud_dev_gold.jsonl"),
    "check": ("gold/check/snn_check_docs.jsonl", "gold/check/snn_check_gold.jsonl"),
}


def downstream(model_dir: Path, shared: Path, out: Path, *, sets: tuple[str, ...] = tuple(QUOTE_SETS)) -> dict[str, Any]:
    """``quotes extract`` with ``model_dir`` on each quote set, scored by ``tools/quote_score.py --json``.

    Only the scorer's summary is kept (for the check set nothing else is
    ever looked at). Parses are cached per model under ``out/cache``.
    """
    import json
    import subprocess
    import sys

    out.mkdir(parents=True, exist_ok=True)
    scores = {}
    for name in sets:
        docs, gold = (shared / part for part in QUOTE_SETS[name])
        pred = out / f"{name}.pred.jsonl"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "quotes",
                "extract",
                "-q",
                "--model",
                str(model_dir),
                "--cache",
                str(out / "cache"),
                str(docs),
                "-o",
                str(pred),
            ],
            check=True,
        )
        result = subprocess.run(
            [sys.executable, str(shared / "tools" / "quote_score.py"), "score", str(docs), str(gold), str(pred), "--json"],
            check=True,
            capture_output=True,
            text=True,
        )
        scores[name] = json.loads(result.stdout)
    return scores


def learning_curves(models: Path, *, parser_eval_interval: int = 100) -> dict[str, list[dict[str, float]]]:
    """Dev scores per evaluation so far: the tagger's ``curve.jsonl`` and the parser checkpoint's history.

    Tagger: Stanza's AllTags score (UPOS, XPOS and UFeats all right; XPOS is
    blank here). Parser: LAS on gold tags. Both on the mixed dev set.
    """
    import json

    import torch

    curves: dict[str, list[dict[str, float]]] = {"tagger": [], "parser": []}
    tagger_curve = models / "curve.jsonl"
    if tagger_curve.exists():
        for line in tagger_curve.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            curves["tagger"].append({"step": record["step"], "dev_score": record["dev_score"]})
    checkpoint = models / "parser_checkpoint.pt"
    if checkpoint.exists():
        state = torch.load(checkpoint, map_location="cpu", weights_only=False)
        for k, score in enumerate(state.get("dev_score_history", []), start=1):
            curves["parser"].append({"step": k * parser_eval_interval, "dev_score": round(100 * score, 2)})
    return curves
