"""Command line: ``python -m quotes.training COMMAND`` (``all``, ``news-*``, ``prep``, ``train``, ``ship``, ``ner``, ...).

``all --corpus mix`` (the default) builds the news model (UD Arabic-PADT +
UD Arabic-PUD, CC BY-NC-SA 3.0) end to end, one stage after the other:
``news-prep`` (PADT converted and split by document, mixed with PUD), the
SaudiNewsNet clitic lexicon and word vectors (or reused: ``--lexicon``,
``--pretrain``), the tokenizer on PUD train+dev, the checkpointed tagger and
parser on the mix (``news-train``), the lemmatizer on the mix, ``news-eval``
(PADT test on gold words, PUD test from raw text, the quote sets; the model
it replaces too) and ``ship`` (files, MODEL.md, scores.json and the
licence into ``quotes/models/ar_compact``). Each finished stage is recorded
in ``WORK/results.json`` and skipped when ``all`` runs again; ``--resume``
continues an interrupted tagger or parser from its checkpoint, ``--from
STAGE`` redoes a stage and every later one. ``--parser-on-predicted-tags
[STEPS]`` adds the stage ``parser-predtags`` after the lemmatizer: the
training data retagged by this build's tagger and lemmatizer (``news-prep
--predicted-tags``) and the parser continued on it for STEPS (default 1,800;
``news-train --stage parser --predicted-tags --from-shipped``), the parser
that news-eval scores and ship ships. Intermediate files go under
``--work`` (default ``work/news``, git-ignored).

``all --corpus pud`` builds the PUD-only model as before (about 1.5-2 hours
on 2 cores): the document split and Stanza data files, the SaudiNewsNet
clitic lexicon and word vectors, the four Stanza models on train (dev
chooses checkpoints), the tokenizer again on train+dev, shortened tagger and
parser runs without word vectors for the comparison, the raw-text
evaluations (CoNLL 2018 scorer) on dev and test, the speed and clitic
measurements, and the files, MODEL.md and scores.json in
``quotes/models/ar_compact`` (default ``--work``: ``work/train``). It runs
from the start every time.
"""

from __future__ import annotations

import argparse
import datetime
import json
import logging
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEFAULT_PUD = Path("../shared/data/ud-arabic-pud/ar_pud-ud-test.conllu")
DEFAULT_NEWS = Path("../shared/data/saudinewsnet/saudinewsnet.jsonl.gz")
DEFAULT_WORK = Path("work/train")
DEFAULT_PADT = Path("../shared/data/ud-arabic-padt-v1")
DEFAULT_NEWS_WORK = Path("work/news")
TARGET = Path(__file__).resolve().parent.parent / "models" / "ar_compact"
STAGE_ORDER = ("tokenizer", "tagger", "lemmatizer", "parser")

logger = logging.getLogger("quotes.training")
#: What the shipped entity tagger is derived from: ANERcorp and the parser's SaudiNewsNet word vectors.
FANE_LICENCE = "; with WikiFANE sentences (Alotaibi & Lee 2014): CC BY-SA 3.0"
NAMES_LICENCE = (
    "; with copies of its sentences in which other person names were put (mention replacement), names from "
    "Wikidata (CC0 1.0) and DziriNames (MIT) via arabic-name-romanizer 0.2.0, and arabnamer (E. Yousef 2026, CC BY 4.0)"
)
NER_LICENCE = (
    "trained on ANERcorp (Benajiba & Rosso; CAMeL Lab release): CC BY-SA 4.0; reads the word vectors of "
    "ar_compact (pretrain.pt), derived from SaudiNewsNet: CC BY-NC-SA 4.0, non-commercial research only (see NER.md)"
)
NER_VECTORS = "ner_vectors.pt"  # the name quotes.entity_tagger.OWN_VECTORS_FILE reads
NER_VECTORS_LICENCE = f"; reads word vectors of its own ({NER_VECTORS}), SaudiNewsNet: CC BY-NC-SA 4.0, non-commercial research only"
CHARLM_LICENCE = (
    "; reads character language models trained on SaudiNewsNet (charlm_forward.pt, charlm_backward.pt): "
    "CC BY-NC-SA 4.0, non-commercial research only"
)


def _paths(args: argparse.Namespace) -> dict[str, Path]:
    work: Path = args.work
    return {
        "data": work / "data",
        "lexicon": work / "clitic_lexicon.tsv.gz",
        "pretrain": work / "vectors" / "snn.pretrain.pt",
        "results": work / "results.json",
    }


def _results(args: argparse.Namespace) -> dict[str, Any]:
    path = _paths(args)["results"]
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _save_results(args: argparse.Namespace, update: dict[str, Any]) -> dict[str, Any]:
    results = _results(args)
    results.update(update)
    path = _paths(args)["results"]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return results


