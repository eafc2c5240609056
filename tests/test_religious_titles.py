"""Religious offices are titles like any job (`البطريرك الماروني`، `المطران`، `الكاردينال`، `البابا`، `الحاخام`):
written before a name they are the person's role, not part of the speaker's name (the spec: the speaker is the name,
the role its described office; rules/lexicons/role_nouns.tsv). A later bare quote of the same person carries the title
(issue 10). The shape was seen on a SaudiNewsNet article annotated in session 35 outside the gold sets.

The sentences were written for the test (invented content).
tests/data/entities/religious_titles.conllu holds them as the bundled model parsed them (`quotes parse`, entity tagger
on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("religious_titles")


def test_the_pope_is_a_title_before_the_name(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["pope-in-his-sermon"]) == [("وقال", "فرنسيس", "فرنسيس", "البابا")]


def test_the_rabbi_is_a_title_before_the_name(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["rabbi-on-dialogue"]) == [("وأكد", "ديفيد روزن", "ديفيد روزن", "الحاخام")]


def test_the_cardinal_keeps_his_nationality_in_the_role(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["cardinal-with-nationality"]) == [
        ("وقال", "رينهارد ماركس", "رينهارد ماركس", "الكاردينال الألماني"),
    ]


def test_the_bishop_who_spoke_before_carries_his_title(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["bishop-then-his-words"]) == [
        ("وقال", None, "جورج خوري", "المطران الأرثوذكسي"),
    ]
