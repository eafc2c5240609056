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
--predicted-tags``) and the parser continued on it for STEPS (default 3,000;
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
import logging
import sys
from pathlib import Path
from typing import Any

from quotes.training.commands import (
    cmd_clitic_names,
    cmd_clitics,
    cmd_evaluate,
    cmd_final_ha_names,
    cmd_news_curve,
    cmd_news_eval,
    cmd_news_prep,
    cmd_news_train,
    cmd_prep,
    cmd_ship,
    cmd_speed,
    cmd_train,
    cmd_vectors,
)
from quotes.training.ner_command import NER_VECTORS, cmd_ner
from quotes.training.news_build import NEWS_STAGES, PREDICTED_TAGS_STAGE, PREDICTED_TAGS_STEPS, run_news_all
from quotes.training.pud_build import all_pud
from quotes.training.workspace import DEFAULT_NEWS, DEFAULT_NEWS_WORK, DEFAULT_PADT, DEFAULT_PUD, DEFAULT_WORK, STAGE_ORDER, TARGET


def cmd_all(args: argparse.Namespace) -> None:
    """``--corpus mix``: the news model, stage by stage (:func:`run_news_all`); ``--corpus pud``: the PUD-only model."""
    if args.corpus == "pud":
        all_pud(args)
    else:
        run_news_all(args)


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
        "--name-variants",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="add to mix_train.conllu a copy of each sentence that names someone by a lexicon given name, the name "
        "replaced by one the treebanks also use as a word (عادل، سعيد); on by default since session 46 (MODEL.md)",
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
    news_eval.add_argument("--trained", type=Path, help="take tagger.pt (if there) and parser.pt from here, the rest from --model-dir")
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

    final_ha = sub.add_parser(
        "final-ha-names", help="write rules/lexicons/parser/final_ha_names.tsv: name words whose final ه is no pronoun"
    )
    final_ha.add_argument("--names", type=Path, default=Path("../shared/data/names"), help="the shared names folder")
    final_ha.add_argument("--lexicon", type=Path, default=Path("quotes/models/ar_compact/clitic_lexicon.tsv.gz"))
    final_ha.add_argument("--out", type=Path, default=Path("rules/lexicons/parser/final_ha_names.tsv"))

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
    ner_cmd.add_argument("--ner-vectors-words", type=int, default=90_000, help="the most words they keep (and the tagger reads)")
    ner_cmd.add_argument("--ner-vectors-float16", action="store_true", help="store them in half precision (half the file; read as float32)")
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
    "final-ha-names": cmd_final_ha_names,
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
