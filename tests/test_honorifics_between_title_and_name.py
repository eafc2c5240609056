"""A title phrase, then honorifics, then the name (`الأمين العام لمجمع الفقه الإسلامي بالهند فضيلة الشيخ أحمد فضل الله
الندوي`): honorifics are no title (the spec's role rule), so the name right after them is the title's holder as if
nothing stood between; a participle later in the sentence (`…، وهنأ … مشيرا إلى أن …`) that the coreference pass gave
the title's phrase speaks through the name too (issue 10). The shape was seen on a SaudiNewsNet article annotated in
session 30 outside the gold sets.

The sentences were written for the test (invented names and content).
tests/data/entities/honorifics_between_title_and_name.conllu holds them as the bundled model parsed them (`quotes
parse`, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("honorifics_between_title_and_name")


@pytest.mark.parametrize(
    ("doc_id", "name", "title"),
    [
        ("secretary-general-sheikh", "أحمد فضل الله الندوي", "الأمين العام لمجمع الفقه الإسلامي بالهند"),
        ("association-head-sheikh", "ناصر سيف الله المباركفوري", "رئيس جمعية علماء الحديث بالهند"),
    ],
)
def test_the_participle_speaks_through_the_name_after_the_honorifics(extractor: Extractor, doc_id: str, name: str, title: str) -> None:
    found = sources(extractor, DOCUMENTS[doc_id])
    assert [(cue, resolved) for cue, _, resolved, _ in found] == [("وأوضح", name), ("مشيرا", name)]
    assert all(role == title for _, _, _, role in found)
