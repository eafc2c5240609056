"""Speech that opens with أنه and goes on with "despite …, yet …" (`وأضاف أنه على الرغم من … إلا أن …`،
`وأوضحت الجمعية أنه بالرغم من … إلا أنها …`): the parse may bind the أن after إلا as the speech's complementizer, and
an أن after a connective is the narrator's "but", so the quote was dropped. When an earlier complementizer opens the
speech right after the cue, the speech starts there. With no complementizer after the cue, `…، إلا أنه …` stays the
narrator's (`ورفض اللاعب العرض …، إلا أنه وافق …`: no quote).

Each sentence was written for the test (invented content), after records missed on SaudiNewsNet articles outside the
gold sets. tests/data/entities/speech_opening_before_illa_anna.conllu holds the parses (bundled model, entity tagger
on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, quotes_found
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "speech_opening_before_illa_anna.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)



@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (
            "despite-1",
            (
                "indirect",
                "وأفاد",
                "المتحدث باسم الشرطة",
                "أنه رغم تحذيرات الدفاع المدني المتكررة من السباحة في الأودية إلا أن عددا من الشباب لم يلتزموا بالتعليمات",
            ),
        ),
        (
            "despite-2",
            (
                "indirect",
                "وأضاف",
                None,
                "أنه على الرغم من ارتفاع درجات الحرارة في المنطقة الشرقية خلال الأسبوع الماضي إلا أن استهلاك الكهرباء بقي"
                " ضمن المعدلات الطبيعية",
            ),
        ),
        (
            "despite-3",
            (
                "indirect",
                "وأوضحت",
                "الجمعية",
                "أنه بالرغم من قلة الموارد المالية المتاحة هذا العام إلا أنها نفذت جميع برامجها الخيرية في موعدها",
            ),
        ),
    ],
)
def test_the_speech_opens_at_the_first_complementizer(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: tuple[str, ...]
) -> None:
    assert quotes_found(extractor, documents[doc_id]) == [expected]


def test_the_narrators_but_is_no_speech(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert quotes_found(extractor, documents["despite-4"]) == []
