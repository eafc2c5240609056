"""`خادم الحرمين الشريفين` written alone where the king speaks is his office as well as his mention.

The epithet names its one holder by itself (rules/lexicons/honorifics.tsv, column `alone`): `وأعرب خادم الحرمين
الشريفين عن …` is the king speaking. It is also the title the king holds, and the read sets' gold gives it as his
role there and after (`وأكد الملك المفدى أن …`: the latest earlier description of the same source, as the spec's
settled case on roles says). The epithet's mention now carries itself as the role (`mentions.honorifics.
find_epithets`), so the entity table holds it among the king's roles.

A document written for the test (invented content); tests/data/entities/custodian_as_role.conllu holds its parse
(bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor


def test_the_epithet_is_the_kings_role_where_he_speaks_and_after(extractor: Extractor) -> None:
    document = entity_parses("custodian_as_role")["custodian"]
    assert sources(extractor, document) == [
        ("وأعرب", "خادم الحرمين الشريفين", "سلمان بن عبدالعزيز آل سعود", "خادم الحرمين الشريفين"),
        ("وأكد", "الملك المفدى", "سلمان بن عبدالعزيز آل سعود", "خادم الحرمين الشريفين"),
    ]
