"""Where a speaker's name ends, when the words after it belong to the sentence, not to the name:

- `وقال أمير المنطقة باسمه وباسم أهالي المنطقة: «…»`: `وباسم` after `باسمه` is "and in the name of", coordinated with
  it, not the given name باسم; the people of the region are in whose name the prince speaks, and no person
  (`quotes.speakers.words.after_in_own_name`);
- `ووصف محمود ذلك بأنه …`: the demonstrative after a family name is what he described, the verb's object;
- `وحقق المرشح فلان فوزا كبيرا …`: a word and an indefinite adjective after it, both written with the alif of the
  accusative, are a noun and its adjective, what he won, though the tagger called the noun a proper noun and the
  parse hung it on the name (`noun_before_its_accusative_adjective`); a name is definite and takes no indefinite
  adjective. The candidate named again is the name alone.

Sentences written for the test (invented content), after records on unseen SaudiNewsNet articles;
tests/data/entities/what_ends_a_speakers_name.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import canonical_names, entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("what_ends_a_speakers_name")


def test_in_the_name_of_the_people_is_no_person(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    document = documents["in-his-name-and-in-the-name-of"]
    assert sources(extractor, document) == [("وقال", "أمير منطقة حائل", "أمير منطقة حائل", "أمير منطقة حائل")]
    assert canonical_names(extractor, document, "PER") == ["أمير منطقة حائل"]


def test_the_demonstrative_after_the_name_is_what_he_described(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert sources(extractor, documents["name-then-demonstrative"]) == [("ووصف", "محمود", "سامي محمود", "الباحث")]


def test_what_the_candidate_won_is_no_part_of_his_name(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    document = documents["name-then-what-he-won"]
    assert sources(extractor, document) == [("وأعرب", "خوسيه ماريا", "خوسيه ماريا", "المرشح")]
    assert canonical_names(extractor, document, "PER") == ["خوسيه ماريا"]
