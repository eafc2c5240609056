"""Sieve ``entity``: a speaker phrase covered by a mention takes that entity's id as ``speaker_entity``.

Where the entity's canonical name holds every word of the resolved speaker and more (`لافروف` → `سيرجي لافروف`), or
the phrase is an anaphor, a bare title or a statement of it (`سموه`، `المتحدث الرسمي`، `البيان`),
``speaker_resolved`` is the canonical name; an anaphor or title quoted without a role takes the person's first title;
a phrase that ran on from a body's name or a title into the person's name (`لجامعة الملك عبدالعزيز خالد الغامدي`،
`المتحدث باسم البنتاجون جيف ديفيس`) becomes the name; a one-word title or rank as the role (`وقال اللاعب`، `وأوضح
اللواء الحربي`) takes the fuller title an earlier sentence gave the person (`لاعب نادي الوحدة`)."""

from __future__ import annotations

import attrs

from quotes.attribution.entity_roles import earlier_fuller_role, fuller_role, latest_role_before, named_person, without_name
from quotes.attribution.ground import Ground, overlaps, with_note
from quotes.attribution.named_holder import HOLDER_NOTE
from quotes.entities import Entity, EntityTable, contained, name_words
from quotes.graph import Word
from quotes.mentions import EntityMention
from quotes.mentions.lexicons import PERSON_OBJECT_CLASSES
from quotes.model import Quote, Span
from quotes.normalize import normalize, strip_conjunction
from quotes.speakers import APPOSITION_COMMAS, GIVEN_NAMES_READ_AS_PREPOSITION
from quotes.speakers.words import surface

#: Mentions that stand for a named entity without naming it: their speaker is the entity's canonical name.
_POINTING_KINDS = frozenset(("HONORIFIC", "LATTER", "TITLE", "DOC"))


