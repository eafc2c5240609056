"""The passes after the whole document is read, over the entities the quotes point at: a person's role and full
name where the text first named them, a body's full name for its short one (`الأرصاد` → `الرئاسة العامة للأرصاد
وحماية البيئة`), and an entity merged into an earlier, fuller one (`صدّيق` → `صديق خان`)."""

from __future__ import annotations

from collections.abc import Iterable

from quotes.coreference.bodies import inside_other_head
from quotes.coreference.chains import Entity
from quotes.coreference.state import Coreference
from quotes.coreference.titles import after_belonging_preposition, in_construct
from quotes.coreference.words import body_words, body_words_of, conjoined, fullest, mention_words, words_of
from quotes.grammar.loader import bundled_lexicon
from quotes.model import Span
from quotes.normalize import normalize, strip_conjunction
from quotes.speakers.roles import job_instead_of_rank


def roles_from_other_mentions(coref: Coreference, entities: Iterable[Entity]) -> None:
    """Where the text first names a quoted person (often a sentence without a quote): full name and role."""
    if coref.role_at is None:
        return
    text = coref.document.text
    for entity in entities:
        name = entity.fullest.text
        if set(mention_words(entity.fullest)[:1]) & coref.kind_heads:
            continue  # a body (منظمة الصحة العالمية) has no title; the one before it in the text is a person's
        tagged_body = all(mention_words(mention) in coref.tagged_organisations for mention in entity.mentions)
        position = text.find(name)
        while position != -1:
            role, full = coref.role_at(Span(name, position, position + len(name)))
            role = _job_instead_of_rank(coref, role, full) or role
            if role is not None and (
                after_belonging_preposition(role, position, text) or (tagged_body and in_construct(role, position, text))
            ):
                role = None  # the title of one who belongs to the body, or of its leader: not the body's
            if full is not None and len(full.text) > len(entity.fullest.text):
                entity.mentions.append(full)
            if entity.role is None and role is not None:
                entity.role = role
            if entity.role is not None:
                break
            position = text.find(name, position + 1)


def _job_instead_of_rank(coref: Coreference, role: Span | None, full: Span | None) -> Span | None:
    """The job written after the name where the role before it is only a rank or title (`الدكتور فلان وزير الآثار`)."""
    sentence = coref.document.sentence_at(full.start) if full is not None else None
    if sentence is None or full is None:
        return None
    return job_instead_of_rank(sentence, role, full, coref.document.text, roles=coref.roles, honorifics=_HONORIFICS)


#: السيد، الشيخ، معالي … (rules/lexicons/honorifics.tsv): no rank, no role.
_HONORIFICS = bundled_lexicon("honorifics")


def full_organisation_names(coref: Coreference, entities: Iterable[Entity]) -> None:
    """`الأرصاد` → `الرئاسة العامة للأرصاد وحماية البيئة`: a body quoted by a short name takes the fullest
    organisation phrase of the document that holds all of its words."""
    phrases = coref.organisation_phrases
    if phrases is None:
        return
    heads = coref.organisation_heads
    for entity in entities:
        words = set(mention_words(entity.fullest))
        if not words or not strip_conjunction(normalize(entity.fullest.text)).startswith("ال"):
            continue  # a definite short name (الأرصاد، الشئون الصحية), not a person's name
        if mention_words(entity.fullest) in coref.tagged_organisations:
            continue  # the entity tagger reads it as an organisation's whole name (الأمم المتحدة), not a short one
        # a body named by its own head noun (الجيش، اللجنة) is not the medium that holds its name (موقع اللجنة الرسمي)
        own_head = body_words(entity.fullest)[0]
        outlets = coref.media_heads if own_head in heads and own_head not in coref.media_heads else frozenset()
        # only where the short name lacks the organisation's head noun (الأرصاد, not اللجنة)
        fuller = [
            phrase
            for phrase in phrases
            if words <= set(mention_words(phrase))
            and len(mention_words(phrase)) > len(words)
            and mention_words(phrase)[0] in heads
            and mention_words(phrase)[0] not in words
            and body_words(phrase)[0] not in outlets
            and not conjoined(phrase, words)
        ]
        if own_head in heads:
            # a bare head (المنظمة، الشركة) inside a larger body (مجلس وزراء خارجية منظمة التعاون، إدارة شركة …) is the
            # inner body its head opens, not the council or board around it
            fuller = [_from_head(coref.document.text, phrase, own_head) or phrase for phrase in fuller]
        if fuller:
            entity.mentions.append(fullest(fuller))


