"""`وقال فلان إن …. ويعتقد الخبراء أن …`: a definite descriptor in a broken plural (الخبراء، المصادر: group_nouns.tsv,
people_plurals.tsv) names many people, never the one person quoted last, though its verb stands before it in the
singular and agrees with him (`quotes.coreference.sieve_titles.official_quoted_last`, which already passed over sound
plurals such as الباحثون). The experts speak as themselves.

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/experts_after_a_named_man.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor


@pytest.mark.parametrize("doc_id", ["experts-believe", "experts-confirm", "experts-see"])
def test_the_experts_are_not_the_man_quoted_before(extractor: Extractor, doc_id: str) -> None:
    found = sources(extractor, entity_parses("experts_after_a_named_man")[doc_id])
    assert [(speaker, resolved) for _, speaker, resolved, _ in found][-1] == ("الخبراء", "الخبراء")
