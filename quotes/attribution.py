"""Quotes point at the document's entities: mention → entity sieves after the rules chose a speaker phrase.

The rules and the document-level resolver (:mod:`quotes.coreference`) give each
quote a speaker phrase. These sieves, in order, read that phrase against the
entity table (:mod:`quotes.entities`):

1. ``no-source``: a speaker phrase that no person/organisation/group
   mention covers and whose head is a verb, a number, a preposition or a
   place is no speaker; the quote keeps its content and cue, without source.
2. ``name-in-phrase``: a speaker phrase that holds a person's name and a
   title (`المدير التنفيذي للشركة راجيف سوري`، `بيتر فليشر المستشار الدولي
   لجوجل`) — a parse that hung the name under the title — speaks through
   the name; the title becomes the role.
3. ``addressee``: an appeal's addressee that the parse hung under the subject
   (`ودعا الزهراني | المواطنين للتعاون …`) leaves the speaker phrase.
4. ``entity``: a speaker phrase covered by a mention takes that entity's id
   as ``speaker_entity``; where the entity's canonical name holds every word
   of the resolved speaker and more (`لافروف` → `سيرجي لافروف`), or the
   phrase is an anaphor, a bare title or a statement of it (`سموه`،
   `المتحدث الرسمي`، `البيان`), ``speaker_resolved`` is the canonical name;
   an anaphor or title quoted without a role takes the person's first title;
   a phrase that ran on from a body's name or a title into the person's name
   (`لجامعة الملك عبدالعزيز خالد الغامدي`، `المتحدث باسم البنتاجون جيف ديفيس`)
   becomes the name; a one-word title or rank as the role (`وقال اللاعب`، `وأوضح اللواء الحربي`) takes the
   fuller title an earlier sentence gave the person (`لاعب نادي الوحدة`).

4. ``latest-person``: a cue the resolver found no source for at all (no quote before it was ours) speaks for the
   person named last before it as a clause's subject, where the cue is singular and agrees with their title.

Other roles stay the resolver's: filling every missing role from the
entity's first title lowered role accuracy on unseen news (measured, not kept).

Each quote that a sieve changed names it in its evidence notes.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

import attrs

from quotes.entities import Entity, EntityTable, contained, name_words, text_name_words
from quotes.grammar.loader import bundled_lexicon, name_link_words
from quotes.graph import ParsedDocument, Word
from quotes.mentions import PERSON_OBJECT_CLASSES, EntityMention
from quotes.model import Quote, Span
from quotes.normalize import end_before_spaces, normalize
from quotes.speakers.words import issuing_subject, strip_honorifics, without_trailing_honorifics

#: Heads that are never a source's.
NOT_SOURCE_TAGS = frozenset(("VERB", "AUX", "NUM", "ADP", "SCONJ", "CCONJ", "PART", "PUNCT", "SYM"))
#: Mentions that stand for a named entity without naming it: their speaker is the entity's canonical name.
_POINTING_KINDS = frozenset(("HONORIFIC", "TITLE", "DOC"))


#: At most this many words of a second title between a title phrase and the name it belongs to.
_SECOND_TITLE_WORDS = 10


@attrs.frozen
class Ground:
    """What the sieves read: the document's entity table, its parse, and which words are titles."""

    table: EntityTable
    document: ParsedDocument
    is_title: Callable[[Word], bool] = attrs.field(default=lambda word: False)


def speaker_head(document: ParsedDocument, span: Span) -> Word | None:
    """The word of `span` whose head lies outside it (the phrase's syntactic head), if the span holds words."""
    inside = _words_within(document, span.start, span.end)
    if not inside:
        return None
    indices = {word.index for word in inside}
    heads = [word for word in inside if word.head not in indices]
    return heads[0] if heads else inside[0]


def _words_within(document: ParsedDocument, start: int, end: int) -> list[Word]:
    """The words of the sentence holding `start` that lie within [start, end)."""
    sentence = document.sentence_at(start)
    return sentence.words_within(start, end) if sentence is not None else []


