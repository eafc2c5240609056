"""Mention sieve that reads a nominal anaphor by its head noun: `الصحيفة` → `صحيفة كوميرسانت`."""

from __future__ import annotations

from quotes.coreference.bodies import anaphor_head, headed_by, names_another_body
from quotes.coreference.chains import Entity
from quotes.coreference.query import NEW, Query, Verdict
from quotes.coreference.state import Coreference
from quotes.coreference.words import names_itself, opens_definite


def definite_head(coref: Coreference, query: Query) -> Entity | Verdict | None:
    """`وقالت الصحيفة` after `صحيفة كوميرسانت`، `الوزارة` after `وزارة الداخلية`: a definite anaphor
    (organisation_anaphors.tsv) is the latest body named with its head noun, unless the two go on with different
    nouns (`الإدارة العامة للحج` after `إدارة المطار`: NEW). A head with its own name in marks (`صحيفة «ماركا»`) or
    in construct with a name (`صحيفة الوطن`) is no anaphor."""
    mention = query.mention
    head = anaphor_head(coref, query.words) if not names_itself(mention) and opens_definite(mention) else None
    if head is not None:
        for entity in reversed(coref.entities):
            if any(headed_by(coref, head, known) and known.text != mention.text for known in entity.mentions):
                return NEW if names_another_body(coref, mention, head, entity) else entity
    return None
