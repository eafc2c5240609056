"""A statement described by a relative clause that names who issued it speaks for that issuer.

The contract: `speaker_resolved` of a statement, report or study is its issuer when the text names one. The issuer is
often the subject of an issuing verb in a clause on the statement (rules/lexicons/issuing_verbs.tsv): `تقرير أعدته
وزارة الاقتصاد`، `دراسة أجراها معهد بروكينغز`. The mention finder now reads that clause too
(`quotes.mentions.documents._issuer_of_relative_clause`); the verb is known in the feminine past the lemmatizer keeps
as written (`أعدته`: أعدت → أعد), and where the tagger read the verb with its object pronoun as a noun in construct
(`أجرا|ها`، `أجرا|ه`: `quotes.speakers.words.issuing_subject`) the noun after the pronoun is its subject. A title
after the issuer is no part of its name (`… في وزارة التخطيط | تحت عنوان "…"`); a passive with a time after it names
no issuer (`دراسة أجريت العام الماضي`).

Sentences written for the test (invented content), after the shape of read-set records;
tests/data/entities/statements_issued_in_a_clause.conllu holds their parses (bundled model, entity tagger on); no
model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("statements_issued_in_a_clause")


@pytest.mark.parametrize(
    ("doc_id", "issuer"),
    [
        ("report-prepared-by-a-ministry", "وزارة الاقتصاد"),
        ("study-conducted-by-an-institute", "معهد بروكينغز"),  # أجرا|ها read as a noun in construct
        ("survey-conducted-by-a-centre", "مركز الملك عبدالعزيز للحوار الوطني"),
        ("report-under-a-title", "دائرة الإحصاء في وزارة التخطيط"),
    ],
)
def test_the_statement_speaks_for_its_issuer(extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, issuer: str) -> None:
    (said,) = sources(extractor, documents[doc_id])
    assert said[2] == issuer


def test_the_issuer_is_the_statements_entity(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    _, table = extractor.extract_with_entities(documents["report-prepared-by-a-ministry"])
    (ministry,) = [entity for entity in table if entity.canonical.text == "وزارة الاقتصاد"]
    assert [mention.kind for mention in ministry.mentions] == ["DOC", "ORG"]


def test_a_passive_names_no_issuer(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["study-conducted-last-year"])
    assert said[:3] == ("وأكدت", "دراسة أجريت العام الماضي", "دراسة أجريت العام الماضي")
