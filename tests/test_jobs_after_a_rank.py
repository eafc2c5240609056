"""A person the text first names, in a sentence that quotes nothing, with only a rank or academic title before the name
and the job after it (`افتتح الدكتور فيصل الراشد وزير الصحة الكويتي …`، `رحب الدكتور خالد السبيعي، مدير عام المياه
بالمنطقة، …`), and quotes later by the family name, has that job as role (issue 10; spec: the role is the latest
earlier description; a rank names no position where the text gives the job).

Where the person speaks in the sentence that names them, the speaker steps already take the job after the name over
the rank before it (describe_speaker: "role: the job after the name, only a rank or title before it"). Where the
resolver reads the role off the sentence that first named the person (completion.roles_from_other_mentions), it now
does the same (speakers.roles.job_instead_of_rank), the job ending before the verb's object (`وزير الصحة الكويتي |
مستشفى جديدا`) or the speech. With no job after the name the rank stays (`الدكتور`).

The sentences were written for the test (invented names and content), the shape of roles seen on SaudiNewsNet articles
outside the gold sets. tests/data/entities/jobs_after_a_rank.conllu holds each parsed by the bundled model
(`…-shipped`) and by the step-1,800 parser of MODEL.md's session 10 (`…-pud-style`) with `quotes parse` (entity tagger
on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("jobs_after_a_rank")


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_the_job_after_the_name_not_the_title_before_it(extractor: Extractor, style: str) -> None:
    assert sources(extractor, DOCUMENTS[f"rank-1-{style}"]) == [("وقال", "الراشد", "فيصل الراشد", "وزير الصحة الكويتي")]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_the_job_set_off_by_commas(extractor: Extractor, style: str) -> None:
    assert sources(extractor, DOCUMENTS[f"rank-2-{style}"]) == [("وقال", "السبيعي", "خالد السبيعي", "مدير عام المياه بالمنطقة")]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_the_title_stays_where_no_job_follows(extractor: Extractor, style: str) -> None:
    assert sources(extractor, DOCUMENTS[f"rank-3-{style}"]) == [("وقال", "الراشد", "فيصل الراشد", "الدكتور")]
