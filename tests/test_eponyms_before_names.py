"""A body named after a king or a prince (`مستشفى الملك خالد التخصصي للعيون`، `صندوق الأمير فيصل بن فهد لدعم الشباب`)
inside a title does not name the speaker: where the body's name runs on after its eponym, the speaker's name starts at
the next given name that opens a name (`… للعيون ماجد الحربي`), and the title is the whole phrase before it.

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
that are in neither gold set (مركز الملك سلمان للإغاثة …، صندوق الأمير سلطان بن عبدالعزيز لتنمية المرأة).
tests/data/entities/eponyms_before_names.conllu holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "eponyms_before_names.conllu"


@pytest.mark.parametrize(
    ("doc_id", "cue", "name", "title"),
    [
        ("eponym-body-then-spokesman", "أوضح", "ماجد الحربي", "المتحدث الرسمي باسم مستشفى الملك خالد التخصصي للعيون"),
        ("eponym-fund-then-secretary", "أكد", "سامي العتيبي", "الأمين العام لصندوق الأمير فيصل بن فهد لدعم الشباب"),
    ],
)
def test_the_person_after_a_body_named_for_a_king(extractor: Extractor, doc_id: str, cue: str, name: str, title: str) -> None:
    assert sources(extractor, documents_by_id(PARSES)[doc_id]) == [(cue, name, name, title)]
