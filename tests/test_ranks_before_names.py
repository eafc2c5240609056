"""A rank before a name of two words: `وقال اللواء فضل حسن إن …` has the speaker `فضل حسن` and the role `اللواء`.

The speaker phrase finds the name by its given names (rules/lexicons/given_names.tsv); a first name that is also a
common word (`فضل`، `سالم`) is not listed, so the name once started at the family name (`حسن`, role `اللواء فضل`).
The proper noun right after a rank or title, which the parse hangs on it (flat, or as the genitive of a rank with the
article, which takes none) and on which the listed name hangs, opens the name. The spec: a rank next to a title stays
in the role, the name is the speaker.

Each sentence was written for the test (invented names and content), after records seen on SaudiNewsNet articles in
neither gold set. tests/data/entities/ranks_before_names.conllu holds the parses of the bundled model (`-shipped`) and
of session 23's GPU-trained news parser (`-gpu23`); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("ranks_before_names")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "cue", "name", "rank"),
    [("rank-then-name-1", "وأوضح", "سالم راشد", "العميد"), ("rank-then-name-2", "وقال", "فضل حسن", "اللواء")],
)
def test_the_whole_name_after_a_rank_speaks_and_the_rank_is_the_role(
    extractor: Extractor, parser: str, doc_id: str, cue: str, name: str, rank: str
) -> None:
    assert sources(extractor, DOCUMENTS[f"{doc_id}-{parser}"]) == [(cue, name, name, rank)]
