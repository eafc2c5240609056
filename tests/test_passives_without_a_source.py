"""`ولا يتوقع منه أن يشارك …`، `والتي يتوقع لها أن تكون الأكبر …`: a present verb of expecting or believing in the
masculine singular, written without its vowels, with من or ل and a pronoun right after it or a relative pronoun
before it that it does not agree with, is the passive "it is expected of him, for it"; the spec: passives with no
source are no quotes (`quotes.drafts.assembler`; rules/lexicons/non_quote_cues.tsv holds `يتوقع أن` with nothing
between). With a subject of its own it is a source's forecast, and a bare `ويتوقع أن` after a source is left as it was.

Sentences written for the test (invented content), after records on the read SaudiNewsNet sets;
tests/data/entities/passives_without_a_source.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor


@pytest.mark.parametrize("doc_id", ["expected-of-him", "expected-for-it", "believed-where"])
def test_what_is_expected_of_someone_is_no_quote(extractor: Extractor, doc_id: str) -> None:
    assert sources(extractor, entity_parses("passives_without_a_source")[doc_id]) == []


def test_analysts_who_expect_are_the_source(extractor: Extractor) -> None:
    [(cue, speaker, _, _)] = sources(extractor, entity_parses("passives_without_a_source")["analysts-expect-for-it"])
    assert (cue, speaker) == ("ويتوقع", "محللون")


def test_a_minister_quoted_before_is_still_quoted(extractor: Extractor) -> None:
    [(cue, speaker, _, role)] = sources(extractor, entity_parses("passives_without_a_source")["the-minister-expects"])
    assert (cue, speaker, role) == ("وقال", "خالد الراشد", "وزير المالية")


def test_what_a_man_thinks_of_the_things_before_stays_his(extractor: Extractor) -> None:
    """يرى is no impersonal passive (impersonal_passives.tsv leaves it out): `والتي يرى أن …` is what the man named
    before thinks of them."""
    [(cue, _, resolved, _)] = sources(extractor, entity_parses("passives_without_a_source")["what-he-thinks-of-them"])
    assert (cue, resolved) == ("يرى", "سامي العنزي")
