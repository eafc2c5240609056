"""A hint for a cue with no subject of its own: the person its sentence names before it, or for the document's
first quote, the person or organisation the lead named before it (`وأفادت أن …`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from quotes.drafts.context import DocumentContext
from quotes.drafts.draft import Draft
from quotes.drafts.subject_mention import entity_tags_of, grow_mention
from quotes.graph import SentenceGraph, Word
from quotes.model import Span
from quotes.normalize import normalize, strip_article
from quotes.speakers import Mention, named_person_before, person_gender
from quotes.speakers.words import head_without_genitive

#: How many sentences back the document's first, subject-less quote looks for its source.
_LOOKBACK_SENTENCES = 3


def with_named_person(context: DocumentContext, draft: Draft, drafts: Sequence[Draft]) -> Draft:
    """A cue with no subject and no main clause subject takes, as a hint, the person its sentence names before it."""
    if draft.speaker is not None or draft.speaker_hint is not None:
        return draft
    sentence = context.document.sentences[draft.sentence_index]
    # (a nested quote's own sentence lies in the content around it: that text counts)
    contents = [other.content for other in drafts if not other.content.start <= draft.cue.start < other.content.end]

    def not_narrated(offset: int) -> bool:
        return context.marks.containing(offset) is not None or any(
            content.start <= offset < content.end for content in contents
        )

    # a plural cue (وقالوا، وطالبوا) does not speak for the one person its sentence names (سلامة …، صالح)
    person = _person_before(context, sentence, draft.cue.start, not_narrated) if draft.cue_number != "Plur" else None
    if person is not None and not _agrees(context, draft, person):
        person = None  # وتضيف، وأوضحت: a feminine cue does not speak for the minister (وزير) the sentence named
    if person is not None and _in_an_earlier_report(sentence, person, draft, drafts):
        person = None  # وقال اللاعب في حوار مع الإعلامي فلان: …، مبديا …: whom the speaker talked to does not go on
    if (person is None or person.speaker is None) and not any(
        other.cue.start < draft.cue.start for other in drafts if other.type != "according_to"
    ):
        # the document's first quote and no subject (وأفادت أن …): the source the lead named before it
        person = _source_named_earlier(context, draft, not_narrated)
    if person is None or person.speaker is None:
        return draft
    return attrs.evolve(draft, speaker_hint=person.speaker, hint_role=person.role, notes=draft.notes + person.notes)


def _in_an_earlier_report(sentence: SentenceGraph, person: Mention, draft: Draft, drafts: Sequence[Draft]) -> bool:
    """Whether the person is named inside an earlier report of the same sentence that has a speaker of its own, after a
    preposition between that speaker and the report's content (`وقال اللاعب لبرنامج … مع الإعلامي فلان: …`): someone
    the speaker talked to or met, not the speaker; the subject-less cue after it goes on with that report's speaker. A
    name after the speaker with no preposition before it (`رأى الكاتب والمحلل السياسي فلان أنه`) may be the speaker's
    own, which the rules cut short."""
    span = person.speaker
    if span is None:
        return False
    for other in drafts:
        if other.sentence_index != draft.sentence_index or other.speaker is None or other.cue.start >= draft.cue.start:
            continue
        after = max(other.speaker.end, other.cue.end)
        if after <= span.start and span.end <= other.content.start:
            return any(word.upos == "ADP" for word in sentence.words_within(after, span.start))
    return False


def _agrees(context: DocumentContext, draft: Draft, person: Mention) -> bool:
    """Whether the cue's gender (if the parse gives one) fits the person's given name or title."""
    if draft.cue_gender not in ("Masc", "Fem") or person.speaker is None:
        return True
    first = strip_article(normalize(person.speaker.text.split()[0]))
    head = strip_article(normalize(person.role.text.split()[0])) if person.role is not None else None
    gender = person_gender(first, head, context.lexicons.names, context.lexicons.roles)
    return gender is None or gender == draft.cue_gender


def _person_before(context: DocumentContext, sentence: SentenceGraph, end: int, skip: Callable[[int], bool]) -> Mention | None:
    """The last person the sentence names before `end`; a given name inside a body's or a place's name (جامعة نايف
    العربية، مستشفى الملك فهد: the entity tagger put it inside the organisation or place, not at its start) names the
    body, not a person."""
    inside = frozenset(word.start for word in sentence.words if _inside_a_body(context, sentence, word))
    return named_person_before(
        sentence,
        end,
        context.text,
        roles=context.lexicons.roles,
        honorifics=context.lexicons.honorifics,
        names=context.lexicons.names,
        skip=lambda offset: skip(offset) or offset in inside,
    )


def _inside_a_body(context: DocumentContext, sentence: SentenceGraph, word: Word) -> bool:
    """Whether the entity tagger put `word` inside an organisation or a place, after its first word (I-, E-)."""
    row = context.entity_row(sentence)
    if row is None or word.index > len(row):
        return False
    tag = row[word.index - 1]
    return tag[:1] in ("I", "E") and tag[2:] in ("ORG", "LOC")


def _person_acting(context: DocumentContext, sentence: SentenceGraph, skip: Callable[[int], bool]) -> Mention | None:
    """The person who is the subject of the sentence's main verb (`ونقل الوزير خالد العتيبي … تحيات الملك … وولي عهده
    الأمير محمد بن سلمان.. مشيراً إلى أن …`: the minister acts; the princes are the genitives of what he conveyed),
    where that subject names a person; the main verb under a sentence-initial و too (the PADT style's root)."""
    root = next((word for word in sentence.words if word.head == 0), None)
    if root is not None and root.upos == "CCONJ":
        root = next((child for child in sentence.children(root.index) if child.upos == "VERB"), None)
    if root is None or root.upos != "VERB":
        return None
    subject = next((child for child in sentence.children(root.index) if child.base_deprel == "nsubj"), None)
    if subject is None or skip(subject.start) or subject.upos not in ("NOUN", "PROPN", "X"):
        return None
    found = grow_mention(context, sentence, subject, limit=sentence.end, content_head=None)
    named = _person_before(context, sentence, found.speaker.end, skip) if found.speaker is not None else None
    if (named is None or named.speaker is None) and _tagged_person(context, sentence, found.speaker):
        named = found  # هنأ رئيس الهيئة "سعد بن ناصر القحطاني" …: a name in quotation marks the tagger read as a person
    if named is None or named.speaker is None or found.speaker is None:
        return None
    if not found.speaker.start <= named.speaker.start < found.speaker.end:
        return None  # (the subject names no person: a body or a thing acts, and the last person named stands)
    return attrs.evolve(named, notes=("speaker: the person the sentence before names as its main verb's subject",))


def _under_preposition(sentence: SentenceGraph, word: Word) -> bool:
    """Whether a body's noun, or the first of the conjuncts it is one of, stands after a preposition other than the
    لـ of whose it is (`كما أشاد بالتعاون | ووحدة الصف`: what he praised, no one acting; but `في بيان لوزارة الصحة`)."""
    node: Word | None = word
    while node is not None and node.base_deprel == "conj":
        node = sentence.parent(node.index)
    if node is None:
        return False
    return any(
        child.base_deprel == "case" and normalize(child.text) not in ("ل", "لل") for child in sentence.children(node.index)
    )


def _tagged_person(context: DocumentContext, sentence: SentenceGraph, span: Span | None) -> bool:
    """Whether the entity tagger read every word of `span` as one person's name (B-PERS … E-PERS)."""
    row = context.entity_row(sentence)
    if span is None or row is None:
        return False
    inside = sentence.words_within(span.start, span.end)
    if not inside or inside[-1].index > len(row):
        return False
    labels = entity_tags_of(row, inside)
    opens, closes = labels[0] in ("B-PERS", "S-PERS"), labels[-1] in ("E-PERS", "S-PERS")
    return opens and closes and all(label.endswith("-PERS") for label in labels)


def _source_named_earlier(context: DocumentContext, draft: Draft, skip: Callable[[int], bool]) -> Mention | None:
    """The last person or organisation the previous sentences name, agreeing in gender with the cue."""
    sentences = context.document.sentences
    earlier = sentences[max(0, draft.sentence_index - _LOOKBACK_SENTENCES) : draft.sentence_index]
    for sentence in reversed(earlier):
        if draft.cue_gender != "Fem" and draft.cue_number != "Plur":
            person = _person_acting(context, sentence, skip) or _person_before(context, sentence, sentence.end, skip)
            if person is not None and person.speaker is not None:
                return person
        heads = context.lexicons.organisation_heads
        for word in reversed(sentence.words):
            if skip(word.start) or word.upos not in ("NOUN", "PROPN"):
                continue
            # a gender the parse does not give (PADT-style models write none on nouns) is no disagreement
            outer = sentence.parent(word.index)
            if outer is not None and outer.index < word.index and any(strip_article(key) in heads for key in outer.keys):
                word = outer  # وزارة الصحة: the body is the phrase's head, not the domain noun after it
            agrees = draft.cue_gender is None or word.feat("Gender") in (None, draft.cue_gender)
            if (
                agrees
                and any(strip_article(key) in heads for key in word.keys)
                and not head_without_genitive(sentence, word)
                and not _under_preposition(sentence, word)
            ):
                found = grow_mention(context, sentence, word, limit=sentence.end, content_head=None)
                if found.speaker is not None:
                    return attrs.evolve(found, notes=("speaker: the organisation named before the first quote",))
    return None
