"""Grow a speaker's head word into its mention, and find the role it is given.

Roles come before the name (`وزير الخارجية الروسي سيرجي لافروف`), after it as
an apposition (`جو ستيرنليب، رئيس …`), or in a `وهو …` clause
(`فلاديمير فرولوف، وهو دبلوماسي روسي سابق`). Honorifics (السيد، الشيخ) are
dropped from both; ranks and titles (اللواء، المهندس) belong to the role.
"""

from __future__ import annotations

import functools
import operator
import re
import unicodedata
from collections.abc import Callable, Sequence

import attrs

from quotes.cleantext import TATWEEL
from quotes.graph import SentenceGraph, Word
from quotes.lexicon import Lexicon
from quotes.model import Span
from quotes.normalize import end_before_spaces, form_keys, normalize, strip_article, strip_conjunction
from quotes.quotemarks import NAME_MARKS

#: Relations that leave the speaker's mention: its role, relative clauses, punctuation.
_OUTSIDE_MENTION = ("appos", "punct", "parataxis", "advcl", "ccomp", "dep", "xcomp", "mark", "cc", "conj")
#: A phrase under the speaker opened by one of these is an addressee or a circumstance, not part of the mention.
_ADDRESSEE_CASES = frozenset(("ل", "خلال", "امام", "مع", "عبر", "الي"))
_LAM = frozenset(("ل",))
_BI = frozenset(("ب",))
_NAME_NOUN = normalize("اسم")
#: Emphatic appositions (نفسه، ذاته) belong to the mention.
_EMPHATIC = frozenset(("نفس", "ذات"))
_NAME_TAGS = ("PROPN", "X")
#: Days, months and time words: they stand in apposition to speakers and after names, never as names.
TIME_WORDS = frozenset(
    normalize(word)
    for word in (
        "يوم",
        "اليوم",
        "أمس",
        "غدا",
        "السبت",
        "الأحد",
        "الاثنين",
        "الإثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "صباح",
        "مساء",
        "ظهر",
        "فجر",  # أعلنت فجر أمس: at dawn
        "الليلة",
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
        "حاليا",
        "سابقا",
        "لاحقا",
        "أيضا",
        "وقت",
        "الوقت",
        "موسم",
        "الموسم",
        "أسبوع",
        "الأسبوع",
        "فترة",
        "الفترة",
        "مرة",  # ادعى هذه المرة أن …: this time, no one who speaks
        "المرة",
        "حين",
        "لحظة",
        *("آنذاك", "حينذاك", "وقتذاك", "يومذاك", "حينها", "وقتها", "يومها", "عندئذ", "حينئذ", "آنئذ"),  # "at that time"
    )
)
_EDGE_PUNCT = " \t\n،,:؛;.-–—()\"«»“”'"
_HUWA = re.compile(r"^\s*[،,]?\s*و(هو|هي|هما|هم)\s+")


@attrs.frozen
class Mention:
    """A speaker mention and the role found with it (either may be absent)."""

    speaker: Span | None
    role: Span | None
    head: Word | None
    notes: tuple[str, ...] = ()


_PAIRS = {")": "(", '"': '"', "»": "«", "”": "“"}


#: Marks that open a quotation (a straight mark opens one where the marks before it are paired).
_OPENING_MARKS = frozenset('"«“')
_START = operator.attrgetter("start")
_INDEX = operator.attrgetter("index")
#: The lemma of every relative pronoun's form (الذي، التي، الذين، اللواتي …).
_RELATIVE_LEMMA = normalize("الذي")
_END = operator.attrgetter("end")


def _span_of(words: list[Word], text: str) -> Span | None:
    if not words:
        return None
    start = min(map(_START, words))
    end = max(map(_END, words))
    while start < end and (text[start] in _EDGE_PUNCT or unicodedata.combining(text[start])):
        start += 1  # a stray diacritic or punctuation mark before the first word
    while words and len(words) > 1 and len(max(words, key=lambda word: word.end).text) == 1 and (
        max(words, key=lambda word: word.end).upos in ("ADP", "CCONJ")
    ):
        last = max(words, key=lambda word: word.end)
        words = [word for word in words if word is not last]  # عمر السومه ب: a clitic cut off the next word
        end = min(end, last.start)
    while end > start and text[end - 1] in _EDGE_PUNCT:
        closing = text[end - 1]
        opening = _PAIRS.get(closing)
        inside = text[start : end - 1]
        if opening is not None and inside.count(opening) > (inside.count(closing) if opening != closing else 0) - (
            0 if opening != closing else inside.count(opening) - inside.count(opening) % 2
        ):
            break
        end -= 1
    if start >= end:
        return None
    return Span.from_offsets(text, start, end)


def _genitive_after_adjective(graph: SentenceGraph, noun: Word, child: Word) -> bool:
    """A noun hung as the genitive (nmod, no preposition) of an indefinite noun, after that noun's adjective: an
    adjective closes the construct (مسؤول محلي | وكالة فرانس برس), so the noun is another phrase."""
    if child.base_deprel != "nmod" or child.upos not in ("NOUN", "PROPN", "X") or child.index <= noun.index + 1:
        return False
    if noun.upos != "NOUN" or normalize(noun.text).startswith("ال") or noun.feat("Definite") in ("Def", "Cons"):
        return False
    if any(grand.base_deprel == "case" for grand in graph.children(child.index)):
        return False
    return any(
        other.base_deprel == "amod" and noun.index < other.index < child.index for other in graph.children(noun.index)
    )


def _mention_words(
    graph: SentenceGraph,
    head: Word,
    stop_at: int | None = None,
    speech_clause: Callable[[SentenceGraph, Word], bool] | None = None,
) -> list[Word]:
    """The head and the words below it that belong to the mention, contiguous around the head."""
    kept = {head.index}
    stack = [head]
    while stack:
        current = stack.pop()
        for child in graph.children(current.index):
            if child.base_deprel in _OUTSIDE_MENTION or (
                child.deprel == "acl:relcl" and _relative_leaves(graph, child, stop_at, speech_clause)
            ):
                keep = (
                    # (… ومقرها جنيف: a conjunct with its own pronoun is about the speaker, no part of its name)
                    (child.base_deprel in ("conj", "cc") and current is head and not pronoun_suffixed(graph, child))
                    or (
                        child.base_deprel == "appos"
                        and (
                            _in_parentheses(graph, child)
                            or child.lemma_key in _EMPHATIC
                            or any(key in _EMPHATIC for key in child.keys)
                        )
                    )
                    or (child.base_deprel == "punct" and child.text in '()"«»“”' and current is not head)
                    or (child.base_deprel in ("ccomp", "xcomp") and child.upos == "ADJ")
                    or _agreeing_number(current, child)
                )
                if not keep:
                    continue
            if child.base_deprel == "case" and current is head:
                continue
            if (current is head or current.upos in _NAME_TAGS) and child.base_deprel in ("obl", "nmod") and (
                _is_addressee(graph, child) or (current is head and _lam_phrase_after_name(graph, head, child))
            ):
                continue  # (under the name too: قال خالد العتيبي للصحفيين، وقال فيرنر لهيئة البث …)
            if child.base_deprel in ("obl", "nmod") and _in_whose_name(graph, child):
                continue  # وأعرب خادم الحرمين الشريفين باسمه واسم شعب المملكة عن …: in whose name, not who speaks
            if _names_someone(graph, current) and _reduced_relative(graph, child):
                continue  # بيبي البالغ السابعة والعشرين من العمر: a clause about the person, not part of the name
            if _personal_name(graph, current) and child.base_deprel in ("obl", "nmod") and _opened_by(graph, child, _FROM_ABOUT):
                continue  # وعبر مروان حسين | عن سعادته …، ريتا حكيم | من كندا: the verb's phrase or where she is from
            if child.base_deprel in ("obl", "nmod") and _is_medium(graph, child):
                continue  # قالت أمانة جدة في بيان لها: the statement is where it was said, not who said it
            if child.base_deprel in ("obl", "nmod") and is_time(child) and (child.upos != "NUM" or child.keys[0] in TIME_WORDS):
                continue  # وذكرت مصادر في وقت سابق: when they said it, not who they are
            if stop_at is not None and child.index >= stop_at:
                continue
            if _genitive_after_adjective(graph, current, child):
                continue  # أفاد مسؤول محلي | وكالة فرانس برس: the verb's addressee, not the official's genitive
            kept.add(child.index)
            stack.append(child)
    # keep the run of kept words around the head without a comma inside it, without a leading preposition
    left = head.index
    while left - 1 in kept and graph.word(left - 1).text not in ("،", ","):
        left -= 1
    right = head.index
    while right + 1 in kept and graph.word(right + 1).text not in ("،", ",") and not _quotation_after_name(graph, left, right + 1):
        right += 1
    while left < head.index and graph.word(left).upos in ("ADP", "CCONJ"):
        left += 1
    while right > head.index and (
        any(key in _SPEECH_WORDS for key in (*graph.word(right).keys, normalize(_surface_of(graph.word(right), graph))))
        or is_time(graph.word(right))
        or time_in_parentheses(graph, right)
    ):
        right -= 1  # نقلت رويترز عن ثلاثة مصادر مطلعة قولها: قولها is the speech, not the source
    right = _before_age(graph, left, right)
    return [graph.word(index) for index in range(left, right + 1)]


