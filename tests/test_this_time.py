"""`وادعى هذه المرة أن …` ("this time he claimed"): `المرة` is a time word like `الفترة`، `الموسم`, never the source;
the cue has no subject and speaks for the person quoted before it.

The sentence was written for the test (invented name and content), after a UD Arabic-PUD dev sentence where `هذه
المرة` was the speaker. tests/data/entities/this_time.conllu holds the parse (bundled model, entity tagger on); no model
is loaded.
"""

from __future__ import annotations

from pathlib import Path

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "this_time.conllu"


def test_this_time_is_no_speaker(extractor: Extractor) -> None:
    document = documents_by_id(PARSES)["this-time-before-the-complementizer"]
    assert sources(extractor, document)[-1] == ("وادعى", None, "سامي الخطيب", "الوزير")
