"""Several news parsers trained side by side for a fixed wall-clock budget, ranked on one dev file.

A lent GPU comes for minutes, not hours, and a run that is cut at its time
limit must still leave its best model whole. Each variant here is one
process that trains Stanza's parser (200-d layers, as shipped) until its
budget is spent: the step that crosses the deadline raises
:class:`Deadline` inside the update, before any file is written, so the
best-dev model Stanza saved last is intact. Stanza's plateau scheduler
halves the learning rate when dev stops rising, so a run anneals on its
own whatever its speed. Every variant is selected on the same file (the
mixed dev with predicted tags, ``news-prep --predicted-tags``), so their
scores compare; the test splits are left to ``news-eval``.

    python -m quotes.training.parser_sweep --data work/news/data --pretrain quotes/models/ar_compact/pretrain.pt \\
        --start quotes/models/ar_compact/parser.pt --budget 420 --out work/news/sweep

writes ``OUT/<variant>/parser.pt`` (no optimiser state), ``OUT/<variant>/train.log`` and ``OUT/ranking.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import re
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs

logger = logging.getLogger(__name__)

#: the dev file every variant is chosen on (``news-prep --predicted-tags``)
DEV = "mix_dev_predtags.gold.conllu"


@attrs.frozen
class Variant:
    """One parser run: its training files, whether it continues the shipped parser, its seed and batch."""

    name: str
    train: tuple[str, ...]  # files under --data, concatenated in this order
    continued: bool  # from --start (its vocabulary, Adam 1e-3) or from scratch (Adam 3e-3)
    seed: int = 1234
    batch_words: int = 2000


VARIANTS = (
    Variant("continued-predtags", ("mix_train_predtags.conllu",), continued=True),
    Variant("continued-gold-and-predtags", ("mix_train.conllu", "mix_train_predtags.conllu"), continued=True),
    Variant("scratch-predtags", ("mix_train_predtags.conllu",), continued=False),
    Variant("scratch-predtags-seed2", ("mix_train_predtags.conllu",), continued=False, seed=2),
    Variant("scratch-gold-and-predtags", ("mix_train.conllu", "mix_train_predtags.conllu"), continued=False),
    Variant("scratch-predtags-batch5000", ("mix_train_predtags.conllu",), continued=False, batch_words=5000),
)


class Deadline(Exception):
    """The run's wall-clock budget is spent (raised before an update, never while a model is saved)."""


def stanza_arguments(
    variant: Variant, *, train_file: Path, dev_file: Path, pretrain: Path, out: Path, start: Path | None, eval_interval: int = 100
) -> list[str]:
    """The arguments of ``stanza.models.parser`` for ``variant``: the shipped sizes, plateau annealing, no checkpoint."""
    lr = "1e-3" if variant.continued else "3e-3"
    arguments = [
        "--lang", "ar", "--shorthand", "ar_pud", "--mode", "train",
        "--save_dir", str(out), "--save_name", "parser.pt", "--seed", str(variant.seed),
        "--wordvec_pretrain_file", str(pretrain), "--pretrain_max_vocab", "50000",
        "--train_file", str(train_file), "--eval_file", str(dev_file), "--output_file", str(out / "dev.pred.conllu"),
        "--hidden_dim", "200", "--char_hidden_dim", "200", "--deep_biaff_hidden_dim", "200",
        "--batch_size", str(variant.batch_words),
        "--optim", "adam", "--lr", lr, "--beta2", "0.95", "--weight_decay", "0", "--no_second_optim",
        "--plateau_steps", "400", "--plateau_decay", "0.5",
        "--max_steps", "1000000", "--max_steps_before_stop", "1000000",
        "--eval_interval", str(eval_interval), "--log_step", str(eval_interval),
        "--no_checkpoint",
    ]  # fmt: skip
    if variant.continued:
        if start is None:
            raise ValueError(f"{variant.name} continues a parser: give --start")
        arguments += ["--continue_from", str(start)]
    return arguments


def run_variant(
    variant: Variant, *, data: Path, pretrain: Path, start: Path | None, out: Path, budget_s: float, eval_interval: int = 100
) -> None:
    """Train ``variant`` in this process until ``budget_s`` seconds have passed; the best dev model stays in ``out``."""
    from stanza.models import parser
    from stanza.models.depparse import trainer as depparse_trainer

    from quotes.training import stanza_runs

    out.mkdir(parents=True, exist_ok=True)
    train_file = out / "train.conllu"
    train_file.write_text("".join((data / name).read_text(encoding="utf-8") for name in variant.train), encoding="utf-8")
    arguments = stanza_arguments(
        variant, train_file=train_file, dev_file=data / DEV, pretrain=pretrain, out=out, start=start, eval_interval=eval_interval
    )
    try:
        with updates_until(time.monotonic() + budget_s, depparse_trainer.Trainer):
            if variant.continued and start is not None:
                with stanza_runs.loaders_with_vocabulary_of(start):
                    parser.main(arguments)
            else:
                parser.main(arguments)
    except Deadline:
        logger.info("%s: budget of %.0f s spent", variant.name, budget_s)
    finally:
        train_file.unlink(missing_ok=True)


