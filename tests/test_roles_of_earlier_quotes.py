"""A person quoted again without a description takes the role an earlier quote of theirs was given.

The contract's role is "the description in the cue's own sentence when there is one, else the latest earlier
description of the same source". The entity table keeps the titles the mention finders read before and after names;
a role that only the rules read (a description between dashes after a name whose given name also spells a title,
`أميرة` "princess") reaches a later quote of the same person through the quote that was given it
(`quotes.attribution.quoted_roles`). A description in the cue's own sentence stays (`وأكد الكاتب خالد المطيري`).

Sentences written for the test (invented content), after the shape of read-set records;
tests/data/entities/roles_of_earlier_quotes.conllu holds their parses (bundled model, entity tagger on); no model is
loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("roles_of_earlier_quotes")


@pytest.mark.parametrize(
    ("doc_id", "person", "role"),
    [
        ("a-name-that-spells-a-title", "أميرة الشهري", "مشرفة نادي القراءة"),
        ("a-role-after-a-comma", "أميرة المالكي", "مديرة جمعية الوفاء الخيرية"),
    ],
)
def test_the_second_quote_has_the_role_the_first_was_given(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, person: str, role: str
) -> None:
    first, second = sources(extractor, documents[doc_id])
    assert first[2:] == (person, role)
    assert second[2:] == (person, role)


def test_a_description_in_the_cues_own_sentence_stays(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    first, second = sources(extractor, documents["a-role-in-the-cues-own-sentence"])
    assert first[2:] == ("خالد المطيري", "مدير مركز الأمير سلطان الثقافي")
    assert second[2:] == ("خالد المطيري", "الكاتب")
