"""A speaker's head word grown into the words of its mention.

The mention keeps the name, its honorifics and emphatic appositions (نفسه، ذاته); it leaves roles,
relative clauses, ages, addressees (`لـ`، `أمام`، `مع`), circumstances and what the speaker speaks in the
name of (`باسمه`).
"""

from __future__ import annotations

import operator
from collections.abc import Callable

import attrs

from quotes.grammar.loader import bundled_lexicon, time_words, word_set
from quotes.graph import SentenceGraph, Word
from quotes.lexicon import Lexicon
from quotes.model import Span
from quotes.normalize import normalize, strip_article, strip_conjunction
from quotes.speakers.words import (
    ADDRESSEE_CASES,
    ADDRESSEE_HEADS,
    NAME_NOUN,
    NAME_TAGS,
    QUANTIFIERS,
    TIME_WORDS,
    ends_after_adjective,
    heads_a_body,
    in_parentheses,
    is_medium,
    is_time,
    noun_before_its_accusative_adjective,
    opened_by,
    opens_the_object,
    plural_verb_form,
    possessed_nouns,
    preposition_on_article,
    pronoun_suffixed,
    says_how,
    statement_after_adjective,
    surface_of,
    time_in_parentheses,
    under_whom,
    written_definite,
)

#: Relations that leave the speaker's mention: its role, relative clauses, punctuation.
_OUTSIDE_MENTION = ("appos", "punct", "parataxis", "advcl", "ccomp", "dep", "xcomp", "mark", "cc", "conj")
_LAM = frozenset(("ل",))
_BI = frozenset(("ب",))
#: Emphatic appositions (نفسه، ذاته: emphatic_words.tsv) belong to the mention.
_EMPHATIC = word_set("emphatic_words")


@attrs.frozen
class Mention:
    """A speaker mention and the role found with it (either may be absent)."""

    speaker: Span | None
    role: Span | None
    head: Word | None
    notes: tuple[str, ...] = ()


#: Marks that open a quotation (a straight mark opens one where the marks before it are paired).
_OPENING_MARKS = frozenset('"«“')
_INDEX = operator.attrgetter("index")
#: The lemma of every relative pronoun's form (الذي، التي، الذين، اللواتي …).
_RELATIVE_LEMMA = normalize("الذي")


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


def _after_body_adjective(graph: SentenceGraph, child: Word) -> bool:
    """Whether `child`, hung as a genitive in a body's name, comes right after a definite adjective of that name
    (`ends_after_adjective`): the name ended there, the noun is another phrase."""
    adjective = graph.word_before(child)
    return adjective is not None and adjective.base_deprel == "amod" and ends_after_adjective(graph, adjective, child)


