"""`الأستاذ` written alone before a name is a courtesy title like `الدكتور` (rules/lexicons/honorifics.tsv says so of
the gold, role_nouns.tsv column `courtesy`): where the sentence gives the person's job after the name (`وأوضح
الأستاذ سامي الحربي، رئيس لجنة الشباب بالمحافظة، أن …`) the job is the role. In construct with a subject (`أستاذ
العلوم السياسية`) it is the job itself (issue 10).

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
annotated in session 30 outside the gold sets. tests/data/entities/courtesy_titles.conllu holds the parses (bundled
model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("courtesy_titles")


def test_the_job_after_the_name_is_the_role_not_the_courtesy_title(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["courtesy-title-then-job"]) == [
        ("وأوضح", "سامي الحربي", "سامي الحربي", "رئيس لجنة الشباب بالمحافظة")
    ]


def test_a_professor_of_a_subject_keeps_that_job(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["professor-of-a-subject"]) == [("وقال", "سامي الحربي", "سامي الحربي", "أستاذ العلوم السياسية")]
