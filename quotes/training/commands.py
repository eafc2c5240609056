"""The training commands, one function each (``prep``, ``vectors``, ``train``, ``evaluate``, ``news-prep``,
``news-train``, ``news-eval``, ``news-curve``, ``speed``, ``clitics``, ``ship``): what ``python -m quotes.training
COMMAND`` runs, and the steps the builds in :mod:`~quotes.training.news_build` and :mod:`~quotes.training.pud_build`
are made of."""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import time
from pathlib import Path
from typing import Any

from quotes.training.workspace import STAGE_ORDER, results_of, save_results, work_paths

logger = logging.getLogger("quotes.training")


def cmd_prep(args: argparse.Namespace) -> None:
    from quotes.training import data, vectors

    paths = work_paths(args)
    sizes = data.prepare(args.pud, paths["data"])
    vectors.build_lexicon(args.news, paths["lexicon"])
    save_results(args, {"split_sizes": sizes})
    print(json.dumps(sizes))


def cmd_news_prep(args: argparse.Namespace) -> None:
    """PADT converted and split by document, mixed with PUD (``quotes.training.treebanks``)."""
    from quotes.training import treebanks

    sizes = treebanks.prepare_news(args.pud, args.padt, args.work / "data", name_variants=getattr(args, "name_variants", True))
    save_results(args, {"news_split_sizes": sizes})
    print(json.dumps(sizes))
    if getattr(args, "predicted_tags", False):
        from quotes.training import retag

        agreement = retag.prepare(args.tag_model, args.work / "data")
        save_results(args, {"predicted_tags": {"model": str(args.tag_model), "agreement_with_gold": agreement}})
        print(json.dumps(agreement))


def cmd_news_train(args: argparse.Namespace) -> None:
    """Tagger, parser or lemmatizer on the mixed (or PUD-only) data; the tagger and parser are checkpointed
    (``--resume`` continues a run), the lemmatizer (minutes) starts over."""
    from quotes.training import stanza_runs

    prefix = "mix" if args.corpus == "mix" else "pud"
    start = getattr(args, "from_shipped", None)
    if getattr(args, "predicted_tags", False) or start is not None:
        return _news_train_predicted(args, stanza_runs)
    models: Path = args.models or args.work / f"models_{prefix}"
    if args.stage == "lemmatizer":  # no word vectors, no checkpoint: minutes
        models.mkdir(parents=True, exist_ok=True)
        started = time.time()
        run = stanza_runs.Run(data=args.work / "data", models=models, train=f"{prefix}_train", dev=f"{prefix}_dev", pretrain=None)
        stanza_runs.train_lemmatizer(run)
        logger.info("news lemmatizer (%s) ran %.0f s", args.corpus, time.time() - started)
        return None
    pretrain = args.pretrain if args.pretrain is not None else work_paths(args)["pretrain"]
    if not pretrain.exists():
        raise FileNotFoundError(f"word vectors {pretrain} not found: run `vectors` or pass --pretrain")
    run = stanza_runs.Run(data=args.work / "data", models=models, train=f"{prefix}_train", dev=f"{prefix}_dev", pretrain=pretrain)
    models.mkdir(parents=True, exist_ok=True)
    started = time.time()
    if args.stage == "tagger":
        stanza_runs.train_news_tagger(run, resume=args.resume, curve=models / "curve.jsonl")
    else:
        stanza_runs.train_news_parser(run, resume=args.resume)
    logger.info("news %s (%s) ran %.0f s", args.stage, args.corpus, time.time() - started)


