"""A definite plural after a titled person's name is the verb's object, even where the entity tagger runs the name on
into it: `طالب الرئيس الصومالي حسن شيخ محمود | المليشيات المسلحة بإلقاء السلاح` names the president `حسن شيخ
محمود`, and the later `وأكد الرئيس الصومالي` resolves to that name, not to `… محمود المليشيات`. Before, the finder of
a name after a title kept every word the tagger held in the person, as on a SaudiNewsNet article outside the gold sets
(`طالب الرئيس اليمني عبدربه منصور هادي المليشيات الحوثية …`: the canonical name ran into المليشيات).

The sentences were written for the test (public names, invented content); in
tests/data/entities/plurals_after_tagged_names.conllu (both parsers) the entity tags of the name and the plural were
set by hand to the tagger's error on that article (`I-PERS` on المليشيات); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("plurals_after_tagged_names")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
def test_the_name_ends_before_the_plural(extractor: Extractor, parser: str) -> None:
    appeal, later = sources(extractor, DOCUMENTS[f"plural-object-1-{parser}"])
    assert appeal == ("طالب", "حسن شيخ محمود", "حسن شيخ محمود", "الرئيس الصومالي")
    assert later == ("وأكد", "الرئيس الصومالي", "حسن شيخ محمود", "الرئيس الصومالي")
