"""Sieve ``name-in-phrase``: a speaker phrase that holds a person's name and a title (`المدير التنفيذي للشركة راجيف
سوري`، `بيتر فليشر المستشار الدولي لجوجل`) — a parse that hung the name under the title — speaks through the name;
the title becomes the role. A name right after a title phrase, or set off from it by a comma, is its holder's."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quotes.attribution.ground import Ground, trimmed, with_note, words_within
from quotes.entities import name_words, text_name_words
from quotes.grammar.loader import bundled_lexicon, name_link_words, word_set
from quotes.graph import Word
from quotes.mentions import PERSON_OBJECT_CLASSES
from quotes.mentions.model import EntityMention
from quotes.model import Quote, Span
from quotes.normalize import end_before_spaces, normalize, written_word_start
from quotes.speakers.words import SPEAKS_FOR, issuing_subject, strip_honorifics, without_trailing_honorifics

#: At most this many words of a second title between a title phrase and the name it belongs to.
_SECOND_TITLE_WORDS = 10


def sieve(quote: Quote, ground: Ground) -> Quote:
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
            title = Span.from_offsets(text, role.start, end_before_spaces(text, written_word_start(text, name.start)))  # with its place
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
    return with_note(updated, f"sieve name-in-phrase: the name {name.text!r} in the speaker phrase")


def _name_and_title(phrase: Span, ground: Ground, name_may_follow: bool = True) -> tuple[Span, Span | None] | None:
    """The person's name inside `phrase` and the title around it, where the phrase is a title and a name; a name right
    after a title phrase too, where the cue takes no person as object (`name_may_follow`)."""
    names = [
        mention
        for _, mention in ground.table.mentions_starting(phrase.start, phrase.end)  # (those within the phrase start in it)
        if mention.person_name and phrase.start <= mention.span.start and mention.span.end <= phrase.end and mention.span != phrase
    ]
    if not names:
        surname = _surname_then_object(phrase, ground)
        if surname is not None:
            return surname, None
        if _tagged_whole(phrase, ground):
            return None  # ماتيو رينزي | والرئيس الألماني فلان: the phrase is a name itself, no title of the next one
        return _name_after_title(phrase, ground, name_may_follow)
    name = max(names, key=lambda mention: mention.span.end - mention.span.start)
    if any(not (name.span.start <= other.span.start and other.span.end <= name.span.end) for other in names):
        return None  # two people in one phrase (ميس بيغي والضفدع كيرميت)
    text = ground.document.text
    before = text[phrase.start : name.span.start]
    after = text[name.span.end : phrase.end]
    words = words_within(ground.document, phrase.start, phrase.end)
    before_name = [w for w in words if w.end <= name.span.start]
    if before_name and ground.is_title(before_name[-1]) and not normalize(before_name[-1].text).startswith("ال"):
        return None  # ممثل فرنسا، مستشار خامنئي: a title in construct with the name it serves, not a person's name
    if before.split() and normalize(before.split()[-1]) in SPEAKS_FOR:
        return None  # المتحدثة باسم | هارلي-ديفيدسون: whom she speaks for, not her name
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
        if len(following) == 1 and _tagged_whole(phrase, ground):
            return None  # عبدالرحمن | الكبير، سعد | الكاتب: one word after the given name that is read into the name
        if following and ground.is_title(following[0]):
            return name.span, trimmed(text, following[0].start, phrase.end)
        if following and _object_after_name(following, ground):
            return name.span, None  # ووصف … بنيامين نتنياهو | الهجوم بأنه: the verb's object hung under the name
    return None


def _tagged_whole(phrase: Span, ground: Ground) -> bool:
    """Whether the entity tagger or the name finder read the whole phrase as one person's name (a family name spelled
    like a title: `عبدالرحمن الكبير`، `سعد الكاتب`)."""
    return any(
        mention.person_name and mention.span == phrase
        for _, mention in ground.table.mentions_starting(phrase.start, phrase.end)
    )


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
    words = [word for word in words_within(ground.document, phrase.start, phrase.end) if word.upos != "PUNCT"]
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
    words = [word for word in words_within(ground.document, start, end) if word.upos != "PUNCT"]
    return bool(words) and all(any(p.span.start <= w.start and w.end <= p.span.end for p in ground.table.places) for w in words)


def _name_after_title(phrase: Span, ground: Ground, adjacent: bool = True) -> tuple[Span, Span | None] | None:
    """`وقال المتحدث باسم الخارجية التركية تانجو بيليتش إن …`: the parse made the name another dependent of the
    verb; a title phrase followed at once by a person's name (nothing but a space between) is that person's title.
    A name set off by commas after the title is the person's after any cue; one right after it only where the cue
    takes no person as object (`adjacent`)."""
    sentence = ground.document.sentence_at(phrase.start)
    first = sentence.first_starting(phrase.start) if sentence is not None else None
    if first is None or first.start >= phrase.end:
        return None
    titled = ground.is_title(first)
    text = ground.document.text
    for _, mention in ground.table.mentions_starting(phrase.end + 1, len(text)):  # (in the text, after the phrase)
        if mention.person_name and mention.span.start > phrase.end:
            if not titled and not _described_before(ground, phrase, mention):
                # a descriptor is the title of the name after it only where the finder read it so (المسؤول الإعلامي
                # للجناح العسكري … بختيار دوغان): made definite, right before the name
                continue
            if not adjacent:
                if _set_off_after_title(ground, phrase.end, mention.span):
                    return mention.span, trimmed(text, phrase.start, _comma_before(text, phrase.end, mention.span.start))
                continue
            if _nothing_but_honorifics_between(text, phrase.end, mention.span):
                return mention.span, phrase  # (الأمين العام للمجمع | فضيلة الشيخ خالد …: honorifics are no title)
            if _second_title_between(ground, phrase.end, mention.span.start):
                # كشف أمين منطقة الجوف رئيس اللجنة المحلية للانتخابات م. عجب القحطاني: a second title, then the name
                return mention.span, _title_before_name(text, phrase.start, mention.span.start)
            if _set_off_after_title(ground, phrase.end, mention.span):
                # ويرى أستاذ العلاقات الدولية بمركز الأهرام للدراسات السياسية | والاستراتيجية، الدكتور سعيد اللاوندي، أن:
                # the name in apposition after a comma; the title runs to the comma
                return mention.span, trimmed(text, phrase.start, _comma_before(text, phrase.end, mention.span.start))
            role = mention.role
            if role is not None and phrase.start < role.start <= phrase.end + 1 and not text[role.end : mention.span.start].strip():
                # وأوضح مستشار أمير منطقة الرياض المشرف العام | على برنامج الإسكان … الدكتور سالم العتيبي: the parse
                # ended the subject inside the title the finder read before the name
                return mention.span, trimmed(text, phrase.start, role.end)
    return None


def _described_before(ground: Ground, phrase: Span, name: EntityMention) -> bool:
    """Whether a descriptor phrase describes the name after it: the finder read it as the name's role, or a title joined
    to it by و stands between them (`القيادي في التيار الوطني | وعضو مجلس النواب فلان`: one person described twice)."""
    if name.role is not None and name.role.start == phrase.start:
        return True
    first = words_within(ground.document, phrase.start, phrase.end)[:1]
    if first and first[0].upos in ("PROPN", "X"):
        return False  # ألكسيس تسيبراس | والرئيس الفرنسي فلان: a name, then a second person with a title of his own
    words = words_within(ground.document, phrase.end, name.span.start)
    return bool(words) and words[0].upos == "CCONJ" and _second_title_between(ground, phrase.end, name.span.start)


#: What may follow a name set off by a comma after a title: another comma, a closing mark, a colon, a complementizer
#: (complementizers.tsv).
_AFTER_SET_OFF_NAME = word_set("complementizers")


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
    before = words_within(ground.document, start, start + comma)
    after = words_within(ground.document, start + comma + 1, name.start)
    if len(before) > 4 or any(word.upos in ("VERB", "AUX", "SCONJ", "NUM") for word in before):
        return False
    if any(word.upos == "ADP" and not _glued(word, before) for word in before):
        return False  # في مؤتمر مع نظيره، سيرجي لافروف: a circumstance, then someone else; بجامعة … is the title's place
    if len(after) > 2 or not all(ground.is_title(word) for word in after):
        return False
    following = text[name.end : name.end + 12].lstrip(' »”"')
    first = following.split(maxsplit=1)[0] if following.split() else ""
    return following.startswith(("،", ",", ":")) or normalize(first) in _AFTER_SET_OFF_NAME or _preposition_after(ground, name)


def _preposition_after(ground: Ground, name: Span) -> bool:
    """Whether the word right after a name is a preposition (written apart or joined: في بيانه، خلال، لوكالة،
    لـ«سبق»): where or to whom the holder spoke, before the content (`وأوضح وزير التجارة والصناعة، الدكتور فلان في
    بيانه لوكالة الأنباء …، أن …`); no name takes a preposition's phrase as its part."""
    sentence = ground.document.sentence_at(name.start)
    following = sentence.first_starting(name.end) if sentence is not None else None
    return following is not None and following.upos == "ADP"


