"""Word vectors from SaudiNewsNet, tokenised the way PUD is, as a Stanza pretrain.

Also writes the frequency lexicon the parser adapter uses to correct
clitic splits (``clitic_lexicon.tsv.gz``).
"""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from quotes.training.clitics import VECTOR_THRESHOLDS, Lexicon, segment_text

logger = logging.getLogger(__name__)

VECTOR_DIM = 100
MIN_COUNT = 5
MAX_VOCAB = 50_000  # keeps the shipped pretrain near 20 MB
LEXICON_MIN_COUNT = 5


def news_texts(path: Path) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line).get("text") or ""
            if text.strip():
                yield text


def build_lexicon(news: Path, out: Path) -> Lexicon:
    lexicon = Lexicon.build(news_texts(news), min_count=LEXICON_MIN_COUNT)
    lexicon.save(out)
    logger.info("lexicon: %d forms -> %s", len(lexicon.counts), out)
    return lexicon


def train_vectors(
    news: Path,
    lexicon: Lexicon,
    out: Path,
    *,
    workers: int = 2,
    seed: int = 1,
    dim: int = VECTOR_DIM,
    min_count: int = MIN_COUNT,
    max_vocab: int = MAX_VOCAB,
    float16: bool = False,
) -> Path:
    """word2vec skip-gram on the segmented corpus; returns the pretrain .pt path.

    The defaults make the parser's vectors; the entity tagger may be trained with a table of its own that keeps
    more (rarer) words (``python -m quotes.training ner --ner-vectors``). ``float16``: the vectors are stored in half
    precision (half the file; Stanza copies them into its float32 embedding when a model loads them, so whatever is
    trained with the file reads exactly the values it will be shipped with)."""
    from gensim.models import Word2Vec

    lexicon = attrs.evolve(lexicon, keep=frozenset(), thresholds=VECTOR_THRESHOLDS)
    sentences = []
    n_tokens = 0
    for text in news_texts(news):
        for paragraph in text.split("\n"):
            tokens = list(segment_text(paragraph, lexicon))
            if tokens:
                sentences.append(tokens)
                n_tokens += len(tokens)
    logger.info("vector corpus: %d paragraphs, %d tokens", len(sentences), n_tokens)
    model = Word2Vec(
        sentences,
        vector_size=dim,
        sg=1,
        window=5,
        min_count=min_count,
        max_final_vocab=max_vocab,
        workers=workers,
        epochs=5,
        seed=seed,
    )
    text_path = out.with_suffix(".txt")
    keys = model.wv.index_to_key[:max_vocab]
    with open(text_path, "w", encoding="utf-8") as handle:
        handle.write(f"{len(keys)} {dim}\n")
        for key in keys:
            handle.write(key + " " + " ".join(f"{x:.5f}" for x in model.wv[key]) + "\n")
    from stanza.models.common.pretrain import Pretrain

    if out.exists():
        out.unlink()
    pretrain = Pretrain(str(out), str(text_path), max_vocab=max_vocab)
    pretrain.load()  # reads the text file and saves the .pt
    if float16:
        store_float16(pretrain, out)
    logger.info("pretrain: %d words -> %s", len(pretrain.vocab), out)
    return out


def store_float16(pretrain: Any, out: Path) -> None:
    """Rewrite a Stanza pretrain's ``.pt`` with its vectors in half precision (its vocabulary unchanged)."""
    import torch

    emb = torch.as_tensor(pretrain.emb).to(torch.float16)
    torch.save({"vocab": pretrain.vocab.state_dict(), "emb": emb}, out, _use_new_zipfile_serialization=False)
