"""A person named right after a body and its region: the body's name ends where the person's begins.

`وقال مدير عام فرع وزارة … بمنطقة نجران علي الزهراني: «…». ودعت الوزارة …`: علي is spelled like the preposition على,
so the lexicon leaves it out and only a name's position makes it one. The body's name ran on over the region into the
person's name (`وزارة … بمنطقة نجران علي الزهراني`), and where the entity tagger left the person untagged, the
person's name started back at the region (`نجران علي الزهراني`). A given name read from its position (علي before a
family name) starts the person's name after a proper noun as a listed one does (`quotes.mentions.names`), and a body's
name ends before a person's name found inside it (`quotes.mentions.merging.before_people`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/people_after_regions.conllu holds their parses (bundled model, entity tagger on); in the document
`region-before-ali-untagged` the tagger's person tags are taken out, as the tagger leaves them on some articles.
"""

from __future__ import annotations

import pytest

from conftest import canonical_names, entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("people_after_regions")


@pytest.mark.parametrize("doc_id", ["region-before-ali", "region-before-ali-untagged"])
def test_the_ministry_ends_before_the_director(extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str) -> None:
    document = documents[doc_id]
    assert sources(extractor, document) == [
        ("وقال", "علي الزهراني", "علي الزهراني", "مدير عام فرع وزارة التجارة بمنطقة نجران"),
        ("ودعت", "الوزارة", "وزارة التجارة بمنطقة نجران", None),
    ]
    assert canonical_names(extractor, document, "PER") == ["علي الزهراني"]


def test_a_director_of_an_office_in_a_province(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert sources(extractor, documents["province-before-ali"]) == [("وقال", "علي الحربي", "علي الحربي", "مدير مكتب العمل بمحافظة القطيف")]
