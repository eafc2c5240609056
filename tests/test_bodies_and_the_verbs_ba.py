"""A bare definite body (`الحكومة`) followed by a بـ phrase that the verb governs: `ويتهم السكان الحكومة بالتدخل في
شؤون البلدية` accuses the government of interfering; `بالتدخل` is no part of its name. A بـ phrase goes on a body's
name where it says where the body sits (`مستشفى الملك فهد بجدة`، `الشئون الصحية بحائل`: tests/test_bodies_and_marks.py),
after a name of more than its head, or as a name or a noun with a name or an adjective after it. Before, the entity
table named the government `الحكومة بالتدخل`, and every later `الحكومة` resolved to it, as on a SaudiNewsNet article
outside the gold sets.

The sentences were written for the test (invented content); tests/data/entities/bodies_and_the_verbs_ba.conllu holds
the parses of both parsers (the bundled one and session 23's GPU-trained one); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("bodies_and_the_verbs_ba")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
def test_the_verbs_ba_phrase_is_no_part_of_the_body(extractor: Extractor, parser: str) -> None:
    document = DOCUMENTS[f"ba-verb-1-{parser}"]
    bodies = [mention.span.text for mention in extractor.mentions(document) if mention.kind == "ORG"]
    assert "الحكومة بالتدخل" not in bodies
    assert bodies.count("الحكومة") == 2
    assert sources(extractor, document) == [("وقالت", "الحكومة", "الحكومة", None)]
