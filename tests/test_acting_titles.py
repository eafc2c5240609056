"""`القائم بأعمال` (acting, chargé d'affaires) opens a title like any job noun: after a name (`وقال فلان القائم بأعمال
المدير التنفيذي …`) it is the person's role, not part of the speaker's name (the spec: the speaker is the name, the role
its described office; rules/lexicons/role_nouns.tsv). The adjective after a noun (`الوضع القائم`, the standing
situation) describes no one. Issue 10; the shape was seen on a SaudiNewsNet article annotated in session 35 outside the
gold sets.

The sentences were written for the test (invented names and content).
tests/data/entities/acting_titles.conllu holds them as the bundled model parsed them (`quotes parse`, entity tagger on);
no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("acting_titles")


def test_an_acting_director_after_a_foreign_name(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["acting-director-after-name"]) == [
        ("وقال", "جون سميث", "جون سميث", "القائم بأعمال المدير التنفيذي للصندوق"),
    ]


def test_an_acting_head_of_a_university(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["acting-president-of-university"]) == [
        ("وأكد", "خالد العتيبي", "خالد العتيبي", "القائم بأعمال مدير الجامعة"),
    ]


def test_the_standing_situation_describes_no_one(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["the-standing-situation"]) == [("وقال", "محمد الأحمد", "محمد الأحمد", None)]
