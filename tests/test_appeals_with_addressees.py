"""A verb of appeal (دعا، طالب، حث، ناشد) whose subject is in the verb, then whom the appeal is made to: the noun after
the verb is the addressee, never the speaker, where its form shows it is the object. The speaker is then the source
quoted before, and the content starts after the addressee's preposition (إلى، على; بـ kept):

- a masculine noun after a feminine verb: `ودعت المجتمع الدولي إلى …` (the community would have دعا);
- a quantifier of all: `وحث جميع الأطراف على …`، `وطالب كافة السكان بـ …` (quantifiers.tsv, column addressed);
- a sound plural in the accusative: `ودعا المواطنين إلى …` (the subject would be المواطنون).

`وطالب المزارعون بـ …` (the nominative), `ودعت الحكومة المواطنين إلى …` (the verb agrees with its subject) and `ودعت
الكويت إلى …` (a country, feminine, that the entity tagger found) keep their subjects. Left: `وطالب المجتمع الدولي
بـ …` with a masculine verb shows no form either way.

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
that are in neither gold set. tests/data/entities/appeals_with_addressees.conllu holds the parses (bundled model,
entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses
from quotes.api import Extractor

DOCUMENTS = entity_parses("appeals_with_addressees")


def appeal(extractor: Extractor, doc_id: str) -> tuple[str | None, str | None, str]:
    quote = extractor.extract_parsed(DOCUMENTS[doc_id])[-1]
    return (
        quote.speaker.text if quote.speaker else None,
        quote.speaker_resolved.text if quote.speaker_resolved else None,
        quote.content.text,
    )


@pytest.mark.parametrize(
    ("doc_id", "source", "content"),
    [
        ("appeal-fem-verb-1", "لينا الحسيني", "التحرك الفوري لحماية المدنيين"),
        ("appeal-all-1", "كارل يوهانسون", "الالتزام بوقف إطلاق النار"),
        ("appeal-all-2", "سالم الغامدي", "بالابتعاد عن الأودية"),
        ("appeal-plural-acc-1", "منصور العتيبي", "التعاون مع فرق الصيانة"),
    ],
)
def test_the_addressee_is_no_speaker(extractor: Extractor, doc_id: str, source: str, content: str) -> None:
    assert appeal(extractor, doc_id) == (None, source, content)


@pytest.mark.parametrize(
    ("doc_id", "speaker"),
    [
        ("appeal-subject-1", "المزارعون"),
        ("appeal-subject-2", "الحكومة"),
        ("appeal-country-1", "الكويت"),  # a country is feminine: ودعت الكويت is Kuwait's appeal
        ("appeal-country-2", "اليمن"),
    ],
)
def test_a_subject_the_form_shows_keeps_the_appeal(extractor: Extractor, doc_id: str, speaker: str) -> None:
    assert appeal(extractor, doc_id)[:2] == (speaker, speaker)
