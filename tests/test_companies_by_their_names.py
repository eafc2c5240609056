"""`الشركة` after a company named by its bare name is that company.

Business news names a company or a bank without a head noun (`تراجعت أرباح جولدمان ساكس …`، `ارتفع سهم إعمار
العقارية …`), then quotes `الشركة` or `المصرف`. The anaphor looked for a body named with its head (شركة …) and found
none. Where the text wrote no such body, it stands for the company the entity tagger found named last in the sentences
just before (`coreference.sieve_heads.company_named_before`, organisation_anaphors.tsv column `company`); where it did
(`شركة الاتصالات السعودية`), for that body, as before.

The other way round, a company named with its head and then by its name alone (`قالت شركة سيمنس الألمانية …. وقالت
سيمنس`) is that company: the name after a company's head is the company itself, not a body the company speaks of as
`الأمم المتحدة` is in `مكتب الأمم المتحدة` (`coreference.bodies.inside_other_head`).

Sentences written for the test (invented content), after read-set records; tests/data/entities/
companies_by_their_names.conllu and companies_by_their_names_again.conllu hold their parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("companies_by_their_names")


@pytest.mark.parametrize(
    ("doc_id", "cue", "company"),
    [("bank-by-its-name", "وقالت", "جولدمان ساكس الأمريكية"), ("developer-by-its-name", "وأعلنت", "إعمار العقارية")],
)
def test_the_company_named_before_speaks(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, cue: str, company: str
) -> None:
    (said,) = sources(extractor, documents[doc_id])
    assert said[:3] == (cue, "الشركة", company)


def test_a_company_named_with_its_head_is_still_that_company(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    announced, said = sources(extractor, documents["company-with-its-head"])
    assert announced[2] == said[2] == "شركة الاتصالات السعودية"


@pytest.mark.parametrize(
    ("doc_id", "cue", "name", "company"),
    [
        ("company-by-its-name", "وقالت", "سيمنس", "شركة سيمنس الألمانية للصناعات"),
        ("group-by-its-name", "وأوضحت", "الفطيم", "مجموعة الفطيم الإماراتية"),
    ],
)
def test_a_company_named_again_by_its_name(extractor: Extractor, doc_id: str, cue: str, name: str, company: str) -> None:
    document = entity_parses("companies_by_their_names_again")[doc_id]
    first, again = sources(extractor, document)
    assert first[2] == company
    assert again == (cue, name, company, None)
