"""Two bodies with one head noun are two bodies: a definite head with a noun of its own (`الإدارة العامة للجمارك`)
after another body with that head and a noun of its own (`إدارة ميناء جدة الإسلامي`) is a new source, not an
anaphor of the first; the bare head (`إدارة الميناء`، `الهيئة`) still points back, and a bare head quoted before the
full name (`أكدت الهيئة …. وأوضحت الهيئة العامة للرياضة …`) is that body.

The sentences were written for the test (invented content), after records seen on SaudiNewsNet articles that are in
neither gold set. tests/data/entities/bodies_with_one_head.conllu holds the parses (bundled model, entity tagger on);
no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("bodies_with_one_head")


def resolved(extractor: Extractor, doc_id: str) -> list[tuple[str, str | None]]:
    return [(cue, speaker_resolved) for cue, _, speaker_resolved, _ in sources(extractor, DOCUMENTS[doc_id])]


def test_a_second_department_is_its_own_source(extractor: Extractor) -> None:
    port, customs = "إدارة ميناء جدة الإسلامي", "الإدارة العامة للجمارك"
    assert resolved(extractor, "two-departments") == [("قالت", port), ("وذكرت", customs), ("وأكدت", port)]


def test_a_second_authority_is_its_own_source(extractor: Extractor) -> None:
    assert resolved(extractor, "two-authorities") == [
        ("أعلنت", "هيئة تنظيم الكهرباء"),
        ("وأوضحت", "الهيئة العامة للإحصاء"),
    ]


def test_a_bare_head_before_the_full_name_is_that_body(extractor: Extractor) -> None:
    sport = "الهيئة العامة للرياضة"
    assert resolved(extractor, "short-name-first") == [("أكدت", sport), ("وأوضحت", sport)]
