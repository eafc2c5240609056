"""A period inside a name in quotation marks ends neither the sentence nor the way to the quotation.

`وقال فلان، محلل اقتصادي أول لدى «أوزإس. فايننشال سرفيس» لـ«الشرق الأوسط»: «…»`: the tokenizer ended the sentence
at the firm's abbreviation point, and the quotation after the colon was lost with its speaker. The parse now joins
the sentence again where the period lies inside marks that close a few words on (`parser.join_abbreviation_breaks`;
the period stays in the text, out of the words), and the colon is within reach of the cue across a name in marks
(`drafts.spans.opening_within_reach`). A quotation of sentences in marks still ends a sentence at each period.

Sentences written for the test (invented content), after a read-set record; tests/data/entities/
periods_in_marked_names.conllu holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, quotes_found
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("periods_in_marked_names")


def test_the_analyst_of_the_firm_is_quoted(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    document = documents["analyst-of-a-firm"]
    assert len(document.sentences) == 2
    assert quotes_found(extractor, document) == [
        ("direct", "وقال", "سامي الدوسري", "الأسعار سترتفع خلال الصيف"),
        ("direct", "وتابع", None, "لم تعلن الشركات عن ذلك بعد"),
    ]


def test_a_quotation_of_sentences_keeps_its_sentences(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    document = documents["quotation-of-sentences"]
    assert len(document.sentences) == 4
    said, added = quotes_found(extractor, document)
    assert said == ("direct", "وقال", "المدرب", "الفريق جاهز. اللاعبون في حالة جيدة. المباراة صعبة")
    assert added[:2] == ("indirect", "وأضاف")
