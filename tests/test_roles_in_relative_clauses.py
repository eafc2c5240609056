"""What a relative clause after a name says the person is, is the role.

`يقول فلان، الذي يعمل مساعد مدير قسم … بجامعة …، إن …`، `الذي شغل منصب وزير الطاقة …`: a verb of holding a post
(rules/lexicons/office_verbs.tsv, with منصب after it: post_nouns.tsv) and the title it holds; `التي قادت الدراسة وهي
باحثة في …`: a وهو/وهي description inside the clause; `وهو من المخضرمين في الحزب`: one of a kind of people
(`quotes.speakers.roles.relative_role`, `huwa_role`). The person's later quotes keep that role (the entity's mention
carries it). A clause of what the person did (`الذي زار المدينة`), where a person works (`الذي يعمل في الشركة منذ …`)
and where a person is from (`وهو من جدة`) describe no post; nor does a group's `وهم من الديمقراطيين`.

Sentences written for the test (invented names), after read-set records; tests/data/entities/roles_in_relative_clauses.conllu
holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("roles_in_relative_clauses")


def test_the_post_a_person_works_as(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["works-as"])
    assert said == ("يقول", "سامي الخالدي", "سامي الخالدي", "مدير قسم الخدمات المهنية بجامعة الملك سعود")


def test_the_post_a_person_held(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["held-the-post"])
    assert said == ("يقول", "ماجد العلي", "ماجد العلي", "وزير الطاقة في الحكومة السابقة")


def test_a_description_inside_the_clause_and_later_quotes_keep_it(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    said, admitted = sources(extractor, documents["she-is-a-researcher"])
    researcher = "باحثة في مجال الصحة العامة في جامعة الملك عبدالعزيز"
    assert said == ("وقالت", "سارة العمري", "سارة العمري", researcher)
    assert admitted == ("وأقرت", "العمري", "سارة العمري", researcher)


def test_one_of_a_kind_of_people(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["one-of-the-veterans"])
    assert said == ("يقول", "خالد الزهراني", "خالد الزهراني", "من المخضرمين في الحزب")


@pytest.mark.parametrize("doc_id", ["a-clause-of-what-he-did", "where-he-comes-from", "works-where", "a-group-where-it-stands"])
def test_clauses_that_describe_no_post(extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str) -> None:
    (said,) = sources(extractor, documents[doc_id])
    assert said[3] is None