def _in_prepositional_phrase(document: ParsedDocument, word: Word | None) -> bool:
    if word is None:
        return False
    sentence = document.sentence_at(word.start)
    if sentence is None:
        return False
    return any(child.base_deprel == "case" for child in sentence.children(word.index)) or (
        word.index > 1 and sentence.word(word.index - 1).upos == "ADP" and sentence.word(word.index - 1).end == word.start
    )


def _named_place(table: EntityTable, span: Span) -> bool:
    """A place the rules named by its kind (غرب بغداد، قضاء سنجار), not a bare name the tagger tagged."""
    return any(p.source == "place" and p.span.start <= span.start and span.end <= p.span.end for p in table.places)


def _note(quote: Quote, note: str) -> Quote:
    return attrs.evolve(quote, evidence=attrs.evolve(quote.evidence, notes=(*quote.evidence.notes, note)))


def no_source(quote: Quote, ground: Ground) -> Quote:
    """Sieve 1: a speaker that is no mention of a source and reads as a verb, number, preposition or place."""
    table, document = ground.table, ground.document
    speaker = quote.speaker or quote.speaker_resolved
    if speaker is None:
        return quote
    if quote.speaker_resolved is not None and quote.speaker_resolved != speaker and table.at(quote.speaker_resolved) is not None:
        return quote  # خان of صديق خان: the tagger's place is a surname the resolver already tied to a person
    head = speaker_head(document, speaker)
    verdict = None
    if table.is_place(speaker) and (_in_prepositional_phrase(document, head) or _named_place(table, speaker)):
        verdict = "a place"  # في الرياض، غرب بغداد (a capital as subject speaks for its government: قالت بكين)
    elif table.at(speaker) is not None:
        return quote
    elif head is not None and head.upos in NOT_SOURCE_TAGS and len(speaker.text.split()) == 1:
        verdict = f"a {head.upos.lower()}"  # (a longer phrase is more often a name the small tagger mistook)
    elif all(not char.isalpha() for char in speaker.text):
        verdict = "no word"
    if verdict is None:
        return quote
    cleared = attrs.evolve(quote, speaker=None, speaker_resolved=None, speaker_entity=None)
    return _note(cleared, f"sieve no-source: the speaker phrase {speaker.text!r} is {verdict}, not a source")


def name_in_phrase(quote: Quote, ground: Ground) -> Quote:
    """Sieve 2: a speaker phrase that holds a person's name and a title speaks through the name, the title is its role:
    `المدير التنفيذي للشركة راجيف سوري` (the parse hung the name under the company), `بيتر فليشر المستشار الدولي
    لجوجل` (the title in apposition after the name)."""
    changes: dict[str, Span] = {}
    for field in ("speaker", "speaker_resolved"):
        phrase = getattr(quote, field)
        # after a verb that takes a person as object, a name right after the subject is that object (اتهمت وزيرة العدل
        # السابقة بريس هورتيفي بأنه …), not the subject's name
        split = _name_and_title(phrase, ground, quote.cue_class not in PERSON_OBJECT_CLASSES) if phrase is not None else None
        if split is None:
            continue
        name, title = split
        changes[field] = name
        role = quote.role
        text = ground.document.text
        if title is None and role is not None and role.end <= phrase.start and not text[role.end : phrase.start].strip():
            title = Span.from_offsets(text, role.start, end_before_spaces(text, name.start))  # the title with its place
        if title is not None and (
            role is None
            or role == phrase
            or set(name_words(name)) & set(name_words(role))
            or set(name_words(role)) < set(name_words(title))  # الوزير → وزير العمل
        ):
            changes["role"] = title
    if not changes:
        return quote
    updated = attrs.evolve(quote, **changes)  # type: ignore[arg-type]  # the keys are Quote fields
    name = changes.get("speaker") or changes["speaker_resolved"]
    return _note(updated, f"sieve name-in-phrase: the name {name.text!r} in the speaker phrase")


