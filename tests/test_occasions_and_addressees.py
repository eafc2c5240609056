"""Beside a cue, the occasion after في (`في تعميم للمراكز`، `في اتصال هاتفي`, any noun of speech_nouns.tsv) and whom
the source spoke to after ل (`للصحفيين`, press_plurals.tsv; `لوكالة …`، `لبرنامج …`, media_nouns.tsv) end the
speaker's phrase: the name is whole and the title is the role, the occasion and the addressee in neither; so do they
for a spokesman's title the parse grew through the body he speaks for (`المتحدث باسم الوزارة | لقناة العربية`).

The sentences were written for the test (invented names and content);
tests/data/entities/occasions_and_addressees.conllu holds the parses of both parsers (the bundled one and session 23's
GPU-trained one; the spokesmen's, session 40, the bundled one only); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.grammar.loader import word_set
from quotes.normalize import normalize
from quotes.speakers import words as speaker_words

DOCUMENTS = entity_parses("occasions_and_addressees")
PARSERS = ("shipped", "gpu23")


def test_the_occasions_and_addressees_are_the_lexicons() -> None:
    occasions = word_set("speech_nouns") - {normalize("برنامج")}  # (المسؤول في البرنامج: the title's own phrase)
    assert speaker_words.CIRCUMSTANCE_HEADS == occasions | word_set("occasion_nouns")
    assert speaker_words.ADDRESSEE_HEADS == word_set("media_nouns") | word_set("press_plurals") | word_set("media_names")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "speaker", "role"),
    [
        ("occasion-1", "سالم بن ناصر القحطاني", "مدير الدفاع المدني في المحافظة العميد"),
        ("occasion-2", "ماجد السالم", "الناطق باسم الشرطة العقيد"),
        ("press-1", "سامر الحداد", "وزير النقل"),
    ],
)
def test_occasion_and_addressee_end_the_speaker(extractor: Extractor, parser: str, doc_id: str, speaker: str, role: str) -> None:
    [(_, found, resolved, found_role)] = sources(extractor, DOCUMENTS[f"{doc_id}-{parser}"])
    assert (found, resolved, found_role) == (speaker, speaker, role)


@pytest.mark.parametrize(
    ("doc_id", "spokesman"),
    [("spokesman-told-a-channel-shipped", "المتحدث باسم الوزارة"), ("spokesman-told-reporters-shipped", "المتحدث باسم الشرطة")],
)
def test_a_spokesman_told_a_channel_or_reporters(extractor: Extractor, doc_id: str, spokesman: str) -> None:
    assert sources(extractor, DOCUMENTS[doc_id]) == [("وقال", spokesman, spokesman, spokesman)]
