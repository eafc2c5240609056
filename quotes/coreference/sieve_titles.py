"""Mention sieves that read a mention opening with a role noun (role_nouns.tsv): the earlier holder of the office,
the person the text gave that title where it named them, the person the text is about, the holder of a long title.
A short title (up to three words) asks the first three in order; a long one only the last."""

from __future__ import annotations

from quotes.coreference.chains import Entity
from quotes.coreference.nisba import nisba, other_nisba
from quotes.coreference.query import NEW, Query, Verdict
from quotes.coreference.state import Coreference
from quotes.coreference.titles import ends_with_family_name, holds_title, holds_word, names_beside_role, other_office, untitled_holder
from quotes.coreference.words import GROUP_WORDS, mention_words
from quotes.lexicon import read_as
from quotes.model import Span
from quotes.normalize import strip_article
from quotes.speakers import person_gender


def _short_title(coref: Coreference, query: Query) -> bool:
    return query.words[0] in coref.roles and len(query.words) <= 3


def same_office(coref: Coreference, query: Query) -> Entity | Verdict | None:
    """`المتحدث` after `الناطق باسم الوزارة سامي العمري` (one office in other words: title_synonyms.tsv), `المدرب سالم
    العتيبي` after `المدرب سالم العتيبي`: a short title is the latest holder of the office, where the holder has the
    name written beside the title (or the family name that ends it: `الدكتور السديس` after `عبد الرحمن السديس`), no
    other nisba (`الرئيس الجزائري` is not `الرئيس المصري`) and no other office (`وزير الخارجية` is not `وزير
    الداخلية سامي الفارس`). A title with a name no holder has is NEW (`الفريق
    المحرج` after `الفريق الركن عثمان المحرج`: the entity table knows the holder)."""
    if not _short_title(coref, query):
        return None
    mention, words = query.mention, query.words
    named = names_beside_role(coref, mention, words, query.role)
    if not named and ends_with_family_name(coref, mention, words):
        named = frozenset(words[-1:])
    (title,) = read_as(words[:1], coref.title_synonyms)
    for entity in reversed(coref.entities):
        held, known = entity.role_words(), entity.words()
        if (
            title in read_as(held, coref.title_synonyms)
            and named <= known
            and not other_nisba(words, held, known)
            and not other_office(coref, mention, words, named, entity)
        ):
            return entity
    return NEW if named else None


def bare_title_holder(coref: Coreference, query: Query) -> Entity | Verdict | None:
    """`وأضاف الوزير` after `قال وزير الداخلية …` and `وأكد نادر العلي وزير الخارجية …`: a one-word title is the latest
    holder of the office (:func:`same_office`), asked before an earlier mention whose own words hold the title
    (`same_words`: وزير الداخلية) is; where no holder is found, the later sieves are asked."""
    if len(query.words) != 1 or query.words[0] not in coref.roles:
        return None
    found = same_office(coref, query)
    return found if isinstance(found, Entity) else None


def title_given_where_named(coref: Coreference, query: Query) -> Entity | Verdict | None:
    """`وأضاف رئيس الجالية اليمنية` after `وصف مهدي حاتم النهاري رئيس الجالية اليمنية في السعودية …`: a bare title is
    the latest person quoted without a title whose title, where the text named them, holds every word of it."""
    if not _short_title(coref, query):
        return None
    return untitled_holder(coref, query.words)


def title_of_one_named(coref: Coreference, query: Query) -> Entity | Verdict | None:
    """`وتمنى الوزير الألماني` after `وأعرب فرانك شتاينماير وزير الخارجية الألماني …`: a short title with a nisba
    (a nationality, a domain) and no name beside it is the person the text named with that office and that nisba, the
    latest such, quoted or not; not the person quoted last, who holds another office or another nisba. An entity that
    holds the name is that person; a person the text named but never quoted is NEW (the title is their mention)."""
    if not _short_title(coref, query) or coref.role_at is None:
        return None
    mention, words = query.mention, query.words
    own = {word for word in words[1:] if nisba(word)}
    if not own or names_beside_role(coref, mention, words, query.role):
        return None
    (title,) = read_as(words[:1], coref.title_synonyms)
    text = coref.document.text
    for start, end in reversed(coref.person_names):
        if end > mention.start:
            continue
        name = Span.from_offsets(text, start, end)
        role, _ = coref.role_at(name)
        held = set(mention_words(role)) if role is not None else set()
        if title not in read_as(held, coref.title_synonyms) or not all(holds_word(held, word) for word in own):
            # (a nationality as its country: المبعوث الصيني is the envoy the text named as المبعوث الخاص لرئيس الصين)
            continue
        named = set(mention_words(name))
        for entity in reversed(coref.entities):
            if named and named <= entity.words():
                return entity
        return NEW
    return None


def person_written_about(coref: Coreference, query: Query) -> Entity | Verdict | None:
    """`وقال المهاجم السوري` after a player was quoted by name: a definite bare title with no holder is the person the
    text is about, the latest speaker, where that speaker is a person named by a name (not a body: `وقال المدير
    التنفيذي` after `أعلنت شركة نوكيا` is its director), of no other nisba (`الرئيس الجزائري` after `السفير المصري`)
    and gender (`تقول الشاعرة العراقية` after a man), nor of another office (`المتحدث باسم الحكومة` after the
    ministry's). A group (`وأضاف الباحثون`) is new speakers."""
    if not _short_title(coref, query):
        return None
    mention, words, last = query.mention, query.words, coref.last_speaker
    entry = coref.roles.lookup(words[0])
    group = entry is not None and entry.get("kind") == "descriptor"
    if mention.text.startswith(("ال", "وال")) and last is not None and not group:
        person = mention_words(last.fullest)
        if other_nisba(words, last.role_words(), last.words()) or other_office(coref, mention, words, frozenset(), last):
            return NEW
        if _another_job(coref, words[0], last):
            return NEW  # وصرح الرئيس الكيني after `قائد شرطة العاصمة فلان`: a president is no commander
        title_gender = person_gender(None, words[0], coref.given_names, coref.roles)
        if title_gender is not None and coref.named_gender(last) not in (None, title_gender):
            return NEW
        if _plural_of_title(coref, person[0]):
            return None  # وكان الوزير قد … after `أكد مديرو التعليم`: the holders of a title are no one person
        if len(person) >= 2 and person[0] not in coref.roles and person[0] not in coref.kind_heads and not person[0].startswith("ال"):
            return last
    return None


