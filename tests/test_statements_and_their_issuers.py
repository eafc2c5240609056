"""A statement named again by its noun (`التقرير`، `الدراسة`) speaks for whoever issued the latest statement of that
noun: a body that published a report (`نشرت شركة … تقريرا … وأوضح التقرير`) though an unissued report of the same
noun came before it (`كشف تقرير جديد`: the `entity` sieve takes the table's statement over the resolver's), and a body
that did the act of issuing it (`قامت الهيئة بإعداد دراسة`: the verbal nouns of rules/lexicons/issuing_nouns.tsv).
What a study is about is no issuer (`دراسة عن سوق الأعلاف`), and nothing in what a report said is its issuer (`وقال
التقرير إن من واحد إلى ثلاثة …`: quotes.mentions.documents). A title that issued a statement is the person its
phrase names (`أصدر وزير الصحة الدكتور فلان تعميما`), also in a past perfect whose subject the parse gave كان and
after an aside that made the object an adverbial (`وكان … قد أصدر، الأسبوع الماضي، تعميما`); a study conducted by a
body (`دراسة أجرتها جامعة …`) is that body's. Issue 10; the shapes were seen on SaudiNewsNet articles annotated in
sessions 31–37 and 40 outside the gold sets (read in sessions 39 and 40).

The sentences were written for the test (invented names and content).
tests/data/entities/statements_and_their_issuers.conllu holds them as the bundled model parsed them (`quotes parse`,
entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("statements_and_their_issuers")


def test_a_report_named_again_is_the_one_a_company_published_since(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["report-published-before"]) == [
        ("كشف", "تقرير جديد", "تقرير جديد", None),
        ("وأوضح", "التقرير", "شركة الاستشارات الألمانية", None),
    ]


def test_a_study_is_the_bodys_that_prepared_it(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["study-prepared"]) == [("وأوضحت", "الدراسة", "هيئة الإحصاء الوطنية", None)]


def test_what_a_study_is_about_did_not_issue_it(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["study-about"]) == [("وذكرت", "الدراسة", "مركز البحوث الزراعية", None)]


def test_a_figure_in_what_a_report_said_is_no_issuer(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["report-said-a-figure"]) == [
        ("حذر", "أطباء", "أطباء", None),
        ("وقال", "التقرير", "التقرير", None),
    ]


def test_a_circular_is_the_named_minister_who_issued_it(extractor: Extractor) -> None:
    assert [source[:3] for source in sources(extractor, DOCUMENTS["circular-of-a-named-minister"])] == [
        ("وأشار", "التعميم", "فهد الربيعة")
    ]


def test_a_circular_issued_in_a_past_perfect_after_an_aside(extractor: Extractor) -> None:
    assert [source[:3] for source in sources(extractor, DOCUMENTS["circular-issued-before"])] == [
        ("وأوضح", "التعميم", "سعد العمري")
    ]


def test_a_study_is_the_university_that_conducted_it(extractor: Extractor) -> None:
    assert [source[:3] for source in sources(extractor, DOCUMENTS["study-conducted-by"])] == [
        ("وذكرت", "دراسة أجرتها جامعة الملك عبدالعزيز", "جامعة الملك عبدالعزيز"),
        ("وأضافت", "الدراسة", "جامعة الملك عبدالعزيز"),
    ]
