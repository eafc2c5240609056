"""A speaker ends where the quotation after it opens: in ويقول كوليبالي "أنا …" the parse hung the quotation's first
word under the name (read as an adjective) and the speaker ran on into the content (كوليبالي "أنا), which no
earlier mention of the person matched.

The sentences were written for the test (invented name and content), after that error on a SaudiNewsNet article
that is in neither gold set. tests/data/entities/speaker_before_quotation.conllu holds the parse (bundled model,
entity tagger on), with the tagger's error of that article set by hand: the name tagged ADJ with no entity tag,
أنا its obl. No model is loaded.
"""

from __future__ import annotations

from pathlib import Path

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "speaker_before_quotation.conllu"


def test_speaker_stops_at_the_quotation(extractor: Extractor) -> None:
    document = documents_by_id(PARSES)["speaker-before-quotation-8"]
    assert sources(extractor, document) == [
        ("ويقول", "إبراهيم كوليبالي", "إبراهيم كوليبالي", None),
        ("ويقول", "كوليبالي", "إبراهيم كوليبالي", None),
        ("مشيرا", None, "إبراهيم كوليبالي", None),
    ]
