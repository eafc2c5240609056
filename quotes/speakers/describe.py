"""A speaker's mention and role, from the head word the rules bound: the steps of this package in order."""

from __future__ import annotations

from collections.abc import Callable

from quotes.graph import SentenceGraph, Word
from quotes.lexicon import Lexicon
from quotes.model import Span
from quotes.normalize import end_before_spaces, normalize
from quotes.speakers.called import called_by_name
from quotes.speakers.mention import SPEECH_WORDS, Mention, mention_words, past_honorifics
from quotes.speakers.names import (
    described_by_its_relation,
    find_name,
    name_after_nationality,
    name_start_word,
    words_of_name,
)
from quotes.speakers.roles import (
    affiliation_after_name,
    appos_role,
    before_circumstance,
    comma_role,
    described_in_construct,
    described_with_phrase,
    description_after_name,
    description_phrase,
    honoured_name,
    huwa_role,
    job_after_name,
    marked_role,
    ranked_name,
    relative_role,
    title_clause_role,
    yields_to_job_after,
)
from quotes.speakers.words import (
    NAME_TAGS,
    dual_or_plural,
    epithet_alone,
    formula_at,
    in_parentheses,
    is_job_word,
    is_role_word,
    kin_in_construct,
    links_name,
    nationality_phrase,
    only_honorifics,
    span_of,
    strip_honorifics,
    without_trailing_honorifics,
)

#: The relations of the words before a role's head that introduce its phrase and are no part of it (وفقا ل | وزير …).
_MARKERS = frozenset(("case", "cc", "mark"))


def _appositions(graph: SentenceGraph, head: Word) -> list[Word]:
    holders = [head, *(child for child in graph.children(head.index) if child.deprel.startswith("flat"))]
    return [
        child
        for holder in holders
        for child in graph.children(holder.index)
        if child.base_deprel == "appos" and child.index > head.index
    ]


def _opens_with_title(graph: SentenceGraph, speaker: Span, roles: Lexicon) -> bool:
    """Whether the speaker phrase is a title or description (مستشار وزير الشؤون الإسلامية), not a person's name."""
    words = graph.words_within(speaker.start, speaker.end)
    return not words or is_role_word(words[0], roles)


def _description_inside_name(graph: SentenceGraph, head: Word, words: list[Word], roles: Lexicon, limit: int) -> Word | None:
    """The first word of a description in construct inside a name's words, after two words of the name (`ماتيو لوران
    | اختصاصي سوق الديون`), if the mention ran on into one."""
    if head.upos not in NAME_TAGS and not _family_name_read_as_noun(head, roles):
        return None
    inside = [word for word in words if word.index > head.index]
    for position, word in enumerate(inside):
        if (position == 0 or inside[position - 1].upos in NAME_TAGS) and described_with_phrase(graph, word, roles):
            return word  # خليل | القيادي في حزب …: a definite description with its own phrase
        if position == 0:
            continue
        if inside[position - 1].upos not in NAME_TAGS:
            return None
        if described_in_construct(graph, word, roles, limit):
            return word
    return None


def _family_name_read_as_noun(head: Word, roles: Lexicon) -> bool:
    """A definite common noun that no role list holds, as the parse reads a family name said alone (ويقول الهاشمي |
    القيادي في حزب …): a description with its own phrase may follow it as it follows a name."""
    # (a plural is no family name: السلطات | الأمنية في الكويت, a noun, its adjective and where)
    return (
        head.upos == "NOUN"
        and normalize(head.text).startswith("ال")
        and head.feat("Number") != "Plur"
        and not is_role_word(head, roles)
    )


