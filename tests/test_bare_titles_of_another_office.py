"""`وأعلن قائد شرطة العاصمة فلان …` then `وصرح الرئيس الأوغندي: «…»`: a bare title whose job (role_nouns.tsv kind job)
is not the office the latest speaker was named with (a job in construct with what it heads, no synonym of the new
title) is someone else, not the person the text is about; a definite job with no genitive only describes its holder,
so `المهاجم السوري` after `اللاعب السوري فلان` is still that player (`quotes.coreference.sieve_titles`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/bare_titles_of_another_office.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("bare_titles_of_another_office")


def test_a_president_is_not_the_police_commander_quoted_before(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    commander, president = sources(extractor, documents["president-after-a-police-commander"])
    assert commander[2] == "جون موانجي"
    assert president == ("وصرح", "الرئيس الأوغندي", "الرئيس الأوغندي", "الرئيس الأوغندي")


def test_a_striker_is_the_player_quoted_before(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    player, striker = sources(extractor, documents["striker-after-the-player"])
    assert player[2] == striker[2] == "عمر خربين"
