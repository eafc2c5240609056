"""Indirect content ends before the speaker's next report: و and a verb of reporting in the past that agrees with the cue.

`وقالت الحكومة أمس إن الاقتراع "جرى بنزاهة" وعبرت عن ارتياحها …`: the narrator tells what the government did next; the
content ran on through it. In the dev and read gold a verb of reporting after و that agrees with the cue in gender and
number ends the content 79 times and stands inside one once (`quotes.drafts.content`). A verb that agrees with another
subject inside what was said (`وقال الوزير إن اللجنة اجتمعت … وعبرت عن …`) is part of it.

Sentences written for the test (invented content), after a read-set record; tests/data/entities/speakers_next_report.conllu
holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, quotes_resolved
from quotes.api import Extractor


def test_the_governments_next_act_is_its_own_report(extractor: Extractor) -> None:
    said, expressed = quotes_resolved(extractor, entity_parses("speakers_next_report")["government-said-then-expressed"])
    assert said == ("mixed", "وقالت", "الحكومة", 'إن الاقتراع "جرى بنزاهة"')
    assert expressed[1:3] == ("وعبرت", "الحكومة")


def test_what_the_committee_did_is_part_of_what_the_minister_said(extractor: Extractor) -> None:
    (said,) = quotes_resolved(extractor, entity_parses("speakers_next_report")["minister-reports-the-committee"])
    assert said[3] == "إن اللجنة اجتمعت أمس وعبرت عن ارتياحها لنسبة المشاركة"
