"""After وفقاً لـ or طبقاً لـ a norm is followed, not a source quoted: the coding, a mechanism, a regulation, specifications.

`بدأت الوزارة تطبيق الدليل … وفقاً للترميز الدولي المعتمد` says what the ministry's guide follows; no one is reported.
rules/lexicons/according_to_norms.tsv lists the nouns (matched by lemma) after which the marker is no according-to
cue; `ترميز`، `آلية`، `مواصفة` join the law, the plan and the timetable (not `لائحة`: `وفقا للائحة الاتهام` is the
indictment, a document that speaks). A body after the marker is still a source (`…، وفقاً للهيئة العامة للإحصاء`).

Sentences written for the test (invented content), after the shape of a record seen on SaudiNewsNet articles outside
the gold sets; tests/data/entities/according_to_norms.conllu holds their parses (bundled model, entity tagger on); no
model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("according_to_norms")


@pytest.mark.parametrize("doc_id", ["coding", "mechanism", "specifications"])
def test_a_norm_after_the_marker_is_no_source(extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str) -> None:
    assert not [quote for quote in extractor.extract_parsed(documents[doc_id]) if quote.type == "according_to"]


def test_a_body_after_the_marker_is_a_source(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (quote,) = extractor.extract_parsed(documents["a-source"])
    assert quote.type == "according_to"
    assert quote.speaker is not None and quote.speaker.text.endswith("هيئة العامة للإحصاء")