def _glued(word: Word, words: Sequence[Word]) -> bool:
    """Whether a preposition is a clitic written joined to the next word (بـ، لـ: بجامعة، للدراسات)."""
    return any(other.index == word.index + 1 and other.start == word.end for other in words)


def _comma_before(text: str, start: int, end: int) -> int:
    """Where the comma between `start` and `end` stands (the end of a title the name is set off from)."""
    return max(text.rfind("،", start, end), text.rfind(",", start, end))


def _second_title_between(ground: Ground, start: int, end: int) -> bool:
    """Whether the words between a title phrase and a name are one more title phrase (its first word a title, no
    verb, no punctuation but an abbreviation's period: رئيس اللجنة المحلية للانتخابات البلدية م.); a title joined to the
    first by و is one too (`القيادي في حزب الأمة | وعضو البرلمان فلان`: both are his)."""
    words = words_within(ground.document, start, end)
    if len(words) > 1 and words[0].upos == "CCONJ" and words[0].end == words[1].start:
        words = words[1:]
    if not words or len(words) > _SECOND_TITLE_WORDS or not ground.is_title(words[0]):
        return False
    return all(
        word.upos not in ("VERB", "AUX", "SCONJ", "CCONJ") and (word.upos != "PUNCT" or word.text == ".") for word in words
    ) and not any(mark in ground.document.text[start:end] for mark in '،,:"«»')


def _nothing_but_honorifics_between(text: str, start: int, name: Span) -> bool:
    """Whether nothing but spaces and honorifics (فضيلة الشيخ، معالي، سمو الأمير) stands between a title phrase ending
    at `start` and the name after it."""
    if not text[start : name.start].strip():
        return True
    with_name = trimmed(text, start, name.end)
    stripped = strip_honorifics(with_name, bundled_lexicon("honorifics"), text)
    return stripped is not None and stripped.start == name.start


def _title_before_name(text: str, start: int, end: int) -> Span | None:
    """The title from `start` to the name at `end`, without the honorifics it ends with (محافظ مأرب | الشيخ سلطان
    العرادة: the honorific is no part of the title; a phrase that opens with honorifics is left as it is)."""
    title = trimmed(text, start, end)
    honorifics = bundled_lexicon("honorifics")
    if title is None or strip_honorifics(title, honorifics, text) != title:
        return title
    return without_trailing_honorifics(title, honorifics, text)
