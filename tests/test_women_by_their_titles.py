"""A woman's title before her name (`الشاعرة الأردنية`، `الطالبة`) is her role, as the man's is (`الشاعر السعودي`،
`الطالب`), and the name after it is the speaker. A feminine title standing alone for the speaker (the parse cut the
name off it) is no title of the man quoted before: `فيما تقول الكاتبة الأردنية رغدة الخطيب` after `الكاتب فهد
العتيبي` was quoted is a new source.

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
that are in neither gold set. tests/data/entities/women_by_their_titles.conllu holds the parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "women_by_their_titles.conllu"

_MAN, _WOMAN = "فهد العتيبي", "رغدة الخطيب"


@pytest.mark.parametrize(
    ("doc_id", "his", "hers"),
    [("poet-after-a-man", "الشاعر السعودي", "الشاعرة الأردنية"), ("writer-after-a-man", "الكاتب السعودي", "الكاتبة الأردنية")],
)
def test_a_woman_quoted_after_a_man_is_herself(extractor: Extractor, doc_id: str, his: str, hers: str) -> None:
    found = sources(extractor, documents_by_id(PARSES)[doc_id])
    assert [(resolved, role) for _, _, resolved, role in found] == [(_MAN, his), (_WOMAN, hers)]


def test_a_student_is_described_by_her_title(extractor: Extractor) -> None:
    name = "ريتال الحربي"
    assert sources(extractor, documents_by_id(PARSES)["student-before-her-name"]) == [("وقالت", name, name, "الطالبة")]
