"""Speech that opens with a colon past a long aside after the cue (issue 10).

`وقال بارزاني في كلمة ألقاها بمحافظة دهوك بمناسبة مرور عام على احتلال سنجار من قبل التنظيم الإرهابي: «…»`، `وقال القرشي
خلال المؤتمر الصحفي الذي حضره مراسلو الصحف المحلية …: "…"`، `قال الدكتور فلان أمين عام الغرفة … عضو مجلس إدارة …: "…"`
(SaudiNewsNet articles outside the gold sets): a colon more than 14 words after the cue opened no speech, and a longer
window for every cue brought false records. Now the colon may stand up to 30 words away when what lies between is the
speaker's phrase and where he spoke: no verb at all (a long title), or only the verbs of a circumstance's relative
clause (في كلمة ألقاها …، خلال المؤتمر الصحفي الذي حضره …) or of a relative clause that describes the speaker (`وهو
واحد من … الذين يحضرون في لندن مهرجان …، الذي يستمر ثلاثة أيام: "…"`, session 21), none written with و/ف (a clause of its
own), and no complementizer (the speech opened there already: `وأكدت الهيئة في بيان صدر اليوم، أن …، ومن ذلك: «…»`). Session 21 gave a
quotation mark the same reach (`وقال سموه خلال استقباله أمس فلاناً رئيس … وعدداً من …، وأعضاء … "…"`), unless a cue
word stands between (`…، ومعبراً عن تضامن …، مطالباً … بأن "…"`: the later participle's).

The sentences were written for the test (invented names and content). tests/data/entities/
speech_after_a_long_aside.conllu holds each twice: parsed by session 10's step-1,800 parser (`…-pud-style`) and by
the bundled model (`…-shipped`), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("speech_after_a_long_aside")


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("number", "cue", "speaker", "content"),
    [
        ("1", "وقال", "فهد السالم", "أنتم أمل هذا الوطن"),
        ("2", "قال", "سامي بن ناصر العتيبي", "الجودة مسؤولية الجميع"),
    ],
)
def test_a_colon_past_where_the_speaker_spoke_opens_the_speech(
    extractor: Extractor, style: str, number: str, cue: str, speaker: str, content: str
) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"far-colon-{number}-{style}"]) == [("direct", cue, speaker, content)]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_complementizer_before_the_colon_keeps_the_indirect_speech(extractor: Extractor, style: str) -> None:
    found = quotes_found(extractor, DOCUMENTS[f"far-colon-3-{style}"])
    assert [(kind, cue, speaker) for kind, cue, speaker, _ in found] == [("mixed", "وأكدت", "الهيئة")]
    assert found[0][3].startswith("أن الأسعار مستقرة")


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("number", "cue", "speaker", "opening"),
    [
        ("1", "وقال", "رئيس الغرفة التجارية", "سنعمل معاً على دعم المشروعات الصغيرة"),
        ("2", "وأكد", "مدير الجامعة", "نحن نعمل على تطوير المناهج"),
    ],
)
def test_a_quotation_past_whom_the_speaker_received_is_the_speech(
    extractor: Extractor, style: str, number: str, cue: str, speaker: str, opening: str
) -> None:
    """`وقال فلان خلال لقائه أمس الشيخ … رئيس … وعدداً من …، وأعضاء … "…"`: no colon, no verb between, only whom he
    met; the quotation after them is what he said (the window of the colon above, for a quotation mark)."""
    found = quotes_found(extractor, DOCUMENTS[f"far-quotation-{number}-{style}"])
    assert [(kind, found_cue, found_speaker) for kind, found_cue, found_speaker, _ in found] == [("direct", cue, speaker)]
    assert found[0][3].startswith(opening)


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_far_quotation_after_a_later_participle_is_the_participles(extractor: Extractor, style: str) -> None:
    """`…، ومعرباً عن تعاطف الرابطة مع …، وهو …، مطالباً إدارات الأندية "…" حرصاً على …، بأن "…"`: past the near
    window, a cue word between (here a participle) takes the quotation, not the first participle. The quotation is the
    whole of its بأن-clause, so the quote is mixed from بأن (tests/test_quoted_complement_clauses.py)."""
    found = quotes_found(extractor, DOCUMENTS[f"far-quotation-3-{style}"])
    assert [(kind, cue, content.startswith('بأن "تراجع إجراءات السلامة')) for kind, cue, _, content in found] == [
        ("indirect", "ومعرباً", False),
        ("mixed", "مطالباً", True),
    ]


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize("number", ["1", "2"])
def test_a_colon_past_a_relative_clause_that_describes_the_speaker_opens_the_speech(
    extractor: Extractor, style: str, number: str
) -> None:
    """`وأوضح المدرب، وهو واحد من المدربين الأجانب الذين يعملون في الدوري المحلي منذ سنوات طويلة مع فرق كبيرة: "…"`; with
    `أندية` (clubs) for فرق: a noun that begins as أن does is no complementizer."""
    found = quotes_found(extractor, DOCUMENTS[f"far-colon-relative-{number}-{style}"])
    assert [(kind, cue, speaker) for kind, cue, speaker, _ in found] == [("direct", "وأوضح", "المدرب")]
    assert found[0][3].startswith("الفريق يحتاج إلى وقت")
