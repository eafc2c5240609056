"""Speech with no marks at all is direct only after a verb of saying (`وأضاف سيتم …`، `وقال لم نتلق …`, and their
participles, `قائلا`: tests/test_speech_without_marks.py; `واستطرد سيتم …`): rules/lexicons/reporting_verbs.tsv, column
speech. A cue of another kind with a clause right after it says no
words of its own: `الضحايا الذين قضوا نحبهم في الحادث` (قضى is "ruled" only with أن or a quotation; here "died"),
`وتقدر تكلفته بحوالي …` (is estimated), `فتابع حالته حتى …` (followed his case). Each of these shapes gave a false
direct quote on SaudiNewsNet articles outside the gold sets (and `أبان توهجه`، `نشرت صورتها، …`، `سنة مؤكدة شرعت …`).

The sentences were written for the test (invented content); tests/data/entities/verbs_of_saying.conllu holds the
parses of both parsers (the bundled one and session 23's GPU-trained one); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("verbs_of_saying")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("doc_id", ["not-saying-1", "not-saying-3"])
def test_no_speech_after_a_verb_that_does_not_say(extractor: Extractor, parser: str, doc_id: str) -> None:
    assert sources(extractor, DOCUMENTS[f"{doc_id}-{parser}"]) == []


@pytest.mark.parametrize("parser", PARSERS)
def test_an_estimate_inside_indirect_content_is_no_quote_of_its_own(extractor: Extractor, parser: str) -> None:
    """`وأوضح رئيس اللجنة أن المشروع … وتقدر تكلفته بحوالي …`: one quote, the explanation."""
    assert sources(extractor, DOCUMENTS[f"not-saying-2-{parser}"]) == [("وأوضح", "رئيس اللجنة", "رئيس اللجنة", "رئيس اللجنة")]


@pytest.mark.parametrize("parser", PARSERS)
def test_speech_after_a_verb_of_going_on(extractor: Extractor, parser: str) -> None:
    """`واستطرد سيتم افتتاح …` after the speaker's sentence: استطرد ("went on") says words as أضاف does."""
    [(cue, speaker, resolved, _)] = sources(extractor, DOCUMENTS[f"went-on-1-{parser}"])
    assert (cue, speaker, resolved) == ("واستطرد", None, "سامي الخالدي")
