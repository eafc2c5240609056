"""An appeal's addressee is no part of its speaker: in `ودعا الزهراني المواطنين للتعاون …`، `طالب مجلس بلدية
المحافظة الشركة المنفذة بتسريع …` the parse hangs the verb's object under the subject, and the speaker ran on into
it (`الزهراني المواطنين`, which then matched no one). A definite noun right after a definite noun or a name cannot go
on the subject's phrase (a definite noun ends a construct; an adjective agrees with its noun, so a plural one after a
singular noun is none), so it opens the object; the sieve `addressee` cuts the speaker there, for appeal verbs
(طالب، دعا، ناشد، حث). A rank or title between a title and its holder stays (`المتحدث باسم الشرطة العقيد فهد …`).

The sentences were written for the test (invented names and content), after errors seen on SaudiNewsNet articles
that are in neither gold set. tests/data/entities/addressees_under_subjects.conllu holds the parses (bundled model,
entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "addressees_under_subjects.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


def test_the_addressee_leaves_a_family_name_that_then_resolves(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # (the mention stops before the plural object, so the family name takes the latest earlier description of the
    # person as its role, as the contract asks: tests/test_plural_object_after_body.py)
    assert sources(extractor, documents["addressee-cut-1"])[1] == ("ودعا", "الزهراني", "سعد الزهراني", "مدير البلدية المهندس")


def test_the_addressee_leaves_a_body(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert sources(extractor, documents["addressee-cut-2"]) == [("طالب", "مجلس بلدية المحافظة", "مجلس بلدية المحافظة", None)]


def test_a_rank_before_the_name_stays(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert sources(extractor, documents["addressee-cut-3"]) == [
        ("وطالب", "فهد الدوسري", "فهد الدوسري", "المتحدث باسم الشرطة العقيد")
    ]
