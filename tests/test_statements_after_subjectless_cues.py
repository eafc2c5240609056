"""A statement a cue without a subject spoke in (`وقالت في بيان إن …`، `وأوضحت في بيان لها أن …`), then the statement
quoted as a speaker (`وتابع البيان أن …`، `وأضاف البيان أن …`): the spec's speaker_resolved of a statement is its
issuer when the text names one, and here the issuer is the source the earlier cue was given (the body named before,
which the subject-less cue speaks for), not `البيان` itself. A statement whose issuer its own phrase names (`البيان
الذي أصدرته الهيئة`) keeps that issuer (quotes/coreference/quote_sieves.py statement_spoken_in).

The sentences were written for the test (invented bodies and content), after a shape seen on SaudiNewsNet articles
that are in neither gold set. tests/data/entities/statements_after_subjectless_cues.conllu holds the parses of both
parsers (the bundled one and session 23's GPU-trained one), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("statements_after_subjectless_cues")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "body"), [("statement-then-the-statement-1", "وزارة الزراعة"), ("statement-then-the-statement-2", "هيئة الأرصاد")]
)
def test_the_statement_is_the_source_of_the_cue_that_spoke_in_it(extractor: Extractor, parser: str, doc_id: str, body: str) -> None:
    found = sources(extractor, DOCUMENTS[f"{doc_id}-{parser}"])
    assert [(speaker, resolved) for _, speaker, resolved, _ in found[-2:]] == [(None, body), ("البيان", body)]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_statement_with_its_issuer_keeps_it(extractor: Extractor, parser: str) -> None:
    found = sources(extractor, DOCUMENTS[f"statement-with-its-issuer-{parser}"])
    assert found[-1][1:3] == ("البيان", "للهيئة")  # (the body as written where the text names it: ل + الهيئة)
