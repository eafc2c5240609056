"""A character language model over SaudiNewsNet, forward and backward, for the entity tagger (Stanza's ``--charlm``).

The entity tagger reads each word through a character model; with a
character language model that has read millions of words of news, a name the
word vectors do not know still gets a representation learnt from the
contexts such names occur in. The text is written the way the tagger sees
it: paragraphs of the parser's words (proclitics split off by the parser's
lexicon, :func:`quotes.training.clitics.segment_text`, as
:mod:`quotes.training.ner` segments ANERcorp), one paragraph a line, words
separated by single spaces.

The corpus is cut into chunks of :data:`CHUNK_CHARS` characters (articles in
a seeded order; every :data:`DEV_EVERY`-th article is dev) and each direction
is trained one chunk at a time, each chunk one call of ``stanza.models.charlm``
that continues from the previous chunk's checkpoint: a stopped run resumes
at the chunk it was in (``done.json`` lists the finished ones). The character
vocabulary is built once from the whole training text, before any chunk.
"""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Iterator
from pathlib import Path

from quotes.training.clitics import Lexicon, segment_text
from quotes.training.vectors import news_texts

logger = logging.getLogger(__name__)

DIRECTIONS = ("forward", "backward")
MODEL_FILES = {direction: f"charlm_{direction}.pt" for direction in DIRECTIONS}
VOCAB_FILE = "charlm_vocab.pt"
DEV_FILE = "dev.txt"
TRAIN_DIR = "train"
DONE_FILE = "done.json"
SHORTHAND = "ar_snn"
CORPUS_SEED = 20261204
DEV_EVERY = 100
CHUNK_CHARS = 2_000_000
#: Characters seen fewer times than this in the training text are unknown to the model.
CHAR_CUTOFF = 100
HIDDEN_DIM = 256
CHAR_EMB_DIM = 100
BATCH_SIZE = 50
BPTT = 200


def paragraphs(text: str, lexicon: Lexicon) -> Iterator[str]:
    """The paragraphs of one article as the tagger's words joined by spaces (empty paragraphs left out)."""
    for paragraph in text.split("\n"):
        words = list(segment_text(paragraph, lexicon))
        if words:
            yield " ".join(words)


def write_corpus(news: Path, lexicon: Lexicon, out: Path, *, max_chars: int) -> dict[str, int]:
    """``out``/train/NNN.txt chunks (at most ``max_chars`` characters in all) and ``out``/dev.txt; returns the sizes."""
    articles = list(news_texts(news))
    random.Random(CORPUS_SEED).shuffle(articles)
    train_dir = out / TRAIN_DIR
    train_dir.mkdir(parents=True, exist_ok=True)
    for stale in train_dir.glob("*.txt"):
        stale.unlink()
    sizes = {"articles": len(articles), "train_chars": 0, "dev_chars": 0, "chunks": 0}
    chunk: list[str] = []
    chunk_chars = 0

    def flush() -> None:
        nonlocal chunk, chunk_chars
        if chunk:
            (train_dir / f"{sizes['chunks']:03d}.txt").write_text("\n".join(chunk) + "\n", encoding="utf-8")
            sizes["chunks"] += 1
            chunk, chunk_chars = [], 0

    full = False  # once an article does not fit, train is closed; dev is the same whatever max_chars is
    with open(out / DEV_FILE, "w", encoding="utf-8") as dev:
        for index, article in enumerate(articles):
            lines = list(paragraphs(article, lexicon))
            size = sum(len(line) + 1 for line in lines)
            if index % DEV_EVERY == 0:
                dev.write("".join(line + "\n" for line in lines))
                sizes["dev_chars"] += size
                continue
            full = full or sizes["train_chars"] + size > max_chars
            if full:
                continue
            chunk += lines
            chunk_chars += size
            sizes["train_chars"] += size
            if chunk_chars >= CHUNK_CHARS:
                flush()
    flush()
    return sizes


def build_vocab(corpus: Path, models: Path) -> Path:
    """The character vocabulary of the whole training text, shared by both directions."""
    import torch
    from stanza.models.common.char_model import build_charlm_vocab

    models.mkdir(parents=True, exist_ok=True)
    path = models / VOCAB_FILE
    vocab = build_charlm_vocab(str(corpus / TRAIN_DIR), cutoff=CHAR_CUTOFF)
    torch.save(vocab.state_dict(), path)
    logger.info("charlm vocabulary: %d characters -> %s", len(vocab), path)
    return path


def _stanza_args(corpus: Path, models: Path, direction: str, chunk: Path, *, hidden_dim: int) -> list[str]:
    return [
        "--mode", "train",
        "--direction", direction,
        "--shorthand", SHORTHAND,
        "--train_file", str(chunk),
        "--eval_file", str(corpus / DEV_FILE),
        "--save_dir", str(models),
        "--save_name", MODEL_FILES[direction],
        "--vocab_save_name", VOCAB_FILE,
        "--checkpoint_save_name", f"{direction}_checkpoint.pt",
        "--char_hidden_dim", str(hidden_dim),
        "--char_emb_dim", str(CHAR_EMB_DIM),
        "--char_num_layers", "1",
        "--batch_size", str(BATCH_SIZE),
        "--bptt_size", str(BPTT),
        "--epochs", "1",
        "--eval_steps", "-1",
        "--report_steps", "20",
        "--seed", "1234",
        "--cpu",
    ]  # fmt: skip


def train(corpus: Path, models: Path, direction: str, *, hidden_dim: int = HIDDEN_DIM) -> Path:
    """One pass over the training chunks in order, one ``stanza.models.charlm`` call each, each continuing from the
    previous chunk's checkpoint (learning rate annealed on dev loss between chunks); returns the model path.

    Chunks listed in ``done.json`` are skipped, so a stopped run resumes where it was."""
    from stanza.models import charlm

    from quotes.training import patches

    if not (models / VOCAB_FILE).exists():
        build_vocab(corpus, models)
    done_path = models / DONE_FILE
    done: dict[str, list[str]] = json.loads(done_path.read_text(encoding="utf-8")) if done_path.exists() else {}
    finished = done.setdefault(direction, [])
    for chunk in sorted((corpus / TRAIN_DIR).glob("*.txt")):
        if chunk.name in finished:
            continue
        logger.info("charlm %s: chunk %s", direction, chunk.name)
        with patches.installed():
            charlm.main(_stanza_args(corpus, models, direction, chunk, hidden_dim=hidden_dim))
        finished.append(chunk.name)
        # the other direction may be training at the same time: merge with what it wrote
        latest = json.loads(done_path.read_text(encoding="utf-8")) if done_path.exists() else {}
        latest[direction] = finished
        done_path.write_text(json.dumps(latest, indent=1) + "\n", encoding="utf-8")
    return models / MODEL_FILES[direction]