#: Words that count years in an age written in parentheses after a name (موتا (32 عاما)).
_YEARS = frozenset(normalize(word) for word in ("عاما", "عاماً", "عام", "سنة", "سنوات", "عمره", "العمر"))


def _before_age(graph: SentenceGraph, left: int, right: int) -> int:
    """Where a mention ends before an age in parentheses closing it (`وأكد موتا (32 عاما) أنه …`): the age describes
    the person, it is no part of the name."""
    if right <= left or graph.word(right).text != ")":
        return right
    opening = next((index for index in range(right - 1, left, -1) if graph.word(index).text == "("), None)
    if opening is None:
        return right
    inside = [graph.word(index) for index in range(opening + 1, right)]
    aged = bool(inside) and any(word.upos == "NUM" or word.text.isdigit() for word in inside) and all(
        word.upos == "NUM" or word.text.isdigit() or normalize(word.text) in _YEARS for word in inside
    )
    return opening - 1 if aged and opening - 1 >= left else right


def _personal_name(graph: SentenceGraph, word: Word) -> bool:
    """A proper noun without the article (مروان، ريتا): a person's given name, not a body (الاتحاد الدولي لكرة القدم)."""
    return word.upos in _NAME_TAGS and not normalize(_surface_of(word, graph)).startswith(("ال", "وال"))


def _relative_leaves(
    graph: SentenceGraph, clause: Word, stop_at: int | None, speech_clause: Callable[[SentenceGraph, Word], bool] | None
) -> bool:
    """Whether an `acl:relcl` leaves the mention: when a relative pronoun opens it (الذي، التي، الذين …) or heads it
    (ما تردد، من يرغب), when it holds the content, or when `speech_clause` finds it is the report itself (the cue, or
    باحثين يصفان الأمر بأنه …). A relative clause without any of these (بيان صدر عن المنظمة، استطلاعات رأي أجريت في
    الولايات المتحدة) describes the speaker and stays, as `تقرير صادر عن الهيئة` does: PADT's trees (and the
    shipped parser) label it `acl`, which the mention always keeps, PUD's (and a parser trained on PUD's
    conventions) `acl:relcl`; the mention is the same whichever a parser writes."""
    governor = graph.parent(clause.index)
    if governor is not None and governor.upos == "PRON":
        return True  # a free relative (ما تردد، من يرغب): the pronoun's clause, never a description of the speaker
    words = [word for word in graph.subtree(clause.index) if word.upos != "PUNCT" and word.base_deprel != "cc"]
    if stop_at is not None and any(word.index >= stop_at for word in words):
        return True
    if speech_clause is not None and speech_clause(graph, clause):
        return True
    first = min(words, key=_INDEX, default=clause)
    return first.upos == "PRON" and (first.feat("PronType") == "Rel" or first.lemma_key == _RELATIVE_LEMMA)


def _quotation_after_name(graph: SentenceGraph, first: int, index: int) -> bool:
    """An opening quotation mark right after a name (وقال زلاتكو سالوبيك "اطلب …): the speech begins, the name has
    ended, whatever the parse hung there; a name in marks after a noun (صحيفة «الشرق الأوسط») goes on."""
    mark = graph.word(index).text
    if mark not in _OPENING_MARKS or index == 1 or graph.word(index - 1).upos not in _NAME_TAGS:
        return False
    straight_before = sum(graph.word(i).text == '"' for i in range(first, index))
    return mark != '"' or straight_before % 2 == 0


def _names_someone(graph: SentenceGraph, word: Word) -> bool:
    """A name, or a word with a name under it (الإثيوبي داويت)."""
    return word.upos in _NAME_TAGS or any(child.upos in _NAME_TAGS for child in graph.children(word.index))


def _reduced_relative(graph: SentenceGraph, word: Word) -> bool:
    """A definite participle or adjective with a complement of its own after a name (البالغ من العمر ثلاثين عاما،
    المنضم حديثا إلى الفريق): a relative clause without الذي. A bare adjective (الأمريكي، الحربي) is no such clause.
    A title the tagger called an adjective (ماركوس ويبر المستشار القانوني لفيسبوك) is one too: it becomes the role."""
    return (
        word.upos == "ADJ"
        and word.base_deprel in ("amod", "acl")
        and normalize(word.text).startswith("ال")
        and any(child.base_deprel != "punct" for child in graph.children(word.index))
    )


def _title_clause_role(graph: SentenceGraph, head: Word, text: str, roles: Lexicon) -> Span | None:
    """`ماركوس ويبر المستشار القانوني لفيسبوك`: a title after a named person that the tagger called an adjective."""
    if not _names_someone(graph, head):
        return None
    for child in graph.children(head.index):
        if child.index > head.index and _reduced_relative(graph, child) and _is_role_word(child, roles):
            return _subtree_span(graph, child, text)
    return None


def _agreeing_number(noun: Word, child: Word) -> bool:
    """`المصادر الثلاثة`: a definite number right after a definite noun counts it, whatever relation the parse gave."""
    return (
        child.upos in ("NUM", "ADJ")
        and child.index == noun.index + 1
        and normalize(child.text).startswith("ال")
        and normalize(noun.text).startswith("ال")
        and child.base_deprel == "dep"
    )


def time_in_parentheses(graph: SentenceGraph, index: int) -> bool:
    """`أمس (الجمعة)`: a bracket that closes or opens around a time word."""
    word = graph.word(index)
    if word.text == ")" and index > 1:
        return is_time(graph.word(index - 1))
    if word.text == "(" and index < len(graph.words):
        return is_time(graph.word(index + 1))
    return False


def _is_addressee(graph: SentenceGraph, word: Word) -> bool:
    """`لوكالة رويترز`، `لـ"سبق"`، `أمام الصحفيين`: whom the speaker told, not part of the speaker's name.

    A ل-phrase is an addressee only when it names a medium or a name (المديرية العامة للشئون الصحية is one name).
    """
    if _opened_by(graph, word, _ADDRESSEE_CASES - {"ل"}):
        return True
    if not _opened_by(graph, word, frozenset(("ل",))):
        return False
    return word.upos in _NAME_TAGS or any(strip_article(key) in _ADDRESSEE_HEADS for key in word.keys)


def _in_whose_name(graph: SentenceGraph, word: Word) -> bool:
    """`باسمه واسم شعب المملكة`، `باسمها ونيابة عن أعضاء المجلس`: in whose name the speaker speaks, a circumstance of
    the report (the shipped parser hangs it on the verb, a parser trained on PUD's conventions on the speaker). A
    spokesman's `المتحدث باسمها` has no second name joined to it, and stays."""
    children = graph.children(word.index)
    return (
        _NAME_NOUN in (word.lemma_key, *word.keys)
        and _opened_by(graph, word, _BI)
        and any(child.upos == "PRON" for child in children)
        and any(child.base_deprel == "conj" for child in children)
    )


def _lam_phrase_after_name(graph: SentenceGraph, name: Word, phrase: Word) -> bool:
    """`وقال فيرنر لهيئة البث الكندية إن …`: a name takes no ل-phrase of its own, so one hung on the speaker's name is
    whom they spoke to, whatever body it names (a parser trained on PUD's conventions hangs it there, the shipped
    parser on the verb). Only right after the name: one after a title the parse hung on the name too (بيار باسكاري
    المدير السابق للتجارب في …) belongs to the title; one under a noun (الهيئة العامة للسياحة): `_is_addressee`."""
    if name.upos not in _NAME_TAGS or phrase.index <= name.index or not _opened_by(graph, phrase, _LAM):
        return False
    first = min(graph.subtree(phrase.index), key=_INDEX)
    name_words = {name.index, *(child.index for child in graph.children(name.index) if child.base_deprel == "flat")}
    return first.index - 1 in name_words


