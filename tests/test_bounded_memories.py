"""A long rules-only run keeps its memory flat: what the rules remember is keyed by spelling or text, bounded, and
never by a document.

A batch worker reads millions of documents, a chunk at a time, and collects every generation of the garbage
collector once every so many documents (`quotes.loaded`): what the young collections left to the older ones made
its RSS creep up by some 8 MiB over 10,000 documents, although no memory of the rules grew.

Every memory of the rule pipeline (the readings of a spelling, the normal form of a text, the name words of a
mention…) must have a bound, and reading the same articles again under
other document ids must add nothing to any of them: a memory that grew there would grow with every document of a
corpus.
"""

from __future__ import annotations

import gc
import importlib
from pathlib import Path
from typing import Any

import pytest

from quotes import batch, compiled, conllu_reading, loaded, normalize
from quotes.api import Extractor
from quotes.io import Document

SEED = Path(__file__).resolve().parent / "data" / "seed" / "seed.conllu"


def _rule_memories() -> dict[str, Any]:
    """Every `functools.lru_cache` of the rule pipeline's modules (those `quotes compile` builds), by module and
    name."""
    found = {}
    for name in compiled.MODULES:
        module = importlib.import_module(name)
        for attribute, value in list(vars(module).items()):
            if callable(getattr(value, "cache_info", None)) and getattr(value, "__module__", name) == name:
                found[f"{name}.{attribute}"] = value
    return found


def _sizes() -> dict[str, int]:
    sizes = {name: memory.cache_info().currsize for name, memory in _rule_memories().items()}
    sizes["quotes.normalize._remembered"] = len(normalize._remembered)
    sizes["quotes.conllu_reading._SPELLINGS"] = len(conllu_reading._SPELLINGS)
    return sizes


def _under_new_ids(conllu: str, round_: int) -> str:
    return conllu.replace("# newdoc id = ", f"# newdoc id = again{round_}-")


def _extract_all(extractor: Extractor, conllu: str) -> int:
    return sum(len(quotes) for _, quotes in extractor.extract_conllu(conllu))


def test_every_memory_of_the_rules_has_a_bound() -> None:
    extractor = Extractor(entity_tagger=False)
    assert _extract_all(extractor, SEED.read_text(encoding="utf-8")) > 0
    unbounded = [name for name, memory in _rule_memories().items() if memory.cache_parameters()["maxsize"] is None]
    assert _rule_memories(), "no memory found: the search for them is broken"
    assert unbounded == []


def test_the_same_articles_under_new_ids_add_nothing_to_any_memory() -> None:
    extractor = Extractor(entity_tagger=False)
    conllu = SEED.read_text(encoding="utf-8")
    first = _extract_all(extractor, conllu)
    before = _sizes()
    for round_ in range(3):
        assert _extract_all(extractor, _under_new_ids(conllu, round_)) == first
    grown = {name: (size, _sizes()[name]) for name, size in before.items() if _sizes()[name] > size}
    assert grown == {}


def test_a_worker_collects_every_generation_once_enough_documents_are_done(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loaded, "FULL_COLLECTION_DOCUMENTS", 2)
    monkeypatch.setattr(loaded._DocumentsDone, "count", 0)
    job = batch.Job(extractor_factory=lambda: Extractor(entity_tagger=False))
    seed = Document(input="seed.conllu", line=None, doc_id="seed-001", conllu=SEED.read_text(encoding="utf-8"))
    batch.process(job, [seed])  # loads the pipeline
    full = gc.get_stats()[2]["collections"]
    assert batch.process(job, [seed])[0].failure is None
    assert gc.get_stats()[2]["collections"] == full + 1  # two documents done
    batch.process(job, [seed])
    assert gc.get_stats()[2]["collections"] == full + 1  # one


def test_reading_and_extracting_a_document_leaves_no_cyclic_garbage() -> None:
    """Everything a document makes is freed by reference counting when the document is done: nothing waits for the
    collector (a closure inside a compiled function, kept alive by its own scope, did; quotes.drafts.subject)."""
    extractor = Extractor(entity_tagger=False)
    parses = [SEED, *sorted((SEED.parent.parent / "news").glob("*.conllu"))]
    conllu = "".join(path.read_text(encoding="utf-8") for path in parses)
    _extract_all(extractor, conllu)  # the memories of the rules filled
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        _extract_all(extractor, _under_new_ids(conllu, 0))
        gc.collect()
        left = sorted({type(thing).__qualname__ for thing in gc.garbage})
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert left == []
