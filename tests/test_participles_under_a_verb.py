"""A participle cue (`معربا عن أمله في أن …`) goes on the verb it hangs from, whatever relation the parse gave it (an
object here, not the conj/advcl the rules bind as `main`): its speaker is that verb's subject, a family name of a
person the text named in full (`وقدم خلالها العتيبي واجب العزاء، معربا …` after `الدكتور سامي العتيبي`), not the last
person the sentence names before it (the deceased, `خالد بن سعد الحربي`).

The sentence was written for the test (invented names and content), after a record seen on a SaudiNewsNet article
that is in neither gold set. tests/data/entities/participles_under_a_verb.conllu holds the parse (bundled model, entity
tagger on), with the participle hung from the verb before it as its object and the family name tagged a noun (the
model hung the participle from the sentence's first verb): the shape of that record's parse; no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "participles_under_a_verb.conllu"


def test_a_participle_speaks_for_the_subject_of_its_verb(extractor: Extractor) -> None:
    assert sources(extractor, documents_by_id(PARSES)["participle-under-a-verb"]) == [
        ("معربا", None, "سامي العتيبي", "محافظ العلا الدكتور")
    ]
