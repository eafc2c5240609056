"""An act of saying renewed: `وجدد التأكيد على أن …`.

After a verb that renews or repeats (rules/lexicons/renewing_verbs.tsv: جدد، أعاد، كرر، واصل), the definite noun
of speaking (`التأكيد`, speech_nouns.tsv) is the act renewed, the verb's object, though the parse makes it the
subject: the cue has no subject of its own and resolves to the source quoted before. After any other verb such a noun
is the source itself (`وأشار التحليل إلى أن …`: the analysis pointed out).

The sentences were written for the test after records seen on SaudiNewsNet articles annotated outside the gold sets;
tests/data/entities/renewed_affirmation.conllu holds their parses by the bundled model; no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("renewed_affirmation")


def test_the_affirmation_renewed_is_no_speaker(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["renewed-the-affirmation"]) == [
        ("وقال", "سامي العمري", "سامي العمري", "وزير الإسكان"),
        ("وجدد", None, "سامي العمري", "وزير الإسكان"),
    ]


def test_an_analysis_that_points_out_is_the_source(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["the-analysis-pointed-out"]) == [("وأشار", "التحليل", "التحليل", None)]
