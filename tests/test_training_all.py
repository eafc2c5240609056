"""`python -m quotes.training all`: the news model's stages in order, skipped when finished, resumed when stopped.

Nothing here trains: the stage functions are replaced by recorders (or, for
the stages that only copy and write files, run on small files made here).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest

from quotes.training import __main__ as training
from quotes.training import commands, news_build, ship, workspace

DATA = ["--pud", "pud.conllu", "--padt", "padt", "--news", "snn.jsonl.gz"]


class Recorder:
    """Stands in for every news stage: records (stage, resume) and fails where told to."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *, fail_at: str | None = None) -> None:
        self.calls: list[tuple[str, bool]] = []
        self.fail_at = fail_at
        for name in (*news_build.NEWS_STAGES, news_build.PREDICTED_TAGS_STAGE):
            monkeypatch.setitem(news_build.NEWS_STAGE_FUNCTIONS, name, self._stage(name))

    def _stage(self, name: str) -> Any:
        def run(args: argparse.Namespace, *, resume: bool) -> None:
            self.calls.append((name, resume))
            if name == self.fail_at:
                raise KeyboardInterrupt(f"stopped during {name}")

        return run

    @property
    def stages(self) -> list[str]:
        return [name for name, _ in self.calls]


def _args(work: Path, *options: str) -> argparse.Namespace:
    return training.parse_args(["--work", str(work), *DATA, "all", *options])


def _finished(work: Path) -> dict[str, Any]:
    return json.loads((work / "results.json").read_text(encoding="utf-8"))["all_mix_finished"]


def _record_finished(work: Path, stages: tuple[str, ...]) -> None:
    work.mkdir(parents=True, exist_ok=True)
    finished = {name: {"seconds": 60, "finished": "2025-12-01T20:00:00+00:00"} for name in stages}
    (work / "results.json").write_text(json.dumps({"all_mix_finished": finished}), encoding="utf-8")