def describe_speaker(
    graph: SentenceGraph,
    head: Word,
    text: str,
    *,
    roles: Lexicon,
    honorifics: Lexicon,
    limit: int,
    stop_at: int | None = None,
    speech_clause: Callable[[SentenceGraph, Word], bool] | None = None,
    prayers: Lexicon | None = None,
) -> Mention:
    """The speaker mention headed by `head` and its role, if the sentence gives one.

    `limit` is the document offset the role may not pass (the content's start);
    `stop_at` a word index the mention may not reach (the content's head); a relative clause that `speech_clause`
    finds to be a report (a reporting verb that says something) is speech, not part of the mention; a prayer after
    the name (`prayers`: رحمه الله) is no role.
    """
    called = called_by_name(graph, head, text)
    if called is not None:
        return _called_by_name(
            graph, head, *called, text,
            roles=roles, honorifics=honorifics, limit=limit, stop_at=stop_at, speech_clause=speech_clause, prayers=prayers,
        )
    words = mention_words(graph, head, stop_at, speech_clause)
    notes: list[str] = []
    role: Span | None = None
    speaker: Span | None = None
    head, words = past_honorifics(graph, head, words, honorifics, roles, stop_at, speech_clause)
    appositions = [
        word
        for word in _appositions(graph, head)
        if not in_parentheses(graph, word) and not any(key in SPEECH_WORDS for key in word.keys)  # … قائلا: no name
    ]
    named = [name for name in (find_name(graph, word, roles) for word in appositions) if name is not None]
    if head.upos not in NAME_TAGS and named:
        # role noun phrase with the name in apposition: المحقق الكندي … لاري فانس، الدكتور لي
        name = named[0]
        speaker = span_of(words_of_name(graph, name), text)
        markers = {child.index for child in graph.children(head.index) if child.index < head.index and child.base_deprel in _MARKERS}
        # وفقا | لوزير الاقتصاد سامي الراشد: the marker and the preposition before the role's head are no part of it
        role_words = [
            word for word in graph.subtree(head.index) if word.index < name.index and word.upos != "PUNCT" and word.index not in markers
        ]
        if kin_in_construct(graph, role_words, roles):
            # أكدت والدة لاعب المنتخب | فلان: the name is the genitive's; the mother, unnamed, speaks
            notes.append("a kinship noun in construct before the name")
            whole = span_of([*role_words, *words_of_name(graph, name)], text)
            return Mention(speaker=whole, role=None, head=head, notes=tuple(notes))
        role = span_of(role_words, text)
        notes.append("name in apposition to a role")
        rank_only = speaker is not None and yields_to_job_after(graph, role, roles, honorifics)
        job = job_after_name(graph, speaker, text, limit, roles) if speaker is not None and rank_only else None
        if job is not None:
            role = job  # أكد الفريق الركن الشيخ فلان وزير الداخلية أن …: the job after the name, not the rank
            notes.append("role: the job after the name, only a rank or title before it")
    else:
        name_start = name_start_word(graph, head, words, roles) or name_after_nationality(graph, head, words, roles, text)
        while name_start is not None and name_start.index > 1 and links_name(graph.word(name_start.index - 1), text):
            name_start = graph.word(name_start.index - 1)  # أبو زيد: the particle opens the name, it is no title
        if name_start is not None and kin_in_construct(graph, [word for word in words if word.index < name_start.index], roles):
            # وقالت والدة المواطن | عبدالرحمن السبيعي: the name is the genitive's; the mother, unnamed, speaks, and what
            # the sentence says of the name after it (، أحد أفراد …) describes the son, not her
            notes.append("a kinship noun in construct before the name")
            return Mention(speaker=span_of(words, text), role=None, head=head, notes=tuple(notes))
        if name_start is not None and described_by_its_relation([word for word in words if word.index < name_start.index], roles):
            # قال سكان ومصادر موالية للرئيس | فلان: the people described by their relation to him speak; the name is his
            name_start = None
            notes.append("a descriptor and its relation before the name")
        if name_start is not None:
            role = span_of([word for word in words if word.index < name_start.index], text)
            speaker = span_of([word for word in words if word.index >= name_start.index], text)
            notes.append("role before name")
            rank_only = speaker is not None and yields_to_job_after(graph, role, roles, honorifics)
            job = job_after_name(graph, speaker, text, limit, roles) if speaker is not None and rank_only else None
            if job is not None:
                # وقال المهندس فلان مدير عام المياه إن …: the rank names no position, the job after the name does
                role = job
                notes.append("role: the job after the name, only a rank or title before it")
        else:
            speaker = span_of(words, text)
            description = _description_inside_name(graph, head, words, roles, limit)
            if description is not None:
                # وقال ماتيو لوران اختصاصي سوق الديون: the parse chained the description to the name
                speaker = span_of([word for word in words if word.index < description.index], text)
                notes.append("the name ends before a description in construct")
                if described_with_phrase(graph, description, roles):
                    # ويقول الهاشمي | القيادي في حزب …، جورج ماتيوس | الخبير في أسواق المعادن: the definite
                    # description with its phrase is the role, however much of the phrase the parse hung on the name
                    role = description_phrase(graph, description, text, limit)
        if role is None:
            role = appos_role(graph, head, text, prayers)
            if role is not None:
                notes.append("role in apposition")
        if role is None:
            role = title_clause_role(graph, head, text, roles)
            if role is not None:
                notes.append("role: a title after the name")
    if role is not None and role.end > limit and role.start >= (speaker.end if speaker else 0):
        role = Span.from_offsets(text, role.start, limit) if limit > role.start else None
    if role is None and speaker is not None:
        role = huwa_role(graph, speaker, text, limit)
        if role is not None:
            notes.append("role in a وهو clause")
    if role is None and speaker is not None:
        role = relative_role(graph, speaker, text, limit)
        if role is not None:
            notes.append("role in a relative clause after the name")
    if role is None and speaker is not None:
        role = marked_role(graph, speaker, text, limit, roles)
        if role is not None:
            notes.append("role in quotation marks after the name")
    if role is None and speaker is not None:
        # (… بالمنطقة، المقدم سالم آل منصور | في تصريح صحفي، أن: where the holder spoke is no part of his name)
        role = before_circumstance(graph, comma_role(graph, speaker, text, limit, roles), text)
        if role is not None:
            notes.append("role after a comma")
            ranked = ranked_name(graph, role, text, roles, honorifics) if not named and is_job_word(head, roles) else None
            if ranked is None and not named and is_job_word(head, roles):
                # ووجه أمير منطقة عسير، رئيس مجلس التنمية السياحية بالمنطقة الأمير فيصل بن خالد: a second title, then
                # the honorific and the name that holds both
                ranked = honoured_name(graph, role, text, honorifics, roles)
            if ranked is not None:
                # قال قائد القوات البرية، اللواء سالم الزهراني، إن: the title, then its holder's rank and name
                role = Span.from_offsets(text, speaker.start, end_before_spaces(text, ranked.start))
                speaker = ranked
                notes.append("the name after the comma holds the title")
    if role is None and speaker is not None and not _opens_with_title(graph, speaker, roles):
        role = description_after_name(graph, speaker, text, limit, roles)
        if role is not None:
            notes.append("role: a description after the name")
    if role is None and speaker is not None:
        role = affiliation_after_name(text, speaker, limit)
        if role is not None:
            notes.append("role: the body after the name, with من")
    speaker = strip_honorifics(speaker, honorifics, text)
    honorific_role = role is not None
    titled = strip_honorifics(role, honorifics, text)
    if titled == role and role is not None and speaker is not None and role.end <= speaker.start:
        # كشف محافظ مأرب | الشيخ سلطان العرادة: the honorific before the name is no part of the title (a phrase of
        # honorifics alone, صاحب السمو الملكي الأمير, is none: the title follows the name)
        titled = without_trailing_honorifics(role, honorifics, text)
    role = titled
    if role is not None and only_honorifics(role, honorifics):
        role = None
    if role is None and honorific_role:
        # صاحب السمو الملكي الأمير فيصل بن خالد أمير منطقة عسير، صاحب السمو الأمير جلوي بن عبدالعزيز، أمير منطقة
        # نجران،: only honorifics before the name; the role follows it
        if named:
            role = appos_role(graph, named[0], text, prayers)
        elif speaker is not None:
            role = comma_role(graph, speaker, text, limit, roles)
    if speaker is not None and role is not None and role.start <= speaker.start < role.end:
        role = None
    role = before_circumstance(graph, role, text)
    if role is not None and nationality_phrase(role, roles):
        role = None  # أكد اليوناني دونيس: where he is from, not his title
    if (
        speaker is not None
        and role is not None
        and role.end <= speaker.start
        and (only_honorifics(speaker, honorifics) or formula_at(speaker, honorifics, text))
    ):
        speaker, role = role, None  # قال الله تعالى: the formula after the name is no speaker, the name before it is
        notes.append("an honorific formula after the speaker")
    if (
        role is None
        and speaker is not None
        and not named
        and not honorific_role
        and is_job_word(head, roles)
        and not dual_or_plural(head)  # وقال الطلاب، أعضاء النادي، وأكد الوزيران: a group, described by no one's title
        and speaker.start <= head.start < speaker.end
        and not epithet_alone(speaker, honorifics)  # وأعرب الملك المفدى: the king's epithet names him, it is no role
    ):
        # (the job word inside the speaker: صاحب السمو الملكي الأمير | خالد الفيصل is a name, not a job)
        # (المتحدث باسم الوزارة | لقناة العربية: the phrase the parse grew through the body spoken for ends before
        # whom he told, as the role of a named speaker does)
        speaker = before_circumstance(graph, speaker, text) or speaker
        role = speaker
        notes.append("the speaker is described by a job")
    return Mention(speaker=speaker, role=role, head=head, notes=tuple(notes))


def _called_by_name(
    graph: SentenceGraph,
    noun: Word,
    calling: Word,
    name: Word,
    text: str,
    *,
    roles: Lexicon,
    honorifics: Lexicon,
    limit: int,
    stop_at: int | None,
    speech_clause: Callable[[SentenceGraph, Word], bool] | None,
    prayers: Lexicon | None,
) -> Mention:
    """`شخص يدعى طاهر، زوج إحدى المريضات`: the name after the verb of calling is the speaker, with the role the
    sentence gives it; a noun of people before the verb is no role (شخص، امرأة), a role noun is (قيادي تونسي يدعى …)."""
    found = describe_speaker(
        graph, name, text,
        roles=roles, honorifics=honorifics, limit=limit, stop_at=stop_at, speech_clause=speech_clause, prayers=prayers,
    )
    role = found.role
    if role is None and is_role_word(noun, roles):
        described = [word for word in graph.subtree(noun.index) if word.index < calling.index and word.upos != "PUNCT"]
        role = span_of([word for word in described if word.index >= noun.index], text)
    return Mention(speaker=found.speaker, role=role, head=name, notes=(*found.notes, "the name a noun of people is called by"))
