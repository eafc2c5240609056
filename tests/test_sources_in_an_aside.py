"""`ومن الأهداف الرئيسية لـ«مهارات»، بحسب الخالدي، العمل على أن …`: an according-to marker and its source set off by
commas are an aside; what follows the second comma is the clause they source, whatever the parse hung on the
source (session 23's GPU-trained news parser hung the clause on the source's name on an unseen SaudiNewsNet
article, and the quote was lost: nothing was left after the source). And `بإشراف سعد الخالدي` ("supervised by"):
the words before بإشراف/برئاسة are no title of the name after it (`برنامج «مهارات» لطلاب المرحلة الثانوية`).

The sentences were written for the test (invented names and content). tests/data/entities/sources_in_an_aside.conllu
holds the parses of both parsers, and `aside-source-33-hand`: the GPU parse with the heads set by hand to that
parser's reading of the same shape on the unseen article (العمل hung on الخالدي, the sentence rooted at الأهداف);
no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("sources_in_an_aside")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", (*PARSERS, "hand"))
def test_the_clause_after_an_aside_is_what_it_sources(extractor: Extractor, parser: str) -> None:
    (quote,) = extractor.extract_parsed(DOCUMENTS[f"aside-source-33-{parser}"])
    assert (quote.type, quote.cue.text, quote.speaker_resolved.text if quote.speaker_resolved else None) == (
        "according_to",
        "بحسب",
        "سعد الخالدي",
    )
    assert quote.content.text.startswith("العمل على أن يكون التدريب المهني")


@pytest.mark.parametrize("parser", (*PARSERS, "hand"))
def test_what_a_name_supervises_is_no_title_of_it(extractor: Extractor, parser: str) -> None:
    assert [role for _, _, _, role in sources(extractor, DOCUMENTS[f"aside-source-33-{parser}"])] == [None]


@pytest.mark.parametrize("parser", PARSERS)
def test_an_aside_after_a_quoted_source_keeps_its_role(extractor: Extractor, parser: str) -> None:
    assert [(cue, resolved, role) for cue, _, resolved, role in sources(extractor, DOCUMENTS[f"aside-source-34-{parser}"])] == [
        ("وقال", "فهد المطيري", "مدير المرور العميد"),
        ("بحسب", "فهد المطيري", "مدير المرور العميد"),
    ]
