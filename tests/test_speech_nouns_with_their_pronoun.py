"""`ختم كلامه بأن …`: a speech noun with its possessive pronoun (كلامه، حديثه، تصريحها) is someone's words, never who
said them, whatever the parse made the verb's subject; كلام is one of the speech nouns (rules/lexicons/speech_nouns.tsv).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/speech_nouns_with_their_pronoun.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

from conftest import entity_parses
from quotes.api import Extractor


def test_his_words_are_not_the_speaker(extractor: Extractor) -> None:
    [quote] = extractor.extract_parsed(entity_parses("speech_nouns_with_their_pronoun")["concluded-his-words"])
    assert quote.cue.text == "ختم"
    assert quote.speaker is None or "كلام" not in quote.speaker.text
