"""The annotated unseen news of eval/unseen/ is usable gold: every record places in its article as the contract says,
no article is in two sets or in the dev gold, and the scoring script finds every set and never lists the errors of the
held-out pool or the check set.

The reference checker (tests/data/gold/quote_score.py, a copy of the shared tool) is run on each set as it is on the
gold files; the extractor itself is not run (scripts/eval_unseen.py does that, outside the suite).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UNSEEN = ROOT / "eval" / "unseen"
CHECKER = ROOT / "tests" / "data" / "gold" / "quote_score.py"
SETS = sorted(UNSEEN.glob("*/*_docs.jsonl"))


def _script():
    spec = importlib.util.spec_from_file_location("eval_unseen", ROOT / "scripts" / "eval_unseen.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_script_finds_every_set_of_both_pools() -> None:
    script = _script()
    assert script.sets_of("read") == ["ra", "rb", "rc", "rd", "re", "rf", "rg", "rh", "ri", "rj", "rk", "rl", "rm", "rn"]
    assert script.sets_of("held_out") == ["ha", "hb", "hc", "hd", "he", "hf", "hg", "hh", "hi", "hj"]


def test_the_dev_gold_sets_the_script_scores_are_in_the_repository() -> None:
    for _, docs, gold, parsed in _script().DEV_SETS:
        for name in (docs, gold, parsed):
            assert name is None or (ROOT / "tests" / "data" / "gold" / name).is_file()


@pytest.mark.parametrize(
    "argv",
    [["--errors", "wrong_speaker"], ["--pool", "held_out", "--errors", "missed"], ["--pool", "read", "--check", "x", "--errors", "missed"]],
)
def test_the_script_lists_no_held_out_or_check_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as refused:
        _script().main(argv)
    assert refused.value.code == 2
    assert "read sets' and the dev gold's errors only" in capsys.readouterr().err


@pytest.mark.parametrize("docs", SETS, ids=[path.name.removesuffix("_docs.jsonl") for path in SETS])
def test_every_gold_record_places_in_its_article(docs: Path) -> None:
    gold = docs.with_name(docs.name.replace("_docs", "_gold"))
    checked = subprocess.run([sys.executable, str(CHECKER), "check", str(docs), str(gold)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert ", 0 problems" in checked.stdout


def test_no_article_is_in_two_sets_or_in_the_dev_gold() -> None:
    seen: dict[str, str] = {}
    for docs in SETS:
        for line in docs.read_text(encoding="utf-8").splitlines():
            article = json.loads(line)
            assert article["id"] not in seen, f"{article['id']} is in {seen.get(article['id'])} and {docs.name}"
            seen[article["id"]] = docs.name
    assert len(seen) == 20 * len(SETS)
    dev = ROOT / "tests" / "data" / "gold" / "snn_dev_docs.jsonl"
    openings = {json.loads(line)["text"][:150] for line in dev.read_text(encoding="utf-8").splitlines()}
    for docs in SETS:
        for line in docs.read_text(encoding="utf-8").splitlines():
            assert json.loads(line)["text"][:150] not in openings
