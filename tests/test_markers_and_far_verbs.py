"""An according-to marker at the head of a sentence governs the clause after it: `ووفقا لموقع الشركة الرسمي، فقد زودت
الشركة …`. It relays a quote only when that quote's verb opens its clause (`وبحسب وكالة رويترز، فقد ذكر وزير النفط أن
…`: one record, the agency as `via`); a reporting verb deep in the clause (`… ويخبر السائق بأنه …`، `…، وكتب مدير
المتحف … إن …`) does not make the marker a mere transmitter, and the marker keeps its own quote.

The sentences were written for the test (invented content), after quotes lost on SaudiNewsNet articles that are in
neither gold set. tests/data/entities/markers_and_far_verbs.conllu holds the parses (bundled model, entity tagger
on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "markers_and_far_verbs.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


def _found(extractor: Extractor, document: ParsedDocument) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (quote.type, quote.cue.text, quote.speaker.text if quote.speaker else None, quote.via.text if quote.via else None)
        for quote in extractor.extract_parsed(document)
    ]


@pytest.mark.parametrize(
    ("doc_id", "source", "verb", "subject"),
    [
        ("marker-far-verb-1", "موقع الشركة الرسمي", "ويخبر", "السائق"),
        ("marker-far-verb-2", "وكالة الأنباء الفرنسية", "وكتب", "مدير المتحف"),
    ],
)
def test_a_verb_deep_in_the_clause_leaves_the_marker_its_quote(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, source: str, verb: str, subject: str
) -> None:
    assert _found(extractor, documents[doc_id]) == [("according_to", "ووفقا", source, None), ("indirect", verb, subject, None)]


def test_a_verb_that_opens_the_clause_is_relayed_by_the_marker(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert _found(extractor, documents["marker-far-verb-3"]) == [("indirect", "ذكر", "وزير النفط", "وكالة رويترز")]
