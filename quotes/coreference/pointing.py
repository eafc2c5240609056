"""Words that point back at a source named before (a demonstrative, `هذا المصدر`; an emphatic pronoun, `المصدر
نفسه`, or the emphatic noun before the noun, `نفس المصدر`، `ذات المسؤول`) or say that a source is not one named
before (`مصادر أخرى`)."""

from __future__ import annotations

import re

from quotes.coreference.lexicons import marked_words, word_set
from quotes.model import Span
from quotes.normalize import normalize, strip_conjunction

#: Demonstratives before a definite noun (هذا المصدر، تلك الهيئة): they point back at a source named before
#: (rules/lexicons/demonstratives.tsv).
DEMONSTRATIVES = word_set("demonstratives")
#: Emphatic نفس / ذات with a pronoun after a definite noun (المصدر نفسه، المصادر ذاتها): the same source again.
EMPHATIC = re.compile(r"^(?:نفس|ذات|عين)(?:ه|ها|هم|هما|هن)$")
#: The emphatic nouns written before the noun, in construct with it (نفس المصدر، ذات المسؤول: rules/lexicons/
#: emphatic_words.tsv): the same source again, as after it (المصدر نفسه).
SAME_BEFORE = marked_words("emphatic_words", "before_noun")
#: "another" (آخر، أخرى، آخرون، أخريات) as the resolver's words write it: a source so described is not an earlier one
#: (rules/lexicons/another_words.tsv).
ANOTHER = word_set("another_words")


def pointed_mention(mention: Span) -> Span | None:
    """The definite noun phrase a demonstrative or an emphatic pronoun points with (`هذا المصدر العسكري` →
    `المصدر العسكري`, `المصادر نفسها` → `المصادر`, `ذات المصدر` → `المصدر`); None for a mention without one."""
    text = mention.text.rstrip()
    start, end = 0, len(text)
    last = text.rfind(" ")
    if last > 0 and EMPHATIC.match(normalize(text[last + 1 :])):
        end = last
    first, _, rest = text[:end].partition(" ")
    opening = strip_conjunction(normalize(first))
    if (opening in DEMONSTRATIVES or opening in SAME_BEFORE) and rest.strip():
        start = len(first) + 1  # هذا المصدر، نفس المصدر، ذات المسؤول
    if (start, end) == (0, len(text)):
        return None
    core = text[start:end].strip()
    if not core or (end == len(text) and not strip_conjunction(normalize(core)).startswith("ال")):
        return None  # هذه أداة: no definite noun to point with (وزير الخارجية نفسه is definite by its genitive)
    offset = mention.start + text.index(core, start)
    return Span(core, offset, offset + len(core))
