"""Where a person's name starts and ends in running text: the name phrase between a cue and its
content, the named person before a cue, the name inside a title phrase or after a nationality.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from quotes.grammar.loader import marked_words, word_set
from quotes.graph import SentenceGraph, Word
from quotes.lexicon import Lexicon
from quotes.normalize import normalize, strip_article, strip_conjunction
from quotes.speakers.mention import SPEECH_WORDS, Mention, demonstrative_after_name
from quotes.speakers.roles import job_after_name, role_before, yields_to_job_after
from quotes.speakers.words import (
    ADDRESSEE_HEADS,
    BODY_HEAD_NOUNS,
    CIRCUMSTANCE_HEADS,
    EPONYM_TITLES,
    NAME_LINKS,
    NAME_TAGS,
    after_in_own_name,
    before_patronymic,
    common_noun_reading,
    compound_given_name,
    dateline_end,
    definite_object,
    is_given_name,
    is_role_word,
    is_time,
    job_kind,
    kin_in_construct,
    links_name,
    name_after_link,
    name_like,
    nationality,
    only_honorifics,
    opened_by,
    prayer_starts,
    role_with_its_pronoun,
    says_how,
    span_of,
    street_named_for,
    strip_honorifics,
    surface,
    under_whom,
    verb_after_relative_pronoun,
    without_trailing_honorifics,
    written_definite,
)


def name_start_word(graph: SentenceGraph, head: Word, words: list[Word], roles: Lexicon) -> Word | None:
    """In `role … name` mentions, the first word of the name, if any."""
    if not is_role_word(head, roles):
        return None
    for word in words:
        if word.index > head.index and compound_given_name(graph, word) and not _marks_between(graph, head, word):
            return word  # وزير التربية | عز الدين الراشدي: a compound given name, whatever the parse hung it on
        if word.index <= head.index or word.upos not in NAME_TAGS:
            continue
        if normalize(word.text).startswith("ال") or job_kind(word, roles) == "rank":
            continue  # (اللواء ركن سالم الشمري: a rank the tagger read as a name is no name)
        if _common_word_alone(graph, word):
            continue  # وقال مسؤول | تركي أمس: "Turkish", the official's nationality, not the given name Turki
        if _genitive_ending_the_title(graph, head, word, words, roles):
            continue  # وقال أمير | جازان، سفير | فرنسا: the title's genitive, the place or body it is held for
        if _governed_by_preposition(graph, word):
            continue
        if eponym_of_a_body(graph, word, roles):
            continue  # مسؤول في مستشفى الملك | فيصل: the hospital's eponym, no name of the official
        if word.base_deprel == "nmod" and _after_its_rank(graph, word, roles):
            return word  # رئيس الهيئة د. | سامي العلي: the parse hung the name on the rank before it as its genitive
        if word.base_deprel in ("appos", "flat", "nsubj", "dep", "compound"):
            while (
                word.base_deprel == "flat"
                and head.index < word.head < word.index
                and graph.word(word.head).upos in NAME_TAGS
                and job_kind(graph.word(word.head), roles) != "rank"
                and not _after_preposition_written_apart(graph, graph.word(word.head))
                and not eponym_of_a_body(graph, graph.word(word.head), roles)
            ):
                # المدير التنفيذي للشركة كيم | هيون سوك: the name starts where its flat chain does; not at a word a
                # preposition governs (المسؤول في الفاو | دومينيك بورجون: the body he belongs to, hung above the name)
                word = graph.word(word.head)
            if _below_a_preposition_alone(graph, word):
                continue  # مستشار في هونج | كونج: the last word of the place's name, no name of its own
            if _governed_by_preposition(graph, word, _LAM_ONLY):
                continue  # كشف مسؤول في نقابة … | لفرانس برس: the agency he spoke to (كوشيك باسو: a letter cut off)
            if _genitive_of_construct(graph, word):
                continue  # المدير التنفيذي لشركة مترو جدة: the company's name (شركة in construct), not the director's
            return word
    return None


#: Given names that are common words more often (rules/lexicons/given_names.tsv column `common`: تركي Turkish, أمل
#: hope, صديق friend), normalised.
_COMMON_GIVEN_NAMES = marked_words("given_names", "common")


def _common_word_alone(graph: SentenceGraph, word: Word) -> bool:
    """Whether a given name that is more often a common word stands alone after a noun written without the article, no
    name word after it (`مسؤول تركي`: a Turkish official, the adjective agreeing with the indefinite noun); a name goes
    on (`الأمير تركي الفيصل`), and after a definite title it is the name (`المدير العام تركي`)."""
    if strip_conjunction(normalize(word.text)) not in _COMMON_GIVEN_NAMES:
        return False
    before, following = graph.word_before(word), graph.word_after(word)
    if before is None or before.upos != "NOUN" or strip_conjunction(normalize(before.text)).startswith("ال"):
        return False
    return following is None or following.upos not in NAME_TAGS


def _common_word_in_construct(graph: SentenceGraph, word: Word) -> bool:
    """Whether a given name that is more often a common word is in construct with the definite plural after it, its
    genitive in the parse (`أعلنت الجامعة | أسماء المقبولين`: the names of those admitted), not a woman's or a man's
    name with the family name after it (`الملازم أول تركي الحميدي`، `أسماء الشهري`: a family name is singular)."""
    if strip_conjunction(normalize(word.text)) not in _COMMON_GIVEN_NAMES:
        return False
    following = graph.word_after(word)
    return (
        following is not None
        and following.upos == "NOUN"
        and following.head == word.index
        and following.base_deprel == "nmod"
        and ("Number", "Plur") in following.feats
        and written_definite(graph, following)
    )


def _marks_between(graph: SentenceGraph, head: Word, word: Word) -> bool:
    """Whether a punctuation mark stands between the head and the word (`احد افراد العائلة | “مولاي جلال الدين …`: a
    name inside the quotation is no part of the speaker's phrase)."""
    return any(graph.word(index).upos == "PUNCT" for index in range(head.index + 1, word.index))


#: The preposition of an addressee (لفرانس برس، لرويترز).
_LAM_ONLY = frozenset(("ل",))


def _governed_by_preposition(graph: SentenceGraph, word: Word, only: frozenset[str] | None = None) -> bool:
    """Whether a preposition (one of `only`, if given) governs the word or stands right before it (لفرانس برس،
    لوكالة …): whom or what the phrase is about or addressed to, never the name of the one who speaks."""
    previous = graph.word(word.index - 1)
    prepositions = [child for child in graph.children(word.index) if child.base_deprel == "case"]
    if previous.base_deprel == "case" or previous.upos == "ADP":
        prepositions.append(previous)
    return any(only is None or any(key in only for key in preposition.keys) for preposition in prepositions)


def _after_preposition_written_apart(graph: SentenceGraph, word: Word) -> bool:
    """Whether a preposition written as a word of its own (في، من، لدى) stands right before the word: its object, a
    body or a place (`المسؤول في الفاو`). A glued letter is not one: it may be a letter the tokenizer cut off the name
    itself (ل + يو of ليو، ك + وشيك of كوشيك), or the end of a word it cut off a name (أي + من of أيمن)."""
    previous = graph.word(word.index - 1) if word.index > 1 else None
    if previous is None or previous.upos != "ADP" or previous.end == word.start:
        return False
    before = graph.word(previous.index - 1) if previous.index > 1 else None
    return before is None or before.end < previous.start  # أي + من of أيمن: the tokenizer's cut, no preposition


def _below_a_preposition_alone(graph: SentenceGraph, word: Word) -> bool:
    """Whether the word hangs (flat) from a preposition's object and no word of the chain follows it: the object's
    name ends there (`في هونج كونج`); a person's name after a body has words of its own (`في الفاو دومينيك بورجون`)."""
    if word.base_deprel != "flat" or not _after_preposition_written_apart(graph, graph.word(word.head)):
        return False
    chain = (*graph.children(word.head), *graph.children(word.index))
    return not any(child.index > word.index for child in chain if child.base_deprel == "flat")


def _after_its_rank(graph: SentenceGraph, word: Word, roles: Lexicon) -> bool:
    """A proper noun right after the rank or academic title it hangs on (`د. سامي`، `المهندس سامي`): a rank or title is
    never in construct with a name, so the name is the person's, however the parse labelled the arc."""
    if word.upos not in NAME_TAGS or word.head != word.index - 1:
        return False
    return job_kind(graph.word(word.head), roles) in ("rank", "title")


def _genitive_ending_the_title(graph: SentenceGraph, head: Word, word: Word, words: list[Word], roles: Lexicon) -> bool:
    """A proper noun right after a title written without the article, with no name word after it in the phrase
    (`أمير جازان`، `سفير فرنسا`، `ملك الأردن`): the title is in construct with it, the place or body it is held for,
    and the phrase names its holder by the title alone; a holder's name follows the whole title (`أمير منطقة جازان
    الأمير محمد`، `مدرب برشلونة لويس إنريكي`), and a name right after the title is written with the article
    (`الأمير محمد`)."""
    if word.index != head.index + 1 or written_definite(graph, head) or job_kind(head, roles) != "job":
        return False  # (د. | أبوركبة، العقيد | سالم: a rank or title before the name, which it follows at once)
    return not any(other.index > word.index and other.upos in NAME_TAGS for other in words)


def eponym_of_a_body(graph: SentenceGraph, word: Word, roles: Lexicon) -> bool:
    """Whether `word` follows an eponym title (الملك، الأمير) that a common noun without the article holds in
    construct (`مستشفى الملك | فهد`، `مركز الملك | سلمان للإغاثة`، `مدينة الأمير | سلطان الطبية`): the name of the person
    a body is named after, not of a speaker; not after a title or a descriptor (`زوجة الملك | سلمان`)."""
    if word.index < 3:
        return False
    title, construct = graph.word(word.index - 1), graph.word(word.index - 2)
    return (
        normalize(title.text).startswith("ال")
        and strip_article(normalize(title.text)) in EPONYM_TITLES
        and construct.upos == "NOUN"
        and not written_definite(graph, construct)
        and not is_role_word(construct, roles)
    )


def _genitive_of_construct(graph: SentenceGraph, word: Word) -> bool:
    """A name hung as the genitive of a noun without the article before it (لشركة مترو جدة، لهيئة ...): a noun in
    construct takes the name as its own, whatever definiteness the tagger gave it (`لشركة نيسان`: the company's name);
    after a definite noun as written (للشركة كيم هيون سوك) a name starts a new phrase."""
    if word.base_deprel != "nmod" or word.head != word.index - 1:
        return False
    noun = graph.word(word.head)
    return noun.upos == "NOUN" and not written_definite(graph, noun)


def words_of_name(graph: SentenceGraph, name: Word) -> list[Word]:
    parts = [name, *(child for child in graph.children(name.index) if child.deprel.startswith("flat"))]
    first = min(part.index for part in parts)
    last = max(part.index for part in parts)
    return [graph.word(index) for index in range(first, last + 1)]


def find_name(graph: SentenceGraph, word: Word, roles: Lexicon, depth: int = 0) -> Word | None:
    """`word` if it is a name, else a name hanging under a rank or title in apposition (العقيد منصور …)."""
    if is_time(word):
        return None  # صحيفة كوميرسانت يوم السبت: a date in apposition, not a name
    if word.upos in NAME_TAGS:
        return word
    if depth > 2 or not is_role_word(word, roles):
        return None
    for child in graph.children(word.index):
        if child.base_deprel in ("appos", "flat", "nmod", "dep", "compound") and child.index > word.index:
            if opened_by(graph, child, _ALL_CASES):
                continue
            found = find_name(graph, child, roles, depth + 1)
            if found is not None:
                return found
    return None


_ALL_CASES = frozenset(("ل", "ب", "في", "من", "عن", "علي", "الي", "مع", "ك"))


# ---------------------------------------------------------------- the phrase between the cue and the content
#
# Saudi news writes `وقال <role phrase> <name> إن …` and `وقال <name> <role phrase> إن …`; a parser trained
# on 1,000 sentences often cuts such phrases wrongly. Between a VSO cue and its content, the words are the
# speaker's phrase, up to an addressee (لوكالة …), a circumstance (في تصريح …, خلال …), a time word or a
# colon; given names mark where the name starts.

_PHRASE_STOPS = frozenset(
    normalize(word)
    for word in (
        *("اليوم", "أمس", "امس", "مساء", "صباح", "يوم", "أن", "إن", "بأن", "حيث", "عند", "خلال", "عبر", "لدى"),
        "نيابة",  # وقال سالم الوذيناني نيابة عن خريجي …: on behalf of others, not more of the name
        *("البالغ", "البالغة"),  # أكد فلان البالغ من العمر 45 عاما أن …: his age, a clause about him, not his name
    )
)
#: أمام ("before", an audience: أمام لجنة …), tagged a preposition (the noun إمام, an imam, is spelled alike once
#: normalised).
_BEFORE_AN_AUDIENCE = frozenset((normalize("أمام"),))
#: A personal name is at most this many words (عاطي بن عطية القرشي).
_MAX_NAME_WORDS = 5


def _stops_phrase(graph: SentenceGraph, word: Word) -> bool:
    """Where the speaker's phrase ends: punctuation, a verb, an addressee, a circumstance, a time word."""
    bare = word.keys[0] if word.keys else ""
    if word.upos == "PUNCT" and word.text not in ("(", ")", '"', "«", "»", "“", "”", "-"):
        return True
    if word.upos == "VERB" and word.token_first and not before_patronymic(graph, word):
        return True
    if bare in _PHRASE_STOPS or any(key in _PHRASE_STOPS for key in word.keys[1:]):
        return True
    if says_how(word):
        return True  # وقال المهندس فادي الراشد | هاتفيا: how he said it, no part of his name
    if any(key in SPEECH_WORDS for key in word.keys):
        return True  # ويعلق الباحث سامر حداد | قائلا: the cue's participle, even one tagged a proper noun, ends the phrase
    following = graph.words[word.index] if word.index < len(graph.words) else None
    next_keys = set(following.keys) if following is not None else set()
    if bare == "في" and next_keys & CIRCUMSTANCE_HEADS:
        return True
    if word.upos == "ADP" and bare in _BEFORE_AN_AUDIENCE:
        return True  # وقال آشتون كارتر | أمام لجنة الدفاع برئاسة السيناتور …: whom he spoke before, and who chairs it
    if bare == "ب" and following is not None and under_whom(graph, following):
        return True  # … | برئاسة الدكتور فلان، بإشراف …: who chairs or supervises is not who speaks
    if word.text.startswith("لـ") or (bare == "ل" and next_keys & ADDRESSEE_HEADS):
        return True
    return bare.startswith("ل") and strip_article(bare[1:]) in ADDRESSEE_HEADS


def _name_after_academic_title(words: list[Word], position: int, roles: Lexicon, bracketed: list[bool]) -> bool:
    """A proper noun right after an academic or professional title (`الدكتور | جاسر الحربش`، `المهندس | …`: the
    role lexicon's kind `title`) opens a name that the given-name lexicon does not list."""
    word = words[position]
    return (
        word.upos in NAME_TAGS
        and not bracketed[position]
        and not is_role_word(word, roles)
        and job_kind(words[position - 1], roles) == "title"
    )


def _title_complement(graph: SentenceGraph, word: Word, words: list[Word], roles: Lexicon, text: str) -> bool:
    """A definite noun after ل that the parse hangs on the title before it (`المدير العام | للبرنامج الوطني …`، `المشرف
    العام على البرنامج | للحرف …`): what the title is of, not whom the speaker told (`لبرنامج «…»`، `للصحيفة` hung on
    the verb)."""
    if word.upos not in ("NOUN", "PROPN") or not normalize(surface(word, text)).startswith(_LAM_ON_ARTICLE):
        return False
    if word.head not in {earlier.index for earlier in words}:
        return False
    title = graph.word(word.head)
    return word.base_deprel == "nmod" and (is_role_word(title, roles) or (title.upos in ("NOUN", "ADJ") and title.index > words[0].index))


def phrase_between(
    graph: SentenceGraph,
    head: Word,
    text: str,
    *,
    limit: int,
    roles: Lexicon,
    honorifics: Lexicon,
    names: Lexicon,
    prayers: Lexicon | None = None,
) -> Mention | None:
    """Speaker and role read off the words from `head` up to `limit`, when a given name shows where the name is (or,
    with no given name among them, an academic title before a proper noun); the name ends before a prayer written
    after it (`prayers`: رحمه الله، رضي الله عنه، وفقه الله)."""
    words: list[Word] = []
    for word in graph.words[head.index - 1 :]:
        if word.start >= limit:
            break
        if words and _stops_phrase(graph, word) and not _title_complement(graph, word, words, roles, text):
            following = graph.words[word.index] if word.index < len(graph.words) else None
            # `رئيس لجنة … في الدمام ، محمد الخميس، أن …`: a comma before the name does not end the phrase
            if word.text in ("،", ",") and following is not None and is_given_name(following, names, graph):
                continue
            if word.text in ("،", ",") and following is not None and _nationality_before_name(graph, following, names, roles, text):
                continue  # مدرب ريال بيتيس، البرتغالي جورج سيلفا: the holder's nationality, then his name
            break
        words.append(word)
    closing = next((i for i, word in enumerate(words) if word.text in _CLOSING_MARKS), None)
    if closing is not None and _addressed(graph, head):
        words = words[closing + 1 :]  # أكد لـ"الرياض" | الرائد عامر السرطاوي: the paper told comes before the speaker
    if not words or len(words) > 24:
        return None
    bracketed = _in_brackets(words)
    given = [
        position
        for position, word in enumerate(words)
        if is_given_name(word, names, graph)
        and not any(key in honorifics for key in word.keys)
        and not bracketed[position]
        and not _adjective_of_noun(graph, word)
        and not _on_behalf_of(words, position, roles)
        and not (position > 0 and _common_word_alone(graph, word))  # مسؤول | تركي أمس: Turkish, not Turki
        and not (position > 0 and _common_word_in_construct(graph, word))  # كلية … | أسماء الطلاب: names, not Asma
        and not (position > 0 and street_named_for(graph, word) is not None)  # في طريق | عمر بن الخطاب: a street's
    ]
    if not given:
        given = [position for position in range(1, len(words)) if _name_after_academic_title(words, position, roles, bracketed)]
    if not given:
        # مدرب ريال بيتيس، البرتغالي | جورج سيلفا: a proper noun after a nationality set off after the title
        given = [
            position
            for position in range(2, len(words))
            if words[position].upos in NAME_TAGS
            and nationality(words[position - 1], roles, text)
            and _set_off_by_comma(text, words[position - 2], words[position - 1])
        ]
    if not given:
        return None
    first_name = _speaker_name_start(words, given, roles, honorifics)
    if first_name is None:
        return None
    while first_name > 0 and links_name(words[first_name - 1], text):
        first_name -= 1  # أبو زيد، بن لادن: the particle opens the name, it is no title
    if first_name > 0 and _opens_name_under_rank(graph, words, first_name, roles, honorifics):
        first_name -= 1  # وأوضح العميد | سالم راشد: an unlisted given name the parse hung on the rank opens the name
    if described_by_its_relation(words[:first_name], roles):
        return None  # وقالت مصادر مقربة من الوزير خالد العتيبي: the sources speak, the name is whom they are close to
    if kin_in_construct(graph, words[:first_name], roles):
        return None  # وقالت والدة المواطن عبدالرحمن السبيعي: the mother speaks, the name is her son's
    name_words = [words[first_name]]
    for word in words[first_name + 1 :]:
        if prayer_starts(word, text, prayers):
            break  # وقال الأمير فيصل رحمه الله إن …، عمر بن الخطاب رضي الله عنه: the prayer for him is no part of his name
        # بن written apart, or a letter the tokenizer cut off a name (ل + افروف): not the end of the name. A word of
        # its own with a pronoun written on it (وفق + ه of وفقه الله, "God grant him success", after the name) is no cut
        # letter: it ends the name
        linking = (
            links_name(word, text)
            or (
                word.upos == "ADP"
                and len(normalize(word.text)) == 1
                and word.end < word.start + len(surface(word, text))
                and not normalize(surface(word, text)).startswith(_PREPOSITION_AND_ARTICLE)  # للكونجرس: to the Congress
            )
            or name_after_link(name_words[-1], word, text)
        )
        if not linking and (
            (is_role_word(word, roles) and not _family_name_last(words, word))
            or len(name_words) >= _MAX_NAME_WORDS
            or word.upos in ("PUNCT", "ADP")
            or is_time(word)
            or definite_object(word)
            or demonstrative_after_name(graph, word.index)  # ووصف محمود | ذلك بأنه …: "that", what he described
            or not name_like(word, name_words, names, graph, text)
        ):
            break  # (عبدربه منصور هادي | الميليشيات الحوثية: a definite plural is the verb's object)
        name_words.append(word)
    speaker = span_of(name_words, text)
    role_words = words[:first_name]
    tongue = [position for position in range(len(role_words)) if _on_the_tongue_of(role_words, position)]
    if tongue:
        # أكدت وزارة الصحة على لسان المتحدث الرسمي باسمها الدكتور …: the body spoke through the person; the role is his
        role_words = role_words[tongue[-1] + 1 :]
    if (
        len(role_words) > 1
        and nationality(role_words[-1], roles, text)
        and _set_off_by_comma(text, role_words[-2], role_words[-1])
    ):
        role_words = role_words[:-1]  # مدرب ريال بيتيس | ، البرتغالي جورج سيلفا: the nationality goes with the name
    before_preposition = bool(role_words) and role_words[-1].upos == "ADP"
    while role_words and role_words[-1].upos == "ADP":
        role_words.pop()
    if before_preposition and len(role_words) == 1 and not is_role_word(role_words[0], roles):
        role_words = []  # وجاء في بيان لسامر الحداد المتحدث …: the statement of the person named, no title of his
    if len(role_words) == 1 and nationality(role_words[0], roles, text):
        role_words = []  # أكد اليوناني دونيس مدرب فريق الهلال: a nationality is no title; the title follows the name
    named_first = _honorifics_then_proper_nouns(role_words, roles, honorifics)
    if named_first is not None:
        # ويؤكد كولو عبدالرشيد: proper nouns right before a listed given name, none a title, open the name; a role noun
        # with its pronoun written on it is none (وذكرت زوجته هدى العنزي: the tagger's PROPN is "his wife", her role);
        # after an honorific too (وصرح الشيخ عكرمة صبري: صبري is also a given name, عكرمة opens the name)
        speaker = span_of([*role_words[named_first:], *name_words], text)
        role_words = role_words[:named_first]
    while role_words and normalize(role_words[0].text) in _COUNTING_WORDS:
        # ويقول كل من مصطفى عثمان و…، وقال كل من المدرب …: "each of" counts the speakers, it is no title; its من neither
        role_words = role_words[2:] if len(role_words) > 1 and role_words[1].upos == "ADP" else role_words[1:]
    if len(role_words) == 1 and _in_construct_before(role_words[0], name_words[0], roles, text):
        # وقالت عائلة خالد الشمري: a noun in construct with the name speaks (the family); it is no title of the name's
        speaker = span_of([*role_words, *name_words], text)
        role_words = []
    if _office_of_the_title(role_words, roles, honorifics, text):
        # غير أن مكتب رئيس الوزراء فلان أكد، وقالت حكومة الرئيس فلان: the office speaks, in construct with the title
        # whose holder the name is; the name is no speaker of its own, and the title no role of the office
        speaker = span_of([*role_words, *name_words], text)
        role_words = []
    # (مدير الفرع | الشيخ ناصر …: the honorific before the name is no part of the title)
    role = span_of(role_words, text) if role_words else None
    if role is not None and strip_honorifics(role, honorifics, text) == role:
        role = without_trailing_honorifics(role, honorifics, text)
    notes = ["speaker phrase read between the cue and the content"]
    rank_only = speaker is not None and yields_to_job_after(graph, role, roles, honorifics)
    job = job_after_name(graph, speaker, text, limit, roles) if speaker is not None and rank_only else None
    if job is not None:
        role = job  # وأكد العقيد فلان المتحدث الرسمي للشرطة، أن …: the rank names no position, the job after the name does
        notes.append("role: the job after the name, only a rank or title before it")
    if role is None:
        after = words[first_name + len(name_words) :]
        while after and after[-1].upos == "ADP":
            after.pop()  # شدد خالد الفهد رئيس لجنة المسابقات … | على أن: the cue's preposition is no part of the title
        if after and is_role_word(after[0], roles) and after[0].feat("Number") != "Plur":
            # (ودعا سلطان | أعضاء الحزب إلى …: members are the verb's object, no title of one person)
            role = span_of(after, text)
    role = strip_honorifics(role, honorifics, text)
    if role is not None and only_honorifics(role, honorifics):
        role = None
    speaker = strip_honorifics(speaker, honorifics, text)
    return Mention(
        speaker=speaker,
        role=role,
        head=words[first_name],
        notes=tuple(notes),
    )




def _set_off_by_comma(text: str, before: Word, word: Word) -> bool:
    """Whether a comma stands between two words of a phrase (`مدرب ريال بيتيس | ، | البرتغالي`)."""
    return any(comma in text[before.end : word.start] for comma in ("،", ","))


def _nationality_before_name(graph: SentenceGraph, word: Word, names: Lexicon, roles: Lexicon, text: str) -> bool:
    """A nationality (`البرتغالي`) right before a given name or a proper noun: how news sets off a title's holder after
    a comma (`مدرب ريال بيتيس، البرتغالي جورج سيلفا`)."""
    if not nationality(word, roles, text) or word.index >= len(graph.words):
        return False
    following = graph.word(word.index + 1)
    return following.upos in NAME_TAGS or is_given_name(following, names, graph)


def _honorifics_then_proper_nouns(role_words: Sequence[Word], roles: Lexicon, honorifics: Lexicon) -> int | None:
    """Where the proper nouns start that end the words before a listed given name, when those words are honorifics
    (none or more) and then proper nouns, none a title; None otherwise."""
    start = 0
    while start < len(role_words) and any(key in honorifics for key in role_words[start].keys):
        start += 1
    rest = role_words[start:]
    if not rest or not all(
        word.upos == "PROPN" and not is_role_word(word, roles) and not role_with_its_pronoun(word, roles) for word in rest
    ):
        return None
    return start


#: A preposition glued to the article (للكونجرس، بالبرلمان): the word after a name is whom it was said to, never a
#: letter the tokenizer cut off the name (ل + افروف).
_PREPOSITION_AND_ARTICLE = ("لل", "بال", "كال")
#: ل on the article (للبرنامج): what a title is of, when the parse hangs it on the title.
_LAM_ON_ARTICLE = _PREPOSITION_AND_ARTICLE[0]
_TONGUE = normalize("لسان")
_ON = normalize("على")


_CLOSING_MARKS = frozenset(('"', "»", "”"))


def _family_name_last(words: Sequence[Word], word: Word) -> bool:
    """A definite title word that ends the phrase right after a name (ماجد الخطيب، عبدالرحمن الكبير إن …): the family
    name, which many titles and adjectives spell; a title of the person goes on with its own words (مدير المرور)."""
    return word is words[-1] and normalize(word.text).startswith("ال") and word.upos != "PROPN"


def _addressed(graph: SentenceGraph, head: Word) -> bool:
    """Whether `head` is governed by the preposition ل (لـ"الرياض"، لـ«عكاظ»): whom the source told, not the source."""
    return any(child.base_deprel == "case" and normalize(child.text).rstrip("ـ") == "ل" for child in graph.children(head.index))


def _on_the_tongue_of(words: Sequence[Word], position: int) -> bool:
    """`على لسان` ("on the tongue of", speaking for) ends at `position`."""
    return position > 0 and _TONGUE in words[position].keys and _ON in words[position - 1].keys


#: ب of where someone works (أخصائي بمركز …، باحث بجامعة …): no relation to the person named after it.
_AT_A_PLACE = frozenset((normalize("ب"),))


def described_by_its_relation(before_name: Sequence[Word], roles: Lexicon) -> bool:
    """Whether the words before a name are a descriptor (مصدر، مصادر، مسؤول، خبراء) and a preposition (مقربة من، في،
    داخل): a source described by its relation to the person named (`مصدر مقرب من الرئيس فلان`), not that person's
    title. A definite descriptor whose phrase ends in a body, no title, before the name (`المسؤول الإعلامي في الائتلاف
    أحمد كامل`) is that person's own title: the official."""
    if not before_name or job_kind(before_name[0], roles) != "descriptor":
        return False
    if len(before_name) > 1 and before_name[1].upos == "NOUN":
        return False  # مسؤول فرع الحزب في الموصل | فلان: a descriptor in construct names his post; the name is his
    if not any(word.upos == "ADP" and normalize(word.text) not in _AT_A_PLACE for word in before_name[1:]):
        return False  # (أخصائي طب الأسنان | بمركز … بجدة الدكتور فلان: where the specialist works, no relation to another)
    definite = strip_conjunction(normalize(before_name[0].text)).startswith("ال")
    return not definite or job_kind(before_name[-1], roles) is not None


#: Given names that are also a preposition and its noun (باسم "in the name of"): after a job title and before a
#: definite noun or a body (المتحدث باسم الشرطة، متحدثة باسم الوزارة) they are the preposition (given_names.tsv, column
#: preposition).
GIVEN_NAMES_READ_AS_PREPOSITION = marked_words("given_names", "preposition")


def _on_behalf_of(words: Sequence[Word], position: int, roles: Lexicon) -> bool:
    """Whether `words[position]` is باسم "on behalf of" after a job title (متحدثة باسم الشرطة), not the name باسم
    (الدكتور باسم الخطيب: after a rank or an academic title it is the name)."""
    word = words[position]
    if strip_conjunction(normalize(word.text)) not in GIVEN_NAMES_READ_AS_PREPOSITION or position + 1 >= len(words):
        return False
    if after_in_own_name(words, position):
        return True  # وقال أمير المنطقة باسمه وباسم | أهالي المنطقة: "in his name and in the name of", no one named باسم
    if not normalize(words[position + 1].text).startswith(("ال", "لل")):
        return False
    return any(job_kind(before, roles) == "job" for before in words[max(0, position - 3) : position])


#: Words before the names they count (كل من، بعض، جميع: counting_words.tsv): no title.
_COUNTING_WORDS = word_set("counting_words")


def _in_construct_before(noun: Word, name: Word, roles: Lexicon, text: str) -> bool:
    """A common noun without the article right before a name, that is no role or title (عائلة، أسرة، منزل): the noun in
    construct, the name its genitive."""
    written = normalize(surface(noun, text))
    return (
        noun.upos == "NOUN"
        and not is_role_word(noun, roles)
        and not written.startswith("ال")
        and noun.feat("Definite") != "Def"
        and not text[noun.end : name.start].strip()
    )


def _office_of_the_title(role_words: Sequence[Word], roles: Lexicon, honorifics: Lexicon, text: str) -> bool:
    """Whether the words before a name are an organisation's head noun in construct (no article: مكتب، حكومة، إدارة)
    with a title (`مكتب رئيس الوزراء | فلان`، `إدارة الرئيس | فلان`): the name is the title's holder and the office,
    whose he is, is the one the phrase names (heads: organisation_anaphors.tsv, column head)."""
    if len(role_words) < 2:
        return False
    office, title = role_words[0], role_words[1]
    written = strip_conjunction(normalize(surface(office, text)))
    return (
        office.upos == "NOUN"
        and written in BODY_HEAD_NOUNS
        and office.feat("Definite") != "Def"
        and not text[office.end : title.start].strip()
        and (is_role_word(title, roles) or any(key in honorifics for key in title.keys))
    )


def _adjective_of_noun(graph: SentenceGraph, word: Word) -> bool:
    """`مسؤول تركي رفض الكشف عن هويته`: a given name's spelling (تركي) tagged an adjective of the indefinite noun
    right before it is that noun's nationality, not a name."""
    previous = graph.word_before(word)
    return (
        word.upos == "ADJ"
        and word.base_deprel == "amod"
        and previous is not None
        and word.head == previous.index
        and previous.upos == "NOUN"
        and not strip_conjunction(normalize(previous.text)).startswith("ال")
    )


def _in_brackets(words: list[Word]) -> list[bool]:
    """For each word, whether an opening bracket before it is still open: a name in brackets names a campaign or a
    programme (حملة (الماء صديق أم عدو)), no person."""
    depth, inside = 0, []
    for word in words:
        if word.text == ")":
            depth = max(0, depth - 1)
        inside.append(depth > 0)
        if word.text == "(":
            depth += 1
    return inside


def _opens_name_under_rank(graph: SentenceGraph, words: list[Word], first_name: int, roles: Lexicon, honorifics: Lexicon) -> bool:
    """Whether the proper noun before the first listed given name opens the name: it hangs (flat) on the rank or title
    that heads the phrase, right after it (`العميد | سالم راشد`، `اللواء | فضل حسن`: سالم and فضل, also common words,
    are no listed given names), and the given name hangs on it; after a rank with the article, which takes no
    genitive, also where the parse made it the rank's genitive (nmod). A word with the article, a title or an honorific
    does not (`الدكتور الفهيد`)."""
    if first_name != 2:
        return False
    head, previous, name = words[0], words[1], words[2]
    return (
        job_kind(head, roles) in ("rank", "title")
        and previous.upos in NAME_TAGS
        and (previous.base_deprel == "flat" or (previous.base_deprel in ("nmod", "appos") and normalize(head.text).startswith("ال")))
        and previous.head == head.index
        and name.head == previous.index
        and not normalize(previous.text).startswith("ال")
        and not is_role_word(previous, roles)
        and not any(key in honorifics for key in previous.keys)
    )


def _speaker_name_start(words: list[Word], given: list[int], roles: Lexicon, honorifics: Lexicon) -> int | None:
    """Where the speaker's name starts among the given names at `given`: the first, unless a title in construct
    carries it as the name of a body (`عميد كلية الطب بجامعة الملك سعود الدكتور فهد المطيري`: الملك after جامعة) and a
    later name comes right after a title or honorific (الدكتور فهد); None where the body's eponym is the only name
    (`أعلنت مدينة الملك فهد الطبية`، `المدير التنفيذي لمدينة الملك عبدالله الاقتصادية`: no person is named)."""
    first = given[0]
    if first < 2:
        return first
    before, construct = words[first - 1], words[first - 2]
    carried = (
        any(key in honorifics for key in before.keys)
        and construct.upos in ("NOUN", "PROPN")
        and not normalize(construct.text).startswith("ال")  # in construct (جامعة الملك), not الوزارة الشيخ
        and not is_role_word(construct, roles)
    )
    if not carried:
        return first
    for later in given[1:]:
        opener = words[later - 1]
        if is_role_word(opener, roles) or any(key in honorifics for key in opener.keys):
            return later
        if later == first + 1:
            return later  # لجامعة الملك عبدالعزيز خالد الغامدي: a one-word eponym, then the person's given name
    # المتحدث باسم مركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ: the body's name runs on after its eponym;
    # the person's name starts at the next given name that opens a name (not one after بن or another given name)
    starts = [
        later
        for later in given[1:]
        if later - 1 not in given and normalize(words[later - 1].text) not in NAME_LINKS and words[later - 1].upos != "ADP"
    ]
    if starts:
        return starts[0]
    return first if len(given) > 1 else None


def name_after_nationality(graph: SentenceGraph, head: Word, words: list[Word], roles: Lexicon, text: str) -> Word | None:
    """The name right after a nationality that heads the phrase (وقال الفرنسي | هيرفي رينارد: the parse hung the name
    under the adjective): where the speaker starts; the nationality is neither name nor title."""
    following = graph.word_after(head)
    if following is None or following not in words or following.upos not in NAME_TAGS or not nationality(head, roles, text):
        return None
    if says_how(following):
        return None  # وقال الخيالي | هاتفيا: a family name in ي, then how he spoke (tagged a name), no nationality and name
    return None if normalize(following.text).startswith("ال") else following


def _spoken_about(graph: SentenceGraph, word: Word) -> bool:
    """Whether عن governs the word (سئل عن الرئيس، تحدث عن خالد): the person spoken about (مع, as in تواصلت الصحيفة مع
    فلان فأكد, keeps its person: whom the paper reached is who answers)."""
    return any(child.base_deprel == "case" and normalize(child.text) == "عن" for child in graph.children(word.index))


def named_person_before(
    graph: SentenceGraph,
    end: int,
    text: str,
    *,
    roles: Lexicon,
    honorifics: Lexicon,
    names: Lexicon,
    skip: Callable[[int], bool],
) -> Mention | None:
    """The last person the sentence names before `end` (`وتواصلت (الرياضي) مع رئيس اللجنة الدكتور عبدالله
    البرقان لسؤاله …، فأكد أن …`): a given name, the name words after it and the role before it.

    `skip(offset)` leaves out words that are not the narrator's (other quotes' contents, quotation marks).
    """
    dateline = dateline_end(text)  # (محمد الشراري – طبرجل /: the article's writer, no source of it)
    candidates = [word for word in graph.words if word.end <= end and word.start >= dateline and not skip(word.start)]
    for position in range(len(candidates) - 1, -1, -1):
        word = candidates[position]
        if not is_given_name(word, names, graph) or any(key in honorifics for key in word.keys):
            continue
        if normalize(surface(word, text)).startswith(("ال", "وال")):
            continue  # الرائد: a rank or a club, not the given name رائد
        if common_noun_reading(graph.words, word.index - 1) or verb_after_relative_pronoun(graph, word):
            continue  # في عمر السابعة; الذي أشرف على …
        previous = graph.word_before(word)
        if previous is not None and (is_given_name(previous, names, graph) or links_name(previous, text)):
            continue  # inside a name: its first word comes earlier
        if _spoken_about(graph, word) or (previous is not None and previous.upos == "NOUN" and _spoken_about(graph, previous)):
            continue  # وحين يسأل عن الرئيس اشرف غني يجيب مؤكدا …: whom one is asked about is not who answers
        if street_named_for(graph, word) is not None:
            continue  # وطريق سهل بن أبي حثمة: a street named after a person, not the person
        name_words = [word]
        for following in graph.words[word.index :]:
            if following.start >= end or len(name_words) >= _MAX_NAME_WORDS:
                break
            linking = links_name(following, text) or (
                following.upos == "PRON" and following.start <= name_words[-1].end  # عبدالل + ه, a wrong split
            )
            if not linking and (
                following.upos not in ("PROPN", "NOUN", "X", "ADJ")
                or is_role_word(following, roles)
                or is_time(following)
                or says_how(following)
                or not name_like(following, name_words, names, graph, text)
            ):
                break
            name_words.append(following)
        speaker = span_of(name_words, text)  # (a word cut short, عبدالل + ه, grows whole in coreference.spans)
        if speaker is None:
            return None
        role, _ = role_before(graph, word, speaker.end, text, roles=roles, honorifics=honorifics, names=names)
        return Mention(speaker=speaker, role=role, head=word, notes=("speaker: the person the sentence names before the cue",))
    return None