def _surface_of(word: Word, graph: SentenceGraph) -> str:
    """The written word a syntactic word belongs to, rebuilt from the words glued to it (قول + ها → قولها)."""
    start = end = word.index - 1
    while start > 0 and graph.words[start - 1].end == graph.words[start].start:
        start -= 1
    while end + 1 < len(graph.words) and graph.words[end + 1].start == graph.words[end].end:
        end += 1
    pieces: list[str] = []
    for other in graph.words[start : end + 1]:
        if not pieces or other.start != graph.words[graph.words.index(other) - 1].start:
            pieces.append(other.text)
    return "".join(pieces)


def _opened_by(graph: SentenceGraph, word: Word, prepositions: frozenset[str]) -> bool:
    holders = [word, *(child for child in graph.children(word.index) if child.deprel.startswith("flat"))]
    return any(
        child.base_deprel == "case" and any(key in prepositions for key in child.keys)
        for holder in holders
        for child in graph.children(holder.index)
    )


def _opens_no_key(word: str, lexicon: Lexicon) -> bool:
    """Whether no phrase read from `word` on, as :func:`strip_honorifics` reads it (the word normalised, or its last
    form key), can be a key of `lexicon`: its first word would be none of the keys' first words (Lexicon.first_words
    holds them, and more)."""
    last_key = form_keys(word)[-1:]
    if not last_key:
        return False  # the other reading starts at the next word
    first_words = lexicon.first_words
    return normalize(word).partition(" ")[0] not in first_words and last_key[0].partition(" ")[0] not in first_words


def strip_honorifics(span: Span | None, honorifics: Lexicon, text: str) -> Span | None:
    """Drop leading honorifics (السيد، صاحب السمو الملكي الأمير …) from `span`."""
    if span is None:
        return None
    start = span.start
    changed = True
    while changed:
        changed = False
        rest = text[start : span.end]
        words = rest.split()
        if len(words) > 1 and _opens_no_key(words[0], honorifics):
            break
        for size in (4, 3, 2, 1):
            if len(words) <= size:
                continue
            candidate = " ".join(normalize(word) for word in words[:size])
            readings = {candidate, " ".join(form_keys(words[0])[-1:] + tuple(normalize(w) for w in words[1:size]))}
            if any(reading in honorifics for reading in readings):
                consumed = rest.find(words[size - 1]) + len(words[size - 1])
                start += consumed
                while start < span.end and text[start].isspace():
                    start += 1
                changed = True
                break
    if start == span.start:
        return span
    return Span.from_offsets(text, start, span.end)


def _is_role_word(word: Word, roles: Lexicon) -> bool:
    return any(key in roles for key in word.keys) or word.lemma_key in roles


def _name_start(graph: SentenceGraph, head: Word, words: list[Word], roles: Lexicon) -> Word | None:
    """In `role … name` mentions, the first word of the name, if any."""
    if not _is_role_word(head, roles):
        return None
    for word in words:
        if word.index <= head.index or word.upos not in _NAME_TAGS:
            continue
        if normalize(word.text).startswith("ال") or _job_kind(word, roles) == "rank":
            continue  # (اللواء ركن سالم الشمري: a rank the tagger read as a name is no name)
        if any(child.base_deprel == "case" for child in graph.children(word.index)):
            continue
        previous = graph.word(word.index - 1)
        if previous.base_deprel == "case" or previous.upos == "ADP":
            continue
        if word.base_deprel in ("appos", "flat", "nsubj", "dep", "compound"):
            while (
                word.base_deprel == "flat"
                and head.index < word.head < word.index
                and graph.word(word.head).upos in _NAME_TAGS
                and _job_kind(graph.word(word.head), roles) != "rank"
            ):
                word = graph.word(word.head)  # المدير التنفيذي للشركة كيم | هيون سوك: the name starts where its flat chain does
            if _genitive_of_construct(graph, word):
                continue  # المدير التنفيذي لشركة مترو جدة: the company's name (شركة in construct), not the director's
            return word
    return None


def _genitive_of_construct(graph: SentenceGraph, word: Word) -> bool:
    """A name hung as the genitive of a noun without the article before it (لشركة مترو جدة، لهيئة ...): a noun in
    construct takes the name as its own; after a definite noun (للشركة كيم هيون سوك) a name starts a new phrase."""
    if word.base_deprel != "nmod" or word.head != word.index - 1:
        return False
    noun = graph.word(word.head)
    return noun.upos == "NOUN" and not normalize(noun.text).startswith("ال") and noun.feat("Definite") != "Def"


def _appos_role(graph: SentenceGraph, head: Word, text: str) -> Span | None:
    for candidate in (head, *[child for child in graph.children(head.index) if child.deprel.startswith("flat")]):
        for child in graph.children(candidate.index):
            if (
                child.base_deprel == "appos"
                and child.index > head.index
                and not _in_parentheses(graph, child)
                and not is_time(child)
            ):
                return _subtree_span(graph, child, text)
    return None


def _subtree_span(graph: SentenceGraph, child: Word, text: str) -> Span | None:
    """The span of `child`'s phrase (its subtree, without `child` itself where that is a punctuation mark)."""
    words = [word for word in graph.subtree(child.index) if word.base_deprel != "punct" or word.index != child.index]
    return _span_of(words, text)


def _huwa_role(graph: SentenceGraph, speaker: Span, text: str, limit: int) -> Span | None:
    """`X، وهو دبلوماسي روسي سابق رفيع المستوى: "…"` → the description after وهو, up to an addressee (`وهو سياسي
    محلي | لرويترز عبر الهاتف إن …`)."""
    found = _HUWA.match(text[speaker.end : limit])
    if not found:
        return None
    start = speaker.end + found.end()
    end = _role_end(text, start, limit)
    described = graph.words_within(start, end)
    addressee = next((word for word in described[1:] if _is_addressee(graph, word)), None)
    if addressee is not None:
        end = min([word.start for word in described if word.index <= addressee.index and word.head == addressee.index] + [addressee.start])
        while end > start and text[end - 1].isspace():
            end -= 1
    if end - start < 2:
        return None
    return Span.from_offsets(text, start, end)


def _comma_role(graph: SentenceGraph, speaker: Span, text: str, limit: int, roles: Lexicon) -> Span | None:
    """`أندري كورتونوف، رئيس مجلس الشؤون الدولية الروسي: "…"` → the phrase after the comma, headed by a role noun; or
    between dashes (`أحمد السالم –مقيم مصري- أن …`)."""
    found = re.match(r"\s*([،,]|[-–—])\s*", text[speaker.end : limit])
    if not found:
        return None
    start = speaker.end + found.end()
    first = next((word for word in graph.words if word.start == start), None)
    if first is None or not _is_role_word(first, roles):
        return None
    if found.group(1) in _DASHES:
        # `أحمد السالم –مقيم مصري- أن …`: the role between dashes, whatever word the parse hung it on
        close = min((position for dash in _DASHES if (position := text.find(dash, start, limit)) != -1), default=-1)
        if close == -1:
            return None
        limit = end_before_spaces(text, close)
    end = _role_end(text, start, limit)
    words = graph.words_within(start, end)
    while words and words[-1].upos == "ADP" and words[-1].head > 0 and graph.word(words[-1].head).start >= end:
        # أكد فايز الشهري، المدير الرياضي للأولمبياد على أن …: the preposition the cue takes its content with is no part
        # of the role
        words.pop()
        end = len(text[: words[-1].end].rstrip()) if words else start
    return Span.from_offsets(text, start, end) if end - start >= 2 else None


_ROLE_STOPS = (":", "،", ",", "\n", '"', "«", "“", "؛")
_DASHES = frozenset("-–—")
_CLOSING = {'"': '"', "«": "»", "“": "”"}


