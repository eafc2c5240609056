"""The seed article: its 14 gold quotes, field by field.

The input is a stored parse of the seed (tests/data/seed/seed.conllu, made once
with the bundled model by ``Extractor().parse(text, "seed-001").to_conllu()``),
so this test checks the rules, assembly and coreference without loading a
model and does not move when the model is retrained. The expectations are the
gold file itself (tests/data/gold/seed_gold.jsonl), never the extractor's
current output. One test behind the ``model`` marker runs the whole pipeline on
the raw text and checks structure only.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from quotes.api import Extractor
from quotes.errors import ModelError
from quotes.evaluate import ScoredQuote, gold_spans, read_documents, read_jsonl, span_overlap
from quotes.model import QUOTE_TYPES, Quote

DATA = Path(__file__).parent / "data"
SEED_TEXT = Path(__file__).parent.parent / "examples" / "seed_article.txt"
SEED_PARSE = DATA / "seed" / "seed.conllu"
FIELDS = ("type", "content", "cue", "speaker", "speaker_resolved", "role", "via")

needs_parse = pytest.mark.skipif(
    not SEED_PARSE.exists(),
    reason=f"{SEED_PARSE.relative_to(DATA.parent.parent)} not made yet: write "
    "Extractor().parse(text, 'seed-001').to_conllu() of examples/seed_article.txt there once the model exists",
)


@cache
def seed_text() -> str:
    return read_documents(DATA / "gold" / "seed_docs.jsonl")["seed-001"]


@cache
def gold() -> tuple[ScoredQuote, ...]:
    placed = gold_spans({"seed-001": seed_text()}, read_jsonl(DATA / "gold" / "seed_gold.jsonl"))
    assert placed.problems == ()
    return placed.quotes


@cache
def extracted() -> tuple[Quote, ...]:
    ((document, quotes),) = list(Extractor().extract_conllu(SEED_PARSE.read_text(encoding="utf-8")))
    assert document.text == seed_text(), "the stored parse must keep the article's exact text"
    return tuple(quotes)


def text_of(value: Any) -> str | None:
    return None if value is None else value.text


def test_the_example_is_the_gold_document() -> None:
    assert SEED_TEXT.read_text(encoding="utf-8") == seed_text()
    assert len(gold()) == 14


@needs_parse
@pytest.mark.parametrize("number", range(1, 15), ids=lambda number: f"gold-{number}")
def test_gold_quote_field_by_field(number: int) -> None:
    expected = gold()[number - 1]
    assert expected.cue is not None
    found = [quote for quote in extracted() if span_overlap(quote.cue.span, expected.cue) > 0]
    assert found, f"no quote with the cue {expected.cue.text!r} at {expected.cue.start}"
    quote = found[0]
    got = {
        "type": quote.type,
        "content": quote.content.text,
        "cue": quote.cue.text,
        "speaker": text_of(quote.speaker),
        "speaker_resolved": text_of(quote.speaker_resolved),
        "role": text_of(quote.role),
        "via": text_of(quote.via),
    }
    want = {"type": expected.type, **{field: text_of(getattr(expected, field)) for field in FIELDS[1:]}}
    assert got == want
    # Spans in the cue's own clause are the occurrences the gold places there.
    assert (quote.content.start, quote.content.end) == (expected.content.start, expected.content.end)
    assert (quote.cue.start, quote.cue.end) == (expected.cue.start, expected.cue.end)
    if expected.speaker is not None and quote.speaker is not None:
        assert (quote.speaker.start, quote.speaker.end) == (expected.speaker.start, expected.speaker.end)


@needs_parse
def test_no_quote_beyond_the_gold() -> None:
    extra = [
        quote
        for quote in extracted()
        if not any(span_overlap(quote.cue.span, expected.cue) > 0 for expected in gold() if expected.cue is not None)
    ]
    assert [(quote.cue.text, quote.content.text[:60]) for quote in extra] == []
    assert len(extracted()) == 14


@pytest.mark.model
def test_full_pipeline_on_the_raw_seed() -> None:
    text = SEED_TEXT.read_text(encoding="utf-8")
    try:
        quotes = Extractor().extract(text, doc_id="seed-001")
    except ModelError as exc:
        pytest.skip(f"no parser model: {exc}")
    assert len(quotes) == 14
    assert len({quote.quote_id for quote in quotes}) == 14
    for quote in quotes:
        assert quote.type in QUOTE_TYPES
        for span in (quote.content, quote.cue.span, quote.speaker, quote.speaker_resolved, quote.role, quote.via):
            assert span is None or text[span.start : span.end] == span.text
        assert quote.speaker_resolved is not None, quote.to_dict()


@pytest.mark.model
def test_the_readmes_example_output_is_what_the_extractor_writes() -> None:
    """examples/seed_article.expected.jsonl, which the README shows, is the current output of the quick start's command."""
    expected = (SEED_TEXT.parent / "seed_article.expected.jsonl").read_text(encoding="utf-8")
    quotes = Extractor().extract(SEED_TEXT.read_text(encoding="utf-8"), doc_id="seed_article")
    written = "".join(json.dumps(quote.to_dict(), ensure_ascii=False) + "\n" for quote in quotes)
    assert written == expected, "examples/seed_article.expected.jsonl is stale: regenerate it with the README's first command"
