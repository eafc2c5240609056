"""A bare title that names the office in other words than the title its holder was given (`وقال المتحدث إن …` after
`الناطق باسم الوزارة سامي العمري`, `وأكدت المتحدثة` after `الناطقة باسم المفوضية نادية الحسن`) is that holder: the
resolver took the person quoted last (another speaker between them), since the title words differed.
`rules/lexicons/title_synonyms.tsv` lists the words read as one when titles are compared.

The sentences were written for the test (invented names), after an error seen on a SaudiNewsNet article that is in
neither gold set. tests/data/entities/title_synonyms.conllu holds the parses (bundled model, entity tagger on); no model
is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "title_synonyms.conllu"


@pytest.mark.parametrize(
    ("doc_id", "cue", "holder"),
    [
        ("spokesman-synonym-1", "وقال", "سامي العمري"),  # المتحدث after الناطق باسم الوزارة, then the ambassador
        ("spokesman-synonym-2", "وأوضح", "فهد الزهراني"),  # الناطق after المتحدث الرسمي, then the owner
        ("spokeswoman-synonym-3", "وأكدت", "نادية الحسن"),  # المتحدثة after الناطقة باسم المفوضية, then a man
    ],
)
def test_a_bare_title_is_the_holder_of_its_synonym(extractor: Extractor, doc_id: str, cue: str, holder: str) -> None:
    document = documents_by_id(PARSES)[doc_id]
    last_cue, _, resolved, _ = sources(extractor, document)[-1]
    assert (last_cue, resolved) == (cue, holder)


def test_the_entity_table_holds_the_synonym_title_with_its_holder(extractor: Extractor) -> None:
    document = documents_by_id(PARSES)["spokesman-synonym-1"]
    _, table = extractor.extract_with_entities(document)
    holders = [entity for entity in table if any(mention.span.text == "المتحدث" for mention in entity.mentions)]
    assert [entity.canonical.text for entity in holders] == ["سامي العمري"]
