"""Verbal nouns the tagger reads as a present verb after a preposition, re-tagged before the parse
(quotes.verbal_noun_tags, rules/lexicons/noun_prepositions.tsv). No model is loaded."""

from __future__ import annotations

import pytest

from quotes.verbal_noun_tags import verbal_nouns_to_retag

PRESENT = "Aspect=Imp|Gender=Fem|Mood=Ind|Number=Sing|Person=3|VerbForm=Fin|Voice=Act"


def retagged(sentence: str, tags: str) -> list[str]:
    forms, upos = sentence.split(), tags.split()
    feats = [PRESENT if tag == "VERB" else None for tag in upos]
    return [forms[i] for i in verbal_nouns_to_retag(forms, upos, feats)]


@pytest.mark.parametrize(
    ("sentence", "tags", "noun"),
    [
        ("أعلنت الجامعة عن توفر وظائف شاغرة", "VERB NOUN ADP VERB NOUN ADJ", "توفر"),
        ("يسهم المشروع في تنقل المشاة", "VERB NOUN ADP VERB NOUN", "تنقل"),
        ("ظل الفريق على تواصل مع الجماهير", "VERB NOUN ADP VERB ADP NOUN", "تواصل"),
        ("تغيرت المدينة مع تتابع السنين", "VERB NOUN ADP VERB NOUN", "تتابع"),
    ],
)
def test_a_present_verb_after_a_preposition_is_a_verbal_noun(sentence: str, tags: str, noun: str) -> None:
    assert retagged(sentence, tags) == [noun]


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        ("عاد الجيش ل يعيد الأمن", "VERB NOUN ADP VERB NOUN"),  # لِيعيد: "in order to" before a verb
        ("لا أحد من يصدق الخبر", "PART NOUN ADP VERB NOUN"),  # من: "who"
        ("قال إن الحكومة توفر السكن", "VERB SCONJ NOUN VERB NOUN"),  # no preposition before it
    ],
)
def test_a_verb_stays_a_verb(sentence: str, tags: str) -> None:
    assert retagged(sentence, tags) == []