def _news_train_predicted(args: argparse.Namespace, stanza_runs: Any) -> None:
    """``news-train --stage parser --predicted-tags --from-shipped [DIR]``: the parser continued from DIR's
    ``parser.pt`` on the mixed data retagged by ``news-prep --predicted-tags``; dev (mixed, predicted tags)
    chooses the step. Writes WORK/models_mix_predtags (``start_dev.json``: the starting parser's dev LAS)."""
    from quotes.training import retag

    if args.stage != "parser" or args.corpus != "mix" or not args.predicted_tags or args.from_shipped is None:
        raise SystemExit("--predicted-tags and --from-shipped go together, with --stage parser and --corpus mix")
    start_dir: Path = args.from_shipped
    models: Path = args.models or args.work / f"models_mix{retag.SUFFIX}"
    pretrain = args.pretrain if args.pretrain is not None else start_dir / "pretrain.pt"
    data_dir = args.work / "data"
    run = stanza_runs.Run(data=data_dir, models=models, train=f"mix_train{retag.SUFFIX}", dev=f"mix_dev{retag.SUFFIX}", pretrain=pretrain)
    for name in (f"{run.train}.conllu", f"{run.dev}.gold.conllu"):
        if not (data_dir / name).exists():
            raise FileNotFoundError(f"{data_dir / name} not found: run `news-prep --predicted-tags` first")
    models.mkdir(parents=True, exist_ok=True)
    start_score = models / "start_dev.json"
    if not start_score.exists():
        las = stanza_runs.parser_dev_las(start_dir / "parser.pt", pretrain, data_dir / f"{run.dev}.gold.conllu")
        start_score.write_text(json.dumps({"start": str(start_dir / "parser.pt"), "dev_las": round(100 * las, 2)}) + "\n", encoding="utf-8")
        logger.info("the starting parser's dev LAS on predicted tags: %.2f", 100 * las)
    started = time.time()
    stanza_runs.train_news_parser_from(run, start_dir / "parser.pt", resume=args.resume, steps=args.max_steps)
    logger.info("news parser on predicted tags ran %.0f s", time.time() - started)


def cmd_news_eval(args: argparse.Namespace) -> None:
    """Score a model on PADT test (gold words), PUD test (raw text) and the quote sets; store it in results.json."""
    from quotes.training import news_eval
    from quotes.training.evaluate import relation_f1, udeval_scores

    data_dir = args.work / "data"
    model = args.model_dir
    if args.trained is not None:
        model = news_eval.assemble(args.model_dir, args.trained, args.work / f"candidate_{args.name}")
    out = args.work / f"eval_{args.name}"
    report: dict[str, Any] = {"model": str(model)}
    if "padt" in args.parts:
        report["padt_test"] = news_eval.evaluate_gold_words(model, data_dir / "padt_test.gold.conllu", out / "padt_test.pred.conllu")
    if "pud" in args.parts:
        from quotes.training.evaluate import evaluate_model

        report["pud_test_raw"] = evaluate_model(model, data_dir, out, split="test", threads=args.threads)
        system = out / "test.corrected.pred.conllu"
        converted = data_dir / "pud_test.gold.conllu"  # the same sentences in the shared conventions
        report["pud_test_raw_shared_conventions"] = {
            "metrics": udeval_scores(converted, system),
            "relations": relation_f1(converted, system, news_eval.NEWS_RELATIONS),
        }
    if "quotes" in args.parts:
        report["downstream"] = news_eval.downstream(model, args.shared, out / "quotes", sets=tuple(args.sets))
    evaluations = results_of(args).get("news_eval", {})
    evaluations[args.name] = {**evaluations.get(args.name, {}), **report}
    save_results(args, {"news_eval": evaluations})
    print(json.dumps(report, ensure_ascii=False, indent=1))


def cmd_news_curve(args: argparse.Namespace) -> None:
    """Dev scores per evaluation of a (running) news run, from its checkpoints."""
    from quotes.training import news_eval

    prefix = "mix" if args.corpus == "mix" else "pud"
    curves = news_eval.learning_curves(args.models or args.work / f"models_{prefix}")
    save_results(args, {f"news_curves_{prefix}": curves})
    print(json.dumps(curves))


def cmd_vectors(args: argparse.Namespace) -> None:
    from quotes.training import vectors
    from quotes.training.clitics import Lexicon

    paths = work_paths(args)
    paths["pretrain"].parent.mkdir(parents=True, exist_ok=True)
    vectors.train_vectors(args.news, Lexicon.load(paths["lexicon"]), paths["pretrain"], workers=args.threads)


