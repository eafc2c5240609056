"""A job title without a name and the body after في that it belongs to, which the parse hung on the verb (`وقال رئيس
قسم الجراحة | في مستشفى الملك فهد إن …`، `مدير قسم الأبحاث | في منظمة العفو الدولية`), are one speaker phrase and
role, as the spec's `متعاملون في سوق التمور` is (issue 10); a في-phrase that names no body is where the words were
said (`وقال الوزير في المؤتمر`) and stays out. The body is a noun of rules/lexicons/organisation_anaphors.tsv.

The sentences were written for the test (invented content), after a record seen on a SaudiNewsNet article annotated in
session 31 outside the gold sets. tests/data/entities/bodies_of_unnamed_titles.conllu holds the parses (bundled
model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("bodies_of_unnamed_titles")


def test_the_title_takes_its_body_and_a_later_cue_keeps_it(extractor: Extractor) -> None:
    head = "رئيس قسم الجراحة في مستشفى الملك فهد"
    assert sources(extractor, DOCUMENTS["title-and-its-body-after-fi"]) == [
        ("وقال", head, head, head),
        ("وأضاف", None, head, head),
    ]


def test_the_title_takes_its_organisation(extractor: Extractor) -> None:
    head = "مدير قسم الأبحاث في منظمة العفو الدولية"
    assert sources(extractor, DOCUMENTS["title-and-its-organisation-after-fi"]) == [("وقال", head, head, head)]


def test_where_the_words_were_said_is_no_part_of_the_speaker(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["title-and-where-he-spoke"]) == [("وقال", "الوزير", "الوزير", "الوزير")]
