"""What a source said ends where a connector of contrast hands the sentence to another source: `وقال الوزير إن
الأسعار ستنخفض، في حين قال الخبراء إنها سترتفع` is two quotes, and the minister's ends before `في حين`. The same for
`بينما` and `فيما`, for an according-to marker's content (`وبحسب الشرطة فإن المتهم اعترف بالجريمة، فيما نفى محاميه
ذلك`: the lawyer's denial is no part of what the police said, though it makes no quote of its own) and with no comma
before the connector. A reporting verb after the connector with no source of its own, impersonal (`في حين يُتوقع غياب
المهاجم`), goes on with the same speech. Before, the first content ran on to the sentence's end (spec: content ends
where the attributed clause ends), as on SaudiNewsNet articles outside the gold sets (`ووفقا لمركز الإحصاءات فإن نسبة
البطالة كانت … في حين قدرت مصادر غير رسمية هذه النسبة ب20%`).

The sentences were written for the test (invented content); tests/data/entities/contrasts_with_another_source.conllu
holds the parses of both parsers (the bundled one and session 23's GPU-trained one); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("contrasts_with_another_source")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
def test_in_hin_hands_the_sentence_to_another_source(extractor: Extractor, parser: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"contrast-said-1-{parser}"]) == [
        ("indirect", "وقال", "الوزير", "إن الأسعار ستنخفض قريبا"),
        ("indirect", "قال", "الخبراء", "إنها سترتفع"),
    ]


@pytest.mark.parametrize("parser", PARSERS)
def test_baynama_without_a_comma(extractor: Extractor, parser: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"contrast-thinks-1-{parser}"]) == [
        ("indirect", "وقال", "الوزير", "إن الأسعار ستنخفض قريبا"),
        ("indirect", "يرى", "الخبراء", "أنها سترتفع"),
    ]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("contrast-according-1", "فإن معدل التضخم بلغ 3% في العام الماضي"),  # بينما قدرت مصادر …: no quote of its own
        ("contrast-according-2", "فإن المتهم اعترف بالجريمة"),  # فيما نفى محاميه ذلك: a denial of nothing quoted
    ],
)
def test_an_according_to_content_ends_before_the_other_source(extractor: Extractor, parser: str, name: str, content: str) -> None:
    [(kind, _cue, _speaker, found)] = quotes_found(extractor, DOCUMENTS[f"{name}-{parser}"])
    assert (kind, found) == ("according_to", content)


@pytest.mark.parametrize("parser", PARSERS)
def test_an_impersonal_verb_goes_on_with_the_same_speech(extractor: Extractor, parser: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"contrast-impersonal-1-{parser}"]) == [
        ("indirect", "وقال", "المدرب", "إن الفريق سيلعب بتشكيلته الأساسية، في حين يتوقع غياب المهاجم عن المباراة"),
    ]
