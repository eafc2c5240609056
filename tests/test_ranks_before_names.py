"""A rank or an academic title before a name (`المهندس`، `العقيد`، `د.`، `الدكتور`) says what the person is called,
not what they do; where the job is written after the name (`وقال المهندس خالد العتيبي مدير عام المياه بمنطقة حائل
إن …`), right after it, after a comma or between dashes, the role is that job, and later quotes of the person carry
it. A job before the rank (`مدير عام المياه … المهندس خالد العتيبي`) keeps the rank in the role, as the gold does,
and a rank with no job after the name stays the role.

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
that are in neither gold set. tests/data/entities/ranks_before_names.conllu holds the parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "ranks_before_names.conllu"

_JOB = "مدير عام المياه بمنطقة حائل"


def test_the_job_after_the_name_is_the_role_of_every_quote(extractor: Extractor) -> None:
    assert sources(extractor, documents_by_id(PARSES)["engineer-job-after-name"]) == [
        ("وقال", "خالد بن سعد العتيبي", "خالد بن سعد العتيبي", _JOB),
        ("وأضاف", "العتيبي", "خالد بن سعد العتيبي", _JOB),
    ]


@pytest.mark.parametrize(
    ("doc_id", "cue", "name", "job"),
    [
        ("colonel-job-after-comma", "وأكد", "ماجد الشهراني", "المتحدث الرسمي لشرطة منطقة نجران"),
        ("doctor-job-between-dashes", "وأوضح", "سامي الحربي", "عضو هيئة التدريس بجامعة القصيم"),
        ("doctor-job-in-commas", "وقال", "ناصر القحطاني", "الأستاذ المشارك بكلية الطب"),
    ],
)
def test_the_job_after_a_comma_or_a_dash(extractor: Extractor, doc_id: str, cue: str, name: str, job: str) -> None:
    assert sources(extractor, documents_by_id(PARSES)[doc_id]) == [(cue, name, name, job)]


def test_a_staff_rank_and_an_honorific_before_the_name(extractor: Extractor) -> None:
    # أكد الفريق الركن الشيخ …: a noun qualifying the rank (الركن) and the honorific (الشيخ) are no job either
    found = sources(extractor, documents_by_id(PARSES)["staff-rank-then-job"])
    assert [role for _, _, _, role in found] == ["وزير الداخلية بالكويت"]


def test_a_job_before_the_rank_keeps_the_rank_in_the_role(extractor: Extractor) -> None:
    role = f"{_JOB} المهندس"
    found = sources(extractor, documents_by_id(PARSES)["job-before-rank"])
    assert [role for _, _, _, role in found] == [role, role]


def test_a_rank_with_no_job_after_the_name_is_the_role(extractor: Extractor) -> None:
    found = sources(extractor, documents_by_id(PARSES)["rank-alone"])
    assert [role for _, _, _, role in found] == ["المهندس", "المهندس"]


def test_a_professors_stacked_titles_are_no_job(extractor: Extractor) -> None:
    # أوضح الأستاذ الدكتور سامي العمري رئيس قسم الكيمياء بجامعة الملك سعود، أن …: الأستاذ before الدكتور is an
    # academic rank (Professor Dr), not the job أستاذ; the job written after the name is the role
    assert sources(extractor, documents_by_id(PARSES)["professor-doctor-job-after-name"]) == [
        ("أوضح", "سامي العمري", "سامي العمري", "رئيس قسم الكيمياء بجامعة الملك سعود")
    ]
