"""`حواره الأخير، الذي أكد فيه أن …`: a relative clause that takes its noun back as a pronoun after في، خلال، عبر
(`فيه`، `فيها`، `خلاله`) says where something was said, not who said it (issue 10). The noun is an interview, a
statement or a talk, and its speaker is the one it belongs to: the source in construct with it (`تصريحات الوزير …
التي أكد فيها`، `حديث رئيس الهيئة … الذي أوضح فيه`), or, for `حواره` with its pronoun, the subject of the clause the
noun is in (`وكان المهاجم … قد أثار جدلا على خلفية حواره …، الذي أكد فيه`). A relative clause with no such pronoun
still describes a source who speaks (`وقال الوزير … الذي زار المستشفى أمس إن …`). The shape was seen on SaudiNewsNet
articles annotated in session 34 outside the gold sets, where the interview or the agency it was given to stood as the
speaker.

The sentences were written for the test (invented names and content). tests/data/entities/said_in_the_interview.conllu
holds them as the bundled model parsed them (`quotes parse`, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("said_in_the_interview")


def test_the_interview_belongs_to_the_subject_of_its_clause(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["owner-subject"]) == [("أكد", "خالد الشمري", "خالد الشمري", "المهاجم")]


def test_the_statements_belong_to_the_minister_in_construct_with_them(extractor: Extractor) -> None:
    ((cue, _, resolved, role),) = sources(extractor, DOCUMENTS["owner-in-construct"])
    assert (cue, resolved, role) == ("أكد", "أنس الصالح", "وزير المالية الكويتي")


def test_the_agency_the_talk_was_given_to_is_not_who_talked(extractor: Extractor) -> None:
    ((cue, _, resolved, role),) = sources(extractor, DOCUMENTS["owner-of-the-talk"])
    assert (cue, resolved) == ("أوضح", "ماجد العتيبي")
    assert role is not None and role.startswith("رئيس هيئة السياحة")


def test_a_relative_clause_about_the_minister_leaves_him_the_speaker(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["the-minister-who-said"]) == [("وقال", "فراس الهواري", "فراس الهواري", "وزير الصحة الأردني")]
