"""A quotation inside one quote's content is no later cue's speech (issue 10; spec: a mixed quote's quoted fragment is
part of its content; direct speech follows its cue's colon).

`وأكد قائد الكتيبة أن الحصار … "سينتهي قريبا مهما طال الزمن"، وقال: لن نتراجع …` (the shape of a record seen on
SaudiNewsNet articles outside the gold sets, `مؤكدا أن الحصار … "سيتم كسره …"، وقال: ليس لنا خيار …`): the quoted
words are the fragment of the mixed quote before, and `وقال` speaks what its colon opens. The quote-first sieve leaves
a cue with a colon after it to the colon's sieve (drafts/content.quoted_before_cue), and a quotation that a cue outside
another quote's content claims inside that content is that quote's fragment, no record of its own
(drafts/overlaps._fragment_of_another).

The sentence was written for the test; tests/data/entities/quotations_and_later_cues.conllu holds it parsed by the
bundled model (`…-shipped`) and by session 23's GPU-trained parser (`…-gpu23`), entity tagger on.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, quotes_resolved
from quotes.api import Extractor

DOCUMENTS = entity_parses("quotations_and_later_cues")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
def test_the_colon_after_a_later_cue_opens_its_speech(extractor: Extractor, parser: str) -> None:
    assert quotes_resolved(extractor, DOCUMENTS[f"colon-after-a-later-cue-1-{parser}"]) == [
        ("mixed", "وأكد", "قائد الكتيبة", 'أن الحصار المفروض على المدينة "سينتهي قريبا مهما طال الزمن"'),
        ("direct", "وقال", "قائد الكتيبة", "لن نتراجع عن مطالبنا المشروعة"),
    ]
