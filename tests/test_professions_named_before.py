"""Professions are roles: a singer of nasheeds, a calligrapher, a captain (rules/lexicons/role_nouns.tsv).

Mined from SaudiNewsNet: the definite nouns news writes right before a listed given name that no role list held
(`المنشد فلان`، `القاص`، `المبتعث`، `الخطاط`، `الكابتن` …), the professions among them added. `الكابتن` is a title, like
`المهندس`: a job after the name is the role (`الكابتن فلان عضو لجنة النقل البحري …`). A title given before the name
in a sentence without a quote is the role of the person's later quotes.

Sentences written for the test (invented names), after read-set records; tests/data/entities/
professions_named_before.conllu holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("professions_named_before")


def test_a_captain_with_a_job_after_his_name(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (sees,) = sources(extractor, documents["captain-with-a-job"])
    assert sees == ("يرى", "سالم الحربي", "سالم الحربي", "عضو لجنة النقل البحري في غرفة ينبع")


def test_a_nasheed_singer_named_before_his_quote(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["nasheed-singer-named-before"])
    assert said[1] == "العمري"
    assert said[3] == "المنشد"


def test_a_calligrapher(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["calligrapher"])
    assert said == ("وقال", "ناصر الميمان", "ناصر الميمان", "الخطاط")
