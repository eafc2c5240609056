"""A warning under سبق أن ("had already"): `وسبق أن حذرت الهيئة من أن …` (issue 10: missed quotes).

The parse hangs the warning's clause after `من أن` on سبق, beside the warning verb, which is سبق's complement
(`ccomp`) or, in UD Arabic-PUD's style, its clausal subject (`csubj`); rule verb-warning-complement-clause reads the
clause from there. (A verb with its own أن clause under سبق, `وسبق أن أكدت الشركة أن …`, was found before.)

Each sentence was written for the test (invented content), after quotes missed on SaudiNewsNet articles in neither
gold set. tests/data/entities/warning_after_sabaqa.conllu holds each sentence three times: parsed by the bundled
model (ids `…-shipped`), by the step-1,800 parser of MODEL.md's session 10 (`…-pud-style`) and by session 23's
GPU-trained news parser (`…-gpu23`), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("warning_after_sabaqa")
STYLES = (*PARSE_STYLES, "gpu23")


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize(
    ("doc_id", "cue", "source", "content"),
    [
        ("warned-before", "حذرت", "هيئة الأرصاد", "أن الأمطار قد تتسبب في سيول جارفة خلال الأيام المقبلة"),
        ("warned-before-masculine", "حذر", "الاتحاد", "أن الأندية المتأخرة في سداد الرسوم ستحرم من التسجيل"),
    ],
)
def test_the_clause_after_min_anna_under_sabaqa_is_the_warning(
    extractor: Extractor, style: str, doc_id: str, cue: str, source: str, content: str
) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"{doc_id}-{style}"]) == [("indirect", cue, source, content)]