def _another_job(coref: Coreference, title: str, last: Entity) -> bool:
    """Whether a bare title names a job (role_nouns.tsv kind job) other than the office the latest speaker's title
    names, a job in construct with what it heads, neither the other's synonym (title_synonyms.tsv): `الرئيس` after
    `قائد شرطة العاصمة فلان`; a definite job with no genitive describes the person rather than an office (`المهاجم
    السوري` after `اللاعب السوري فلان`)."""
    if last.role is None or last.role.text.lstrip("وف").startswith("ال"):
        return False
    held = mention_words(last.role)
    if len(held) < 2:
        return False
    mine, theirs = coref.roles.lookup(title), coref.roles.lookup(held[0])
    if mine is None or theirs is None or mine.get("kind") != "job" or theirs.get("kind") != "job":
        return False
    (read_mine,), (read_theirs,) = read_as((title,), coref.title_synonyms), read_as(held[:1], coref.title_synonyms)
    return read_mine != read_theirs


def long_title(coref: Coreference, query: Query) -> Entity | Verdict | None:
    """`رئيس مجلس النواب البحريني` after `رئيس مجلس النواب في مملكة البحرين أحمد الملا`: a long title with no name
    beside it, whose every word (a nationality as its country: البحريني → البحرين) is in an earlier holder's title, is
    that holder."""
    mention, words = query.mention, query.words
    if words[0] not in coref.roles or len(words) <= 3 or names_beside_role(coref, mention, words, query.role):
        return None
    for entity in reversed(coref.entities):
        if entity.role is not None and entity.role != entity.fullest and holds_title(entity, words):
            return entity
    return None


#: The endings of a sound masculine plural (مديرو التعليم، المسؤولون، مسؤولين).
_SOUND_PLURAL_ENDINGS = ("ون", "ين", "و")


def _plural_of_title(coref: Coreference, word: str) -> bool:
    """Whether a mention's first word is the sound plural of a title (مديرو، مسؤولون): the holders of an office."""
    return any(
        word.endswith(ending) and len(word) - len(ending) >= 3 and word[: -len(ending)] in coref.roles
        for ending in _SOUND_PLURAL_ENDINGS
    )


#: The endings of a sound plural or a dual, as the resolver writes them (باحثون، مسؤولين، مسؤولان).
_DUAL_OR_PLURAL_ENDINGS = ("ون", "ين", "ان", "ات")


def official_quoted_last(coref: Coreference, query: Query) -> Entity | Verdict | None:
    """`وأضافت المسؤولة الأوروبية أن …` after `وقالت مفوضة التجارة سيسليا مالمستروم: «…»`: a definite singular
    descriptor (role_nouns.tsv kind descriptor: المسؤول، المسؤولة), alone or with a nisba, is the person the text
    quoted last, named, whose gender agrees with the verb; a nisba the person's title or name contradicts makes it
    someone else (the later sieves are asked). A group quoted since (`ويحذر المدافعون عن الخطوة من أن …`) is passed
    over: one official is none of many."""
    words = query.words
    if not 1 <= len(words) <= 2 or coref.roles is None or not query.mention.text.lstrip("وف").startswith("ال"):
        return None
    entry = coref.roles.lookup(words[0])
    if entry is None or entry.get("kind") != "descriptor" or (len(words) == 2 and not _nisba_of_either_gender(words[1])):
        return None
    if words[0].endswith(_DUAL_OR_PLURAL_ENDINGS) or strip_article(words[0]) in GROUP_WORDS:
        return None  # الباحثون، المسؤولين، الخبراء: many, never the one person quoted last
    last = _latest_but_groups(coref)
    if last is None or not coref.names_person(last.fullest) or query.gender is None or coref.gender(last) != query.gender:
        return None
    held = set(mention_words(last.role)) if last.role is not None else set()
    if other_nisba(words, held, set(mention_words(last.fullest))):
        return None  # المسؤول الأمريكي after وزير الخارجية الروسي: another official
    return last


def _latest_but_groups(coref: Coreference) -> Entity | None:
    """The entity quoted last, passing over the people quoted since as many, by a masculine sound plural with no
    person's name in it (`المدافعون عن الخطوة`، `المعارضين`)."""
    for entity in reversed(coref.sources_quoted):
        if not _many(coref, entity):
            return entity
    return None


def _many(coref: Coreference, entity: Entity) -> bool:
    """Whether every mention of `entity` opens with a masculine sound plural (ون/ين after three letters or more) and
    names no person."""
    return all(
        (words := mention_words(mention)) and len(words[0]) >= 5 and words[0].endswith(("ون", "ين")) and not coref.names_person(mention)
        for mention in entity.mentions
    )


def _nisba_of_either_gender(word: str) -> bool:
    """A relational adjective, masculine or feminine as the resolver writes it (أوروبي، أوروبيه)."""
    return nisba(word) or (len(word) >= 5 and word.endswith("يه"))