def _ranked_name(graph: SentenceGraph, phrase: Span, text: str, roles: Lexicon, honorifics: Lexicon) -> Span | None:
    """The name in `phrase` when it is a rank or honorific and a name (اللواء سالم الزهراني), else None."""
    words = graph.words_within(phrase.start, phrase.end)
    first = next((position for position, word in enumerate(words) if word.upos in _NAME_TAGS), None)
    if not first or not all(_is_role_word(word, roles) or any(key in honorifics for key in word.keys) for word in words[:first]):
        return None
    return _span_of(words[first:], text) if all(word.upos in (*_NAME_TAGS, "NOUN") for word in words[first:]) else None


def _honoured_name(graph: SentenceGraph, phrase: Span, text: str, honorifics: Lexicon) -> Span | None:
    """The proper-noun name after the last honorific inside `phrase` (… الأمير فيصل بن خالد), running to its end."""
    words = graph.words_within(phrase.start, phrase.end)
    for position in range(len(words) - 2, 0, -1):
        opener, first = words[position], words[position + 1]
        if any(key in honorifics for key in opener.keys) and first.upos in _NAME_TAGS:
            if all(word.upos in (*_NAME_TAGS, "NOUN") for word in words[position + 1 :]):
                return _span_of(words[position + 1 :], text)
            return None
    return None


def _role_end(text: str, start: int, limit: int) -> int:
    """Where a role written after the name ends: at the first stop, but a short name in quotation marks that ends it
    belongs to it (`الرئيس التنفيذي لشركة "إنشاء":`)."""
    end = min([position for stop in _ROLE_STOPS if (position := text.find(stop, start, limit)) != -1] or [limit])
    closing = _CLOSING.get(text[end]) if end < limit else None
    if closing is not None and end > start and text[end - 1] in " ل":
        close = text.find(closing, end + 1, limit)
        if close != -1 and len(text[end + 1 : close].split()) <= 4 and (close + 1 >= limit or text[close + 1] in " :،,"):
            return close + 1
    return _without_dangling_preposition(text, start, end)


_DANGLING = re.compile(r"\s+(?:ل|لـ+|ب|بـ+)\s*$")


def _without_dangling_preposition(text: str, start: int, end: int) -> int:
    """A role never ends with a preposition cut off from its noun (المتحدث باسم الحكومة لـ|«الشرق الأوسط»: the
    addressee in quotation marks stopped the role after its ل)."""
    found = _DANGLING.search(text, start, end)
    return found.start() if found is not None else end


def _name_words(graph: SentenceGraph, name: Word) -> list[Word]:
    parts = [name, *(child for child in graph.children(name.index) if child.deprel.startswith("flat"))]
    first = min(part.index for part in parts)
    last = max(part.index for part in parts)
    return [graph.word(index) for index in range(first, last + 1)]


def _find_name(graph: SentenceGraph, word: Word, roles: Lexicon, depth: int = 0) -> Word | None:
    """`word` if it is a name, else a name hanging under a rank or title in apposition (العقيد منصور …)."""
    if is_time(word):
        return None  # صحيفة كوميرسانت يوم السبت: a date in apposition, not a name
    if word.upos in _NAME_TAGS:
        return word
    if depth > 2 or not _is_role_word(word, roles):
        return None
    for child in graph.children(word.index):
        if child.base_deprel in ("appos", "flat", "nmod", "dep", "compound") and child.index > word.index:
            if _opened_by(graph, child, _ALL_CASES):
                continue
            found = _find_name(graph, child, roles, depth + 1)
            if found is not None:
                return found
    return None


_ALL_CASES = frozenset(("ل", "ب", "في", "من", "عن", "علي", "الي", "مع", "ك"))
#: Prepositions whose phrase under a person's name is never part of the name (a body's may be: أخبار التاسعة في قناة …).
_FROM_ABOUT = frozenset(("من", "عن"))


def _in_parentheses(graph: SentenceGraph, word: Word) -> bool:
    return word.index > 1 and graph.word(word.index - 1).text == "("


def _appositions(graph: SentenceGraph, head: Word) -> list[Word]:
    holders = [head, *(child for child in graph.children(head.index) if child.deprel.startswith("flat"))]
    return [
        child
        for holder in holders
        for child in graph.children(holder.index)
        if child.base_deprel == "appos" and child.index > head.index
    ]


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
) -> Mention:
    """The speaker mention headed by `head` and its role, if the sentence gives one.

    `limit` is the document offset the role may not pass (the content's start);
    `stop_at` a word index the mention may not reach (the content's head); a relative clause that `speech_clause`
    finds to be a report (a reporting verb that says something) is speech, not part of the mention.
    """
    words = _mention_words(graph, head, stop_at, speech_clause)
    notes: list[str] = []
    role: Span | None = None
    speaker: Span | None = None
    head, words = _past_honorifics(graph, head, words, honorifics, roles, stop_at, speech_clause)
    appositions = [
        word
        for word in _appositions(graph, head)
        if not _in_parentheses(graph, word) and not any(key in _SPEECH_WORDS for key in word.keys)  # … قائلا: no name
    ]
    named = [name for name in (_find_name(graph, word, roles) for word in appositions) if name is not None]
    if head.upos not in _NAME_TAGS and named:
        # role noun phrase with the name in apposition: المحقق الكندي … لاري فانس، الدكتور لي
        name = named[0]
        speaker = _span_of(_name_words(graph, name), text)
        role_words = [word for word in graph.subtree(head.index) if word.index < name.index and word.upos != "PUNCT"]
        role = _span_of(role_words, text)
        notes.append("name in apposition to a role")
        rank_only = speaker is not None and _rank_only(graph, role, roles, honorifics)
        job = _job_after_name(graph, speaker, text, limit, roles) if speaker is not None and rank_only else None
        if job is not None:
            role = job  # أكد الفريق الركن الشيخ فلان وزير الداخلية أن …: the job after the name, not the rank
            notes.append("role: the job after the name, only a rank or title before it")
    else:
        name_start = _name_start(graph, head, words, roles) or _name_after_nationality(graph, head, words, roles, text)
        while name_start is not None and name_start.index > 1 and _surface(graph.word(name_start.index - 1), text) in _NAME_LINKS:
            name_start = graph.word(name_start.index - 1)  # أبو زيد: the particle opens the name, it is no title
        if name_start is not None:
            role = _span_of([word for word in words if word.index < name_start.index], text)
            speaker = _span_of([word for word in words if word.index >= name_start.index], text)
            notes.append("role before name")
            rank_only = speaker is not None and _rank_only(graph, role, roles, honorifics)
            job = _job_after_name(graph, speaker, text, limit, roles) if speaker is not None and rank_only else None
            if job is not None:
                # وقال المهندس فلان مدير عام المياه إن …: the rank names no position, the job after the name does
                role = job
                notes.append("role: the job after the name, only a rank or title before it")
        else:
            speaker = _span_of(words, text)
        if role is None:
            role = _appos_role(graph, head, text)
            if role is not None:
                notes.append("role in apposition")
        if role is None:
            role = _title_clause_role(graph, head, text, roles)
            if role is not None:
                notes.append("role: a title after the name")
    if role is not None and role.end > limit and role.start >= (speaker.end if speaker else 0):
        role = Span.from_offsets(text, role.start, limit) if limit > role.start else None
    if role is None and speaker is not None:
        role = _huwa_role(graph, speaker, text, limit)
        if role is not None:
            notes.append("role in a وهو clause")
    if role is None and speaker is not None:
        role = _comma_role(graph, speaker, text, limit, roles)
        if role is not None:
            notes.append("role after a comma")
            ranked = _ranked_name(graph, role, text, roles, honorifics) if not named and _is_job_word(head, roles) else None
            if ranked is None and not named and _is_job_word(head, roles):
                # ووجه أمير منطقة عسير، رئيس مجلس التنمية السياحية بالمنطقة الأمير فيصل بن خالد: a second title, then
                # the honorific and the name that holds both
                ranked = _honoured_name(graph, role, text, honorifics)
            if ranked is not None:
                # قال قائد القوات البرية، اللواء سالم الزهراني، إن: the title, then its holder's rank and name
                role = Span.from_offsets(text, speaker.start, end_before_spaces(text, ranked.start))
                speaker = ranked
                notes.append("the name after the comma holds the title")
    speaker = strip_honorifics(speaker, honorifics, text)
    honorific_role = role is not None
    role = strip_honorifics(role, honorifics, text)
    if role is not None and _only_honorifics(role, honorifics):
        role = None
    if role is None and honorific_role:
        # صاحب السمو الملكي الأمير فيصل بن خالد أمير منطقة عسير، صاحب السمو الأمير جلوي بن عبدالعزيز، أمير منطقة
        # نجران،: only honorifics before the name; the role follows it
        if named:
            role = _appos_role(graph, named[0], text)
        elif speaker is not None:
            role = _comma_role(graph, speaker, text, limit, roles)
    if speaker is not None and role is not None and role.start <= speaker.start < role.end:
        role = None
    role = _before_circumstance(graph, role, text)
    if role is not None and _nationality_phrase(role, roles):
        role = None  # أكد اليوناني دونيس: where he is from, not his title
    if (
        speaker is not None
        and role is not None
        and role.end <= speaker.start
        and (_only_honorifics(speaker, honorifics) or _formula_at(speaker, honorifics, text))
    ):
        speaker, role = role, None  # قال الله تعالى: the formula after the name is no speaker, the name before it is
        notes.append("an honorific formula after the speaker")
    if (
        role is None
        and speaker is not None
        and not named
        and not honorific_role
        and _is_job_word(head, roles)
        and head.feat("Number") != "Plur"  # وقال الطلاب، أعضاء النادي: a group of sources, described by no one's title
        and speaker.start <= head.start < speaker.end
    ):
        # (the job word inside the speaker: صاحب السمو الملكي الأمير | خالد الفيصل is a name, not a job)
        role = speaker
        notes.append("the speaker is described by a job")
    return Mention(speaker=speaker, role=role, head=head, notes=tuple(notes))


