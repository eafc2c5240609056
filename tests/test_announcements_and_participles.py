"""What was announced starts after its own preposition, and a feminine participle after a definite word starts a new
quote.

`وكانت إدارة النادي قد أعلنت قبل أيام عن عزمها تسديد الرواتب مشيرة في بيان … أنها …`: the announcement's content
began back at `قبل أيام` (where a noun complement starts right after its cue, whatever the parse hung its first nouns
on) and ran on over the participle into the next quote. A content whose rule binds its preposition (أعلن عن، كشف عن،
أعرب عن) starts after that preposition (`quotes.drafts.content`); a participle ending in ة right after a word with
the article is no adjective of it (an adjective would take the article too) but the speaker's next act, which ends
the content before it as a participle ending in ـاً does (`quotes.drafts.words.circumstantial`).

Sentences written for the test (invented content), after the shape of a read-set record; tests/data/entities/
announcements_and_participles.conllu holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, quotes_found
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("announcements_and_participles")


@pytest.mark.parametrize(
    ("doc_id", "content"),
    [
        ("days-before-an", "عزمها توزيع الأرباح على المساهمين"),
        ("during-last-month-before-an", "ارتفاع عدد المخالفات في الأسواق"),
    ],
)
def test_what_was_announced_starts_after_its_preposition(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, content: str
) -> None:
    [(_, _, _, found)] = quotes_found(extractor, documents[doc_id])
    assert found == content


def test_a_feminine_participle_after_a_definite_word_starts_a_new_quote(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert quotes_found(extractor, documents["participle-after-a-definite-word"]) == [
        ("indirect", "وأعلنت", "الوزارة", "إطلاق حملة للتوعية"),
        ("indirect", "مشيرة", None, "أن الحملة تستمر شهرا"),
    ]
    first, second = quotes_found(extractor, documents["participle-after-the-workers"])
    assert first[3] == "أن المعرض يمنح الأسر المنتجة دخلا أفضل من مساعدات الضمان الاجتماعي"
    assert second[1:] == ("مطالبة", None, "بتمديد فترة المعرض")
