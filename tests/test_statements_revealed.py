"""A report a body reveals (`كشفت الإدارة عن تقريرها`) is that body's, as one it speaks in (`قالت الهيئة في بيان`):
a later `التقرير` quoted as a speaker resolves to the body, as the spec asks of a statement whose issuer the text names.
A report with its pronoun (`في تقريرها`, "its report") is the body's nearest before it, also where the parse made the
body the verb's object and a dateline before the verb its subject (`عين المدينة – جدة  توقعت الهيئة … في تقريرها`).

Each document was written for the test (invented bodies and content), after an error seen on a SaudiNewsNet article in
neither gold set (`كشفت إدارة المباني بتعليم عنيزة عن تقريرها …`, then `وأوضح التقرير أن …` left `التقرير`; a weather report after a
dateline, its `وأورد التقرير` left `التقرير`).
tests/data/entities/statements_revealed.conllu holds the parses of the bundled model (`-shipped`) and of session 23's
GPU-trained news parser (`-gpu23`); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("statements_revealed")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "body", "cue"),
    [("statement-revealed-1", "إدارة الطرق", "وأوضح"), ("statement-revealed-2", "هيئة السياحة", "وذكر")],
)
def test_the_report_a_body_revealed_is_the_bodys(extractor: Extractor, parser: str, doc_id: str, body: str, cue: str) -> None:
    document = DOCUMENTS[f"{doc_id}-{parser}"]
    statement = next(mention for mention in extractor.mentions(document) if mention.kind == "DOC")
    assert (statement.span.text, statement.issuer.text if statement.issuer else None) == ("تقرير", body)
    assert sources(extractor, document)[-1] == (cue, "التقرير", body, None)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "body", "cue"),
    [("report-with-its-pronoun-1", "الهيئة الوطنية للأرصاد", "وأورد"), ("report-with-its-pronoun-2", "الهيئة العامة للطقس", "وأضاف")],
)
def test_a_report_with_its_pronoun_is_the_body_before_it_not_the_dateline(
    extractor: Extractor, parser: str, doc_id: str, body: str, cue: str
) -> None:
    assert sources(extractor, DOCUMENTS[f"{doc_id}-{parser}"])[-1] == (cue, "التقرير", body, None)