def _rank_only(graph: SentenceGraph, role: Span | None, roles: Lexicon, honorifics: Lexicon) -> bool:
    """Whether a role before a name is only ranks, academic titles and honorifics (المهندس، العقيد، د.، الفريق الركن):
    no job or description of what the person does."""
    if role is None:
        return False
    words = [word for word in graph.words_within(role.start, role.end) if word.upos != "PUNCT"]
    ranked = False
    for position, word in enumerate(words):
        following = words[position + 1] if position + 1 < len(words) else None
        if _job_kind(word, roles) in ("rank", "title") or (
            # الأستاذ الدكتور: a job noun right before a title is an academic rank, no job
            following is not None and _job_kind(following, roles) == "title" and normalize(word.text).startswith("ال")
        ):
            ranked = True
        elif not any(key in honorifics for key in word.keys) and not (ranked and _qualifies_rank(word)):
            return False
    return ranked


def _qualifies_rank(word: Word) -> bool:
    """An adjective or a definite noun right after a rank qualifies it (الفريق الركن، الملازم أول، العقيد المتقاعد)."""
    return word.upos == "ADJ" or (word.upos == "NOUN" and normalize(word.text).startswith("ال"))


#: what may stand between a name and the job written after it: nothing, a comma, or a dash that opens an aside
_AFTER_NAME = re.compile(r"\s*([،,]|[–—-])?\s*")


def _job_after_name(graph: SentenceGraph, speaker: Span, text: str, limit: int, roles: Lexicon) -> Span | None:
    """The job written right after a name (`خالد العتيبي مدير عام المياه بمنطقة حائل`، `سامي الحربي – عضو هيئة
    التدريس –`): a phrase headed by a job noun, in construct or definite, up to a stop or the content."""
    found = _AFTER_NAME.match(text, speaker.end, limit)
    if found is None or found.end() >= limit:
        return None
    start = found.end()
    first = next((word for word in graph.words if word.start == start), None)
    if first is None or _job_kind(first, roles) != "job" or first.upos not in ("NOUN", "ADJ"):
        return None
    following = graph.word(first.index + 1) if first.index < len(graph.words) else None
    if following is None or following.upos == "PUNCT" or following.start >= limit:
        return None  # a bare noun after the name (محمد أمين) may be the name's last word
    end = _role_end(text, start, limit)
    if found.group(1) in ("–", "—", "-"):
        dash = re.search(r"\s[–—-]", text[start:end])
        end = start + dash.start() if dash else end
    return _before_circumstance(graph, Span.from_offsets(text, start, end), text) if end - start >= 2 else None


def _before_circumstance(graph: SentenceGraph, role: Span | None, text: str) -> Span | None:
    """A role the parse grew past the title into where or to whom the person spoke ends there: `مدير المراكز الأمريكية
    | في مؤتمر صحفي عبر الهاتف`، `رئيس مجلس إدارة الهيئة | للصحفيين`، `المساعدة الخاصة لأوباما | في تدوينة`."""
    if role is None:
        return None
    words = graph.words_within(role.start, role.end)
    for position, word in enumerate(words[1:], start=1):
        following = words[position + 1] if position + 1 < len(words) else None
        next_keys = {strip_article(key) for key in following.keys} if following is not None else set()
        bare = word.keys[0] if word.keys else ""
        circumstance = bare in _MEDIUM_PREPOSITIONS and bool(next_keys & _CIRCUMSTANCE_HEADS)
        addressee = bare.startswith("ل") and strip_article(bare[1:]) in _ADDRESSEE_HEADS
        if circumstance or addressee or (bare == "ل" and next_keys & _ADDRESSEE_HEADS):
            cut = _without_dangling_preposition(text, role.start, end_before_spaces(text, word.start))
            return Span.from_offsets(text, role.start, cut) if cut > role.start else None
    return role


def _is_job_word(word: Word, roles: Lexicon) -> bool:
    return _job_kind(word, roles) in ("job", "rank", "title")


def _job_kind(word: Word, roles: Lexicon) -> str | None:
    """The kind of role noun `word` is (job, rank, title, descriptor), if any."""
    entry = roles.lookup(*word.keys, word.lemma_key)
    return entry.get("kind") if entry is not None else None


def _only_honorifics(span: Span, honorifics: Lexicon) -> bool:
    words = [normalize(word) for word in span.text.split()]
    return bool(words) and (" ".join(words) in honorifics or all(word in honorifics for word in words))


def _formula_at(span: Span, honorifics: Lexicon, text: str) -> bool:
    """Whether a multiword honorific formula starts at `span` and covers it (عز of `عز وجل`)."""
    entry = honorifics.match_at(normalize(text[span.start : span.start + 30]))
    return entry is not None and len(entry.key.replace(" ", "")) >= len(normalize(span.text).replace(" ", ""))


def _past_honorifics(
    graph: SentenceGraph,
    head: Word,
    words: list[Word],
    honorifics: Lexicon,
    roles: Lexicon,
    stop_at: int | None,
    speech_clause: Callable[[SentenceGraph, Word], bool] | None = None,
) -> tuple[Word, list[Word]]:
    """`صاحب السمو الملكي الأمير فيصل …`: when the head is an honorific, the name after it heads the mention."""
    if not any(key in honorifics for key in head.keys) and not honorifics.match_at(normalize(head.text)):
        return head, words
    for word in graph.subtree(head.index):
        if word.index > head.index and word.upos in _NAME_TAGS and not any(key in honorifics for key in word.keys):
            return word, _mention_words(graph, word, stop_at, speech_clause)
    return head, words


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
    )
)
_ADDRESSEE_HEADS = frozenset(
    normalize(word)
    for word in (
        *("وكالة", "صحيفة", "جريدة", "برنامج", "قناة", "موقع", "مجلة", "إذاعة", "تلفزيون", "شبكة"),
        *("صحفيين", "صحافيين", "مراسلين", "إعلاميين"),  # قال للصحفيين: the reporters he spoke to
    )
)
_CIRCUMSTANCE_HEADS = frozenset(
    normalize(word)
    for word in (
        "تصريح",
        "تصريحات",
        "بيان",
        "حديث",
        "حوار",
        "مقابلة",
        "كلمة",
        "مؤتمر",
        "لقاء",
        "اتصال",
        "تغريدة",
        "تدوينة",
        "رسالة",
        *("خطبة", "محاضرة", "ندوة", "مداخلة", "تعقيب", "تعليق"),  # وبين سماحته في خطبة الجمعة: a sermon, a lecture
    )
)


