"""An honorific, then a given name no list holds, then one that is also a listed given name: the name is both.

`وصرح الشيخ عكاشة فهمي، رئيس المجلس الإسلامي في الخليل، بأن …`: reading the phrase between the cue and the content,
the listed given name `فهمي` marked where the name starts, and `الشيخ عكاشة` became the role (`عكاشة` once the honorific
was stripped); the title after the comma was lost. Proper nouns after the honorifics and before the listed name open
the name, as they do without an honorific (`quotes.speakers.names.phrase_between`).

Sentences written for the test (invented names), after a read-set record; tests/data/entities/
honorific_before_unlisted_name.conllu holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("honorific_before_unlisted_name")


@pytest.mark.parametrize(
    ("doc_id", "name", "role"),
    [
        ("sheikh-and-a-council", "عكاشة فهمي", "رئيس المجلس الإسلامي في الخليل"),
        ("sheikh-and-the-endowments", "حذيفة سامي", "رئيس الهيئة العليا للأوقاف"),
    ],
)
def test_the_name_and_the_title_after_the_comma(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, name: str, role: str
) -> None:
    (said,) = sources(extractor, documents[doc_id])
    assert said[1:] == (name, name, role)


def test_the_mufti(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["sheikh-and-the-mufti"])
    assert said[1] == "ذياب صبري"
    assert said[3] == "مفتي المدينة"