def cmd_prep(args: argparse.Namespace) -> None:
    from quotes.training import data, vectors

    paths = _paths(args)
    sizes = data.prepare(args.pud, paths["data"])
    vectors.build_lexicon(args.news, paths["lexicon"])
    _save_results(args, {"split_sizes": sizes})
    print(json.dumps(sizes))


def cmd_news_prep(args: argparse.Namespace) -> None:
    """PADT converted and split by document, mixed with PUD (``quotes.training.treebanks``)."""
    from quotes.training import treebanks

    sizes = treebanks.prepare_news(args.pud, args.padt, args.work / "data")
    _save_results(args, {"news_split_sizes": sizes})
    print(json.dumps(sizes))
    if getattr(args, "predicted_tags", False):
        from quotes.training import retag

        agreement = retag.prepare(args.tag_model, args.work / "data")
        _save_results(args, {"predicted_tags": {"model": str(args.tag_model), "agreement_with_gold": agreement}})
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
    pretrain = args.pretrain if args.pretrain is not None else _paths(args)["pretrain"]
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
    evaluations = _results(args).get("news_eval", {})
    evaluations[args.name] = {**evaluations.get(args.name, {}), **report}
    _save_results(args, {"news_eval": evaluations})
    print(json.dumps(report, ensure_ascii=False, indent=1))


def cmd_news_curve(args: argparse.Namespace) -> None:
    """Dev scores per evaluation of a (running) news run, from its checkpoints."""
    from quotes.training import news_eval

    prefix = "mix" if args.corpus == "mix" else "pud"
    curves = news_eval.learning_curves(args.models or args.work / f"models_{prefix}")
    _save_results(args, {f"news_curves_{prefix}": curves})
    print(json.dumps(curves))


def cmd_vectors(args: argparse.Namespace) -> None:
    from quotes.training import vectors
    from quotes.training.clitics import Lexicon

    paths = _paths(args)
    paths["pretrain"].parent.mkdir(parents=True, exist_ok=True)
    vectors.train_vectors(args.news, Lexicon.load(paths["lexicon"]), paths["pretrain"], workers=args.threads)


def cmd_train(args: argparse.Namespace) -> None:
    from quotes.training import stanza_runs

    paths = _paths(args)
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
        args.models, _paths(args)["data"], args.models / "eval", split=args.split, correct=not args.no_correction, threads=args.threads
    )
    print(json.dumps(result, ensure_ascii=False))
    if args.record:
        evaluations = _results(args).get("evaluations", {})
        evaluations[args.record] = {**result, "models": str(args.models), "split": args.split, "corrected": not args.no_correction}
        _save_results(args, {"evaluations": evaluations})


def cmd_speed(args: argparse.Namespace) -> None:
    from quotes.training.evaluate import measure_speed, news_sample

    paragraphs = news_sample(args.news)
    grid = []
    for threads in args.thread_grid:
        for batch_size in args.batch_grid:
            grid.append(measure_speed(args.models, paragraphs, threads=threads, batch_size=batch_size))
            print(json.dumps(grid[-1]), flush=True)
    best = max(grid, key=lambda s: s["words_per_s"])
    _save_results(args, {"speed_grid": grid, "speed": {**best, "note": args.note or ""}})


def cmd_clitics(args: argparse.Namespace) -> None:
    from quotes.training.clitic_check import measure
    from quotes.training.clitics import KEEP_FILE, Lexicon

    lexicon = Lexicon.load(_paths(args)["lexicon"], keep=KEEP_FILE)
    report = measure(args.models, lexicon, args.news, args.work / "clitics", threads=args.threads)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    _save_results(args, {"clitics": report})


def cmd_clitic_names(args: argparse.Namespace) -> None:
    from quotes.training.clitics import Lexicon, write_clitic_names
    from quotes.training.ner import ARABNAMER_NAMES, NAME_UNITS

    lexicon = Lexicon.load(args.lexicon)
    count = write_clitic_names(args.names / ARABNAMER_NAMES, lexicon, args.out, name_units=args.names / NAME_UNITS)
    print(f"{args.out}: {count} name words")


def cmd_ship(args: argparse.Namespace) -> None:
    from quotes.training.ship import ship

    paths = _paths(args)
    results = _results(args)
    if getattr(args, "notes", None):
        results.update(json.loads(args.notes.read_text(encoding="utf-8")))
    notes = ship(args.models, None if args.no_vectors else paths["pretrain"], paths["lexicon"], args.target, results)
    for note in notes:
        print(note)
    print(f"shipped to {args.target}")


def _assemble(target: Path, paths: dict[str, Path], files: dict[str, Path], *, vectors: bool) -> Path:
    """A loadable model directory: the four models, resources.json, vectors and the clitic lexicon."""
    import shutil

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