_SPEECH_WORDS = frozenset(
    normalize(word)
    for word in (
        *("قول", "قوله", "قولها", "قولهم", "تأكيده", "تأكيدها", "تصريحه"),
        *("قائلا", "قائلاً", "قائلة", "قائلين", "قائلتين", "قائلان"),  # وأضاف الخضيري قائلاً: the cue's own participle
    )
)
#: A personal name is at most this many words (عاطي بن عطية القرشي).
_MAX_NAME_WORDS = 5
_NAME_LINKS = frozenset(("بن", "ابن", "بنت", "آل", "ال", "أبو", "ابو", "أبا", "أم", "ولد"))
_MEDIUM_PREPOSITIONS = frozenset(normalize(word) for word in ("في", "خلال", "عبر", "ضمن"))


def _is_medium(graph: SentenceGraph, word: Word) -> bool:
    """في بيان، خلال مؤتمر صحفي، عبر تغريدة: a statement introduced by في/خلال/عبر."""
    if not any(key in _CIRCUMSTANCE_HEADS for key in (*word.keys, *(strip_article(key) for key in word.keys))):
        return False
    return any(
        child.base_deprel == "case" and any(key in _MEDIUM_PREPOSITIONS for key in child.keys)
        for child in graph.children(word.index)
    )


def opens_definite_noun(graph: SentenceGraph, word: Word) -> bool:
    """Whether `word` is a preposition glued to a definite noun: ل + لصحافيين of للصحافيين (ل + ال written لل), ب +
    الرياض; not a letter the clitic pass cut off a name (ل + نجف of لنجف)."""
    following = graph.word(word.index + 1) if word.upos == "ADP" and word.index < len(graph.words) else None
    if following is None or following.start != word.end:
        return False
    written = normalize(following.text)
    return written.startswith("ال") or (normalize(word.text) == "ل" and written.startswith("ل"))


def is_time(word: Word) -> bool:
    """A day, month, date or time word (يوم، السبت، يوليو/تموز، 2021)."""
    if word.upos == "NUM" and not normalize(word.text).startswith("ال"):
        return True  # (a definite number counts: المصادر الثلاثة)
    return _names_time(word.keys)


@functools.lru_cache(maxsize=65_536)
def _names_time(keys: tuple[str, ...]) -> bool:
    """Whether a reading of a word (or a part of one written with /: يوليو/تموز) is a time word; asked of most words,
    often, and decided by the readings alone."""
    return any(part in TIME_WORDS for key in keys for part in key.split("/"))


def _surface(word: Word, text: str) -> str:
    """The whitespace-delimited word of the text that holds `word` (`بن` even when split as ب + ن)."""
    start, end = word.start, word.end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def _is_given_name(word: Word, names: Lexicon, graph: SentenceGraph | None = None) -> bool:
    if word.text in ("على",):  # the preposition, which normalises like the name علي
        return False
    if graph is not None and pronoun_suffixed(graph, word) and not _name_cut_before_its_last_letter(graph, word, names):
        return False  # وأعرب عن أمله: a noun with a possessive pronoun (أمل + ه) is never a name, whatever its spelling
    if word.text == "علي" and graph is not None and _before_family_name(graph, word):
        return True  # البائع علي العامري: written with ي and before a family name, the name (left out of the lexicon)
    bare = strip_conjunction(normalize(word.text))
    # الرياض is the city, not the name رياض; names written with the article are listed so (الوليد)
    keys = [key for key in word.keys if not bare.startswith("ال") or key.startswith("ال")]
    if any(key in names for key in keys) or normalize(word.text).startswith(("عبد", "وعبد")):
        return True
    return graph is not None and _before_patronymic(graph, word)


def _name_cut_before_its_last_letter(graph: SentenceGraph, word: Word, names: Lexicon) -> bool:
    """عبدالل + ه: a tokenizer that took the last letter of عبدالله for a pronoun; the word and the "pronoun" together
    are the name."""
    joined = strip_conjunction(normalize(word.text + graph.words[word.index].text))
    return joined in names or joined.startswith("عبد")


def _name_like(word: Word, name_words: list[Word], names: Lexicon, graph: SentenceGraph, text: str) -> bool:
    """Can `word` go on the name `name_words` begun? A name, a given name, any word right after the given name
    or after بن/آل/أبو (محمد عبده، سالم الوذيناني), later only family names and nisbas with ال: not a common noun
    (عبدالعزيز المهوس | أبرز ملامح خطة …، صالح الأحمد | نجاح …)."""
    if pronoun_suffixed(graph, word):
        return False  # يعزو ناصر أسبابها: a noun with a possessive pronoun is the verb's object, never a name's part
    if word.upos in ("PROPN", "X") or _is_given_name(word, names, graph):
        return True
    if len(name_words) == 1 or _surface(name_words[-1], text) in _NAME_LINKS:
        return True
    return strip_conjunction(normalize(_surface(word, text))).startswith("ال")


def pronoun_suffixed(graph: SentenceGraph, word: Word) -> bool:
    """Whether a pronoun is glued to the end of `word` (أسباب + ها)."""
    following = graph.word(word.index + 1) if word.index < len(graph.words) else None
    return following is not None and following.upos == "PRON" and following.start == word.end


def _name_after_link(previous: Word, word: Word, text: str) -> bool:
    """`وليد بن على الجلال`: after بن/ابن/بنت the next word is a name, even one spelled like a preposition (على)."""
    return _surface(previous, text) in ("بن", "ابن", "بنت") and word.upos not in ("PUNCT", "VERB", "SCONJ")


def _before_family_name(graph: SentenceGraph, word: Word) -> bool:
    """Whether a proper noun or a nisba with the article (العامري، النعيمي) follows the word."""
    following = graph.word(word.index + 1) if word.index < len(graph.words) else None
    if following is None:
        return False
    return following.upos in ("PROPN", "X") or (following.text.startswith("ال") and following.text.endswith("ي"))


def _before_patronymic(graph: SentenceGraph, word: Word) -> bool:
    """`عاطي بن عطية`: whatever stands before بن/بنت is a given name, whatever a small parser tagged it."""
    following = graph.word(word.index + 1) if word.index < len(graph.words) else None
    return following is not None and following.text in ("بن", "بنت") and word.upos not in ("ADP", "PUNCT")


def _stops_phrase(graph: SentenceGraph, word: Word) -> bool:
    """Where the speaker's phrase ends: punctuation, a verb, an addressee, a circumstance, a time word."""
    bare = word.keys[0] if word.keys else ""
    if word.upos == "PUNCT" and word.text not in ("(", ")", '"', "«", "»", "“", "”", "-"):
        return True
    if word.upos == "VERB" and word.token_first and not _before_patronymic(graph, word):
        return True
    if bare in _PHRASE_STOPS or any(key in _PHRASE_STOPS for key in word.keys[1:]):
        return True
    following = graph.words[word.index] if word.index < len(graph.words) else None
    next_keys = set(following.keys) if following is not None else set()
    if bare == "في" and next_keys & _CIRCUMSTANCE_HEADS:
        return True
    if word.text.startswith("لـ") or (bare == "ل" and next_keys & _ADDRESSEE_HEADS):
        return True
    return bare.startswith("ل") and strip_article(bare[1:]) in _ADDRESSEE_HEADS


