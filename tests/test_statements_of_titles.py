"""A statement a person issued whom the text names by a title only speaks for that title: in construct with it
(`تعميم وزير الصحة … ويقول التعميم: …`) or issued by it (`وأصدر مدير التعليم بالمنطقة تعميما … وأوضح التعميم …`), the
statement's speaker resolves to the title, which is its role too (quotes.mentions.documents, quotes.mentions.titles,
the `entity` sieve); the statement is no name of that person (quotes.entities: a person named by a title only has the
title as canonical name). Those who objected to a statement did not issue it (`واعترض أولياء الأمور على تعميم`).
Issue 10; the shape was seen on SaudiNewsNet articles annotated in session 38 outside the gold sets.

The sentences were written for the test (invented content).
tests/data/entities/statements_of_titles.conllu holds them as the bundled model parsed them (`quotes parse`, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("statements_of_titles")


def test_a_circular_in_construct_with_a_ministers_title(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["circular-of-a-minister"]) == [("ويقول", "التعميم", "وزير الصحة", "وزير الصحة")]


def test_a_circular_a_director_issued(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["circular-a-director-issued"]) == [("وأوضح", "التعميم", "مدير التعليم", "مدير التعليم")]


def test_those_who_objected_to_a_circular_did_not_issue_it(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["circular-objected-to"]) == [("ويقول", "التعميم", "التعميم", None)]
