"""An age after a name says how old the person is, never who they are: no role.

`ونقلت شبكة … عن مارتينيز (61 عاما) قوله "…"`: the parse hung `عاما` in apposition to the name, and `61 عاما` became
the person's role, then the entity's, replacing `مدرب نادي فالنسيا` in the first quote too. A phrase in apposition that
counts years with a number (time_words.tsv, column `age`) is no role (`quotes.speakers.roles.appos_role`).

Sentences written for the test (invented content), after the shape of a role seen on SaudiNewsNet articles outside
the gold sets; tests/data/entities/ages_are_no_roles.conllu holds their parses (bundled model, entity tagger on); no
model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses
from quotes.api import Extractor
from quotes.graph import ParsedDocument


def roles(extractor: Extractor, document: ParsedDocument) -> list[str | None]:
    return [quote.role.text if quote.role is not None else None for quote in extractor.extract_parsed(document)]


def test_the_age_after_a_family_name_is_no_role(extractor: Extractor) -> None:
    document = entity_parses("ages_are_no_roles")["age-after-a-family-name"]
    assert roles(extractor, document) == ["مدرب نادي فالنسيا", "مدرب نادي فالنسيا"]


def test_the_title_before_a_name_with_its_age_stays(extractor: Extractor) -> None:
    document = entity_parses("ages_are_no_roles")["age-after-a-full-name"]
    assert roles(extractor, document) == ["اللاعب"]
