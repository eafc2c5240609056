"""A body's short name (`المنظمة`، `الشركة`، `الجمعية`، `البنك`) after a larger body that holds the body in construct
(`مجلس وزراء خارجية منظمة التعاون الإقليمي`، `إدارة شركة النخيل …`، `مجلس إدارة جمعية الهلال الأخضر`) is the inner
body its head opens, not the council or board around it: the short name's head noun names the body.

The sentences were written for the test (invented bodies and content), after records seen on SaudiNewsNet articles
that are in neither gold set. tests/data/entities/bodies_inside_larger_bodies.conllu holds the parses (bundled model,
entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("bodies_inside_larger_bodies")


@pytest.mark.parametrize(
    ("doc_id", "short", "body"),
    [
        ("inner-body-1", "المنظمة", "منظمة التعاون الإقليمي"),  # after مجلس وزراء خارجية منظمة …
        ("inner-body-3", "الجمعية", "جمعية الهلال الأخضر"),  # after مجلس إدارة جمعية …
        ("inner-body-4", "البنك", "بنك الريف الزراعي"),  # after مجلس إدارة بنك …
    ],
)
def test_the_short_name_is_the_inner_body(extractor: Extractor, doc_id: str, short: str, body: str) -> None:
    assert [(speaker, resolved) for _, speaker, resolved, _ in sources(extractor, DOCUMENTS[doc_id])][-1] == (short, body)


def test_the_board_speaks_for_itself_and_the_company_is_the_company(extractor: Extractor) -> None:
    board, company = "إدارة شركة النخيل للتطوير العقاري", "شركة النخيل للتطوير العقاري"
    assert [(cue, resolved) for cue, _, resolved, _ in sources(extractor, DOCUMENTS["inner-body-2"])] == [
        ("وقالت", board),
        ("وأوضحت", company),
    ]
