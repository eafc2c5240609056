"""The title given before a person's name (`وزير الخارجية الروسي | سيرجي لافروف`), kept only when its first word
is a title and nothing in the phrase says it belongs elsewhere: to a verb whose object the name is, to a clause
(في، بين، من …), or to another person named inside it. The phrase itself is found by
quotes.speakers.role_before; this module decides whether a name finder keeps it. Reads the word facts.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from quotes.graph import SentenceGraph, Word
from quotes.lexicon import Lexicon
from quotes.mentions.word_facts import WordReader
from quotes.mentions.words import NAME_LINKS, OFFICE_REGIONS
from quotes.model import Span
from quotes.normalize import normalize, strip_article
from quotes.quotemarks import is_quote_mark
from quotes.speakers import APPOSITION_COMMAS, job_after_name, person_gender, role_before, yields_to_job_after
from quotes.speakers.roles import comma_role, described_with_phrase, description_phrase
from quotes.speakers.words import article, job_kind

_SEPARATE_PREPOSITIONS = frozenset(
    normalize(word) for word in ("في", "بين", "من", "على", "إلى", "عن", "مع", "حول", "بعد", "قبل", "خلال", "عند", "لدى", "ضد", "منذ", "حتى")
)
#: Prepositions that open a title's complement (المشرف على، المسؤول عن): the phrase stays a title.
_TITLE_COMPLEMENTS = frozenset(normalize(word) for word in ("على", "عن"))
#: Prepositions that say where a post is held, after the whole title (مبعوث الأمين العام للأمم المتحدة إلى اليمن، سفير
#: المملكة لدى الأردن): the phrase stays a title.
_POST_PLACES = frozenset(normalize(word) for word in ("إلى", "الى", "لدى"))


def role_before_name(reader: WordReader, sentence: SentenceGraph, run: Sequence[Word], span: Span, given: bool, text: str) -> Span | None:
    """The title phrase before the name `run` (or right after it): None unless its first word is a title. Asked of
    the same name by the tagged spans' and the name finder (a quarter of the questions): answered once a sentence."""
    known = sentence.memory((role_before_name, reader))
    question = (run[0].index, len(run), span.start, span.end, given)
    if question not in known:
        known[question] = _role_before_name(reader, sentence, run, span, given, text)
    return known[question]


def _role_before_name(reader: WordReader, sentence: SentenceGraph, run: Sequence[Word], span: Span, given: bool, text: str) -> Span | None:
    written = title_phrase_written_before(reader, sentence, run[0], text)
    role, _ = role_before(
        sentence,
        run[0],
        span.end,
        text,
        roles=reader.lexicons.roles,
        honorifics=reader.lexicons.honorific_titles,
        names=reader.lexicons.given_names,
    )
    if written is not None and (role is None or role.end == written.end):
        # افتتح مدير عام الشؤون الصحية بالمنطقة الدكتور فلان …: a job phrase and a rank right before the name are its
        # title, though the parse hung the rank and the name on the verb as its object
        return role if role is not None and role.start <= written.start else written
    if role is None:
        return None
    head = sentence.word(_first_index(sentence, role))
    if not reader.facts(head).title and not (reader.facts(head).descriptor and article(head) and role.end <= span.start):
        # a description (مسؤول، عسكري), not a title; but one made definite before the name is the post of the person
        # the name names (المسؤول الإعلامي للجناح العسكري … بختيار دوغان)
        return None
    verb = sentence.parent(run[0].index)
    if (
        run[0].base_deprel in ("obj", "iobj", "obl")
        and verb is not None
        and verb.upos == "VERB"
        and not speech_verb(reader, verb)
        and not _woman_after_feminine_title(reader, sentence, role, run[0])
    ):
        return None  # اتهمت وزيرة العدل السابقة بريس هورتيفي: the verb's object, not the minister's name
    if len(run) == 1 and not given and len(role.text.split()) > 1 and not _surname_after_title(sentence, run[0], role):
        return None  # المساعدة في بدء محادثات سلام بين … أفغانستان: one proper noun after a long phrase is no person
    between = text[role.end : span.start].split()
    apposition = bool(between) and between[0] in APPOSITION_COMMAS
    if apposition:
        between = between[1:]  # وزير الخارجية الإيراني، محمد جواد ظريف: an apposition
    if between and all(is_quote_mark(char) for char in between[0]):
        between = between[1:]  # اللاعب "ماركوس سيلفا": the name in quotation marks after its title
    if any(reader.lexicons.honorific_titles.lookup(word) is None for word in between):
        return None  # لاعب الرائد … الجديد بعد أحمد الفريدي: something stands between the phrase and the name
    role_words = sentence.words_within(role.start, role.end)
    if not apposition and _clause_in(reader, role_words):
        # a phrase with في/بين/من … before a name is a clause, not the name's title; set off from the name by a comma
        # it is the title (قائد المقاومة في المحافظة، الشيخ فلان)
        return None
    if _names_another(reader, role_words):
        return None  # الرئيس الأمريكي باراك أوباما ووزير خارجيته | جون كيري: the title is the other person's
    if role.end <= span.start and yields_to_job_after(sentence, role, reader.lexicons.roles, reader.lexicons.honorific_titles):
        job = job_after_name(sentence, span, text, _phrase_after_name_end(sentence, span), reader.lexicons.roles)
        if job is not None:
            return job  # التقى الدكتور ماجد القحطاني مدير جامعة الملك سعود بالطلاب: the job, not the rank before the name
    return role


