"""A title in construct with a company (`الرئيس الجديد لشركة نيسان موتورز`): the company's name is the genitive of
`شركة`, written without the article, whatever definiteness the tagger gave the noun (the bundled parser writes
Definite=Def on it); it never starts the name of the title's holder, so the company is no speaker. Where the holder's
name follows right after the company (`… لشركة تويوتا موتورز أكيو تويودا إن`، `… لشركة سابك يوسف البنيان أن`), it
speaks and the whole title is its role; so does the holder named after a description of the company, right before
what he said (`… لشركة نيسان موتورز ثاني أكبر شركة سيارات في اليابان ماكوتو أوشيدا إنه …`; see
tests/test_holders_named_before_content.py), where the company spoke before.

The sentences were written for the test (invented content), after a record seen on a SaudiNewsNet article that is in
neither gold set (`قال الرئيس الجديد لشركة هوندا موتور … تاكاهيرو هاشيجو أنه …`: speaker `هوندا موتور`).
tests/data/entities/bodies_in_construct_after_titles.conllu holds the parses of both parsers (the bundled one and
session 23's GPU-trained one), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("bodies_in_construct_after_titles")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("company-in-construct-1", ("وقال", "أكيو تويودا", "أكيو تويودا", "الرئيس الجديد لشركة تويوتا موتورز")),
        ("company-in-construct-3", ("وأكد", "يوسف البنيان", "يوسف البنيان", "المدير التنفيذي لشركة سابك")),
    ],
)
def test_the_name_after_the_company_holds_the_title(
    extractor: Extractor, parser: str, doc_id: str, expected: tuple[str, str, str, str]
) -> None:
    assert sources(extractor, DOCUMENTS[f"{doc_id}-{parser}"]) == [expected]


@pytest.mark.parametrize("parser", PARSERS)
def test_the_company_in_construct_with_the_title_is_no_speaker(extractor: Extractor, parser: str) -> None:
    # the company (نيسان موتورز) was the speaker, the title up to لشركة its role
    assert sources(extractor, DOCUMENTS[f"company-in-construct-2-{parser}"]) == [
        ("قال", "ماكوتو أوشيدا", "ماكوتو أوشيدا", "الرئيس الجديد لشركة نيسان موتورز")
    ]