def mention_words(
    graph: SentenceGraph,
    head: Word,
    stop_at: int | None = None,
    speech_clause: Callable[[SentenceGraph, Word], bool] | None = None,
) -> list[Word]:
    """The head and the words below it that belong to the mention, contiguous around the head."""
    body = heads_a_body(head)  # (a body's name ends at its adjective before a place: asked once, not per word)
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
                            in_parentheses(graph, child)
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
            if (current is head or current.upos in NAME_TAGS) and child.base_deprel in ("obl", "nmod") and (
                is_addressee(graph, child) or (current is head and _lam_phrase_after_name(graph, head, child))
            ):
                continue  # (under the name too: قال خالد العتيبي للصحفيين، وقال فيرنر لهيئة البث …)
            if child.base_deprel in ("obl", "nmod") and _named_addressee_before_speech(graph, child):
                continue  # كشف مسؤول في نقابة عمال الموانئ | لفرانس برس "…": whom he told, however deep the parse hung it
            if child.base_deprel in ("obl", "nmod") and _in_whose_name(graph, child):
                continue  # وأعرب خادم الحرمين الشريفين باسمه واسم شعب المملكة عن …: in whose name, not who speaks
            if names_someone(graph, current) and reduced_relative(graph, child):
                continue  # بيبي البالغ السابعة والعشرين من العمر: a clause about the person, not part of the name
            if _personal_name(graph, current) and child.base_deprel in ("obl", "nmod") and opened_by(graph, child, _FROM_ABOUT):
                continue  # وعبر مروان حسين | عن سعادته …، ريتا حكيم | من كندا: the verb's phrase or where she is from
            if child.base_deprel in ("obl", "nmod") and under_whom(graph, child):
                continue  # وقالت اللجنة المنظمة | بإشراف وزارة الثقافة: who supervises or chairs it, not who speaks
            if child.base_deprel in ("obl", "nmod") and is_medium(graph, child):
                continue  # قالت أمانة جدة في بيان لها: the statement is where it was said, not who said it
            if child.base_deprel in ("obl", "nmod") and is_time(child) and (child.upos != "NUM" or child.keys[0] in TIME_WORDS):
                continue  # وذكرت مصادر في وقت سابق: when they said it, not who they are
            if says_how(child):
                continue  # وقال الخيالي هاتفيا: how he said it, not who he is
            if child.index > head.index and plural_verb_form(child):
                continue  # لكن نشطاء | انتقدوا هذا الأمر وأكدوا …: the group's own verb the tagger read as its genitive
            if child.index > head.index and _speech_after_source(graph, child, current):
                continue  # نقلت الصحيفة عن إحداهن | قولها للصحيفة الروسية …: the speech and whom it was told, not who
            if stop_at is not None and child.index >= stop_at:
                continue
            if _genitive_after_adjective(graph, current, child):
                continue  # أفاد مسؤول محلي | وكالة فرانس برس: the verb's addressee, not the official's genitive
            if opens_the_object(graph, current, child):
                continue  # وطالبت الجامعة | المتقدمين للوظائف …: a plural is no adjective of a singular, the verb's object
            if child.index > current.index and statement_after_adjective(graph, child):
                continue  # وانتقد المدير العام | القرار: what he criticised, hung on the title as its genitive
            if child.index > current.index and noun_before_its_accusative_adjective(graph, child):
                continue  # وحقق بارتوميو | فوزا هائلا: the victory he won, hung on the name as its last part
            if body and child.base_deprel == "nmod" and _after_body_adjective(graph, child):
                continue  # وحثت جامعة الدول العربية | إيران على …: after the body's adjective, the verb's object
            if current is head and _common_noun_after_lone_surname(graph, head, child):
                continue  # ودعا أوباما | العالم إلى …: a name alone takes no genitive; the noun is the verb's object
            if _common_noun_after_full_name(graph, current, child):
                continue  # حمل … الدكتور سالم العتيبي | الأسرة مسؤولية …: the verb's object, hung on the full name
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
    while left < head.index and _demonstrative_object(graph, left, right):
        left += 1  # أوضح ذلك سامي الحربي مدير …: "that" is what he made clear, the name is who did
    while right > head.index and (
        _speech_word(graph, graph.word(right))
        or is_time(graph.word(right))
        or says_how(graph.word(right))
        or time_in_parentheses(graph, right)
        or demonstrative_after_name(graph, right)
    ):
        right -= 1  # نقلت رويترز عن ثلاثة مصادر مطلعة قولها: قولها is the speech, not the source
    right = _before_age(graph, left, right)
    return [graph.word(index) for index in range(left, right + 1)]


#: The nouns inside the according-to markers that hold the speech word (على حد قوله: حد; rules/lexicons/according_to.tsv).
_MARKER_NOUNS = frozenset(
    normalize(marker.split()[1]) for marker in bundled_lexicon("according_to").entries if len(marker.split()) >= 3
)

#: rules/lexicons/demonstratives.tsv
_DEMONSTRATIVES = word_set("demonstratives")


