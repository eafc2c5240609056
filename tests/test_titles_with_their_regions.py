"""A title with the region or town its office sits in after في (`مدير فرع الهيئة في منطقة الرياض الدكتور سامي
المالكي`، `مدير إدارة التعليم في محافظة جدة`) is the person's title, not a clause before the name; so a later quote
by the bare rank and family name (`وأوضح الدكتور المالكي`) takes that fuller title as its role (issue 10). The region
nouns are rules/lexicons/office_regions.tsv; a verbal noun after في (`المساعدة في بدء محادثات`) still opens a
clause.

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
annotated in session 31 outside the gold sets. tests/data/entities/titles_with_their_regions.conllu holds the parses
(bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("titles_with_their_regions")


@pytest.mark.parametrize(
    ("doc_id", "title"),
    [
        ("title-with-its-region", "مدير فرع الهيئة في منطقة الرياض الدكتور"),
        ("title-with-its-governorate", "مدير إدارة التعليم في محافظة جدة المهندس"),
    ],
)
def test_the_later_bare_rank_takes_the_title_with_its_region(extractor: Extractor, doc_id: str, title: str) -> None:
    assert sources(extractor, DOCUMENTS[doc_id]) == [
        ("قال", "سامي المالكي", "سامي المالكي", title),
        ("وأوضح", "المالكي", "سامي المالكي", title),
    ]
