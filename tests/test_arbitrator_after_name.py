"""`المهندس فلان المحكم والخبير الهندسي`: the title before the name is only a title; the jobs after it are the role.

`المحكم` (the arbitrator) is a job (rules/lexicons/role_nouns.tsv); unlisted, the words after the name ran into it and
the role stayed `المهندس`, for the person's later quotes too.

Sentences written for the test (invented names), after a read-set record; tests/data/entities/arbitrator_after_name.conllu
holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor


def test_the_engineer_who_is_an_arbitrator_and_expert(extractor: Extractor) -> None:
    stressed, pointed = sources(extractor, entity_parses("arbitrator_after_name")["engineer-and-arbitrator"])
    assert stressed == ("وأكد", "سعود الحربي", "سعود الحربي", "المحكم والخبير الهندسي")
    assert pointed[2:] == ("سعود الحربي", "المحكم والخبير الهندسي")
