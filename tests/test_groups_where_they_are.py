"""A group of sources with the في or داخل phrase that says who they are (the spec's `متعاملون في سوق التمور`), and a
body named again by its head or by the short name given in parentheses after its full name (issue 10; shapes of
speaker errors on SaudiNewsNet articles annotated in session 30, outside the gold sets).

The news parser hangs `في مدينة …` after `أفاد ناشطون` on the verb, as where they spoke; after an indefinite plural of
sources it says which ones they are, and the speaker takes it in (belonging_prepositions.tsv, column `group`), unless
it names a medium (`في تصريحات صحفية`) or a time (`في وقت سابق`). `الحلف` is `حلف شمال الأطلسي` named before
(organisation_anaphors.tsv); `أدو` is the body written `منظمة … (أدو)` before, also inside a title (`الأمين العام
لمنظمة … (أدو) سامي العنزي`).

The sentences were written for the test (invented content). tests/data/entities/groups_where_they_are.conllu holds
them as the bundled model parsed them (`quotes parse`, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("groups_where_they_are")


@pytest.mark.parametrize(
    ("doc_id", "group"),
    [
        ("activists-in-a-city", "ناشطون في مدينة حمص السورية"),
        ("traders-in-a-market", "متعاملون في سوق الذهب"),
        ("sources-inside-a-body", "مصادر رسمية داخل أروقة اتحاد الكرة"),
    ],
)
def test_a_group_takes_the_phrase_that_says_who_they_are(extractor: Extractor, doc_id: str, group: str) -> None:
    [(_, speaker, resolved, _)] = sources(extractor, DOCUMENTS[doc_id])
    assert speaker == resolved == group


@pytest.mark.parametrize(
    ("doc_id", "group"),
    [("officials-in-statements", "مسؤولون"), ("sources-at-an-earlier-time", "مصادر")],
)
def test_a_medium_or_a_time_after_a_group_is_not_part_of_it(extractor: Extractor, doc_id: str, group: str) -> None:
    [(_, speaker, resolved, _)] = sources(extractor, DOCUMENTS[doc_id])
    assert speaker == resolved == group


def test_the_alliance_named_again_is_the_one_named_in_full(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["the-alliance-named-again"]) == [("وقال", "الحلف", "حلف شمال الأطلسي", None)]


@pytest.mark.parametrize("doc_id", ["acronym-after-a-body", "acronym-after-a-body-in-a-title"])
def test_a_short_name_given_in_parentheses_is_the_body_named_in_full(extractor: Extractor, doc_id: str) -> None:
    assert sources(extractor, DOCUMENTS[doc_id])[-1] == ("وتتوقع", "أدو", "منظمة الدول العربية للتنمية الزراعية (أدو)", None)
