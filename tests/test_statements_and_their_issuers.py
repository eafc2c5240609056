"""A statement named again by its noun (`التقرير`، `الدراسة`) speaks for whoever issued the latest statement of that
noun: a body that published a report (`نشرت شركة … تقريرا … وأوضح التقرير`) though an unissued report of the same
noun came before it (`كشف تقرير جديد`: the `entity` sieve takes the table's statement over the resolver's), and a body
that did the act of issuing it (`قامت الهيئة بإعداد دراسة`: the verbal nouns of rules/lexicons/issuing_nouns.tsv).
What a study is about is no issuer (`دراسة عن سوق الأعلاف`), and nothing in what a report said is its issuer (`وقال
التقرير إن من واحد إلى ثلاثة …`: quotes.mentions.documents). Issue 10; the shapes were seen on SaudiNewsNet articles
annotated in sessions 31–37 outside the gold sets (read in session 39).

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