def demonstrative_after_name(graph: SentenceGraph, index: int) -> bool:
    """A demonstrative that ends a speaker's mention, right after a name or noun and before no definite noun it could
    point at (ويؤكد سارتر | ذلك في كتابه، وأكد المسؤول | ذلك): a pronoun of its own, the verb's object, however the
    parse hung it (as the genitive of the name read as a noun in construct)."""
    word = graph.word(index)
    if normalize(word.text) not in _DEMONSTRATIVES or index < 2 or graph.word(index - 1).upos not in ("NOUN", *NAME_TAGS):
        return False
    following = graph.word(index + 1) if index < len(graph.words) else None
    return following is None or not strip_conjunction(normalize(following.text)).startswith("ال")


def _demonstrative_object(graph: SentenceGraph, index: int, right: int) -> bool:
    """A demonstrative before a word without the article (ذلك سامي، ذلك مدير عام …): it points at no noun of the
    mention (a demonstrative goes with a definite noun: ذلك المدير), so it is a pronoun of its own, the verb's object;
    so is one right after the verb, or after the verb's preposition, before a title and a name (أوضح ذلك الأستاذ سامي
    الحربي، صرّح بذلك الأستاذ سامي الحربي: "that" is what he made clear or stated; وقال ذلك التاجر, no name after it,
    is "that merchant")."""
    word = graph.word(index)
    if normalize(word.text) not in _DEMONSTRATIVES or index >= len(graph.words):
        return False
    following = normalize(graph.word(index + 1).text)
    if not following.startswith("ال"):
        return True
    before = index - 1
    if before > 1 and graph.word(before).upos == "ADP":
        before -= 1
    after_verb = before >= 1 and graph.word(before).upos == "VERB"
    return after_verb and any(graph.word(later).upos in NAME_TAGS for later in range(index + 2, right + 1))


#: Words that count years in an age written in parentheses after a name (موتا (32 عاما)): time_words.tsv, column age.
YEARS = time_words("age")


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
        word.upos == "NUM" or word.text.isdigit() or normalize(word.text) in YEARS for word in inside
    )
    return opening - 1 if aged and opening - 1 >= left else right


def _common_noun_after_full_name(graph: SentenceGraph, name: Word, child: Word) -> bool:
    """Whether `child`, hung as the genitive right after a proper name and the family name chained to it (`سالم
    العتيبي | الأسرة`), is a definite singular common noun that is no title (الأسرة، المدرسة): a full name is never in
    construct, so the noun is the verb's object the parse hung on the name. Not a nisba, not a title or a given name,
    not a noun with its own preposition or name."""
    if child.base_deprel != "nmod" or child.upos != "NOUN" or name.upos not in NAME_TAGS:
        return False
    family = [other for other in graph.children(name.index) if other.base_deprel == "flat"]
    if not family or child.index != max(other.index for other in family) + 1:
        return False
    bare = strip_conjunction(normalize(surface_of(child, graph)))
    if not bare.startswith("ال") or strip_article(bare).endswith(("ي", "يه")) or child.feat("Number") not in (None, "Sing"):
        return False
    if any(grand.base_deprel in ("flat", "case") for grand in graph.children(child.index)):
        return False
    given_names, role_nouns = bundled_lexicon("given_names"), bundled_lexicon("role_nouns")
    return not any(key in given_names or strip_article(key) in role_nouns for key in child.keys)


