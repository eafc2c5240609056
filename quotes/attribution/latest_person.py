"""Sieve ``latest-person``: a cue the resolver found no source for at all (no quote before it was ours) speaks for the
person named last before it as a clause's subject, where the cue is singular and agrees with their title."""

from __future__ import annotations

import attrs

from quotes.attribution.entity_roles import latest_role_before
from quotes.attribution.ground import Ground, cleared_by_head, speaker_head, with_note, words_within
from quotes.entities import Entity, name_words
from quotes.graph import ParsedDocument, Word
from quotes.model import Quote, Span
from quotes.normalize import normalize


def sieve(quote: Quote, ground: Ground) -> Quote:
    """Sieve 5: a cue that the resolver found no source for (no quote before it spoke; `وقالت لورا …` was no quote of
    ours, then `وأضافت أن …`) speaks for the person the text named last before it, where the cue is singular and, if it
    shows one, of that person's gender."""
    if quote.speaker is not None or quote.speaker_resolved is not None or quote.type == "according_to":
        return quote
    if cleared_by_head(quote):
        return quote  # `الواقع يقول …`، `هذه الاختلافات تشير إلى …`: the subject is there, and names no one
    cue = words_within(ground.document, quote.cue.start, quote.cue.end)
    verb = cue[-1] if cue else None
    if verb is None or verb.feat("Number") in ("Plur", "Dual") or verb.feat("Person") in ("1", "2"):
        return quote
    named = [
        (mention, entity)
        for entity in ground.table.entities
        if entity.type == "PER"
        for mention in entity.mentions
        if mention.kind == "PER"
        and mention.person_name
        and mention.span.end <= quote.cue.start
        and len(name_words(mention.span)) > 1
        and any(
            _subject_of_a_clause(ground.document, span)
            for span in (mention.span, *_titles_right_before(entity, mention.span, ground.document.text))
        )
    ]
    if not named:
        return quote
    _, entity = max(named, key=lambda pair: pair[0].span.start)
    if _gender_disagrees(verb, entity, ground):
        return quote
    role = latest_role_before(entity, quote.cue.start)
    updated = attrs.evolve(quote, speaker_resolved=entity.canonical, speaker_entity=f"{ground.document.doc_id}:{entity.id}", role=role)
    return with_note(updated, f"sieve latest-person: {entity.canonical.text!r}, the person named last before the cue")


def _titles_right_before(entity: Entity, name: Span, text: str) -> list[Span]:
    """The entity's title written right before this mention of its name (`وصلت الوزيرة | سارة الخطيب`), which stands
    for the name where the parse hung the name elsewhere (the feminine verb's object): at most the first such title."""
    return [role.span for role in entity.roles if role.span.end <= name.start and not text[role.span.end : name.start].strip()][:1]


#: Relations that hang a name under the noun phrase it belongs to (its title, its apposition).
_WITHIN_PHRASE = frozenset(("flat", "nmod", "appos", "amod", "compound"))


def _subject_of_a_clause(document: ParsedDocument, span: Span) -> bool:
    """Whether the name is a clause's subject or in the subject's phrase (`عاد بطل … ميك فانينج`): a person named
    as another noun's genitive or a preposition's object (`لنظام بشار الأسد`، `مع سائق`) is no one who goes on
    speaking."""
    sentence = document.sentence_at(span.start)
    word = speaker_head(document, span)
    if sentence is None or word is None:
        return False
    while word.base_deprel in _WITHIN_PHRASE and word.head > 0:
        parent = sentence.word(word.head)
        if parent.upos not in ("NOUN", "PROPN", "X", "ADJ"):
            break
        word = parent
    return word.base_deprel == "nsubj"


def _gender_disagrees(verb: Word, entity: Entity, ground: Ground) -> bool:
    """Whether a gendered cue (وأضافت) and a person's title (الوزير، المتحدثة) or, with no title, given name (`وتحذر`
    after `فهد بن سالم العنزي`) disagree; unknown where neither shows."""
    gender = verb.feat("Gender")
    if gender is None:
        return False
    role = entity.role
    if role is None:
        known = ground.person_gender(entity)
        return known is not None and known != gender
    feminine = normalize(role.text.split()[0]).endswith("ه")
    return (gender == "Fem") != feminine
