"""The attribution sieves in their order, and the step that runs them over a document's quotes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

# (each sieve module by its path: the package's __init__ imports this module)
import quotes.attribution.addressee as addressee
import quotes.attribution.entity as entity
import quotes.attribution.latest_person as latest_person
import quotes.attribution.name_in_phrase as name_in_phrase
import quotes.attribution.no_source as no_source
import quotes.attribution.scripture as scripture
from quotes.attribution.ground import Ground, entity_number
from quotes.attribution.named_holder import carry_named_holders
from quotes.attribution.quoted_roles import carry_quoted_roles
from quotes.model import Quote

Sieve = Callable[[Quote, Ground], Quote]


SIEVES: tuple[tuple[str, Sieve], ...] = (
    ("no-source", no_source.sieve),
    ("name-in-phrase", name_in_phrase.sieve),
    ("addressee", addressee.sieve),
    ("entity", entity.sieve),
    ("latest-person", latest_person.sieve),
    ("scripture", scripture.sieve),
)


#: The sieves that read the mentions the finders found, before the rules' own speaker phrases join the table.
BEFORE_SPEAKER_MENTIONS = frozenset(("no-source", "name-in-phrase", "addressee"))


def attribute(quotes: Sequence[Quote], ground: Ground, sieves: Sequence[str] | None = None) -> list[Quote]:
    """Run the named sieves (all, in order, by default) over every quote."""
    chosen = [sieve for name, sieve in SIEVES if sieves is None or name in sieves]
    result = []
    for quote in quotes:
        for sieve in chosen:
            quote = sieve(quote, ground)
        result.append(quote)
    if sieves is None or "entity" in sieves:
        result = carry_named_holders(result)  # (the entity sieve names the holders it carries)
        result = carry_quoted_roles(result, ground.table)
    return result


def quote_counts(quotes: Sequence[Quote]) -> dict[str, int]:
    """How many quotes each entity id (without the document prefix) speaks."""
    counts: dict[str, int] = {}
    for quote in quotes:
        entity_id = entity_number(quote)
        if entity_id is not None:
            counts[entity_id] = counts.get(entity_id, 0) + 1
    return counts