def phrase_between(
    graph: SentenceGraph,
    head: Word,
    text: str,
    *,
    limit: int,
    roles: Lexicon,
    honorifics: Lexicon,
    names: Lexicon,
) -> Mention | None:
    """Speaker and role read off the words from `head` up to `limit`, when a given name shows where the name is."""
    words: list[Word] = []
    for word in graph.words[head.index - 1 :]:
        if word.start >= limit:
            break
        if words and _stops_phrase(graph, word):
            following = graph.words[word.index] if word.index < len(graph.words) else None
            # `رئيس لجنة … في الدمام ، محمد الخميس، أن …`: a comma before the name does not end the phrase
            if word.text in ("،", ",") and following is not None and _is_given_name(following, names):
                continue
            break
        words.append(word)
    if not words or len(words) > 24:
        return None
    bracketed = _in_brackets(words)
    given = [
        position
        for position, word in enumerate(words)
        if _is_given_name(word, names, graph)
        and not any(key in honorifics for key in word.keys)
        and not bracketed[position]
        and not _adjective_of_noun(graph, word)
        and not _on_behalf_of(words, position, roles)
    ]
    if not given:
        return None
    first_name = _speaker_name_start(words, given, roles, honorifics)
    if first_name is None:
        return None
    while first_name > 0 and _surface(words[first_name - 1], text) in _NAME_LINKS:
        first_name -= 1  # أبو زيد، بن لادن: the particle opens the name, it is no title
    if _described_by_its_relation(words[:first_name], roles):
        return None  # وقالت مصادر مقربة من الوزير خالد العتيبي: the sources speak, the name is whom they are close to
    name_words = [words[first_name]]
    for word in words[first_name + 1 :]:
        # بن written apart, or a letter the tokenizer cut off a name (ل + افروف): not the end of the name
        linking = (
            _surface(word, text) in _NAME_LINKS
            or (word.upos == "ADP" and word.end < word.start + len(_surface(word, text)))
            or _name_after_link(name_words[-1], word, text)
        )
        if not linking and (
            _is_role_word(word, roles)
            or len(name_words) >= _MAX_NAME_WORDS
            or word.upos in ("PUNCT", "ADP")
            or is_time(word)
            or not _name_like(word, name_words, names, graph, text)
        ):
            break
        name_words.append(word)
    speaker = _span_of(name_words, text)
    role_words = words[:first_name]
    tongue = [position for position in range(len(role_words)) if _on_the_tongue_of(role_words, position)]
    if tongue:
        # أكدت وزارة الصحة على لسان المتحدث الرسمي باسمها الدكتور …: the body spoke through the person; the role is his
        role_words = role_words[tongue[-1] + 1 :]
    while role_words and role_words[-1].upos == "ADP":
        role_words.pop()
    if len(role_words) == 1 and _nationality(role_words[0], roles, text):
        role_words = []  # أكد اليوناني دونيس مدرب فريق الهلال: a nationality is no title; the title follows the name
    if role_words and all(normalize(word.text) in _QUANTIFIERS for word in role_words):
        role_words = []  # ويقول كل من مصطفى عثمان و…: "each of" counts the speakers, it is no title
    if len(role_words) == 1 and _in_construct_before(role_words[0], name_words[0], roles, text):
        # وقالت عائلة خالد الشمري: a noun in construct with the name speaks (the family); it is no title of the name's
        speaker = _span_of([*role_words, *name_words], text)
        role_words = []
    role = _span_of(role_words, text) if role_words else None
    notes = ["speaker phrase read between the cue and the content"]
    rank_only = speaker is not None and _rank_only(graph, role, roles, honorifics)
    job = _job_after_name(graph, speaker, text, limit, roles) if speaker is not None and rank_only else None
    if job is not None:
        role = job  # وأكد العقيد فلان المتحدث الرسمي للشرطة، أن …: the rank names no position, the job after the name does
        notes.append("role: the job after the name, only a rank or title before it")
    if role is None:
        after = words[first_name + len(name_words) :]
        while after and after[-1].upos == "ADP":
            after.pop()  # شدد خالد الفهد رئيس لجنة المسابقات … | على أن: the cue's preposition is no part of the title
        if after and _is_role_word(after[0], roles):
            role = _span_of(after, text)
    role = strip_honorifics(role, honorifics, text)
    if role is not None and _only_honorifics(role, honorifics):
        role = None
    speaker = strip_honorifics(speaker, honorifics, text)
    return Mention(
        speaker=speaker,
        role=role,
        head=words[first_name],
        notes=tuple(notes),
    )


_TONGUE = normalize("لسان")
_ON = normalize("على")


def _on_the_tongue_of(words: Sequence[Word], position: int) -> bool:
    """`على لسان` ("on the tongue of", speaking for) ends at `position`."""
    return position > 0 and _TONGUE in words[position].keys and _ON in words[position - 1].keys


def _described_by_its_relation(before_name: Sequence[Word], roles: Lexicon) -> bool:
    """Whether the words before a name are a descriptor (مصدر، مصادر، مسؤول، خبراء) and a preposition (مقربة من، في،
    داخل): a source described by its relation to the person named, not that person's title."""
    return (
        bool(before_name)
        and _job_kind(before_name[0], roles) == "descriptor"
        and any(word.upos == "ADP" for word in before_name[1:])
    )


#: Given names that are also a preposition and its noun (باسم "in the name of"): after a job title and before a
#: definite noun or a body (المتحدث باسم الشرطة، متحدثة باسم الوزارة) they are the preposition.
GIVEN_NAMES_READ_AS_PREPOSITION = frozenset(normalize(word) for word in ("باسم",))


def _on_behalf_of(words: Sequence[Word], position: int, roles: Lexicon) -> bool:
    """Whether `words[position]` is باسم "on behalf of" after a job title (متحدثة باسم الشرطة), not the name باسم
    (الدكتور باسم الخطيب: after a rank or an academic title it is the name)."""
    word = words[position]
    if strip_conjunction(normalize(word.text)) not in GIVEN_NAMES_READ_AS_PREPOSITION or position + 1 >= len(words):
        return False
    if not normalize(words[position + 1].text).startswith(("ال", "لل")):
        return False
    return any(_job_kind(before, roles) == "job" for before in words[max(0, position - 3) : position])


#: Quantifiers before the names they count (كل من، بعض، جميع): no title.
_QUANTIFIERS = frozenset(normalize(word) for word in ("كل", "كلا", "بعض", "جميع"))


def _in_construct_before(noun: Word, name: Word, roles: Lexicon, text: str) -> bool:
    """A common noun without the article right before a name, that is no role or title (عائلة، أسرة، منزل): the noun in
    construct, the name its genitive."""
    written = normalize(_surface(noun, text))
    return (
        noun.upos == "NOUN"
        and not _is_role_word(noun, roles)
        and not written.startswith("ال")
        and noun.feat("Definite") != "Def"
        and not text[noun.end : name.start].strip()
    )


def _adjective_of_noun(graph: SentenceGraph, word: Word) -> bool:
    """`مسؤول تركي رفض الكشف عن هويته`: a given name's spelling (تركي) tagged an adjective of the indefinite noun
    right before it is that noun's nationality, not a name."""
    previous = graph.word(word.index - 1) if word.index > 1 else None
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
        and not _is_role_word(construct, roles)
    )
    if not carried:
        return first
    for later in given[1:]:
        opener = words[later - 1]
        if _is_role_word(opener, roles) or any(key in honorifics for key in opener.keys):
            return later
        if later == first + 1:
            return later  # لجامعة الملك عبدالعزيز خالد الغامدي: a one-word eponym, then the person's given name
    # المتحدث باسم مركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ: the body's name runs on after its eponym;
    # the person's name starts at the next given name that opens a name (not one after بن or another given name)
    starts = [
        later
        for later in given[1:]
        if later - 1 not in given and normalize(words[later - 1].text) not in _NAME_LINKS and words[later - 1].upos != "ADP"
    ]
    if starts:
        return starts[0]
    return first if len(given) > 1 else None


def _nisba(written: str) -> bool:
    """A definite relative adjective (اليوناني، السعودي): where someone is from."""
    bare = normalize(written)
    return bare.startswith(("ال", "وال")) and bare.endswith("ي")


def _nationality(word: Word, roles: Lexicon, text: str) -> bool:
    """A nationality standing alone before a name (أكد اليوناني دونيس): no title."""
    return _nisba(_surface(word, text)) and not _is_role_word(word, roles)


def _name_after_nationality(graph: SentenceGraph, head: Word, words: list[Word], roles: Lexicon, text: str) -> Word | None:
    """The name right after a nationality that heads the phrase (وقال الفرنسي | هيرفي رينارد: the parse hung the name
    under the adjective): where the speaker starts; the nationality is neither name nor title."""
    following = graph.word(head.index + 1) if head.index < len(graph.words) else None
    if following is None or following not in words or following.upos not in _NAME_TAGS or not _nationality(head, roles, text):
        return None
    return None if normalize(following.text).startswith("ال") else following


def _nationality_phrase(role: Span, roles: Lexicon) -> bool:
    """A role that is one nationality word and no listed title."""
    words = role.text.split()
    if len(words) != 1 or normalize(words[0]).startswith("وال"):
        return False
    bare = normalize(words[0])
    return _nisba(bare) and roles.lookup(strip_article(bare), bare) is None


def person_gender(first_name: str | None, role_head: str | None, names: Lexicon | None, roles: Lexicon) -> str | None:
    """"Masc" or "Fem" as a person's given name says (the lexicon's gender column), else their title (وزير، الناطقة:
    a feminine title ends in ة); None where neither says. Both words bare: normalised, without the article."""
    if first_name and names is not None:
        entry = names.lookup(first_name)
        if entry is not None and entry.get("gender") in ("m", "f"):
            return "Masc" if entry.get("gender") == "m" else "Fem"
    entry = roles.lookup(role_head) if role_head else None
    if role_head and entry is not None and entry.get("kind") in ("job", "rank", "title"):
        return "Fem" if normalize(role_head).endswith("ه") else "Masc"
    return None


