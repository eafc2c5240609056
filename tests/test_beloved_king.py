"""The king's epithet written alone, and the cable he sent after his name.

`بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة … وأعرب الملك المفدى … عن …`: `الملك المفدى`
names the king by itself (rules/lexicons/honorifics.tsv, column `alone`): the speaker is the whole epithet, no role,
and it resolves to the king named before. The entity tagger ran the king's name on into `برقية`, the cable he sent:
a document noun outside the name's words ends a person's name.

The sentences were written for the test in the shape of records seen on SaudiNewsNet articles annotated outside the
gold sets; tests/data/entities/beloved_king.conllu holds their parse by the bundled model; no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("beloved_king")


def test_the_beloved_king_is_the_king_named_before(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["beloved-king-after-a-cable"]) == [("وأعرب", "الملك المفدى", "سلمان بن عبدالعزيز آل سعود", None)]


def test_the_cable_the_king_sent_is_no_part_of_his_name(extractor: Extractor) -> None:
    _, table = extractor.extract_with_entities(DOCUMENTS["beloved-king-after-a-cable"])
    names = [mention.span.text for entity in table for mention in entity.mentions if mention.kind == "PER"]
    assert "سلمان بن عبدالعزيز آل سعود" in names
    assert not any("برقية" in name for name in names)
