"""`مهددة بالانقراض` ("threatened with extinction") and `مهددا خطيرا` ("a serious threat") report nothing.

The participle مهدِّد ("threatening") is written like the passive participle مهدَّد ("threatened") and the noun مهدِّد
("a threat"), and the participle rules read `سلحفاة بحرية مهددة بالانقراض` as a report with the content
`بالانقراض …`, and `تشكل مهددا خطيرا` as one with `خطيرا …` (which also cut the quote around it short). A threat with a
noun reports an act, not what was said; the forms are left out of the nominal-complement and speech rules
(rules/participles.toml), and `مهدداً بأن …` with its own clause stays a quote.

The sentences were written for the test (invented names and content), after records on SaudiNewsNet articles in neither
gold set (`قطة وحشية مهددة بالإبادة`، `تشكل مهددا خطيرا لأمن …`، `تلوح بخنجر مهددة بقتل …`).
tests/data/entities/threatened_and_threats.conllu holds each parsed by the step-1,800 parser of session 10
(`…-pud-style`) and by the bundled model (`…-shipped`), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("threatened_and_threats")


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_threatened_with_extinction_is_no_report(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"threatened-1-{style}"]) == []


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_threat_named_inside_a_quote_leaves_the_quote_whole(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"threatened-2-{style}"]) == [
        ("indirect", "وقال", "مدير الشرطة", "إن المخدرات أصبحت تشكل مهددا خطيرا لأمن المجتمع")
    ]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_threatening_with_a_clause_is_still_a_quote(extractor: Extractor, style: str) -> None:
    found = quotes_found(extractor, DOCUMENTS[f"threatened-3-{style}"])
    assert ("indirect", "مهددا", None, "بأن النادي لن يشارك في البطولة المقبلة") in found
