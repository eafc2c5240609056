"""Compound given names written apart with الدين (`عز الدين`، `شمس الدين`، `سراج الدين`): the first half is a common
word alone (عز glory, شمس sun, سراج lamp) and الدين alone is "religion", so where the entity tagger misses the name the
title ran on into it (`وزير التربية عز الدين الراشدي` stayed speaker and role at once). The pair is one given name
where a name is expected: before a family name, or right after a title, rank or honorific
(rules/lexicons/compound_given_names.tsv; name_ends.tsv, column second_half); then the name speaks and the title
before it is its role, after a reporting verb and after an according-to marker alike, and a later cue with the family
name alone is the same person. `إن عز الدين في …` ("the glory of religion") after the complementizer is none.

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
that are in neither gold set (`وفق ما قاله وزير حقوق الانسان عز الدين الاصبحي`: the title was the speaker of two
quotes). tests/data/entities/compound_given_names.conllu holds the parses of both parsers (the bundled one and
session 23's GPU-trained one), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("compound_given_names")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
def test_the_compound_name_after_an_according_to_marker_speaks_and_the_title_is_its_role(extractor: Extractor, parser: str) -> None:
    # وفق ما قاله وزير التربية عز الدين الراشدي: the tagger left the name untagged, and the whole phrase was the source
    assert sources(extractor, DOCUMENTS[f"compound-name-after-marker-{parser}"]) == [
        ("وفق", "عز الدين الراشدي", "عز الدين الراشدي", "وزير التربية")
    ]


@pytest.mark.parametrize("parser", PARSERS)
def test_the_compound_name_after_a_title_speaks_and_its_family_name_goes_on(extractor: Extractor, parser: str) -> None:
    assert sources(extractor, DOCUMENTS[f"compound-name-after-title-{parser}"]) == [
        ("وقال", "شمس الدين العلوي", "شمس الدين العلوي", "عضو المجلس البلدي"),
        ("وأضاف", "العلوي", "شمس الدين العلوي", "عضو المجلس البلدي"),
    ]


@pytest.mark.parametrize("parser", PARSERS)
def test_the_compound_name_after_a_rank_speaks(extractor: Extractor, parser: str) -> None:
    assert sources(extractor, DOCUMENTS[f"compound-name-after-rank-{parser}"]) == [
        ("وأوضح", "سراج الدين المالكي", "سراج الدين المالكي", "العقيد")
    ]


@pytest.mark.parametrize("parser", PARSERS)
def test_the_glory_of_religion_inside_the_content_names_no_one(extractor: Extractor, parser: str) -> None:
    assert sources(extractor, DOCUMENTS[f"religion-not-a-name-{parser}"]) == [("وقال", "سامي العتيبي", "سامي العتيبي", "الداعية")]
