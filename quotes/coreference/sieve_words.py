"""Mention sieves that read the mention's own words: "another" source, a numbered group, the words of an earlier
mention."""

from __future__ import annotations

from quotes.coreference.bodies import inside_other_head
from quotes.coreference.chains import Entity
from quotes.coreference.counting import cardinality, definite_count
from quotes.coreference.pointing import ANOTHER
from quotes.coreference.query import NEW, Query, Verdict
from quotes.coreference.state import Coreference
from quotes.coreference.words import mention_words


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
    that only follow another head noun (`الأمم المتحدة` in `مكتب الأمم المتحدة`). Where the text names two people of
    one family (`جون هارتلي` … `إيما هارتلي` … `وقالت هارتلي`), the family name joins the one of its verb's gender:
    another entity that agrees, else the other's full name, which begins a new entity."""
    wanted = set(query.words)
    candidates = [
        entity for entity in reversed(coref.entities) if wanted <= entity.words() and not inside_other_head(coref, wanted, entity)
    ]
    if not candidates:
        return None
    first = candidates[0]
    if agrees(coref, first, query):
        return first
    agreeing = next((entity for entity in candidates[1:] if agrees(coref, entity, query)), None)
    if agreeing is not None:
        return agreeing
    return NEW if _another_full_name(coref, query, first) else first


def agrees(coref: Coreference, entity: Entity, query: Query) -> bool:
    """Whether a person's name may join an entity as the subject of a verb of the query's gender: the entity is no
    person named, or shows no gender, or that one (a body's or a group's gender is its noun's: تشير توقعات المحللين)."""
    if query.gender is None or not coref.names_person(query.mention) or not coref.names_person(entity.fullest):
        return True
    known = coref.gender(entity)
    return known is None or known == query.gender


def _another_full_name(coref: Coreference, query: Query, entity: Entity) -> bool:
    """Whether the text wrote, before the mention, a full name that holds its words and is none of the entity's."""
    wanted = set(query.words)
    held = {(mention.start, mention.end) for mention in entity.mentions}
    return any(
        chain.start < query.mention.start and (chain.start, chain.end) not in held and wanted <= set(mention_words(chain))
        for chain in coref.name_chains
    )
