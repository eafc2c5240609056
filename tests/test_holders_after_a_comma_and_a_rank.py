"""A title, a comma, then the rank and the name of its holder, then where he spoke (`وأوضح المتحدث الرسمي لإدارة
المرور بالمحافظة، المقدم علي سالم آل منصور في تصريح صحفي، أن …`): the speaker is the name and the role the title
with the rank (the contract's settled case: a rank next to a title stays in the role), as when a comma ends the name.
Before, the circumstance after the name (`في تصريح صحفي`، `في بيان صحفي`) kept the phrase after the comma from
being read as a rank and a name, so the title was the speaker and the name its role; and `علي`, written with ي
before a proper noun, was read as the preposition على, not the name it opens. Both as on a SaudiNewsNet article
outside the gold sets (`وأوضح المتحدث الرسمي لمديرية الدفاع المدني بالمنطقة، المقدم علي عمير آل جرمان في تصريح
صحفي، أنه …`).

The sentences were written for the test (invented names and content); tests/data/entities/holders_titles_datelines.conllu
holds the parses of both parsers (the bundled one and session 23's GPU-trained one); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("holders_titles_datelines")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "cue", "speaker", "role"),
    [
        ("comma-rank-name-1", "وأوضح", "علي سالم آل منصور", "المتحدث الرسمي لإدارة المرور بالمحافظة، المقدم"),
        ("comma-rank-name-2", "وأكد", "فهد محمد الحارثي", "مدير الدفاع المدني بالمنطقة، العقيد"),
    ],
)
def test_the_name_after_the_comma_holds_the_title(
    extractor: Extractor, parser: str, doc_id: str, cue: str, speaker: str, role: str
) -> None:
    assert sources(extractor, DOCUMENTS[f"{doc_id}-{parser}"]) == [(cue, speaker, speaker, role)]
