"""The newspaper a source spoke to, in quotation marks after ل and before the source (`وقد أوضح لـ" الرياض" المقدم فهد
العنزي المتحدث الإعلامي بإدارة المرور بأن …`), is no part of the source's title, where the parse made it the verb's
subject: the speaker phrase starts after its closing mark, so the rank before the name is a rank only and the job
after the name is the role. The sentences were written for the test (invented names and content), after a record
seen on a SaudiNewsNet article outside the gold sets.

tests/data/entities/papers_told_before_speakers.conllu holds the parses (bundled model, entity tagger on); no model
is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "papers_told_before_speakers.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("papers-told-first-1", [("أكد", "سامي الحربي", "سامي الحربي", "المتحدث الرسمي بمديرية الشرطة في منطقة تبوك")]),
        ("papers-told-first-2", [("أوضح", "فهد العنزي", "فهد العنزي", "المتحدث الإعلامي بإدارة المرور")]),
    ],
)
def test_the_paper_told_opens_no_title(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str, ...]]
) -> None:
    assert sources(extractor, documents[doc_id]) == expected
