"""`وهنأ الدكتور فلان منسوبي الهيئة …`، `وشكر المهندس فلان الغامدي موظفي الشركة …`: a participle's masculine sound
plural in construct, in the accusative or genitive (مـ …ي, then a noun with the article), right after a family name
with the article is the people the verb acts on (whom he congratulated, thanked), not a second family name, though the
tagger called it a proper noun and the parse hung it on the name. The speaker's name ends before it
(`quotes.speakers.words.plural_after_family_name`), and so are two of them joined by و (`مديري ومنسوبي المدارس`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/staff_after_family_names.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("staff_after_family_names")


@pytest.mark.parametrize(("doc_id", "name"), [("congratulated-the-staff", "العتيبي"), ("thanked-the-employees", "خالد الغامدي")])
def test_the_staff_are_no_part_of_the_name(extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, name: str) -> None:
    [(cue, _, resolved, role)] = sources(extractor, documents[doc_id])
    assert (cue, resolved) == ("مؤكدًا", name)
    assert role in ("الدكتور", "المهندس")


@pytest.mark.parametrize(
    ("doc_id", "name"), [("urged-directors-and-staff", "فهد الشمري"), ("congratulated-supervisors-and-staff", "سالم القرني")]
)
def test_two_plurals_joined_by_wa_are_no_part_of_it_either(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, name: str
) -> None:
    found = sources(extractor, documents[doc_id])
    assert found and all(resolved == name for _, _, resolved, _ in found)
