"""Train each Stanza model by calling its training module directly.

The ``run_*`` wrappers in ``stanza.utils.training`` look up downloadable
vectors and character LMs that cannot be fetched offline, so the trainers'
own ``main`` functions are called with explicit files. Settings are sized
for a 2-core CPU (200-d layers, ~2,000-token batches, plain Adam) rather
than Stanza's GPU defaults.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from quotes.training import patches

logger = logging.getLogger(__name__)

LANG = "ar"
SHORTHAND = "ar_pud"


@attrs.frozen
class Run:
    """Where one training run reads its data and writes its models."""

    data: Path  # output of data.prepare
    models: Path  # directory for the .pt files
    train: str  # "train" or "traindev"
    pretrain: Path | None  # word vectors, or None for --no_pretrain
    dev: str = "dev"
    short: bool = False  # fewer steps: for the with/without-vectors comparison

    def file(self, name: str) -> str:
        return str(self.data / name)

    def model(self, name: str) -> Path:
        return self.models / name

    def vector_args(self) -> list[str]:
        if self.pretrain is None:
            return ["--no_pretrain"]
        return ["--wordvec_pretrain_file", str(self.pretrain)]


def _common(run: Run, save_name: str) -> list[str]:
    return ["--lang", LANG, "--shorthand", SHORTHAND, "--save_dir", str(run.models), "--save_name", save_name, "--seed", "1234"]


def _parser_optimiser(switch: str) -> list[str]:
    """The parser's batch and optimiser on CPU: plain Adam from the start (the default Adadelta only hands
    over at step 10,000), then Adam at a lower rate from step `switch`."""
    return [
        "--batch_size", "2000",
        "--optim", "adam", "--lr", "3e-3", "--beta2", "0.95", "--weight_decay", "0",
        "--second_optim", "adam", "--second_lr", "1e-3", "--second_optim_start_step", switch,
    ]  # fmt: skip


def _tagger_optimiser() -> list[str]:
    """The tagger's size, batch and optimiser on CPU: plain Adam throughout (no switch to a second optimiser)."""
    return [
        "--composite_deep_biaff_hidden_dim", "100",
        "--batch_size", "100",
        "--optim", "adam", "--lr", "3e-3", "--beta2", "0.95", "--no_second_optim",
    ]  # fmt: skip


def _train_on_cpu(run: Run, name: str) -> list[str]:
    """Arguments shared by the tagger and the parser: data, outputs and 200-d layers (GPU defaults are too big here)."""
    return [
        *_common(run, name),
        "--mode",
        "train",
        *run.vector_args(),
        "--train_file",
        run.file(f"{run.train}.conllu"),
        "--eval_file",
        run.file(f"{run.dev}.gold.conllu"),
        "--output_file",
        str(run.models / f"{name}.dev.pred.conllu"),
        "--hidden_dim",
        "200",
        "--char_hidden_dim",
        "200",
        "--deep_biaff_hidden_dim",
        "200",
    ]


def train_tokenizer(run: Run) -> Path:
    from stanza.models import tokenizer

    name = "tokenizer.pt"
    no_mwt = run.data / "mwt.json"  # PUD has no multi-word tokens
    no_mwt.write_text("[]\n", encoding="utf-8")
    tokenizer.main(
        [
            *_common(run, name),
            "--mode",
            "train",
            "--txt_file",
            run.file(f"{run.train}.tok.txt"),
            "--label_file",
            run.file(f"{run.train}.tok.toklabels"),
            "--dev_txt_file",
            run.file(f"{run.dev}.tok.txt"),
            "--dev_label_file",
            run.file(f"{run.dev}.tok.toklabels"),
            "--dev_conll_gold",
            run.file(f"{run.dev}.tok.conllu"),
            "--conll_file",
            str(run.models / "tokenizer.dev.pred.conllu"),
            "--mwt_json_file",
            str(no_mwt),
            "--no_use_mwt",
            "--steps",
            "2000",
            "--eval_steps",
            "200",
            "--anneal_after",
            "1000",
        ]
    )
    return run.model(name)


