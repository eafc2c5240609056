"""Entities as chains of mentions: `Entity` (its mentions, the role the text gives it, the gender a cue agreed
with, the statements it issued) and the proper-name chains of a document (a name word and its `flat` parts), which
give an entity its full name where the text wrote it before (`فلاديمير فرولوف` for a later `فرولوف`)."""

from __future__ import annotations

import attrs

from quotes.coreference.nisba import definite_nisba
from quotes.coreference.words import fullest, mention_words
from quotes.graph import ParsedDocument
from quotes.model import Span
from quotes.normalize import normalize
from quotes.speakers import says_how
from quotes.speakers.words import noun_before_its_accusative_adjective, plural_after_family_name, tag_line_start

NAME_TAGS = ("PROPN", "X")


@attrs.define
class Entity:
    id: str
    mentions: list[Span] = attrs.field(factory=list)
    role: Span | None = None
    #: the role the text gave it last so far, in document order (`ويقول الهاشمي القيادي في حزب …` after `الأمين العام
    #: … سمير الهاشمي`): a cue without a subject of its own (`وتابع`) goes on with it
    latest_role: Span | None = None
    gender: str | None = None
    #: mentions of the entity's documents (تقرير صادر عن الهيئة): found by later anaphors, never the fullest name
    aliases: list[Span] = attrs.field(factory=list)

    @property
    def fullest(self) -> Span:
        return fullest(self.mentions)

    def words(self) -> set[str]:
        found: set[str] = set()
        for mention in (*self.mentions, *self.aliases):
            found.update(mention_words(mention))
        return found

    def role_words(self) -> set[str]:
        return set(mention_words(self.role)) if self.role is not None else set()


def name_chains(document: ParsedDocument, titles: frozenset[str] = frozenset()) -> list[Span]:
    """Every proper-name chain (a name word and its `flat` parts) in the document; a chain ends before a title written
    without the article after two words of it (`titles`: the role nouns), which the parse may hang on the name as
    one more part (العميد عبد الله الصبيحي | قائد اللواء: the title in construct with what he commands)."""
    chains = []
    keywords = tag_line_start(document.text)  # the keywords listed after the article run names together
    for sentence in document.sentences:
        for word in sentence.words:
            if word.upos not in NAME_TAGS or word.deprel.startswith("flat") or word.start >= keywords:
                continue
            parts = [word] + [child for child in sentence.children(word.index) if child.deprel.startswith("flat")]
            if len(parts) < 2:
                continue
            parts.sort(key=lambda part: part.index)
            how = next((i for i, part in enumerate(parts) if says_how(part)), None)
            parts = parts[:how] if how is not None else parts  # فادي الراشد | هاتفيا: how he spoke, tagged a name
            won = next(
                (
                    i
                    for i, part in enumerate(parts)
                    if i > 0 and (noun_before_its_accusative_adjective(sentence, part) or plural_after_family_name(sentence, part))
                ),
                None,
            )
            parts = parts[:won] if won is not None else parts  # حقق بارتوميو | فوزا هائلا: what he won, tagged a name
            if len(parts) < 2:
                continue
            if parts[-1].index - parts[0].index != len(parts) - 1:
                continue
            if len(parts) > 2 and definite_nisba(parts[0]):
                parts = parts[1:]  # الإيطالي روبرتو مانشيني: where he is from (tagged a name), then his name
            title = next((i for i, part in enumerate(parts) if i > 1 and normalize(part.text) in titles), None)
            parts = parts[:title] if title is not None else parts
            if len(parts) < 2:
                continue
            chains.append(Span.from_offsets(document.text, parts[0].start, parts[-1].end))
    return chains
