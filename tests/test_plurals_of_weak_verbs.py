"""The plural imperfect of a reporting verb whose last letter is weak: `يرون أن …` (they think), `ينفون أن …`.

A `lemma = "@reporting_verbs"` node also takes the imperfect in `reporting_verbs.tsv`'s `present` column and its
inflections (يضيف → تضيف، يضيفون), because a small lemmatizer often gets the lemma wrong. A verb whose last letter is
weak does not make its plural that way (يرى → يرون, not يريون; ينفي → ينفون): the bundled model's lemmatizer gives
يرون a lemma of its own (رَوَن), so `ومعظم المستثمرين يرون أن …` was no quote. Such plurals are now written in the column
after a comma. Not يدعون, which also names (`ما يدعونه «…»`); and يرون with no clause (they see the city) reports
nothing.

Each sentence was written for the test (invented content), after quotes missed on SaudiNewsNet articles outside the
gold sets (`ومعظم صناع القرار يرون أن سعر الفائدة سيبقى …`). tests/data/entities/plurals_of_weak_verbs.conllu holds
each sentence twice: parsed by the step-1,800 parser of MODEL.md's session 10 (`…-pud-style`, PUD's conventions) and
by the bundled model (`…-shipped`), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("plurals_of_weak_verbs")


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_they_think_with_its_subject_before_it(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"they-think-1-{style}"]) == [
        ("indirect", "يرون", "معظم المستثمرين في السوق المحلية", "أن الأسهم القيادية ستواصل الارتفاع هذا الشهر")
    ]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_they_think_after_the_sentence_that_names_them(extractor: Extractor, style: str) -> None:
    """(Who they are, `اقتصاديون سعوديون` of the sentence before, is not resolved yet: left to the coreference layer.)"""
    document = DOCUMENTS[f"they-think-2-{style}"]
    assert quotes_found(extractor, document) == [("indirect", "ويرون", None, "أن القرار جاء متأخرا عن موعده")]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_they_deny(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"they-deny-1-{style}"]) == [
        ("indirect", "ينفون", "المسؤولين في الشركة", "أن تكون أسعار المنتجات قد ارتفعت خلال العام الماضي")
    ]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_they_see_a_place_is_no_quote(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"they-see-1-{style}"]) == []
