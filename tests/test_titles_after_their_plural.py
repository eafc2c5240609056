"""A bare title after the holders of a title were quoted (`وأكد مديرو المستشفيات أن …` then `وقال الوزير إن …`) is not
those holders: the sound plural of a title (`مديرو`، `مسؤولون`) names a group, never the one person a later bare title
may be written about; the minister is the one the text named with that title (`وزير الصحة الدكتور فهد بن ناصر
العتيبي`). Before, the sieve that reads a bare title as the person quoted last took `مديرو المستشفيات` for a person
named by a name and gave them the minister's quote and title, as on a SaudiNewsNet article outside the gold sets
(`أكد مديرو التعليم …` then `وكان الوزير قد حسم … قائلا`).

The sentences were written for the test (invented names and content); tests/data/entities/titles_after_their_plural.conllu
holds the parses of both parsers (the bundled one and session 23's GPU-trained one); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("titles_after_their_plural")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
def test_the_bare_title_is_the_minister_not_the_directors(extractor: Extractor, parser: str) -> None:
    group, minister = sources(extractor, DOCUMENTS[f"title-after-its-plural-2-{parser}"])
    assert group == ("وأكد", "مديرو المستشفيات", "مديرو المستشفيات", None)
    assert minister == ("وقال", "الوزير", "فهد بن ناصر العتيبي", "وزير الصحة الدكتور")
