"""A subject-less participle at the start of a document's quotes (`جاء ذلك خلال كلمته …، مؤكداً أن …`) goes on from
the person who acts in the sentences before, even where that person's name stands in quotation marks (`هنأ رئيس
الهيئة "سعد بن ناصر القحطاني" …`, the entity tagger reading it as a person). What the person praised or thanked
(`أشاد بالتعاون ووحدة الصف`، `شكر الله على نعمة الأمن ووحدة والتفاف الشعب`) acts in nothing: a body's head noun after
a preposition, or one without the article and without its genitive, names no source there. Issue 10; the shape was
seen on a SaudiNewsNet article annotated in session 36 outside the gold sets.

The sentences were written for the test (invented names and content).
tests/data/entities/actors_before_subjectless_cues.conllu holds them as the bundled model parsed them (`quotes
parse`, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("actors_before_subjectless_cues")


def test_the_head_named_in_marks_goes_on_speaking(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["head-of-the-authority-in-marks"]) == [
        ("مؤكداً", None, "سعد بن ناصر القحطاني", "رئيس الهيئة الوطنية للتراث"),
    ]


def test_what_the_director_praised_does_not_speak(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["university-director-praised-unity"]) == [
        ("مشيراً", None, "حسام زمان", "مدير جامعة الطائف الدكتور"),
    ]
