"""The dateline that opens an article (`نورة الزهراني – جدة /`، `جدة – نورة الزهراني:`، `الرياض - واس`) names who
wrote it and where, never one of its sources: the reporter's name is no mention of the entity table and no person the
sentence names before a cue without a subject. Before, `أوضحت في تصريح صحفي أن …` right after the dateline took the
reporter as its speaker, as on SaudiNewsNet articles outside the gold sets (`محمد الشراري – طبرجل / أبدى عدد كبير من
المواطنين …`، `داليا أبوالعيش – عين اليوم / …`). A source named after the dateline still speaks for the cues after it.

The sentences were written for the test (invented names and content); tests/data/entities/holders_titles_datelines.conllu
holds the parses of both parsers (the bundled one and session 23's GPU-trained one); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.speakers.words import dateline_end

DOCUMENTS = entity_parses("holders_titles_datelines")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
def test_the_reporter_is_no_speaker(extractor: Extractor, parser: str) -> None:
    assert sources(extractor, DOCUMENTS[f"dateline-writer-1-{parser}"]) == [("أوضحت", None, None, None)]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_body_after_the_dateline_goes_on_speaking(extractor: Extractor, parser: str) -> None:
    assert sources(extractor, DOCUMENTS[f"dateline-writer-2-{parser}"]) == [
        ("أعلنت", "أمانة المحافظة", "أمانة المحافظة", None),
        ("وأوضحت", None, "أمانة المحافظة", None),
    ]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("محمد السالم – الخرج /  أبدى عدد من الأهالي …", "محمد السالم – الخرج "),
        ("الرياض - واس\nأكد وزير الصحة أن …", "الرياض - واس"),
        ("سعد العمري – سبق- أبها: أكدت الإدارة أن …", "سعد العمري – سبق- أبها"),
        ("خالد السبيعي ـ الدمام /  / يتوقع أن …", "خالد السبيعي ـ الدمام "),
        ("وقال سامي الحربي – رئيس النادي –: إن الفريق جاهز.", ""),
        ("أكد مدير التعليم أن العام الدراسي - كما قال: يبدأ غدا.", ""),
    ],
)
def test_what_a_dateline_is(text: str, dateline: str) -> None:
    assert text[: dateline_end(text)] == dateline


@pytest.mark.parametrize("parser", PARSERS)
def test_the_dateline_is_no_subject(extractor: Extractor, parser: str) -> None:
    """`عين اليوم – بيروت` on its own line, then `قالت قوة الحماية الدولية … إن …`: the parse made the dateline the
    verb's subject too (and the GPU parser the body its object); the body after the verb is the subject. Before, the
    dateline's subject was refused (a line break stands between it and its verb) and the quote had no speaker, as on
    a SaudiNewsNet article outside the gold sets (`عين اليوم – بغداد / قالت قوة المهام المشتركة …`)."""
    assert sources(extractor, DOCUMENTS[f"dateline-subject-1-{parser}"]) == [
        ("قالت", "قوة الحماية الدولية", "قوة الحماية الدولية", None)
    ]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_subject_after_the_dateline_stays(extractor: Extractor, parser: str) -> None:
    assert sources(extractor, DOCUMENTS[f"dateline-subject-2-{parser}"]) == [
        ("قال", "فريق الإنقاذ", "فريق الإنقاذ", "فريق الإنقاذ")
    ]
