"""`…، والتي يقولون إنها …`: a relative pronoun whose verb cannot take it as its subject (a masculine plural after التي,
a masculine singular after it) is the verb's object, however the parse joined the clause (with و, as a conjunct of
the sentence's verb); the speaker is the one the verb carries, the people named before it, not the thing the pronoun
stands for (`quotes.drafts.relatives.verb_disagrees`, `quotes.drafts.subject_mention.grow_mention`). A pronoun the
verb agrees with still speaks for its noun (`بالشركة، والتي أكدت أنها …`).

The tagger reads about one plural imperfect in ten as a singular; the parser gives it its number back from its
writing (`quotes.verb_person.plural_imperfect`), as tests/test_news_parser_shapes.py shows.

Sentences written for the test (invented content), after records on the read SaudiNewsNet sets and an unseen article;
tests/data/entities/relative_pronoun_the_verb_disagrees_with.conllu holds their parses (bundled model, entity tagger
on).
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("relative_pronoun_the_verb_disagrees_with")


def test_economists_say_it_of_the_rents_they_named(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["they-say-of-the-rents"]) == [("يقولون", None, "الاقتصاديون", None)]


def test_deputies_say_it_of_the_plan_they_criticised(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["deputies-say-of-the-plan"]) == [("يقولون", None, "النواب", None)]


def test_the_minister_said_it_of_the_plan(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["the-minister-said-of-the-plan"]) == [("قال", None, "الوزير", "الوزير")]


def test_a_company_the_verb_agrees_with_speaks(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["the-company-confirmed"]) == [("أكدت", "الشركة", "الشركة", None)]
