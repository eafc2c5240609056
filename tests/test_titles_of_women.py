"""A woman's title and name (`الوزيرة سارة الخطيب`، `وزيرة الخارجية هدى العلي`) are one person, and a feminine cue
without a subject after them (`وقالت`، `وأضافت`) is hers, as a man's is his (`الوزير سامي الخطيب …. وقال`).

After a feminine verb the small parser often makes the woman's name the verb's object (`وصلت الوزيرة | سارة`), and a
name that is a verb's object is no title holder's (`اتهمت وزيرة العدل السابقة | بريس هورتيفي`: the man she accused).
A woman's given name (given_names.tsv, gender f) right after a feminine title (its first word ends in ة) is the
title's holder whatever the parse (`quotes.mentions.roles`), and the person named last stands as a clause's subject
through the title right before her name (`quotes.attribution.latest_person`).

The sentences were written for the test (invented names and content). tests/data/entities/titles_of_women.conllu holds
the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("titles_of_women")


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("woman-titled-1", ("وقالت", None, "سارة الخطيب", "الوزيرة")),
        ("woman-titled-2", ("وأضافت", None, "هدى العلي", "وزيرة الخارجية")),
        ("woman-titled-3", ("وقال", None, "سامي الخطيب", "الوزير")),
    ],
)
def test_a_feminine_cue_after_a_titled_woman_is_hers(extractor: Extractor, doc_id: str, expected: tuple[str, ...]) -> None:
    assert sources(extractor, DOCUMENTS[doc_id]) == [expected]


def test_a_womans_title_and_name_are_one_entity(extractor: Extractor) -> None:
    """The entity table names her once, with her title as her role."""
    table = extractor.extract_with_entities(DOCUMENTS["woman-titled-1"])[1]
    people = [entity for entity in table.entities if entity.type == "PER"]
    assert [(entity.canonical.text, entity.role.text if entity.role else None) for entity in people] == [("سارة الخطيب", "الوزيرة")]
