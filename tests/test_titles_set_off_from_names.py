"""A title phrase with a place or a body after في (`قائد المقاومة في المحافظة`) set off by commas from its holder's
name, an honorific first (`، الشيخ عبدالكريم سعيد الحمادي،`), is that person's title: the name is the speaker, the
title the role, and a later cue without a subject (`وأشار إلى أن …`) is the person's, not the title's as if someone
else held it. Before, a phrase with في before a name was read as a clause and never as the name's title, and the
honorific hid the comma, so the title and the name were two entities.

Each sentence was written for the test (invented names and content), after records seen on a SaudiNewsNet article
annotated in session 30 outside the gold sets. tests/data/entities/titles_set_off_from_names.conllu holds the parses
(bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("titles_set_off_from_names")


def test_the_honoured_name_after_the_comma_holds_the_title(extractor: Extractor) -> None:
    leader = ("عبدالكريم سعيد الحمادي", "قائد المقاومة في المحافظة")
    assert sources(extractor, DOCUMENTS["title-with-a-place-then-honoured-name"]) == [
        ("وقال", leader[0], *leader),
        ("وأشار", None, *leader),
    ]


def test_a_name_without_honorific_keeps_its_title(extractor: Extractor) -> None:
    chairman = ("ماجد سالم العتيبي", "رئيس اللجنة في الغرفة التجارية")
    assert sources(extractor, DOCUMENTS["title-with-a-body-then-name"]) == [
        ("وقال", chairman[0], *chairman),
        ("وأضاف", None, *chairman),
    ]
