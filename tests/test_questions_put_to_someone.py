"""A reply to a question put to someone: `وعند سؤال وجهته «الوطن» لأحد العاملين …، أجاب قائلا إن …`.

A reply verb without a subject (`أجاب`، `أجابت`، `فأجاب`، `ردّ`) after a question in its sentence is the answer of the
one the question was put to, not of the person quoted last: the phrase after the question noun's ل (`سؤال وجهته
«الوطن» | لأحد العاملين في قسم الطوارئ | عن …`), the object of the question verb (`وسألت «الرياض» | أحد سكان الحي`,
`سأل الصحفيون | الوزير`: the minister named before), the subject of its passive (`سئل | أحد المعلمين …`). The paper
that asks is never the one asked (`في رده على سؤال لـ«الشرق»`: the paper asked; the reply is the person's quoted
before), nor is a pronoun read (`وعند سؤاله عن …`: the person named before, by recency); a participle after the reply
(`مضيفا`) follows its verb; a reply with a subject of its own keeps it. The words are data:
rules/lexicons/questions.tsv.

The sentences were written for the test after a record seen on a read set (a hospital worker's answer given to a
former president named earlier); tests/data/entities/questions_put_to_someone.conllu holds their parses by the bundled
model; no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("questions_put_to_someone")


def test_the_paper_asks_a_man_and_he_answers_and_goes_on(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["asked-by-paper-masculine"]) == [
        ("وقال", "سعيد الحارثي", "سعيد الحارثي", "مدير المستشفى"),
        ("أجاب", None, "أحد العاملين في قسم الطوارئ", None),
        ("مضيفا", None, "أحد العاملين في قسم الطوارئ", None),
    ]


def test_the_paper_asks_a_woman_with_the_question_it_put_to_her(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["asked-by-paper-feminine"]) == [
        ("وأوضح", "ناصر العمري", "ناصر العمري", "رئيس البلدية"),
        ("أجابت", None, "إحدى المعلمات في المدرسة", None),
    ]


def test_the_object_of_the_papers_question_verb_answers(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["paper-asks-with-verb"])[1] == ("فأجاب", None, "أحد سكان الحي", None)


def test_the_one_asked_by_the_verb_is_the_minister_named_before(extractor: Extractor) -> None:
    # the contractor is quoted between the minister and the question; سأل is cut س + أل by the tokenizer
    assert sources(extractor, DOCUMENTS["asked-named-before"])[2] == ("رد", None, "سامي القحطاني", "وزير النقل")


def test_the_subject_of_the_passive_question_answers(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["asked-passive"])[1] == ("أجاب", None, "أحد المعلمين في المدرسة", None)


def test_the_pronoun_of_the_question_is_the_person_named_before(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["asked-pronoun"])[1] == ("أجاب", None, "ماجد الشمري", "المهندس")


def test_the_paper_whose_question_is_answered_is_never_the_answerer(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["paper-is-asker"])[1] == ("أجاب", None, "عادل المطيري", "رئيس الجامعة")


def test_a_reply_with_its_own_subject_keeps_it(extractor: Extractor) -> None:
    # the minister named before is the one asked, but the undersecretary answers
    assert sources(extractor, DOCUMENTS["reply-own-subject"])[1] == ("أجاب", "فيصل الحربي", "فيصل الحربي", "وكيل الوزارة")
