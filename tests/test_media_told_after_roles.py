"""The news agency a source spoke to, named without its head noun (`لرويترز`، `لفرانس برس`), is whom the source told:
a role written after the name ends before it (`وقال سامي الأحمد القيادي في حزب الوحدة الوطنية | لرويترز "…"`), and
so does a name after a title (`وقال المتحدث باسم الجيش العقيد أحمد سالم | لرويترز إن …`). Before, only a medium
with its head noun (`لوكالة …`، `لصحيفة …`) ended them, and the role or the name ran on into the agency, as on a
SaudiNewsNet article outside the gold sets (`وقال عادل الشجاع القيادي بحزب المؤتمر الشعبي العام لرويترز "…"`). The
agencies and broadcasters are rules/lexicons/media_names.tsv.

The sentences were written for the test (invented names and content); tests/data/entities/media_told_after_roles.conllu
holds the parses of both parsers (the bundled one and session 23's GPU-trained one); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("media_told_after_roles")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "speaker", "role"),
    [
        ("medium-after-role-1", "سامي الأحمد", "القيادي في حزب الوحدة الوطنية"),
        ("medium-after-role-2", "خالد المصري", "عضو المكتب السياسي للحركة"),
    ],
)
def test_the_role_after_the_name_ends_before_the_agency(extractor: Extractor, parser: str, doc_id: str, speaker: str, role: str) -> None:
    assert sources(extractor, DOCUMENTS[f"{doc_id}-{parser}"]) == [("وقال", speaker, speaker, role)]


@pytest.mark.parametrize("parser", PARSERS)
def test_the_name_after_a_title_ends_before_the_agency(extractor: Extractor, parser: str) -> None:
    assert sources(extractor, DOCUMENTS[f"medium-after-name-1-{parser}"]) == [
        ("وقال", "أحمد سالم", "أحمد سالم", "المتحدث باسم الجيش العقيد")
    ]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_title_alone_keeps_its_body(extractor: Extractor, parser: str) -> None:
    """`وقال المتحدث باسم الشرطة لرويترز إن …`: the title with its body, without the agency."""
    assert sources(extractor, DOCUMENTS[f"medium-after-title-1-{parser}"]) == [
        ("وقال", "المتحدث باسم الشرطة", "المتحدث باسم الشرطة", "المتحدث باسم الشرطة")
    ]
