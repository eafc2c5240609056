"""A role ends where the text says where or how the person spoke: `مدير المركز الوطني للأرصاد | في مؤتمر صحفي عبر
الهاتف`، `المستشارة الإعلامية للوزارة | في تدوينة نشرتها أمس`. A circumstance (في/خلال/عبر + a statement, interview,
conference, post: the speech nouns the speaker steps already stop at) or an addressee (للصحفيين) is no part of the
person's position, whichever step read the role (a title after the name, after a comma).

The sentences were written for the test (invented names), after records seen on SaudiNewsNet articles that are in
neither gold set (`مدير المراكز الأمريكية في مؤتمر صحفي عبر الهاتف`) and in the UD Arabic-PUD dev sentences.
tests/data/entities/roles_before_circumstances.conllu holds the parses (bundled model, entity tagger on); no model is
loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "roles_before_circumstances.conllu"


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("title-then-press-conference", ("وقال", "سامر الحداد", "سامر الحداد", "مدير المركز الوطني للأرصاد")),
        ("comma-title-then-blog-post", ("كتبت", "ليلى الشامي", "ليلى الشامي", "المستشارة الإعلامية للوزارة")),
    ],
)
def test_the_role_ends_before_the_circumstance(extractor: Extractor, doc_id: str, expected: tuple[str, str, str, str]) -> None:
    assert sources(extractor, documents_by_id(PARSES)[doc_id])[-1] == expected
