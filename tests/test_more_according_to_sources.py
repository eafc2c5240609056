"""More sources after an ambiguous according-to marker (حسب، بحسب، وفقا: also "as needed", "in line with"):

- a broken plural of people (`وحسب نشطاء فإن …`: نشطاء joins `rules/lexicons/group_nouns.tsv`);
- a plural of a speech noun (`وبحسب تأكيدات المحامي …`: تأكيدات joins `rules/lexicons/speech_nouns.tsv`);
- a quantity word, من and a noun that can speak (`وبحسب العديد من الخبراء، فإن …`);
- a newspaper's name in quotation marks or brackets right after the marker (`…، بحسب «الصباح»`، `حسب (الحياة)`).

The sentences were written for the test (invented content and names), after quotes missed on SaudiNewsNet articles
that are in neither gold set. tests/data/entities/more_according_to_sources.conllu holds the parses (bundled model,
entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "more_according_to_sources.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "cue", "speaker", "content"),
    [
        ("more-sources-1", "وحسب", "نشطاء", "فإن المعتقل حاول الهرب من السجن قبل أن يعاد إليه"),
        ("more-sources-2", "وبحسب", "تأكيدات المحامي سالم الرشيدي", "فإن المحكمة ستنظر في القضية الشهر المقبل"),
        ("more-sources-3", "وبحسب", "العديد من الخبراء", "فإن أسعار النفط ستبقى منخفضة حتى نهاية العام"),
        (
            "more-sources-4",
            "بحسب",
            "الصباح",
            "وارتفعت أسعار الذهب في الأسواق المحلية بنسبة ثلاثة في المئة خلال الأسبوع",
        ),
    ],
)
def test_the_marker_names_its_source(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, cue: str, speaker: str, content: str
) -> None:
    (quote,) = extractor.extract_parsed(documents[doc_id])
    assert quote.speaker is not None
    assert (quote.type, quote.cue.text, quote.speaker.text, quote.content.text) == ("according_to", cue, speaker, content)
