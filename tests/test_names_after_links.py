"""A person's name never ends at بن، ابن or بنت: a name always follows them.

The entity tagger stops before a father's name that is also a common noun or a title (`سلطان بن | مساعد`, مساعد
"assistant"); the tagged span takes the word after the link, so the person's mention is `سلطان بن مساعد` and not
`سلطان بن`, which the entity table would otherwise keep as the canonical name of a document that names him no fuller
(seen on SaudiNewsNet articles in neither gold set: `جلوي بن عبدالعزيز بن` for every quote of the prince).

The sentence was written for the test (invented name and content). tests/data/entities/names_after_links.conllu holds
the parses of the bundled model (`-shipped`) and of session 23's GPU-trained news parser (`-gpu23`), each with the
tagger's span ending at بن; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import tag_spans
from quotes.mentions.tagged import find_tagged
from quotes.mentions.word_facts import WordReader

DOCUMENTS = entity_parses("names_after_links")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
def test_the_tagged_span_takes_the_name_after_a_final_link(extractor: Extractor, parser: str) -> None:
    document = DOCUMENTS[f"link-then-title-word-1-{parser}"]
    sentence = document.sentences[0]
    assert document.entity_tags is not None
    spans = tag_spans(document.entity_tags[0])
    assert [" ".join(word.text for word in sentence.words[first:last]) for first, last, _ in spans] == ["سلطان بن"]
    reader = WordReader(extractor.mention_finder.lexicons)
    found = [mention.span.text for mention in find_tagged(reader, sentence, spans, document.text)]
    assert found == ["سلطان بن مساعد"]
    assert sources(extractor, document) == [
        ("وأكد", "سلطان بن مساعد", "سلطان بن مساعد", None),
        ("وأضاف", "سموه", "سلطان بن مساعد", None),
    ]
