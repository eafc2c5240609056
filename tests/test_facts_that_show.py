"""`وهذا يؤكد خبرته`، `وذلك يكشف عن ضعف الرقابة`: a singular demonstrative standing alone as the subject right before
a cue stands for a fact the text told; the writer says what it shows, nobody speaks, and there is no quote
(`quotes.drafts.assembler`, rules/lexicons/demonstratives.tsv column `fact`). A demonstrative before its noun (`هذا
المسؤول`), a plural one (`هؤلاء`, people) and one after the verb (its object, `أوضح ذلك رئيس البلدية`) change nothing.

Sentences written for the test (invented content), after records on the read SaudiNewsNet sets;
tests/data/entities/facts_that_show.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor


@pytest.mark.parametrize("doc_id", ["this-confirms", "this-does-not-deny", "that-reveals"])
def test_a_fact_that_shows_something_is_no_quote(extractor: Extractor, doc_id: str) -> None:
    assert sources(extractor, entity_parses("facts_that_show")[doc_id]) == []


def test_a_demonstrative_before_its_noun_still_points_at_the_source(extractor: Extractor) -> None:
    [(cue, speaker, _, _)] = sources(extractor, entity_parses("facts_that_show")["this-official-confirms"])
    assert (cue, speaker) == ("وأكد", "هذا المسؤول")


def test_people_named_by_a_plural_demonstrative_speak(extractor: Extractor) -> None:
    [(cue, speaker, _, _)] = sources(extractor, entity_parses("facts_that_show")["these-people-see"])
    assert (cue, speaker) == ("يرون", "هؤلاء")


def test_a_demonstrative_after_the_verb_is_its_object(extractor: Extractor) -> None:
    [(cue, _, resolved, role)] = sources(extractor, entity_parses("facts_that_show")["the-mayor-explains-that"])
    assert (cue, resolved, role) == ("مبينا", "فهد المالكي", "رئيس البلدية")
