"""The mention sieves, run in order: which earlier entity a speaker phrase names, or a new entity it begins.

A demonstrative or an emphatic pronoun is read off first (`هذا المصدر` asks for `المصدر`); then each sieve in
`MENTION_SIEVES` answers with an entity, NEW (no later sieve is asked) or None (the next is asked). A statement or
report is first read as its issuer (:mod:`quotes.coreference.issuers`)."""

from __future__ import annotations

from quotes.coreference.chains import Entity
from quotes.coreference.issuers import issuer
from quotes.coreference.pointing import pointed_mention
from quotes.coreference.query import MentionSieve, Query
from quotes.coreference.sieve_heads import company_named_before, definite_head
from quotes.coreference.sieve_titles import (
    bare_title_holder,
    long_title,
    official_quoted_last,
    person_written_about,
    same_office,
    title_given_where_named,
    title_of_one_named,
)
from quotes.coreference.sieve_words import another_source, numbered_group, same_words
from quotes.coreference.spans import whole_words
from quotes.coreference.state import Coreference
from quotes.coreference.titles import title_of_named
from quotes.coreference.words import mention_words
from quotes.model import Span

#: The mention sieves in the order they are asked, the most precise first.
MENTION_SIEVES: tuple[MentionSieve, ...] = (
    another_source,
    numbered_group,
    bare_title_holder,
    company_named_before,
    same_words,
    definite_head,
    title_of_one_named,
    same_office,
    title_given_where_named,
    official_quoted_last,
    person_written_about,
    long_title,
)


def find(coref: Coreference, mention: Span, role: Span | None = None, gender: str | None = None) -> Entity | None:
    """The entity an earlier mention began that `mention` (with `role`, the title the rules read in it; `gender`, its
    verb's) names."""
    pointed = pointed_mention(mention)
    pointing = pointed is not None
    while pointed is not None:
        mention = pointed  # هذا المصدر، المصدر نفسه: the source named before, if the text named one
        pointed = pointed_mention(mention)
    query = Query(mention, role, mention_words(mention), gender)
    for sieve in MENTION_SIEVES:
        found = sieve(coref, query)
        if found is not None:
            return found if isinstance(found, Entity) else None
    if pointing and _any_source(coref, query.words):
        return coref.last_source  # … وفق الأرقام الرسمية لهيئة الإحصاء. … بحسب المصدر ذاته: the source quoted last
    if _any_source(coref, query.words) and _singular(coref, mention) and _one_person(coref, coref.last_source, gender):
        return coref.last_source  # …، حسب ما قال أحد العاملين في المستشفى. ويضيف المصدر: the one just quoted
    return None


def _singular(coref: Coreference, mention: Span) -> bool:
    """Whether the mention's first word is singular to the tagger (المصدر, not المصادر)."""
    sentence = coref.document.sentence_at(mention.start)
    if sentence is None:
        return False
    words = sentence.words_within(mention.start, mention.end)
    return bool(words) and words[0].feat("Number") not in ("Plur", "Dual")


def _one_person(coref: Coreference, entity: Entity | None, gender: str | None) -> bool:
    """Whether `entity`, the source quoted last, is one person a later `المصدر` can be: named, or described by a
    descriptor (أحد العاملين، مسؤول في الوزارة: role_nouns.tsv kind descriptor), not a body, a document or a group;
    of the gender of the verb where both are known."""
    if entity is None:
        return False
    words = mention_words(entity.fullest)
    if not words or not (coref.names_person(entity.fullest) or (words[0] in coref.descriptor_heads and _singular(coref, entity.fullest))):
        return False
    known = coref.gender(entity)
    return gender is None or known is None or known == gender


def _any_source(coref: Coreference, words: tuple[str, ...]) -> bool:
    """Whether the words are one noun that names any source (المصدر، المصادر: rules/lexicons/role_nouns.tsv, column
    `same_source`), not a kind of person or body that a source of another kind cannot be."""
    if len(words) != 1:
        return False
    entry = coref.roles.lookup(words[0]) if coref.roles is not None else None
    return entry is not None and entry.get("same_source") == "yes"


def observe(coref: Coreference, mention: Span, role: Span | None = None, gender: str | None = None) -> Entity:
    """The entity `mention` names, a new one if no sieve finds one, with the mention (or, for a title or a pointing
    phrase that names no more than the entity, its alias) and the role added; `gender`: the gender of the verb it is
    the subject of, which a person it names agrees with (`وقالت أوباما`: not the man of that family name)."""
    mention = whole_words(coref.document.text, mention) or mention
    issuing_body = issuer(coref, mention)
    if issuing_body is not None:
        issuing = observe(coref, issuing_body, role)
        if all(known.text != mention.text for known in issuing.aliases):
            issuing.aliases.append(mention)
        return issuing
    found = find(coref, mention, role, gender)
    entity = found if found is not None else coref.new_entity(mention, gender)
    pointing = found is not None and pointed_mention(mention) is not None  # هذا المصدر names no more than المصدر
    if pointing or (found is not None and title_of_named(coref, found, mention, role)):
        if all(known.text != mention.text for known in entity.aliases):
            entity.aliases.append(mention)  # a long title is no name: it must not become the fullest mention
    elif found is not None and all(known.text != mention.text for known in entity.mentions):
        entity.mentions.append(mention)
    if entity.role is None and role is not None:
        entity.role = role
    if role is not None and role.start >= mention.end and described(coref, role):
        # ويقول الهاشمي | القيادي في حزب …: a description written after the name is what the person is now; a later
        # cue without a subject goes on with it (a title after the name restates the office: the first role stays)
        entity.latest_role = role
    return entity


def described(coref: Coreference, role: Span) -> bool:
    """Whether a role opens with a descriptor (القيادي، الخبيرة، المختص: roles.tsv kind descriptor), not a title."""
    first = mention_words(role)[:1]
    return bool(first) and first[0] in coref.descriptor_heads
