"""`…، وفقاً لما أكده اتحاد المقاولين`: an according-to marker whose لـ-phrase is ما ("what") and a reporting verb names
the verb's subject as the source of the clause before it (the spec: an according-to marker stays `according_to` even
when a verb follows it). The parse may make the marker the head of ما (`وفقاً >obl ما >acl أكده`) under a noun of the
clause; `وفقا لما هو متوقع` ("as expected") has no reporting verb after ما and names no source.

The sentences were written for the test (invented content), after a quote missed on a SaudiNewsNet article in neither
gold set (`…، وفقاً لما أكده المرصد السوري لحقوق الإنسان.`). tests/data/entities/according_to_what_was_said.conllu
holds each sentence twice: parsed by the step-1,800 parser of session 10 (`…-pud-style`) and by the bundled model
(`…-shipped`), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("according_to_what_was_said")


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_what_a_source_confirmed(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"according-to-what-confirmed-1-{style}"]) == [
        (
            "according_to",
            "وفقاً",
            "اتحاد المقاولين",
            "وتراجعت أسعار الحديد في الأسواق المحلية خلال الشهر الماضي بنسبة عشرة في المئة",
        )
    ]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_what_is_expected_names_no_source(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"according-to-what-expected-1-{style}"]) == []
