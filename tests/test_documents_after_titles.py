"""`ووصف الوزير القرار بأنه تاريخي`: a noun with the article is never in construct, so a decision, a statement or an
agreement right after a definite title is no genitive of the title and no adjective of it (a statement is never an
adjective); it is what the official described, the verb's object, whatever relation the parse gave it. The speaker
is `الوزير`, not "the minister the decision" (`quotes.mentions.titles`, `quotes.speakers.words.opens_the_object`);
after the title's adjective alike (`وانتقد المدير العام القرار مؤكدا أنه …`: the participle speaks for the director,
`statement_after_adjective`). A
family name with the article after a title goes on (`الوزير العساف`): only documents, statements, definite plurals
and verbal nouns of derived verbs end the title.

Sentences written for the test (invented content), after a shape seen on an unseen SaudiNewsNet article;
tests/data/entities/documents_after_titles.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("documents_after_titles")


@pytest.mark.parametrize(
    ("doc_id", "title"), [("minister-described-the-decision", "الوزير"), ("president-described-the-agreement", "الرئيس")]
)
def test_what_the_official_described_is_no_part_of_the_title(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, title: str
) -> None:
    assert sources(extractor, documents[doc_id]) == [("ووصف", title, title, title)]


def test_the_decision_after_the_titles_adjective_is_what_he_criticised(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert sources(extractor, documents["director-criticised-the-decision"]) == [("مؤكدا", None, "المدير العام", "المدير العام")]
