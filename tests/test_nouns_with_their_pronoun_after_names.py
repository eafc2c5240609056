"""A noun with its possessive pronoun after a name (`وأعلن … المهندس ماجد بن سعد الحربي جاهزيتهم للموسم`: "their
readiness") is the verb's object, never the name's last word. Where the tokenizer splits the pronoun off
(`استعداد + هم`) the name finders see it; where it leaves a feminine noun whole (`جاهزيتهم`، `رغبتها`، `مشاركتنا`:
ة is written ت before the pronoun) the tagger calls the unseen word a name, and the name ran on into it, in the
entity table and in every later quote of the person (`speakers.pronoun_suffixed` now reads the pronoun in the word).

The sentences were written for the test (invented names and content), after records seen on a SaudiNewsNet article
that is in neither gold set. tests/data/entities/nouns_with_their_pronoun_after_names.conllu holds the parses (bundled
model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "nouns_with_their_pronoun_after_names.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


def test_a_feminine_noun_with_its_pronoun_ends_the_name(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    chairman = "ماجد بن سعد الحربي"
    assert sources(extractor, documents["name-then-object-2"]) == [("وقال", None, chairman, "رئيس النادي المهندس")]
    people = [mention.span.text for mention in extractor.mentions(documents["name-then-object-2"]) if mention.kind == "PER"]
    assert chairman in people
    assert f"{chairman} جاهزيتهم" not in people


def test_a_noun_with_its_pronoun_split_off_ends_it_too(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    president = "سامي بن فهد العتيبي"
    assert sources(extractor, documents["name-then-object"]) == [("قال", None, president, "مدير الجامعة الدكتور")]
