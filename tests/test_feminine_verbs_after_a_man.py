"""`أعلنت شركة … وقال الرئيس التنفيذي للشركة فلان "…"، وقالت إنها …`: a feminine verb that the parse hung on the
man's verb before it is no word of his; the sieve that lets a participle go on with its verb's source (`same_cue`)
passes it over where the genders differ, and the feminine verb goes on with the company
(`quotes.coreference.quote_sieves`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/feminine_verbs_after_a_man.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor


def test_the_feminine_verb_goes_on_with_the_company(extractor: Extractor) -> None:
    _, chief, company = sources(extractor, entity_parses("feminine_verbs_after_a_man")["company-after-its-chief"])
    assert chief[2] == "جون سميث"
    assert (company[0], company[2]) == ("وقالت", "شركة شل")
