"""An according-to marker set off by commas inside a clause reports the whole clause around it (issue 10; spec: the
content of `according_to` is the attributed clause).

News often puts the source in the middle of the clause it reports, between the verb and its object: `خلفت هذه
البراميل، وفقا للشبكة، أضرارا بـ27 مركزا` (seen on SaudiNewsNet articles outside the gold sets). The stretch before
the marker is a clause whose verb goes on after the source: what follows the second comma is its object, a number or
an indefinite noun in the accusative, its tanween written with alif (`خمسة جرحى`، `أضرارا`), and no verb of its own.
Then the content is the whole clause, the marker inside it (drafts/according_to._around_a_parenthesis). A description
of the source after its comma stands in the source's case and takes no such alif (`بحسب شركة الرؤية، أكبر شركة أبحاث
…`): the content stays the clause before the marker.

The sentences were written for the test; tests/data/entities/markers_inside_a_clause.conllu holds each parsed by the
bundled model (`…-shipped`) and by session 23's GPU-trained parser (`…-gpu23`), entity tagger on.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("markers_inside_a_clause")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
def test_a_number_after_the_source_is_the_object_of_the_verb_before(extractor: Extractor, parser: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"marker-in-parenthesis-1-{parser}"]) == [
        ("according_to", "بحسب", "الشرطة", "وأوقعت الحادثة، بحسب الشرطة، خمسة جرحى بين المارة في وسط المدينة")
    ]


@pytest.mark.parametrize("parser", PARSERS)
def test_an_accusative_noun_after_the_source_is_the_object_of_the_verb_before(extractor: Extractor, parser: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"marker-in-parenthesis-2-{parser}"]) == [
        ("according_to", "وفقا", "للدفاع المدني", "وخلفت الأمطار الغزيرة، وفقا للدفاع المدني، أضرارا كبيرة في عشرات المنازل القديمة")
    ]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_description_of_the_source_is_no_part_of_the_content(extractor: Extractor, parser: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"marker-in-parenthesis-3-{parser}"]) == [
        ("according_to", "بحسب", "شركة الرؤية", "وارتفعت أسعار المساكن بنسبة عشرة في المئة")
    ]