#: A comma between a title and the name it describes (an apposition).
APPOSITION_COMMAS = frozenset(("،", ","))


def role_before(
    graph: SentenceGraph, name: Word, end: int, text: str, *, roles: Lexicon, honorifics: Lexicon, names: Lexicon
) -> tuple[Span | None, Span]:
    """`… أمين عام غرفة جدة عدنان مندورة`: the full name ending at `end` and the role phrase right before it.

    Used where the text first names a source, in a sentence that quotes nothing.
    """
    first = name
    while first.index > 1:
        previous = graph.word(first.index - 1)
        if _is_given_name(previous, names) or _surface(previous, text) in _NAME_LINKS:
            first = previous
        else:
            break
    full = Span.from_offsets(text, first.start, end)
    if first.index > 1 and graph.word(first.index - 1).upos == "CCONJ":
        return None, full  # العميد فهد المشيقح نائب رئيس النادي وعبدالرحمن …: the title before و is the other person's
    start: Word | None = None
    last = first.index - 1  # the words before the name: graph.words[: last]
    if last > 1 and graph.word(last).text in APPOSITION_COMMAS:
        last -= 1  # وزير الخارجية الإيراني، محمد جواد ظريف: the title set off by a comma (apposition)
    for word in reversed(graph.words[max(0, last - 10) : last]):
        if word.text in _MARKS_AROUND_A_NAME:
            continue  # المتحدث الرسمي لـ«حركة التغيير» سامر الخطيب: the body's name in quotation marks
        if word.upos in ("PUNCT", "VERB", "AUX", "SCONJ") or is_time(word):
            break
        if _is_role_word(word, roles) and not any(key in honorifics for key in word.keys):
            start = word
        if word.base_deprel in ("obj", "iobj") and word.head > 0 and graph.word(word.head).upos == "VERB":
            # انتقد وزير الخارجية القطري | مواصلة إيران دعمها لنظام بشار الأسد: a verb's object starts the phrase
            # (وتواصلت مع رئيس اللجنة الدكتور …: the object is the title); nothing before it is the title's
            break
    if start is None:
        return _title_right_after(graph, full, text, roles, honorifics), full
    words = list(graph.words[start.index - 1 : last])
    if not _marks_paired([word.text for word in words]):
        return _title_right_after(graph, full, text, roles, honorifics), full  # a quotation's mark, not a name's
    phrase = strip_honorifics(_span_of(words, text), honorifics, text)
    if phrase is None or _only_honorifics(phrase, honorifics):
        # صاحب السمو الأمير بندر بن سعود رئيس الهيئة …: honorifics only before the name; the title follows it
        return _title_right_after(graph, full, text, roles, honorifics), full
    # أحد أبرز المرشحين هو صديق خان: the copula pronoun is not part of the role
    while words and (words[-1].upos in ("ADP", "PRON") or any(key in honorifics for key in words[-1].keys)):
        words.pop()
    role = strip_honorifics(_span_of(words, text), honorifics, text)
    if role is None or _only_honorifics(role, honorifics):
        return None, full
    return role, full


#: The quotation marks that may enclose a name (quotemarks.NAME_MARKS but parentheses, an aside), by kind.
_OPENING_NAME_MARKS = frozenset(o for o, c in NAME_MARKS.items() if o not in ("(", c))
_CLOSING_NAME_MARKS = frozenset(c for o, c in NAME_MARKS.items() if o not in ("(", c))
_SYMMETRIC_NAME_MARKS = frozenset(o for o, c in NAME_MARKS.items() if o == c)
#: Marks that may enclose a body's name inside a title phrase (لـ«الجيش الحر», نادي "الهلال"), with the tatweel
#: that joins لـ to an opening mark.
_MARKS_AROUND_A_NAME = _OPENING_NAME_MARKS | _CLOSING_NAME_MARKS | _SYMMETRIC_NAME_MARKS | {TATWEEL}


def _marks_paired(texts: Sequence[str]) -> bool:
    """Whether the quotation marks among `texts` open and close in pairs (« before », "…" twice)."""
    depth = 0
    for text in texts:
        if text in _OPENING_NAME_MARKS:
            depth += 1
        elif text in _CLOSING_NAME_MARKS:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0 and all(texts.count(mark) % 2 == 0 for mark in _SYMMETRIC_NAME_MARKS)


def _title_right_after(graph: SentenceGraph, name: Span, text: str, roles: Lexicon, honorifics: Lexicon) -> Span | None:
    """The title phrase that follows a full name at once (`بندر بن سعود بن محمد رئيس الهيئة السعودية للحياة الفطرية`):
    the job word after the name and the words its parse holds, up to the first that is not its own or a و."""
    after = next((word for word in graph.words if word.start > name.end), None)
    if after is None or text[name.end : after.start].strip() or not _is_job_word(after, roles):
        return None
    if name.text.split()[-1] in _NAME_LINKS:
        return None  # صالح آل | طالب: the name goes on (a family name that is also a word), no title yet
    if any(key in honorifics for key in after.keys):
        return None
    below = {word.index for word in graph.subtree(after.index)}
    words = [after]
    for word in graph.words[after.index :]:
        if word.index not in below or word.upos in ("PUNCT", "CCONJ") or word.base_deprel == "conj":
            break  # (إمام الحرم المكي والشيخ …: another person after و)
        words.append(word)
    if len(words) == 1 and not normalize(_surface(after, text)).startswith("ال"):
        # أمير | منطقة عسير: a job noun in construct has its genitive after it, wherever the parse hung that
        held = {after.index}
        for word in graph.words[after.index :]:
            if word.upos in ("PUNCT", "CCONJ", "VERB", "AUX", "ADP") or not (len(held) == 1 or word.head in held):
                break
            if len(held) == 1 and (word.upos not in ("NOUN", "PROPN") or is_time(word)):
                break
            held.add(word.index)
            words.append(word)
    return _before_circumstance(graph, _span_of(words, text), text)


def common_noun_reading(words: Sequence[Word], position: int) -> bool:
    """A word that is also a given name (عمر، صالح، أمين) read as the common noun: tagged a noun, after a
    preposition, with an adjective agreeing after it (في عمر السابعة، بشكل عادل الى حد ما)."""
    word = words[position]
    return (
        word.upos == "NOUN"
        and 0 < position < len(words) - 1
        and words[position - 1].upos == "ADP"
        and words[position + 1].upos == "ADJ"
    )


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
    candidates = [word for word in graph.words if word.end <= end and not skip(word.start)]
    for position in range(len(candidates) - 1, -1, -1):
        word = candidates[position]
        if not _is_given_name(word, names, graph) or any(key in honorifics for key in word.keys):
            continue
        if normalize(_surface(word, text)).startswith(("ال", "وال")):
            continue  # الرائد: a rank or a club, not the given name رائد
        if common_noun_reading(graph.words, word.index - 1):
            continue  # في عمر السابعة
        previous = graph.word(word.index - 1) if word.index > 1 else None
        if previous is not None and (_is_given_name(previous, names, graph) or _surface(previous, text) in _NAME_LINKS):
            continue  # inside a name: its first word comes earlier
        name_words = [word]
        for following in graph.words[word.index :]:
            if following.start >= end or len(name_words) >= _MAX_NAME_WORDS:
                break
            linking = _surface(following, text) in _NAME_LINKS or (
                following.upos == "PRON" and following.start <= name_words[-1].end  # عبدالل + ه, a wrong split
            )
            if not linking and (
                following.upos not in ("PROPN", "NOUN", "X", "ADJ")
                or _is_role_word(following, roles)
                or is_time(following)
                or not _name_like(following, name_words, names, graph, text)
            ):
                break
            name_words.append(following)
        speaker = _span_of(name_words, text)  # (a word cut short, عبدالل + ه, grows whole in coref)
        if speaker is None:
            return None
        role, _ = role_before(graph, word, speaker.end, text, roles=roles, honorifics=honorifics, names=names)
        return Mention(speaker=speaker, role=role, head=word, notes=("speaker: the person the sentence names before the cue",))
    return None
