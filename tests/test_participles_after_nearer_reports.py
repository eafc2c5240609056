"""A participle the parse hung on the sentence's first verb goes on with the report nearest before it (issue 10; the
shape of speaker errors on SaudiNewsNet articles annotated in session 30, outside the gold sets).

`نفت وزارة الصحة الخبر، وأكد مدير الإعلام في الوزارة سامي العتيبي أن …، مضيفا: …`: the parse makes `مضيفا` depend
on `نفت`, but it adds to what the director confirmed, not to the ministry's denial. A report inside the speech of the
verb the participle depends on (`قال الوزير إن الشركة أعلنت أن …، مؤكدا أن …`: the minister relays the company) is no
nearer report: the participle stays the minister's. `متابعا` with a noun or a phrase after it follows someone (`الذي كان
متابعا لي في كل صغيرة وكبيرة`): no report, nor a nearer one for the participle after it.

The sentences were written for the test (invented names and content).
tests/data/entities/participles_after_nearer_reports.conllu holds them as the bundled model parsed them (`quotes
parse`, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("participles_after_nearer_reports")


def test_a_participle_goes_on_with_the_nearer_report(extractor: Extractor) -> None:
    director = ("سامي العتيبي", "مدير الإعلام في الوزارة")
    assert sources(extractor, DOCUMENTS["participle-after-a-nearer-report"]) == [
        ("نفت", "وزارة الصحة", "وزارة الصحة", None),
        ("وأكد", director[0], *director),
        ("مضيفا", None, *director),
    ]


def test_a_report_the_speaker_relays_is_no_nearer_report(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["participle-after-a-report-inside-a-quote"])[-1] == ("مؤكدا", None, "خالد الفهد", "الوزير")


def test_following_someone_is_no_report(extractor: Extractor) -> None:
    engineer = ("سامي بن فهد العتيبي", "المهندس")
    assert sources(extractor, DOCUMENTS["following-up-is-no-report"]) == [("وقال", "سامي", *engineer), ("مضيفا", None, *engineer)]
