"""`ووفقاً لـ "رويترز"، فإن …`: the source after an according-to marker's لـ is the source whatever relation the parse
gives it, the marker's subject included (rule `according-to-marker-head`, its path `nsubj`). Issue 10; the shape was
seen on a SaudiNewsNet article annotated in session 37 outside the gold sets.

The sentence was written for the test (invented content).
tests/data/entities/according_to_a_source_parsed_as_subject.conllu holds it as the bundled model parsed it (`quotes
parse`, entity tagger on: رويترز hangs from وفقاً as `nsubj`); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, quotes_resolved
from quotes.api import Extractor

DOCUMENTS = entity_parses("according_to_a_source_parsed_as_subject")


def test_the_parse_has_the_agency_as_the_markers_subject() -> None:
    sentence = DOCUMENTS["agency-in-marks"].sentences[0]
    agency = next(word for word in sentence.words if word.text == "رويترز")
    assert agency.deprel == "nsubj"
    assert sentence.word(agency.head).text == "وفقاً"


def test_the_agency_is_the_source(extractor: Extractor) -> None:
    assert quotes_resolved(extractor, DOCUMENTS["agency-in-marks"]) == [
        (
            "according_to",
            "ووفقاً",
            "رويترز",
            "فإن الأسعار التي نشرتها هيئة السوق المالية على موقعها الإلكتروني تخضع للتعديل",
        ),
    ]
