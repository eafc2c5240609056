"""A body named as part of a larger one takes the larger body's name in, also where that name is a chain of construct.

`لجنة المسابقات باتحاد كرة اليد السعودي` is one body: the committee at the federation. After a glued بـ or لـ the name
goes on with a definite noun (`بالاتحاد السعودي`) or a noun before a name (`بمنطقة حائل`), and also with a body's head
(rules/lexicons/organisation_heads) whose chain of construct is definite only at its end (`باتحاد كرة | اليد`، `بمجلس
إدارة | غرفة الشرقية`). Not after بقيادة + an epithet (under whose lead), nor after برئاسة (who chairs it), nor a verbal
noun that the verb governs (`وطالبت جمعية المستهلك | بسرعة إنجاز …`). The entity table's canonical name is the fullest
mention, so `speaker_resolved` is the body named in full (`quotes.mentions.organisations`).

Sentences written for the test (invented content), after the shape of read-set records;
tests/data/entities/bodies_within_bodies.conllu holds their parses (bundled model, entity tagger on); no model is
loaded.
"""

from __future__ import annotations

import pytest

from conftest import canonical_names, entity_parses, quotes_resolved
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("bodies_within_bodies")


@pytest.mark.parametrize(
    ("doc_id", "body"),
    [
        ("committee-of-the-handball-federation", "لجنة المسابقات باتحاد كرة اليد السعودي"),
        ("committee-of-the-basketball-federation", "لجنة الانضباط باتحاد كرة السلة"),
        ("office-of-the-chamber-board", "إدارة العلاقات العامة بمجلس إدارة غرفة الشرقية"),
        ("unit-of-the-health-authority", "وحدة الجودة بهيئة الغذاء والدواء"),
    ],
)
def test_the_speaker_is_the_body_named_with_the_larger_one(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, body: str
) -> None:
    (quote,) = quotes_resolved(extractor, documents[doc_id])
    assert quote[2] == body
    assert canonical_names(extractor, documents[doc_id], "ORG")[0] == body


@pytest.mark.parametrize(
    ("doc_id", "body"),
    [
        ("under-the-lead-of-the-king", "قيادة القوات المشتركة"),
        ("chaired-by-a-doctor", "لجنة التحكيم"),
        ("a-manner-after-the-body", "جمعية المستهلك"),
    ],
)
def test_who_leads_chairs_or_what_is_asked_is_no_part_of_the_name(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, body: str
) -> None:
    (quote,) = quotes_resolved(extractor, documents[doc_id])
    assert quote[2] == body
    assert body in canonical_names(extractor, documents[doc_id], "ORG")
    assert not any(name.startswith(body + " ") for name in canonical_names(extractor, documents[doc_id], "ORG"))
