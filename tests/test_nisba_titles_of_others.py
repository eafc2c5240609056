"""A bare title with a nisba names the person the text gave that office and that nisba, quoted or not.

`وقال الوزير الفرنسي` after `والتقى الكعبي جان مارك إيرولت وزير الخارجية الفرنسي …` is the French minister, though
the text never quoted him, and not the person quoted last (`سالم بن راشد الكعبي وزير الدولة`), whose title has no
nisba. Before the sieve `title_of_one_named` (quotes/coreference/sieve_titles.py) the resolver read such a title as
the person the text is about and gave that person the other one's title as a role. A title whose nisba is the
quoted person's own (`وأضاف اللاعب الإيطالي` after `لاعب الوسط الإيطالي ماريو بيانكي`) is still that person.

Each sentence was written for the test (invented names and content), after records of a SaudiNewsNet article outside
the gold sets (a foreign minister named with his title, then `وتمنى الوزير الألماني …`, whose role went to the
minister quoted before him). tests/data/entities/nisba_titles_of_others.conllu holds each document twice: parsed by
the step-1,800 parser of MODEL.md's session 10 (`…-pud-style`, PUD's conventions) and by the bundled model
(`…-shipped`), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("nisba_titles_of_others")


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_nisba_title_is_the_minister_named_with_it_not_the_one_quoted_before(extractor: Extractor, style: str) -> None:
    first, second = sources(extractor, DOCUMENTS[f"minister-named-not-quoted-{style}"])
    assert first == ("وأكد", "سالم بن راشد الكعبي", "سالم بن راشد الكعبي", "وزير الدولة")
    cue, speaker, resolved, role = second
    assert (cue, speaker, role) == ("وقال", "الوزير الفرنسي", "الوزير الفرنسي")
    # the entity table links the title to the name where the parse lets it; never the minister quoted before
    assert resolved in ("جان مارك إيرولت", "الوزير الفرنسي")


def test_the_bundled_parse_resolves_the_title_to_the_name(extractor: Extractor) -> None:
    speakers = sources(extractor, DOCUMENTS["minister-named-not-quoted-shipped"])
    assert speakers[1][2] == "جان مارك إيرولت"
    coach = sources(extractor, DOCUMENTS["coach-named-not-quoted-shipped"])
    assert coach[1] == ("وأوضح", "المدرب البرتغالي", "ماركو سيلفا", "المدرب البرتغالي")


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_nisba_title_is_not_the_president_quoted_before(extractor: Extractor, style: str) -> None:
    first, second = sources(extractor, DOCUMENTS[f"coach-named-not-quoted-{style}"])
    assert first == ("وقال", "خالد العتيبي", "خالد العتيبي", "رئيس الاتحاد")
    assert second[2] in ("ماركو سيلفا", "المدرب البرتغالي")


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_title_with_the_speakers_own_nisba_is_still_the_speaker(extractor: Extractor, style: str) -> None:
    assert sources(extractor, DOCUMENTS[f"player-quoted-by-name-{style}"]) == [
        ("وقال", "ماريو بيانكي", "ماريو بيانكي", "لاعب الوسط الإيطالي"),
        ("وأضاف", "اللاعب الإيطالي", "ماريو بيانكي", "اللاعب الإيطالي"),
    ]
