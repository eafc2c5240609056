"""A subject before its verb, closed off from it by an aside between commas (issue 10).

`أما جيو جان، التي تدير مركز بحوث …، فترى أن …`، `لكن الرئيس السيسي، الذي يسعى …، رد … بقوله إن …`، `من بين
«الرجعيين»، جون ماكارثر، ناشر دورية «هاربر» (التقدمية)، قال: …` (SaudiNewsNet articles outside the gold sets): the
parse hangs the subject on the clause before, or makes the aside the verb's clause, and leaves the verb with no
subject; coreference then gave the quote to someone else named earlier. Now the phrase between the clause's opening
(the sentence's start, a colon, لكن، غير أن، أما …; a fronted prepositional phrase may come first) and the aside's
opening comma is the speaker when it names someone and holds no verb; the aside is a relative clause (whose pronoun
agrees with the verb), `واسمه …`, or an appositive that a role noun heads, which is then the role.

The sentences were written for the test (invented names and content). tests/data/entities/
subjects_before_an_aside.conllu holds each twice: parsed by session 10's step-1,800 parser (`…-pud-style`) and by the
bundled model (`…-shipped`), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("subjects_before_an_aside")


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("number", "cue", "speaker", "role"),
    [
        ("1", "رد", "سعد الهاجري", "المحافظ"),
        ("2", "فترى", "ليلى الكعبي", None),
        ("3", "قال", "فريد الأنصاري", "ناشر مجلة «الرواد» (الشهرية)"),
        ("4", "تعتقد", "نوال الشهري", "ناشطة بيئية"),
    ],
)
def test_the_subject_before_the_aside_is_the_speaker(
    extractor: Extractor, style: str, number: str, cue: str, speaker: str, role: str | None
) -> None:
    assert sources(extractor, DOCUMENTS[f"aside-{number}-{style}"]) == [(cue, speaker, speaker, role)]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_phrase_that_names_no_one_is_no_subject(extractor: Extractor, style: str) -> None:
    """`ومن جهة أخرى، في المؤتمر الصحفي، الذي عقد أمس، قال إن …`: a place and its relative clause, no speaker."""
    assert sources(extractor, DOCUMENTS[f"aside-5-{style}"]) == [("قال", None, None, None)]
