"""The character language models' corpus (news written as the tagger's words), their chunk-by-chunk resumable
training, and the entity tagger's check of the character models it reads. Nothing is trained: Stanza's charlm
trainer is replaced by a recorder."""

from __future__ import annotations

import argparse
import gzip
import json
import logging
from pathlib import Path

import pytest

from quotes.entity_tagger import _charlm_files, file_sha256
from quotes.training import charlm
from quotes.training.clitics import Lexicon

LEXICON = Lexicon({"والسعودية": 40, "السعودية": 900, "وقال": 300, "قال": 800})


def test_a_paragraph_is_written_as_the_parsers_words() -> None:
    text = "وقال الوزير: السعودية، والسعودية!\n\n  \nأمس"
    assert list(charlm.paragraphs(text, LEXICON)) == ["و قال الوزير : السعودية ، و السعودية !", "أمس"]


def _news(path: Path, count: int) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for number in range(count):
            handle.write(json.dumps({"text": f"قال الوزير {number}\nوالسعودية"}, ensure_ascii=False) + "\n")
    return path


def test_the_corpus_holds_out_dev_articles_and_cuts_train_into_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(charlm, "CHUNK_CHARS", 100)
    monkeypatch.setattr(charlm, "DEV_EVERY", 10)
    sizes = charlm.write_corpus(_news(tmp_path / "news.jsonl.gz", 40), LEXICON, tmp_path / "corpus", max_chars=10_000)
    chunks = sorted((tmp_path / "corpus" / "train").glob("*.txt"))
    train_lines = [line for chunk in chunks for line in chunk.read_text(encoding="utf-8").splitlines()]
    dev_lines = (tmp_path / "corpus" / "dev.txt").read_text(encoding="utf-8").splitlines()
    assert sizes["articles"] == 40 and sizes["chunks"] == len(chunks) > 1
    assert len(dev_lines) == 2 * 4 and len(train_lines) == 2 * 36  # every tenth article is dev, two paragraphs each
    assert not set(dev_lines) - {"و السعودية"} & set(train_lines)  # a dev article is in no chunk
    assert "و السعودية" in train_lines
    assert sizes["train_chars"] == sum(len(line) + 1 for line in train_lines)


def test_the_corpus_stops_at_max_chars(tmp_path: Path) -> None:
    sizes = charlm.write_corpus(_news(tmp_path / "news.jsonl.gz", 40), LEXICON, tmp_path / "corpus", max_chars=100)
    assert 0 < sizes["train_chars"] <= 100


def test_training_resumes_at_the_first_unfinished_chunk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from stanza.models import charlm as stanza_charlm

    corpus, models = tmp_path / "corpus", tmp_path / "models"
    (corpus / "train").mkdir(parents=True)
    for name in ("000.txt", "001.txt", "002.txt"):
        (corpus / "train" / name).write_text("قال\n", encoding="utf-8")
    models.mkdir()
    (models / charlm.VOCAB_FILE).write_bytes(b"built")
    (models / charlm.DONE_FILE).write_text(json.dumps({"forward": ["000.txt"], "backward": ["000.txt", "001.txt"]}))
    calls: list[list[str]] = []
    monkeypatch.setattr(stanza_charlm, "main", calls.append)

    assert charlm.train(corpus, models, "forward") == models / "charlm_forward.pt"

    trained = [call[call.index("--train_file") + 1] for call in calls]
    assert trained == [str(corpus / "train" / "001.txt"), str(corpus / "train" / "002.txt")]
    assert all(call[call.index("--direction") + 1] == "forward" and call[call.index("--epochs") + 1] == "1" for call in calls)
    done = json.loads((models / charlm.DONE_FILE).read_text())
    assert done == {"forward": ["000.txt", "001.txt", "002.txt"], "backward": ["000.txt", "001.txt"]}


def _recorded(directory: Path) -> dict[str, str]:
    recorded = {}
    for direction in ("forward", "backward"):
        path = directory / f"charlm_{direction}.pt"
        path.write_bytes(direction.encode())
        recorded |= {direction: path.name, f"{direction}_sha256": file_sha256(path)}
    return recorded


def test_the_tagger_reads_the_character_models_it_was_trained_with(tmp_path: Path) -> None:
    recorded = _recorded(tmp_path)
    assert _charlm_files(tmp_path, recorded) == (tmp_path / "charlm_forward.pt", tmp_path / "charlm_backward.pt")


def test_a_changed_or_missing_character_model_turns_the_tagger_off(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    recorded = _recorded(tmp_path)
    (tmp_path / "charlm_backward.pt").write_bytes(b"retrained")
    with caplog.at_level(logging.WARNING):
        assert _charlm_files(tmp_path, recorded) is None
    assert "charlm_backward.pt" in caplog.text
    (tmp_path / "charlm_forward.pt").unlink()
    assert _charlm_files(tmp_path, recorded) is None


def _ship_args(tmp_path: Path, *, with_charlm: bool) -> argparse.Namespace:
    models, work = tmp_path / "models", tmp_path / "work"
    models.mkdir(exist_ok=True)
    work.mkdir(exist_ok=True)
    (models / "ner.pt").write_bytes(b"tagger")
    (work / "results.json").write_text(json.dumps({"ner_scores": {"test": {}}, "ner_split_sizes": {}}), encoding="utf-8")
    return argparse.Namespace(
        models=models,
        work=work,
        ner_target=tmp_path / "ar_ner",
        charlm=with_charlm,
        charlm_hidden=256,
        charlm_chars=1000,
        ner_vectors=False,
        fane_sentences=0,
        replace_names=0.0,
        replace_orgs=False,
    )


def test_shipping_records_the_character_models_beside_the_tagger(tmp_path: Path) -> None:
    from quotes.training.ner_command import _ship_ner

    pretrain = tmp_path / "pretrain.pt"
    pretrain.write_bytes(b"vectors")
    lm = tmp_path / "lm"
    lm.mkdir()
    charlm_files = (lm / "charlm_forward.pt", lm / "charlm_backward.pt")
    for path in charlm_files:
        path.write_bytes(path.name.encode())
    args = _ship_args(tmp_path, with_charlm=True)

    _ship_ner(args, pretrain, charlm_files)

    info = json.loads((args.ner_target / "ner.json").read_text(encoding="utf-8"))
    assert _charlm_files(args.ner_target, info["charlm"]) == (args.ner_target / "charlm_forward.pt", args.ner_target / "charlm_backward.pt")
    assert info["pretrain_sha256"] == file_sha256(pretrain)
    assert "character language models" in info["licence"] and "CC BY-NC-SA 4.0" in info["licence"]
    assert "--charlm --charlm-hidden 256 --charlm-chars 1000" in info["training"]

    _ship_ner(_ship_args(tmp_path, with_charlm=False), pretrain, None)  # a tagger without them leaves none behind
    assert not list(args.ner_target.glob("charlm_*.pt"))
    assert "charlm" not in json.loads((args.ner_target / "ner.json").read_text(encoding="utf-8"))


def test_shipped_vectors_of_its_own_are_the_file_the_tagger_reads() -> None:
    from quotes.entity_tagger import OWN_VECTORS_FILE
    from quotes.training.ner_command import NER_VECTORS

    assert NER_VECTORS == OWN_VECTORS_FILE
