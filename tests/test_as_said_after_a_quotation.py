"""`"…" كما قالت فلانة`: كما ("as") right after a quotation's closing mark names the quotation's source, with a comma
between them or none (`quotes.drafts.quotations.closing_before`; the spec's settled case of a source written after its
content); the speaker's next cue goes on with her. A short quoted term before `كما قال` followed by the cue's own
complement is no quotation of that cue.

Sentences written for the test (invented content), after a record on the read SaudiNewsNet sets;
tests/data/entities/as_said_after_quotation.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

from conftest import entity_parses, quotes_spoken
from quotes.api import Extractor

DOCUMENTS = entity_parses("as_said_after_quotation")


def _found(extractor: Extractor, doc_id: str) -> list[tuple[str, str, str | None, str | None, str]]:
    return quotes_spoken(extractor, DOCUMENTS[doc_id])


def test_as_she_said_right_after_the_closing_mark_names_the_source(extractor: Extractor) -> None:
    assert _found(extractor, "as-she-said-without-a-comma") == [
        ("direct", "قالت", "ليلى الخطيب", "ليلى الخطيب", "إنه لقدر كبير من الثقة في الشركة"),
        ("direct", "وأضافت", None, "ليلى الخطيب", "لو نجح هذا المشروع، فإنه يمكن أن تنتشر التقنية"),
    ]


def test_as_he_said_after_a_comma_still_does(extractor: Extractor) -> None:
    assert _found(extractor, "as-he-said-after-a-comma") == [
        ("direct", "قال", "سامي العلي", "سامي العلي", "لن نتراجع عن خطة الإصلاح مهما كانت الظروف")
    ]


def test_a_quoted_term_before_as_is_not_the_cues_quotation(extractor: Extractor) -> None:
    assert _found(extractor, "a-term-before-as") == [
        ("indirect", "قال", "المتحدث باسم الوزارة", "المتحدث باسم الوزارة", "إن العمل سيبدأ الشهر المقبل")
    ]
