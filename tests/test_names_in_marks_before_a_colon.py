"""A quoted name before a colon is part of the speaker's phrase; the speech is what the colon opens (issue 10).

`من جهته، قال كريغ بلومب، رئيس دائرة الأبحاث في مجموعة «جيه إل إل الشرق الأوسط وشمال أفريقيا»: «تواصل سوق دبي …»`
(SaudiNewsNet, outside the gold sets) gave the company's name as the quote: a quotation of six words or more looks
like speech, and it came first after the cue. A quotation with a colon right after its closing mark names something
in the speaker's phrase; the speech follows the colon.

The sentence was written for the test (invented names and content). tests/data/entities/names_in_marks_before_a_colon.conllu
holds it twice: parsed by session 10's step-1,800 parser (`…-pud-style`) and by the bundled model (`…-shipped`),
entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("names_in_marks_before_a_colon")


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_the_company_in_marks_before_the_colon_is_no_speech(extractor: Extractor, style: str) -> None:
    """`قال سامر القحطاني، مدير الأبحاث في شركة «الخليج العربي للاستشارات المالية والاستثمار العقاري والتطوير»: «…»`"""
    found = quotes_found(extractor, DOCUMENTS[f"name-in-marks-before-colon-1-{style}"])
    assert found == [("direct", "قال", "سامر القحطاني", "تحتاج الأسواق إلى مزيد من الوقت قبل أن تستعيد توازنها")]
