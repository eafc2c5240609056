"""A clause that describes the speaker stands between the cue and the content and ends nothing.

`وقالت سلمى الراشد التي أخرجت الفيلم … وشاركت في كتابة نصه … لـ«الحياة» بأن …`: the relative clause on the subject
(التي …، الذي …) and a `وهو …` clause (`وأشار فلان وفلان وفلان وهم أعضاء في فرقة … لـ«اليوم»، إلى أن …`) say who
speaks; their verbs open no clause of the cue's, and the complementizer after them starts the speech however far it
is (the parse often hangs it under the described words: a complementizer found after the cue, outside the parse).

A proper noun right before a listed given name, none a title, opens the name (`ويقول باكاري عثمان إن …`، `وأضاف
أوكونجو إبراهيم أن …`): the speaker is both words and there is no role (spec: role is the source's position or
function).

The sentences were written for the test (invented names and content), each the shape of quotes missed or roles
misread on SaudiNewsNet articles outside the gold sets. tests/data/entities/described_speakers.conllu holds their
parses in both styles (PARSE_STYLES); no model is loaded. The news parser (/work/models/gpu23a) gives the same records.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("described_speakers")


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_speech_after_a_long_relative_clause_on_the_subject(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"described-speaker-1-{style}"]) == [
        ("indirect", "وقالت", "سلمى الراشد", "بأن أصعب مرحلة في العمل كانت التصوير في الصحراء")
    ]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_speech_after_a_huwa_clause_on_the_subjects(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"described-speaker-3-{style}"]) == [
        ("indirect", "وأشار", "خالد العتيبي", "أن جميع الفرق ستقدم عروضها في الساحة الرئيسية")
    ]


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("doc_id", "cue", "name"),
    [("name-before-given-name-1", "ويقول", "باكاري عثمان"), ("name-before-given-name-2", "وأضاف", "أوكونجو إبراهيم")],
)
def test_a_proper_noun_before_a_given_name_opens_the_name(
    extractor: Extractor, doc_id: str, cue: str, name: str, style: str
) -> None:
    assert sources(extractor, DOCUMENTS[f"{doc_id}-{style}"]) == [(cue, name, name, None)]
