"""`ودعا الاتحاد الأوروبي إسرائيل إلى …`: an adjective closes the chain of construct, so a place right after a body's
definite adjective is no genitive of the body's name, and a noun with the article no adjective of it; it opens a
phrase of its own, here the object of a verb of appeal (دعا، حث، طالب + object + preposition). The parser hangs the
country as the genitive of the body and the entity tagger may run the body on into the object (`منظمة الصحة العالمية
الحكومات`); the body's mention ends at its adjective all the same, so the body named again (`وقال الاتحاد`، `وأضافت
المنظمة`) resolves to its name alone. A place is a listed one (rules/lexicons/place_names.tsv) or one the entity
tagger starts there; another name after the adjective is the body's own (`وكالة التصنيف الدولية فيتش`,
tests/test_bodies_named_again.py), and a person's name after a title and its adjective (`الرئيس الأمريكي باراك
أوباما`) is untouched (`quotes.speakers.words.ends_after_adjective`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/names_after_a_bodys_adjective.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import canonical_names, entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("names_after_a_bodys_adjective")


def test_the_country_called_on_is_no_part_of_the_union(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    document = documents["union-and-country"]
    assert sources(extractor, document) == [
        ("ودعا", "الاتحاد الأوروبي", "الاتحاد الأوروبي", None),
        ("وقال", "الاتحاد", "الاتحاد الأوروبي", None),
    ]
    assert canonical_names(extractor, document, "ORG") == ["الاتحاد الأوروبي"]


@pytest.mark.parametrize(
    ("doc_id", "cue", "body"),
    [("league-and-country", "وحثت", "جامعة الدول العربية"), ("council-and-capital", "وطالب", "مجلس التعاون الخليجي")],
)
def test_the_body_ends_at_its_adjective(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, cue: str, body: str
) -> None:
    assert sources(extractor, documents[doc_id]) == [(cue, body, body, None)]


def test_the_governments_called_on_are_no_part_of_the_organisation(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    document = documents["organisation-and-governments"]
    assert sources(extractor, document) == [
        ("ودعت", "منظمة الصحة العالمية", "منظمة الصحة العالمية", None),
        ("وأضافت", "المنظمة", "منظمة الصحة العالمية", None),
    ]


def test_a_name_after_a_title_and_its_adjective_stays_the_speaker(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert sources(extractor, documents["title-adjective-name"]) == [("وقال", "باراك أوباما", "باراك أوباما", "الرئيس الأمريكي")]