def cmd_ner(args: argparse.Namespace) -> None:
    """ANERcorp segmented like the parser's words, then Stanza's NER tagger with the shipped word vectors.

    With ``--charlm``, forward and backward character language models are
    trained on SaudiNewsNet first (step ``charlm``, resumable chunk by chunk)
    and the tagger reads words through them. Resumes from ``--models``/ner.pt
    when a run was stopped; ``--step ship`` copies the trained model to
    ``models/ar_ner`` with its scores and the SHA-256 of the vectors (and
    character models) it was trained with.
    """
    from quotes.training import ner
    from quotes.training.clitics import Lexicon

    data = args.work / "ner"
    pretrain = args.work / NER_VECTORS if args.ner_vectors else args.target / "pretrain.pt"
    charlm_dir = args.charlm_dir or args.work / "charlm"
    charlm = _charlm_models(charlm_dir) if args.charlm else None
    if args.step in ("prep", "all"):
        fane = args.fane if args.fane_sentences > 0 else None
        lexicon = Lexicon.load(args.target / "clitic_lexicon.tsv.gz")
        names = args.names if args.replace_names > 0 else None
        sizes = ner.prepare(
            args.anercorp,
            lexicon,
            data,
            fane,
            args.fane_sentences,
            names=names,
            replace_names=args.replace_names,
            replace_orgs=args.replace_orgs,
            vocabulary=ner.vector_words(pretrain) if args.replace_known_names else None,
        )
        _save_results(args, {"ner_split_sizes": sizes})
        print(json.dumps(sizes))
        if args.charlm:
            from quotes.training import charlm as charlm_training

            corpus = charlm_training.write_corpus(args.news, lexicon, charlm_dir / "corpus", max_chars=args.charlm_chars)
            _save_results(args, {"charlm_corpus": corpus})
            print(json.dumps(corpus))
    if args.ner_vectors and args.step in ("vectors", "all"):
        from quotes.training.vectors import train_vectors

        lexicon = Lexicon.load(args.target / "clitic_lexicon.tsv.gz")
        train_vectors(args.news, lexicon, pretrain, workers=args.threads, **_ner_vector_sizes(args))
    if args.charlm and args.step in ("charlm", "all"):
        from quotes.training import charlm as charlm_training

        for direction in charlm_training.DIRECTIONS:
            charlm_training.train(charlm_dir / "corpus", charlm_dir / "models", direction, hidden_dim=args.charlm_hidden)
    if args.step in ("train", "all"):
        ner.train(data, pretrain, args.models, max_steps=args.max_steps, charlm=charlm)
    if args.step in ("evaluate", "all", "ship"):
        from quotes.entity_tag_repair import RepairLexicons

        model = args.models / ner.MODEL_NAME
        repair = RepairLexicons.bundled()
        results = {split: ner.evaluate(model, pretrain, data, split, charlm=charlm, repair=repair) for split in ("dev", "test")}
        scores = {split: result["scores"] for split, result in results.items()}
        repaired = {split: result["repaired"] for split, result in results.items()}
        _save_results(args, {"ner_scores": scores, "ner_repaired_scores": repaired})
        print(json.dumps({"tagger": scores, "repaired": repaired}, ensure_ascii=False))
    if args.step == "ship":
        _ship_ner(args, pretrain, charlm)


def _ner_vector_sizes(args: argparse.Namespace) -> dict[str, int]:
    return {"dim": args.ner_vectors_dim, "min_count": args.ner_vectors_min_count, "max_vocab": args.ner_vectors_words}


def _charlm_models(charlm_dir: Path) -> tuple[Path, Path]:
    from quotes.training.charlm import MODEL_FILES

    return charlm_dir / "models" / MODEL_FILES["forward"], charlm_dir / "models" / MODEL_FILES["backward"]


def _ship_ner(args: argparse.Namespace, pretrain: Path, charlm: tuple[Path, Path] | None) -> None:
    """``ner.pt`` (and the character models it reads) into ``--ner-target``, with ``ner.json``: scores, sizes,
    licence and the SHA-256 of every file the tagger reads."""
    from quotes.entity_tagger import INFO_FILE, file_sha256
    from quotes.training import ner

    target = args.ner_target
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(args.models / ner.MODEL_NAME, target / ner.MODEL_NAME)
    if args.ner_vectors:
        shutil.copyfile(pretrain, target / NER_VECTORS)
    else:
        (target / NER_VECTORS).unlink(missing_ok=True)
    vectors_name = NER_VECTORS if args.ner_vectors else "../ar_compact/pretrain.pt"
    info: dict[str, Any] = {"pretrain": vectors_name, "pretrain_sha256": file_sha256(pretrain)}
    if charlm is not None:
        info["charlm"] = {}
        for direction, source in zip(("forward", "backward"), charlm, strict=True):
            shutil.copyfile(source, target / source.name)
            info["charlm"] |= {direction: source.name, f"{direction}_sha256": file_sha256(source)}
    else:
        for stale in target.glob("charlm_*.pt"):
            stale.unlink()
    licence = NER_LICENCE + (CHARLM_LICENCE if charlm else "") + (NER_VECTORS_LICENCE if args.ner_vectors else "")
    licence += (FANE_LICENCE if args.fane_sentences > 0 else "") + (NAMES_LICENCE if args.replace_names > 0 else "")
    info |= {
        "training": _ner_training_note(args),
        "split_sizes": _results(args).get("ner_split_sizes"),
        "scores": _results(args)["ner_scores"],
        "repaired_scores": _results(args).get("ner_repaired_scores"),
        "licence": licence,
    }
    (target / INFO_FILE).write_text(json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"shipped {ner.MODEL_NAME} to {target}")