def names_after_their_head(coref: Coreference, entities: Iterable[Entity]) -> None:
    """`سامسونج` → `شركة سامسونج للإلكترونيات`: a body quoted by its bare name (written without the article, and
    tagged an organisation by the entity tagger) takes the organisation phrase of the document that writes that name
    right after its head noun (شركة، مؤسسة، بنك …). A name never tagged an organisation is left alone: a person's
    family name may follow a head noun too (`مؤسسة الملك فيصل`)."""
    phrases = coref.organisation_phrases
    if not phrases:
        return
    heads = coref.organisation_heads
    for entity in entities:
        words = mention_words(entity.fullest)
        if not words or normalize(entity.fullest.text).startswith("ال") or words not in coref.tagged_organisations:
            continue
        if _inside_person_name(coref, words):
            continue  # a person's name the tagger took for a body (جوارديولا of جوسيب جوارديولا), not a company's
        fuller = [
            phrase
            for phrase in phrases
            if body_words(phrase)[0] in heads and mention_words(phrase)[1 : 1 + len(words)] == words
        ]
        if fuller:
            entity.mentions.append(fullest(fuller))


def _inside_person_name(coref: Coreference, words: tuple[str, ...]) -> bool:
    """Whether every word of `words` belongs to one person's name the mention finders or the entity tagger found in the
    document."""
    text = coref.document.text
    names = [set(words_of(text[start:end])) for start, end in coref.person_names]
    names.extend(set(name) for name in coref.tagged_persons)
    return any(set(words) <= name for name in names)


#: How far after a body's full name its short name in parentheses may open (a space, the bracket).
_ACRONYM_GAP = 2


def names_in_parentheses(coref: Coreference, entities: Iterable[Entity]) -> None:
    """`مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)` … `وأكدت "اوتشا" أن …`: a body quoted by one word that
    the text wrote in parentheses right after a body's full name (its acronym or short name) takes that name, the
    parentheses with it."""
    phrases = coref.organisation_phrases
    if not phrases:
        return
    text = coref.document.text
    for entity in entities:
        words = mention_words(entity.fullest)
        if len(words) != 1:
            continue
        for phrase in phrases:
            opening = text.find("(", phrase.end, phrase.end + _ACRONYM_GAP)
            closing = text.find(")", opening + 1, opening + 40) if opening != -1 else -1
            if closing == -1 or text[phrase.end : opening].strip() or words_of(text[opening + 1 : closing]) != words:
                continue
            entity.mentions.append(Span.from_offsets(text, phrase.start, closing + 1))
            break


def _from_head(text: str, phrase: Span, head: str) -> Span | None:
    """The part of a body's phrase that starts at a later word with this head noun and goes on with a name (`منظمة
    التعاون الإقليمي` of `مجلس وزراء خارجية منظمة التعاون الإقليمي`), else None."""
    offset = phrase.start
    for position, written in enumerate(phrase.text.split()):
        offset = text.index(written, offset)
        # in construct, as written (منظمة، شركة): not after a glued لل (الرئاسة العامة للأرصاد is the presidency's name)
        if position > 0 and body_words_of(written)[:1] == (head,) and not normalize(written).startswith(("لل", "ال")):
            inner = Span.from_offsets(text, offset, phrase.end)
            return inner if len(inner.text.split()) > 1 else None
        offset += len(written)
    return None


def merged(coref: Coreference, entities: list[Entity]) -> dict[int, Entity]:
    """`صدّيق` quoted before the text gave `خان` its full name `صديق خان`: once full names are known, an
    entity whose every word belongs to an earlier, fuller entity is that entity."""
    merged: dict[int, Entity] = {}
    for position, entity in enumerate(entities):
        words = set(mention_words(entity.fullest))
        for earlier in entities[:position]:
            if id(earlier) in merged or not words:
                continue
            if (
                words < set(mention_words(earlier.fullest))
                and entity.gender in (None, earlier.gender)
                and not inside_other_head(coref, words, earlier)
            ):
                merged[id(entity)] = earlier
                if earlier.role is None:
                    earlier.role = entity.role
                break
    return merged