def _woman_after_feminine_title(reader: WordReader, sentence: SentenceGraph, role: Span, first: Word) -> bool:
    """Whether a woman's given name (given_names.tsv, gender f) follows a feminine title (`الوزيرة`، `وزيرة الخارجية`،
    `المديرة`: its first word ends in ة) right away: the title's holder, whom the parse made the verb's object after a
    feminine verb (`وصلت الوزيرة | سارة الخطيب`); the object of `اتهمت وزيرة العدل | بريس هورتيفي` is a man."""
    head = sentence.first_starting(role.start)
    if head is None or not normalize(head.text).endswith("ه") or sentence.word(first.index - 1).end != role.end:
        return False
    lexicons = reader.lexicons
    return person_gender(first.keys[0] if first.keys else None, None, lexicons.given_names, lexicons.roles) == "Fem"


def description_after_name(reader: WordReader, sentence: SentenceGraph, descriptor: Word, text: str) -> Span | None:
    """The description written right after a person's name that a definite descriptor or job opens with a phrase of
    its own (`ويقول الهاشمي | القيادي في حزب النهضة إن …`، `الزين | الخبيرة في شؤون التعليم`; quotes.speakers
    described_with_phrase): the role the text gives the person there, up to a verb, a complementizer or a mark;
    `descriptor`: the word after the name. None where the word is a given name or opens no such description."""
    roles = reader.lexicons.roles
    if reader.facts(descriptor).given_name or not described_with_phrase(sentence, descriptor, roles, after_name=True):
        return None
    return description_phrase(sentence, descriptor, text, sentence.end)


def title_phrase_written_before(reader: WordReader, sentence: SentenceGraph, first: Word, text: str) -> Span | None:
    """The title phrase written right before a name that a rank or academic title ends (`مدير عام الشؤون الصحية
    بالمنطقة الدكتور | فلان`، `الرئيس العام للمؤسسة العامة للخطوط الحديدية المهندس | فلان`), read in the text's order
    where the parse broke it (it hung the rank and the name on the verb as its object): back from the rank over nouns,
    adjectives and the prepositions of a title (ب، ل، في، لدى, a و before another job or joining the fields of the body
    the title names: _joins_within_title) to the job noun that opens it; a definite job noun opens the phrase unless a
    job noun in construct comes before it (`نائب الرئيس`), so a title before it is another person's (`استقبل وزير
    الصحة | السفير الدكتور فلان`). None where no rank or title stands right before the name, or no job noun opens the
    words before it."""
    roles = reader.lexicons.roles
    index = first.index - 1
    while index >= 1 and job_kind(sentence.word(index), roles) in ("rank", "title"):
        index -= 1
    if index == first.index - 1:
        return None
    opening: Word | None = None
    while index >= 1:
        word = sentence.word(index)
        if word.upos in ("VERB", "AUX", "PUNCT", "SCONJ", "PRON", "NUM", "PART") or reader.facts(word).given_name:
            break
        if word.upos == "CCONJ":
            if normalize(word.text) != "و" or not _joins_within_title(sentence, index, roles):
                break
        elif word.upos == "ADP" and normalize(word.text) not in _TITLE_PREPOSITIONS:
            break
        if reader.facts(word).honorific_title:
            pass  # الأمير الدكتور فلان: an honorific before the title is no job that opens a phrase
        elif job_kind(word, roles) == "job":
            opening = word
            before = sentence.word(index - 1) if index > 1 else None
            if article(word) and not (before is not None and job_kind(before, roles) == "job" and not article(before)):
                break
        index -= 1
    if opening is None:
        return None
    return Span.from_offsets(text, opening.start, sentence.word(first.index - 1).end)


