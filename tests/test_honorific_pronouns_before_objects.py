"""An honorific with its pronoun (`سموه`، `معاليه`، `فضيلته`: "his highness") names a person on its own; the noun after
it is the verb's object: `ووجه سموه البلدية بسرعة إنجاز …`، `ودعا معاليه المستشفيات إلى …` (issue 10). A small parser
hangs that noun under the honorific as if in construct, and the speaker phrase skipped the honorific (a title word) and
became the object (البلدية، المستشفيات). The honorific already holds its genitive, the pronoun, so the phrase is the
honorific alone, and coreference gives it the person named before (rules/lexicons/honorific_anaphors.tsv).

The sentences were written for the test (invented names and content), after the shape seen in SaudiNewsNet articles
outside the gold sets (`ووجه سموه الهيئة الملكية بـ …`، `وعبر جلالته عن …`). tests/data/entities/
honorific_pronouns_before_objects.conllu holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("honorific_pronouns_before_objects")


@pytest.mark.parametrize(
    ("doc_id", "cue", "honorific", "person"),
    [
        ("honorific-1", "ووجه", "سموه", "خالد بن فهد"),
        ("honorific-2", "ودعا", "معاليه", "ناصر العمري"),
    ],
)
def test_the_honorific_is_the_speaker_and_the_noun_after_it_is_not(
    extractor: Extractor, doc_id: str, cue: str, honorific: str, person: str
) -> None:
    [(found_cue, speaker, resolved, _role)] = sources(extractor, DOCUMENTS[doc_id])
    assert (found_cue, speaker, resolved) == (cue, honorific, person)