def _common_noun_after_lone_surname(graph: SentenceGraph, head: Word, child: Word) -> bool:
    """Whether `child`, hung as the genitive right after a proper noun that stands alone (no name word or title
    before it, no name chained to it, no given name: أوباما، ماكرون), is a definite common noun (العالم، الحكومة): a
    name is never in construct, so the noun is the verb's object or addressee the parse hung on the name. Not a
    nisba (الحربي), not after a given name (حمد | العمر, where it is the family name) or a title the tagger called a
    proper noun (إمام | المسجد), not a proper noun."""
    if child.base_deprel != "nmod" or child.upos != "NOUN" or child.index != head.index + 1 or head.upos not in NAME_TAGS:
        return False
    if head.feat("Abbr") == "Yes" or len(normalize(head.text)) < 3:
        return False  # وحث د. الدخيّل: an abbreviated title before the family name
    bare = strip_conjunction(normalize(surface_of(child, graph)))
    if not bare.startswith("ال") or strip_article(bare).endswith(("ي", "يه")) or child.feat("Number") not in (None, "Sing"):
        return False
    if any(grand.base_deprel in ("flat", "case") for grand in graph.children(child.index)):
        return False
    if any(other.base_deprel == "flat" for other in graph.children(head.index)):
        return False
    before = graph.word_before(head)
    if before is not None and (before.upos in NAME_TAGS or before.upos == "NOUN" or before.upos == "ADJ"):
        return False  # الرئيس الأميركي باراك أوباما …: a name after its title or given name, left as it was
    given_names, role_nouns = bundled_lexicon("given_names"), bundled_lexicon("role_nouns")
    # (إمام المسجد، أمين الصندوق: a title the tagger called a proper noun has its genitive)
    return not any(key in given_names or strip_article(key) in role_nouns for key in head.keys)


def _personal_name(graph: SentenceGraph, word: Word) -> bool:
    """A proper noun without the article (مروان، ريتا): a person's given name, not a body (الاتحاد الدولي لكرة القدم),
    nor a title the tagger called a proper noun (`_title_read_as_name`: قائد | من الجيش الحر)."""
    return (
        word.upos in NAME_TAGS
        and not normalize(surface_of(word, graph)).startswith(("ال", "وال"))
        and not _title_read_as_name(graph, word)
    )


def _title_read_as_name(graph: SentenceGraph, word: Word) -> bool:
    """A role noun without the article that the tagger called a proper noun, with no name chained to it (`وقال قائد |
    للقوات الحكومية إن …`، `قائد | من الجيش الحر`): an indefinite title whose phrase says whose title it is, and belongs
    to the speaker as `ضابط للشرطة المحلية` does. With a name after it (`قائد نصر`) it is the name's first word.
    rules/lexicons/role_nouns.tsv."""
    if word.upos not in NAME_TAGS or any(child.base_deprel == "flat" for child in graph.children(word.index)):
        return False
    if normalize(surface_of(word, graph)).startswith(("ال", "وال")):
        return False
    role_nouns = bundled_lexicon("role_nouns")
    return any(strip_article(key) in role_nouns for key in word.keys)


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
    if first.upos == "PRON" and (first.feat("PronType") == "Rel" or first.lemma_key == _RELATIVE_LEMMA):
        return True
    # اللاعب المثير للجدل | هوايته بالسخرية …: a definite noun takes a relative clause only after a relative pronoun;
    # a verb hung on one without it (here a noun with its pronoun read as a verb) is the main verb's object or clause
    return governor is not None and clause.upos == "VERB" and clause.index > governor.index and written_definite(graph, governor)


def _quotation_after_name(graph: SentenceGraph, first: int, index: int) -> bool:
    """An opening quotation mark right after a name (وقال زلاتكو سالوبيك "اطلب …): the speech begins, the name has
    ended, whatever the parse hung there; a name in marks after a noun (صحيفة «الشرق الأوسط») goes on."""
    mark = graph.word(index).text
    if mark not in _OPENING_MARKS or index == 1 or graph.word(index - 1).upos not in NAME_TAGS:
        return False
    straight_before = sum(graph.word(i).text == '"' for i in range(first, index))
    return mark != '"' or straight_before % 2 == 0


def names_someone(graph: SentenceGraph, word: Word) -> bool:
    """A name, or a word with a name under it (الإثيوبي داويت)."""
    return word.upos in NAME_TAGS or any(child.upos in NAME_TAGS for child in graph.children(word.index))


