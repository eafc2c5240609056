"""A participle after a name is what the person does, not part of the name or a role (issue 10).

`وقال مسؤول بوزارة العدل متحدثا شريطة عدم نشر اسمه إن …`: "speaking" on condition of anonymity; the speaker's phrase
ran on into متحدثا (tagged a proper noun), which now ends it as قائلا does. `استأذن فهيد من مبارك طالباً منه الدعاء`:
"asking him to pray", the ḥāl of the verb; طالب is a role noun (student), so `طالباً منه الدعاء` became مبارك's role
on all his records. A role noun after a name written in the indefinite accusative (the alif of tanween) is no
apposition, which takes the name's case. Both seen on SaudiNewsNet articles outside the gold sets.

The sentences were written for the test (invented names and content). tests/data/entities/
participles_after_names.conllu holds each twice: parsed by session 10's step-1,800 parser (`…-pud-style`) and by the
bundled model (`…-shipped`), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("participles_after_names")


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("speaking-2", ("وقال", "مصدر بالنادي", "مصدر بالنادي", None)),
        ("speaking-3", ("وأكد", "موظف بالشركة", "موظف بالشركة", "موظف بالشركة")),
    ],
)
def test_speaking_ends_the_speakers_phrase(extractor: Extractor, style: str, name: str, found: tuple[str, ...]) -> None:
    assert sources(extractor, DOCUMENTS[f"{name}-{style}"]) == [found]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_role_noun_in_the_accusative_after_a_name_is_no_role(extractor: Extractor, style: str) -> None:
    assert sources(extractor, DOCUMENTS[f"asking-1-{style}"]) == [("قال", "ناصر", "ناصر", None)]
