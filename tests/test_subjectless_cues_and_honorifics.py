"""Whom a cue without a subject of its own speaks for, when the sentence before it names someone who cannot be it
(issue 10; shapes of speaker errors on SaudiNewsNet articles annotated in session 30, outside the gold sets).

- A feminine singular verb never leaves out a subject of people in the plural: `ونسبت الصحيفة إلى خبراء قولهم …. وأضافت`
  is the newspaper. News writes a masculine singular verb for them carelessly (`وقال الشهود …. وأشار`), so only the
  feminine one passes them over; plurals of things take it (`وقالت مصادر …. وأضافت`).
- A participle after a clause whose subject a demonstrative points at, a thing the text spoke of (`وسيضاف هذا
  المهرجان …، مؤكدا`), does not speak for it; after a body the lexicons miss (`نفت الشئون الصحية …، مؤكدة`) it does.
- An honorific right after a participle is its subject (`مؤكدا سموه`، `مشيرا معاليه`): the person it stands for, and
  `معاليه` never for the king the speech thanked (`الملك سلمان` is جلالته: honorifics.tsv, column `honoured`).

The sentences were written for the test (invented names and content).
tests/data/entities/subjectless_cues_and_honorifics.conllu holds them as the bundled model parsed them (`quotes parse`,
entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("subjectless_cues_and_honorifics")


def test_a_feminine_cue_without_subject_is_not_the_analysts_a_newspaper_quoted(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["feminine-cue-after-plural-people"]) == [
        ("ونسبت", "خبراء اقتصاديين", "خبراء اقتصاديين", None),
        ("وأضافت", None, "صحيفة الغارديان", None),
    ]


def test_a_masculine_cue_after_witnesses_still_speaks_for_them(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["masculine-cue-after-plural-people"])[-1] == ("وأشار", None, "شهود عيان", None)


def test_a_feminine_cue_after_sources_speaks_for_them(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["feminine-cue-after-plural-things"])[-1] == ("وأضافت", None, "مصادر مطلعة", None)


def test_a_participle_after_a_festival_pointed_at_speaks_for_the_person_quoted_before(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["participle-after-a-thing-pointed-at"]) == [("مؤكدا", None, "سعد القحطاني", "رئيس الجمعية")]


def test_a_participle_after_a_body_the_lexicons_miss_speaks_for_it(extractor: Extractor) -> None:
    body = "الشئون الصحية بالمنطقة"
    assert sources(extractor, DOCUMENTS["participle-after-an-unlisted-body"])[-1] == ("مؤكدة", None, body, None)


def test_an_honorific_after_a_participle_is_its_subject(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["participle-with-highness"]) == [("مؤكدا", "سموه", "فيصل بن خالد", "أمير المنطقة")]


def test_his_excellency_is_not_the_king_the_speech_thanked(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["excellency-after-the-king-was-thanked"]) == [
        ("مشيرا", "معاليه", "ناصر العتيبي", "مدير الجامعة الدكتور")
    ]
