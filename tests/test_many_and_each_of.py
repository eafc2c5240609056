"""Quantity words that count the speakers (rules/lexicons/quantifiers.tsv, column alone; counting_words.tsv):

- `كثيرون` ("many people"), and `كثيرين` after `إن`، `أن` or a preposition, is people by itself, without `من` and a
  plural after it: the group speaks (`غير أن كثيرين أكدوا أن …`، `وأكد كثيرون أن …`), and its entity is a GROUP;
- `كل من` before the names it counts (`وقال كل من المدرب فلان واللاعب فلان إن …`) is no title: the role is the title
  after it (`المدرب`), never `كل من المدرب`.

The sentences were written for the test (invented names and content); tests/data/entities/many_and_each_of.conllu
holds the parses of both parsers (the bundled one and session 23's GPU-trained one); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("many_and_each_of")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "cue", "many"),
    [("many-1", "أكدوا", "كثيرين"), ("many-2", "حذروا", "كثيرين"), ("many-3", "وأكد", "كثيرون")],
)
def test_many_people_speak_as_a_group(extractor: Extractor, parser: str, doc_id: str, cue: str, many: str) -> None:
    quotes, table = extractor.extract_with_entities(DOCUMENTS[f"{doc_id}-{parser}"])
    [quote] = [quote for quote in quotes if quote.cue.text == cue]
    assert quote.speaker is not None and quote.speaker.text == many
    assert quote.role is None
    found = table.at(quote.speaker)
    assert found is not None and found[0].type == "GROUP"


@pytest.mark.parametrize("parser", PARSERS)
def test_the_report_of_what_many_warned_is_the_writers(extractor: Extractor, parser: str) -> None:
    """`وقال الكاتب إن كثيرين حذروا من أن …`: two quotes, the writer's and, inside it, the many's warning."""
    assert [(cue, speaker) for cue, speaker, _, _ in sources(extractor, DOCUMENTS[f"many-2-{parser}"])] == [
        ("وقال", "الكاتب"),
        ("حذروا", "كثيرين"),
    ]


@pytest.mark.parametrize("parser", PARSERS)
def test_each_of_is_no_title(extractor: Extractor, parser: str) -> None:
    [(cue, speaker, _, role)] = sources(extractor, DOCUMENTS[f"each-of-1-{parser}"])
    assert cue == "وقال"
    assert speaker is not None and speaker.startswith("سعيد الهاشمي") and speaker.endswith("ماجد العتيبي")
    assert role == "المدرب"