def _ner_training_note(args: argparse.Namespace) -> str:
    data = "ANERcorp, CAMeL Lab split; dev = last tenth of train"
    if args.fane_sentences > 0:
        data += f"; train + {args.fane_sentences} WikiFANE sentences (seeded sample, fine types mapped)"
    if args.replace_names > 0:
        kinds = "persons and organisations" if args.replace_orgs else "persons"
        data += f"; train + {args.replace_names:g}x its sentences with a person, {kinds} replaced (seeded)"
    if args.charlm:
        data += f"; words read through forward and backward character language models (SaudiNewsNet, {args.charlm_hidden}-d)"
    command = f"python -m quotes.training ner --fane-sentences {args.fane_sentences}"
    if args.ner_vectors:
        sizes = _ner_vector_sizes(args)
        data += f"; word vectors of its own (SaudiNewsNet word2vec, {sizes['dim']}-d, up to {sizes['max_vocab']:,} words)"
        command += f" --ner-vectors --ner-vectors-dim {sizes['dim']} --ner-vectors-min-count {sizes['min_count']}"
        command += f" --ner-vectors-words {sizes['max_vocab']}"
    if args.charlm:
        command += f" --charlm --charlm-hidden {args.charlm_hidden} --charlm-chars {args.charlm_chars}"
    if args.replace_names > 0:
        command += f" --replace-names {args.replace_names:g}" + (" --replace-orgs" if args.replace_orgs else "")
        command += " --replace-known-names" if args.replace_known_names else ""
    return f"{data}; {command}"


def cmd_all(args: argparse.Namespace) -> None:
    """``--corpus mix``: the news model, stage by stage (:func:`run_news_all`); ``--corpus pud``: the PUD-only model."""
    if args.corpus == "pud":
        all_pud(args)
    else:
        run_news_all(args)


# ---- `all --corpus mix`: the news model end to end, one recorded stage at a time ----

NEWS_STAGES = ("news-prep", "vectors", "tokenizer", "tagger", "parser", "lemmatizer", "news-eval", "ship")
#: ``all --parser-on-predicted-tags``: the parser continued on the training data retagged by this build's own
#: tagger and lemmatizer (MODEL.md, sessions 8 and 10), after the lemmatizer and before news-eval
PREDICTED_TAGS_STAGE = "parser-predtags"
#: the stages that continue from a checkpoint under ``--resume``
RESUMABLE = frozenset({"tagger", "parser", PREDICTED_TAGS_STAGE})
NEWS_MODEL_FILES = ("tokenizer.pt", "tagger.pt", "lemmatizer.pt", "parser.pt")
#: the steps the continuation on predicted tags runs for when ``--parser-on-predicted-tags`` gives none (session 10's
#: best dev step)
PREDICTED_TAGS_STEPS = 1800


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
    cmd_news_prep(args)


def stage_vectors(args: argparse.Namespace, *, resume: bool) -> None:
    """The clitic lexicon and the word vectors: copied from ``--lexicon`` / ``--pretrain``, else built from SaudiNewsNet."""
    from quotes.training import vectors

    paths = _paths(args)
    paths["pretrain"].parent.mkdir(parents=True, exist_ok=True)
    if args.lexicon is not None:
        shutil.copyfile(args.lexicon, paths["lexicon"])
    else:
        vectors.build_lexicon(args.news, paths["lexicon"])
    if args.pretrain is not None:
        shutil.copyfile(args.pretrain, paths["pretrain"])
    else:
        cmd_vectors(args)
    _save_results(args, {"vectors_source": {"lexicon": str(args.lexicon or args.news), "pretrain": str(args.pretrain or args.news)}})


def stage_tokenizer(args: argparse.Namespace, *, resume: bool) -> None:
    """The tokenizer as for the PUD model: PUD train+dev (PADT has no raw text), a few minutes."""
    from quotes.training import stanza_runs

    models = _news_models(args)
    models.mkdir(parents=True, exist_ok=True)
    stanza_runs.train_tokenizer(stanza_runs.Run(data=args.work / "data", models=models, train="traindev", pretrain=None))


