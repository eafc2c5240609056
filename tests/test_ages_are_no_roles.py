"""An age after a name says how old the person is, never who they are: no role, and no part of the name.

`ونقلت شبكة … عن مارتينيز (61 عاما) قوله "…"`: the parse hung `عاما` in apposition to the name, and `61 عاما` became
the person's role, then the entity's, replacing `مدرب نادي فالنسيا` in the first quote too. A phrase in apposition that
counts years with a number (time_words.tsv, column `age`) is no role (`quotes.speakers.roles.appos_role`); the
participle of age (`البالغ من العمر 45 عاما`) ends the speaker phrase read between the cue and the content
(`quotes.speakers.names`).

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


def test_an_age_after_the_name_ends_the_speaker(extractor: Extractor) -> None:
    # أكد مدرب الفريق سامي الجابر البالغ من العمر 45 عاما أن …: the participle of age opens a clause about him
    documents = entity_parses("ages_are_no_roles")
    for doc_id, person, role in (("aged-coach", "سامي الجابر", "مدرب الفريق"), ("aged-teacher", "هند السبيعي", "المعلمة")):
        (quote,) = extractor.extract_parsed(documents[doc_id])
        assert quote.speaker is not None and quote.role is not None
        assert (quote.speaker.text, quote.role.text) == (person, role)
