"""A name with a rank before it and its job after it: `التقى الدكتور ماجد القحطاني مدير جامعة الملك سعود بالطلاب`،
`وكان المهندس خالد الشمري رئيس البلدية قد افتتح …` (issue 10). The name finder kept the rank (الدكتور، المهندس) as the
person's role, so the job after the name was a title of nobody, and a bare title later (`وأوضح مدير الجامعة`، `وأشار
رئيس البلدية`) found no holder. As the speaker phrase already did (speakers.roles.job_after_name), a role before the
name that is only a rank gives way to the job written right after the name; that job ends where the words that hang
under its first word end (`مدير جامعة الملك سعود | بالطلاب`، `رئيس البلدية | قد افتتح`).

The sentences were written for the test (invented names and content). tests/data/entities/
titles_after_ranked_names.conllu holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("titles_after_ranked_names")


@pytest.mark.parametrize(
    ("doc_id", "cue", "title", "holder"),
    [
        ("ranked-1", "وأوضح", "مدير الجامعة", "ماجد القحطاني"),
        ("ranked-2", "وأشار", "رئيس البلدية", "خالد الشمري"),
    ],
)
def test_a_bare_title_finds_the_ranked_holder_named_before(
    extractor: Extractor, doc_id: str, cue: str, title: str, holder: str
) -> None:
    assert sources(extractor, DOCUMENTS[doc_id]) == [(cue, title, holder, title)]


def test_the_bare_title_takes_the_holders_job_as_its_role(extractor: Extractor) -> None:
    """`أكد اللواء فهد العتيبي مدير عام الشرطة …. وأضاف المدير …`: the role is the job, not the bare title."""
    assert sources(extractor, DOCUMENTS["ranked-3"])[-1] == ("وأضاف", "المدير", "فهد العتيبي", "مدير عام الشرطة")
