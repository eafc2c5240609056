"""A one-word title or rank in the cue's sentence (`وقال اللاعب`، `وأوضح اللواء الحربي`) is no description of its own:
the role is the fuller title the text gave the same person before (`لاعب نادي الوحدة`، `مساعد مدير الشرطة للشؤون
الميدانية اللواء`), as the gold gives `لاعب الرائد` for `أفاد اللاعب`; a title with nothing fuller before it stays.

The sentences were written for the test (invented names), after records seen on SaudiNewsNet articles that are in
neither gold set (`وأوضح اللواء جمعان …`، `وقال الدكتور …` after the person's full title).
tests/data/entities/roles_given_before.conllu holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "roles_given_before.conllu"


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (
            "rank-then-family-name",
            ("وأوضح", "اللواء الحربي", "ناصر الحربي", "مساعد مدير الشرطة للشؤون الميدانية اللواء"),
        ),
        ("bare-title-after-player", ("وقال", "اللاعب", "سعيد المالكي", "لاعب نادي الوحدة")),
    ],
)
def test_a_bare_title_takes_the_fuller_title_given_before(
    extractor: Extractor, doc_id: str, expected: tuple[str, str, str, str]
) -> None:
    assert sources(extractor, documents_by_id(PARSES)[doc_id])[-1] == expected


def test_a_title_with_nothing_fuller_before_stays(extractor: Extractor) -> None:
    document = documents_by_id(PARSES)["title-with-no-fuller-one"]
    assert sources(extractor, document) == [("وقال", "فهد العمري", "فهد العمري", "الدكتور")]