def _name_and_title(phrase: Span, ground: Ground, name_may_follow: bool = True) -> tuple[Span, Span | None] | None:
    """The person's name inside `phrase` and the title around it, where the phrase is a title and a name; a name right
    after a title phrase too, where the cue takes no person as object (`name_may_follow`)."""
    names = [
        mention
        for _, mention in ground.table.mentions_starting(phrase.start, phrase.end)  # (those within the phrase start in it)
        if mention.person_name
        and phrase.start <= mention.span.start
        and mention.span.end <= phrase.end
        and mention.span != phrase
    ]
    if not names:
        surname = _surname_then_object(phrase, ground)
        if surname is not None:
            return surname, None
        return _name_after_title(phrase, ground, name_may_follow)
    name = max(names, key=lambda mention: mention.span.end - mention.span.start)
    if any(not (name.span.start <= other.span.start and other.span.end <= name.span.end) for other in names):
        return None  # two people in one phrase (ميس بيغي والضفدع كيرميت)
    text = ground.document.text
    before = text[phrase.start : name.span.start]
    after = text[name.span.end : phrase.end]
    words = _words_within(ground.document, phrase.start, phrase.end)
    before_name = [w for w in words if w.end <= name.span.start]
    if before_name and ground.is_title(before_name[-1]) and not normalize(before_name[-1].text).startswith("ال"):
        return None  # ممثل فرنسا، مستشار خامنئي: a title in construct with the name it serves, not a person's name
    if _construct_with_name(before_name, ground):
        return None  # أسرة المواطن سالم الحربي، والد الطالب …: the name is the genitive's; the family (father) speaks
    sentence = ground.document.sentence_at(phrase.start)
    if before_name and sentence is not None and issuing_subject(sentence, before_name[0]) is not None:
        return None  # دراسة أعدها الباحث سعيد القري: the study speaks; the name is its issuer (speaker_resolved)
    if not after.strip() and before.strip() and _only_places(ground, phrase.start, name.span.start):
        return name.span, None  # رئيس إدارة شرطة | لوس أنجلوس أندرو سميث: the place ends the title before the name
    if not after.strip() and name.role is not None and phrase.start <= name.role.start and name.role.end <= name.span.start:
        return name.span, _title_before_name(text, phrase.start, name.span.start)  # the title the finder read before the name
    if not after.strip() and _opens_with_title(before_name, ground):
        # ووفقا للناطق الإعلامي لشرطة المنطقة الرائد بدر السحيباني: a title phrase, then the name the tagger found
        return name.span, _title_before_name(text, phrase.start, name.span.start)
    if not before.strip() and after.strip():
        following = [w for w in words if name.span.end <= w.start]
        if following and ground.is_title(following[0]):
            return name.span, _trimmed(text, following[0].start, phrase.end)
        if following and _object_after_name(following, ground):
            return name.span, None  # ووصف … بنيامين نتنياهو | الهجوم بأنه: the verb's object hung under the name
    return None


def without_addressee(quote: Quote, ground: Ground) -> Quote:
    """Sieve 3: an appeal's addressee that the parse hung under the subject leaves the speaker: in `ودعت وزارة
    الداخلية المواطنين إلى …`، `ودعا الحداد المواطنين للتعاون …` a definite noun right after a definite noun or a name
    cannot go on the subject's phrase (a definite noun ends a construct, and an adjective would be no noun), so it
    opens the verb's object, whom the speaker appeals to."""
    speaker = quote.speaker
    if quote.cue_class != "appeal" or speaker is None:
        return quote
    words = _words_within(ground.document, speaker.start, speaker.end)
    cut = next((word for before, word in itertools.pairwise(words) if _opens_addressee(before, word, ground)), None)
    if cut is None:
        return quote
    text = ground.document.text
    kept = _trimmed(text, speaker.start, cut.start)
    if kept is None:
        return quote
    changes: dict[str, Span | None] = {"speaker": kept}
    if quote.speaker_resolved == speaker:
        changes["speaker_resolved"] = kept
    updated = attrs.evolve(quote, **changes)  # type: ignore[arg-type]  # the keys are Quote fields
    return _note(updated, f"sieve addressee: {text[cut.start : speaker.end]!r} is whom the speaker appeals to")