def train_tagger(run: Run) -> Path:
    from stanza.models import tagger

    name = "tagger.pt" if run.pretrain else "tagger_novec.pt"
    steps = "200" if run.short else "400"
    with patches.installed():
        tagger.main(
            [
                *_train_on_cpu(run, name),
                *_tagger_optimiser(),
                "--max_steps",
                steps,
                "--eval_interval",
                "40",
                "--fix_eval_interval",
                "--log_step",
                "20",
                "--pretrain_max_vocab",
                "50000",
            ]
        )
    return run.model(name)


def train_lemmatizer(run: Run) -> Path:
    from stanza.models import lemmatizer

    name = "lemmatizer.pt"
    with patches.installed():
        lemmatizer.main(
            [
                "--shorthand",
                SHORTHAND,
                "--save_dir",
                str(run.models),
                "--save_name",
                name,
                "--seed",
                "1234",
                "--mode",
                "train",
                "--train_file",
                run.file(f"{run.train}.conllu"),
                "--eval_file",
                run.file(f"{run.dev}.gold.conllu"),
                "--output_file",
                str(run.models / "lemmatizer.dev.pred.conllu"),
                "--num_epoch",
                "6",
                "--decay_epoch",
                "3",
                "--batch_size",
                "200",
            ]
        )
    return run.model(name)


def train_parser(run: Run) -> Path:
    from stanza.models import parser

    name = "parser.pt" if run.pretrain else "parser_novec.pt"
    steps, switch = ("300", "200") if run.short else ("400", "280")
    with patches.installed():
        parser.main(
            [
                *_train_on_cpu(run, name),
                *_parser_optimiser(switch),
                "--max_steps",
                steps,
                "--eval_interval",
                "50",
                "--log_step",
                "20",
                "--no_checkpoint",
                "--pretrain_max_vocab",
                "50000",
            ]
        )
    return run.model(name)


STAGES = {
    "tokenizer": train_tokenizer,
    "tagger": train_tagger,
    "lemmatizer": train_lemmatizer,
    "parser": train_parser,
}


# ---- the news-grade runs (PADT + PUD): longer, checkpointed, resumable ----

NEWS_TAGGER_STEPS = 1200
NEWS_PARSER_STEPS, NEWS_PARSER_SWITCH = 2500, 1500


def train_news_tagger(run: Run, *, resume: bool = True, curve: Path | None = None) -> Path:
    """The tagger on ``run.train`` with a checkpoint every evaluation (``quotes.training.resumable``)."""
    from quotes.training import resumable

    argv = [
        *_train_on_cpu(run, "tagger.pt"),
        *_tagger_optimiser(),
        "--max_steps",
        str(NEWS_TAGGER_STEPS),
        "--max_steps_before_stop",
        "500",
        "--eval_interval",
        "50",
        "--log_step",
        "25",
        "--pretrain_max_vocab",
        "50000",
    ]
    with patches.installed():
        return resumable.train_tagger(argv, resume=resume, curve=curve)


def train_news_parser(run: Run, *, resume: bool = True) -> Path:
    """The parser on ``run.train``; Stanza's own checkpoint (``parser_checkpoint.pt``) makes it resumable.

    A run without ``resume`` deletes an old checkpoint first.
    """
    from stanza.models import parser

    name = "parser.pt"
    checkpoint = run.models / "parser_checkpoint.pt"
    if not resume and checkpoint.exists():
        checkpoint.unlink()
    with patches.installed():
        parser.main(
            [
                *_train_on_cpu(run, name),
                *_parser_optimiser(str(NEWS_PARSER_SWITCH)),
                *_news_parser_schedule(checkpoint, steps=NEWS_PARSER_STEPS, patience=800),
            ]
        )
    return run.model(name)


def _news_parser_schedule(checkpoint: Path, *, steps: int, patience: int) -> list[str]:
    """Steps, early stop after ``patience`` steps without a better dev, dev every 100 steps, the resumable
    checkpoint and the vectors' vocabulary: what both news parser runs share."""
    return [
        "--max_steps",
        str(steps),
        "--max_steps_before_stop",
        str(patience),
        "--eval_interval",
        "100",
        "--log_step",
        "25",
        "--checkpoint_save_name",
        str(checkpoint),
        "--pretrain_max_vocab",
        "50000",
    ]


