""" "Even if": `وإن` before a verb is no complementizer.

The complementizer إنّ takes a noun or a pronoun (`وإن الحكومة تعمل`: a second reported clause); the conditional إنْ
takes a verb, and written with و it is the concessive "even if" (`…، وإن كانت مساهمتها محدودة`، `وإن لم تعلن
موقفها`). A clause it opens is never what a verb before it reported (`تعتبر ألمانيا من الدول …`، `يتطلب البرنامج
موافقة …`: no speech); inside a reported clause it stays part of the content.

The sentences were written for the test after false quotes seen on SaudiNewsNet articles annotated outside the gold
sets; tests/data/entities/even_if.conllu holds their parses by the bundled model; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("even_if")


@pytest.mark.parametrize("name", ["even-if-after-a-belief-verb", "even-if-after-a-verb-of-need", "even-if-not"])
def test_a_concessive_clause_is_no_reported_content(extractor: Extractor, name: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[name]) == []


def test_a_concessive_clause_inside_what_was_said_stays_in_it(extractor: Extractor) -> None:
    assert quotes_found(extractor, DOCUMENTS["even-if-inside-what-was-said"]) == [
        ("indirect", "وأكد", "المدير", "أن العمل في المشروع مستمر وإن كانت الظروف صعبة")
    ]


def test_inna_before_a_noun_is_a_second_complementizer(extractor: Extractor) -> None:
    assert quotes_found(extractor, DOCUMENTS["that-after-and"]) == [
        ("indirect", "وقال", "الوزير", "إن الوضع الاقتصادي صعب وإن الحكومة تعمل على حله")
    ]
