"""A condemnation with what it condemns (`ونددت رابطة الصحفيين بالاعتداء على مراسليها …`) is what its source says, as
the complement of `طالب بـ` is: the content is the phrase after بـ, which keeps its بـ (rule
verb-subject-prepositional-complement). Seen on SaudiNewsNet articles outside the gold sets (`ندد الدكتور … بهذا
التفجير الإرهابي، عاده جرما عظيما …`, whose quote also names the speaker of the subject-less cues after it).

The sentences were written for the test (invented names and content); tests/data/entities/condemnations.conllu holds
each parsed by the bundled model (`…-shipped`) and by session 23's GPU-trained parser (`…-gpu23`).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, quotes_resolved
from quotes.api import Extractor

DOCUMENTS = entity_parses("condemnations")
PARSERS = ("shipped", "gpu23")


def _found(extractor: Extractor, name: str) -> list[tuple[str, str, str | None, str]]:
    return quotes_resolved(extractor, DOCUMENTS[name])


@pytest.mark.parametrize("parser", PARSERS)
def test_what_is_condemned_is_the_content(extractor: Extractor, parser: str) -> None:
    assert _found(extractor, f"condemning-1-{parser}") == [
        ("indirect", "ونددت", "رابطة الصحفيين", "بالاعتداء على مراسليها في أثناء تغطيتهم المظاهرة")
    ]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_condemnation_then_a_participle_of_the_same_speaker(extractor: Extractor, parser: str) -> None:
    assert _found(extractor, f"condemning-2-{parser}") == [
        ("indirect", "ندد", "سامر الخطيب", "بإغلاق الطريق الوحيد إلى القرية"),
        ("indirect", "مؤكدا", "سامر الخطيب", "أن الأهالي تضرروا كثيرا"),
    ]
