"""A subject is in the nominative, so an indefinite noun written with the alif of the accusative is none, whatever the
parse called it, except after إنّ and its sisters, whose subject is in the accusative.

- `وفي الشهر الماضي، رفضت طلبا من شركة …، قائلة إن …`: the parse made the request (طلبا, the noun طلب with the
  accusative's alif and no vowel mark) the subject of رفضت, so the participle spoke for "a request from the company";
  it is what was refused, and the participle speaks for the body the text named before (`الهيئة`);
- `وذكرت الصحيفة أن مسؤولا كبيرا قال إن …`: after أن the official is the subject of قال, in the accusative as أن
  wants, and speaks the nested quote (it had been read as an adverb, ميدانيا-like, and the nested quote left to
  the paper).

`quotes.drafts.words.could_be_source`, `quotes.drafts.subject.adverbial_accusative`. Sentences written for the test
(invented content), after a record on an unseen SaudiNewsNet article; tests/data/entities/accusative_subjects.conllu
holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("accusative_subjects")


@pytest.mark.parametrize(("doc_id", "cue", "body"), [("request-refused", "قائلة", "الهيئة"), ("proposal-refused", "مؤكدا", "المجلس")])
def test_what_was_refused_is_no_speaker(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, cue: str, body: str
) -> None:
    assert sources(extractor, documents[doc_id]) == [(cue, None, body, None)]


@pytest.mark.parametrize(
    ("doc_id", "medium", "cue", "source"),
    [("official-after-anna", "الصحيفة", "قال", "مسؤولا كبيرا"), ("source-after-anna", "الوكالة", "أكد", "مصدرا مطلعا")],
)
def test_the_subject_after_anna_speaks_the_nested_quote(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, medium: str, cue: str, source: str
) -> None:
    found = sources(extractor, documents[doc_id])
    assert found[0][1] == medium
    assert found[1] == (cue, source, source, None)