def _news_train(args: argparse.Namespace, stage: str, resume: bool) -> None:
    options = {"stage": stage, "models": _news_models(args), "pretrain": _paths(args)["pretrain"], "resume": resume}
    cmd_news_train(argparse.Namespace(**{**vars(args), **options}))


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
    start = _assemble(
        args.work / f"models_{_prefix(args)}_start",
        _paths(args),
        {name: _news_models(args) / name for name in NEWS_MODEL_FILES},
        vectors=True,
    )
    cmd_news_prep(argparse.Namespace(**{**vars(args), "predicted_tags": True, "tag_model": start}))
    options = {
        "stage": "parser",
        "predicted_tags": True,
        "from_shipped": start,
        "models": _predicted_tags_models(args),
        "pretrain": None,  # the starting folder's vectors, which are this build's
        "max_steps": args.parser_on_predicted_tags,
        "resume": resume,
    }
    cmd_news_train(argparse.Namespace(**{**vars(args), **options}))


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
    _assemble(final, _paths(args), _news_model_files(args), vectors=True)
    cmd_news_curve(argparse.Namespace(**{**vars(args), "models": models}))
    evaluate = {"trained": None, "parts": ["padt", "pud", "quotes"], "sets": ["snn_dev", "seed", "pud_dev", "check"]}
    compared = [(_prefix(args), final)]
    # until this build ships, --target still holds the model it replaces: score that one too (again, when redone)
    shipped = _results(args).get("news_shipped", {}).get("target") == str(args.target)
    if not shipped and (args.target / "parser.pt").exists():
        compared.insert(0, ("before", args.target))
    for name, directory in compared:
        cmd_news_eval(argparse.Namespace(**{**vars(args), **evaluate, "name": name, "model_dir": directory}))
    from quotes.training.evaluate import measure_speed, news_sample

    paragraphs = news_sample(args.news)
    speeds = _results(args).get("news_speed", {})
    for name, directory in compared:  # one after the other, on the same machine load
        speeds[name] = measure_speed(directory, paragraphs, threads=1)
    _save_results(args, {"news_speed": speeds})


def stage_ship(args: argparse.Namespace, *, resume: bool) -> None:
    from quotes.training.ship import ship_news

    paths = _paths(args)
    notes = ship_news(_news_final(args), paths["pretrain"], paths["lexicon"], args.target, _results(args), corpus=args.corpus)
    _save_results(args, {"news_shipped": {"target": str(args.target), "at": _now()}})
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
    finished: dict[str, Any] = dict(_results(args).get(key, {}))
    if not finished and getattr(args, "command_line", None):
        _save_results(args, {"news_command": args.command_line})  # the card shows the command that started the build
    stages = news_stages(args)
    redo: set[str] = set()
    if args.from_stage is not None:
        if args.from_stage not in stages:
            raise SystemExit(f"--from {args.from_stage}: not a stage of this build ({', '.join(stages)})")
        redo = {name for name in stages[stages.index(args.from_stage) :] if name in finished}
        finished = {name: record for name, record in finished.items() if name not in redo}
        _save_results(args, {key: finished})
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
        _save_results(args, {key: finished})
        ran.append(name)
    return ran


def all_pud(args: argparse.Namespace) -> None:
    """Every step of the PUD-only model, in order; ``results.json`` collects the figures for the card.

    Tagger, lemmatizer and parser are trained on train (dev chooses their
    checkpoints and the with/without-vectors setting); the tokenizer, which
    takes minutes, is retrained on train+dev for the shipped model. The
    test split is only ever scored.
    """
    started = time.time()
    cmd_prep(args)
    cmd_vectors(args)
    paths = _paths(args)
    train_dir = args.work / "models_A"
    traindev_dir = args.work / "models_C"

    def run(**changes: Any) -> None:
        options = {"models": train_dir, "split": "train", "no_vectors": False, "short": False, "stage": "all"}
        cmd_train(argparse.Namespace(**{**vars(args), **options, **changes}))

    def evaluate(key: str, directory: Path, split: str, correct: bool = True) -> None:
        options = {"models": directory, "split": split, "no_correction": not correct, "record": key}
        cmd_evaluate(argparse.Namespace(**{**vars(args), **options}))

    run()
    run(stage="tokenizer", models=traindev_dir, split="traindev")
    # the comparison: tagger and parser without word vectors, shortened
    run(stage="tagger", no_vectors=True, short=True)
    run(stage="parser", no_vectors=True, short=True)
    models = {name: train_dir / name for name in ("tokenizer.pt", "tagger.pt", "lemmatizer.pt", "parser.pt")}
    with_vectors = _assemble(args.work / "eval_vectors", paths, models, vectors=True)
    without = _assemble(
        args.work / "eval_novectors",
        paths,
        {**models, "tagger.pt": train_dir / "tagger_novec.pt", "parser.pt": train_dir / "parser_novec.pt"},
        vectors=False,
    )
    for key, directory in (("vectors", with_vectors), ("novectors", without)):
        evaluate(f"{key}_dev", directory, "dev")
        evaluate(f"{key}_test", directory, "test")
    evaluations = _results(args)["evaluations"]
    use_vectors = evaluations["vectors_dev"]["metrics"]["LAS"] >= evaluations["novectors_dev"]["metrics"]["LAS"]
    chosen = with_vectors if use_vectors else without
    final = _assemble(
        args.work / "models_final",
        paths,
        {name: chosen / name for name in models} | {"tokenizer.pt": traindev_dir / "tokenizer.pt"},
        vectors=use_vectors,
    )
    evaluate("final_test", final, "test")
    evaluate("final_test_bare", final, "test", correct=False)
    _save_results(args, {"timing_note": f"`all` ran for {(time.time() - started) / 60:.0f} minutes.", "use_vectors": use_vectors})
    cmd_speed(argparse.Namespace(**{**vars(args), "models": final, "thread_grid": [1, 2], "batch_grid": [1000, 3000, 5000], "note": ""}))
    cmd_clitics(argparse.Namespace(**{**vars(args), "models": final}))
    shipping = {"models": final, "no_vectors": not use_vectors, "target": args.target, "notes": args.notes}
    cmd_ship(argparse.Namespace(**{**vars(args), **shipping}))


