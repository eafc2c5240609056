"""A quotation after a long account of where it was said: `وقال الوزير خلال كلمته في حفل … «…»` (issue 10: missed
quotes).

Up to LONG_OPENING_WINDOW_WORDS words may stand between a cue and its quotation where they are the speaker's phrase
and where he spoke (quotes/drafts/spans.py `opening_within_reach`): a circumstance (`في كلمة`، `خلال المؤتمر`) and the
verbs of its clauses. The circumstance's noun is most often written with the speaker's pronoun (`خلال كلمته`، `في
حديثها`), its feminine ending as ت: it is read without it. A plural noun between them whose lemma a reporting verb
shares (`طلاب`, "students", lemma طالب of طالب بـ) is no later cue that would own the quotation.

Each sentence was written for the test (invented content), after quotes missed on SaudiNewsNet articles in neither
gold set. tests/data/entities/quotation_after_where_it_was_said.conllu holds each sentence three times: parsed by
the bundled model (ids `…-shipped`), by the step-1,800 parser of MODEL.md's session 10 (`…-pud-style`) and by session
23's GPU-trained news parser (`…-gpu23`), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("quotation_after_where_it_was_said")
STYLES = (*PARSE_STYLES, "gpu23")


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize(
    ("doc_id", "cue", "source", "content"),
    [
        ("speech-in-his-address", "وقال", "الوزير", "أبناؤنا هم ثروة هذا الوطن وعماد مستقبله الذي نبنيه معا"),
        ("speech-in-her-interview", "وقالت", "الكاتبة", "الكتابة عندي رحلة طويلة لا تنتهي بنهاية الرواية"),
    ],
)
def test_the_quotation_after_where_it_was_said_is_the_speech(
    extractor: Extractor, style: str, doc_id: str, cue: str, source: str, content: str
) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"{doc_id}-{style}"]) == [("direct", cue, source, content)]
