"""Sources named again: a person the news came through who goes on speaking, "the same source", and a verb after a
relative pronoun spelled like a given name (issue 10; the spec: `speaker_resolved` "the canonical name of the source:
the fullest name the document gives"; shapes of errors seen on SaudiNewsNet articles annotated in session 32, outside
the gold sets).

- `…، بحسب المحلل فلان الذي أشرف على الإصدار. وقال إن …`: a person named after an according-to marker goes on
  speaking, so a later cue without a subject is his, not the minister's quoted before; a news agency after the marker
  does not (`بحسب وكالة الأنباء الرسمية. وقال`: the minister still). The verb `أشرف` after `الذي` is no given name
  (`Ashraf`), whatever the entity tagger read.
- `بحسب المصدر ذاته`، `بحسب المصدر نفسه`: where the text named no source by that word before, the source quoted last,
  of any kind (role_nouns.tsv column `same_source`); after `مصدر أمني` the same source, as before.

The sentences were written for the test (invented names and content). tests/data/entities/sources_said_again.conllu
holds them as the bundled model parsed them (`quotes parse`, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("sources_said_again")


def test_a_person_named_after_an_according_to_marker_goes_on_speaking(extractor: Extractor) -> None:
    analyst = ("ماركو فيرار", "المحلل")
    assert sources(extractor, DOCUMENTS["person-after-according-to"]) == [
        ("بحسب", analyst[0], *analyst),
        ("وقال", None, *analyst),
    ]
    assert sources(extractor, DOCUMENTS["person-after-according-to-after-a-quote"]) == [
        ("قال", "سامي العلي", "سامي العلي", "الوزير"),
        ("بحسب", analyst[0], *analyst),
        ("وقال", None, *analyst),
    ]


def test_an_agency_named_after_an_according_to_marker_does_not(extractor: Extractor) -> None:
    minister = ("سامي العلي", "الوزير")
    assert sources(extractor, DOCUMENTS["agency-after-according-to"]) == [
        ("قال", minister[0], *minister),
        ("بحسب", "وكالة الأنباء الرسمية", "وكالة الأنباء الرسمية", None),
        ("وقال", None, *minister),
    ]


def test_the_same_source_is_the_source_quoted_last(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["same-source-after-figures"]) == [
        ("وفق", "الأرقام الرسمية لهيئة الإحصاء", "هيئة الإحصاء", None),
        ("بحسب", "المصدر ذاته", "هيئة الإحصاء", None),
    ]
    assert sources(extractor, DOCUMENTS["same-source-after-a-ministry"]) == [
        ("وأعلنت", "وزارة الداخلية", "وزارة الداخلية", None),
        ("بحسب", "المصدر نفسه", "وزارة الداخلية", None),
    ]


def test_the_same_source_after_a_source_of_that_word_is_that_one(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["same-source-after-a-source"]) == [
        ("وقال", "مصدر أمني", "مصدر أمني", None),
        ("وأضاف", "المصدر", "مصدر أمني", None),
    ]
