"""Where the parse gives a reporting verb no subject, the first noun after it is read as the speaker only if it can
speak: a name, a title, a body, a group, a medium, a statement (`وأعلنت | الوزارة في بيان أن …`). A common noun is the
verb's object (`ثم ذكر | مساوئها بأنها تؤخر النشر`، `يتمنى العودة`، `ستدعو أصدقاءها`), and the verb keeps the subject of
the clause it goes on (الكاتب سامي العتيبي).

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
that are in neither gold set. tests/data/entities/objects_of_subjectless_verbs.conllu holds the parses (bundled model,
entity tagger on), with the noun after the verb made its object (`obj`, where the model wrote `nsubj`) for the shape
of the parses those records had; no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "objects_of_subjectless_verbs.conllu"


def test_a_common_noun_after_the_verb_is_its_object(extractor: Extractor) -> None:
    writer = "سامي العتيبي"
    assert sources(extractor, documents_by_id(PARSES)["object-after-a-subjectless-verb"]) == [
        ("قال", writer, writer, "الكاتب"),
        ("ذكر", None, writer, "الكاتب"),
    ]


def test_a_body_after_the_verb_is_its_speaker(extractor: Extractor) -> None:
    found = sources(extractor, documents_by_id(PARSES)["body-after-a-subjectless-verb"])
    assert [(cue, speaker) for cue, speaker, _, _ in found] == [("وأعلنت", "الوزارة")]
