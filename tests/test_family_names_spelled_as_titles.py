"""Many family names spell a title or a job with the article (الخطيب، القاضي، الكاتب، المحامي). Right after a lone
given name, such a word that ends the speaker's phrase (the content's complementizer, a colon or another mark, whom
the source spoke to, the occasion of speech) is the family name: `وقال وزير النقل سامر الخطيب إن …` is spoken by
سامر الخطيب, the minister. A title of the person goes on with its own words and stays the role:
`وقال سامر الأمين العام للحزب إن …` (الأمين العام للحزب), `وقال فهد المسؤول في الوزارة إن …`.

The sentences were written for the test (invented names and content);
tests/data/entities/family_names_spelled_as_titles.conllu holds the parses of both parsers (the bundled one and
session 23's GPU-trained one); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("family_names_spelled_as_titles")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "speaker", "role"),
    [
        ("family-1", "سامر الخطيب", "وزير النقل"),
        ("family-2", "نادر المحامي", "مدير المستشفى"),
        ("family-3", "هالة الكاتب", "مديرة المدرسة"),
    ],
)
def test_a_title_word_ending_the_phrase_is_the_family_name(
    extractor: Extractor, parser: str, doc_id: str, speaker: str, role: str
) -> None:
    [(_, found, resolved, found_role)] = sources(extractor, DOCUMENTS[f"{doc_id}-{parser}"])
    assert (found, resolved, found_role) == (speaker, speaker, role)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "speaker", "role"),
    [("title-1", "سامر", "الأمين العام للحزب"), ("title-2", "فهد", "المسؤول في الوزارة")],
)
def test_a_title_with_its_own_words_is_the_role(extractor: Extractor, parser: str, doc_id: str, speaker: str, role: str) -> None:
    [(_, found, _, found_role)] = sources(extractor, DOCUMENTS[f"{doc_id}-{parser}"])
    assert (found, found_role) == (speaker, role)
