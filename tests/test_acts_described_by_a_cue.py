"""`واعتبرت الهيئة التفجير عملاً إرهابياً وجباناً يؤكد خبث منفذيه`: a cue in a clause that describes an indefinite noun
in the accusative (its alif and tanween written) speaks for that noun only where the noun names someone who may speak
(a man, a statement); an act described confirms something, nobody says it (`quotes.drafts.subject.described`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/acts_described_by_a_cue.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("acts_described_by_a_cue")


def test_a_cowardly_act_is_no_speaker(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    [(cue, speaker, _, _)] = sources(extractor, documents["a-cowardly-act"])
    assert cue == "يؤكد"
    assert speaker is None


@pytest.mark.parametrize(("doc_id", "speaker"), [("a-man-who-says", "رجلاً"), ("a-statement-that-stresses", "بياناً")])
def test_a_man_or_a_statement_speaks(extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, speaker: str) -> None:
    [(_, found, _, _)] = sources(extractor, documents[doc_id])
    assert found == speaker