# ---- the parser on predicted tags, continued from a trained parser (issue 9) ----

NEWS_FINETUNE_STEPS = 1200
NEWS_FINETUNE_LR = "1e-3"  # the rate the shipped parser ended its schedule with


def _finetune_optimiser(lr: str) -> list[str]:
    """One Adam at ``lr`` throughout (fresh moments): no second optimiser, so no switch that would reload the best model."""
    return ["--batch_size", "2000", "--optim", "adam", "--lr", lr, "--beta2", "0.95", "--weight_decay", "0", "--no_second_optim"]


@contextlib.contextmanager
def loaders_with_vocabulary_of(model: Path) -> Iterator[None]:
    """Stanza's parser builds its vocabularies from the training file even with ``--continue_from``; the loaded
    model's word, tag, feature and lemma indices are those of its own training data, so every data loader gets
    the model's vocabulary instead."""
    import torch
    from stanza.models import parser
    from stanza.models.pos.vocab import MultiVocab

    model_vocab = MultiVocab.load_state_dict(torch.load(model, map_location="cpu", weights_only=True)["vocab"])
    original = parser.DataLoader

    def with_vocab(doc: Any, batch_size: int, args: dict[str, Any], pretrain: Any, vocab: Any = None, **kwargs: Any) -> Any:
        return original(doc, batch_size, args, pretrain, vocab=model_vocab if vocab is None else vocab, **kwargs)

    parser.DataLoader = with_vocab
    try:
        yield
    finally:
        parser.DataLoader = original


def parser_dev_las(model: Path, pretrain: Path | None, dev_file: Path) -> float:
    """LAS (0-1) of ``model`` on ``dev_file``'s words and tags (the training loop's own dev score)."""
    import io

    from stanza.models.common import pretrain as stanza_pretrain
    from stanza.models.common.doc import DEPREL, HEAD
    from stanza.models.depparse import scorer
    from stanza.models.depparse.data import DataLoader
    from stanza.models.depparse.trainer import Trainer
    from stanza.models.depparse.utils import predict_dataset
    from stanza.utils.conll import CoNLL

    vectors = stanza_pretrain.Pretrain(str(pretrain), max_vocab=50000) if pretrain is not None else None
    trainer = Trainer.load(filename=str(model), pretrain=vectors, device="cpu")
    doc = CoNLL.conll2doc(input_file=str(dev_file))
    batch = DataLoader(doc, 2000, trainer.args, vectors, vocab=trainer.vocab, evaluation=True, sort_during_eval=True)
    batch.doc.set([HEAD, DEPREL], [y for x in predict_dataset(trainer, batch) for y in x])
    _, _, las = scorer.score(io.StringIO(f"{batch.doc:C}\n\n"), str(dev_file))
    return float(las)


def train_news_parser_from(
    run: Run, start: Path, *, resume: bool = True, steps: int = NEWS_FINETUNE_STEPS, lr: str = NEWS_FINETUNE_LR
) -> Path:
    """The parser continued from ``start`` (a trained ``parser.pt``) on ``run.train``, dev every 100 steps.

    Checkpointed like :func:`train_news_parser` (``--resume`` continues from
    ``parser_checkpoint.pt``, which Stanza prefers to ``--continue_from``);
    the step count and dev history start at 0, the vocabulary is ``start``'s.
    """
    from stanza.models import parser

    name = "parser.pt"
    checkpoint = run.models / "parser_checkpoint.pt"
    if not resume and checkpoint.exists():
        checkpoint.unlink()
    with patches.installed(), loaders_with_vocabulary_of(start):
        parser.main(
            [
                *_train_on_cpu(run, name),
                *_finetune_optimiser(lr),
                "--continue_from",
                str(start),
                *_news_parser_schedule(checkpoint, steps=steps, patience=500),
            ]
        )
    return run.model(name)
