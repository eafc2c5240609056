"""A name in the reporting verb's own complement is not its speaker: `وأشار أردوغان إلى لقائه بنظيره الروسي فلاديمير
بوتين، قائلا: «…»` is Erdoğan's. The speaker's phrase read between the cue and the content ends where the verb's
prepositional complement begins (إلى، على، عن, the parse's `obl` of the cue) when the subject before it is a name.
Before, the words up to the quotation were read as a title and a name, and the speaker was the man he met (role
`أردوغان إلى لقائه بنظيره الروسي`), as on a SaudiNewsNet article outside the gold sets (`وأشار إردوغان إلى لقائه
بنظيره الأميركي باراك أوباما، قائلاً: «…»`).

The sentence was written for the test (public names, invented content); tests/data/entities/names_in_the_cues_complement.conllu
holds the parses of both parsers (the bundled one and session 23's GPU-trained one); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("names_in_the_cues_complement")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
def test_the_subject_speaks_not_the_name_in_the_complement(extractor: Extractor, parser: str) -> None:
    assert sources(extractor, DOCUMENTS[f"complement-name-1-{parser}"]) == [("وأشار", "أردوغان", "أردوغان", None)]
