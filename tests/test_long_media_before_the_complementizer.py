"""Where and to whom it was said does not take a cue's reach to its complementizer. A complementizer the parse left
unattached (إن tagged a particle on the predicate, the predicate the cue's object) is still the start of the speech
within 24 words of the cue; the words of the cue's phrases of medium and place (`في تصريحات لصحيفة «…» الألمانية`،
`في عددها الصادر غدا (الإثنين)`) no longer count towards those 24: `وقال فلان في تصريحات لصحيفة «…» السعودية في
عددها الصادر غدا (الإثنين)، إن …` is reported speech however long the medium.

The sentences were written for the test (invented names and content), after a quote missed on a SaudiNewsNet article
in neither gold set (`وقال رئيس اتحاد المزارعين الألماني … في تصريحات لصحيفة «تاجس شبيغل» الألمانية في عددها الصادر
غدًا (الخميس)، إن روسيا كانت …`). tests/data/entities/long_media_before_the_complementizer.conllu holds each twice:
parsed by the step-1,800 parser of session 10 (`…-pud-style`) and by the bundled model (`…-shipped`), entity tagger on;
in `long-medium-1` إن, كانت and the predicate were set by hand to the bundled parser's reading of that article (إن a
particle, `compound:prt`, on the predicate, which is the cue's `obj`); `long-medium-2` is as parsed. No model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("long_media_before_the_complementizer")


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (
            "long-medium-1",
            ("indirect", "وقال", "سامي الحربي", "إن روسيا كانت من أكبر أسواق التصدير بالنسبة للتمور"),
        ),
        (
            "long-medium-2",
            ("indirect", "وقالت", "كلارا فيشر", "إن الصين كانت من أكبر الأسواق بالنسبة للسيارات الألمانية"),
        ),
    ],
)
def test_speech_after_a_long_medium(extractor: Extractor, style: str, doc_id: str, expected: tuple[str, ...]) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"{doc_id}-{style}"]) == [expected]
