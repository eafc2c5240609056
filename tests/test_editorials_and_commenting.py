"""An editorial speaks for the paper that wrote it; a participle of saying is no part of a name.

`وشددت افتتاحية المجلة على …`: an editorial (`افتتاحية`, rules/lexicons/document_nouns.tsv) is a statement whose
issuer is the paper or magazine it is in construct with, to which the quote resolves (`مجلة الدفاع`, named before).

`وقال الدكتور الشهري معقبا، إن …`: the entity tagger ran the family name on into the participle "commenting"; a
reporting participle (rules/lexicons/reporting_participles.tsv, where `معقبا` is listed with its verb عقّب) ends a
tagged person's name, and the family name resolves to the full name given before.

The sentences were written for the test after records seen on SaudiNewsNet articles annotated outside the gold sets;
tests/data/entities/editorials_and_commenting.conllu holds their parses by the bundled model; no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("editorials_and_commenting")


def test_an_editorial_speaks_for_the_magazine_named_before(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["editorial-of-the-magazine"]) == [("وشددت", "افتتاحية المجلة", "مجلة الدفاع", None)]


def test_an_editorial_speaks_for_the_paper_it_names(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["editorial-of-a-paper-named"]) == [("وقالت", "افتتاحية صحيفة الوطن", "صحيفة الوطن", None)]


def test_commenting_after_a_family_name_is_no_part_of_it(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["commenting-after-the-name"])[1] == (
        "وقال",
        "الشهري",
        "خالد بن سعد الشهري",
        "الأمين العام للهيئة الدكتور",
    )