def sieve(quote: Quote, ground: Ground) -> Quote:
    """Sieve 4: the entity of the speaker's mention: its id, and its canonical name where it names more."""
    table, document = ground.table, ground.document
    named = _name_after_own_title(quote, table)
    if named is not None:
        # وقالت المتحدثة باسم الشرطة | لوبا السمري إنه: the parse hung the name on the verb, and the resolver guessed
        # the person quoted last for the bare title; the finder read the title and the name as one phrase
        quote = with_note(attrs.evolve(quote, speaker_resolved=named), f"speaker_resolved: {named.text!r}, named after the title")
    holder = _holder_named_before_content(quote, ground)
    if holder is not None:
        # قال الرئيس الجديد لشركة هوندا موتور ثالث أكبر شركة سيارات في اليابان | تاكاهيرو هاشيجو | أنه …: the title's
        # holder, named after a description of the body, right before what he said
        title = quote.role or quote.speaker
        quote = attrs.evolve(quote, speaker=holder, speaker_resolved=holder, role=title)
        quote = with_note(quote, f"speaker: {holder.text!r}, {HOLDER_NOTE}")
    # the resolver's choice first: a subject-less cue or a group anaphor (المصادر الثلاثة) was resolved across the document
    speaker = quote.speaker_resolved or quote.speaker
    if speaker is None:
        return quote
    found = _issued_statement(quote, table) or table.at(speaker)
    if found is None:
        return quote
    entity, mention = found
    changes: dict[str, object] = {"speaker_entity": f"{document.doc_id}:{entity.id}"}
    notes = [f"sieve entity: {mention.kind} mention {mention.span.text!r} of {entity.id} ({entity.canonical.text!r})"]
    points = mention.kind in _POINTING_KINDS and entity.canonical != mention.span
    if quote.speaker_resolved is not None and _names_within(entity.canonical, quote.speaker_resolved):
        points = False  # تقرير الأمم المتحدة already names its issuer: the phrase stays as the text gives it
    into_body = _runs_into_body(entity, quote.speaker_resolved, table)
    if (points or _names_more(entity, quote.speaker_resolved) or into_body) and (_is_name(entity) or _issued_by_title(entity, mention)):
        changes["speaker_resolved"] = entity.canonical
        name = _name_inside(entity, quote.speaker) if into_body and quote.speaker is not None else None
        if name is not None:
            changes["speaker"] = name  # the body's name is no part of the speaker's
        if points and quote.role is None and entity.role is not None and entity.type == "PER":
            changes["role"] = entity.role  # سموه، المتحدث: the title of the person they stand for
        notes.append(f"speaker_resolved: the canonical name {entity.canonical.text!r}")
    spoken = table.at(quote.speaker) if quote.role is not None and quote.speaker == quote.role else None
    if spoken is not None and spoken[0] is entity and spoken[1].kind == "PER" and spoken[1].span == quote.role:
        # وأضاف الخطيب after سامر الخطيب: the family name spells a title (خطيب), but it is the person's name; the role
        # is the latest the text gave them before
        changes["role"] = latest_role_before(entity, spoken[1].span.start)
        notes.append(f"role: {spoken[1].span.text!r} is a family name of {entity.id}, not a title")
    elif quote.role is not None and (
        changes.get("speaker_resolved") == entity.canonical
        or (
            quote.speaker_resolved == entity.canonical
            and quote.role != entity.canonical
            and named_person(entity)
            and overlaps(quote.role, quote.speaker)  # وأوضح الدكتور مظهر: the role ran into the name it is said with
        )
    ):
        trimmed = without_name(quote.role, entity.canonical)
        if trimmed != quote.role:
            changes["role"] = trimmed  # نائبة رئيس المنظمة لورا: the role ended inside the name
    fuller = fuller_role(quote, entity)
    if fuller is not None and "role" not in changes:
        changes["role"] = fuller
        notes.append(f"role: the fuller title the sentence gives {entity.id}, {fuller.text!r}")
    role = changes.get("role", quote.role)
    earlier = earlier_fuller_role(role if isinstance(role, Span) else None, quote.sentence_index, entity)
    if earlier is not None:
        changes["role"] = earlier
        notes.append(f"role: a bare title, the fuller one the text gave {entity.id} before, {earlier.text!r}")
    elif role is None and entity.type == "PER" and named_person(entity):
        given = latest_role_before(entity, quote.cue.start)
        if given is not None:
            # وقال العربي إن … after كشف الدكتور أشرف العربي وزير التخطيط المصري: the spec's role, the latest
            # description the text gave the source before
            changes["role"] = given
            notes.append(f"role: the latest title the text gave {entity.id} before, {given.text!r}")
    updated = attrs.evolve(quote, **changes)  # type: ignore[arg-type]  # the keys are Quote fields
    for note in notes:
        updated = with_note(updated, note)
    return updated


def _issued_statement(quote: Quote, table: EntityTable) -> tuple[Entity, EntityMention] | None:
    """The issuer's entity of a statement named by its definite noun (`وبين التقرير أن …` after `نشرت شركة الأبحاث
    … تقريرا`), where the resolver took it for a statement of the same noun that no one issued (`بين تقرير حديث`
    earlier): the table's statement of that noun named last before, with its issuer, is the nearer antecedent."""
    speaker, resolved = quote.speaker, quote.speaker_resolved
    if speaker is None or resolved is None or resolved == speaker:
        return None
    own = table.at(speaker)
    if own is None or own[1].kind != "DOC" or own[1].span != speaker or not _is_name(own[0]):
        return None
    words = name_words(resolved)
    if not words or words[0] != own[1].head:
        return None  # (a statement the resolver tied to its issuer by name: تقرير الأمم المتحدة)
    other = table.at(resolved)
    if other is None or other[0] is own[0] or any(m.kind == "DOC" and m.issuer is not None for m in other[0].mentions):
        return None
    return own


def _names_within(name: Span, phrase: Span) -> bool:
    words = set(name_words(name))
    return bool(words) and words < set(name_words(phrase))


