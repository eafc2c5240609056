"""Media outlets are a source: `ووفقاً لوسائل الإعلام المحلية، فإن …`، `…، بحسب ما أعلنت وسائل إعلام رسمية`.

`وسائل` (outlets) is a group noun (`rules/lexicons/group_nouns.tsv`), and after an ambiguous according-to marker
(وفقا، حسب: also "in line with", "as needed") the source may be any noun that can speak: a group or a medium as well
as a role, a body or a statement. Before, the marker's source was refused and the quote lost, or, after بحسب ما
أعلنت, the verb's subject was read as its content.

The sentences were written for the test (invented content), after quotes missed on SaudiNewsNet articles that are
in neither gold set. tests/data/entities/media_outlets.conllu holds the parses (bundled model, entity tagger on); no
model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "media_outlets.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "cue", "speaker", "content"),
    [
        ("media-outlets-1", "ووفقاً", "وسائل الإعلام المحلية", "فإن الحكومة ستخفض أسعار الوقود في بداية الشهر المقبل"),
        (
            "media-outlets-2",
            "بحسب",
            "وسائل إعلام رسمية",
            "وافتتح الجسر الجديد أمام حركة السيارات صباح اليوم بعد ثلاث سنوات من العمل",
        ),
        ("media-outlets-3", "وبحسب", "وسائل إعلام محلية", "فقد غادر المدرب البرتغالي المعسكر قبل موعده بيومين"),
    ],
)
def test_media_outlets_are_the_source_of_the_marker(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, cue: str, speaker: str, content: str
) -> None:
    (quote,) = extractor.extract_parsed(documents[doc_id])
    assert quote.speaker is not None
    assert (quote.type, quote.cue.text, quote.speaker.text, quote.content.text) == ("according_to", cue, speaker, content)
