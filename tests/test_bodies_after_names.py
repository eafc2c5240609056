"""A body after a person's name (`وطالب … الأمير فهد بن خالد الاتحاد السعودي لكرة القدم بإعادة النظر …`: the prince
demanded of the federation) is the verb's object or addressee, never the name's family name: a definite word after a
given name may be one (`سالم الوذيناني`), but not an organisation's head (`الاتحاد`، `الوزارة`، `الهيئة`), which the
name finder now stops at. The name had run into the body in the entity table and in every later quote of the person.

The sentences were written for the test (invented names and content), after records seen on a SaudiNewsNet article
that is in neither gold set. tests/data/entities/bodies_after_names.conllu holds the parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "bodies_after_names.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


def _speakers(extractor: Extractor, document: ParsedDocument) -> list[tuple[str | None, str | None]]:
    return [
        (quote.speaker.text if quote.speaker else None, quote.speaker_resolved.text if quote.speaker_resolved else None)
        for quote in extractor.extract_parsed(document)
    ]


@pytest.mark.parametrize(
    ("doc_id", "person"),
    [("name-then-federation", "فهد بن خالد"), ("name-then-ministry", "سعد بن علي")],
)
def test_a_body_after_the_name_is_no_family_name(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, person: str
) -> None:
    assert _speakers(extractor, documents[doc_id]) == [(person, person)]
    people = [mention.span.text for mention in extractor.mentions(documents[doc_id]) if mention.kind == "PER"]
    assert person in people
    assert all(not name.startswith(f"{person} ال") for name in people)


def test_a_family_name_after_a_given_name_still_is_one(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert _speakers(extractor, documents["family-name-control"]) == [("سالم الوذيناني", "سالم الوذيناني")]
