"""A reporting participle after a verb's إلى-clause: `ولفت إلى أن ستة جرحى سقطوا في صفوف الشرطة، مؤكداً أنهم …`.

Where the parse reads the verb of the أن-clause as a noun (سقطوا), it can hang the verb's preposition إلى on the
circumstantial participle that follows; the participle rule refused any participle with a preposition (بمتابعة: the
noun "follow-up"), and the participle's own quote was lost. A participle with its own أن-clause is no noun after إلى,
so إلى no longer blocks it; the other prepositions still do. The same sentence shape with the clause parsed well
(`وأشار المهندس إلى أن الطريق الجديد جاهز للافتتاح، مؤكداً أن …`) gives the same two quotes.

Each sentence was written for the test (invented places and figures), after a quote missed on a SaudiNewsNet article
outside the gold sets (`ولفت إلى أن اربعة قتلى سقطوا في صفوف المقاومة، مؤكداً أنهم صدوا …`).
tests/data/entities/participle_holding_the_verbs_preposition.conllu holds each sentence twice: parsed by the
step-1,800 parser of MODEL.md's session 10 (`…-pud-style`, PUD's conventions) and by the bundled model (`…-shipped`),
entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("participle_holding_the_verbs_preposition")


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (
            "far-6",
            [
                ("indirect", "ولفت", None, "أن ستة جرحى سقطوا في صفوف الشرطة"),
                ("indirect", "مؤكداً", None, "أنهم منعوا المسلحين من دخول البلدة"),
            ],
        ),
        (
            "far-8",
            [
                ("indirect", "وأشار", "المهندس", "أن الطريق الجديد جاهز للافتتاح"),
                ("indirect", "مؤكداً", None, "أن الأعمال انتهت قبل موعدها"),
            ],
        ),
    ],
)
def test_the_participle_after_the_verbs_clause_keeps_its_quote(
    extractor: Extractor, style: str, doc_id: str, expected: list[tuple[str, str, str | None, str]]
) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"{doc_id}-{style}"]) == expected
