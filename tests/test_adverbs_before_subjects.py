"""An adverb of time the parse reads as an indefinite adjective and makes the cue's subject, with the phrase it governs
(`ومباشرة بعد إعلان القرار أعلنت الوزارة أن …`): it says when, never who; the subject is the body after the verb, and a
later bare title (`وقالت السفيرة`) is no longer resolved to the adverb's phrase (rules/lexicons/subject_adverbials.tsv:
مباشرة، فورا, with the manner adverbs).

The sentences were written for the test (invented content), after an article of SaudiNewsNet that is in neither gold
set (`ومباشرة بعد إعلان النتائج أعلنت المجموعة الدولية أن …`: six quotes resolved to the adverb's phrase).
tests/data/entities/adverbs_before_subjects.conllu holds the parses of both parsers (the bundled one and session 23's
GPU-trained one), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("adverbs_before_subjects")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
def test_the_adverb_and_its_phrase_are_no_speaker(extractor: Extractor, parser: str) -> None:
    assert sources(extractor, DOCUMENTS[f"adverb-before-the-subject-{parser}"]) == [
        ("أعلنت", "الوزارة", "الوزارة", None),
        ("وقالت", "السفيرة", "السفيرة", "السفيرة"),
    ]


@pytest.mark.parametrize("parser", PARSERS)
def test_immediately_before_the_verb_is_no_speaker(extractor: Extractor, parser: str) -> None:
    assert sources(extractor, DOCUMENTS[f"adverb-before-the-subject-2-{parser}"]) == [("أكدت", "اللجنة", "اللجنة", None)]
