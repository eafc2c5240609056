"""A plural job noun as the subject (`وقال أعضاء المجلس البلدي`، `ويقول الطلاب`) names a group of sources, not one
person's position: the phrase is the speaker and there is no role, as for other groups (`مصادر مطلعة`، `الباحثون`);
one holder of the job (`وقال عضو المجلس البلدي`) is described by it.

The sentences were written for the test (invented content), after records seen on SaudiNewsNet articles that are in
neither gold set. tests/data/entities/groups_named_by_a_job.conllu holds the parses (bundled model, entity tagger on);
no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "groups_named_by_a_job.conllu"


@pytest.mark.parametrize(
    ("doc_id", "cue", "group"),
    [("plural-job-members", "وقال", "أعضاء المجلس البلدي"), ("plural-job-students", "ويقول", "الطلاب")],
)
def test_a_group_has_no_role(extractor: Extractor, doc_id: str, cue: str, group: str) -> None:
    assert sources(extractor, documents_by_id(PARSES)[doc_id]) == [(cue, group, group, None)]


def test_one_holder_of_the_job_is_described_by_it(extractor: Extractor) -> None:
    member = "عضو المجلس البلدي"
    assert sources(extractor, documents_by_id(PARSES)["singular-job-member"]) == [("وقال", member, member, member)]
