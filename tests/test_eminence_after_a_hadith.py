"""`فضيلته` (his eminence) after a preacher quoted a hadith is the preacher (issue 10; the spec: `speaker_resolved` "the
canonical name of the source"; the shape of an error seen on SaudiNewsNet articles annotated in session 32, outside
the gold sets).

- The honorific pronoun is looked up as written before its و is taken off: `فضيلته` and `فخامته` open with their own
  ف (rules/lexicons/honorific_anaphors.tsv); read as ف + ضيلته it was no honorific, and the preacher quoted last was
  not asked for.
- The scholar a hadith's citation names (`«…» رواه البخاري`، `أخرجه الترمذي وصححه الألباني`:
  rules/lexicons/narration_verbs.tsv) is no person of the article: the entity tagger's person that opens with the
  verb of citation is left out, so no honorific stands for him.

The sentences were written for the test (invented names and content, hadiths as quoted in sermons).
tests/data/entities/eminence_after_a_hadith.conllu holds them as the bundled model parsed them (`quotes parse`, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("eminence_after_a_hadith")


def test_his_eminence_is_the_preacher_not_the_hadiths_compiler(extractor: Extractor) -> None:
    preacher = ("سامي العتيبي", "إمام وخطيب جامع النور")
    assert sources(extractor, DOCUMENTS["eminence-after-a-hadith"]) == [
        ("وقال", preacher[0], *preacher),
        ("مستشهدا", None, *preacher),
        ("وشدد", "فضيلته", *preacher),
    ]


def test_his_eminence_after_a_compiled_and_graded_hadith(extractor: Extractor) -> None:
    preacher = ("خالد المطيري", "الداعية")
    assert sources(extractor, DOCUMENTS["eminence-after-a-compiled-hadith"]) == [
        ("وأوضح", preacher[0], *preacher),
        ("ودعا", "فضيلته", *preacher),
    ]
