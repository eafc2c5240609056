"""A descriptor and a title joined by و describe one person: the name after them.

`القيادي البارز في حزب الأمة وعضو البرلمان الأردني علي الطراونة … قال إن …`: the parse hung the name under the second
title, inside the descriptor's في-phrase, and the speaker stopped at the party (`القيادي البارز في حزب الأمة`). A title
joined by و to the phrase before the name is one more of that person's titles (`attribution.name_in_phrase`): the name
speaks, both descriptions are the role.

Sentences written for the test (invented content), after a read-set record; tests/data/entities/coordinated_titles.conllu
holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("coordinated_titles")


def test_a_leader_who_is_also_a_member_of_parliament(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["descriptor-and-title"])
    assert said == ("قال", "علي الطراونة", "علي الطراونة", "القيادي البارز في حزب الأمة وعضو البرلمان الأردني")


def test_a_leader_of_a_movement_and_member_of_a_council(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["descriptor-and-member"])
    assert said == ("قال", "حسن الزويري", "حسن الزويري", "القيادي في التيار الوطني وعضو مجلس النواب")


def test_two_titles_after_the_verb_are_still_one_persons(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["two-titles-after-the-verb"])
    assert said == ("وقال", "عمر السنوسي", "عمر السنوسي", "الناشط في حركة الشباب وعضو اللجنة التنسيقية")
