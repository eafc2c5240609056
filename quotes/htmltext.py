"""HTML as text, character for character: every offset into the result is the same offset into the HTML.

`quotes extract --html` reads each document through :func:`visible_text`. Tags become spaces (a
block-level tag such as ``<p>`` or ``<br>`` starts with a line break, so paragraphs stay paragraphs),
the contents of ``<script>``, ``<style>`` and comments become spaces, and an entity (``&quot;``,
``&#1602;``, ``&nbsp;``) becomes its character followed by word joiners (U+2060, invisible, read
past by the parser and never part of a word) to keep its length. A record's offsets therefore
point into the HTML as it was given, and its texts hold no tag and no entity.
"""

from __future__ import annotations

import html
import re

WORD_JOINER = "\u2060"
_BLOCK_TAGS = frozenset(
    "p br div li ul ol tr td th table h1 h2 h3 h4 h5 h6 blockquote section article header footer hr pre".split()
)
_HIDDEN = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>|<![^>]*>|<\?[^>]*>")
_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def _blank(match: re.Match[str]) -> str:
    """Spaces for a tag (a line break first for a block-level one), keeping the line breaks inside it."""
    found = match.group()
    name = (match.group(1) or "").lower() if match.re is _TAG else ""
    blank = "".join("\n" if char == "\n" else " " for char in found)
    if name in _BLOCK_TAGS and "\n" not in blank:
        blank = "\n" + blank[1:]
    return blank


def _entity(match: re.Match[str]) -> str:
    found = match.group()
    decoded = html.unescape(found)
    if decoded == found or len(decoded) != 1:
        return found  # not an entity html knows, or one that stands for several characters: left as written
    if decoded == "\xa0":
        decoded = " "
    return decoded + WORD_JOINER * (len(found) - 1)


def visible_text(markup: str) -> str:
    """`markup` with its tags, hidden parts and entities replaced, of exactly the same length."""
    text = _HIDDEN.sub(_blank, markup)
    text = _TAG.sub(_blank, text)
    return _ENTITY.sub(_entity, text)