def _data_options(parser: argparse.ArgumentParser, *, defaults: bool = True) -> None:
    """The data and work options; a subcommand accepts them too (``all --corpus mix --padt DIR``), without defaults
    of its own so that the ones given before the subcommand stand."""

    def default(value: Any) -> Any:
        return value if defaults else argparse.SUPPRESS

    parser.add_argument("--pud", type=Path, default=default(DEFAULT_PUD), help="UD Arabic-PUD CoNLL-U file")
    parser.add_argument("--news", type=Path, default=default(DEFAULT_NEWS), help="SaudiNewsNet jsonl.gz")
    parser.add_argument(
        "--work",
        type=Path,
        default=default(None),
        help="working directory, git-ignored (default work/news for the news commands and `all --corpus mix`, else work/train)",
    )
    parser.add_argument("--threads", type=int, default=default(2), help="torch threads (default 2)")
    parser.add_argument("--padt", type=Path, default=default(DEFAULT_PADT), help="directory with UD Arabic-PADT v1 ar-ud-*.conllu.gz")
    parser.add_argument(
        "--corpus",
        choices=("mix", "pud"),
        default=default("mix"),
        help="PADT+PUD, the news model (CC BY-NC-SA 3.0), or PUD only (CC BY-SA 3.0; `all --corpus pud`: that model's own pipeline)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m quotes.training", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    _data_options(parser)
    sub = parser.add_subparsers(dest="command", required=True)

    news_prep = sub.add_parser("news-prep", help="convert PADT to the shared conventions, split it by document, mix it with PUD")
    news_prep.add_argument(
        "--predicted-tags",
        action="store_true",
        help="also write mix_train_predtags.conllu and mix_dev_predtags.gold.conllu: lemmas, UPOS, XPOS and FEATS from --tag-model",
    )
    news_prep.add_argument(
        "--tag-model", type=Path, default=TARGET, help="model folder whose tagger and lemmatizer retag (default: the bundled model)"
    )
    news_train = sub.add_parser(
        "news-train", help="train the news tagger, parser or lemmatizer (tagger and parser checkpointed; --resume continues)"
    )
    news_train.add_argument("--stage", choices=("tagger", "parser", "lemmatizer"), required=True)
    news_train.add_argument("--models", type=Path, help="output directory (default WORK/models_mix or WORK/models_pud)")
    news_train.add_argument("--pretrain", type=Path, help="Stanza word vectors (default WORK/vectors/snn.pretrain.pt)")
    news_train.add_argument("--resume", action="store_true", help="continue from the run's checkpoint instead of starting over")
    news_train.add_argument(
        "--predicted-tags", action="store_true", help="parser: train and choose on the retagged data of `news-prep --predicted-tags`"
    )
    news_train.add_argument(
        "--from-shipped",
        type=Path,
        nargs="?",
        const=TARGET,
        help="parser: continue from this model folder's parser.pt (default: the bundled model), Adam lr 1e-3, its vectors",
    )
    news_train.add_argument("--max-steps", type=int, default=1200, help="--from-shipped: steps to continue for")

    sub.add_parser("prep", help="split PUD by document, write Stanza data files, build the clitic lexicon")
    sub.add_parser("vectors", help="train SaudiNewsNet word2vec vectors and build Stanza's pretrain.pt")

    train = sub.add_parser("train", help="train one Stanza model (or all four)")
    train.add_argument("--stage", choices=(*STAGE_ORDER, "all"), default="all")
    train.add_argument("--split", choices=("train", "traindev"), default="train")
    train.add_argument("--models", type=Path, required=True, help="output directory for the .pt files")
    train.add_argument("--no-vectors", action="store_true", help="train without word vectors")
    train.add_argument("--short", action="store_true", help="fewer steps (comparison runs)")

    news_curve = sub.add_parser("news-curve", help="dev scores per evaluation of a news run so far")
    news_curve.add_argument("--models", type=Path, help="the run's directory (default WORK/models_mix or WORK/models_pud)")

    news_eval = sub.add_parser("news-eval", help="score a model on PADT test, PUD test and the quote sets")
    news_eval.add_argument("--name", required=True, help="key in results.json (e.g. base, mix)")
    news_eval.add_argument("--model-dir", type=Path, default=TARGET, help="model directory (default: the bundled model)")
    news_eval.add_argument(
        "--trained", type=Path, help="take tagger.pt (if there) and parser.pt from here, the rest from --model-dir"
    )
    news_eval.add_argument("--parts", nargs="+", choices=("padt", "pud", "quotes"), default=["padt", "pud", "quotes"])
    news_eval.add_argument(
        "--sets", nargs="+", choices=("snn_dev", "seed", "pud_dev", "check"), default=["snn_dev", "seed", "pud_dev", "check"]
    )
    news_eval.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared folder (gold quote sets, scorer)")

    evaluate = sub.add_parser("evaluate", help="score a model directory from raw text (CoNLL 2018 scorer)")
    evaluate.add_argument("--models", type=Path, required=True)
    evaluate.add_argument("--split", choices=("dev", "test"), default="test")
    evaluate.add_argument("--no-correction", action="store_true", help="skip the clitic correction")
    evaluate.add_argument("--record", default="", help="store the result under this key in results.json")

    speed = sub.add_parser("speed", help="time the full pipeline on ~300 SaudiNewsNet sentences")
    speed.add_argument("--models", type=Path, required=True)
    speed.add_argument("--thread-grid", type=int, nargs="+", default=[2])
    speed.add_argument("--batch-grid", type=int, nargs="+", default=[3000])
    speed.add_argument("--note", default="")

    clitics = sub.add_parser("clitics", help="list prefix-split decisions on the news sample, before/after")
    clitics.add_argument("--models", type=Path, required=True)

    clitic_names = sub.add_parser(
        "clitic-names", help="write rules/lexicons/parser/clitic_names.tsv from arabnamer's spellings and Wikidata's name words"
    )
    clitic_names.add_argument("--names", type=Path, default=Path("../shared/data/names"), help="the shared names folder")
    clitic_names.add_argument("--lexicon", type=Path, default=Path("quotes/models/ar_compact/clitic_lexicon.tsv.gz"))
    clitic_names.add_argument("--out", type=Path, default=Path("rules/lexicons/parser/clitic_names.tsv"))

    ship = sub.add_parser("ship", help="copy a model directory into quotes/models/ar_compact with its card")
    ship.add_argument("--models", type=Path, required=True)
    ship.add_argument("--target", type=Path, default=TARGET)
    ship.add_argument("--no-vectors", action="store_true", help="the models were trained without vectors")
    ship.add_argument("--notes", type=Path, help="JSON with the card's prose (split, training_note, ...)")

    ner_cmd = sub.add_parser("ner", help="train the named-entity tagger on ANERcorp (prep, train, evaluate, ship)")
    ner_cmd.add_argument("--step", choices=("prep", "vectors", "charlm", "train", "evaluate", "ship", "all"), default="all")
    ner_cmd.add_argument("--anercorp", type=Path, default=Path("../shared/data/anercorp"), help="folder with the CAMeL split")
    ner_cmd.add_argument("--fane", type=Path, default=Path("../shared/data/fane"), help="folder with WikiFANE_Gold_2014_500K.txt.gz")
    ner_cmd.add_argument("--fane-sentences", type=int, default=0, help="WikiFANE sentences added to train (0: none, as shipped)")
    ner_cmd.add_argument(
        "--names", type=Path, default=Path("../shared/data/names"), help="folder with the name lists (wikidata-dzirinames/, arabnamer/)"
    )
    ner_cmd.add_argument(
        "--replace-names",
        type=float,
        default=0.0,
        help="copies of train's sentences with a person, other names put in, per such sentence (0: none, as shipped)",
    )
    ner_cmd.add_argument(
        "--replace-orgs", action="store_true", help="in those copies, organisations replaced by other train organisations too"
    )
    ner_cmd.add_argument(
        "--replace-known-names",
        action="store_true",
        help="draw the replacement names only from names whose words are all in the word vectors' vocabulary",
    )
    ner_cmd.add_argument(
        "--charlm",
        action="store_true",
        help="train forward and backward character language models on --news (step charlm) and read words through them",
    )
    ner_cmd.add_argument("--charlm-dir", type=Path, help="the character models' corpus and models (default WORK/charlm)")
    ner_cmd.add_argument("--charlm-hidden", type=int, default=256, help="the character models' LSTM size")
    ner_cmd.add_argument("--charlm-chars", type=int, default=60_000_000, help="characters of news the character models read")
    ner_cmd.add_argument(
        "--ner-vectors",
        action="store_true",
        help=f"train word vectors of the tagger's own on --news (step vectors, WORK/{NER_VECTORS}) instead of the parser's",
    )
    ner_cmd.add_argument("--ner-vectors-dim", type=int, default=64, help="their dimensions")
    ner_cmd.add_argument("--ner-vectors-min-count", type=int, default=3, help="the fewest times a word they keep is seen")
    ner_cmd.add_argument("--ner-vectors-words", type=int, default=90_000, help="the most words they keep")
    ner_cmd.add_argument("--models", type=Path, default=DEFAULT_WORK / "ner_models", help="where ner.pt is written")
    ner_cmd.add_argument("--target", type=Path, default=TARGET, help="model folder with pretrain.pt and the clitic lexicon")
    ner_cmd.add_argument("--max-steps", type=int, default=3500)
    ner_cmd.add_argument("--ner-target", type=Path, default=TARGET.parent / "ar_ner", help="where `ship` puts ner.pt and ner.json")

    everything = sub.add_parser(
        "all", help="build the model end to end and ship it (--corpus mix: the news model, resumable; --corpus pud: the PUD-only model)"
    )
    everything.add_argument(
        "--notes",
        type=Path,
        default=Path(__file__).with_name("card_notes.json"),
        help="--corpus pud: JSON with the card's prose (split, training_note, ...)",
    )
    everything.add_argument("--target", type=Path, default=TARGET, help="where ship writes the model (default: the bundled model)")
    everything.add_argument("--resume", action="store_true", help="mix: an interrupted tagger or parser continues from its checkpoint")
    everything.add_argument(
        "--from",
        dest="from_stage",
        choices=(*NEWS_STAGES, PREDICTED_TAGS_STAGE),
        help="mix: redo this stage and every later one (finished stages are skipped otherwise)",
    )
    everything.add_argument(
        "--pretrain", type=Path, help="mix: reuse these Stanza word vectors instead of training them (e.g. the bundled pretrain.pt)"
    )
    everything.add_argument("--lexicon", type=Path, help="mix: reuse this clitic lexicon instead of building it from --news")
    everything.add_argument(
        "--parser-on-predicted-tags",
        type=int,
        nargs="?",
        const=PREDICTED_TAGS_STEPS,
        metavar="STEPS",
        help=f"mix: after the lemmatizer, continue the parser for STEPS (default {PREDICTED_TAGS_STEPS}) on the training "
        "data retagged by this build's tagger and lemmatizer, and ship that parser (stage parser-predtags)",
    )
    everything.add_argument("--shared", type=Path, default=Path("../shared"), help="mix: the shared folder (gold quote sets, scorer)")
    for command in sub.choices.values():
        _data_options(command, defaults=False)
    return parser


COMMANDS = {
    "prep": cmd_prep,
    "vectors": cmd_vectors,
    "train": cmd_train,
    "evaluate": cmd_evaluate,
    "speed": cmd_speed,
    "clitics": cmd_clitics,
    "clitic-names": cmd_clitic_names,
    "ship": cmd_ship,
    "ner": cmd_ner,
    "all": cmd_all,
    "news-prep": cmd_news_prep,
    "news-train": cmd_news_train,
    "news-eval": cmd_news_eval,
    "news-curve": cmd_news_curve,
}


NEWS_COMMANDS = frozenset({"news-prep", "news-train", "news-eval", "news-curve"})


#: `all` options that only the news pipeline (--corpus mix) reads
MIX_ONLY_OPTIONS = {
    "resume": "--resume",
    "from_stage": "--from",
    "pretrain": "--pretrain",
    "lexicon": "--lexicon",
    "parser_on_predicted_tags": "--parser-on-predicted-tags",
}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "all" and args.corpus == "pud":
        given = [flag for name, flag in MIX_ONLY_OPTIONS.items() if getattr(args, name)]
        if given:
            parser.error(f"{', '.join(given)}: only with --corpus mix (all --corpus pud runs from the start every time)")
    if args.work is None:
        news = args.command in NEWS_COMMANDS or (args.command == "all" and args.corpus == "mix")
        args.work = DEFAULT_NEWS_WORK if news else DEFAULT_WORK
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.command_line = " ".join(["python -m quotes.training", *(sys.argv[1:] if argv is None else argv)])
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    import torch

    torch.set_num_threads(args.threads)
    COMMANDS[args.command](args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
