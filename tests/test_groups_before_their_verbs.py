"""A group's own verb is no part of its name, where the tagger read the plural past verb as a noun after it.

`لكن نشطاء انتقدوا هذا الأمر وأكدوا أن …`: the tagger may call `انتقدوا` a noun in construct with `نشطاء` (and the
parse hang `هذا الأمر` under it); a word written as a plural past verb (ending in و and the alif after it) ends the
GROUP mention and the speaker phrase alike (`quotes.speakers.words.plural_verb_form`), so that the later plural cue
speaks for `نشطاء`, not for `نشطاء انتقدوا هذا الأمر`.

Sentences written for the test (invented content), after the shape of a speaker seen on SaudiNewsNet articles outside
the gold sets; tests/data/entities/groups_before_their_verbs.conllu holds their parses (bundled model, entity tagger
on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import canonical_names, entity_parses, quotes_resolved
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("groups_before_their_verbs")


@pytest.mark.parametrize(("doc_id", "group"), [("activists-who-criticised", "نشطاء"), ("experts-who-warned", "خبراء")])
def test_the_plural_cue_speaks_for_the_group_without_its_verb(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, group: str
) -> None:
    ((kind, cue, speaker, _),) = quotes_resolved(extractor, documents[doc_id])
    assert (kind, cue, speaker) == ("indirect", "وأكدوا", group)
    assert canonical_names(extractor, documents[doc_id], "GROUP") == [group]