def _opens_addressee(before: Word, word: Word, ground: Ground) -> bool:
    """Whether `word` opens a noun phrase of its own after `before`: a definite noun (no adjective, part of a compound
    name such as صلاح الدين, or single title: a rank or title before a name, المتحدث باسم الشرطة العقيد، stays) after a
    definite noun or adjective (وزارة الداخلية | المواطنين) or a proper name."""
    written = normalize(word.text)
    if not written.startswith("ال") or written in _SECOND_NAME_HALVES:
        return False
    if word.upos == "ADJ" and not (_plural(word) and not _plural(before)):
        return False  # (an adjective agrees with its noun: a plural one after a singular noun is a noun, المواطنين)
    if word.upos not in ("NOUN", "ADJ") or (ground.is_title(word) and not _plural(word)):
        return False
    return before.upos in ("PROPN", "X") or (before.upos in ("NOUN", "ADJ") and normalize(before.text).startswith("ال"))


def _plural(word: Word) -> bool:
    """Whether the tagger or the written sound plural ending (ون، ين) makes the word plural."""
    return word.feat("Number") == "Plur" or normalize(word.text).endswith(("ين", "ون"))


#: The second halves of compound given names written apart (صلاح الدين، نور الدين).
_SECOND_NAME_HALVES = frozenset(normalize(word) for word in ("الدين",))


def _opens_with_title(before_name: Sequence[Word], ground: Ground) -> bool:
    """Whether the words before a name open with a job, rank or title (after a preposition: للناطق): a title phrase
    whose holder the name is; a descriptor (مصادر مقربة من …) is a source of its own."""
    position = next((i for i, word in enumerate(before_name) if word.upos not in ("ADP", "PUNCT")), None)
    if position is None:
        return False
    first = before_name[position]
    if ground.is_title(first):
        return True
    after_lam = position > 0 and before_name[position - 1].text == "ل" and before_name[position - 1].end == first.start
    return after_lam and first.text.startswith("ل") and ground.is_title(_with_its_article(first))


def _with_its_article(word: Word) -> Word:
    """A word after ل with the article it lost in writing: ل + الناطق is written للناطق, split ل + لناطق."""
    text = "ال" + word.text[1:]
    return Word(word.index, text, word.lemma, word.upos, word.xpos, word.feats, word.head, word.deprel, word.start, word.end, text)


def _construct_with_name(before_name: Sequence[Word], ground: Ground) -> bool:
    """Whether the words before a name open with a noun in construct that is no title (عائلة، أسرة، والد): the noun
    and the name after it are one phrase, its speaker; a noun with a pronoun (زوجته أليس) has the name in apposition."""
    if not before_name:
        return False
    first = before_name[0]
    return (
        first.upos == "NOUN"
        and not ground.is_title(first)
        and first.feat("Definite") != "Def"
        and not normalize(first.text).startswith("ال")
        and all(word.upos not in ("PRON", "PUNCT", "ADP") for word in before_name)
    )


def _surname_then_object(phrase: Span, ground: Ground) -> Span | None:
    """`ودعا القحطاني الجمعيات والمؤسسات الوطنية …`: the phrase's first word is the family name of a person the
    document names in full and a common noun phrase with the article follows: the name alone speaks."""
    words = [word for word in _words_within(ground.document, phrase.start, phrase.end) if word.upos != "PUNCT"]
    # a family name that opens with a particle is two words (وطالب أبو حسين | الحكومة الجديدة بـ …)
    size = 2 if len(words) > 2 and normalize(words[0].text) in _FAMILY_NAME_PARTICLES else 1
    if len(words) <= size or words[0].upos not in ("PROPN", "X", "NOUN") or not _object_after_name(words[size:], ground):
        return None
    text = ground.document.text
    family = text_name_words(text[words[0].start : words[size - 1].end])
    full_names = (name_words(entity.canonical) for entity in ground.table.entities if entity.type == "PER")
    if not family or not any(len(name) > len(family) and name[-len(family) :] == family for name in full_names):
        return None
    return Span.from_offsets(text, words[0].start, words[size - 1].end)


#: Particles that open a family name of two words (أبو حسين، آل فهيد).
_FAMILY_NAME_PARTICLES = name_link_words("opens_family")  # rules/lexicons/name_links.tsv, normalised


