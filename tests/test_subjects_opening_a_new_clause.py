"""A plural يرون, and a subject that opens a clause of its own after a comma (issue 10).

`تقف مختلف الأطراف …، ففريق ملاك الأراضي والمخططات ومعهم كثير من المطورين العقاريين، يرون الإجراءات البيروقراطية …
خلف الأزمة، وأن …` (a SaudiNewsNet article outside the gold sets): the speaker was الإجراءات البيروقراطية, the verb's
object. يرون is the plural of يرى, but four letters ending in ون also spell a hollow verb's singular (يكون), so the
plural verb's subject-in-the-verb was missed; يرون and ترون now count as plurals, and the noun after them is no
subject. The subject before the verb is the phrase that opens the new clause after the comma (ف، لكن، أما …), when it
names someone (a name, a title, a group), as subject.subject_before_aside reads a subject before an aside.

The sentences were written for the test (invented content). tests/data/entities/subjects_opening_a_new_clause.conllu
holds each twice: parsed by session 10's step-1,800 parser (`…-pud-style`) and by the bundled model (`…-shipped`),
entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("subjects_opening_a_new_clause")


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_the_noun_after_yarawna_is_its_object(extractor: Extractor, style: str) -> None:
    """`ففريق من الملاك …، يرون الطلب المتزايد من الطلاب سبب الأزمة`: "they see the demand as the cause"."""
    assert sources(extractor, DOCUMENTS[f"new-clause-1-{style}"]) == [("يرون", None, None, None)]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_the_group_that_opens_the_clause_is_the_speaker(extractor: Extractor, style: str) -> None:
    assert sources(extractor, DOCUMENTS[f"new-clause-2-{style}"]) == [("يرون", "خبراء العقار", "خبراء العقار", None)]
