"""Job heads the news writes before a rank and a name (`الملحق الثقافي في سفارة … الدكتور | فلان`، `استشاري طب
الأطفال الدكتور | فلان`، `مفتش العمل … الأستاذ | فلان`) open the person's title (rules/lexicons/role_nouns.tsv, kind
`job`): without the head the title phrase was not read as one, the bare title stayed the speaker, and the same title
named again later (`وأوضح الاستشاري`، `وأضاف المفتش`) was nobody. Issue 10; the shape was seen on SaudiNewsNet
articles annotated in sessions 31 and 38 outside the gold sets.

The sentences were written for the test (invented names and content).
tests/data/entities/job_heads_before_ranks.conllu holds them as the bundled model parsed them (`quotes parse`, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("job_heads_before_ranks")


def test_a_cultural_attache_before_his_rank_and_name(extractor: Extractor) -> None:
    title = "الملحق الثقافي في سفارة المملكة لدى كندا الدكتور"
    assert [(cue, resolved, role) for cue, _, resolved, role in sources(extractor, DOCUMENTS["cultural-attache"])] == [
        ("أوضح", "ناصر البقمي", title),
        ("مشيرا", "ناصر البقمي", title),
    ]


def test_a_consultant_named_again_by_his_title(extractor: Extractor) -> None:
    title = "استشاري طب الأطفال الدكتور"
    assert sources(extractor, DOCUMENTS["consultant-named-again"]) == [
        ("حذر", "سامي العنزي", "سامي العنزي", title),
        ("وأوضح", "الاستشاري", "سامي العنزي", title),
        ("مبينا", None, "سامي العنزي", title),
    ]


def test_a_consultants_title_after_his_name_is_no_part_of_it(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["consultant-after-name"]) == [
        ("وقال", "سامي العنزي", "سامي العنزي", "استشاري طب الأطفال في مستشفى الولادة"),
        ("وأضاف", "استشاري الأطفال", "سامي العنزي", "استشاري الأطفال"),
    ]


def test_an_inspector_named_again_by_his_title(extractor: Extractor) -> None:
    quotes = sources(extractor, DOCUMENTS["inspector-named-again"])
    assert [(cue, speaker, resolved) for cue, speaker, resolved, _ in quotes] == [
        ("وأكد", "سعيد المالكي", "سعيد المالكي"),
        ("وأضاف", "المفتش", "سعيد المالكي"),
    ]
    assert quotes[0][3] == "مفتش العمل بمكتب العمل في جدة الأستاذ"