def _object_after_name(following: Sequence[Word], ground: Ground) -> bool:
    """Whether the words after a person's name are a common noun phrase that opens with the article and holds no name,
    title or verb: no name takes a genitive, so the parse hung the verb's object (or another complement) under the
    name (`ودعا القحطاني | الجمعيات والمؤسسات الوطنية للتنسيق`)."""
    first = following[0]
    return (
        first.upos == "NOUN"
        and normalize(first.text).startswith("ال")
        and all(word.upos not in ("PROPN", "X", "VERB", "AUX") and not ground.is_title(word) for word in following)
        and not _names_a_person(ground, Span.from_offsets(ground.document.text, first.start, following[-1].end))
    )


def _names_a_person(ground: Ground, span: Span) -> bool:
    """Whether `span` is a mention of a person in the table; a body or a group is often the object (وطالب أبو حسين |
    الحكومة الجديدة بـ …، ودعا القحطاني | الجمعيات)."""
    found = ground.table.at(span)
    return found is not None and found[1].kind in ("PER", "TITLE", "HONORIFIC")


def _only_places(ground: Ground, start: int, end: int) -> bool:
    """Whether the words between `start` and `end` are all inside place mentions."""
    words = [word for word in _words_within(ground.document, start, end) if word.upos != "PUNCT"]
    return bool(words) and all(any(p.span.start <= w.start and w.end <= p.span.end for p in ground.table.places) for w in words)


def _name_after_title(phrase: Span, ground: Ground, adjacent: bool = True) -> tuple[Span, Span | None] | None:
    """`وقال المتحدث باسم الخارجية التركية تانجو بيليتش إن …`: the parse made the name another dependent of the
    verb; a title phrase followed at once by a person's name (nothing but a space between) is that person's title.
    A name set off by commas after the title is the person's after any cue; one right after it only where the cue
    takes no person as object (`adjacent`)."""
    sentence = ground.document.sentence_at(phrase.start)
    first = sentence.first_starting(phrase.start) if sentence is not None else None
    if first is None or first.start >= phrase.end or not ground.is_title(first):
        return None
    text = ground.document.text
    for _, mention in ground.table.mentions_starting(phrase.end + 1, len(text)):  # (in the text, after the phrase)
        if mention.person_name and mention.span.start > phrase.end:
            if not adjacent:
                if _set_off_after_title(ground, phrase.end, mention.span):
                    return mention.span, _trimmed(text, phrase.start, _comma_before(text, phrase.end, mention.span.start))
                continue
            if not text[phrase.end : mention.span.start].strip():
                return mention.span, phrase
            if _second_title_between(ground, phrase.end, mention.span.start):
                # كشف أمين منطقة الجوف رئيس اللجنة المحلية للانتخابات م. عجب القحطاني: a second title, then the name
                return mention.span, _trimmed(text, phrase.start, mention.span.start)
            if _set_off_after_title(ground, phrase.end, mention.span):
                # ويرى أستاذ العلاقات الدولية بمركز الأهرام للدراسات السياسية | والاستراتيجية، الدكتور سعيد اللاوندي، أن:
                # the name in apposition after a comma; the title runs to the comma
                return mention.span, _trimmed(text, phrase.start, _comma_before(text, phrase.end, mention.span.start))
            role = mention.role
            if role is not None and phrase.start < role.start <= phrase.end + 1 and not text[role.end : mention.span.start].strip():
                # وأوضح مستشار أمير منطقة الرياض المشرف العام | على برنامج الإسكان … الدكتور سالم العتيبي: the parse
                # ended the subject inside the title the finder read before the name
                return mention.span, _trimmed(text, phrase.start, role.end)
    return None


#: What may follow a name set off by a comma after a title: another comma, a closing mark, a colon, a complementizer.
_AFTER_SET_OFF_NAME = frozenset(normalize(word) for word in ("أن", "إن", "بأن", "أنه", "إنه", "بأنه", "أنها", "إنها", "بأنها"))


