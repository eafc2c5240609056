"""A parse cache without entity tags, read with the tagger on (`quotes extract --ner`), gives the records the same
cache gives when it was written with the tags: the tags reach every step that reads them, the draft assembler's
speaker rules as well as the mention finders. `وذكر فراس الخطيبه بأن …`: the parse splits the family name
(الخطيب + ه) and hangs the pronoun on it; the tagger's person `فراس الخطيبه` keeps the speaker whole, and without the
tags in the assembler the speaker was `فراس` alone. With the tagger off (`--no-ner`) no step reads tags, whether the
cache holds them or not.

Each sentence was written for the test (invented names and content), after a record of an SNN dev article read from a
cache without tags. tests/data/entities/tags_of_an_untagged_cache.conllu holds the parses (bundled model, entity
tagger on); the test's tagger hands back those tags, so no model is loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import attrs
import pytest

from conftest import documents_by_id
from quotes.api import Extractor
from quotes.grammar import Grammar
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "tags_of_an_untagged_cache.conllu"


class _KnownTags:
    """A tagger that gives each document the tags its parse was written with (found by its words)."""

    def __init__(self, documents: Sequence[ParsedDocument]) -> None:
        self.known = {
            tuple(tuple(word.text for word in sentence.words) for sentence in document.sentences): document.entity_tags
            for document in documents
        }

    def tag_documents(self, documents: Sequence[Sequence[Sequence[str]]]) -> list[list[tuple[str, ...]]]:
        return [list(self.known[tuple(tuple(words) for words in document)] or ()) for document in documents]


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


def _records(extractor: Extractor, document: ParsedDocument) -> list[dict[str, object]]:
    return [quote.to_dict() for quote in extractor.extract_parsed(document)]


@pytest.mark.parametrize(("doc_id", "name"), [("untagged-1", "فراس الخطيبه"), ("untagged-2", "زياد الجبره")])
def test_an_untagged_cache_tagged_on_reading_gives_the_tagged_records(
    grammar: Grammar, documents: dict[str, ParsedDocument], doc_id: str, name: str
) -> None:
    tagged = documents[doc_id]
    assert tagged.entity_tags is not None
    untagged = attrs.evolve(tagged, entity_tags=None)
    reading_tags = Extractor(rules=grammar, entity_tagger=_KnownTags(list(documents.values())))  # type: ignore[arg-type]
    records = _records(reading_tags, untagged)
    assert records == _records(Extractor(rules=grammar), tagged)
    assert [record["speaker"]["text"] for record in records if record["speaker"]] == [name]  # type: ignore[index]


@pytest.mark.parametrize("doc_id", ["untagged-1", "untagged-2"])
def test_no_tagger_reads_no_tags_in_any_step(grammar: Grammar, documents: dict[str, ParsedDocument], doc_id: str) -> None:
    tagged = documents[doc_id]
    without = Extractor(rules=grammar, entity_tagger=False)
    assert _records(without, tagged) == _records(without, attrs.evolve(tagged, entity_tags=None))