def test_all_runs_the_news_stages_in_order_and_records_each(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder(monkeypatch)
    ran = news_build.run_news_all(_args(tmp_path / "work"))
    expected = ["news-prep", "vectors", "tokenizer", "tagger", "parser", "lemmatizer", "news-eval", "ship"]
    assert ran == recorder.stages == expected
    assert all(resume is False for _, resume in recorder.calls)
    assert list(_finished(tmp_path / "work")) == expected


def test_all_with_the_tagger_finished_runs_only_the_later_stages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "work"
    _record_finished(work, ("news-prep", "vectors", "tokenizer", "tagger"))
    recorder = Recorder(monkeypatch)
    news_build.run_news_all(_args(work))
    assert recorder.stages == ["parser", "lemmatizer", "news-eval", "ship"]
    assert _finished(work)["tagger"]["seconds"] == 60  # the earlier record is kept


def test_resume_reaches_the_checkpointed_stages_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "work"
    _record_finished(work, ("news-prep", "vectors"))
    recorder = Recorder(monkeypatch)
    news_build.run_news_all(_args(work, "--resume"))
    assert recorder.calls == [
        ("tokenizer", False),
        ("tagger", True),
        ("parser", True),
        ("lemmatizer", False),
        ("news-eval", False),
        ("ship", False),
    ]


def test_a_stopped_run_continues_at_the_stage_it_stopped_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "work"
    stopped = Recorder(monkeypatch, fail_at="parser")
    with pytest.raises(KeyboardInterrupt, match="parser"):
        news_build.run_news_all(_args(work))
    assert stopped.stages == ["news-prep", "vectors", "tokenizer", "tagger", "parser"]
    assert list(_finished(work)) == ["news-prep", "vectors", "tokenizer", "tagger"]  # the parser did not finish

    again = Recorder(monkeypatch)
    news_build.run_news_all(_args(work, "--resume"))
    assert again.calls[0] == ("parser", True)
    assert again.stages == ["parser", "lemmatizer", "news-eval", "ship"]


def test_from_redoes_a_stage_and_the_later_ones_from_scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "work"
    _record_finished(work, news_build.NEWS_STAGES)
    recorder = Recorder(monkeypatch)
    assert news_build.run_news_all(_args(work)) == []  # everything finished: nothing to do

    news_build.run_news_all(_args(work, "--from", "tagger", "--resume"))
    # the finished tagger's checkpoint is not continued: a stage redone with --from starts over
    assert recorder.calls == [
        ("tagger", False),
        ("parser", False),
        ("lemmatizer", False),
        ("news-eval", False),
        ("ship", False),
    ]
    assert _finished(work)["tokenizer"]["seconds"] == 60 and _finished(work)["tagger"]["seconds"] == 0


def test_the_parser_on_predicted_tags_is_a_stage_only_when_asked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder(monkeypatch)
    news_build.run_news_all(_args(tmp_path / "plain"))
    assert news_build.PREDICTED_TAGS_STAGE not in recorder.stages

    work = tmp_path / "work"
    _record_finished(work, ("news-prep", "vectors", "tokenizer"))
    recorder = Recorder(monkeypatch)
    args = _args(work, "--parser-on-predicted-tags", "--resume")
    assert args.parser_on_predicted_tags == training.PREDICTED_TAGS_STEPS == 3000
    news_build.run_news_all(args)
    # after the lemmatizer (the retagging reads this build's tagger and lemmatizer), checkpointed like the parser
    assert recorder.calls == [
        ("tagger", True),
        ("parser", True),
        ("lemmatizer", False),
        ("parser-predtags", True),
        ("news-eval", False),
        ("ship", False),
    ]
    assert _args(work, "--parser-on-predicted-tags", "1200").parser_on_predicted_tags == 1200
    recorder = Recorder(monkeypatch)
    news_build.run_news_all(_args(work, "--parser-on-predicted-tags", "--from", "parser-predtags"))
    assert recorder.stages == ["parser-predtags", "news-eval", "ship"]
    with pytest.raises(SystemExit, match="not a stage of this build"):
        news_build.run_news_all(_args(work, "--from", "parser-predtags"))


def test_the_parser_on_predicted_tags_retags_with_this_build_and_continues_its_parser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assembled: list[tuple[Path, dict[str, Path]]] = []
    prepared: list[argparse.Namespace] = []
    trained: list[argparse.Namespace] = []
    monkeypatch.setattr(commands, "assemble_model", lambda target, paths, files, **kwargs: assembled.append((target, files)) or target)
    monkeypatch.setattr(commands, "cmd_news_prep", prepared.append)
    monkeypatch.setattr(commands, "cmd_news_train", trained.append)
    work = tmp_path / "work"
    args = _args(work, "--parser-on-predicted-tags", "--resume")
    news_build.stage_parser_predicted_tags(args, resume=True)

    start = work / "models_mix_start"
    assert assembled == [(start, {name: work / "models_mix" / name for name in news_build.NEWS_MODEL_FILES})]
    assert len(prepared) == 1 and prepared[0].predicted_tags is True and prepared[0].tag_model == start
    assert len(trained) == 1
    run = trained[0]
    # news-train --stage parser --predicted-tags --from-shipped START --max-steps 3000 --resume, START's vectors
    assert (run.stage, run.predicted_tags, run.from_shipped, run.max_steps, run.resume) == ("parser", True, start, 3000, True)
    assert (run.models, run.pretrain, run.corpus) == (work / "models_mix_predtags", None, "mix")

    # news-eval (and so ship) takes that parser; the rest is this build's
    files = news_build._news_model_files(args)
    assert files["parser.pt"] == work / "models_mix_predtags" / "parser.pt"
    assert files["tagger.pt"] == work / "models_mix" / "tagger.pt"
    assert news_build._news_model_files(_args(work))["parser.pt"] == work / "models_mix" / "parser.pt"


def test_corpus_pud_refuses_the_parser_on_predicted_tags(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        training.parse_args(["--corpus", "pud", "all", "--parser-on-predicted-tags"])
    assert "--parser-on-predicted-tags: only with --corpus mix" in capsys.readouterr().err


def test_corpus_pud_runs_the_pud_only_pipeline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder(monkeypatch)
    called: list[argparse.Namespace] = []
    monkeypatch.setattr(training, "all_pud", called.append)
    args = training.parse_args([*DATA, "--corpus", "pud", "all"])
    training.cmd_all(args)
    assert len(called) == 1 and recorder.calls == []
    assert args.work == training.DEFAULT_WORK and args.target == training.TARGET


def test_corpus_pud_refuses_the_options_of_the_resumable_pipeline(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        training.parse_args(["--corpus", "pud", "all", "--resume"])
    assert "--resume: only with --corpus mix" in capsys.readouterr().err


def test_data_options_are_read_before_or_after_the_command() -> None:
    before = training.parse_args(["--corpus", "mix", "--padt", "treebanks/padt", "all", "--resume"])
    after = training.parse_args(["all", "--corpus", "mix", "--padt", "treebanks/padt", "--resume"])
    for args in (before, after):
        assert (args.corpus, args.padt, args.work, args.resume) == ("mix", Path("treebanks/padt"), training.DEFAULT_NEWS_WORK, True)
    assert training.parse_args(["prep"]).work == training.DEFAULT_WORK


def test_main_records_the_command_that_started_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Recorder(monkeypatch, fail_at="tokenizer")
    work = tmp_path / "work"
    with pytest.raises(KeyboardInterrupt):
        training.main(["--work", str(work), "all", "--pretrain", "vectors.pt"])
    Recorder(monkeypatch)
    training.main(["--work", str(work), "all", "--resume"])
    results = json.loads((work / "results.json").read_text(encoding="utf-8"))
    assert results["news_command"] == f"python -m quotes.training --work {work} all --pretrain vectors.pt"


def test_the_vectors_stage_reuses_given_vectors_and_lexicon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def not_built(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the vectors and the lexicon were given: nothing is built")

    monkeypatch.setattr("quotes.training.vectors.build_lexicon", not_built)
    monkeypatch.setattr(commands, "cmd_vectors", not_built)
    (tmp_path / "given.pt").write_bytes(b"vectors")
    (tmp_path / "given.tsv.gz").write_bytes(b"lexicon")
    args = _args(tmp_path / "work", "--pretrain", str(tmp_path / "given.pt"), "--lexicon", str(tmp_path / "given.tsv.gz"))
    news_build.stage_vectors(args, resume=False)
    assert (tmp_path / "work" / "vectors" / "snn.pretrain.pt").read_bytes() == b"vectors"
    assert (tmp_path / "work" / "clitic_lexicon.tsv.gz").read_bytes() == b"lexicon"


def test_news_eval_scores_the_model_in_use_until_this_one_is_shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scored: list[tuple[str, Path]] = []

    def news_eval(args: argparse.Namespace) -> None:
        scored.append((args.name, args.model_dir))
        evaluations = workspace.results_of(args).get("news_eval", {})
        workspace.save_results(args, {"news_eval": {**evaluations, args.name: {}}})

    timed: list[Path] = []
    monkeypatch.setattr(commands, "cmd_news_eval", news_eval)
    monkeypatch.setattr(commands, "cmd_news_curve", lambda args: None)
    monkeypatch.setattr(commands, "assemble_model", lambda target, *args, **kwargs: target)
    monkeypatch.setattr("quotes.training.evaluate.news_sample", lambda news: ["نص"])
    monkeypatch.setattr(
        "quotes.training.evaluate.measure_speed", lambda directory, paragraphs, threads: timed.append(directory) or {"threads": threads}
    )
    target = tmp_path / "shipped"
    target.mkdir()
    (target / "parser.pt").write_bytes(b"the model in use")
    args = _args(tmp_path / "work", "--target", str(target))
    final = tmp_path / "work" / "models_mix_final"
    news_build.stage_news_eval(args, resume=False)
    assert scored == [("before", target), ("mix", final)] and timed == [target, final]
    assert json.loads((tmp_path / "work" / "results.json").read_text())["news_speed"] == {"before": {"threads": 1}, "mix": {"threads": 1}}
    news_build.stage_news_eval(args, resume=False)  # redone before shipping (new rules): the model in use is scored again
    assert scored[2:] == [("before", target), ("mix", final)]

    monkeypatch.setattr("quotes.training.ship.ship_news", lambda *args, **kwargs: [])
    news_build.stage_ship(args, resume=False)
    news_build.stage_news_eval(args, resume=False)  # redone after shipping: --target holds this model, "before" is kept
    assert scored[4:] == [("mix", final)]


def _metrics(base: float) -> dict[str, Any]:
    metrics = {name: base for name in ("Tokens", "Sentences", "Words", "UPOS", "UFeats", "Lemmas", "UAS", "LAS")}
    relations = {name: base - 10 for name in ("nsubj", "ccomp", "obj", "appos", "flat", "parataxis")}
    return {"metrics": metrics, "relations": relations}


def _evaluation(base: float) -> dict[str, Any]:
    quotes = {"quote_f1": 0.9, "speaker_acc": 0.95, "role_acc": 0.93, "e2e_f1": 0.85, "cue_acc": 0.9}
    return {
        "padt_test": _metrics(base),
        "pud_test_raw": _metrics(base + 1),
        "downstream": {name: quotes for name in ("snn_dev", "seed", "pud_dev", "check")},
    }


def test_ship_writes_the_news_model_with_its_licence_card_and_scores(tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    models, target = tmp_path / "final", tmp_path / "ar_compact"
    models.mkdir()
    for name in ship.SHIPPED:
        torch.save({"model": {"weight": [1.0]}, "config": {"train_file": "/work/data/x.conllu"}, "optimizer": {"lr": 1}}, models / name)
    (tmp_path / "pretrain.pt").write_bytes(b"vectors")
    (tmp_path / "lexicon.tsv.gz").write_bytes(b"lexicon")
    results = {
        "news_split_sizes": {"padt_train": 1011, "padt_dev": 150, "padt_test": 203, "mix_train": 1809},
        "news_eval": {"before": _evaluation(60.0), "mix": _evaluation(80.0)},
        "news_curves_mix": {"tagger": [{"step": 50, "dev_score": 42.5}], "parser": [{"step": 100, "dev_score": 62.62}]},
        "all_mix_finished": {"news-prep": {"seconds": 6, "finished": "2025-12-01T20:00:00+00:00"}},
        "news_command": "python -m quotes.training all --pretrain quotes/models/ar_compact/pretrain.pt",
    }
    ship.ship_news(models, tmp_path / "pretrain.pt", tmp_path / "lexicon.tsv.gz", target, results)

    scores = json.loads((target / "scores.json").read_text(encoding="utf-8"))
    assert scores["licence"].startswith("tagger, lemmatizer and parser trained on UD Arabic-PADT")
    assert "CC BY-NC-SA 3.0" in scores["licence"] and "SaudiNewsNet: CC BY-NC-SA 4.0" in scores["licence"]
    assert scores["test"]["LAS"] == 81.0 and scores["padt_test_gold_words"]["F1:flat"] == 70.0
    assert scores["downstream"]["check"] == {"quote_f1": 0.9, "speaker_acc": 0.95, "role_acc": 0.93, "e2e_f1": 0.85}
    card = (target / "MODEL.md").read_text(encoding="utf-8")
    assert "$" not in card
    assert scores["licence"] in card and "python -m quotes.training all --pretrain" in card
    assert "| **mix** (this model) | 80.00 | 80.00 | 80.00 | 80.00 | 80.00 | 70.00 |" in card  # PADT: UPOS … LAS, nsubj …
    assert "| before | snn_dev | 0.900 | 0.950 | 0.930 | 0.850 |" in card
    assert "| 100 | 62.62 |" in card and "| PADT train | 1,011 |" in card
    shipped = torch.load(target / "parser.pt", weights_only=False)
    assert "optimizer" not in shipped and shipped["config"]["train_file"] is None
    assert (target / "pretrain.pt").read_bytes() == b"vectors" and (target / "resources.json").exists()
