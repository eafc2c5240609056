"""``all --corpus mix``: the news model end to end, one recorded stage at a time (:func:`run_news_all`).

Each stage calls the training commands through :mod:`quotes.training.commands`, so that tests can stand in for
them there."""

from __future__ import annotations

import argparse
import datetime
import logging
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quotes.training import commands
from quotes.training.workspace import results_of, save_results, work_paths

logger = logging.getLogger("quotes.training")

NEWS_STAGES = ("news-prep", "vectors", "tokenizer", "tagger", "parser", "lemmatizer", "news-eval", "ship")
#: ``all --parser-on-predicted-tags``: the parser continued on the training data retagged by this build's own
#: tagger and lemmatizer (MODEL.md, sessions 8 and 10), after the lemmatizer and before news-eval
PREDICTED_TAGS_STAGE = "parser-predtags"
#: the stages that continue from a checkpoint under ``--resume``
RESUMABLE = frozenset({"tagger", "parser", PREDICTED_TAGS_STAGE})
NEWS_MODEL_FILES = ("tokenizer.pt", "tagger.pt", "lemmatizer.pt", "parser.pt")
#: the steps the continuation on predicted tags runs for when ``--parser-on-predicted-tags`` gives none: the shipped
#: parser's run (session 45: the bundled parser continued to step 3,000 on one CPU thread, best mixed dev at 2,900)
PREDICTED_TAGS_STEPS = 3000


def news_stages(args: argparse.Namespace) -> tuple[str, ...]:
    """The stages ``all --corpus mix`` runs, in order: :data:`NEWS_STAGES`, and the continuation on predicted tags
    after the lemmatizer when ``--parser-on-predicted-tags`` asks for it."""
    if not getattr(args, "parser_on_predicted_tags", None):
        return NEWS_STAGES
    at = NEWS_STAGES.index("lemmatizer") + 1
    return (*NEWS_STAGES[:at], PREDICTED_TAGS_STAGE, *NEWS_STAGES[at:])


def _prefix(args: argparse.Namespace) -> str:
    return "mix" if args.corpus == "mix" else "pud"


def _news_models(args: argparse.Namespace) -> Path:
    return args.work / f"models_{_prefix(args)}"


def _news_final(args: argparse.Namespace) -> Path:
    """The loadable model directory that news-eval scores and ship copies."""
    return args.work / f"models_{_prefix(args)}_final"


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


def _finished_key(args: argparse.Namespace) -> str:
    return f"all_{_prefix(args)}_finished"


def stage_news_prep(args: argparse.Namespace, *, resume: bool) -> None:
    commands.cmd_news_prep(args)


def stage_vectors(args: argparse.Namespace, *, resume: bool) -> None:
    """The clitic lexicon and the word vectors: copied from ``--lexicon`` / ``--pretrain``, else built from SaudiNewsNet."""
    from quotes.training import vectors

    paths = work_paths(args)
    paths["pretrain"].parent.mkdir(parents=True, exist_ok=True)
    if args.lexicon is not None:
        shutil.copyfile(args.lexicon, paths["lexicon"])
    else:
        vectors.build_lexicon(args.news, paths["lexicon"])
    if args.pretrain is not None:
        shutil.copyfile(args.pretrain, paths["pretrain"])
    else:
        commands.cmd_vectors(args)
    save_results(args, {"vectors_source": {"lexicon": str(args.lexicon or args.news), "pretrain": str(args.pretrain or args.news)}})


def stage_tokenizer(args: argparse.Namespace, *, resume: bool) -> None:
    """The tokenizer as for the PUD model: PUD train+dev (PADT has no raw text), a few minutes."""
    from quotes.training import stanza_runs

    models = _news_models(args)
    models.mkdir(parents=True, exist_ok=True)
    stanza_runs.train_tokenizer(stanza_runs.Run(data=args.work / "data", models=models, train="traindev", pretrain=None))


def _news_train(args: argparse.Namespace, stage: str, resume: bool) -> None:
    options = {"stage": stage, "models": _news_models(args), "pretrain": work_paths(args)["pretrain"], "resume": resume}
    commands.cmd_news_train(argparse.Namespace(**{**vars(args), **options}))


def stage_tagger(args: argparse.Namespace, *, resume: bool) -> None:
    _news_train(args, "tagger", resume)


def stage_parser(args: argparse.Namespace, *, resume: bool) -> None:
    _news_train(args, "parser", resume)


def stage_lemmatizer(args: argparse.Namespace, *, resume: bool) -> None:
    """The lemmatizer on the same training data as the tagger (PADT's and PUD's lemmas, vowel marks kept):
    ``news-train --stage lemmatizer``."""
    _news_train(args, "lemmatizer", resume)


def _predicted_tags_models(args: argparse.Namespace) -> Path:
    from quotes.training.retag import SUFFIX

    return args.work / f"models_{_prefix(args)}{SUFFIX}"


def _news_model_files(args: argparse.Namespace) -> dict[str, Path]:
    """The model files news-eval assembles: this build's, with the parser continued on predicted tags when the
    build has that stage."""
    models = _news_models(args)
    files = {name: models / name for name in NEWS_MODEL_FILES}
    if PREDICTED_TAGS_STAGE in news_stages(args):
        files["parser.pt"] = _predicted_tags_models(args) / "parser.pt"
    return files


