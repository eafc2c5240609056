"""A role noun in quotation marks right after a name is the role; singers, sellers and philosophers hold roles.

`بدوره أوضح فلان «بائع» أن …`، `وقال فلان ”شاهد عيان“ ان …` (news writes the marks either way round): a phrase of up to
three words in marks after the name that opens with a role noun, before the sentence goes on, describes the person
(`quotes.speakers.roles.marked_role`); the person's later quotes keep it. A name in marks (`«أبو فهد»`) is none.
`المطرب اللبناني فلان` before a later `وقال فلان` gives the role as any title does: مطرب، فيلسوف، بائع are jobs
(rules/lexicons/role_nouns.tsv).

Sentences written for the test (invented names), after read-set records; tests/data/entities/roles_in_marks_and_jobs.conllu
holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("roles_in_marks_and_jobs")


def test_a_seller_in_marks_and_his_next_quote(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    explained, added = sources(extractor, documents["seller-in-marks"])
    assert explained == ("أوضح", "ماجد الصالح", "ماجد الصالح", "بائع")
    assert added == ("وأضاف", None, "ماجد الصالح", "بائع")


def test_an_eyewitness_in_marks_written_the_other_way_round(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    said, pointed = sources(extractor, documents["witness-in-reversed-marks"])
    assert said == ("وقال", "حمد العتيبي", "حمد العتيبي", "شاهد عيان")
    assert pointed == ("وأشار", "العتيبي", "حمد العتيبي", "شاهد عيان")


def test_a_nickname_in_marks_is_no_role(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["nickname-in-marks"])
    assert said == ("وقال", "محمد العلي", "محمد العلي", None)


def test_a_singer_named_before_keeps_his_title(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["singer-named-before"])
    assert said == ("وقال", "الحلو", "رامي الحلو", "المطرب اللبناني")
