"""Shared fixtures: the project's rules, an extractor that never loads a parser, CoNLL-U helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.api import Extractor
from quotes.clitic_pass import correct_tokens
from quotes.conllu_reading import documents_from_conllu
from quotes.grammar import Grammar, load_grammar
from quotes.graph import ParsedDocument
from quotes.training.clitics import Lexicon

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
RULES = REPO / "rules"


@pytest.fixture(scope="session")
def grammar() -> Grammar:
    return load_grammar(RULES)


@pytest.fixture(scope="session")
def extractor(grammar: Grammar) -> Extractor:
    """An extractor over pre-parsed input: CoNLL-U never loads the neural parser."""
    return Extractor(rules=grammar)


def documents_by_id(path: Path) -> dict[str, ParsedDocument]:
    """The parsed documents of a CoNLL-U file, by document id."""
    return {doc.doc_id: doc for doc in documents_from_conllu(path.read_text(encoding="utf-8"), source=str(path))}


#: The two parse styles each sentence of a fixture in tests/data/entities/ is written in: by the step-1,800 parser of
#: MODEL.md's session 10 (`…-pud-style`, UD Arabic-PUD's conventions) and by the bundled model (`…-shipped`).
PARSE_STYLES = ("pud-style", "shipped")


def entity_parses(name: str) -> dict[str, ParsedDocument]:
    """The parsed documents of tests/data/entities/NAME.conllu, by document id (see tests/data/entities/README.md)."""
    return documents_by_id(DATA / "entities" / f"{name}.conllu")


def sources(extractor: Extractor, document: ParsedDocument) -> list[tuple[str, str | None, str | None, str | None]]:
    """(cue, speaker, speaker_resolved, role) of every quote, in text order."""
    return [
        (q.cue.text, *(span.text if span else None for span in (q.speaker, q.speaker_resolved, q.role)))
        for q in extractor.extract_parsed(document)
    ]


def canonical_names(extractor: Extractor, document: ParsedDocument, entity_type: str) -> list[str]:
    """The canonical names of a document's entities of one type (PER, ORG, GROUP, MEDIA), in the table's order."""
    _, table = extractor.extract_with_entities(document)
    return [entity.canonical.text for entity in table if entity.type == entity_type]


def quotes_resolved(extractor: Extractor, document: ParsedDocument) -> list[tuple[str, str, str | None, str]]:
    """(type, cue, speaker_resolved, content) of every quote, in text order."""
    return [
        (q.type, q.cue.text, q.speaker_resolved.text if q.speaker_resolved else None, q.content.text)
        for q in extractor.extract_parsed(document)
    ]


def quotes_found(extractor: Extractor, document: ParsedDocument) -> list[tuple[str, str, str | None, str]]:
    """(type, cue, speaker, content) of every quote, in text order."""
    return [(q.type, q.cue.text, q.speaker.text if q.speaker else None, q.content.text) for q in extractor.extract_parsed(document)]


def quotes_spoken(extractor: Extractor, document: ParsedDocument) -> list[tuple[str, str, str | None, str | None, str]]:
    """(type, cue, speaker, speaker_resolved, content) of every quote, in text order."""
    return [
        (q.type, q.cue.text, *(span.text if span else None for span in (q.speaker, q.speaker_resolved)), q.content.text)
        for q in extractor.extract_parsed(document)
    ]


def clitic_pieces(text: str, cuts: list[str], lexicon: Lexicon) -> list[str]:
    """The clitic pass's pieces of `text`, which the tokenizer cut into `cuts` (written one after the other); every
    piece is a substring of the text where it stands."""
    tokens, offset = [], 0
    for cut in cuts:
        offset = text.index(cut, offset)
        tokens.append((cut, offset, offset + len(cut)))
        offset += len(cut)
    fixed = correct_tokens(tokens, lexicon)
    assert all(text[start:end] == piece for piece, start, end in fixed)
    return [piece for piece, _, _ in fixed]
