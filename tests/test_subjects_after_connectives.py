"""`غير أن فلان المدير السابق لـ…، أكد أن …`، `بيد أن فلان …، أكد أن …`: a sentence that opens with a connective
(غير أن، إلا أن، بيد أن، لكن) names its subject before the verb and closes it with a comma; where the parse hangs the
name elsewhere (an oblique of the verb, a clause under بيد, which the tokenizer cuts into ب + يد), the verb's subject is
the phrase between the connective and the comma (`quotes.drafts.aside_subject`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/subjects_after_connectives.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("subjects_after_connectives")


@pytest.mark.parametrize(
    ("doc_id", "cue", "name"),
    [("ghayr-anna-subject", "أكّد", "ميشال دوبريه"), ("bayda-anna-subject", "أكد", "لوكاس موران")],
)
def test_the_name_before_the_comma_speaks(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, cue: str, name: str
) -> None:
    found_cue, speaker, resolved, role = sources(extractor, documents[doc_id])[0]
    assert (found_cue, speaker, resolved) == (cue, name, name)
    assert role is not None and role.startswith("المسؤول السابق" if doc_id.startswith("bayda") else "المدير السابق")
