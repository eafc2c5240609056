"""A relative clause whose verb cannot agree with its pronoun has a subject of its own after the verb.

`المهاجم كارلوس، الذي أكدت الإدارة التعاقد معه`: a feminine verb after الذي (a masculine singular) cannot have the
pronoun as its subject; the pronoun is the verb's object, taken back by `معه`, and the subject is the noun after the
verb (`الإدارة`), which the parse made an object and the content's first word. The speaker is that noun and the content
starts after it (`quotes.drafts.relatives.verb_disagrees`, `subject_mention.grow_mention`); a clause whose verb agrees
(`المدرب … الذي أكد أن`) is the antecedent's speech as before.

Sentences written for the test (invented names), after read-set records; tests/data/entities/relative_clause_subjects.conllu
holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, quotes_resolved, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("relative_clause_subjects")


def test_the_club_confirmed_the_signing(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    ((_type, cue, speaker, content),) = quotes_resolved(extractor, documents["club-confirmed-the-signing"])
    assert (cue, speaker) == ("أكدت", "الإدارة")
    assert content.startswith("التعاقد معه")


def test_the_police_announced_the_arrest(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    ((_type, cue, speaker, content),) = quotes_resolved(extractor, documents["police-announced-the-arrest"])
    assert (cue, speaker) == ("أعلنت", "الشرطة")
    assert content.startswith("اعتقاله")


def test_a_clause_that_agrees_is_the_antecedents(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["the-coach-who-confirmed"])
    assert said[2] == "ماجد العلي"
