"""Two shapes that look like quotes and report nothing.

A cue that is the verb of a condition is supposed, not reported: `ولو أعلن المدرب أن الفريق سيلعب بتشكيلة جديدة،
فإن …` ("if the coach announced") and `وإذا قال الوزير إن …، فسيكون …` attribute nothing to the coach or the minister
(spec: a quote is content the text attributes to a source; no one said it). A cue right after إذا or لو
(rules/lexicons/conditional_particles.tsv) gives no quote; a condition inside the content is the source's own and
stays in its quote (`وقال الوزير إنه إذا ارتفعت الأسعار …`).

A headline after a heading word is a title, not speech (spec: titles in quotation marks are not quotes): `نشر الكاتب
مقالا بعنوان: «…»`، `التقرير الذي نشرته «الأنباء» تحت عنوان «…»`. A quotation right after a titled noun that ب or تحت
opens (rules/lexicons/titled_nouns.tsv: عنوان، شعار …) gives no quote; a speaker's title before a colon does
(`وقال مدير المشروع: «…»`).

The sentences were written for the test (invented content), each the shape of false quotes seen on SaudiNewsNet
articles outside the gold sets (`لو علم أنه …`، `يكتب مقالا بعنوان: «…»`، `نشرته “عين اليوم” تحت عنوان “…”`).
tests/data/entities/hypotheticals_and_headlines.conllu holds their parses in both styles (PARSE_STYLES); no model is
loaded. The news parser (/work/models/gpu23a) gives the same records.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("hypotheticals_and_headlines")


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize("doc_id", ["conditional-cue-1", "conditional-cue-2"])
def test_a_cue_in_a_condition_is_no_quote(extractor: Extractor, doc_id: str, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"{doc_id}-{style}"]) == []


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_condition_inside_the_content_stays_in_it(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"conditional-cue-3-{style}"]) == [
        ("indirect", "وقال", "الوزير", "إنه إذا ارتفعت الأسعار فستتدخل الحكومة")
    ]


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize("doc_id", ["title-after-heading-1", "title-after-heading-2"])
def test_a_headline_after_a_heading_word_is_no_quote(extractor: Extractor, doc_id: str, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"{doc_id}-{style}"]) == []


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_speakers_title_before_a_colon_is_no_heading(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"title-after-heading-3-{style}"]) == [
        ("direct", "وقال", "مدير المشروع", "سننتهي من الأعمال قبل نهاية العام")
    ]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_in_his_turn_is_no_heading(extractor: Extractor, style: str) -> None:
    """`وقال المدرب بدوره: «…»` ("in his turn"): بدوره is spelled like ب + دورة (a course), which heads no headline."""
    assert [kind for kind, *_ in quotes_found(extractor, DOCUMENTS[f"title-after-heading-4-{style}"])] == ["direct"]
