"""A body quoted by the short name the text wrote in parentheses after its full name, or through a statement in
construct with that name in quotation marks, is the body named in full (issue 10; spec: speaker_resolved is the fullest
mention of the same source; a statement's speaker_resolved is its issuer).

Arabic news names a body once in full with its acronym or short name in parentheses (`مكتب الأمم المتحدة لتنسيق الشؤون
الإنسانية (أوتشا)`), then quotes the short name (`وأكدت "اوتشا" أن …`) or its publication (`وقالت نشرة "أوتشا"
الأسبوعية إن …`):

- once the document is read, an entity whose fullest mention is one word that the text wrote in parentheses right after
  a body's full name takes that name, the parentheses with it (completion.names_in_parentheses);
- a statement written without the article and followed by a name of one or two words in quotation marks (`نشرة
  "مرام"`، `تقرير «صحارى»`) was issued by the body of that name (issuers._marked_name_after); a longer phrase in marks
  is the report's own title (`تقرير «آفاق الطاقة المتجددة»`) and names no issuer.

The sentences were written for the test (invented bodies and content). tests/data/entities/names_in_parentheses.conllu
holds each parsed by the bundled model (`…-shipped`) and by the step-1,800 parser of MODEL.md's session 10
(`…-pud-style`) with `quotes parse` (entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("names_in_parentheses")


def last_source(extractor: Extractor, name: str, style: str) -> tuple[str, str | None, str | None, str | None]:
    return sources(extractor, DOCUMENTS[f"{name}-{style}"])[-1]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_the_short_name_in_parentheses_is_the_body_named_in_full(extractor: Extractor, style: str) -> None:
    """`افتتحت هيئة تنمية الصادرات الوطنية (صادرات) معرضا …. وأكدت صادرات أن …`."""
    body = "هيئة تنمية الصادرات الوطنية (صادرات)"
    assert last_source(extractor, "parenthesised-1", style) == ("وأكدت", "صادرات", body, None)


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_bulletin_with_the_short_name_in_marks_is_the_bodys(extractor: Extractor, style: str) -> None:
    """`كشف المرصد العربي لموارد المياه (مرام) عن …. وقالت نشرة "مرام" الشهرية إن …`."""
    body = "المرصد العربي لموارد المياه (مرام)"
    assert last_source(extractor, "parenthesised-2", style) == ("وقالت", 'نشرة "مرام" الشهرية', body, None)


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_reports_title_in_marks_names_no_issuer(extractor: Extractor, style: str) -> None:
    """`وقال تقرير «آفاق الطاقة المتجددة» إن …`: the title, three words, is the report's own."""
    report = "تقرير «آفاق الطاقة المتجددة»"
    assert last_source(extractor, "parenthesised-3", style) == ("وقال", report, report, None)
