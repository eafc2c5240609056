"""A complement clause that is wholly a quotation: `وتابع أن «…»` is mixed, from the complementizer to the closing mark.

The contract types indirect content that holds a quoted fragment `mixed`, and indirect content starts at its
complementizer (`أن …`, `إن …`, `بأن …`). When the parse hangs the أن on the quotation's head, the rules bind it and the
record was already `mixed`. When it does not (a nominal clause in the marks, `أن «هذه الحقوق عالمية …»`, whose subject
the parse made the verb's own subject), the quotation right after the cue was read as direct speech with only the marked
words. A complementizer written right before the opening mark now opens the content whatever the parse made of it.
A complementizer inside the marks (`قال: «إن …»`) leaves the quotation direct.

The sentences were written for the test (invented names and content), after records on SaudiNewsNet articles in neither
gold set (`وتابع أن «…»`، `مذكرًا بأن «…»`، `يقول إنه «…»`، `وقالت إن «…»`). tests/data/entities/
quoted_complement_clauses.conllu holds each sentence parsed by the step-1,800 parser of session 10 (`…-pud-style`) and
by the bundled model (`…-shipped`), entity tagger on, and `quoted-complement-1-hand`: the bundled parse of
`quoted-complement-1` with two heads set by hand to the bundled parser's reading of the same shape on the unseen article
(الشروط the verb's `nsubj`, واضحة its `amod`, the أن left on واضحة); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("quoted_complement_clauses")


def test_the_hand_edited_parse_leaves_the_complementizer_off_the_verb() -> None:
    graph = DOCUMENTS["quoted-complement-1-hand"].sentences[1]
    word = {w.text: w for w in graph.words}
    assert (word["الشروط"].deprel, word["واضحة"].deprel) == ("nsubj", "amod")


@pytest.mark.parametrize("doc_id", ["quoted-complement-1-hand", *(f"quoted-complement-1-{s}" for s in PARSE_STYLES)])
def test_a_complement_clause_wholly_in_marks_is_mixed_from_the_complementizer(extractor: Extractor, doc_id: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[doc_id]) == [
        ("mixed", "وتابع", None, "أن «هذه الشروط واضحة ومعلنة في موقع الوزارة»")
    ]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_where_it_was_said_may_stand_between_the_subject_and_the_complementizer(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"quoted-complement-3-{style}"]) == [
        ("mixed", "وقالت", "ليلى الحربي", "إن «الأسعار ستبقى مستقرة خلال الصيف»")
    ]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_complementizer_inside_the_marks_leaves_the_quotation_direct(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"quoted-complement-4-{style}"]) == [
        ("direct", "وقال", "سامر القحطاني", "إن المشروع سيكتمل قريبا")
    ]
