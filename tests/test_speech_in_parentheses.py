"""Speech in parentheses right after a cue's colon is a direct quote of what the parentheses hold.

Arabic writing quotes sayings, verses and hadith in parentheses as often as in quotation marks (`وقد أصاب من قال:
(إن الشعر أسطورة مختزلة)، ومن أجل ذلك …`); the gold reads them as direct quotes, the parentheses excluded as quotation
marks are. The colon sieve (`drafts.content.after_colon`) took the speech to the sentence end, parentheses and the
writer's own clause after them included, and where the parse found a complementizer inside (`قال: (إن …)`) read it
as indirect. It now takes what the outermost parentheses hold (a verse in double parentheses too), whatever the
parse made of the words inside.

Sentences written for the test (invented content), after read-set records; tests/data/entities/
speech_in_parentheses.conllu holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("speech_in_parentheses")


@pytest.mark.parametrize(
    ("doc_id", "cue", "content"),
    [
        ("saying-in-parentheses", "قال", "العلم في الصغر كالنقش على الحجر"),
        ("teacher-in-parentheses", "وقال", "إن النجاح لا يأتي صدفة"),
        ("verse-in-double-parentheses", "وختم", "وقل ربي زدني علما"),
    ],
)
def test_the_parentheses_hold_the_direct_quote(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, cue: str, content: str
) -> None:
    quote = next(q for q in extractor.extract_parsed(documents[doc_id]) if q.cue.text == cue)
    assert (quote.type, quote.content.text) == ("direct", content)
