"""A person's name that the entity tagger starts before the word the parse took for it (`لاعب كرة السلة الأمريكي
ليبرون جيمس`: the parse hung the given name, which no list knows, on the title) is the speaker from where the tagger
starts it, and the role ends before it (the spec: the speaker is the name, the role the described office; a title
the tagger took into the name stays in the role). Issue 10; the shape was seen on SaudiNewsNet articles annotated
outside the gold sets.

The sentences were written for the test (invented content).
tests/data/entities/names_tagged_before_the_parse.conllu holds them as the bundled model parsed them (`quotes parse`,
entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("names_tagged_before_the_parse")


def test_the_given_name_the_parse_gave_the_title_is_the_speakers(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["player-with-an-unlisted-given-name"]) == [
        ("وقال", "ليبرون جيمس", "ليبرون جيمس", "لاعب كرة السلة الأمريكي"),
    ]


def test_a_name_the_parse_found_whole_keeps_its_title(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["minister-with-a-tagged-name"]) == [
        ("وقال", "شينزو آبي", "شينزو آبي", "رئيس الوزراء الياباني"),
    ]
