"""The benchmark's comparisons in turn (`benchmarks/run.py`): on a shared machine whose speed moves from minute to
minute, the parser and end-to-end `quotes extract` are timed batch by batch, each group of calls first on one batch
and last on the next, so that a ratio of the two compares the same moments."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "run.py"


def _benchmark() -> Any:
    spec = importlib.util.spec_from_file_location("benchmark_run", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("benchmark_run", module)
    spec.loader.exec_module(module)
    return module


def test_groups_take_turns_batch_by_batch_and_each_call_keeps_its_place_in_its_group() -> None:
    calls: list[tuple[str, tuple[str, ...]]] = []

    def call(name: str) -> Any:
        return lambda batch: calls.append((name, tuple(batch)))

    groups = [[("parse", call("parse")), ("tag", call("tag"))], [("whole", call("whole"))], [("stock", call("stock"))]]
    cpu, wall = _benchmark().time_in_turn([["a", "b"], ["c"], ["d"]], groups)
    assert calls == [
        ("parse", ("a", "b")), ("tag", ("a", "b")), ("whole", ("a", "b")), ("stock", ("a", "b")),
        ("stock", ("c",)), ("whole", ("c",)), ("parse", ("c",)), ("tag", ("c",)),
        ("parse", ("d",)), ("tag", ("d",)), ("whole", ("d",)), ("stock", ("d",)),
    ]  # fmt: skip
    assert set(cpu) == set(wall) == {"parse", "tag", "whole", "stock"}


def test_each_call_is_charged_its_own_cpu_seconds() -> None:
    def busy(batch: list[int]) -> None:
        total = 0
        for value in range(200_000 * len(batch)):
            total += value

    cpu, wall = _benchmark().time_in_turn([[1, 2, 3], [4, 5, 6]], [[("busy", busy)], [("idle", lambda batch: None)]])
    assert cpu["busy"] > 10 * cpu["idle"]
    assert wall["busy"] > 0 and wall["idle"] >= 0


def test_each_call_gets_a_copy_of_the_batch() -> None:
    seen: list[list[str]] = []

    def greedy(batch: list[str]) -> None:
        seen.append(list(batch))
        batch.clear()

    _benchmark().time_in_turn([["x", "y"]], [[("greedy", greedy)], [("after", lambda batch: seen.append(list(batch)))]])
    assert seen == [["x", "y"], ["x", "y"]]
