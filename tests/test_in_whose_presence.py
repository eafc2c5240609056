"""Who attended, sponsored or took part is no part of the name or title before: بحضور، برعاية، بمشاركة.

`يفتتح المهرجان محافظ المدينة المكلف سعد الحربي بحضور رئيس بلدية المدينة المهندس علي الشمري الذي بين أن …`: the
mayor speaks, and his title is `رئيس بلدية المدينة المهندس`, not everything back to the governor. After a glued بـ,
the nouns of rules/lexicons/under_whom.tsv (إشراف، رئاسة، and now حضور، رعاية، مشاركة) end a speaker's phrase, a
role read before a name, and a body's name (`وأعلن مجلس إدارة الاتحاد … | بحضور الأعضاء أن …`).

Sentences written for the test (invented content), after the shape of a role seen on SaudiNewsNet articles outside
the gold sets; tests/data/entities/in_whose_presence.conllu holds their parses (bundled model, entity tagger on); no
model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import canonical_names, entity_parses
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("in_whose_presence")


def test_the_title_starts_after_in_the_presence_of(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (quote,) = extractor.extract_parsed(documents["title-after-in-the-presence-of"])
    assert quote.speaker_resolved is not None and quote.speaker_resolved.text == "علي الشمري"
    assert quote.role is not None and quote.role.text == "رئيس بلدية المدينة المهندس"


def test_a_bodys_name_ends_before_in_the_presence_of(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    document = documents["body-before-in-the-presence-of"]
    (quote,) = extractor.extract_parsed(document)
    assert quote.speaker_resolved is not None and quote.speaker_resolved.text == "مجلس إدارة الاتحاد السعودي لكرة السلة"
    assert not any("بحضور" in name for name in canonical_names(extractor, document, "ORG"))