def reduced_relative(graph: SentenceGraph, word: Word) -> bool:
    """A definite participle or adjective with a complement of its own after a name (البالغ من العمر ثلاثين عاما،
    المنضم حديثا إلى الفريق): a relative clause without الذي. A bare adjective (الأمريكي، الحربي) is no such clause.
    A title the tagger called an adjective (ماركوس ويبر المستشار القانوني لفيسبوك) is one too: it becomes the role."""
    return (
        word.upos == "ADJ"
        and word.base_deprel in ("amod", "acl")
        and normalize(word.text).startswith("ال")
        and any(child.base_deprel != "punct" for child in graph.children(word.index))
    )


def _agreeing_number(noun: Word, child: Word) -> bool:
    """`المصادر الثلاثة`: a definite number right after a definite noun counts it, whatever relation the parse gave."""
    return (
        child.upos in ("NUM", "ADJ")
        and child.index == noun.index + 1
        and normalize(child.text).startswith("ال")
        and normalize(noun.text).startswith("ال")
        and child.base_deprel == "dep"
    )


def is_addressee(graph: SentenceGraph, word: Word) -> bool:
    """`لوكالة رويترز`، `لـ"سبق"`، `أمام الصحفيين`: whom the speaker told, not part of the speaker's name.

    A ل-phrase is an addressee only when it names a medium or a name (المديرية العامة للشئون الصحية is one name).
    """
    if opened_by(graph, word, ADDRESSEE_CASES - {"ل"}):
        return True
    if not opened_by(graph, word, frozenset(("ل",))):
        return False
    return word.upos in NAME_TAGS or any(strip_article(key) in ADDRESSEE_HEADS for key in word.keys)


#: What opens the speech right after a speaker's phrase: a quotation mark, a colon, a complementizer.
_SPEECH_OPENERS = frozenset(('"', "«", "“", ":", normalize("أن"), normalize("إن"), normalize("بأن")))


def _named_addressee_before_speech(graph: SentenceGraph, word: Word) -> bool:
    """A ل-phrase that names a proper noun (`لفرانس برس`، `لرويترز`) and ends the speaker's phrase right before the
    speech (a quotation mark, a colon, أن/إن): whom the speaker told, wherever the parse hung it (under a noun of the
    speaker's phrase: `مسؤول في وحدات حماية الشعب لفرانس برس "…"`); a ل-phrase a name follows belongs to a title
    (`الرئيس التنفيذي لأرامكو أمين الناصر`), one on a definite word to the name of a body (`مهندسو جامعة ماساتشوستس
    للتكنولوجيا أن …`)."""
    if word.upos not in NAME_TAGS or not opened_by(graph, word, _LAM) or preposition_on_article(graph, word):
        return False
    last = max((part for part in graph.subtree(word.index) if part.upos != "PUNCT"), key=_INDEX)
    following = graph.word_after(last)
    return following is not None and (following.text in _SPEECH_OPENERS or any(key in _SPEECH_OPENERS for key in following.keys))


def _in_whose_name(graph: SentenceGraph, word: Word) -> bool:
    """`باسمه واسم شعب المملكة`، `باسمها ونيابة عن أعضاء المجلس`: in whose name the speaker speaks, a circumstance of
    the report (the shipped parser hangs it on the verb, a parser trained on PUD's conventions on the speaker). A
    spokesman's `المتحدث باسمها` has no second name joined to it, and stays."""
    children = graph.children(word.index)
    return (
        NAME_NOUN in (word.lemma_key, *word.keys)
        and opened_by(graph, word, _BI)
        and any(child.upos == "PRON" for child in children)
        and any(child.base_deprel == "conj" for child in children)
    )


def _lam_phrase_after_name(graph: SentenceGraph, name: Word, phrase: Word) -> bool:
    """`وقال فيرنر لهيئة البث الكندية إن …`: a name takes no ل-phrase of its own, so one hung on the speaker's name is
    whom they spoke to, whatever body it names (a parser trained on PUD's conventions hangs it there, the shipped
    parser on the verb). Only right after the name: one after a title the parse hung on the name too (بيار باسكاري
    المدير السابق للتجارب في …) belongs to the title; one under a noun (الهيئة العامة للسياحة): `is_addressee`."""
    if name.upos not in NAME_TAGS or phrase.index <= name.index or not opened_by(graph, phrase, _LAM):
        return False
    if _title_read_as_name(graph, name):
        return False  # وقال قائد | للقوات الحكومية: a title the tagger called a proper noun, and whose title it is
    first = min(graph.subtree(phrase.index), key=_INDEX)
    name_words = {name.index, *(child.index for child in graph.children(name.index) if child.base_deprel == "flat")}
    return first.index - 1 in name_words