def _joins_within_title(sentence: SentenceGraph, index: int, roles: Lexicon) -> bool:
    """Whether the و at `index` joins two parts of one title phrase: a job before another (`المدير والمشرف العام`), or
    two fields of the body the title names (`مدير مكتب الدعوة والإرشاد وتوعية الجاليات بأبها الدكتور | فلان`،
    `وزارة الشؤون الإسلامية والدعوة`): a noun after a noun or adjective, neither a job, rank or title of its own."""
    before, after = sentence.word(index - 1) if index > 1 else None, sentence.word(index + 1)
    if job_kind(after, roles) == "job":
        return True
    return (
        before is not None
        and before.upos in ("NOUN", "ADJ")
        and after.upos == "NOUN"
        and job_kind(before, roles) is None
        and job_kind(after, roles) is None
    )


#: Prepositions inside a title phrase (`مدير الشؤون الصحية | بالمنطقة`، `رئيس قسم الأبحاث | في المؤسسة`، `سفير المملكة
#: | لدى الأردن`), normalised.
_TITLE_PREPOSITIONS = frozenset(normalize(word) for word in ("ب", "ل", "في", "لدى"))


def title_set_off_after_name(
    reader: WordReader, sentence: SentenceGraph, name: Span, text: str, people: Sequence[int]
) -> Span | None:
    """The title set off by commas right after a person's name (`وجه الأمير فلان، أمير منطقة نجران، بإحداث …`;
    quotes.speakers.roles.comma_role): the post the text gives the person there, where the comma or the sentence's
    end closes it and no other name (`people`: where the tagger's people start) stands inside it (`استقبل فلان، وزير
    الخارجية فلان`: a second person, not the first one's title)."""
    role = comma_role(sentence, name, text, sentence.end, reader.lexicons.roles)
    if role is None:
        return None
    if text[role.end : role.end + 1] not in ("،", ",", ":") and text[role.end : sentence.end].strip(" .\n"):
        return None  # (فلان، مدير الإدارة | قد …: no comma closes it, the parse's phrase ran on)
    if any(role.start <= start < role.end for start in people):
        return None
    if any(word.upos in ("VERB", "AUX", "SCONJ") for word in sentence.words_within(role.start, role.end)):
        return None  # فلان، مالك مستودعات | أن المبيعات …: a clause, where the phrase ran on into what he said
    return role


def _phrase_after_name_end(sentence: SentenceGraph, name: Span) -> int:
    """Where the phrase right after a name ends (a comma between them allowed): the run of words that hang, through the
    parse, under its first word (`مدير جامعة الملك سعود | بالطلاب`، `رئيس البلدية | قد افتتح`); the sentence's end where
    no word follows the name."""
    following = [word for word in sentence.words if word.start >= name.end and word.text not in APPOSITION_COMMAS]
    if not following:
        return sentence.end
    first = following[0]
    inside = {word.index for word in sentence.subtree(first.index)}
    end = first.end
    for word in following[1:]:
        if word.index not in inside:
            break
        end = word.end
    return end


