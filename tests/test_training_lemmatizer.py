"""`news-train --stage lemmatizer`: the lemmatizer on the tagger's training data (MODEL.md, "Session 9").

Nothing here trains: Stanza's training call is replaced by a recorder of the run it is given.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.training import __main__ as training
from quotes.training import news_build, stanza_runs


def _recorded_runs(monkeypatch: pytest.MonkeyPatch) -> list[stanza_runs.Run]:
    runs: list[stanza_runs.Run] = []

    def record(run: stanza_runs.Run) -> Path:
        runs.append(run)
        return run.model("lemmatizer.pt")

    monkeypatch.setattr(stanza_runs, "train_lemmatizer", record)
    return runs


@pytest.mark.parametrize(("corpus", "prefix"), [("mix", "mix"), ("pud", "pud")])
def test_the_lemmatizer_learns_from_the_taggers_training_data_without_word_vectors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, corpus: str, prefix: str
) -> None:
    runs = _recorded_runs(monkeypatch)
    models = tmp_path / "lemma"
    command = ["--work", str(tmp_path), "--corpus", corpus, "news-train", "--stage", "lemmatizer", "--models", str(models)]
    args = training.parse_args(command)
    training.cmd_news_train(args)
    assert [(run.data, run.models, run.train, run.dev, run.pretrain) for run in runs] == [
        (tmp_path / "data", models, f"{prefix}_train", f"{prefix}_dev", None)
    ]
    assert models.is_dir()


def test_the_build_stage_trains_it_into_the_runs_model_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runs = _recorded_runs(monkeypatch)
    args = training.parse_args(["all", "--work", str(tmp_path)])
    news_build.stage_lemmatizer(args, resume=True)
    assert [(run.models, run.train, run.dev, run.pretrain) for run in runs] == [(tmp_path / "models_mix", "mix_train", "mix_dev", None)]