def stage_parser_predicted_tags(args: argparse.Namespace, *, resume: bool) -> None:
    """The parser continued on predicted tags, as session 10's shipped candidate was made:

    ``news-prep --predicted-tags --tag-model START`` then ``news-train --stage parser --predicted-tags
    --from-shipped START --max-steps N``, where START (WORK/models_mix_start) is this build's own tokenizer,
    tagger, lemmatizer and parser assembled into a model folder: the training data is retagged by the tagger and
    lemmatizer the model ships with, and the parser trained on gold tags is continued on it (dev on predicted tags
    chooses the step). Writes WORK/models_mix_predtags; ``--resume`` continues its checkpoint.
    """
    start = commands.assemble_model(
        args.work / f"models_{_prefix(args)}_start",
        work_paths(args),
        {name: _news_models(args) / name for name in NEWS_MODEL_FILES},
        vectors=True,
    )
    commands.cmd_news_prep(argparse.Namespace(**{**vars(args), "predicted_tags": True, "tag_model": start}))
    options = {
        "stage": "parser",
        "predicted_tags": True,
        "from_shipped": start,
        "models": _predicted_tags_models(args),
        "pretrain": None,  # the starting folder's vectors, which are this build's
        "max_steps": args.parser_on_predicted_tags,
        "resume": resume,
    }
    commands.cmd_news_train(argparse.Namespace(**{**vars(args), **options}))


def stage_news_eval(args: argparse.Namespace, *, resume: bool) -> None:
    """Assemble the model, record the learning curves, and score it and the model it replaces.

    The model in ``--target`` ("before") and the new one ("mix" or "pud")
    are scored the same way: PADT test on gold words, PUD test from raw
    text, every quote set (the check set by its scores only), and parse
    speed with one thread on the SaudiNewsNet sample. Once the build has
    shipped, ``--target`` holds the new model and the recorded "before"
    scores are kept.
    """
    final = _news_final(args)
    models = _news_models(args)
    commands.assemble_model(final, work_paths(args), _news_model_files(args), vectors=True)
    commands.cmd_news_curve(argparse.Namespace(**{**vars(args), "models": models}))
    evaluate = {"trained": None, "parts": ["padt", "pud", "quotes"], "sets": ["snn_dev", "seed", "pud_dev", "check"]}
    compared = [(_prefix(args), final)]
    # until this build ships, --target still holds the model it replaces: score that one too (again, when redone)
    shipped = results_of(args).get("news_shipped", {}).get("target") == str(args.target)
    if not shipped and (args.target / "parser.pt").exists():
        compared.insert(0, ("before", args.target))
    for name, directory in compared:
        commands.cmd_news_eval(argparse.Namespace(**{**vars(args), **evaluate, "name": name, "model_dir": directory}))
    from quotes.training.evaluate import measure_speed, news_sample

    paragraphs = news_sample(args.news)
    speeds = results_of(args).get("news_speed", {})
    for name, directory in compared:  # one after the other, on the same machine load
        speeds[name] = measure_speed(directory, paragraphs, threads=1)
    save_results(args, {"news_speed": speeds})


def stage_ship(args: argparse.Namespace, *, resume: bool) -> None:
    from quotes.training.ship import ship_news

    paths = work_paths(args)
    notes = ship_news(_news_final(args), paths["pretrain"], paths["lexicon"], args.target, results_of(args), corpus=args.corpus)
    save_results(args, {"news_shipped": {"target": str(args.target), "at": _now()}})
    for note in notes:
        print(note)
    print(f"shipped to {args.target}")


#: stage name → function; looked up when the stage runs (tests replace entries with recorders)
NEWS_STAGE_FUNCTIONS: dict[str, Callable[..., None]] = {
    "news-prep": stage_news_prep,
    "vectors": stage_vectors,
    "tokenizer": stage_tokenizer,
    "tagger": stage_tagger,
    "parser": stage_parser,
    "lemmatizer": stage_lemmatizer,
    PREDICTED_TAGS_STAGE: stage_parser_predicted_tags,
    "news-eval": stage_news_eval,
    "ship": stage_ship,
}


def run_news_all(args: argparse.Namespace) -> list[str]:
    """Run the news stages in order, skipping those ``results.json`` records as finished; return the stages run.

    A stage is recorded as finished (with its duration) only when it
    returns, so a stopped run is continued by running ``all`` again: the
    finished stages are skipped, and with ``--resume`` an interrupted tagger
    or parser continues from its checkpoint (without it, it starts over).
    ``--from STAGE`` forgets STAGE and every later stage first; a stage
    redone that way starts over even under ``--resume`` (its checkpoint is
    the finished run's).
    """
    key = _finished_key(args)
    finished: dict[str, Any] = dict(results_of(args).get(key, {}))
    if not finished and getattr(args, "command_line", None):
        save_results(args, {"news_command": args.command_line})  # the card shows the command that started the build
    stages = news_stages(args)
    redo: set[str] = set()
    if args.from_stage is not None:
        if args.from_stage not in stages:
            raise SystemExit(f"--from {args.from_stage}: not a stage of this build ({', '.join(stages)})")
        redo = {name for name in stages[stages.index(args.from_stage) :] if name in finished}
        finished = {name: record for name, record in finished.items() if name not in redo}
        save_results(args, {key: finished})
    ran = []
    for name in stages:
        if name in finished:
            logger.info("stage %s: finished on %s, skipped", name, finished[name].get("finished", "?"))
            continue
        resume = bool(args.resume) and name in RESUMABLE and name not in redo
        logger.info("stage %s%s", name, " (resuming)" if resume else "")
        started = time.time()
        NEWS_STAGE_FUNCTIONS[name](args, resume=resume)
        finished[name] = {
            "seconds": round(time.time() - started),
            "finished": _now(),
        }
        save_results(args, {key: finished})
        ran.append(name)
    return ran
