"""A body's name in quotation marks inside a title, a family name that spells a title, and a body named in marks,
on sentence shapes seen in news the project was not tuned on.

- A title may hold the name of the body it belongs to in quotation marks (`المتحدث الرسمي لـ«حركة التغيير» سامر
  الخطيب`، `رئيس نادي «الوحدة» فيصل القاضي`): the marks do not end the title, the name after it is its holder's.
- Many family names are trades and offices (`الخطيب` preacher, `القاضي` judge, `النجار`، `الحداد`): after the text
  named `سامر الخطيب`, a later `الخطيب` is that person, and their role is the title the text gave them, not the
  word the family name spells.
- A family name with its particle written joined (`أبوزيد`) is the one written apart (`سامي أبو زيد`).
- A body named in quotation marks after its head noun (`شركة "نماء"`، `منظمة «أطباء الأمل»`) is named with the
  marks, so its later anaphor (`الشركة`، `المنظمة`) resolves to it.

Each sentence was written for the test (invented names), after an error seen on SaudiNewsNet articles that are in
neither gold set. tests/data/entities/quoted_bodies_and_family_names.conllu holds the parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "quoted_bodies_and_family_names.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


def _attribution(extractor: Extractor, document: ParsedDocument) -> list[tuple[str, str | None, str | None]]:
    """(cue, speaker_resolved, role) of each quote."""
    return [(cue, resolved, role) for cue, _, resolved, role in sources(extractor, document)]


def _speakers(extractor: Extractor, document: ParsedDocument) -> list[tuple[str | None, str | None]]:
    """(speaker, speaker_resolved) of each quote."""
    return [(speaker, resolved) for _, speaker, resolved, _ in sources(extractor, document)]


def test_a_body_in_quotation_marks_stays_in_the_title_before_the_name(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # the closing mark before the name ended the title: the speaker stayed the bare title المتحدث الرسمي
    assert _attribution(extractor, documents["quoted-body-in-title-1"]) == [
        ("وقال", "سامر الخطيب", "المتحدث الرسمي لـ«حركة التغيير»"),
        ("وأضاف", "سامر الخطيب", "المتحدث الرسمي لـ«حركة التغيير»"),
    ]


def test_a_family_name_that_spells_a_title_is_the_person_named_before(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # القاضي (judge) is فيصل القاضي's family name: his role stays رئيس نادي «الوحدة», not القاضي
    assert _attribution(extractor, documents["quoted-body-in-title-2"]) == [
        ("أكد", "فيصل القاضي", "رئيس نادي «الوحدة»"),
        ("وأشار", "فيصل القاضي", "رئيس نادي «الوحدة»"),
    ]
    _, table = extractor.extract_with_entities(documents["quoted-body-in-title-2"])
    person = next(entity for entity in table.entities if entity.canonical.text == "فيصل القاضي")
    family = [mention for mention in person.mentions if mention.span.text == "القاضي"]
    assert len(family) == 1 and family[0].kind == "PER" and family[0].role is None


def test_a_family_name_that_is_no_title_keeps_the_persons_title(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert _attribution(extractor, documents["family-name-after-title-word"]) == [
        ("قال", "خالد الحداد", "الطبيب"),
        ("وأوضح", "خالد الحداد", "الطبيب"),
    ]


def test_a_family_name_written_joined_is_the_one_written_apart(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    # أبوزيد stayed a source of its own: no word in common with سامي أبو زيد
    assert _speakers(extractor, documents["abu-joined"]) == [
        ("سامي أبو زيد", "سامي أبو زيد"),
        ("أبوزيد", "سامي أبو زيد"),
    ]


@pytest.mark.parametrize(
    ("doc_id", "anaphor", "body"),
    [("body-named-in-marks-1", "الشركة", 'شركة "نماء"'), ("body-named-in-marks-2", "المنظمة", "منظمة «أطباء الأمل»")],
)
def test_a_body_named_in_quotation_marks_is_what_its_anaphor_stands_for(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, anaphor: str, body: str
) -> None:
    # the body's mention ended at its head (شركة), so الشركة found no name to stand for
    assert _speakers(extractor, documents[doc_id]) == [(anaphor, body)]
