"""A body's full name, where a quote names it short (`الشركة`), is a name the mention finders read (issue 10).

Speaker resolution completes a short name with the fullest phrase of the document that names the same body. That
phrase was read by a second, cruder reader (any noun, adjective or glued ب/ل after an organisation's head, the parse
ignored), which ran on into the verb's object: `أوصى مجلس إدارة شركة أسمنت … | بتوزيع أرباح نقدية`، `أنهى البنك
الأهلي التجاري | بنجاح اليوم …`، `… | بجزيل الشكر` (SaudiNewsNet articles outside the gold sets). It now takes the
organisations the mention finders found (`quotes/mentions/organisations.py`, which stops at the verb's object, a
preposition's adverbial and a time word), anywhere in the document, so one reader decides where a body's name ends;
that reader no longer reads a noun after a glued بـ/لـ as a genitive's head when a time follows it (`بنجاح اليوم`).

The sentences were written for the test (invented content). tests/data/entities/bodies_named_in_full.conllu holds
each twice: parsed by session 10's step-1,800 parser (`…-pud-style`) and by the bundled model (`…-shipped`), entity
tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("bodies_named_in_full")


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_short_name_completes_to_a_body_not_to_what_the_body_recommended(extractor: Extractor, style: str) -> None:
    """`أوصى مجلس إدارة شركة الأسمدة العربية بتوزيع أرباح نقدية …. وأوضحت الشركة أن …` (the company's board, read as
    a fuller name of the company, is left for later: another head before the company's own)"""
    (_, speaker, resolved, _) = sources(extractor, DOCUMENTS[f"body-full-name-1-{style}"])[-1]
    assert speaker == "الشركة"
    assert resolved is not None and resolved.endswith("شركة الأسمدة العربية")


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_an_adverb_after_the_bodys_name_is_how_it_acted(extractor: Extractor, style: str) -> None:
    """`أنهى البنك العربي الوطني بنجاح اليوم عملية إصدار صكوك …`: بنجاح ("successfully") before a time is no part of
    the bank's name, whatever article the tagger gave it."""
    assert sources(extractor, DOCUMENTS[f"body-full-name-2-{style}"]) == [("وأوضح", "البنك", "البنك العربي الوطني", None)]
