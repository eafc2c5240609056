"""A quantifier with its من-phrase is one group that speaks.

`وأبدى كثير من المعلقين استياءهم من …، معتبرين أن …`: the phrase `من المعلقين استياءهم` looks like `ودعت الوزارة
المعلنة أسماؤهم` (those whose names were announced, the verb's object), a definite participle followed by a noun with
a plural pronoun; after a quantifier (rules/lexicons/quantifiers.tsv: كثير، بعض، عدد) it is what the quantifier counts
(`speakers.words._described_by_its_own_subject`), and the group speaks: `كثير من المعلقين`, not `كثير`.

Sentences written for the test (invented content), after a read-set record; tests/data/entities/many_of_them.conllu
holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("many_of_them")


@pytest.mark.parametrize(
    ("doc_id", "group", "participle"),
    [("many-of-the-commenters", "كثير من المعلقين", "معتبرين"), ("some-of-the-residents", "بعض من السكان المتضررين", "مؤكدين")],
)
def test_the_quantified_group_speaks(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, group: str, participle: str
) -> None:
    showed, going_on = sources(extractor, documents[doc_id])
    assert showed[:3] == ("وأبدى", group, group)
    assert going_on[:3] == (participle, None, group)


def test_those_whose_names_were_announced_are_still_the_object(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    called, confirming = sources(extractor, documents["those-whose-names-were-announced"])
    assert called[:3] == ("ودعت", "الوزارة", "الوزارة")
    assert confirming[:3] == ("مؤكدة", None, "الوزارة")
