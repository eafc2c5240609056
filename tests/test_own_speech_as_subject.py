"""`ونقل عنه قوله إن …` ("his saying was reported"): a speech noun with a possessive pronoun glued to it (قوله،
تصريحها) is someone's words, never who said them; the cue has no subject and speaks for the person the pronoun
stands for. A relay that names its source (`ونقلت الوكالة عن الوزير … قوله إن`) keeps it.

The sentences were written for the test (invented names and content), after a UD Arabic-PUD dev sentence where
`قوله` was the speaker. tests/data/entities/own_speech_as_subject.conllu holds the parses (bundled model, entity tagger
on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "own_speech_as_subject.conllu"


def test_his_saying_is_no_speaker(extractor: Extractor) -> None:
    document = documents_by_id(PARSES)["his-saying-after-relay-pronoun"]
    assert sources(extractor, document)[-1] == ("ونقل", None, "خالد الشهري", "المدير العام")


def test_a_relay_keeps_its_named_source(extractor: Extractor) -> None:
    document = documents_by_id(PARSES)["relay-with-a-named-source"]
    assert sources(extractor, document) == [("ونقلت", "سامي الحربي", "سامي الحربي", "الوزير")]
