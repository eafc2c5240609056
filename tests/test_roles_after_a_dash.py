"""A title after a dash, closed by the colon before the speech, is the role.

`وقال فلان - الناطق الإعلامي للمركز: إن …`، `وقال فلان - مستشار في الشؤون الاجتماعية: ان …`: news sets the title off
with one dash and lets the colon end it (`quotes.speakers.roles.comma_role`, which read a title between two dashes
only); the person's later quotes keep it.

Sentences written for the test (invented names), after read-set records; tests/data/entities/roles_after_a_dash.conllu
holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("roles_after_a_dash")


def test_a_spokesman_after_a_dash_and_his_next_quote(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    said, added = sources(extractor, documents["spokesman-after-a-dash"])
    assert said == ("وقال", "سامر العلي", "سامر العلي", "الناطق الإعلامي للجمعية")
    assert added == ("وأضاف", "العلي", "سامر العلي", "الناطق الإعلامي للجمعية")


def test_an_indefinite_title_after_a_dash(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["adviser-after-a-dash"])
    assert said == ("وقال", "محمد الراشد", "محمد الراشد", "مستشار في الشؤون الاجتماعية")
