"""A person the text introduces by the name they are called: `شخص يدعى طاهر`، `امرأة تدعى فاطمة الزهراني`،
`قيادي تونسي يدعى أبو عواد`. The name after the verb of calling is the person; the noun before it only says who
they are."""

from __future__ import annotations

from quotes.grammar.loader import word_set
from quotes.graph import SentenceGraph, Word
from quotes.speakers.words import NAME_TAGS, links_name

#: rules/lexicons/calling_verbs.tsv: يدعى، تدعى، يسمى …
CALLING_VERBS = word_set("calling_verbs")
#: How the parse hangs the verb of calling on the noun: a clause on it, or an adjective.
_ON_THE_NOUN = frozenset(("acl", "amod"))


def called_by_name(graph: SentenceGraph, noun: Word, text: str) -> tuple[Word, Word] | None:
    """The verb of calling in a clause on `noun` and the first word of the name right after it, hung on it
    (`شخص | يدعى | طاهر`، `امرأة | تدعى | فاطمة الزهراني`), if there is one."""
    if noun.upos != "NOUN":
        return None
    for verb in graph.children(noun.index):
        if verb.index > noun.index and verb.base_deprel in _ON_THE_NOUN and not CALLING_VERBS.isdisjoint(verb.keys):
            if verb.index >= len(graph.words):
                return None
            name = graph.word(verb.index + 1)
            named = name.head == verb.index and (name.upos in NAME_TAGS or links_name(name, text))
            return (verb, name) if named else None
    return None
