"""A quotation, a comma, then a phrase that points back at it and the source: `«…»، هذا ما قاله المدرب`
("that is what the coach said"), `«…»، وهذا ما أكده الوزير`, `«…»، هكذا علق المدير` ("thus the director commented").

Like `«…»، كما قال فلان` (the spec's settled case of a source named after its content), the words between the
quotation and the cue name nothing new: the quotation is what the source said, and the record is direct. Only a
reporting verb makes it a quote: `«…»، وهذا ما يفسر الحضور الكبير` ("and that is what explains …") has no source.

Each sentence was written for the test (invented names and words), after two quotes missed on SaudiNewsNet articles
outside the gold sets (`"…"، هذا ما قاله موتا بعد المباراة`، `«…»، هذا ما قاله مورينهو`).
tests/data/entities/quotation_then_that_is_what_was_said.conllu holds each sentence twice: parsed by the step-1,800
parser of MODEL.md's session 10 (`…-pud-style`, PUD's conventions) and by the bundled model (`…-shipped`), entity
tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("quotation_then_that_is_what_was_said")


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("pointing-1", ("direct", "قاله", "ريكاردو غوميز", "اللاعبون قدموا كل ما لديهم، والجمهور يستحق هذا الفوز")),
        ("pointing-2", ("direct", "علق", "سامر الحداد", "لن نرفع الأسعار قبل نهاية العام")),
        ("pointing-3", ("direct", "أكده", "فهد السالم", "سنعيد بناء المدرسة قبل بداية العام الدراسي")),
    ],
)
def test_the_quotation_before_is_what_the_source_said(
    extractor: Extractor, style: str, doc_id: str, expected: tuple[str, ...]
) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"{doc_id}-{style}"]) == [expected]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_without_a_reporting_verb_there_is_no_source(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"pointing-4-{style}"]) == []
