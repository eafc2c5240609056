"""A family name after آل is the name's, whatever the clitic pass made of its last letter (issue 10).

`عبر رئيس نادي نجران هذيل آل شرمه عن سعادته …` (SaudiNewsNet, outside the gold sets): the clitic pass read the final
ه of the family name as a pronoun (شرم + ه), the name finder stopped at a noun with its pronoun, and the person was
`هذيل آل`, a name ending on its link. After آل (or بن, أبو: name_links.tsv `link`) a family name comes; its cut last
letter is part of it.

The sentence was written for the test (invented name and content). tests/data/entities/family_names_after_al.conllu
holds it twice: parsed by session 10's step-1,800 parser (`…-pud-style`) and by the bundled model (`…-shipped`),
entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("family_names_after_al")


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_the_family_name_after_al_keeps_its_last_letter(extractor: Extractor, style: str) -> None:
    """`أعرب رئيس نادي الباطن فهد آل زرعه عن سعادته …، وقال: "…"`: both quotes are فهد آل زرعه's."""
    found = sources(extractor, DOCUMENTS[f"family-after-al-1-{style}"])
    assert [(cue, resolved, role) for cue, _, resolved, role in found] == [
        ("أعرب", "فهد آل زرعه", "رئيس نادي الباطن"),
        ("وقال", "فهد آل زرعه", "رئيس نادي الباطن"),
    ]