def _names_more(entity: Entity, resolved: Span | None) -> bool:
    """Whether the canonical name holds every word of the resolved speaker and more; a word may be a spelling the
    tokenizer cut by a letter (يرنار of لورا بيرنار)."""
    if resolved is None:
        return True
    have = name_words(resolved)
    canonical = name_words(entity.canonical)
    return bool(have) and len(set(canonical)) > len(set(have)) and contained(have, canonical)


def _runs_into_body(entity: Entity, resolved: Span | None, table: EntityTable) -> bool:
    """Whether the resolved speaker is the person's name run on from a body's name or title before it (`لجامعة الملك
    عبدالعزيز خالد الغامدي` read as one name chain): its words before the canonical name lie in an organisation's
    mention or in the title a finder read before the name."""
    if resolved is None or entity.type != "PER" or resolved == entity.canonical:
        return False
    if not (entity.canonical.start > resolved.start and entity.canonical.end == resolved.end):
        return False
    in_body = any(
        mention.kind in ("ORG", "MEDIA") and mention.span.start <= resolved.start < mention.span.end <= entity.canonical.start
        for other in table.entities
        for mention in other.mentions
    )
    # المتحدث باسم البنتاجون | جيف ديفيس: the words before the name end the title the finder read before it
    # (a definite word: الدكتور صدقة | يحيى فاضل is the name صدقة يحيى فاضل whatever the finder read)
    before = resolved.text[: entity.canonical.start - resolved.start].split()
    in_title = all(normalize(word).startswith("ال") for word in before) and any(
        m.role is not None and m.role.start < resolved.start < m.role.end <= entity.canonical.start for m in entity.mentions
    )
    return in_body or in_title


def _name_inside(entity: Entity, phrase: Span) -> Span | None:
    """The entity's name as a finder found it inside `phrase` (المتحدث باسم البنتاجون | جيف ديفيس), if any."""
    inside = [
        m.span
        for m in entity.mentions
        if m.kind == "PER" and m.source != "speaker" and phrase.start <= m.span.start and m.span.end <= phrase.end
    ]
    return max(inside, key=lambda span: span.end - span.start) if inside else None


def _name_after_own_title(quote: Quote, table: EntityTable) -> Span | None:
    """The person's name a finder read after the title that the speaker phrase opens (`المتحدثة باسم الشرطة الإسرائيلية
    لوبا السمري`), where the speaker is that bare title: the name whose role starts where the speaker does."""
    if quote.speaker is None:
        return None
    found = table.at(quote.speaker)
    if found is None or found[1].kind != "TITLE":
        return None
    entity, _ = found
    names = [
        mention.span
        for mention in entity.mentions
        if mention.kind == "PER"
        and mention.role is not None
        and mention.role.start == quote.speaker.start
        and mention.span.start >= quote.speaker.end
    ]
    return names[0] if names else None


#: What may stand between a holder's name and the content right after it: marks, and the colon before speech.
_BEFORE_CONTENT = " \t:،,«»\"“”"


