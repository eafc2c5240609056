"""`أكد الرئيس فلان رئيس الجمهورية …`: one bare definite title before a name (`الرئيس`، `الباحث`) names no more than the
job written right after the name spells out, so the role is that job, as it is after a rank (`المهندس فلان مدير عام
المياه`); a title phrase before the name (`وزير الخارجية`) stays the role, and a bare title with nothing after the name
too (`quotes.speakers.roles.yields_to_job_after`; the spec: the role is the description in the cue's own sentence, else
the latest earlier one).

Sentences written for the test (invented content), after records on the read SaudiNewsNet sets;
tests/data/entities/bare_titles_before_names.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("bare_titles_before_names")


def test_a_president_is_described_by_his_office_after_the_name(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["a-president-named-by-his-office"]) == [
        ("أكد", "سليم ناصر الحداد", "سليم ناصر الحداد", "رئيس الجمهورية اللبنانية")
    ]


def test_a_researcher_met_earlier_keeps_the_job_written_after_his_name(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["a-researcher-met-earlier"]) == [
        ("وقال", "الغامدي", "خالد بن سعد الغامدي", "أستاذ الإعلام بجامعة الملك سعود")
    ]


def test_a_bare_title_with_nothing_after_the_name_is_the_role(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["a-bare-title-alone"]) == [("وقال", "خالد الحربي", "خالد الحربي", "الوزير")]


def test_a_title_phrase_before_the_name_stays_the_role(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["a-title-phrase-before-the-name"]) == [
        ("وقال", "سامي العلي", "سامي العلي", "وزير الخارجية")
    ]


def test_a_rank_before_the_name_still_gives_way_to_the_job(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["a-rank-before-the-name"]) == [
        ("وأوضح", "فهد السبيعي", "فهد السبيعي", "مدير عام المياه بمنطقة حائل")
    ]
