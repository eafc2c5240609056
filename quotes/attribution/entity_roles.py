"""The roles an entity was given in its document, as the entity sieve and the latest-person sieve read them: the
latest title before a position, a fuller title in the quote's own sentence or an earlier one, a role that ran into
the name it is said with."""

from __future__ import annotations

from quotes.attribution.ground import overlaps
from quotes.entities import Entity, name_words, text_name_words
from quotes.grammar.loader import bundled_lexicon
from quotes.model import Quote, Span
from quotes.normalize import normalize, strip_article, strip_conjunction


def named_person(entity: Entity) -> bool:
    """A person whose canonical mention is their proper name (a name finder's or the entity tagger's), not a
    description (ضابط كبير في الجيش)."""
    return entity.type == "PER" and any(m.span == entity.canonical and m.person_name for m in entity.mentions)


def latest_role_before(entity: Entity, position: int) -> Span | None:
    earlier = [role.span for role in entity.roles if role.span.end <= position]
    return max(earlier, key=lambda span: span.start) if earlier else None


def without_name(role: Span, name: Span) -> Span | None:
    """`role` without the first word of `name` where the role ends with it (the phrase ran into the name), or without
    the last word of a full name (`الفريق المحرج` for `عثمان المحرج`: a title and the family name)."""
    words = name_words(name)
    ends = {words[0], words[-1]} if len(words) > 1 else set(words)
    text = role.text.rstrip()
    cut = text.rfind(" ")
    if not ends or cut < 0 or len(last := text_name_words(text[cut + 1 :])) != 1 or last[0] not in ends:
        return role
    kept = text[:cut].rstrip()
    return Span(kept, role.start, role.start + len(kept)) if kept else None


def fuller_role(quote: Quote, entity: Entity) -> Span | None:
    """The entity's title in the quote's own sentence when it holds every word of the quote's role and more: the rules
    read `المتحدث` where the parse hung `باسم الخارجية التركية` on the verb; the mention finder read the words before
    the name."""
    if entity.type != "PER":
        return None
    if quote.role is None:
        return role_in_sentence(quote, entity)
    have = set(name_words(quote.role))
    name = set(name_words(entity.canonical))
    honorary = len(have) == 1 and title_or_rank(quote.role)
    fuller = [
        role.span
        for role in entity.roles
        if role.sentence_index == quote.sentence_index
        and have
        and (have < set(words := name_words(role.span)) or (honorary and len(words) > 1))
        and not name & set(name_words(role.span))  # الدكتور صدقة: a title that took a word of the name
    ]
    return max(fuller, key=lambda span: len(name_words(span))) if fuller else None


def title_or_rank(role: Span) -> bool:
    """Whether a role is an academic or professional title or a rank alone (الدكتور، المهندس، العميد: role_nouns.tsv
    kind title or rank; الأستاذ، السفير: column courtesy), which names no office: `كشف الدكتور أشرف العربي وزير
    التخطيط المصري أن …` has the job after the name as its role (the spec's role is the source's position)."""
    words = role.text.split()
    if len(words) != 1:
        return False
    entry = bundled_lexicon("role_nouns").lookup(strip_article(strip_conjunction(normalize(words[0]))))
    if entry is None:
        return False
    # (a job written alone with the article that is also a courtesy title or a diplomat's rank: الأستاذ، السفير)
    return entry.get("kind") in ("title", "rank") or (entry.get("courtesy") == "yes" and normalize(words[0]).startswith(("ال", "وال")))


def role_in_sentence(quote: Quote, entity: Entity) -> Span | None:
    """The one title or description the mention finders read for the person in the quote's own sentence, where the
    rules' speaker phrase gave none (`وحذر ريتشارد توتاه الخبير في شؤون الأمن …`: the parse read the family name as a
    verb, and the phrase stopped at the given name)."""
    given = [
        role.span
        for role in entity.roles
        if role.sentence_index == quote.sentence_index
        and len(name_words(role.span)) > 1  # (one word after a name may be its last: لويس هاميلتون بطل | العالم)
        and any(0 < role.span.start - mention.span.end <= 2 for mention in entity.mentions)  # right after the name
        and not any(overlaps(role.span, mention.span) for mention in entity.mentions)
    ]
    return given[0] if len(given) == 1 else None


def earlier_fuller_role(role: Span | None, sentence_index: int, entity: Entity) -> Span | None:
    """The latest title an earlier sentence gave the person that holds a one-word role and more: `وقال اللاعب`
    after `لاعب نادي الوحدة سعيد المالكي` has the role `لاعب نادي الوحدة`, `وأوضح اللواء الحربي` the title
    `اللواء` came with before; a bare title or rank describes no one by itself, and takes the latest fuller title
    given before, whatever its words (`وأضاف الدكتور القباع` after `أستاذ العلوم السياسية … عبدالله القباع`)."""
    if role is None or entity.type != "PER":
        return None
    have = name_words(role)
    if len(have) != 1:
        return None
    name = set(name_words(entity.canonical))
    honorary = title_or_rank(role)
    earlier = [
        given.span
        for given in entity.roles
        if given.sentence_index < sentence_index
        and (set(have) < set(words := name_words(given.span)) or (honorary and len(words) > 1))
        and not name & set(name_words(given.span))
    ]
    return max(earlier, key=lambda span: span.start) if earlier else None
