"""A person's name after a title, a preposition and a body or place: `وقال المسؤول في الفاو جيمس ويلسون`.

The parse hangs the name under the body as a flat chain (`الفاو ← جيمس ← ويلسون`); the name starts where that chain
does (`المدير التنفيذي للشركة كيم | هيون سوك`), but never at a word a preposition written apart governs (في، من، لدى):
that word is the body or the place the title belongs to, and stays in the role (`المسؤول في الفاو`, speaker
`جيمس ويلسون`). Where nothing follows the last word of the place's
own name (`مستشار عامل في هونج كونج`) no name starts there: the descriptor speaks whole. A glued letter is no such
preposition (`ليو` cut into ل + يو, `أيمن` into أي + من).

Each sentence was written for the test (invented names and content), after records seen on SaudiNewsNet articles in
neither gold set (`المسؤول في الفاو دومينيك بورجون` read as `الفاو دومينيك بورجون` with the role `المسؤول في`).
tests/data/entities/names_after_bodies.conllu holds the parses of the bundled model (`-shipped`) and of session 23's
GPU-trained news parser (`-gpu23`); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.speakers.names import name_start_word

DOCUMENTS = entity_parses("names_after_bodies")
PARSERS = ("shipped", "gpu23")


def name_start(extractor: Extractor, doc_id: str, title: str) -> str | None:
    """The first word of the name name_start_word finds in the subject's phrase after `title`."""
    sentence = DOCUMENTS[doc_id].sentences[-1]
    head = next(word for word in sentence.words if word.text == title)
    phrase = [word for word in sentence.words if word.index >= head.index and word.upos != "PUNCT"][:7]
    found = name_start_word(sentence, head, phrase, extractor.lexicons.roles)
    return found.text if found is not None else None


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "title", "first", "name", "role"),
    [
        ("body-then-name-1", "المسؤول", "جيمس", "جيمس ويلسون", "المسؤول في الفاو"),
        ("body-then-name-2", "المسؤول", "مارتن", "مارتن كولر", "المسؤول في الأونروا"),
    ],
)
def test_the_name_starts_after_the_body_a_preposition_governs(
    extractor: Extractor, parser: str, doc_id: str, title: str, first: str, name: str, role: str
) -> None:
    assert name_start(extractor, f"{doc_id}-{parser}", title) == first
    [(_, speaker, resolved, found_role)] = sources(extractor, DOCUMENTS[f"{doc_id}-{parser}"])
    assert (speaker, resolved, found_role) == (name, name, role)


@pytest.mark.parametrize("parser", PARSERS)
def test_the_last_word_of_a_place_after_a_descriptor_starts_no_name(extractor: Extractor, parser: str) -> None:
    descriptor = "مستشار عامل في هونج كونج"
    assert name_start(extractor, f"place-after-descriptor-1-{parser}", "مستشار") is None
    assert [(speaker, resolved) for _, speaker, resolved, _ in sources(extractor, DOCUMENTS[f"place-after-descriptor-1-{parser}"])] == [
        (descriptor, descriptor)
    ]
