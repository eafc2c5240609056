"""A long title without a name that writes an earlier holder's title again with a relational adjective in the
feminine for a noun the first title wrote (`مدير إدارة السلامة المرورية` after `الناطق الإعلامي للإدارة العامة للمرور
ومدير إدارة السلامة العميد فلان`: المرورية for للمرور) is that holder, as a nationality stands for its country
(`البحريني` for البحرين; quotes/coreference/titles.py holds_word). Another office (`مدير إدارة الشؤون المالية`) is
not (issue 10; the spec: `speaker_resolved` "the canonical name of the source"; the shape of an error seen on
SaudiNewsNet articles annotated in session 30, outside the gold sets).

The sentences were written for the test (invented names and content). tests/data/entities/
titles_named_again_with_an_adjective.conllu holds them as the bundled model parsed them (`quotes parse`, entity tagger
on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("titles_named_again_with_an_adjective")


def test_the_office_with_its_adjective_is_the_holder_named_before(extractor: Extractor) -> None:
    [_, later] = sources(extractor, DOCUMENTS["office-with-its-adjective"])
    assert later == ("وأوضح", "مدير إدارة السلامة المرورية", "سامي الحربي", "مدير إدارة السلامة المرورية")


def test_another_office_is_not(extractor: Extractor) -> None:
    [_, later] = sources(extractor, DOCUMENTS["another-office-with-an-adjective"])
    assert later[2] == "مدير إدارة الشؤون المالية"
