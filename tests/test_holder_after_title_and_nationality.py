"""A title, a comma, a nationality and a name: the name holds the title (`مدرب ريال بيتيس، البرتغالي جورج سيلفا`).

`ولا يزال مدرب ريال بيتيس، البرتغالي جورج سيلفا يؤكد اهتمامه …، وأكد …`: the cue hangs from يزال, whose subject the
parse split in two (the title, then the nationality); reading the phrase from the title, the comma ended it and no
listed given name showed where a name starts, so the bare title went to the coach quoted before. A nationality after a
comma before a proper noun continues the phrase and opens the holder's name; the nationality is no part of the role
(`quotes.speakers.names.phrase_between`).

Sentences written for the test (invented names), after a read-set record; tests/data/entities/
holder_after_title_and_nationality.conllu holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor


def test_the_coach_named_after_his_title_and_nationality(extractor: Extractor) -> None:
    document = entity_parses("holder_after_title_and_nationality")["coach-set-off-with-his-nationality"]
    first, stresses, confirmed = sources(extractor, document)
    assert first[2] == "سامي الفهد"
    assert stresses == ("يؤكد", None, "جورج سيلفا", "مدرب ريال بيتيس")
    assert confirmed == ("وأكد", None, "جورج سيلفا", "مدرب ريال بيتيس")
