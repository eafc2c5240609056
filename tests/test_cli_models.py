"""`quotes models` states the licence the model directory declares (its scores.json)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from quotes.cli import cli
from quotes.cli.models import models as models_command
from quotes.parser import COMPACT_FILES

cli.add_command(models_command)

BUNDLED_SCORES = Path(__file__).resolve().parents[1] / "quotes" / "models" / "ar_compact" / "scores.json"


def _model_dir(tmp_path: Path, scores: dict[str, object]) -> Path:
    for name in COMPACT_FILES:
        (tmp_path / name).write_bytes(b"")  # resolving a model only checks that its files are there
    (tmp_path / "scores.json").write_text(json.dumps(scores, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_models_prints_the_declared_licence(tmp_path: Path) -> None:
    model = _model_dir(tmp_path, {"name": "news_test", "licence": "CC BY-NC-SA 3.0 (trained on UD Arabic-PADT)", "test": {"LAS": 80.5}})
    result = CliRunner().invoke(cli, ["models", "--model", str(model)])
    assert result.exit_code == 0, result.output
    assert "model: news_test" in result.output
    assert "licence: CC BY-NC-SA 3.0 (trained on UD Arabic-PUD)" not in result.output
    assert "licence: CC BY-NC-SA 3.0 (trained on UD Arabic-PADT)" in result.output


def test_models_says_when_no_licence_is_declared(tmp_path: Path) -> None:
    model = _model_dir(tmp_path, {"name": "bare"})
    result = CliRunner().invoke(cli, ["models", "--model", str(model)])
    assert result.exit_code == 0, result.output
    assert "licence: not declared" in result.output


def test_bundled_model_declares_its_licence() -> None:
    licence = json.loads(BUNDLED_SCORES.read_text(encoding="utf-8"))["licence"]
    assert "CC BY-SA 3.0" in licence and "SaudiNewsNet" in licence
    assert "UD Arabic-PADT" in licence and "CC BY-NC-SA 3.0" in licence  # the news tagger and parser


def test_models_describes_the_shipped_entity_tagger_with_its_scores_and_licence(tmp_path: Path) -> None:
    model = _model_dir(tmp_path, {"name": "bare"})
    result = CliRunner().invoke(cli, ["models", "--model", str(model)])
    assert result.exit_code == 0, result.output
    tagger = result.output.split("entity tagger:", 1)[1]
    assert "on by default" in tagger and "--no-ner" in tagger
    assert "PERS 69.2" in tagger and "ORG 56.5" in tagger  # the ANERcorp test F1 that ner.json records
    assert "ANERcorp" in tagger and "CC BY-SA 4.0" in tagger and "CC BY-NC-SA 4.0" in tagger


def test_models_says_when_the_entity_tagger_is_not_shipped(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import quotes.entity_tagger

    monkeypatch.setattr(quotes.entity_tagger, "default_model_dir", lambda: tmp_path / "nowhere")
    result = CliRunner().invoke(cli, ["models", "--model", str(_model_dir(tmp_path, {"name": "bare"}))])
    assert result.exit_code == 0, result.output
    assert "entity tagger: not shipped" in result.output
