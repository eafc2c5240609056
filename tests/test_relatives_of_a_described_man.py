"""`أكدت والدة لاعب المنتخب السعودي فلان أن …`: a kinship noun in construct with a noun in construct (`لاعب المنتخب`)
is in construct with a definite phrase, as with `والدة المواطن فلان`: the name after it is the player's, and the mother,
unnamed, speaks as the whole phrase (`quotes.speakers.words.kin_in_construct`, now also where the name stands in
apposition to the phrase: `quotes.speakers.describe`). A rank or title right before the name opens the relative's own
name (`ابن عم الطيار الدكتور فلان`: the cousin speaks by his name, the phrase is his role).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/relatives_of_a_described_man.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor


@pytest.mark.parametrize(
    ("doc_id", "relative"),
    [
        ("mother-of-the-player", "والدة لاعب المنتخب السعودي سامي الجابر"),
        ("brother-of-the-player", "شقيق لاعب الهلال خالد العتيبي"),
    ],
)
def test_the_relative_speaks_not_the_man_named(extractor: Extractor, doc_id: str, relative: str) -> None:
    [(_, speaker, resolved, role)] = sources(extractor, entity_parses("relatives_of_a_described_man")[doc_id])
    assert (speaker, resolved, role) == (relative, relative, None)


def test_a_title_before_the_name_opens_the_relatives_own_name(extractor: Extractor) -> None:
    [(_, speaker, _, role)] = sources(extractor, entity_parses("relatives_of_a_described_man")["cousin-with-his-title"])
    assert (speaker, role) == ("عبدالله العقيل", "ابن عم الطيار الدكتور")
