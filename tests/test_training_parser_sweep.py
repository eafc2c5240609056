"""The parser sweep for a lent GPU (``quotes.training.parser_sweep``): its variants' Stanza arguments, the deadline
that stops a run between updates, and the ranking read from Stanza's own dev lines. Nothing is trained here."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from quotes.training import parser_sweep
from quotes.training.parser_sweep import VARIANTS, Deadline, Variant, dev_curve, rank, stanza_arguments, updates_until


def _arguments(variant: Variant, start: Path | None) -> list[str]:
    return stanza_arguments(
        variant, train_file=Path("t.conllu"), dev_file=Path("d.conllu"), pretrain=Path("p.pt"), out=Path("o"), start=start
    )


def _value(arguments: list[str], flag: str) -> str:
    return arguments[arguments.index(flag) + 1]


def test_a_continued_variant_starts_from_the_given_parser_at_the_lower_rate() -> None:
    arguments = _arguments(Variant("c", ("a.conllu",), continued=True), Path("shipped/parser.pt"))
    assert _value(arguments, "--continue_from") == "shipped/parser.pt"
    assert _value(arguments, "--lr") == "1e-3"


def test_a_scratch_variant_starts_anew_at_the_higher_rate_with_the_shipped_sizes() -> None:
    arguments = _arguments(Variant("s", ("a.conllu",), continued=False, batch_words=5000), None)
    assert "--continue_from" not in arguments
    assert _value(arguments, "--lr") == "3e-3"
    assert _value(arguments, "--batch_size") == "5000"
    assert [_value(arguments, flag) for flag in ("--hidden_dim", "--char_hidden_dim", "--deep_biaff_hidden_dim")] == ["200"] * 3
    assert "--no_checkpoint" in arguments and "--no_second_optim" in arguments


def test_a_continued_variant_without_a_starting_parser_is_refused() -> None:
    with pytest.raises(ValueError, match="--start"):
        _arguments(Variant("c", ("a.conllu",), continued=True), None)


def test_variant_names_are_unique_and_every_variant_trains_on_news_prep_files() -> None:
    assert len({variant.name for variant in VARIANTS}) == len(VARIANTS)
    assert all(name.startswith("mix_train") for variant in VARIANTS for name in variant.train)


class _Trainer:
    def update(self, batch: int) -> int:
        return batch + 1


def test_updates_pass_before_the_deadline_and_stop_after_it() -> None:
    with updates_until(time.monotonic() + 60, _Trainer):
        assert _Trainer().update(1) == 2
    with updates_until(time.monotonic() - 1, _Trainer), pytest.raises(Deadline):
        _Trainer().update(1)
    assert _Trainer().update(1) == 2  # the original method is back


LOG = """2026-12-04 16:34:10,001 stanza step 100: train_loss = 2.500000, dev_score = 0.7387
2026-12-04 16:34:20,001 stanza new best model saved.
2026-12-04 16:34:30,001 stanza step 200: train_loss = 2.400000, dev_score = 0.7450
2026-12-04 16:34:40,001 stanza step 300: train_loss = 2.300000, dev_score = 0.7442
"""


def test_the_dev_curve_is_read_from_stanzas_own_lines(tmp_path: Path) -> None:
    log = tmp_path / "train.log"
    log.write_text(LOG, encoding="utf-8")
    assert dev_curve(log) == [(100, 73.87), (200, 74.5), (300, 74.42)]
    assert dev_curve(tmp_path / "missing.log") == []


def test_variants_rank_by_their_best_dev_and_one_without_a_model_comes_last(tmp_path: Path) -> None:
    strong, weak, empty = (Variant(name, ("mix_train.conllu",), continued=False) for name in ("strong", "weak", "empty"))
    for variant, best in ((strong, "0.7600"), (weak, "0.7000")):
        (tmp_path / variant.name).mkdir()
        (tmp_path / variant.name / "parser.pt").write_bytes(b"model")
        (tmp_path / variant.name / "train.log").write_text(LOG.replace("0.7450", best), encoding="utf-8")
    (tmp_path / "empty").mkdir()
    ranking = rank(tmp_path, [weak, empty, strong])
    assert [row["variant"] for row in ranking] == ["strong", "weak", "empty"]
    assert ranking[0]["dev_las"] == 76.0 and ranking[0]["best_step"] == 200 and ranking[0]["steps"] == 300
    assert ranking[2]["why"] == "no model saved"


def test_the_sweep_is_chosen_on_the_predicted_tag_dev_file() -> None:
    assert parser_sweep.DEV == "mix_dev_predtags.gold.conllu"
