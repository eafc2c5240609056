""" "The latter": `الأخير`، `الأخيرة`، `هذا الأخير` standing alone where someone speaks.

`التقى الوزير … بمدير البنك الدولي جون سميث، وأكد الأخير أن …`: the anaphor stands for the person or body the text
named last before it whose gender agrees (a body by its head noun: شركة f, صندوق m), and the quote resolves to that
entity's name; the entity table lists the anaphor among its mentions. As the adjective of a noun (`الأسبوع
الأخير`) it is no mention. The words are data: rules/lexicons/latter_anaphors.tsv.

The sentences were written for the test after records seen on SaudiNewsNet articles annotated outside the gold sets;
tests/data/entities/the_latter.conllu holds their parses by the bundled model; no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("the_latter")


def test_the_latter_is_the_person_named_last(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["latter-director"]) == [("وأكد", "الأخير", "جون سميث", "مدير البنك الدولي")]


def test_the_feminine_latter_is_the_body_named_last(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["latter-company"]) == [("وأوضحت", "الأخيرة", "شركة الكهرباء الوطنية", None)]


def test_the_latter_after_a_demonstrative_skips_the_feminine_body_for_a_masculine_one(extractor: Extractor) -> None:
    # الحكومة is named first; the fund (صندوق, masculine) last: هذا الأخير is the fund
    assert sources(extractor, DOCUMENTS["latter-fund"]) == [("أكد", "هذا الأخير", "صندوق التنمية الزراعية", None)]


def test_the_entity_table_lists_the_latter_with_the_entity_it_stands_for(extractor: Extractor) -> None:
    _, table = extractor.extract_with_entities(DOCUMENTS["latter-director"])
    (director,) = [entity for entity in table if entity.canonical.text == "جون سميث"]
    assert [(mention.span.text, mention.kind) for mention in director.mentions][-1] == ("الأخير", "LATTER")


def test_the_last_week_is_no_mention_of_anyone(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["last-week-no-latter"]) == [("وقال", "سامي الخالد", "سامي الخالد", "رئيس النادي")]
    _, table = extractor.extract_with_entities(DOCUMENTS["last-week-no-latter"])
    assert all(mention.kind != "LATTER" for entity in table for mention in entity.mentions)
