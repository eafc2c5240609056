"""``all --corpus pud``: the PUD-only model (CC BY-SA 4.0, for commercial terms), every step in order."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from quotes.training import commands
from quotes.training.workspace import results_of, save_results, work_paths


def all_pud(args: argparse.Namespace) -> None:
    """Every step of the PUD-only model, in order; ``results.json`` collects the figures for the card.

    Tagger, lemmatizer and parser are trained on train (dev chooses their
    checkpoints and the with/without-vectors setting); the tokenizer, which
    takes minutes, is retrained on train+dev for the shipped model. The
    test split is only ever scored.
    """
    started = time.time()
    commands.cmd_prep(args)
    commands.cmd_vectors(args)
    paths = work_paths(args)
    train_dir = args.work / "models_A"
    traindev_dir = args.work / "models_C"

    def run(**changes: Any) -> None:
        options = {"models": train_dir, "split": "train", "no_vectors": False, "short": False, "stage": "all"}
        commands.cmd_train(argparse.Namespace(**{**vars(args), **options, **changes}))

    def evaluate(key: str, directory: Path, split: str, correct: bool = True) -> None:
        options = {"models": directory, "split": split, "no_correction": not correct, "record": key}
        commands.cmd_evaluate(argparse.Namespace(**{**vars(args), **options}))

    run()
    run(stage="tokenizer", models=traindev_dir, split="traindev")
    # the comparison: tagger and parser without word vectors, shortened
    run(stage="tagger", no_vectors=True, short=True)
    run(stage="parser", no_vectors=True, short=True)
    models = {name: train_dir / name for name in ("tokenizer.pt", "tagger.pt", "lemmatizer.pt", "parser.pt")}
    with_vectors = commands.assemble_model(args.work / "eval_vectors", paths, models, vectors=True)
    without = commands.assemble_model(
        args.work / "eval_novectors",
        paths,
        {**models, "tagger.pt": train_dir / "tagger_novec.pt", "parser.pt": train_dir / "parser_novec.pt"},
        vectors=False,
    )
    for key, directory in (("vectors", with_vectors), ("novectors", without)):
        evaluate(f"{key}_dev", directory, "dev")
        evaluate(f"{key}_test", directory, "test")
    evaluations = results_of(args)["evaluations"]
    use_vectors = evaluations["vectors_dev"]["metrics"]["LAS"] >= evaluations["novectors_dev"]["metrics"]["LAS"]
    chosen = with_vectors if use_vectors else without
    final = commands.assemble_model(
        args.work / "models_final",
        paths,
        {name: chosen / name for name in models} | {"tokenizer.pt": traindev_dir / "tokenizer.pt"},
        vectors=use_vectors,
    )
    evaluate("final_test", final, "test")
    evaluate("final_test_bare", final, "test", correct=False)
    save_results(args, {"timing_note": f"`all` ran for {(time.time() - started) / 60:.0f} minutes.", "use_vectors": use_vectors})
    commands.cmd_speed(
        argparse.Namespace(**{**vars(args), "models": final, "thread_grid": [1, 2], "batch_grid": [1000, 3000, 5000], "note": ""})
    )
    commands.cmd_clitics(argparse.Namespace(**{**vars(args), "models": final}))
    shipping = {"models": final, "no_vectors": not use_vectors, "target": args.target, "notes": args.notes}
    commands.cmd_ship(argparse.Namespace(**{**vars(args), **shipping}))
