"""A relative clause whose reporting verb has its own subject after it: `المرض الذي تقول السلطات إنه ينتشر` ("the
disease that the authorities say is spreading"). The relative pronoun stands for what is spoken about, and the source
is the noun after the verb; a small parser makes the pronoun the verb's subject and the source its object, so the
quote went to the noun the clause describes (`المرض`). The noun right after the verb is the source when what was said
opens right after its phrase, unless the verb is one whose object is whom it addresses (`أبلغت الأهالي أن …`:
reporting_verbs.tsv, column object). Seen on SaudiNewsNet articles outside the gold sets (`الخصخصة التي قال سمو
الرئيس العام أن …`، `والذي أعلن مجلس الشورى … أنه …`، `الذي يقول قادة … أنهم …`).

The sentences were written for the test (invented content); tests/data/entities/relative_clauses_with_their_source.conllu
holds the parses of both parsers (the bundled one and session 23's GPU-trained one); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, quotes_found, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("relative_clauses_with_their_source")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("rel-says-1", ("تقول", "السلطات", "السلطات", None)),  # a masculine pronoun, a feminine verb: الذي تقول
        ("rel-says-2", ("يقول", "المتطوعون", "المتطوعون", None)),  # a feminine pronoun, a masculine verb: التي يقول
        ("rel-says-3", ("قالت", "الشركة", "الشركة", None)),
        ("rel-thinks-1", ("يرى", "الخبراء", "الخبراء", None)),  # a belief verb
        ("rel-affirms-1", ("أكد", "الأطباء", "الأطباء", None)),  # the rule took the source for a noun complement
    ],
)
def test_the_source_after_the_verb_speaks(extractor: Extractor, parser: str, name: str, expected: tuple[str, ...]) -> None:
    assert sources(extractor, DOCUMENTS[f"{name}-{parser}"])[-1] == expected


@pytest.mark.parametrize("parser", PARSERS)
def test_what_was_said_opens_after_the_source(extractor: Extractor, parser: str) -> None:
    """`الدواء الذي أكد الأطباء أنه آمن`: a verb that also takes a noun complement (أكد ضرورة …) reports the clause
    after its source, not the source and the clause."""
    assert quotes_found(extractor, DOCUMENTS[f"rel-affirms-1-{parser}"]) == [("indirect", "أكد", "الأطباء", "أنه آمن للأطفال")]


@pytest.mark.parametrize("parser", PARSERS)
def test_whom_the_verb_addresses_is_no_source(extractor: Extractor, parser: str) -> None:
    """`الجمعية التي أبلغت الأهالي أن المساعدات وصلت`: the association told the residents; they said nothing."""
    [(cue, speaker, resolved, _role)] = sources(extractor, DOCUMENTS[f"rel-addressee-1-{parser}"])
    assert cue == "أبلغت"
    assert "الأهالي" not in (speaker or "") and "الأهالي" not in (resolved or "")
    assert "الجمعية" in (resolved or "")
