"""`، متوقعة أن …`: the feminine (and plural) circumstantial participle of توقع with its own أن clause is a forecast of
the subject's, a quote like `متوقعاً أن …` (the spec: belief verbs with a clause are quotes), and it ends the clause of
the participle before it (issue 10; an analyst's note with a chain `مشيرة …، متوقعة …، لافتة …` seen on a SaudiNewsNet
article annotated in session 33 outside the gold sets). With a noun, or as a predicate, the same letters are the
adjective "expected" (`زيادة متوقعة في الطلب`، `كانت النتائج متوقعة`: rules/lexicons/reporting_participles.tsv,
rules/participles.toml): no quote.

The sentences were written for the test (invented content). tests/data/entities/forecasts_written_feminine.conllu holds
them as the bundled model parsed them (`quotes parse`, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses
from quotes.api import Extractor

DOCUMENTS = entity_parses("forecasts_written_feminine")


def quotes_of(extractor: Extractor, doc_id: str) -> list[tuple[str, str | None, str]]:
    return [
        (quote.cue.text, quote.speaker_resolved.text if quote.speaker_resolved else None, quote.content.text)
        for quote in extractor.extract_parsed(DOCUMENTS[doc_id])
    ]


def test_each_participle_of_the_chain_is_its_own_quote(extractor: Extractor) -> None:
    firm = "شركة الراجحي المالية"
    assert quotes_of(extractor, "a-chain-of-participles") == [
        ("وقالت", firm, "إن أرباح البنك جاءت أقل من المتوقع"),
        ("مشيرة", firm, "أن المصاريف ارتفعت خلال الربع"),
        ("متوقعة", firm, "أن تتحسن النتائج خلال العام المقبل"),
        ("لافتة", firm, "أنها ما زالت توصي بالشراء"),
    ]


def test_an_expected_rise_is_no_forecast(extractor: Extractor) -> None:
    assert quotes_of(extractor, "an-expected-rise") == []


def test_expected_results_stay_inside_the_quote(extractor: Extractor) -> None:
    assert quotes_of(extractor, "results-were-expected") == [("وقالت", "الجمعية", "إن النتائج كانت متوقعة بعد تراجع الأسعار")]
