"""A verb of telling (أبلغ، أخبر: reporting_verbs.tsv, column object `addressee`) whose subject is in the verb, then
whom the news is given: a sound plural in the accusative right after the verb (`وأبلغ الصحفيين أن …`، `وأخبر المشاركين
بأن …`; the subject would be الصحفيون) is the addressee, never the speaker, as after a verb of appeal
(`tests/test_appeals_with_addressees.py`). The speaker is the source named or quoted before.

The sentences were written for the test (invented names and content), after a record seen on a SaudiNewsNet article
outside the gold sets (`وقد أخبر الوفود المشاركة …`). tests/data/entities/addressees_of_telling.conllu holds the parses
(bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("addressees_of_telling")


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("told-plural-acc-1", ("وأبلغ", None, "سامي الخطيب", "الأمين العام للمنظمة")),
        ("told-plural-acc-2", ("وأخبر", None, "كارل يوهانسون", "رئيس البعثة")),
    ],
)
def test_whom_the_news_is_given_is_no_speaker(extractor: Extractor, doc_id: str, expected: tuple[str, ...]) -> None:
    assert sources(extractor, DOCUMENTS[doc_id])[-1] == expected
