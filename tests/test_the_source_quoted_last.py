""" "The source" after one person quoted: `…، حسب ما قال أحد الأطباء في المستشفى. ويضيف المصدر: «…»`.

A definite singular `المصدر` where the text named no source with that word before is the one person quoted last,
described (`أحد العاملين`، `مسؤول في الوزارة`: role_nouns.tsv kind descriptor) or named, whose gender agrees with the
verb. Sources (`مصادر مطلعة`), a ministry and a woman quoted with a masculine verb after are none of it: the mention
stays a source of its own.

The sentences were written for the test after a record seen on SaudiNewsNet articles annotated outside the gold sets;
tests/data/entities/the_source_quoted_last.conllu holds their parses by the bundled model; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("the_source_quoted_last")


def test_the_source_is_the_one_of_the_doctors_quoted_before(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["source-after-one-of"])[1] == ("ويضيف", "المصدر", "أحد الأطباء في مستشفى الثورة", None)


def test_the_source_is_the_official_quoted_before(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["source-after-official"])[1] == ("وأضاف", "المصدر", "مسؤول في وزارة النقل", None)


@pytest.mark.parametrize("name", ["source-after-sources", "source-after-ministry", "source-after-woman"])
def test_the_source_is_no_group_body_or_person_of_the_other_gender(extractor: Extractor, name: str) -> None:
    assert sources(extractor, DOCUMENTS[name])[1] == ("وأضاف", "المصدر", "المصدر", None)
