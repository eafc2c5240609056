"""A short quotation right before a reporting verb, with no comma between, is the name or title of its subject, not
what was said: `وكان وزير الخارجية الأسبق «كمال الدين حسن» صرح … أن بلاده «ستدعم» …`، `“التعليم المستمر” تعلن …`.

The quote-first order (`«…»، قال فلان`) took any quotation of two words or more that closed right before the cue, so
the name became the content, and the verb's own أن-clause was lost. Without a comma or dash between, a quotation now
needs four words to be the speech before its cue; with one, two words still do. Speech of four words or more written
before its verb without a comma (`«سنعود أقوى في الموسم المقبل» قال قائد الفريق`) is still the quote (spec: names
and titles in quotation marks are not quotes).

Each sentence was written for the test (invented names and bodies), after three records on SaudiNewsNet articles
outside the gold sets (`وزير الداخلية الفرنسي «برنار كازنوف» صرح …`، `منظمة «مجموعة الأزمات الدولية» أعربت …`،
`“التدريب التقني” تعلن …`). tests/data/entities/quoted_name_before_its_verb.conllu holds each sentence twice: parsed
by the step-1,800 parser of MODEL.md's session 10 (`…-pud-style`, PUD's conventions) and by the bundled model
(`…-shipped`), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("quoted_name_before_its_verb")


def _without_speaker(found: list[tuple[str, str, str | None, str]]) -> list[tuple[str, str, str]]:
    return [(kind, cue, content) for kind, cue, _, content in found]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_the_verbs_clause_is_the_content_not_the_quoted_name(extractor: Extractor, style: str) -> None:
    found = quotes_found(extractor, DOCUMENTS[f"quoted-name-1-{style}"])
    assert _without_speaker(found) == [("mixed", "صرح", "أن بلاده «ستدعم» المبادرة الإقليمية")]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_quoted_title_before_its_verb_is_no_quote(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"quoted-name-3-{style}"]) == []


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_longer_speech_before_its_verb_is_still_the_quote(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"quote-first-1-{style}"]) == [
        ("direct", "قال", "قائد الفريق", "سنعود أقوى في الموسم المقبل")
    ]
