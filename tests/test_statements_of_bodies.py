"""A statement of a body named before (`وأوضح بيان للوزارة، أن …` after `افتتحت وزارة النقل …`) resolves to the body's
full name. The issuer read from `للوزارة` (ل, and the article whose ا is not written) is the span `وزارة` inside the
written word لوزارة, and the speaker mention made of it had no word of its own to be typed by: it became a person,
`وزارة`, an entity of its own. The mention is now typed by the written word it lies in (an organisation head), and
joins the ministry.

The sentences were written for the test (invented content), after that error on a SaudiNewsNet article that is in
neither gold set. tests/data/entities/statements_of_bodies.conllu holds the parse (bundled model, entity tagger on);
no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "statements_of_bodies.conllu"


def test_a_statement_of_the_ministry_resolves_to_the_ministry(extractor: Extractor) -> None:
    document = documents_by_id(PARSES)["statement-of-the-ministry-1"]
    assert sources(extractor, document) == [("وأوضح", "بيان للوزارة", "وزارة النقل", None)]