@contextlib.contextmanager
def updates_until(deadline: float, trainer_class: type) -> Iterator[None]:
    """``trainer_class.update`` raises :class:`Deadline` once ``time.monotonic()`` passes ``deadline``."""
    original_update = trainer_class.update  # type: ignore[attr-defined]

    def update_until_deadline(self: object, *args: object, **kwargs: object) -> object:
        if time.monotonic() > deadline:
            raise Deadline
        return original_update(self, *args, **kwargs)

    trainer_class.update = update_until_deadline  # type: ignore[attr-defined]
    try:
        yield
    finally:
        trainer_class.update = original_update  # type: ignore[attr-defined]


#: the line Stanza's parser logs after each dev evaluation
DEV_SCORE = re.compile(r"step (\d+): train_loss = [\d.]+, dev_score = ([\d.]+)")


def dev_curve(log: Path) -> list[tuple[int, float]]:
    """(step, dev LAS 0-100) of every evaluation a variant's log records."""
    text = log.read_text(encoding="utf-8") if log.exists() else ""
    return [(int(step), round(100 * float(score), 2)) for step, score in DEV_SCORE.findall(text)]


def rank(out: Path, variants: Sequence[Variant]) -> list[dict[str, object]]:
    """Each variant's best dev LAS (the score its saved model had), best first; variants that saved none last."""
    rows: list[dict[str, object]] = []
    for variant in variants:
        curve = dev_curve(out / variant.name / "train.log")
        if not curve or not (out / variant.name / "parser.pt").exists():
            rows.append({"variant": variant.name, "dev_las": None, "why": "no model saved"})
            continue
        best_step, best = max(curve, key=lambda point: (point[1], point[0]))
        rows.append({"variant": variant.name, "dev_las": best, "best_step": best_step, "steps": curve[-1][0], **attrs.asdict(variant)})
    return sorted(rows, key=lambda row: -1.0 if row["dev_las"] is None else float(str(row["dev_las"])), reverse=True)


def main(argv: Sequence[str] | None = None) -> int:
    options = argparse.ArgumentParser(prog="python -m quotes.training.parser_sweep", description=__doc__.split("\n")[0])
    options.add_argument("--data", type=Path, required=True, help="news-prep's data folder (with the --predicted-tags files)")
    options.add_argument("--pretrain", type=Path, required=True)
    options.add_argument("--start", type=Path, help="the parser.pt the continued variants start from")
    options.add_argument("--budget", type=float, required=True, help="seconds of training per variant (all run at once)")
    options.add_argument("--out", type=Path, required=True)
    options.add_argument("--variants", nargs="*", help="names from VARIANTS (default: all)")
    options.add_argument("--eval-interval", type=int, default=100, help="steps between dev scores (and best-model saves)")
    options.add_argument("--one", help=argparse.SUPPRESS)  # a child process: train this variant only
    args = options.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    chosen = [variant for variant in VARIANTS if not args.variants or variant.name in args.variants]
    if args.one:
        variant = next(variant for variant in VARIANTS if variant.name == args.one)
        run_variant(
            variant,
            data=args.data,
            pretrain=args.pretrain,
            start=args.start,
            out=args.out / variant.name,
            budget_s=args.budget,
            eval_interval=args.eval_interval,
        )
        return 0
    children = []
    for variant in chosen:
        (args.out / variant.name).mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "quotes.training.parser_sweep", "--one", variant.name, "--data", str(args.data),
                   "--pretrain", str(args.pretrain), "--budget", str(args.budget), "--out", str(args.out),
                   "--eval-interval", str(args.eval_interval)]  # fmt: skip
        if args.start is not None:
            command += ["--start", str(args.start)]
        log = (args.out / variant.name / "train.log").open("w", encoding="utf-8")
        children.append((variant, subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)))
    failed = [variant.name for variant, child in children if child.wait() != 0]
    ranking = rank(args.out, chosen)
    (args.out / "ranking.json").write_text(json.dumps({"failed": failed, "ranking": ranking}, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({"failed": failed, "ranking": ranking}, ensure_ascii=False))
    return 1 if len(failed) == len(children) else 0


if __name__ == "__main__":
    raise SystemExit(main())
