"""A subject before a belief or forecast verb whose bare form is also the impersonal passive (issue 10).

`يعتقد أن`، `يتوقع أن`، `يرجح أن`، `يزعم أن` written without vowels are also the passive "it is believed / expected
that …", which names no source (rules/lexicons/non_quote_cues.tsv), so the reporting rules never read them as cues.
But a passive has no subject before it: `ساشا تيهاني، خبير …، يعتقد أن …` and `المدرب البرتغالي يتوقع أن …` are the
active verb, and the subject before it is the speaker (SaudiNewsNet articles outside the gold sets). Now a name, or a
title (rules/lexicons/role_nouns.tsv), that the parse made the verb's subject before it makes the clause a quote
(rules `subject-before-belief-verb`, `subject-before-belief-verb-title`); the appositive between commas is the role.
An indefinite common noun before the verb is what the passive describes (`انفجار … يرجح أن سببه …`), and the bare
impersonal `ويعتقد أن …` stays no quote.

The sentences were written for the test (invented names and content). tests/data/entities/
subjects_before_belief_verbs.conllu holds each twice: parsed by session 10's step-1,800 parser (`…-pud-style`) and by
the bundled model (`…-shipped`), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("subjects_before_belief_verbs")


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("number", "cue", "speaker", "role"),
    [
        ("1", "يعتقد", "وسام القحطاني", "خبير الطاقة في مركز الخليج للدراسات"),
        ("2", "يتوقع", "المحلل الاقتصادي", "المحلل الاقتصادي"),
        ("3", "فيرجح", "كريم الفاسي", "الباحث"),
    ],
)
def test_a_name_or_title_before_the_verb_makes_it_a_cue(
    extractor: Extractor, style: str, number: str, cue: str, speaker: str, role: str
) -> None:
    assert sources(extractor, DOCUMENTS[f"subject-before-belief-{number}-{style}"]) == [(cue, speaker, speaker, role)]


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize("number", ["4", "5", "6"])
def test_the_impersonal_passive_stays_no_quote(extractor: Extractor, style: str, number: str) -> None:
    """`منصة جديدة يتوقع أن تخدم …` (a clause describing a noun), `انفجار كبير … يرجح أن سببه …` (an indefinite noun
    before the verb), `ويعتقد أن المخطوطة …` (no subject at all): "it is expected / believed", no source."""
    assert sources(extractor, DOCUMENTS[f"subject-before-belief-{number}-{style}"]) == []