def _surname_after_title(sentence: SentenceGraph, name: Word, role: Span) -> bool:
    """`الرئيس الفرنسي ماكرون`، `رئيس الوزراء نتنياهو`: a short title (up to three words, no preposition) that ends
    in a definite word, then one proper noun: the holder's family name. After a noun in construct (`وزير خارجية
    فرنسا`) the proper noun is the title's own genitive, a place."""
    words = sentence.words_within(role.start, role.end)
    return (
        0 < len(words) <= 3
        and not any(word.upos in ("ADP", "PUNCT", "CCONJ") for word in words)
        and article(words[-1])
        and words[-1].end < name.start
        and name.upos in ("PROPN", "X")
    )


def _names_another(reader: WordReader, words: Sequence[Word]) -> bool:
    """Whether the words of a phrase before a name hold another person: a given name (not a body's eponym: جامعة
    الملك فيصل), or a proper noun and then a conjunction with a second title (الرئيس الفرنسي فرانسوا هولاند | ووزير
    خارجيته)."""
    given = any(
        reader.facts(word).given_name
        and not reader.facts(before).eponym_title
        and normalize(before.text) not in NAME_LINKS
        for before, word in pairwise(words)
    )
    named = next((position for position, word in enumerate(words) if word.upos in ("PROPN", "X")), None)
    second_title = named is not None and any(
        word.upos == "CCONJ" and reader.facts(following).title for word, following in pairwise(words[named + 1 :])
    )
    return given or second_title


def speech_verb(reader: WordReader, verb: Word) -> bool:
    """A reporting verb whose object is what is said, never a person (قال، أوضح; not اتهم، دعا، حذر)."""
    return any(key in reader.lexicons.speech_verbs for key in (verb.lemma_key, *verb.keys))


def _clause_in(reader: WordReader, words: Sequence[Word]) -> bool:
    """Whether a separate preposition among the words of a phrase before a name starts a clause (المساعدة في بدء
    محادثات): not the complement of a title (المشرف العام على البرنامج، المسؤول عن الملف)."""
    for position, word in enumerate(words):
        if normalize(word.text) not in _SEPARATE_PREPOSITIONS:
            continue
        if _belongs_to(reader, words, position):
            continue  # مدير فرع الهيئة | في جدة: where the office is, a part of the title
        before = position - 1
        while before > 0 and words[before].upos == "ADJ" and not reader.facts(words[before]).title:
            before -= 1
        facts = reader.facts(words[before]) if before >= 0 else None
        described = facts is not None and (facts.title or (facts.descriptor and article(words[before])))
        if normalize(word.text) in _POST_PLACES and reader.facts(words[0]).title and 1 < position < len(words) - 1:
            continue  # المبعوث الأممي إلى | اليمن، سفير المملكة لدى | الأردن: where the post is held
        if not described or normalize(word.text) not in _TITLE_COMPLEMENTS:
            return True  # (المسؤول عن الملف: a definite descriptor's complement, as a title's)
    return False


def _belongs_to(reader: WordReader, words: Sequence[Word], position: int) -> bool:
    """Whether في at `position` in a title phrase says where the office is or what body it belongs to: a job title in
    construct before it (مدير فرع الهيئة) and a proper noun, a definite noun, a place noun, a body or a region after it
    (في منطقة الرياض، في الرياض، في وزارة …), not a verbal noun (المساعدة في بدء محادثات)."""
    if normalize(words[position].text) != normalize("في") or position < 2 or position + 1 >= len(words):
        return False
    if not reader.facts(words[0]).title or article(words[0]):
        return False  # (a definite title is no construct: المساعدة)
    after = words[position + 1]
    facts = reader.facts(after)
    return (
        after.upos in ("PROPN", "X")
        or article(after)  # مدير فرع الجمعية في | الرياض: a city the parse read as a noun
        or facts.place_noun
        or facts.organisation_head is not None
        or any(strip_article(key) in OFFICE_REGIONS for key in after.keys)
    )


def _first_index(sentence: SentenceGraph, span: Span) -> int:
    return next(word.index for word in sentence.words if word.end > span.start)
