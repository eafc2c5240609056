"""A cue of the other gender than the speaker quoted last speaks for the body of its gender that acted since.

`وقال وزير المالية فلان …. وعلقت وكالة رويترز على المشروع …. وقالت في تقرير لها إن …`: a feminine verb cannot mean
the man quoted before, and no entity of its gender had been quoted, so the resolver fell back on him. The body named as a
clause's subject since the last quote, in the cue's sentence or the one before, whose head noun has the cue's gender
(ة: feminine) speaks (`quotes.coreference.recency.body_named_since`).

Sentences written for the test (invented content), after a read-set record; tests/data/entities/
bodies_of_the_cues_gender.conllu holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor


def test_the_agency_that_commented_speaks_next(extractor: Extractor) -> None:
    minister, agency = sources(extractor, entity_parses("bodies_of_the_cues_gender")["agency-after-a-minister"])
    assert minister[2] == "محمد العلي"
    assert agency[:3] == ("وقالت", None, "وكالة رويترز")
