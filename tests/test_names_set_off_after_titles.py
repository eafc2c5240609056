"""A person's name set off by commas after the title phrase that is the verb's subject (`ويرى أستاذ الاقتصاد بجامعة
الملك عبدالعزيز، الدكتور خالد الشهري، أن …`) is the speaker, whatever the cue (an opinion verb too, whose object a name
right after a title could be), and a name followed by where or to whom he spoke (`، الدكتور فلان في بيانه لوكالة …`)
as well; the title up to the comma is the role. Each sentence was written for the test
(invented names and content), after a record seen on a SaudiNewsNet article outside the gold sets.

tests/data/entities/names_set_off_after_titles.conllu holds the parses (bundled model, entity tagger on); no model is
loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "names_set_off_after_titles.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("set-off-names-1", [("ويرى", "خالد الشهري", "خالد الشهري", "أستاذ الاقتصاد بجامعة الملك عبدالعزيز")]),
        ("set-off-names-2", [("واعتبر", "منصور العتيبي", "منصور العتيبي", "رئيس مجلس إدارة الغرفة التجارية والصناعية")]),
        # a preposition right after the name opens where or to whom he spoke, not more of his name
        ("set-off-names-3", [("وأوضح", "توفيق بن فوزان الربيعة", "توفيق بن فوزان الربيعة", "وزير التجارة والصناعة")]),
        ("set-off-names-4", [("وقال", "سعد القحطاني", "سعد القحطاني", "رئيس الهيئة")]),
    ],
)
def test_a_name_set_off_after_a_title_is_the_speaker(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str, ...]]
) -> None:
    assert sources(extractor, documents[doc_id]) == expected


def test_a_name_inside_a_circumstance_after_the_comma_is_not_the_title_holder(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    """`وأكد وزير الخارجية، خلال مؤتمر صحفي مع نظيره سيرجي لافروف في موسكو أن …`: the name belongs to the circumstance
    (whom he met), not to the title; the minister speaks."""
    assert sources(extractor, documents["set-off-names-5"]) == [("وأكد", "وزير الخارجية", "وزير الخارجية", "وزير الخارجية")]
