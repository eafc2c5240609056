"""A marker set off by commas reports the clause before it when what follows its source depends on that clause.

`سجل اللاعب تسعة أهداف في عشرين مباراة، وفقا لموقع إحصائيات الدوري، حيث كان …`: after the source's comma, حيث، إذ،
فيما، بينما and مما open a clause that explains or sets beside the one before the marker; the marker vouches for that
one (`quotes.drafts.according_to`, `_DEPENDENT_OPENINGS`). A marker that opens its sentence still reports the main
clause after its source (`وبحسب وزارة الصحة، فإن …`).

Sentences written for the test (invented content), after the shape of a read-set record; SaudiNewsNet writes the
shape 20 times. tests/data/entities/markers_before_dependent_clauses.conllu holds their parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, quotes_resolved
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("markers_before_dependent_clauses")


@pytest.mark.parametrize(
    ("doc_id", "cue", "source", "content"),
    [
        ("goals-where-he-played", "وفقا", "موقع إحصائيات الدوري", "سجل اللاعب تسعة أهداف في عشرين مباراة"),
        ("killed-while-wounded", "بحسب", "المرصد", "قتل عشرون شخصا في القصف"),
        ("marker-then-main-clause", "وبحسب", "وزارة الصحة", "فإن عدد الإصابات تراجع إلى النصف خلال الأسبوع الماضي"),
    ],
)
def test_the_marker_reports_the_clause_it_vouches_for(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, cue: str, source: str, content: str
) -> None:
    assert quotes_resolved(extractor, documents[doc_id]) == [("according_to", cue, source, content)]
