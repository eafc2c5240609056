"""The latest source a subject-less cue can mean: the last speaker where the verb's gender agrees (`وأضاف`، `وقالت`),
else the latest entity of that gender; for a plural verb after one person (`وطالبوا`), the latest source the text
counts as two or more or names with a sound plural."""

from __future__ import annotations

from quotes.coreference.chains import Entity
from quotes.coreference.counting import cardinality
from quotes.coreference.state import Coreference
from quotes.coreference.words import mention_words


def recent(coref: Coreference, gender: str | None) -> Entity | None:
    """The last speaker if `gender` (the cue's) agrees with it, else the latest entity of that gender; with no quote
    before, the source an according-to or a relay named last."""
    if coref.last_speaker is not None and (gender is None or coref.gender(coref.last_speaker) in (None, gender)):
        return coref.last_speaker
    for entity in reversed(coref.entities):
        if gender is not None and coref.gender(entity) == gender:
            return entity
    if coref.last_speaker is None and coref.entities:
        return coref.entities[-1]  # no quote before: the source an according-to or a relay named last
    return coref.last_speaker


def one_person(coref: Coreference, entity: Entity) -> bool:
    """A person whose given name or title gives the gender (not the gender a verb agreed with: وقال السكان), whom no
    mention counts as more than one."""
    return coref.named_gender(entity) is not None and not any((cardinality(mention) or 1) > 1 for mention in entity.mentions)


def recent_plural(coref: Coreference) -> Entity | None:
    """The latest source the text counts as two or more (ثلاثة مصادر، دبلوماسي ومحللان) or names with a sound plural
    (المزارعون، مسؤولين); None where there is none."""
    for entity in reversed(coref.entities):
        for mention in entity.mentions:
            first = mention_words(mention)[:1]
            counted = cardinality(mention)
            if (counted is not None and counted > 1) or (first and len(first[0]) > 4 and first[0].endswith(("ون", "ين"))):
                return entity
    return None
