"""Word vectors of the entity tagger's own: a larger vocabulary than the parser's, stored in half precision, and the
tagger told to read all of it (``python -m quotes.training ner --ner-vectors --ner-vectors-words N``)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from quotes.training.__main__ import build_parser
from quotes.training.clitics import Lexicon

NEWS = [
    "قال وزير الخارجية إن السعودية والكويت وقعتا اتفاقا",
    "وقال المتحدث باسم الوزارة إن الاتفاق يشمل التجارة",
    "وأكد الوزير أن السعودية ستواصل التعاون مع الكويت",
]


def _news_file(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for _ in range(20):
            for text in NEWS:
                handle.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    return path


def test_a_small_vector_build_keeps_the_most_frequent_words_in_half_precision(tmp_path: Path) -> None:
    pytest.importorskip("gensim", reason="word vectors need the train extra (gensim)")
    import torch
    from stanza.models.common.pretrain import Pretrain
    from stanza.models.common.vocab import VOCAB_PREFIX

    from quotes.training.vectors import train_vectors

    lexicon = Lexicon({"والكويت": 1, "الكويت": 40, "وقال": 1, "قال": 40, "وأكد": 1, "أكد": 40})
    news, out = _news_file(tmp_path), tmp_path / "ner_vectors.pt"
    train_vectors(news, lexicon, out, workers=1, dim=8, min_count=1, max_vocab=6, float16=True)

    vectors = Pretrain(str(out))
    words = set(vectors.vocab._id2unit[len(VOCAB_PREFIX) :])
    assert 0 < len(words) <= 6 and len(vectors.emb) == len(vectors.vocab)
    assert {"و", "الكويت"} <= words and "والكويت" not in words  # segmented like the parser's words: و + الكويت
    assert vectors.emb.dtype == torch.float16
    embedding = torch.nn.Embedding(len(vectors.vocab), 8)
    embedding.weight.data.copy_(vectors.emb)  # what Stanza's tagger does with them: read as float32
    assert torch.equal(embedding.weight.data.to(torch.float16), vectors.emb)


def _max_vocab_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, *options: str) -> tuple[Path, int]:
    from quotes.training import ner
    from quotes.training.ner_command import cmd_ner

    calls: list[tuple[Path, int]] = []
    monkeypatch.setattr(ner, "train", lambda data, pretrain, models, **kw: calls.append((pretrain, kw["pretrain_max_vocab"])))
    args = build_parser().parse_args(["--work", str(tmp_path), "ner", "--step", "train", "--models", str(tmp_path / "m"), *options])
    cmd_ner(args)
    return calls[0]


def test_the_tagger_reads_every_word_of_its_own_larger_vectors(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    pretrain, max_vocab = _max_vocab_read(monkeypatch, tmp_path, "--ner-vectors", "--ner-vectors-words", "100000")
    assert (pretrain.name, max_vocab) == ("ner_vectors.pt", 100_000)


def test_the_shipped_recipe_reads_the_parsers_vectors_as_before(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    pretrain, max_vocab = _max_vocab_read(monkeypatch, tmp_path)
    assert (pretrain.name, max_vocab) == ("pretrain.pt", 50_000)
