"""Quotes point at the document's entities: mention → entity sieves after the rules chose a speaker phrase.

The rules and the document-level resolver (:mod:`quotes.coreference`) give each quote a speaker phrase. These sieves,
in order (:data:`SIEVES`, :func:`attribute`), read that phrase against the entity table (:mod:`quotes.entities`),
one module a sieve:

1. ``no-source`` (:mod:`.no_source`): a speaker phrase that no person/organisation/group mention covers and whose
   head is a verb, a number, a preposition or a place, or whose head names no source (an event or abstract noun, a
   verbal noun, God addressed in a prayer: :mod:`quotes.mentions.source_heads`), is no speaker; the quote keeps its
   content and cue, and no person named before takes it where the cue had that subject.
2. ``name-in-phrase`` (:mod:`.name_in_phrase`): a speaker phrase that holds a person's name and a title speaks
   through the name; the title becomes the role.
3. ``addressee`` (:mod:`.addressee`): an appeal's addressee that the parse hung under the subject leaves the speaker
   phrase.
4. ``entity`` (:mod:`.entity`): a speaker phrase covered by a mention takes that entity's id, and its canonical name
   where that names more, stands for an anaphor or a title, or is the name a phrase ran on into; a bare title as
   the role takes the fuller title the text gave the person (:mod:`.entity_roles`).
5. ``latest-person`` (:mod:`.latest_person`): a cue the resolver found no source for at all speaks for the person
   named last before it as a clause's subject, where the cue is singular and agrees with their title.
6. ``scripture`` (:mod:`.scripture`): God named by an epithet alone (`قال تعالى`), or the Prophet by the prayer after
   a cue with no subject (`قال - صلى الله عليه وسلم -`), speaks for the document's mention of them.

After them, over the document's quotes once: a cue without a subject that the resolver gave the title or description
whose holder the ``entity`` sieve named before an earlier quote speaks for that holder too (:mod:`.named_holder`); and a
person named by their proper name and quoted without a role takes the role of the latest earlier quote of the same
entity that had one (:mod:`.quoted_roles`: the contract's "latest earlier description of the same source", where the
rules read a description the mention finders did not).

What the sieves read is a :class:`Ground` (:mod:`.ground`). Other roles stay the resolver's: filling every missing
role from the entity's first title lowered role accuracy on unseen news (measured, not kept; session 51's earlier
quotes' roles are the latest description, of named people only). Each quote that a sieve
changed names it in its evidence notes.
"""

from __future__ import annotations

from quotes.attribution.ground import NOT_SOURCE_TAGS, Ground, speaker_head
from quotes.attribution.sieves import BEFORE_SPEAKER_MENTIONS, SIEVES, Sieve, attribute, quote_counts

__all__ = ["BEFORE_SPEAKER_MENTIONS", "NOT_SOURCE_TAGS", "SIEVES", "Ground", "Sieve", "attribute", "quote_counts", "speaker_head"]
