"""A subject-less cue that the resolver found no source for (no quote before it was ours: `وقالت ماري سوزوكي (90 عاماً)
التي نجت … "…"` is missed, then `وأضافت "…"`) speaks for the person the text named last before it, where that
person is a clause's subject (not a genitive: `لنظام فلان`), the name has two words or more, and the cue is singular
and agrees with the person's title; a quote with no source is wrong whatever it is.

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
that are in neither gold set. tests/data/entities/person_named_before_a_lone_cue.conllu holds the parse (bundled model,
entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "person_named_before_a_lone_cue.conllu"


def test_a_lone_cue_speaks_for_the_person_named_last(extractor: Extractor) -> None:
    document = documents_by_id(PARSES)["named-before-a-missed-quotation"]
    assert sources(extractor, document) == [("وأضافت", None, "ماري سوزوكي", None)]


def test_the_sieve_says_so_in_the_evidence(extractor: Extractor) -> None:
    (quote,) = extractor.extract_parsed(documents_by_id(PARSES)["named-before-a-missed-quotation"])
    assert any(note.startswith("sieve latest-person") for note in quote.evidence.notes)
