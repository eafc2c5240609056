"""A role after the name and a comma ends before the preposition the cue takes its content with (`أكد سامي الحربي،
المدير الفني للمنتخب الوطني على أن …`, `وشدد …، رئيس اللجنة المنظمة للمهرجان على أن …`): the role ran to the
content's start and kept `على`. So does a role right after the name, with no comma (`شدد خالد الفهد رئيس لجنة
المسابقات … على أن …`, `وأشار نايف المطيري مدير التعليم بمحافظة الخرج إلى أن …`), read off the words between the
cue and the content.

The sentences were written for the test (invented names), after an error seen on a SaudiNewsNet article that is in
neither gold set. tests/data/entities/roles_before_prepositions.conllu holds the parses (bundled model, entity tagger
on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "roles_before_prepositions.conllu"


@pytest.mark.parametrize(
    ("doc_id", "speaker", "role"),
    [
        ("role-before-preposition-1", "سامي الحربي", "المدير الفني للمنتخب الوطني"),
        ("role-before-preposition-2", "ماجد العنزي", "رئيس اللجنة المنظمة للمهرجان"),
    ],
)
def test_the_role_after_a_comma_leaves_the_cues_preposition(extractor: Extractor, doc_id: str, speaker: str, role: str) -> None:
    document = documents_by_id(PARSES)[doc_id]
    _, found_speaker, _, found_role = sources(extractor, document)[-1]
    assert (found_speaker, found_role) == (speaker, role)


@pytest.mark.parametrize(
    ("doc_id", "speaker", "role"),
    [
        ("role-prep-1", "خالد الفهد", "رئيس لجنة المسابقات بالاتحاد السعودي لكرة السلة"),
        ("role-prep-3", "نايف المطيري", "مدير التعليم بمحافظة الخرج"),
    ],
)
def test_the_role_right_after_the_name_leaves_the_cues_preposition(
    extractor: Extractor, doc_id: str, speaker: str, role: str
) -> None:
    # شدد خالد الفهد رئيس لجنة المسابقات بالاتحاد السعودي لكرة السلة على أن القرار نهائي ولا رجعة فيه.
    document = documents_by_id(PARSES)[doc_id]
    _, found_speaker, _, found_role = sources(extractor, document)[-1]
    assert (found_speaker, found_role) == (speaker, role)
