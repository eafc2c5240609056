"""A title written as one letter and a period (`د.`) is part of the role before the name, and a news agency the speaker
told (`لفرانس برس`، `لرويترز`) is no part of the speaker's name (issue 10; the spec: role is "the source's described
position, function or affiliation"; speaker is "the mention of the source in the cue's own clause"; shapes of errors
seen on SaudiNewsNet articles annotated in session 31, outside the gold sets).

- `افتتح وزير النقل د. سامر الحمدان …. وألقى الوزير كلمة …، مؤكداً أن …`: the title before the abbreviation links
  the minister to his name, so the bare `الوزير` later is that person; the role keeps the abbreviation's period.
- `وقال قائد الشرطة المحلية خالد لفرانس برس إن …`: the entity tagger read the agency on as part of a one-word name, or
  ended the name on the agency's preposition (`حسن ل | رويترز`): the name ends before the preposition.

The sentences were written for the test (invented names and content). tests/data/entities/
abbreviated_titles_and_agencies.conllu holds them as the bundled model parsed them (`quotes parse`, entity tagger on);
no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("abbreviated_titles_and_agencies")


def test_a_title_before_an_abbreviated_rank_is_the_holders(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["abbreviated-title-before-the-name"]) == [
        ("مؤكداً", None, "سامر الحمدان", "وزير النقل د."),
    ]


def test_the_role_keeps_the_abbreviations_period(extractor: Extractor) -> None:
    president = ("منير العلي", "رئيس الجامعة د.")
    assert sources(extractor, DOCUMENTS["abbreviated-title-of-the-speaker"]) == [
        ("وقال", president[0], *president),
        ("وأضاف", None, *president),
    ]


def test_the_agency_told_is_no_part_of_the_name_the_tagger_read_on(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["agency-inside-the-tagged-name"]) == [
        ("وقال", "خالد", "خالد", "قائد الشرطة المحلية"),
    ]


def test_a_name_never_ends_on_the_agencys_preposition(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["agency-after-the-tagged-name"]) == [
        ("وقال", "حسن", "حسن", "قائد الجيش المحلي"),
    ]
