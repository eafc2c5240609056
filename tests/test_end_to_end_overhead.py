"""What `quotes extract` does besides parsing and the rules costs next to nothing (benchmarks/README.md, "End-to-end
and pool, session 27"): the parser's documents are freed as soon as they are read, and an Arabic text is told Arabic
without listing its letters."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest
from stanza.models.common.doc import Document

from quotes import Extractor
from quotes.api import release_stanza_documents
from quotes.textcheck import text_problem

SAID = "قالت الوزيرة إن المدارس ستفتح أبوابها الأسبوع المقبل."


def _stanza_document(text: str) -> Any:
    """One sentence of `text`'s words as Stanza builds it, the first word the root."""
    words, end = [], 0
    for number, word in enumerate(text.split(), 1):
        start = text.index(word, end)
        end = start + len(word)
        head, relation = (0, "root") if number == 1 else (1, "dep")
        words.append(
            {"id": number, "text": word, "lemma": word, "upos": "X", "head": head, "deprel": relation, "start_char": start, "end_char": end}
        )
    return Document([words], text=text)


def _stanza_objects_in_cycles(make: Any) -> list[str]:
    """The Stanza objects that only the collector could free among what `make()` builds and lets go."""
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        make()
        gc.collect()
        return [type(found).__name__ for found in gc.garbage if type(found).__module__.startswith("stanza")]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()


def test_a_stanza_document_let_go_after_its_release_leaves_no_cycle() -> None:
    assert _stanza_objects_in_cycles(lambda: _stanza_document(SAID))  # as Stanza builds it: words point back
    assert _stanza_objects_in_cycles(lambda: release_stanza_documents([_stanza_document(SAID)])) == []


class KeepingParser:
    """A parser passed in that hands out the same documents again: the extractor must leave them whole."""

    def __init__(self) -> None:
        self.kept: dict[str, Any] = {}

    def parse_many(self, texts: list[str]) -> list[Any]:
        return [self.kept.setdefault(text, _stanza_document(text)) for text in texts]


def test_documents_of_a_parser_passed_in_are_left_as_it_gave_them() -> None:
    extractor = Extractor(parser=KeepingParser(), entity_tagger=False)  # type: ignore[arg-type]
    first = extractor.parse_many([("a", SAID)])
    again = extractor.parse_many([("a", SAID)])
    assert [word.text for sentence in again[0].sentences for word in sentence.words] == SAID.split()
    assert again == first


@pytest.fixture(scope="module")
def bundled_extractor() -> Iterator[Extractor]:
    from quotes.parser import StanzaParser

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STANZA_RESOURCES_DIR", "/nonexistent/stanza_resources")
        yield Extractor(parser=StanzaParser(threads=1), entity_tagger=False)


@pytest.mark.model
def test_the_parsers_documents_are_freed_once_read(bundled_extractor: Extractor) -> None:
    parsed: list[Any] = []
    found = _stanza_objects_in_cycles(lambda: parsed.extend(bundled_extractor.parse_many([("a", SAID), ("b", SAID + " " + SAID)])))
    assert found == []
    assert [len(document.sentences) for document in parsed] == [1, 2]
    assert [word.text for word in parsed[0].sentences[0].words][:2] == ["قالت", "الوزيرة"]


def test_an_arabic_text_is_told_arabic_whatever_else_it_holds() -> None:
    assert text_problem(SAID) is None
    assert text_problem(SAID + " Reuters, AFP (2016) " * 3) is None  # Arabic a quarter of the characters or more
    assert text_problem("The minister said the talks would go on. " * 3 + SAID) is None  # of the letters, then
    assert text_problem("The minister said the talks would go on, sources told Reuters.") == (
        "not_arabic",
        "document is not Arabic text (0% of its letters are Arabic)",
    )
    # marks of the Arabic blocks that are no letters: not Arabic text, however many
    assert text_problem("\ufd3e\ufd3f " * 20) == ("not_arabic", "document is not Arabic text (0% of its letters are Arabic)")
