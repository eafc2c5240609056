"""`الأمر الذي دعا …` ("which led … to", "the matter that calls for …"): a cue right after "the matter which" has the
matter for its subject, like ما / مما before a cue, so it is the writer's inference and no quote, whatever noun the
parse made its subject.

The sentence was written for the test (invented content), after false quotes seen on SaudiNewsNet articles that are in
neither gold set. tests/data/entities/the_matter_which.conllu holds the parse (bundled model, entity tagger on); no
model is loaded.
"""

from __future__ import annotations

from pathlib import Path

from conftest import documents_by_id
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "the_matter_which.conllu"


def test_a_cue_after_the_matter_which_is_no_quote(extractor: Extractor) -> None:
    # دعا once made a quote of إلى إعلان حالة الطوارئ, said by سبب السيول
    assert extractor.extract_parsed(documents_by_id(PARSES)["the-matter-which-1"]) == []
