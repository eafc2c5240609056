"""A title whose holder is named after a description of the body, right before what was said (`وقال المدير التنفيذي
لشركة فولفو ثاني أكبر شركة للشاحنات في السويد | هاكان سامويلسون | إن …`): the rules read the title as the speaker
and the name finder found no title before the name (the description stands between); the name speaks and the title
is its role (quotes/attribution/entity.py, _holder_named_before_content). Not a name after a preposition, with its
own titles between (`… في المؤتمر الصحفي المشترك مع الوزير سامح شكري، أن …`: whom the speaker met; `متحدثة باسم
ماكرون`: whom she speaks for), nor a verb's object (`اتهم`، `وصف … بأنه`).

The sentences were written for the test (invented content), after records seen on SaudiNewsNet articles that are in
neither gold set (`قال الرئيس الجديد لشركة هوندا موتور ثالث أكبر شركة سيارات في اليابان تاكاهيرو هاشيجو أنه …`،
`أعلن مدرب برشلونة الأسباني بطل الثلاثية في الموسم الماضي (…) لويس إنريكي أنه …`).
tests/data/entities/holders_named_before_content.conllu holds the parses of both parsers (the bundled one and
session 23's GPU-trained one), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("holders_named_before_content")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
def test_the_name_before_the_content_holds_the_title(extractor: Extractor, parser: str) -> None:
    # the title was speaker and role at once
    assert sources(extractor, DOCUMENTS[f"holder-after-description-2-{parser}"]) == [
        ("وقال", "هاكان سامويلسون", "هاكان سامويلسون", "المدير التنفيذي لشركة فولفو")
    ]


@pytest.mark.parametrize("parser", PARSERS)
def test_whom_the_speaker_met_is_no_holder(extractor: Extractor, parser: str) -> None:
    title = "وزير خارجية الأردن"
    assert sources(extractor, DOCUMENTS[f"name-after-a-preposition-1-{parser}"]) == [("وأكد", title, title, title)]


@pytest.mark.parametrize("parser", PARSERS)
def test_whom_the_spokeswoman_speaks_for_is_no_holder(extractor: Extractor, parser: str) -> None:
    [(cue, speaker, resolved, _)] = sources(extractor, DOCUMENTS[f"name-after-a-preposition-2-{parser}"])
    assert cue == "وقالت" and speaker is not None and speaker.startswith("متحدثة") and resolved != "ماكرون"
