"""Said in a statement: `أصدرت وزارة الداخلية بيانا قالت فيه إن …` has no subject after its cue, and "in it" points
back at the statement; whoever issued the statement said it — the statement's genitive (`في بيان لوزارة الخارجية
الفرنسية أكدت فيه`، `تصريحات للحكومة الأفغانية قالت فيها`) or the subject of the verb whose object the statement is
(`أصدرت … بيانا`، `نشرت الشركة بيانا`). Before, these quotes had no source in a sentence of their own and took the
person quoted last in a document (`وقال وزير الصحة …. وأصدرت هيئة الغذاء والدواء بيانا قالت فيه …`).

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
that are in neither gold set. tests/data/entities/said_in_a_statement.conllu holds the parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("said_in_a_statement")


@pytest.mark.parametrize(
    ("doc_id", "cue", "issuer"),
    [
        ("fih2", "قالت", "وزارة الداخلية"),
        ("fih3", "أكدت", "الشركة"),
        ("fih4", "أكدت", "وزارة الخارجية الفرنسية"),
    ],
)
def test_the_issuer_of_the_statement_said_it(extractor: Extractor, doc_id: str, cue: str, issuer: str) -> None:
    assert sources(extractor, DOCUMENTS[doc_id]) == [(cue, None, issuer, None)]


def test_the_government_whose_statements_they_were(extractor: Extractor) -> None:
    (found,) = sources(extractor, DOCUMENTS["fih1"])
    assert found[0] == "قالت" and found[2] is not None and found[2].endswith("حكومة الأفغانية")


def test_a_bodys_statement_after_a_minister_is_the_bodys(extractor: Extractor) -> None:
    minister = "خالد السعيد"
    assert sources(extractor, DOCUMENTS["fih5"]) == [
        ("وقال", minister, minister, "وزير الصحة"),
        ("قالت", None, "هيئة الغذاء والدواء", None),
    ]