#: Prepositions whose phrase under a person's name is never part of the name (a body's may be: أخبار التاسعة في قناة …).
_FROM_ABOUT = frozenset(("من", "عن"))


def past_honorifics(
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
    if carries_its_pronoun(head, honorifics):
        return head, [head]  # ووجه سموه البلدية بـ …: "his highness" is whole; the noun after it is the verb's object
    for word in graph.subtree(head.index):
        if word.index > head.index and word.upos in NAME_TAGS and not any(key in honorifics for key in word.keys):
            return word, mention_words(graph, word, stop_at, speech_clause)
    return head, words


def carries_its_pronoun(word: Word, honorifics: Lexicon) -> bool:
    """Whether a word is a listed honorific with its pronoun glued to it (سموه، معاليه، سماحته: "his highness"), which
    names a person on its own: in construct with nothing after it (rules/lexicons/honorifics.tsv lists both forms;
    before the pronoun the feminine ending is written ت, سماحته، فضيلته: `possessed_nouns`)."""
    return any(noun in honorifics for key in word.keys for noun in possessed_nouns(key))


def _speech_word(graph: SentenceGraph, word: Word) -> bool:
    """Whether `word` is the speech itself, as read or as written (قولها، تأكيده، قائلا: SPEECH_WORDS); not the people a
    quantifier counts (`بعض | المنتقدين`، `أحد | المعلقين`: the critics, a noun with the article, where `منتقدا` would
    be the cue's participle)."""
    if not any(key in SPEECH_WORDS for key in (*word.keys, normalize(surface_of(word, graph)))):
        return False
    return not _counted_people(graph, word)


#: The quantifiers (rules/lexicons/quantifiers.tsv) and `أحد`/`إحدى`, which take the people they count as genitive.
_COUNTING = QUANTIFIERS | frozenset(normalize(word) for word in ("أحد", "إحدى"))


def _counted_people(graph: SentenceGraph, word: Word) -> bool:
    """A noun with the article right after a quantifier it hangs on (`بعض المنتقدين`، `أحد المعلقين`)."""
    if word.head < 1 or word.head != word.index - 1 or not strip_conjunction(normalize(word.text)).startswith("ال"):
        return False
    head = graph.word(word.head)
    return any(strip_article(key) in _COUNTING for key in (*head.keys, normalize(head.text)))


def _speech_after_source(graph: SentenceGraph, speech: Word, noun: Word) -> bool:
    """Whether `speech`, below `noun`, is the speech itself (`_speech_word`), which with the words below it (`قولها
    للصحيفة الروسية`: whom it was told) is no part of the source's mention; but not the word of an according-to marker,
    whose own noun holds it (`على حد | قوله`: rules/lexicons/according_to.tsv)."""
    return _speech_word(graph, speech) and _MARKER_NOUNS.isdisjoint(noun.keys)


SPEECH_WORDS = frozenset(
    normalize(word)
    for word in (
        *("قول", "قوله", "قولها", "قولهم", "تأكيده", "تأكيدها", "تصريحه"),
        *("قائلا", "قائلاً", "قائلة", "قائلين", "قائلتين", "قائلان"),  # وأضاف الخضيري قائلاً: the cue's own participle
        *("متحدثا", "متحدثاً"),  # وقال مسؤول بوزارة العدل متحدثا شريطة عدم نشر اسمه: "speaking", no part of the name
    )
) | word_set("reporting_participles")  # وقال الدكتور الشهري معقبا، إن …: a participle of saying, no part of the name
