"""`وألقى الوزير فلان كلمة قال فيها إن …`: the speech is where it was said; who gave it speaks.

A cue in a clause that describes an indefinite noun without a relative pronoun speaks for that noun (`نبوءة تقول إن`),
but one that takes the noun back with `فيها`/`خلالها` says something within it: the speech, a statement, an interview,
not a source. The cue then has no subject of its own, and whoever gave the speech, the subject of the verb whose object
it is, speaks (`quotes.drafts.subject.described`, `statement_issuer_hint`), as with a relative pronoun (`الذي أكد فيه`).

Sentences written for the test (invented names), after a read-set record; tests/data/entities/speech_given.conllu holds
their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor


@pytest.mark.parametrize(
    ("doc_id", "cue", "speaker", "role"),
    [
        ("preacher-speech", "أشار", "سليمان الهاجري", "الداعية"),
        ("minister-speech", "قال", "أحمد الفارس", "وزير التعليم"),
    ],
)
def test_who_gave_the_speech_speaks(extractor: Extractor, doc_id: str, cue: str, speaker: str, role: str) -> None:
    (said,) = sources(extractor, entity_parses("speech_given")[doc_id])
    assert said == (cue, None, speaker, role)
