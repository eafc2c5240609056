"""A prosecutor named after the content (the spec's `…، كما أفاد فلان`): `…، كما قالت مدعية المحكمة العليا، مما …`.

مدعية/مدعي is the participle "claiming" (`مدعياً أنه لم يرتكب الجريمة`) and the noun "prosecutor, claimant". In
construct with a noun after it (`مدعية المحكمة`، `مدعية النيابة العامة`) it is the noun: it reports nothing of its own
(the participle took the court's name and the rest of the sentence for its content) and it may be the subject of a
reporting verb (a participle never is: `وأضاف قائلا`). And a comma that closes the source before the narrator goes on
(`…، مما أثار …`) is the source's end even where the parse hangs it in the source's phrase; not a comma that closes a
relative clause of the source (`…، كما دعت الغرفة، التي تضم …، كلا من …`: what follows is the verb's own object).

Each sentence was written for the test (invented names and content), after a false quote and a missed one on a
SaudiNewsNet article outside the gold sets (`كما قالت مدعية المحكمة الجنائية الدولية، مما فتح الطريق …`).
tests/data/entities/prosecutors_named_after_content.conllu holds each sentence twice: parsed by the step-1,800 parser of
MODEL.md's session 10 (`…-pud-style`, PUD's conventions) and by the bundled model (`…-shipped`), entity tagger on; no
model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("prosecutors_named_after_content")


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_prosecutor_named_after_the_content_is_its_source(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"prosecutor-as-source-1-{style}"]) == [
        ("indirect", "قالت", "مدعية المحكمة العليا", "وأرجأت المحكمة الجلسة إلى الشهر المقبل بسبب غياب الشهود")
    ]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_prosecutor_is_no_reporting_participle(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"prosecutor-noun-1-{style}"]) == []


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_claiming_with_a_clause_is_still_a_quote(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"claiming-clause-1-{style}"]) == [
        ("indirect", "مدعيا", None, "أنه لم يرتكب الجريمة")
    ]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_comma_after_a_relative_clause_of_the_source_ends_nothing(extractor: Extractor, style: str) -> None:
    """The call goes on after the relative clause: no quote of دعت takes the clause before كما."""
    found = quotes_found(extractor, DOCUMENTS[f"as-called-with-relative-1-{style}"])
    assert [quote[1] for quote in found] == ["وطالب"]