def _set_off_after_title(ground: Ground, start: int, name: Span) -> bool:
    """Whether a person's name stands in apposition after a title phrase that ends at `start`, set off by a comma:
    at most the title's last words (no verb, no preposition written apart) before the comma, at most a rank or academic title
    (الدكتور، اللواء) after it, and a comma, a colon or the complementizer right after the name (`…السياسية
    والاستراتيجية، الدكتور سعيد اللاوندي، أن …`)."""
    text = ground.document.text
    gap = text[start : name.start]
    if sum(gap.count(comma) for comma in "،,") != 1 or any(mark in gap for mark in ":.؛\n"):
        return False
    comma = max(gap.rfind("،"), gap.rfind(","))
    before = _words_within(ground.document, start, start + comma)
    after = _words_within(ground.document, start + comma + 1, name.start)
    if len(before) > 4 or any(word.upos in ("VERB", "AUX", "SCONJ", "NUM") for word in before):
        return False
    if any(word.upos == "ADP" and not _glued(word, before) for word in before):
        return False  # في مؤتمر مع نظيره، سيرجي لافروف: a circumstance, then someone else; بجامعة … is the title's place
    if len(after) > 2 or not all(ground.is_title(word) for word in after):
        return False
    following = text[name.end : name.end + 12].lstrip(" »”\"")
    first = following.split(maxsplit=1)[0] if following.split() else ""
    return following.startswith(("،", ",", ":")) or normalize(first) in _AFTER_SET_OFF_NAME


def _glued(word: Word, words: Sequence[Word]) -> bool:
    """Whether a preposition is a clitic written joined to the next word (بـ، لـ: بجامعة، للدراسات)."""
    return any(other.index == word.index + 1 and other.start == word.end for other in words)


def _comma_before(text: str, start: int, end: int) -> int:
    """Where the comma between `start` and `end` stands (the end of a title the name is set off from)."""
    return max(text.rfind("،", start, end), text.rfind(",", start, end))


def _second_title_between(ground: Ground, start: int, end: int) -> bool:
    """Whether the words between a title phrase and a name are one more title phrase (its first word a title, no
    verb, no punctuation but an abbreviation's period: رئيس اللجنة المحلية للانتخابات البلدية م.)."""
    words = _words_within(ground.document, start, end)
    if not words or len(words) > _SECOND_TITLE_WORDS or not ground.is_title(words[0]):
        return False
    return all(
        word.upos not in ("VERB", "AUX", "SCONJ", "CCONJ") and (word.upos != "PUNCT" or word.text == ".") for word in words
    ) and not any(mark in ground.document.text[start:end] for mark in "،,:\"«»")


def _title_before_name(text: str, start: int, end: int) -> Span | None:
    """The title from `start` to the name at `end`, without the honorifics it ends with (محافظ مأرب | الشيخ سلطان
    العرادة: the honorific is no part of the title; a phrase that opens with honorifics is left as it is)."""
    title = _trimmed(text, start, end)
    honorifics = bundled_lexicon("honorifics")
    if title is None or strip_honorifics(title, honorifics, text) != title:
        return title
    return without_trailing_honorifics(title, honorifics, text)


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and not text[start].isalpha():
        start += 1
    while end > start and not text[end - 1].isalpha():
        end -= 1
    return Span.from_offsets(text, start, end) if end > start else None


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


