"""A foreign military rank written in Arabic letters (`البريجادير جنرال`، `الميجور جنرال`) is a rank before a name.

The entity tagger reads `البريجادير جنرال` as a person of its own, and with a second person named right after it
(`كيفين ماكغراث`) the speaker phrase held two people and kept them both. As ranks (rules/lexicons/role_nouns.tsv, kind
rank: بريجادير، بريغادير، كولونيل، ميجور، ليفتنانت) the words are the role, the name is the speaker, and a later
`وأضاف` goes on with him.

Sentences written for the test (invented content), after a read-set record; tests/data/entities/transliterated_ranks.conllu
holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("transliterated_ranks")


def test_a_brigadier_general_and_his_name(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    said, added = sources(extractor, documents["brigadier-general"])
    assert said == ("وقال", "كيفين ماكغراث", "كيفين ماكغراث", "البريجادير جنرال الأمريكي")
    assert added[2] == "كيفين ماكغراث"


def test_a_major_general_and_his_name(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["major-general"])
    assert said == ("وقال", "ديفيد ريتشاردز", "ديفيد ريتشاردز", "الميجور جنرال البريطاني")
