"""An indefinite adjective after a word spelled like a given name describes a noun; it is no family name.

`ويبدو أن الخوف قاسم مشترك لدى …. ويقول إن …`: `قاسم` is a given name and also "divisor"; with `مشترك` it is "a
common denominator", and the subject-less cue after it spoke for a person `قاسم مشترك`. After a name's word an
adjective without the article that no name list holds ends the name (`quotes.mentions.names`); a name word after a
given name goes on (`محمد سعيد الغامدي`), and so does any word after أبو (`متولي أبو سريع`). Likewise after a
definite title word (`أن الفريق | جاهز`: "the team is ready", الفريق also a rank): the adjective is what is said of it,
no part of a bare title (`quotes.mentions.titles`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet sample;
tests/data/entities/adjectives_after_given_names.conllu holds their parses (bundled model, entity tagger on); no model
is loaded.
"""

from __future__ import annotations

import pytest

from conftest import canonical_names, entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("adjectives_after_given_names")


def test_a_common_denominator_is_no_person(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    document = documents["common-denominator"]
    assert canonical_names(extractor, document, "PER") == ["سالم العتيبي"]
    assert [source[2] for source in sources(extractor, document)] == ["سالم العتيبي", "سالم العتيبي"]


@pytest.mark.parametrize(("doc_id", "name"), [("given-name-as-second-name", "محمد سعيد الغامدي"), ("after-abu", "متولي أبو سريع")])
def test_names_of_adjective_words_go_on(extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, name: str) -> None:
    assert sources(extractor, documents[doc_id])[0][1] == name


def test_what_is_said_of_the_team_is_no_part_of_a_title(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    # أن الفريق جاهز: an adjective without the article after a definite title word is what is said of it (mentions.titles)
    document = documents["the-team-is-ready"]
    assert not any("جاهز" in name for name in canonical_names(extractor, document, "PER"))
    assert [source[2] for source in sources(extractor, document)] == ["سامي الجابر", "سامي الجابر"]
