"""The same source again, with the emphatic noun before the noun: `وأضاف ذات المصدر أن …`، `حسب نفس المتحدث`.

`نفس` and `ذات` repeat a noun written after it (`المصدر نفسه`) or, in construct, before it (`نفس المصدر`، `ذات
المسؤول`): either way the phrase points back at the source named before (`مصدر أمني`), to which the quote resolves.
After an according-to marker the emphatic noun is no source by itself, the noun it is in construct with is, and the
marker's clause is a quote. The words are data: rules/lexicons/emphatic_words.tsv, column `before_noun`.

The sentences were written for the test after a record missed on SaudiNewsNet articles annotated outside the gold
sets; tests/data/entities/the_same_source.conllu holds their parses by the bundled model; no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, quotes_found, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("the_same_source")


def test_the_same_source_after_a_verb_is_the_source_named_before(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["same-source-after-verb"]) == [
        ("وقال", "مصدر أمني", "مصدر أمني", None),
        ("وأضاف", "ذات المصدر", "مصدر أمني", None),
    ]


def test_the_same_official_is_the_official_named_before(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["same-official-after-verb"]) == [
        ("وقال", "مسؤول في البلدية", "مسؤول في البلدية", None),
        ("وأوضح", "نفس المسؤول", "مسؤول في البلدية", None),
    ]


def test_the_same_source_after_an_according_to_marker_is_a_quote(extractor: Extractor) -> None:
    document = DOCUMENTS["same-source-after-marker"]
    assert [found[:2] for found in quotes_found(extractor, document)] == [("indirect", "وقال"), ("according_to", "حسب")]
    assert sources(extractor, document)[1] == ("حسب", "ذات المصدر", "مصدر طبي", None)
