"""`ووجهت الحكومة الأردنية بتعزيز الرقابة على …`: where a quote's content opens with بـ glued to a verbal noun (بتعزيز،
بتوزيع، بالتمسك، بالقول), that is what was said, and the body's name ends before it; the entity's name is the body
alone. A place after بـ still goes on the body's name (`الإدارة العامة للتعليم بمنطقة الرياض`), even where the parse
starts the content there.

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
outside the gold sets. tests/data/entities/verbal_noun_after_a_body.conllu holds the parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "verbal_noun_after_a_body.conllu"


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("ba-1", [("أوصى", "مجلس إدارة شركة أسمنت الشمال", "مجلس إدارة شركة أسمنت الشمال", None)]),
        ("ba-2", [("وطالبت", "لجنة الانضباط", "لجنة الانضباط", None)]),
        ("ba-3", [("ووجهت", "الحكومة الأردنية", "الحكومة الأردنية", None)]),
        ("ba-4", [("ودعت", "الإدارة العامة للتعليم", "الإدارة العامة للتعليم بمنطقة الرياض", None)]),
    ],
)
def test_verbal_noun_after_a_body_is_what_was_said(
    extractor: Extractor, doc_id: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert sources(extractor, documents_by_id(PARSES)[doc_id]) == expected
