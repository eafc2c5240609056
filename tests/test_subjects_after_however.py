"""A sentence that opens with `غير أن`، `إلا أن`، `بيد أن` or `على أن` ("however") has its subject right after the أنّ,
before the verb: `غير أن مدير الشركة أكد أن …` is said by the company's director (issue 10). A small parser makes the
connective (غير) the verb's subject too, and the entity tagger may tag it a person; the quote then went to «غير». The
connective is never the source: the noun after its أنّ is (a pronoun there, `إلا أنه ينفي`, is left to the passes that
resolve a cue without a subject).

The sentences were written for the test (invented content), after the shape seen in SaudiNewsNet articles outside the
gold sets. tests/data/entities/connectives_perfects_negations.conllu holds the parses (bundled model, entity tagger on);
no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("connectives_perfects_negations")


def test_the_noun_after_the_connectives_an_is_the_speaker(extractor: Extractor) -> None:
    """`غير أن مدير الشركة أكد أن الأرباح ستتضاعف …`: the parse made غير the subject, and the tagger a person."""
    assert sources(extractor, DOCUMENTS["however-1"]) == [("أكد", "مدير الشركة", "مدير الشركة", "مدير الشركة")]


def test_a_subject_the_parse_got_right_stays(extractor: Extractor) -> None:
    """`…. غير أن مدير الأرصاد أكد أن …`: the same shape after a sentence of the writer's."""
    assert sources(extractor, DOCUMENTS["however-2"]) == [("أكد", "مدير الأرصاد", "مدير الأرصاد", "مدير الأرصاد")]
