"""`وقال اثنان من مسؤولي الحكومة وهي أيضا تقيم بالخارج …`: an adverb (أيضا، كذلك) after `وهو`/`وهي` is looked past.
A verb after it makes the clause a circumstance (what someone does), no role; a noun after it is the role, which
opens at the noun, without the adverb (`quotes.speakers.roles.huwa_role`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/descriptions_after_also.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor


@pytest.mark.parametrize("doc_id", ["who-also-live-abroad", "who-also-leads"])
def test_a_verb_after_also_is_no_role(extractor: Extractor, doc_id: str) -> None:
    [(_, _, _, role)] = sources(extractor, entity_parses("descriptions_after_also")[doc_id])
    assert role is None


def test_a_noun_after_also_is_the_role_without_the_adverb(extractor: Extractor) -> None:
    [(_, speaker, _, role)] = sources(extractor, entity_parses("descriptions_after_also")["who-is-also-a-member"])
    assert (speaker, role) == ("سعد العلي", "عضو في مجلس الشورى")
