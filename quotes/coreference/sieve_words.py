"""Mention sieves that read the mention's own words: "another" source, a numbered group, the words of an earlier
mention."""

from __future__ import annotations

from quotes.coreference.bodies import inside_other_head
from quotes.coreference.chains import Entity
from quotes.coreference.counting import cardinality, definite_count
from quotes.coreference.pointing import ANOTHER
from quotes.coreference.query import NEW, Query, Verdict
from quotes.coreference.state import Coreference


def another_source(coref: Coreference, query: Query) -> Entity | Verdict | None:
    """`مسؤول نفطي آخر`، `مصادر أخرى`: a source the text calls "another" is a new one (so is a mention without
    words)."""
    if not query.words or not ANOTHER.isdisjoint(query.words):
        return NEW
    return None


def numbered_group(coref: Coreference, query: Query) -> Entity | Verdict | None:
    """`المصادر الثلاثة`: a definite numbered group refers back to the latest group of that size (`ثلاثة مصادر`;
    `دبلوماسي روسي سابق ومحللان` = 1 + 2)."""
    counted = definite_count(query.mention)
    if counted is not None:
        for entity in reversed(coref.entities):
            if any(cardinality(known) == counted for known in entity.mentions):
                return entity
    return None


def same_words(coref: Coreference, query: Query) -> Entity | Verdict | None:
    """`فرولوف` after `فلاديمير فرولوف`: a later, shorter mention joins an earlier fuller one whose words hold all of
    its own; not the other way round (`مصادر` and a later `ثلاثة مصادر مطلعة` are different sources), and not words
    that only follow another head noun (`الأمم المتحدة` in `مكتب الأمم المتحدة`)."""
    wanted = set(query.words)
    for entity in reversed(coref.entities):
        known = entity.words()
        if wanted <= known and not inside_other_head(coref, wanted, entity):
            return entity
    return None
