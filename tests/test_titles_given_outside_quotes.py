"""A person's post set off by commas right after the name in a sentence that quotes no one (`استقبل الأمير فلان،
أمير منطقة المدينة المنورة، وفدا …`) is the role the text gives the person: a later quote of the same person (`وقال
سموه`، `وأكد`) carries it (the spec: the latest earlier description of the same source). A second person's title and
name after the comma (`التقى فلان، وزير الدفاع فلان،`) is no title of the first (issue 10). The shape was seen on a
SaudiNewsNet article annotated in session 35 outside the gold sets.

The sentences were written for the test (invented names and content).
tests/data/entities/titles_given_outside_quotes.conllu holds them as the bundled model parsed them (`quotes parse`,
entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("titles_given_outside_quotes")


def test_the_emir_named_with_his_post_speaks_as_emir(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["emir-received-a-delegation"]) == [
        ("وقال", "سموه", "فيصل بن سلمان", "أمير منطقة المدينة المنورة"),
    ]


def test_the_rector_named_with_his_post_speaks_as_rector(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["rector-opened-the-exhibition"]) == [
        ("وأكد", None, "خالد بن صالح السلطان", "مدير جامعة الملك فهد للبترول والمعادن"),
    ]


def test_another_persons_title_after_the_comma_is_not_the_first_ones(extractor: Extractor) -> None:
    assert [role for *_, role in sources(extractor, DOCUMENTS["sheikh-met-the-minister"])] == [None]
