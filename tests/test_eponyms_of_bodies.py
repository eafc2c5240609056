"""The person a body is named after is no speaker: `مستشفى الملك فهد`، `مركز الملك سلمان للإغاثة`.

Saudi bodies are named after kings and princes (rules/lexicons/eponym_titles.tsv). In a speaker phrase that names
such a body after a title or a description (`مسؤول في مستشفى الملك فيصل`، `المتحدث الرسمي لمركز الملك سلمان`), the
eponym's name is the body's, not the start of the speaker's name: the speaker is the whole phrase, and no king is
quoted (`quotes.speakers.names.eponym_of_a_body`). The speaker's own name after the body still starts where the title
before it says (`مدير مستشفى الملك فهد الدكتور سامي الغامدي`); a king named after a kin noun is no body's eponym
(`زوجة الملك سلمان`).

Sentences written for the test (invented content); SaudiNewsNet writes 59 such phrases after a reporting verb.
tests/data/entities/eponyms_of_bodies.conllu holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("eponyms_of_bodies")


def test_sources_at_a_hospital_named_after_a_king(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["sources-at-a-hospital"])
    assert said == ("وقالت", "مصادر طبية في مستشفى الملك فهد", "مصادر طبية في مستشفى الملك فهد", None)


def test_an_official_after_an_according_to_marker(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["official-at-a-hospital"])
    assert said == ("وفقا", "مسؤول في مستشفى الملك فيصل", "مسؤول في مستشفى الملك فيصل", None)


def test_the_spokesman_of_a_centre_is_no_king(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["spokesman-of-a-centre"])
    assert said[1] is not None and said[1].startswith("المتحدث الرسمي لمركز الملك سلمان")
    assert said[2] == said[1]


def test_the_name_after_the_body_is_the_speakers(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["director-then-his-name"])
    assert said == ("وقال", "سامي الغامدي", "سامي الغامدي", "مدير مستشفى الملك فهد الدكتور")


def test_a_kin_noun_before_the_king_names_no_body(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["wife-of-the-king"])
    assert said[:3] == ("وقالت", "زوجة الملك سلمان", "زوجة الملك سلمان")
