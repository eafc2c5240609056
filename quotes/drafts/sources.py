"""Where the document names a person source in full: the name with the role before it. Speaker resolution reads it
to complete the short mentions that quotes give (an organisation's whole name comes from the mention finders)."""

from __future__ import annotations

from quotes.drafts.context import DocumentContext
from quotes.model import Span
from quotes.speakers import role_before


def role_at(context: DocumentContext, mention: Span) -> tuple[Span | None, Span | None]:
    """Where the text names a person source: its full name there and the role given right before it."""
    lexicons = context.lexicons
    sentence = context.document.sentence_at(mention.start)  # looked up, not searched for again at every draft
    if sentence is None:
        return None, None
    name = next((word for word in sentence.words if word.start == mention.start), None)
    if name is None or not (name.upos in ("PROPN", "X") or any(key in lexicons.names for key in name.keys)):
        return None, None
    return role_before(
        sentence,
        name,
        mention.end,
        context.text,
        roles=lexicons.roles,
        honorifics=lexicons.honorifics,
        names=lexicons.names,
    )
