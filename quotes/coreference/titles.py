"""What a title says of its holder: whether a title mention holds every word of an earlier holder's title
(`رئيس مجلس النواب البحريني` → `رئيس مجلس النواب في مملكة البحرين`), the name written beside it (`المدرب سالم
العتيبي`), the family name that ends it (`الفريق المحرج`), the title the text gave a person where it named them,
and the preposition after a title that names the body its holder belongs to (`قائد في طالبان`)."""

from __future__ import annotations

import bisect
from collections.abc import Set

import attrs

from quotes.coreference.chains import Entity
from quotes.coreference.lexicons import word_set
from quotes.coreference.nisba import nisba
from quotes.coreference.state import Coreference
from quotes.coreference.words import mention_words, opens_definite, words_of
from quotes.lexicon import read_as
from quotes.model import Span
from quotes.normalize import as_country, normalize, strip_conjunction

#: Prepositions after a title that name the body its holder belongs to (قائد في طالبان، مسؤول من الوزارة;
#: rules/lexicons/belonging_prepositions.tsv).
BELONGING_PREPOSITIONS = word_set("belonging_prepositions")
#: Words that say when a title is or was held (سابقا، السابق، الحالي: rules/lexicons/tenure_words.tsv): one office
#: however the text writes the time.
TENURE_WORDS = word_set("tenure_words")


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
    لحقوق الإنسان); the words of when it was held aside (وكيل الوزارة السابق → وكيل الوزارة سابقا)."""
    held = entity.role_words() - TENURE_WORDS
    return bool(held) and all(holds_word(held, word) for word in words if word not in TENURE_WORDS)


def other_office(coref: Coreference, mention: Span, words: tuple[str, ...], named: frozenset[str], entity: Entity) -> bool:
    """Whether a job title and an earlier holder's title go on with two different nouns after the title word, in
    construct with it or after a preposition (`المتحدث باسم`): `وزير الخارجية` and `وزير الداخلية`، `المتحدث باسم
    الحكومة` and `المتحدث باسم الوزارة` are two offices. A name there (`ملك المغرب`، `نائب البشير`: a proper noun or
    a tagged person or place), a nisba, the holder's name, a title with nothing after it (`المفتي` … `مفتي مصر`) or
    with the article (`الوزير المنظمات`: no construct) and a title that is no job (`المهندس محمد المخرج`) tell no
    other office."""
    role, held = coref.roles.lookup(words[0]), entity.role
    if role is None or role.get("kind") != "job" or held is None:
        return False
    synonyms, known = coref.title_synonyms, entity.words()
    mine = _complement(mention.text, 0, named | _name_words(coref, mention) | known)
    held_words = mention_words(held)
    if mine is None or _one_of(read_as((mine,), synonyms)[0], read_as(held_words, synonyms)):
        return False
    title = read_as(words[:1], synonyms)[0]
    at = next((position for position, word in enumerate(read_as(held_words, synonyms)) if word == title), None)
    name = known - set(held_words)  # the holder's name, where a mention is more than the title
    theirs = _complement(held.text, at, name | _name_words(coref, held)) if at is not None else None
    return theirs is not None and not _one_of(read_as((theirs,), synonyms)[0], read_as(words, synonyms))


def _one_of(word: str, words: tuple[str, ...]) -> bool:
    """Whether a title's word is one of another title's words, either way (:func:`holds_word`)."""
    return any(holds_word({other}, word) or holds_word({word}, other) for other in words)


def _complement(text: str, at: int, names: Set[str]) -> str | None:
    """The noun that names the office after the title, the `at`-th word of `text`: in construct with it (وزير |
    الخارجية) or after a preposition (المتحدث باسم | الحكومة); not a name, nor a nisba."""
    keyed = [(key, written) for written in text.split() for key in words_of(written)]
    after = keyed[at + 1 : at + 3]
    if not after:
        return None
    if after[0][0] in BELONGING_PREPOSITIONS:
        word = after[1][0] if len(after) > 1 else None
    elif opens_definite(keyed[at][1]):
        return None  # a title with the article is in construct with nothing (الوزير | المنظمات الدولية)
    else:
        word = after[0][0]
    if word is None or word in names or nisba(word) or len(word) < 3:
        return None
    return word


def _name_words(coref: Coreference, span: Span) -> set[str]:
    """The words of a span that the parse tagged a proper noun or the entity tagger put in a person's or a place's name
    (المغرب، البشير); a body's name (الحكومة الشرعية) is an office's, of common nouns."""
    document = coref.document
    index = next((at for at, sentence in enumerate(document.sentences) if sentence.start <= span.start < sentence.end), None)
    if index is None:
        return set()
    sentence = document.sentences[index]
    tagged = document.entity_spans[index] if document.entity_spans is not None else ()
    inside = {position for first, last, kind in tagged if kind != "ORG" for position in range(first, last)}
    return {
        key
        for position, word in enumerate(sentence.words)
        if span.start <= word.start and word.end <= span.end and (word.upos in ("PROPN", "X") or position in inside)
        for key in words_of(word.text)
    }


def holds_word(held: set[str], word: str) -> bool:
    """Whether a title's word is among an earlier title's words: as written, a nationality as its country (البحريني
    → البحرين), a relational adjective in the feminine as its noun (السلامة المرورية → للمرور), a genitive written there
    with لـ (حقوق → لحقوق)."""
    return (
        as_country(word, held) in held
        or (word.endswith("يه") and len(word) > 4 and word[:-2] in held)
        or "ل" + word in held
    )


def names_beside_role(coref: Coreference, mention: Span, words: tuple[str, ...], role: Span | None) -> frozenset[str]:
    """The words by which a mention that opens with a role noun names its holder (`المدرب سالم العتيبي`: the words
    outside the role, or of a person's name the finders found in it); empty for a bare role (`المدرب`). A name right
    after a title in construct (`نائب البشير`: the deputy of al-Bashir) is whose title it is, not the holder's."""
    text = coref.document.text
    if role is not None and mention.start <= role.start and role.end < mention.end and _conjunct_of_title(text[role.end : mention.end]):
        role = mention  # المشرف العام على العلاقات العامة | والإعلام: the title's second complement, no name
    named = set(words) - set(mention_words(role)) if role is not None else set()
    person_names = coref.person_names
    for start, end in person_names[bisect.bisect_left(person_names, (mention.start, 0)) :]:
        if start >= mention.end:
            break
        if end <= mention.end:
            name = mention_words(Span.from_offsets(text, start, end))
            if _genitive_of_title(text[mention.start : start], words):
                named.difference_update(name)
            else:
                named.update(name)
    return frozenset(named)


def _conjunct_of_title(rest: str) -> bool:
    """Whether what a mention has after its role goes on with the title's last complement through و (`والإعلام`، `والإعلام
    الجديد`): definite nouns, the first with و, which no name is."""
    written = [normalize(word) for word in rest.split()]
    return bool(written) and written[0].startswith("وال") and all(word.startswith(("وال", "ال")) for word in written)


def _genitive_of_title(before: str, words: tuple[str, ...]) -> bool:
    """Whether what stands before a name in a mention is the mention's title word alone, without the article: the
    title is in construct with the name (`نائب | البشير`، `مستشار | الملك سلمان`)."""
    written = before.split()
    if len(written) != 1 or not words or opens_definite(written[0]):
        return False
    return words_of(before)[:1] == words[:1]


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
