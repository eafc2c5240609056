"""A job title written without the article right after a ranked name (`وقال العقيد عبد الرحمن الزبيدي قائد اللواء
الثالث إن …`) is no part of the name, even where the parse hangs it on the rank as one more `flat` part of a proper
name: the proper-name chain that gives a later mention its full name (`العقيد الزبيدي`) ends before the title, so the
person is `عبد الرحمن الزبيدي`, never `… الزبيدي قائد`.

The sentences were written for the test (invented names), after records seen on SaudiNewsNet articles that are in
neither gold set (`العميد … الصبيحي قائد اللواء «15» قائد عملية …`). tests/data/entities/titles_after_name_chains.conllu
holds each twice: parsed by session 10's step-1,800 parser (`…-pud-style`) and by the bundled model (`…-shipped`,
which hangs قائد on the rank in `title-after-chain-2`), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, sources
from quotes.api import Extractor
from quotes.coreference.chains import name_chains
from quotes.normalize import normalize

DOCUMENTS = entity_parses("titles_after_name_chains")


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("doc_id", "name", "surname"),
    [
        ("title-after-chain-1", "سالم بن علي المري", "المري"),
        ("title-after-chain-2", "عبد الرحمن الزبيدي", "الزبيدي"),
        ("title-after-chain-3", "فهد بن ناصر العتيبي", "العتيبي"),
    ],
)
def test_the_person_named_with_a_rank_and_a_title_after_is_the_name(
    extractor: Extractor, style: str, doc_id: str, name: str, surname: str
) -> None:
    first, later = sources(extractor, DOCUMENTS[f"{doc_id}-{style}"])
    assert first[1:3] == (name, name)
    assert later[1:3] == (surname, name)


def test_a_name_chain_ends_before_a_title() -> None:
    document = DOCUMENTS["title-after-chain-2-shipped"]
    assert "العقيد عبد الرحمن الزبيدي قائد" in [chain.text for chain in name_chains(document)]
    chains = [chain.text for chain in name_chains(document, frozenset((normalize("قائد"),)))]
    assert "العقيد عبد الرحمن الزبيدي" in chains
    assert not any(chain.endswith("قائد") for chain in chains)
