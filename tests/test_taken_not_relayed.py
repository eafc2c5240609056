"""`نقلاً عن فلان` relays a source; `نقلا على إثره إلى المستشفى` ("taken to hospital as a result") relays no one.

The relay rule `relay-naqlan-an` bound any dependent of نقلا as the relayed source, so in `وأضاف أسفر الحريق عن إصابة
عاملين باختناق نقلا على إثره إلى مستشفى المحافظة` it took إثره for the speaker, outranked the rule that reads the
unmarked speech after `وأضاف`, and the quote was lost. The source of a relay comes with عن, as in `relay-naql-an`.

The sentences were written for the test (invented names and content), after that error on a SaudiNewsNet dev
article (a fire report, a shape common in civil-defence news). tests/data/entities/taken_not_relayed.conllu holds the
parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "taken_not_relayed.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "content"),
    [
        ("taken-not-relayed-1", "أسفر الحريق عن إصابة عاملين باختناق نقلا على إثره إلى مستشفى المحافظة"),
        ("taken-not-relayed-2", "تسبب التصادم في إصابة ثلاثة أشخاص نقلا على إثرها إلى مستشفى الملك خالد"),
    ],
)
def test_taken_to_hospital_is_no_relay(extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, content: str) -> None:
    quote = extractor.extract_parsed(documents[doc_id])[-1]
    assert (quote.cue.text, quote.type, quote.content.text, quote.via) == ("وأضاف", "direct", content, None)


def test_naqlan_an_still_relays_its_source(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (quote,) = extractor.extract_parsed(documents["taken-not-relayed-3"])
    assert quote.speaker is not None and quote.via is not None
    assert (quote.speaker.text, quote.via.text) == ("مصدر في وزارة الداخلية", "التلفزيون الرسمي")