def with_entity(quote: Quote, ground: Ground) -> Quote:
    """Sieve 4: the entity of the speaker's mention: its id, and its canonical name where it names more."""
    table, document = ground.table, ground.document
    named = _name_after_own_title(quote, table)
    if named is not None:
        # وقالت المتحدثة باسم الشرطة | لوبا السمري إنه: the parse hung the name on the verb, and the resolver guessed
        # the person quoted last for the bare title; the finder read the title and the name as one phrase
        quote = _note(attrs.evolve(quote, speaker_resolved=named), f"speaker_resolved: {named.text!r}, named after the title")
    # the resolver's choice first: a subject-less cue or a group anaphor (المصادر الثلاثة) was resolved across the document
    speaker = quote.speaker_resolved or quote.speaker
    if speaker is None:
        return quote
    found = table.at(speaker)
    if found is None:
        return quote
    entity, mention = found
    changes: dict[str, object] = {"speaker_entity": f"{document.doc_id}:{entity.id}"}
    notes = [f"sieve entity: {mention.kind} mention {mention.span.text!r} of {entity.id} ({entity.canonical.text!r})"]
    points = mention.kind in _POINTING_KINDS and entity.canonical != mention.span
    if quote.speaker_resolved is not None and _names_within(entity.canonical, quote.speaker_resolved):
        points = False  # تقرير الأمم المتحدة already names its issuer: the phrase stays as the text gives it
    into_body = _runs_into_body(entity, quote.speaker_resolved, table)
    if (points or _names_more(entity, quote.speaker_resolved) or into_body) and _is_name(entity):
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
        changes["role"] = _latest_role_before(entity, spoken[1].span.start)
        notes.append(f"role: {spoken[1].span.text!r} is a family name of {entity.id}, not a title")
    elif quote.role is not None and (
        changes.get("speaker_resolved") == entity.canonical
        or (
            quote.speaker_resolved == entity.canonical
            and quote.role != entity.canonical
            and _named_person(entity)
            and _overlaps(quote.role, quote.speaker)  # وأوضح الدكتور مظهر: the role ran into the name it is said with
        )
    ):
        trimmed = _without_name(quote.role, entity.canonical)
        if trimmed != quote.role:
            changes["role"] = trimmed  # نائبة رئيس المنظمة لورا: the role ended inside the name
    fuller = _fuller_role(quote, entity)
    if fuller is not None and "role" not in changes:
        changes["role"] = fuller
        notes.append(f"role: the fuller title the sentence gives {entity.id}, {fuller.text!r}")
    role = changes.get("role", quote.role)
    earlier = _earlier_fuller_role(role if isinstance(role, Span) else None, quote.sentence_index, entity)
    if earlier is not None:
        changes["role"] = earlier
        notes.append(f"role: a bare title, the fuller one the text gave {entity.id} before, {earlier.text!r}")
    updated = attrs.evolve(quote, **changes)  # type: ignore[arg-type]  # the keys are Quote fields
    for note in notes:
        updated = _note(updated, note)
    return updated


def _latest_role_before(entity: Entity, position: int) -> Span | None:
    earlier = [role.span for role in entity.roles if role.span.end <= position]
    return max(earlier, key=lambda span: span.start) if earlier else None


def _without_name(role: Span, name: Span) -> Span | None:
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


def _fuller_role(quote: Quote, entity: Entity) -> Span | None:
    """The entity's title in the quote's own sentence when it holds every word of the quote's role and more: the rules
    read `المتحدث` where the parse hung `باسم الخارجية التركية` on the verb; the mention finder read the words before
    the name."""
    if entity.type != "PER":
        return None
    if quote.role is None:
        return _role_in_sentence(quote, entity)
    have = set(name_words(quote.role))
    name = set(name_words(entity.canonical))
    fuller = [
        role.span
        for role in entity.roles
        if role.sentence_index == quote.sentence_index
        and have
        and have < set(name_words(role.span))
        and not name & set(name_words(role.span))  # الدكتور صدقة: a title that took a word of the name
    ]
    return max(fuller, key=lambda span: len(name_words(span))) if fuller else None


def _role_in_sentence(quote: Quote, entity: Entity) -> Span | None:
    """The one title or description the mention finders read for the person in the quote's own sentence, where the
    rules' speaker phrase gave none (`وحذر ريتشارد توتاه الخبير في شؤون الأمن …`: the parse read the family name as a
    verb, and the phrase stopped at the given name)."""
    given = [
        role.span
        for role in entity.roles
        if role.sentence_index == quote.sentence_index
        and len(name_words(role.span)) > 1  # (one word after a name may be its last: لويس هاميلتون بطل | العالم)
        and any(0 < role.span.start - mention.span.end <= 2 for mention in entity.mentions)  # right after the name
        and not any(_overlaps(role.span, mention.span) for mention in entity.mentions)
    ]
    return given[0] if len(given) == 1 else None


