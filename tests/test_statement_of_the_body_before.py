"""A statement issued by a verb with no subject of its own: `نفذت وزارة العدل … . وأصدرت بيانا ذكرت فيه … وأضاف البيان`.

The verb that issued the statement names no subject: she is the body that was a verb's subject last, in its sentence
or the one before, of the verb's gender; the statement is that body's, and `البيان` later resolves to it. The parse may
make `بيانا` the verb's subject: its accusative ending says object. A masculine `وأصدر` after a feminine body is
someone else's statement.

The sentences were written for the test after a record seen on SaudiNewsNet articles annotated outside the gold sets;
tests/data/entities/statement_of_the_body_before.conllu holds their parses by the bundled model; no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("statement_of_the_body_before")


def test_the_statement_is_the_body_s_that_issued_it_without_a_subject(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["statement-of-the-body-before"])[1] == ("وأضاف", "البيان", "وزارة العدل", None)


def test_the_entity_table_gives_the_statement_its_issuer(extractor: Extractor) -> None:
    _, table = extractor.extract_with_entities(DOCUMENTS["statement-of-the-body-before"])
    (ministry,) = [entity for entity in table if entity.canonical.text == "وزارة العدل"]
    assert [mention.span.text for mention in ministry.mentions if mention.kind == "DOC"] == ["بيانا", "البيان"]


def test_a_verb_of_the_other_gender_issued_someone_else_s_statement(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["statement-of-another-gender"])[1] == ("وأضاف", "البيان", "البيان", None)
