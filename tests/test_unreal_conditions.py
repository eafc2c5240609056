"""A cue in an unreal condition's past perfect reports nothing: `لو كنتَ قد سألتَ أي شخص …، لكانت الإجابة أن …` and
`ولو كان الوزير قد أعلن أن …، لما …` suppose what was never said (rules/lexicons/conditional_particles.tsv, column
counterfactual; the forms of كان in kana_forms.tsv). After إذا the past perfect is most often what was said indeed,
set against what follows (`فإذا كان الوزير قد قال في كلمته الأولى إن …، فإنه يؤكد اليوم أن …`): still quotes.

The sentences were written for the test (invented content), after a false quote seen on a SaudiNewsNet article
outside the gold sets; tests/data/entities/unreal_conditions.conllu holds the parses of both parsers (the bundled
one and session 23's GPU-trained one); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses
from quotes.api import Extractor

DOCUMENTS = entity_parses("unreal_conditions")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("doc_id", ["cond-1", "cond-2"])
def test_an_unreal_condition_in_the_past_perfect_is_no_quote(extractor: Extractor, parser: str, doc_id: str) -> None:
    assert extractor.extract_parsed(DOCUMENTS[f"{doc_id}-{parser}"]) == []


@pytest.mark.parametrize("parser", PARSERS)
def test_what_was_said_after_idha_kana_is_a_quote(extractor: Extractor, parser: str) -> None:
    cues = [quote.cue.text for quote in extractor.extract_parsed(DOCUMENTS[f"cond-3-{parser}"])]
    assert "قال" in cues