def _holder_named_before_content(quote: Quote, ground: Ground) -> Span | None:
    """The person's name right before the content (`… بطل الثلاثية في الموسم الماضي (…) لويس إنريكي | أنه …`) where
    the speaker phrase is a title no one holds in the table (a TITLE mention only) and the name, in the same sentence
    after it, has no title of its own before it: the title's holder, named after a description of the body; or where
    the name is the title's own holder set off after it (`قائد المقاومة في المحافظة، الشيخ فلان، إن …`). Not
    after a preposition (`قال المتحدث لسامي الحربي إن`: whom it was said to), nor past a verb or a complementizer, nor
    after a verb whose object is a person (`اتهم`، `انتقد`، `حث`: mentions.lexicons.PERSON_OBJECT_CLASSES) or before
    `بأن` (`وصف … فلان بأنه …`: the name is the verb's object)."""
    speaker, content = quote.speaker, quote.content
    if speaker is None or quote.via is not None or content.start <= speaker.end:
        return None
    if quote.cue_class in PERSON_OBJECT_CLASSES or normalize(content.text).startswith("بان"):
        return None  # اتهمت وزيرة العدل السابقة بريس هورتيفي بأنه …، وصف …: whom the verb is about, its object
    found = ground.table.at(speaker)
    if found is None or not (found[1].kind == "TITLE" or _description(found[1])):
        return None
    if found[1].span.start != speaker.start:
        return None  # وقال بيان أصدره المتحدث باسم المجلس توماس غرين إن: the statement speaks, the holder issued it
    text = ground.document.text
    sentence = ground.document.sentence_at(speaker.start)
    if sentence is None or ground.document.sentence_at(content.start) is not sentence:
        return None
    # a title its holder's name is linked to: only that name, set off after it (، الشيخ فلان،)
    held = any(m.person_name for m in found[0].mentions)
    for entity in (found[0],) if held else ground.table.entities:
        for mention in entity.mentions:
            span = mention.span
            if held and APPOSITION_COMMAS.isdisjoint(text[speaker.end : span.start]):
                continue
            if not (mention.kind == "PER" and mention.person_name and (held or mention.role is None)):
                continue
            if not (speaker.end < span.start and span.end <= content.start) or text[span.end : content.start].strip(_BEFORE_CONTENT):
                continue
            between = sentence.words_within(speaker.end, span.start)
            if any(word.upos in ("VERB", "AUX", "SCONJ") for word in between) or _after_preposition(between, ground):
                continue
            return span
    return None


def _description(mention: EntityMention) -> bool:
    """A person described, not named (`أحد كبار مشايخ مأرب`، `مسؤول يمني`): the descriptor finder's mention."""
    return mention.kind == "PER" and mention.source == "descriptor" and not mention.person_name


def _after_preposition(between: list[Word], ground: Ground) -> bool:
    """Whether the name after `between` is a preposition's object, with its own titles between them (`مع الوزير | عادل
    الجبير`، `متحدثة باسم | فيشر`، `لـ | سامي`), or with a title and the words that describe it further (`مع الإعلامي
    الزميل | فلان`، `مع وزير الخارجية الأمريكي | فلان`): whom the speaker met, spoke for or spoke to. A preposition
    whose object starts with no word for a person (`… في اليابان | تاكاهيرو هاشيجو`: where the body is) leaves the
    name the title's holder."""
    position = len(between) - 1
    while position >= 0 and ground.is_title(between[position]):
        position -= 1
    if position < 0:
        return False
    if _is_preposition(between[position], ground):
        return True
    # back over the words of the preposition's object to the preposition, which a title must follow
    while position >= 0 and between[position].upos in _WORDS_OF_A_TITLE_PHRASE:
        position -= 1
    if not 0 <= position < len(between) - 1:
        return False
    return _is_preposition(between[position], ground) and ground.describes_person(between[position + 1])


#: What may stand between a title and its holder's name inside a preposition's object: nouns, adjectives, names.
_WORDS_OF_A_TITLE_PHRASE = frozenset(("NOUN", "ADJ", "PROPN", "X"))


def _is_preposition(word: Word, ground: Ground) -> bool:
    # (باسم as one word, or as the tokenizer splits it: ب | اسم, the written word)
    written = strip_conjunction(normalize(surface(word, ground.document.text)))
    return word.upos == "ADP" or written in GIVEN_NAMES_READ_AS_PREPOSITION


def _issued_by_title(entity: Entity, mention: EntityMention) -> bool:
    """Whether the mention is a statement of a person the text names by a title only (`ويقول التعميم` after `تعميم
    وزير الصحة`): the statement's speaker is the title."""
    return mention.kind == "DOC" and any(m.span == entity.canonical and m.kind == "TITLE" for m in entity.mentions)


def _is_name(entity: Entity) -> bool:
    """An entity whose canonical mention names it (not only a title, an anaphor or a statement)."""
    return any(m.span == entity.canonical and m.kind in ("PER", "ORG", "MEDIA", "GROUP") for m in entity.mentions)
