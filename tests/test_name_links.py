"""The words that join the parts of a person's name (بن، أبو، آل، ولد …) are one lexicon,
rules/lexicons/name_links.tsv, that every name reader reads: one column a reading. The speaker phrases and the name
mentions read the same `link` words (a name runs on past them: `محمد بن سلمان`، `أبي بكر`، `محمد ولد عبد العزيز`),
the entity table's `particle` words never link two names alone (`عبد` too), the parse's name tags read `tag_cue`
words before a given name (the Maghrebi `بو` too), the entity-tag repair reads `not_a_surname`, `opens_family`
opens a family name of two words (`أبو حسين`، `آل فهيد`), and after a `patronymic` word a name always follows. A
word is compared normalised: `أبا`، `ابا` and `أبَا` are one word."""

from __future__ import annotations

import pytest

from quotes import entities, entity_tag_repair, name_tags
from quotes.attribution import name_in_phrase
from quotes.grammar.loader import name_link_words
from quotes.mentions import words as mention_words
from quotes.normalize import normalize
from quotes.speakers import words as speaker_words


def _normal(*written: str) -> frozenset[str]:
    return frozenset(normalize(word) for word in written)


def test_every_reader_reads_its_column() -> None:
    assert speaker_words.NAME_LINKS == mention_words.NAME_LINKS == name_link_words("link")
    assert entities.NAME_PARTICLES == name_link_words("particle")
    assert name_tags.NAME_PARTICLES == name_link_words("tag_cue")
    assert entity_tag_repair._NAME_LINKS == name_link_words("not_a_surname")
    assert name_in_phrase._FAMILY_NAME_PARTICLES == name_link_words("opens_family")
    assert mention_words.PATRONYMIC_LINKS == name_link_words("patronymic")


def test_the_columns() -> None:
    assert name_link_words("link") == _normal("بن", "ابن", "بنت", "آل", "أبو", "أبا", "أبي", "أم", "ولد")
    assert name_link_words("particle") == _normal("بن", "ابن", "بنت", "آل", "أبو", "أبا", "أبي", "عبد")
    assert name_link_words("tag_cue") == _normal("بن", "ابن", "بنت", "أبو", "أبا", "أبي", "بو")
    assert name_link_words("not_a_surname") == _normal("بن", "ابن", "بنت", "آل", "أبو", "أبا", "أبي", "بو")
    assert name_link_words("opens_family") == _normal("أبو", "آل")
    # "son/daughter of": a name always follows (ولد, the Mauritanian "son of", is also "boy", "was born")
    assert name_link_words("patronymic") == _normal("بن", "ابن", "بنت")


@pytest.mark.parametrize("written", ["أبا", "ابا", "أبَا", "بْن", "آل", "ال", "أم", "ام", "ولد"])
def test_a_link_is_read_however_it_is_spelled(written: str) -> None:
    assert normalize(written) in speaker_words.NAME_LINKS


def test_an_unknown_column_is_an_error() -> None:
    with pytest.raises(Exception, match="no column"):
        name_link_words("links")
