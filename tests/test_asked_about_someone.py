"""Whom a source is asked about is not who answers: `وحين يسأل عن المحافظ فهد العتيبي يجيب مؤكدا "…"` goes on
quoting the police chief named before, not the governor. The name after a definite noun that عن governs is that
noun's name, even where the parse hung it from the verb as its subject (`drafts.words.could_be_source`), and no
subject-less cue takes it as the person its sentence names (`speakers.names.named_person_before`; a person reached
with مع, `تواصلت الصحيفة مع فلان فأكد`, still answers).

The sentences were written for the test (invented names and content), after records seen on a SaudiNewsNet article
that is in neither gold set. tests/data/entities/asked_about_someone.conllu holds the parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("asked_about_someone")


def test_the_police_chief_answers_about_the_governor(extractor: Extractor) -> None:
    chief, role = "سامي الحربي", "قائد الشرطة العميد"
    assert sources(extractor, DOCUMENTS["asked-about-the-governor"]) == [
        ("قال", chief, chief, role),
        ("مؤكدا", None, chief, role),
        ("فيقول", None, chief, role),
    ]


def test_the_player_answers_about_the_coach(extractor: Extractor) -> None:
    player = "ماجد الشهري"
    assert sources(extractor, DOCUMENTS["asked-about-the-coach"]) == [
        ("أكد", player, player, "اللاعب"),
        ("قائلا", None, player, "اللاعب"),
    ]