def cmd_train(args: argparse.Namespace) -> None:
    from quotes.training import stanza_runs

    paths = work_paths(args)
    run = stanza_runs.Run(
        data=paths["data"], models=args.models, train=args.split, pretrain=None if args.no_vectors else paths["pretrain"], short=args.short
    )
    stages = STAGE_ORDER if args.stage == "all" else (args.stage,)
    for stage in stages:
        started = time.time()
        stanza_runs.STAGES[stage](run)
        logger.info("trained %s on %s in %.0f s", stage, args.split, time.time() - started)


def cmd_evaluate(args: argparse.Namespace) -> None:
    from quotes.training.evaluate import evaluate_model

    result = evaluate_model(
        args.models, work_paths(args)["data"], args.models / "eval", split=args.split, correct=not args.no_correction, threads=args.threads
    )
    print(json.dumps(result, ensure_ascii=False))
    if args.record:
        evaluations = results_of(args).get("evaluations", {})
        evaluations[args.record] = {**result, "models": str(args.models), "split": args.split, "corrected": not args.no_correction}
        save_results(args, {"evaluations": evaluations})


def cmd_speed(args: argparse.Namespace) -> None:
    from quotes.training.evaluate import measure_speed, news_sample

    paragraphs = news_sample(args.news)
    grid = []
    for threads in args.thread_grid:
        for batch_size in args.batch_grid:
            grid.append(measure_speed(args.models, paragraphs, threads=threads, batch_size=batch_size))
            print(json.dumps(grid[-1]), flush=True)
    best = max(grid, key=lambda s: s["words_per_s"])
    save_results(args, {"speed_grid": grid, "speed": {**best, "note": args.note or ""}})


def cmd_clitics(args: argparse.Namespace) -> None:
    from quotes.training.clitic_check import measure
    from quotes.training.clitics import KEEP_FILE, Lexicon

    lexicon = Lexicon.load(work_paths(args)["lexicon"], keep=KEEP_FILE)
    report = measure(args.models, lexicon, args.news, args.work / "clitics", threads=args.threads)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    save_results(args, {"clitics": report})


def cmd_clitic_names(args: argparse.Namespace) -> None:
    from quotes.training.clitics import Lexicon, write_clitic_names
    from quotes.training.ner import ARABNAMER_NAMES, NAME_UNITS

    lexicon = Lexicon.load(args.lexicon)
    count = write_clitic_names(args.names / ARABNAMER_NAMES, lexicon, args.out, name_units=args.names / NAME_UNITS)
    print(f"{args.out}: {count} name words")


def cmd_final_ha_names(args: argparse.Namespace) -> None:
    from quotes.training.clitics import Lexicon, write_final_ha_names
    from quotes.training.ner import ARABNAMER_NAMES, NAME_UNITS

    lexicon = Lexicon.load(args.lexicon)
    count = write_final_ha_names(args.names / ARABNAMER_NAMES, args.names / NAME_UNITS, lexicon, args.out)
    print(f"{args.out}: {count} name words")


def cmd_ship(args: argparse.Namespace) -> None:
    from quotes.training.ship import ship

    paths = work_paths(args)
    results = results_of(args)
    if getattr(args, "notes", None):
        results.update(json.loads(args.notes.read_text(encoding="utf-8")))
    notes = ship(args.models, None if args.no_vectors else paths["pretrain"], paths["lexicon"], args.target, results)
    for note in notes:
        print(note)
    print(f"shipped to {args.target}")


def assemble_model(target: Path, paths: dict[str, Path], files: dict[str, Path], *, vectors: bool) -> Path:
    """A loadable model directory: the four models, resources.json, vectors and the clitic lexicon."""

    from quotes.training.clitics import KEEP_FILE

    target.mkdir(parents=True, exist_ok=True)
    for name, source in files.items():
        shutil.copyfile(source, target / name)
    if vectors:
        shutil.copyfile(paths["pretrain"], target / "pretrain.pt")
    shutil.copyfile(paths["lexicon"], target / "clitic_lexicon.tsv.gz")
    shutil.copyfile(KEEP_FILE, target / KEEP_FILE.name)
    (target / "resources.json").write_text("{}\n", encoding="utf-8")
    return target
