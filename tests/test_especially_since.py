"""`…، خصوصا أن …` ("especially since"), like `لا سيما أن`: the writer's reason after what was said, not its content
(drafts.complements.CONNECTIVES_BEFORE_COMPLEMENTIZER, as `إلا أن`، `كما أن`); the clause after it is no complement of
the cue (issue 10: false alarms). What was stressed after على is the noun phrase, which a complement-clause reading of
the cue never gives. `خصوصا` with no complementizer (`…، خصوصا بعد عودة …`) stays in the reported clause. The shape
was seen on SaudiNewsNet articles annotated in sessions 32 and 33 outside the gold sets.

The sentences were written for the test (invented names and content).
tests/data/entities/especially_since.conllu holds them as the bundled model parsed them (`quotes parse`, entity tagger
on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses
from quotes.api import Extractor

DOCUMENTS = entity_parses("especially_since")


def contents(extractor: Extractor, doc_id: str) -> list[str]:
    return [quote.content.text for quote in extractor.extract_parsed(DOCUMENTS[doc_id])]


def test_the_reason_after_especially_is_no_content(extractor: Extractor) -> None:
    assert "أن ذلك سينعكس على أسرته" not in contents(extractor, "stressed-especially-since")


def test_especially_after_stays_in_the_reported_clause(extractor: Extractor) -> None:
    assert contents(extractor, "ready-especially-after") == ["أن الفريق جاهز للمباراة، خصوصا بعد عودة اللاعبين المصابين"]
