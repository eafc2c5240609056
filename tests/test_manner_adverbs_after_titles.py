"""`وقال المتحدث هاتفيا إن …`: an adverb of manner (rules/lexicons/subject_adverbials.tsv, column manner) that the tagger
calls a proper noun right after a title starts no person's name (`quotes.mentions.names`): the spokesman speaks, by
phone, and `هاتفيا` was the speaker, its title the role. After a name it ends the name, as before.

Sentences written for the test (invented content); tests/data/entities/manner_adverbs_after_titles.conllu holds their
parses (bundled model, entity tagger on; `هاتفيا` a proper noun in both).
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("manner_adverbs_after_titles")


def test_an_adverb_after_a_title_is_no_name(extractor: Extractor) -> None:
    [(cue, speaker, _, _)] = sources(extractor, DOCUMENTS["the-spokesman-by-phone"])
    assert (cue, speaker) == ("وقال", "المتحدث")


def test_an_adverb_after_a_name_ends_it(extractor: Extractor) -> None:
    [(cue, speaker, _, role)] = sources(extractor, DOCUMENTS["the-doctor-by-phone"])
    assert (cue, speaker, role) == ("وأوضح", "ماجد الشهري", "الدكتور")
