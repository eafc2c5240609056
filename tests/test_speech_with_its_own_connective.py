"""An أن after قبل/بعد/إلا inside a quotation is the speaker's own: it neither stops the cue from reporting the
quotation (ويقول فلان "… قبل أن أواصل"، where the parse bound that أن as the cue's complementizer) nor ends the
content as the narrator's "but" does (…، إلا أن …) outside quotation marks.

The sentences were written for the test (invented names and content), after quotes missed or cut on SaudiNewsNet
articles that are in neither gold set. tests/data/entities/speech_with_its_own_connective.conllu holds the parses
(bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "speech_with_its_own_connective.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


def _quotes(extractor: Extractor, document: ParsedDocument) -> list[tuple[str, str, str]]:
    return [(q.type, q.cue.text, q.content.text) for q in extractor.extract_parsed(document)]


def test_quotation_with_qabla_an_is_reported(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    # the quotation after ويقول was lost: its قبل أن read as the narrator's connective
    assert _quotes(extractor, documents["speech-with-its-own-connective-1"]) == [
        ("direct", "ويقول", "أنا أنتظر عودة أخي قبل أن أواصل الرحلة"),
        ("indirect", "مشيرا", "أنه لا يملك المال الكافي"),
    ]


def test_quotation_with_bada_an_stays_reported(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert _quotes(extractor, documents["speech-with-its-own-connective-2"]) == [
        ("direct", "وقالت", "سنكمل المنهج بعد أن تنتهي الإجازة القصيرة")
    ]


def test_illa_anna_inside_the_quotation_does_not_end_it(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # the content once ended at «، إلا أن» inside the quotation
    assert _quotes(extractor, documents["speech-with-its-own-connective-3"]) == [
        ("mixed", "وقال", 'إن "الطلب ارتفع هذا العام، إلا أن الأسعار لم تتغير كثيرا"')
    ]


def test_narrators_illa_anna_still_ends_the_content(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert _quotes(extractor, documents["speech-with-its-own-connective-4"]) == [
        ("indirect", "وقال", "إن الطلاب عادوا إلى الفصول")
    ]
