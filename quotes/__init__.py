"""quotes: Arabic quotation and source-attribution extraction.

Declarative rules (``rules/``) over Stanza dependency parses find every quote,
its reporting cue, its speaker and the speaker's role, with exact character
offsets into the original text.
"""

# ruff: noqa: E402 - the compiled copies' finder goes in before the modules it may load are imported
from quotes import compiled as _compiled

_compiled.install()

from quotes.api import DocumentResult, Extractor
from quotes.conllu_reading import documents_from_conllu
from quotes.errors import (
    ConlluError,
    ExtractionError,
    InputError,
    LexiconError,
    ModelError,
    QuotesError,
    RuleError,
)
from quotes.graph import ParsedDocument, SentenceGraph, Word
from quotes.model import Binding, Cue, Evidence, Quote, Span

__all__ = [
    "Binding",
    "ConlluError",
    "Cue",
    "DocumentResult",
    "Evidence",
    "ExtractionError",
    "Extractor",
    "InputError",
    "LexiconError",
    "ModelError",
    "ParsedDocument",
    "Quote",
    "QuotesError",
    "RuleError",
    "SentenceGraph",
    "Span",
    "Word",
    "documents_from_conllu",
]
