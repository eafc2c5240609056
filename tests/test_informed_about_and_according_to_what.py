"""Two report shapes of news that the rules missed.

`وأفاد المرصد السوري لحقوق الإنسان عن مقتل 12 مدنيا …` reports what the observatory said, as `كشف عن` does: the
content is the noun after عن (spec, settled cases: the content of `كشف عن` + noun starts after the preposition; the
gold has `أفاد بمقتل …`). `أعلن عن` + noun stays no quote (announcing a product or a programme; rule
verb-subject-an-complement).

`…، وفقًا لما أوضحته سلوى المطيري، مديرة قسم الإحصاء في الهيئة.`: written with its tanween before the alif, وفقًا is
parsed as the clause verb's xcomp and لما as the verb's oblique, beside it; the source is the subject of the reporting
verb after ما, its role after the comma without the sentence's full stop (spec: according_to, the cue is the marker).

The sentences were written for the test (invented content), each the shape of quotes missed on SaudiNewsNet articles
outside the gold sets. tests/data/entities/informed_about_and_according_to_what.conllu holds their parses in both styles
(PARSE_STYLES); no model is loaded. The news parser (/work/models/gpu23a) gives the same records.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("informed_about_and_according_to_what")


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_informed_about_a_noun(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"informed-about-1-{style}"]) == [
        ("indirect", "وأفاد", "المرصد السوري لحقوق الإنسان", "مقتل 12 مدنيا في قصف استهدف سوقا شعبية شمال المدينة")
    ]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_informed_about_a_noun_by_residents(extractor: Extractor, style: str) -> None:
    [(kind, cue, _, content)] = quotes_found(extractor, DOCUMENTS[f"informed-about-2-{style}"])
    assert (kind, cue, content) == ("indirect", "وأفاد", "فرار عشرات المسلحين نحو الجبال المجاورة")


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_announced_a_programme_is_no_quote(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"informed-about-3-{style}"]) == []


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_according_to_what_she_explained_with_tanween_before_the_alif(extractor: Extractor, style: str) -> None:
    document = DOCUMENTS[f"according-to-what-1-{style}"]
    assert quotes_found(extractor, document) == [
        ("according_to", "وفقًا", "سلوى المطيري", "وارتفعت أسعار الأسماك في الأسواق المحلية خلال الأسبوع الماضي")
    ]
    assert sources(extractor, document) == [("وفقًا", "سلوى المطيري", "سلوى المطيري", "مديرة قسم الإحصاء في الهيئة")]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_according_to_what_traders_said(extractor: Extractor, style: str) -> None:
    assert [cue for cue, *_ in sources(extractor, DOCUMENTS[f"according-to-what-2-{style}"])] == ["وفقا"]
