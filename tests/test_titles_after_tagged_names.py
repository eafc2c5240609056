"""A title set off after a name the entity tagger read on past the parse's is the role.

`كتب جيسي لابروكا، مؤسس موقع "…": "…"`: the parse ended the speaker at the given name, the entity tagger's name
runs on to the family name (`quotes.drafts.subject_mention.through_tagged_name`), and the title after the comma was
read only where a role had been read inside the name; now also where none was read at all.

Sentences written for the test (invented names), after a PUD and a read-set record; tests/data/entities/
titles_after_tagged_names.conllu holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("titles_after_tagged_names")


def test_the_founder_of_a_site(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (wrote,) = sources(extractor, documents["founder-of-a-site"])
    assert wrote == ("كتب", "جيسي لابروكا", "جيسي لابروكا", 'مؤسس موقع "تك فوروم"')


def test_an_analyst_of_a_bank(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["analyst-of-a-bank"])
    assert said == ("قال", "كيفن لابروكا", "كيفن لابروكا", 'محلل الأسواق في بنك "ستاندرد"')


def test_a_prince_and_his_region(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["prince-and-his-region"])
    assert said == ("قال", "سلطان بن فهد بن مساعد", "سلطان بن فهد بن مساعد", "أمير منطقة الجوف")
