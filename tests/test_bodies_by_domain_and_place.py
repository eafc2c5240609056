"""A regional directorate called by its domain and its place, without the article (`صحة تبوك`، `تعليم الطائف`), is
the body the text named in full before (`المديرية العامة للشؤون الصحية بمنطقة تبوك`، `إدارة التعليم بالطائف`): its
domain noun or adjective (`الصحية`) and its place, glued to a preposition or after the name the rules read
(`… الصحية | بمنطقة تبوك`); another place is another body (`صحة جازان`). The domains are
rules/lexicons/regional_domains.tsv. Before, `صحة تبوك` was an entity of its own, as on a SaudiNewsNet dev article
(`نفت الشئون الصحية بحائل …` … `فإن صحة حائل توضح …`: the gold resolves both to `المديرية العامة للشئون الصحية
بمنطقة حائل`).

The sentences were written for the test (invented content); tests/data/entities/bodies_by_domain_and_place.conllu
holds the parses of both parsers (the bundled one and session 23's GPU-trained one); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("bodies_by_domain_and_place")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "cue", "short", "full"),
    [
        ("domain-and-place-1", "وقالت", "صحة تبوك", "المديرية العامة للشؤون الصحية بمنطقة تبوك"),
        ("domain-and-place-2", "وأكد", "تعليم الطائف", "إدارة التعليم بالطائف"),
    ],
)
def test_the_short_name_is_the_body_named_in_full(extractor: Extractor, parser: str, doc_id: str, cue: str, short: str, full: str) -> None:
    later = sources(extractor, DOCUMENTS[f"{doc_id}-{parser}"])[1]
    assert later == (cue, short, full, None)


@pytest.mark.parametrize("parser", PARSERS)
def test_another_place_is_another_body(extractor: Extractor, parser: str) -> None:
    later = sources(extractor, DOCUMENTS[f"domain-and-place-3-{parser}"])[1]
    assert later == ("وقالت", "صحة جازان", "صحة جازان", None)
