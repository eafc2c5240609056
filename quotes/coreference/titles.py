"""What a title says of its holder: whether a title mention holds every word of an earlier holder's title
(`رئيس مجلس النواب البحريني` → `رئيس مجلس النواب في مملكة البحرين`), the name written beside it (`المدرب سالم
العتيبي`), the family name that ends it (`الفريق المحرج`), the title the text gave a person where it named them,
and the preposition after a title that names the body its holder belongs to (`قائد في طالبان`)."""

from __future__ import annotations

import bisect

import attrs

from quotes.coreference.chains import Entity
from quotes.coreference.lexicons import word_set
from quotes.coreference.state import Coreference
from quotes.coreference.words import mention_words, words_of
from quotes.model import Span
from quotes.normalize import normalize, strip_conjunction

#: Prepositions after a title that name the body its holder belongs to (قائد في طالبان، مسؤول من الوزارة;
#: rules/lexicons/belonging_prepositions.tsv).
BELONGING_PREPOSITIONS = word_set("belonging_prepositions")


def after_belonging_preposition(role: Span, position: int, text: str) -> bool:
    """Whether a preposition that names what the title's holder belongs to stands between the role and `position`, or
    ends the role (قائد ميداني في | طالبان، المتحدث باسم | الحركة)."""
    last = words_of(text[role.end : position])[-1:] or words_of(role.text)[-1:]
    return not BELONGING_PREPOSITIONS.isdisjoint(last)


def in_construct(role: Span, position: int, text: str) -> bool:
    """Whether the role ends right before `position` with a word without the article (زعيم، أمين عام): in construct
    with what follows, as a title is with the body it leads (زعيم حركة طالبان), not set beside a name (الوزير عادل)."""
    if text[role.end : position].strip():
        return False
    last = role.text.split()[-1:]
    return bool(last) and not strip_conjunction(normalize(last[0])).startswith("ال")


def holds_title(entity: Entity, words: tuple[str, ...]) -> bool:
    """Whether every word of a title mention is in the entity's title, a nationality as its country (البحريني →
    البحرين), a genitive also where the title wrote it with لـ (رئيس جمعية حقوق الإنسان → رئيس الجمعية الوطنية
    لحقوق الإنسان)."""
    held = entity.role_words()
    return bool(held) and all(
        word in held or (word.endswith("ي") and word[:-1] in held) or "ل" + word in held for word in words
    )


def names_beside_role(coref: Coreference, mention: Span, words: tuple[str, ...], role: Span | None) -> frozenset[str]:
    """The words by which a mention that opens with a role noun names its holder (`المدرب سالم العتيبي`: the words
    outside the role, or of a person's name the finders found in it); empty for a bare role (`المدرب`)."""
    named = set(words) - set(mention_words(role)) if role is not None else set()
    person_names = coref.person_names
    for start, end in person_names[bisect.bisect_left(person_names, (mention.start, 0)) :]:
        if start >= mention.end:
            break
        if end <= mention.end:
            named.update(mention_words(Span.from_offsets(coref.document.text, start, end)))
    return frozenset(named)


def ends_with_family_name(coref: Coreference, mention: Span, words: tuple[str, ...]) -> bool:
    """Whether a title's last word ends the full name of a person the finders found before it (`الفريق المحرج`
    after `عثمان المحرج`): a title and a family name, not a title and its adjective (`المهاجم السوري`)."""
    if len(words) < 2:
        return False
    for start, end in coref.person_names:
        if start >= mention.start:
            break
        full = mention_words(Span.from_offsets(coref.document.text, start, end))
        if len(full) > 1 and full[-1] == words[-1]:
            return True
    return False


def untitled_holder(coref: Coreference, words: tuple[str, ...]) -> Entity | None:
    """The latest person quoted with no title yet whose every title word the text gave them where it named them
    (`وصف مهدي حاتم النهاري رئيس الجالية اليمنية في السعودية …` before `وأضاف رئيس الجالية اليمنية`): the
    title they will be given once the document is read, read now for a bare title that names no one else."""
    if coref.role_at is None:
        return None
    text = coref.document.text
    for entity in reversed(coref.entities):
        if entity.role is not None or not entity.fullest.text.strip():
            continue
        name = entity.fullest
        role, _ = coref.role_at(Span(name.text, name.start, name.end)) if text[name.start : name.end] == name.text else (None, None)
        if role is not None and holds_title(attrs.evolve(entity, role=role), words):
            entity.role = role  # the fuller title, as the end of the document would give it
            return entity
    return None


def title_of_named(coref: Coreference, entity: Entity, mention: Span, role: Span | None) -> bool:
    """Whether a mention that joined `entity` is only a title of a person the text named (a long title it holds:
    رئيس مجلس النواب البحريني; a bare one: المدير الفني البرتغالي after جوسيه مورينيو): no name, so it must not
    become the fullest mention."""
    words = mention_words(mention)
    if len(words) > 3 and holds_title(entity, words):
        return True
    if not words or words[0] not in coref.roles or names_beside_role(coref, mention, words, role):
        return False
    return any(
        (known := mention_words(other)) and known[0] not in coref.roles and known[0] not in coref.kind_heads
        for other in entity.mentions
    )
