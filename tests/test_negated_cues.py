"""A negated cue reports that nothing was said: `ولم يعلن المتحدث باسم الشركة أن الاتفاق سيوقع …` attributes no
content to the spokesman (spec: a quote is content the text attributes to a source; `لم يرد على طلب للتعليق` is none).
A verb that passes on a statement (قال، ذكر، أكد، أعلن، أوضح: classes neutral, assertive, announcement, explanatory)
right after لم or لن (rules/lexicons/negation_particles.tsv) gives no quote (issue 10). A denial or a doubt negated
still asserts something of the source: `ولم يستبعد المتحدث أن ترتفع الأسعار …` ("did not rule out") stays a quote, as
the gold has it (PUD: `لم يستبعد المتحدث الرسمي`).

The sentences were written for the test (invented content). tests/data/entities/connectives_perfects_negations.conllu
holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("connectives_perfects_negations")


@pytest.mark.parametrize("doc_id", ["negated-1", "negated-2", "negated-3"])
def test_a_negated_statement_is_no_quote(extractor: Extractor, doc_id: str) -> None:
    """`ولم يعلن …`، `ولم يذكر …`، `ولم يوضح …` + أن-clause."""
    assert sources(extractor, DOCUMENTS[doc_id]) == []


def test_a_negated_doubt_still_asserts(extractor: Extractor) -> None:
    assert [cue for cue, *_ in sources(extractor, DOCUMENTS["negated-4"])] == ["يستبعد"]