def _earlier_fuller_role(role: Span | None, sentence_index: int, entity: Entity) -> Span | None:
    """The latest title an earlier sentence gave the person that holds a one-word role and more: `وقال اللاعب`
    after `لاعب نادي الوحدة سعيد المالكي` has the role `لاعب نادي الوحدة`, `وأوضح اللواء الحربي` the title
    `اللواء` came with before; a bare title or rank describes no one by itself."""
    if role is None or entity.type != "PER":
        return None
    have = name_words(role)
    if len(have) != 1:
        return None
    name = set(name_words(entity.canonical))
    earlier = [
        given.span
        for given in entity.roles
        if given.sentence_index < sentence_index
        and set(have) < set(name_words(given.span))
        and not name & set(name_words(given.span))
    ]
    return max(earlier, key=lambda span: span.start) if earlier else None


def _overlaps(span: Span, other: Span | None) -> bool:
    return other is not None and span.start < other.end and other.start < span.end


def _named_person(entity: Entity) -> bool:
    """A person whose canonical mention is their proper name (a name finder's or the entity tagger's), not a
    description (ضابط كبير في الجيش)."""
    return entity.type == "PER" and any(m.span == entity.canonical and m.person_name for m in entity.mentions)


def _is_name(entity: Entity) -> bool:
    """An entity whose canonical mention names it (not only a title, an anaphor or a statement)."""
    return any(m.span == entity.canonical and m.kind in ("PER", "ORG", "MEDIA", "GROUP") for m in entity.mentions)


def latest_person(quote: Quote, ground: Ground) -> Quote:
    """Sieve 5: a cue that the resolver found no source for (no quote before it spoke; `وقالت لورا …` was no quote of
    ours, then `وأضافت أن …`) speaks for the person the text named last before it, where the cue is singular and, if it
    shows one, of that person's gender."""
    if quote.speaker is not None or quote.speaker_resolved is not None or quote.type == "according_to":
        return quote
    cue = _words_within(ground.document, quote.cue.start, quote.cue.end)
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
        and _subject_of_a_clause(ground.document, mention.span)
    ]
    if not named:
        return quote
    _, entity = max(named, key=lambda pair: pair[0].span.start)
    if _gender_disagrees(verb, entity, ground):
        return quote
    role = _latest_role_before(entity, quote.cue.start)
    updated = attrs.evolve(
        quote, speaker_resolved=entity.canonical, speaker_entity=f"{ground.document.doc_id}:{entity.id}", role=role
    )
    return _note(updated, f"sieve latest-person: {entity.canonical.text!r}, the person named last before the cue")


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
    """Whether a gendered cue (وأضافت) and a person's title (الوزير، المتحدثة) disagree; unknown where neither shows."""
    gender = verb.feat("Gender")
    role = entity.role
    if gender is None or role is None:
        return False
    feminine = normalize(role.text.split()[0]).endswith("ه")
    return (gender == "Fem") != feminine


Sieve = Callable[[Quote, Ground], Quote]
SIEVES: tuple[tuple[str, Sieve], ...] = (
    ("no-source", no_source),
    ("name-in-phrase", name_in_phrase),
    ("addressee", without_addressee),
    ("entity", with_entity),
    ("latest-person", latest_person),
)
#: The sieves that read the mentions the finders found, before the rules' own speaker phrases join the table.
BEFORE_SPEAKER_MENTIONS = frozenset(("no-source", "name-in-phrase", "addressee"))


def attribute(quotes: Sequence[Quote], ground: Ground, sieves: Sequence[str] | None = None) -> list[Quote]:
    """Run the named sieves (all, in order, by default) over every quote."""
    chosen = [sieve for name, sieve in SIEVES if sieves is None or name in sieves]
    result = []
    for quote in quotes:
        for sieve in chosen:
            quote = sieve(quote, ground)
        result.append(quote)
    return result


def quote_counts(quotes: Sequence[Quote]) -> dict[str, int]:
    """How many quotes each entity id (without the document prefix) speaks."""
    counts: dict[str, int] = {}
    for quote in quotes:
        if quote.speaker_entity:
            entity_id = quote.speaker_entity.rsplit(":", 1)[-1]
            counts[entity_id] = counts.get(entity_id, 0) + 1
    return counts


__all__ = ["SIEVES", "EntityMention", "attribute", "no_source", "quote_counts", "speaker_head", "with_entity"]
