"""A title phrase written before a rank and a name runs over the و that joins the fields of the body it names
(`مدير فرع وزارة الشؤون الإسلامية والدعوة والإرشاد بمنطقة تبوك الدكتور | فلان`، `مدير مركز الدعوة والإرشاد وتوعية
الجاليات بمحافظة … المهندس | فلان`), where the parse hung the rank and the name on the verb: the whole phrase is the
person's role, and a later participle without a subject speaks for the person, not for a bare title cut at the first
و. A و before another job still joins two jobs, and one before a job, rank or title of its own ends the phrase.
Issue 10; the shape was seen on SaudiNewsNet articles annotated in session 37 outside the gold sets.

The sentences were written for the test (invented names and content).
tests/data/entities/titles_over_a_bodys_fields.conllu holds them as the bundled model parsed them (`quotes parse`,
entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("titles_over_a_bodys_fields")


def test_the_director_of_a_ministrys_branch(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["branch-director"]) == [
        ("مؤكدا", None, "ماجد العنزي", "مدير فرع وزارة الشؤون الإسلامية والدعوة والإرشاد بمنطقة تبوك الدكتور"),
    ]


def test_the_director_of_a_centre_with_three_fields(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["centre-director"]) == [
        ("مشيرا", None, "فهد السبيعي", "مدير مركز الدعوة والإرشاد وتوعية الجاليات بمحافظة الخرج المهندس"),
    ]
