"""What a word is to a speaker: a time word, a given name, a title or job, an honorific, a nationality.

Small tests that the mention, role and name steps share, and the span of a run of words in the text.
"""

from __future__ import annotations

import functools
import operator
import re
import unicodedata
from collections.abc import Collection, Sequence

from quotes.grammar.loader import bundled_lexicon, marked_words, name_link_words, time_words, word_set
from quotes.graph import SentenceGraph, Word
from quotes.lexicon import Lexicon, LexiconEntry
from quotes.model import Span
from quotes.normalize import form_keys, normalize, strip_article, strip_conjunction, written_word_start

#: A phrase under the speaker opened by one of these is an addressee or a circumstance, not part of the mention.
ADDRESSEE_CASES = frozenset(("ل", "خلال", "امام", "مع", "عبر", "الي"))
NAME_TAGS = ("PROPN", "X")
#: Days, months and time words (rules/lexicons/time_words.tsv `speaker`): they stand in apposition to speakers and
#: after names, never as names.
TIME_WORDS = time_words("speaker")
#: Adverbs of manner and order (subject_adverbials.tsv `manner`: هاتفيا، شخصيا، ثانيا): how or in which order it was
#: said, never a name nor a name's part (`وقال الخيالي هاتفيا`، `وأضاف ثانيا،`), whatever the tagger called them.
MANNER_ADVERBS = marked_words("subject_adverbials", "manner")
#: Years, months, weeks and seasons (time_words.tsv `period`, written without ال): a phrase they open is a stretch of
#: time (names_a_period).
PERIOD_NOUNS = time_words("period")
#: Time words that are also given names (time_words.tsv `given_name`: صباح): see given_name_before_family.
_TIME_GIVEN_NAMES = time_words("given_name")
_EDGE_PUNCT = " \t\n،,:؛;.-–—()\"«»“”'"


_PAIRS = {")": "(", '"': '"', "»": "«", "”": "“"}
_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


def with_abbreviation_period(graph: SentenceGraph, role: Span | None, text: str) -> Span | None:
    """`وزير الصحة د. | خالد …`: a role that ends in a title written as one letter and a period (د.، م.) ends with the
    period, which the text keeps but the sentence's words do not (quotes.parser join_abbreviation_breaks)."""
    if role is None or text[role.end : role.end + 1] != ".":
        return role
    words = graph.words_within(role.start, role.end)
    if words and words[-1].end == role.end and len(words[-1].text) == 1:
        return Span.from_offsets(text, role.start, role.end + 1)
    return role


def span_of(words: list[Word], text: str) -> Span | None:
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


def time_in_parentheses(graph: SentenceGraph, index: int) -> bool:
    """`أمس (الجمعة)`: a bracket that closes or opens around a time word."""
    word = graph.word(index)
    if word.text == ")" and index > 1:
        return is_time(graph.word(index - 1))
    if word.text == "(" and index < len(graph.words):
        return is_time(graph.word(index + 1))
    return False


def surface_of(word: Word, graph: SentenceGraph) -> str:
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


def opened_by(graph: SentenceGraph, word: Word, prepositions: frozenset[str]) -> bool:
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


def epithet_alone(span: Span, honorifics: Lexicon) -> bool:
    """Whether the span is an epithet that names its one holder by itself (`خادم الحرمين الشريفين`، `الملك المفدى`:
    honorifics.tsv, column `alone`)."""
    whole = honorifics.lookup(" ".join(normalize(word) for word in span.text.split()))
    return whole is not None and whole.get("alone") == "yes"


def strip_honorifics(span: Span | None, honorifics: Lexicon, text: str) -> Span | None:
    """Drop leading honorifics (السيد، صاحب السمو الملكي الأمير …) from `span`."""
    if span is None:
        return None
    if epithet_alone(span, honorifics):
        return span  # وأعرب الملك المفدى: an epithet that names its holder, whole
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


def without_trailing_honorifics(span: Span | None, honorifics: Lexicon, text: str) -> Span | None:
    """`span` without the honorifics it ends with (محافظ مأرب | الشيخ، أمير المنطقة | الأمير: the honorific before
    the name that follows is no part of the title), keeping at least its first word."""
    if span is None:
        return None
    words = [(found.start(), found.end(), normalize(found.group())) for found in re.finditer(r"\S+", span.text)]
    cut = len(words)
    while cut > 1:
        size = next(
            (size for size in (4, 3, 2, 1) if size < cut and " ".join(key for _, _, key in words[cut - size : cut]) in honorifics),
            None,
        )
        if size is None:
            break
        cut -= size
    if cut == len(words):
        return span
    return Span.from_offsets(text, span.start, span.start + words[cut - 1][1])


def is_role_word(word: Word, roles: Lexicon) -> bool:
    if word.upos == "ADP":
        return False  # أمام ("before": أمام لجنة الدفاع) is spelled like إمام (an imam) once hamza is normalised away
    return any(key in roles for key in word.keys) or word.lemma_key in roles


def in_parentheses(graph: SentenceGraph, word: Word) -> bool:
    return word.index > 1 and graph.word(word.index - 1).text == "("


def qualifies_rank(word: Word) -> bool:
    """An adjective or a definite noun right after a rank qualifies it (الفريق الركن، الملازم أول، العقيد المتقاعد)."""
    return word.upos == "ADJ" or (word.upos == "NOUN" and normalize(word.text).startswith("ال"))


def is_job_word(word: Word, roles: Lexicon) -> bool:
    return job_kind(word, roles) in ("job", "rank", "title")


def role_entry(word: Word, roles: Lexicon) -> LexiconEntry | None:
    """The word's entry in the role nouns (rules/lexicons/role_nouns.tsv), by its readings and its lemma."""
    return roles.lookup(*word.keys, word.lemma_key)


def job_kind(word: Word, roles: Lexicon) -> str | None:
    """The kind of role noun `word` is (job, rank, title, descriptor), if any; none for a preposition (أمام)."""
    if word.upos == "ADP":
        return None
    entry = role_entry(word, roles)
    return entry.get("kind") if entry is not None else None


#: Every relative pronoun (rules/lexicons/relative_pronouns.tsv), normalised (الذي، التي، الذين، اللذان …).
RELATIVE_PRONOUNS = word_set("relative_pronouns")
#: باسم، بلسان (rules/lexicons/belonging_prepositions.tsv, column `speaks_for`), normalised, written as one word: after a
#: spokesman's title they say whom he speaks for, and the name after them is that body, not the spokesman.
SPEAKS_FOR = marked_words("belonging_prepositions", "speaks_for")


def verb_after_relative_pronoun(graph: SentenceGraph, word: Word) -> bool:
    """Whether the parse reads the word as the verb right after a relative pronoun (`الذي أشرف على …`، `التي أمل`): a
    verb spelled like a given name (أشرف، أمل), never the person's name however a tagger or a name list reads it."""
    before = graph.word_before(word)
    return word.upos == "VERB" and before is not None and strip_conjunction(normalize(before.text)) in RELATIVE_PRONOUNS


#: Quantity words without their article (عدد، بعض، كثير: rules/lexicons/quantifiers.tsv): a singular verb agrees with
#: them (`وقال عدد من الأهالي`), and after و they open other people, no part of a role (`مدير الأمن العام | وعدد من …`).
QUANTIFIERS = frozenset(strip_article(word) for word in word_set("quantifiers"))
#: rules/lexicons/people_plurals.tsv: broken plurals of people (الوزراء، القادة، الخبراء), without ال.
PEOPLE_PLURALS = frozenset(strip_article(word) for word in word_set("people_plurals"))


def written_accusative(written: str) -> bool:
    """Whether a word as the text writes it ends in the tanween of the indefinite accusative (سريعاً، تفعيلاً، ممسكاً،
    عملاً), the alif after it or before it."""
    return written.endswith(("ً", "ًا"))

#: Quotation marks a name may be written in right after a kinship noun (`والدة "عبدالرحمن"`).
_NAME_QUOTES = frozenset(('"', "«", "»", "“", "”"))


def kin_in_construct(graph: SentenceGraph, before_name: Sequence[Word], roles: Lexicon) -> bool:
    """Whether the words before a name open with a kinship noun (rules/lexicons/role_nouns.tsv, column `kin`) in
    construct with the name or with a definite noun before it (`والدة "عبدالرحمن"`، `والدة المواطن | عبدالرحمن
    السبيعي`، `شقيق الضحية | ناصر`): the name is the genitive's, and the relative, who has no name here, is the one the
    phrase names. A kinship noun with its pronoun (`زوجته أليس`), with the article (`الوالدة فاطمة`) or set off by a
    comma from the name (`والد الطفل، سامي الغامدي،`) is the name's own description, and so is a feminine one before a
    masculine genitive and a woman's given name (`والدة الرئيس مريم الخطيب`: see _named_relative)."""
    if any(word.text in ("،", ",") for word in before_name):
        return False
    last = before_name[-1] if before_name else None
    following = graph.word_after(last) if last is not None else None
    if following is not None and following.text in ("،", ","):
        return False  # والد الطفل، سامي الغامدي،: the name set off after the phrase is the father's
    words = [word for word in before_name if word.text not in _NAME_QUOTES]
    if not words or not opens_with_kin(graph, words[0], roles):
        return False
    if len(words) == 1:
        return True
    # شقيق المجند | سالم: the tagger often reads the genitive as the first word of a name (PROPN); the article says
    # what it is
    # (والدة لاعب | المنتخب …: a noun in construct with a definite one is as definite; not where a rank or title stands
    # right before the name, which opens the relative's own name: ابن عم الطيار | الدكتور فلان, the cousin)
    construct = (
        words[1].upos in ("NOUN", "PROPN")
        and len(words) > 2
        and normalize(words[2].text).startswith("ال")
        and job_kind(words[-1], roles) not in ("rank", "title")
    )
    if words[1].upos not in ("NOUN", "ADJ", "PROPN", "X") or not (normalize(words[1].text).startswith("ال") or construct):
        return False
    return not _named_relative(words[0], words[1], following)


def _named_relative(kin: Word, genitive: Word, name: Word | None) -> bool:
    """`جدة الرئيس | سارة أوباما`، `والدة اللاعب | نورة الحارثي`: a woman's given name (rules/lexicons/given_names.tsv,
    gender f) after a feminine kinship noun and a masculine genitive cannot be the genitive's, so it is the relative's
    own: she speaks by her name, the kinship phrase is her role. (A genitive that ends in ة, الضحية، الشهيدة, may be a
    man or a woman: the name after it stays the genitive's.)"""
    if name is not None and name.text in _NAME_QUOTES:
        return False  # والدة الطالب "فيصل": a name in marks is the genitive's
    if name is None or not normalize(kin.text).endswith("ه") or strip_article(normalize(genitive.text)).endswith("ه"):
        return False
    entry = bundled_lexicon("given_names").lookup(*name.keys)
    return entry is not None and entry.get("gender") == "f"


def opens_with_kin(graph: SentenceGraph, word: Word, roles: Lexicon) -> bool:
    """Whether `word` is a kinship noun in construct (والدة، شقيق، زوجة: without the article or a pronoun), whose
    genitive follows it."""
    entry = role_entry(word, roles)
    return (
        entry is not None
        and entry.get("kin") == "yes"
        and not normalize(word.text).startswith("ال")
        and not pronoun_suffixed(graph, word)
    )


#: The perfect forms of كان (rules/lexicons/kana_forms.tsv): with قد and a verb after them, a past perfect (كان قد قال).
KANA_FORMS = word_set("kana_forms")


def is_kana(word: Word) -> bool:
    """A perfect form of كان (kana_forms.tsv), by its lemma or as written (وكانت)."""
    return any(key in KANA_FORMS for key in (word.lemma_key, *word.keys))


#: بإشراف، برئاسة (rules/lexicons/under_whom.tsv): after a glued بـ they say who runs something; the name after them
#: chairs or supervises, it is neither the speaker before them nor the holder of a title before them.
UNDER_WHOM = word_set("under_whom")


def under_whom(graph: SentenceGraph, word: Word) -> bool:
    """Whether `word` is a noun of ``under_whom.tsv`` after a glued بـ (بإشراف، برئاسة), in construct with who runs it: not
    the definite noun, a place (مدير عام المشروعات بالرئاسة: at the Presidency)."""
    before = graph.word_before(word)
    return (
        before is not None
        and before.text == "ب"
        and before.end == word.start
        and any(key in UNDER_WHOM for key in word.keys)
        and not written_definite(graph, word)
    )


#: The longest prayer formula, in characters (صلى الله عليه وسلم, رضي الله عنهما).
_PRAYER_CHARS = 24


def prayer_starts(word: Word, text: str, prayers: Lexicon | None) -> bool:
    """Whether a prayer formula (rules/lexicons/prayer_formulas.tsv) starts at the written word `word` opens."""
    if prayers is None or (word.start > 0 and text[word.start - 1].isalpha()):
        return False
    return prayers.match_at(normalize(text[word.start : word.start + _PRAYER_CHARS])) is not None


def prayer_around(word: Word, text: str, prayers: Lexicon | None) -> bool:
    """Whether a prayer formula (rules/lexicons/prayer_formulas.tsv: رحمه الله، حفظه الله) starts at the written word that
    holds `word`, ends with `word` (الله of رحمه الله) or runs on over it (الصلاة of عليه الصلاة والسلام)."""
    if prayers is None:
        return False
    start = written_word_start(text, word.start)  # the formula's verb with its clitics, or a word cut off its first letters
    if prayers.match_at(normalize(text[start : start + _PRAYER_CHARS])) is not None:
        return True
    before = normalize(text[max(0, start - _PRAYER_CHARS) : word.end]).replace(" ", "")
    if any(before.endswith(key.replace(" ", "")) for key in prayers):
        return True
    earlier = start
    for words_back in (1, 2):
        previous = _previous_written_word(text, earlier)
        if previous is None:
            return False
        earlier = previous
        found = prayers.match_at(normalize(text[earlier : earlier + _PRAYER_CHARS]))
        if found is not None and len(found.key.split()) > words_back:
            return True
    return False


def _previous_written_word(text: str, start: int) -> int | None:
    """Where the written word before the one at `start` starts, past the spaces between them; None past anything else
    (a comma, a quotation mark, a dash: a formula is written whole between them)."""
    position = start
    while position > 0 and text[position - 1] == " ":
        position -= 1
    if position == start or position == 0 or not text[position - 1].isalpha():
        return None
    return written_word_start(text, position - 1)


def only_honorifics(span: Span, honorifics: Lexicon) -> bool:
    words = [normalize(word) for word in span.text.split()]
    return bool(words) and (" ".join(words) in honorifics or all(word in honorifics for word in words))


def formula_at(span: Span, honorifics: Lexicon, text: str) -> bool:
    """Whether a multiword honorific formula starts at `span` and covers it (عز of `عز وجل`)."""
    entry = honorifics.match_at(normalize(text[span.start : span.start + 30]))
    return entry is not None and len(entry.key.replace(" ", "")) >= len(normalize(span.text).replace(" ", ""))
#: Whom a source speaks to after ل (لوكالة …، للصحفيين، لبرنامج …، لرويترز): media_nouns.tsv, press_plurals.tsv and
#: media_names.tsv (an agency or broadcaster named without its head noun).
ADDRESSEE_HEADS = word_set("media_nouns") | word_set("press_plurals") | word_set("media_names")
#: The occasion after في beside a cue (في بيان، في تصريح، في اتصال هاتفي، في اجتماع): speech_nouns.tsv, but for the
#: nouns marked ``no`` in its column occasion (المسؤول في البرنامج: the title's own phrase), and occasion_nouns.tsv.
CIRCUMSTANCE_HEADS = frozenset(
    key for key, entry in bundled_lexicon("speech_nouns").entries.items() if entry.get("occasion") != "no"
) | word_set("occasion_nouns")
NAME_LINKS = name_link_words("link")  # normalised: compare normalize(surface(…)) (rules/lexicons/name_links.tsv)
MEDIUM_PREPOSITIONS = frozenset(normalize(word) for word in ("في", "خلال", "عبر", "ضمن"))


def opens_the_object(graph: SentenceGraph, noun: Word, word: Word) -> bool:
    """Whether `word`, after the definite `noun` (a body: الجامعة، اللجنة، الوزارة), cannot describe it and opens a
    phrase of its own, the verb's object: a definite plural after a singular (`وطالبت الجامعة | المتقدمين …`), a
    quantifier of all with its noun (`وحثت اللجنة | كافة المواطنين …`), or a participle whose own subject carries a
    plural pronoun (`ودعت الوزارة | المعلنة أسماؤهم …`، `وطلبت الوزارة | من المعلنة أسماؤهم …`)."""
    return (
        _plural_after_singular(graph, noun, word)
        or _all_of_after_definite(graph, noun, word)
        or _described_by_its_own_subject(graph, noun, word)
        or _definite_noun_after_definite(graph, noun, word)
    )


#: rules/lexicons/place_names.tsv: countries and cities a verb acts on (واشنطن، إيران، إسرائيل).
PLACE_NAMES = word_set("place_names")


def ends_after_adjective(graph: SentenceGraph, adjective: Word, word: Word, places: Collection[int] = ()) -> bool:
    """Whether a body's name ends at its definite adjective before `word`: an adjective closes the chain of
    construct, so a place right after it is no genitive of the name (`ودعا الاتحاد الأوروبي | إسرائيل إلى …`، `وحثت
    جامعة الدول العربية | إيران على …`) and a noun with the article no adjective of it (`ودعت منظمة الصحة العالمية |
    الحكومات إلى …`): it opens a phrase of its own, the verb's object, whatever relation the parse or the entity tagger
    gave it. A place is a listed one (place_names.tsv) or one the entity tagger starts there (`places`: word
    indexes); another name after the adjective is the body's own (`وكالة التصنيف الدولية فيتش`), and a noun without
    the article may still describe (`الجمعية العمومية غير العادية`). Not a relative adjective's ending (a second
    adjective the tagger read as a noun)."""
    if adjective.upos != "ADJ" or word.index != adjective.index + 1 or word.upos not in ("NOUN", "PROPN", "X"):
        return False
    if not written_definite(graph, adjective) or word.start == adjective.end:
        return False
    key = normalize(word.text)
    if not key.startswith("ال"):
        return word.index in places or key in PLACE_NAMES
    return not key.endswith(("ي", "يه"))


#: rules/lexicons/organisation_anaphors.tsv: the definite anaphors (الوزارة، الاتحاد) and the head nouns (وزارة، جامعة).
_BODY_ANAPHORS = bundled_lexicon("organisation_anaphors")
#: The head nouns that open a body's name (organisation_anaphors.tsv, column head: جامعة، مركز، معهد …), normalised.
BODY_HEAD_NOUNS = frozenset(normalize(entry.get("head") or "") for entry in _BODY_ANAPHORS.entries.values()) - {""}


def heads_a_body(word: Word) -> bool:
    """Whether the word is a body's head noun, with the article or without (الاتحاد، جامعة، منظمة;
    organisation_anaphors.tsv), not a participle that only describes one (المنظمة after اللجنة)."""
    entry = _BODY_ANAPHORS.lookup(*word.keys)
    if entry is not None:
        return entry.get("participle") != "yes"
    return any(strip_article(key) in BODY_HEAD_NOUNS for key in word.keys)


#: rules/lexicons/speech_nouns.tsv: statements and reports (بيان، تأكيد، تقرير); document_nouns.tsv: documents and
#: decisions (قرار، تقرير، دراسة).
_SPEECH_NOUNS = bundled_lexicon("speech_nouns")
_DOCUMENT_NOUNS = bundled_lexicon("document_nouns")


def statement_noun(word: Word) -> bool:
    """Whether the word is a statement, report, document or decision (speech_nouns.tsv, document_nouns.tsv)."""
    return _SPEECH_NOUNS.lookup(*word.keys) is not None or _DOCUMENT_NOUNS.lookup(*word.keys) is not None


def statement_after_adjective(graph: SentenceGraph, word: Word) -> bool:
    """Whether `word` is a definite statement or decision right after a definite adjective (`وانتقد المدير العام |
    القرار`): no genitive of the noun the adjective describes (an adjective closes the construct) and never an
    adjective itself; what the verb acts on."""
    before = graph.word_before(word)
    return (
        before is not None
        and before.upos == "ADJ"
        and written_definite(graph, before)
        and article(word)
        and word.start > before.end
        and statement_noun(word)
    )


def _definite_noun_after_definite(graph: SentenceGraph, noun: Word, word: Word) -> bool:
    """`ودعت الرابطة | الحكومة إلى …`، `وطالبت الجمعية | الوزارة بـ …`: a noun with the article is never in construct,
    so a body named by its definite head noun (rules/lexicons/organisation_anaphors.tsv: الحكومة، الوزارة، الشركة) or a
    statement (speech_nouns.tsv: التأكيد، البيان، التقرير) right after one is no genitive of it whatever relation the
    parse gave it, and no adjective either; it opens a phrase of its own, the verb's object. The article as written:
    آلية is no definite noun; a relative adjective's ending (البلدية after للانتخابات) describes the noun."""
    if word.index != noun.index + 1 or noun.upos != "NOUN" or word.upos not in ("NOUN", "PROPN", "ADJ"):
        return False
    if not (_article_as_written(graph, noun) and word.text.startswith("ال")) or word.start == noun.end:
        return False
    if normalize(word.text).endswith(("ي", "يه")):
        return False  # للانتخابات | البلدية: the relative adjective (municipal), not the body its spelling also names
    if statement_noun(word):
        # وجدد البنك | التأكيد على أن …، أصدرت الوزارة | البيان التالي، ووصف الوزير | القرار بأنه …: what the body or
        # the official said or did, the verb's object, however the tagger read it (a statement is never an adjective)
        return True
    if word.upos == "ADJ":
        return False
    entry = _BODY_ANAPHORS.lookup(*word.keys)
    # اللجنة | المنظمة: the participle (organizing) describes the body (organisation_anaphors.tsv column `participle`)
    return entry is not None and entry.get("participle") != "yes"


def article(word: Word) -> bool:
    """Whether the word is written with the article (after a conjunction: والشمري)."""
    return strip_conjunction(normalize(word.text)).startswith("ال")


#: rules/lexicons/eponym_titles.tsv: ملك، أمير، إمام …, titles a body or a street may be named after (without ال).
EPONYM_TITLES = word_set("eponym_titles")
#: rules/lexicons/street_nouns.tsv: شارع، طريق، ميدان، حي …, the words that open a street's or a quarter's name.
STREET_NOUNS = word_set("street_nouns")


def street_named_for(graph: SentenceGraph, first: Word) -> Word | None:
    """The street noun in construct right before a person's name that starts at `first` (`وطريق | سهل بن أبي حثمة`),
    or before the eponym title that opens it (`شارع | الأمير سلطان`): the name is the street's, and no mention of the
    person. None where there is none, and after عن (`عن طريق محمد`: "through Muhammad")."""
    before = graph.word_before(first)
    if before is not None and article(before) and strip_article(strip_conjunction(normalize(before.text))) in EPONYM_TITLES:
        before = graph.word_before(before)
    if before is None or article(before) or strip_conjunction(normalize(before.text)) not in STREET_NOUNS:
        return None
    previous = graph.word_before(before)
    return None if previous is not None and normalize(previous.text) == "عن" else before


def head_without_genitive(graph: SentenceGraph, head: Word) -> bool:
    """Whether an organisation's head noun written without the article has no genitive to name the body (`نعمة الأمن
    ووحدة | والتفاف الشعب`: a conjunction follows it): such a head is a common noun (unity, a company), no body."""
    following = graph.word_after(head)
    return not article(head) and following is not None and following.upos == "CCONJ"


def _article_as_written(graph: SentenceGraph, noun: Word) -> bool:
    """The article as the word is written, not as normalised (آلية، آليات are no definite nouns)."""
    return noun.text.startswith("ال") or (written_definite(graph, noun) and not noun.text.startswith("آ"))


def _all_of_after_definite(graph: SentenceGraph, noun: Word, word: Word) -> bool:
    """`وحثت اللجنة كافة المواطنين على …`، `وطالبت الجمعية جميع الأعضاء بـ …`: كافة/جميع (quantifiers.tsv, column
    addressed) emphasise a noun after it (`المواطنين كافة`) and govern one before it (`كافة المواطنين`); a noun with the
    article is never in construct, so after it the quantifier with its noun is a phrase of its own."""
    if word.index != noun.index + 1 or noun.upos not in ("NOUN", "ADJ") or not written_definite(graph, noun):
        return False
    entry = bundled_lexicon("quantifiers").lookup(*word.keys)
    if entry is None or entry.get("addressed") != "yes" or normalize(word.text).startswith("ال"):
        return False
    following = graph.word_after(word)
    return following is not None and following.upos in ("NOUN", "ADJ") and following.start > word.end


_PLURAL_PRONOUN = re.compile(r"\w{3,}(?:هم|هن)$")


def _described_by_its_own_subject(graph: SentenceGraph, noun: Word, word: Word) -> bool:
    """`ودعت الوزارة المعلنة أسماؤهم مراجعة …` ("those whose names were announced"): a definite participle followed by
    its own subject, a noun with a plural pronoun, describes whom the pronoun stands for, not the singular noun before
    it (that would be `المعلنة أسماؤها`); with من before it (`وطلبت الوزارة من المعلنة أسماؤهم …`) it is whom the
    verb asks. `word` is the participle, or the من before it."""
    if noun.feat("Number") not in (None, "Sing") or noun.upos not in ("NOUN", "ADJ"):
        return False
    if any(strip_article(key) in QUANTIFIERS for key in noun.keys):
        return False  # أبدى كثير | من المعلقين استياءهم: "many of" the commenters, whose displeasure it is
    participle = word
    if word.index == noun.index + 1 and word.upos == "ADP" and normalize(word.text) == "من":
        participle = graph.word(word.index + 1) if word.index < len(graph.words) else word
    elif word.index == noun.index + 2 and normalize(graph.word(noun.index + 1).text) == "من":
        pass
    elif word.index != noun.index + 1:
        return False
    if participle is word and word.upos == "ADP":
        return False
    if participle.upos not in ("NOUN", "ADJ", "VERB") or not normalize(participle.text).startswith("ال"):
        return False
    subject = graph.word_after(participle)
    if subject is None or subject.upos not in ("NOUN", "PROPN", "X") or subject.start == participle.end:
        return False
    pronoun = graph.word_after(subject)
    if pronoun is not None and pronoun.upos == "PRON" and pronoun.start == subject.end:
        return pronoun.feat("Number") == "Plur"
    return _PLURAL_PRONOUN.match(normalize(subject.text)) is not None and not normalize(subject.text).startswith("ال")


def _plural_after_singular(graph: SentenceGraph, noun: Word, word: Word) -> bool:
    """Whether `word` is a definite plural (المتقدمين، المواطنين) right after a definite singular noun (الجامعة،
    الإحصاء of للإحصاء): an adjective agrees with its noun in number, so the plural cannot describe the noun, whatever
    relation the parse gave it; it opens a phrase of its own, the verb's object (وطالبت الجامعة | المتقدمين بإرسال …).
    A noun written with the dual or plural ending (الحرمين الشريفين) agrees with a plural, whatever its tag says."""
    if noun.upos != "NOUN" or word.upos not in ("NOUN", "ADJ") or word.index != noun.index + 1:
        return False
    if not (written_definite(graph, noun) and normalize(word.text).startswith("ال")):
        return False
    written = normalize(noun.text)
    return word.feat("Number") == "Plur" and noun.feat("Number") == "Sing" and not written.endswith(("ين", "ون"))


def written_definite(graph: SentenceGraph, noun: Word) -> bool:
    """Whether the noun has the article as written: الوزارة، والوزارة, or after a glued لـ that took its alif (للإحصاء
    is split ل + لإحصاء)."""
    if strip_conjunction(normalize(noun.text)).startswith("ال"):
        return True
    before = graph.word_before(noun)
    return before is not None and before.text == "ل" and before.end == noun.start and noun.text.startswith("ل")


def is_occasion(word: Word) -> bool:
    """A statement or an occasion one speaks at (بيان، تصريحات، حوار، مؤتمر صحفي، كلمة): CIRCUMSTANCE_HEADS; also
    with its pronoun where the tokenizer left it on the noun (كلمته، خطابها، بيانهم)."""
    return any(
        key in CIRCUMSTANCE_HEADS or any(noun in CIRCUMSTANCE_HEADS for noun in possessed_nouns(key))
        for key in (*word.keys, *(strip_article(key) for key in word.keys))
    )


#: Pronouns of the third person a noun may carry written on it (كلمته، كلمتها، كلمتهم، كلمتهما), longest first.
_POSSESSIVE_SUFFIXES = ("هما", "هم", "ها", "ه")
#: A noun keeps this many letters at least once its pronoun is taken off.
_POSSESSED_MIN_CHARS = 3


def possessed_nouns(key: str) -> tuple[str, ...]:
    """The nouns a normalised word may be, read as a noun with a pronoun of the third person written on it: the word
    without the pronoun, and, where that ends in ت, the same with its ة as normalised (ه), which a pronoun turns into ت
    (كلمته → كلمه، سماحته → سماحه، تصريحاته → تصريحات، خطابها → خطاب); none where it ends in no such pronoun."""
    suffix = next((suffix for suffix in _POSSESSIVE_SUFFIXES if key.endswith(suffix)), "")
    stem = key[: -len(suffix)] if suffix else ""
    if len(stem) < _POSSESSED_MIN_CHARS:
        return ()
    return (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)


def is_medium(graph: SentenceGraph, word: Word) -> bool:
    """في بيان، خلال مؤتمر صحفي، عبر تغريدة: a statement introduced by في/خلال/عبر."""
    if not is_occasion(word):
        return False
    return any(
        child.base_deprel == "case" and any(key in MEDIUM_PREPOSITIONS for key in child.keys)
        for child in graph.children(word.index)
    )


def _glued_after_preposition(graph: SentenceGraph, word: Word) -> Word | None:
    """The word written glued after `word` when `word` is a preposition (ل + الوزارة، ل + رويترز), else None."""
    following = graph.word(word.index + 1) if word.upos == "ADP" and word.index < len(graph.words) else None
    return following if following is not None and following.start == word.end else None


def opens_definite_noun(graph: SentenceGraph, word: Word) -> bool:
    """Whether `word` is a preposition glued to a definite noun: ل + لصحافيين of للصحافيين (ل + ال written لل), ب +
    الرياض; not a letter the clitic pass cut off a name (ل + نجف of لنجف)."""
    following = _glued_after_preposition(graph, word)
    if following is None:
        return False
    written = normalize(following.text)
    return written.startswith("ال") or (normalize(word.text) == "ل" and written.startswith("ل"))


def opens_possessed_noun(graph: SentenceGraph, word: Word) -> bool:
    """Whether `word` is ل glued to a noun that carries a pronoun (`ماكرون | لنظيره الألماني`، `لضيفه`، `لمحاوريه`):
    whom the speaker told, someone of theirs, never a letter of the speaker's name."""
    noun = _glued_after_preposition(graph, word) if normalize(word.text) == "ل" else None
    return noun is not None and noun.upos == "NOUN" and pronoun_suffixed(graph, noun)


def opens_medium_name(graph: SentenceGraph, word: Word) -> bool:
    """Whether `word` is a preposition glued to a medium's name (ل + فرانس برس، ل + رويترز: media_names.tsv and the
    other addressee heads): whom the speaker told, never a letter of the speaker's name."""
    following = _glued_after_preposition(graph, word)
    return following is not None and any(strip_article(key) in ADDRESSEE_HEADS for key in following.keys)


def issuing_subject(sentence: SentenceGraph, noun: Word) -> Word | None:
    """The subject of a relative clause on `noun` that stands after its verb, an issuing verb (rules/lexicons/
    issuing_verbs.tsv): who issued a statement so described (`بيان وزعه المصرف`، `بيان أصدره الاتحاد إلى الأندية`،
    `الكلمة التي ألقاها الوزير`); not the subject of another verb (`اعترافات قادتهم العسكريين` misread as قادت + هم)."""
    found = issuing_clause(sentence, noun)
    return found[1] if found is not None else None


def issuing_clause(sentence: SentenceGraph, noun: Word) -> tuple[Word, Word] | None:
    """The issuing verb of a relative clause on `noun` and its subject after it (see :func:`issuing_subject`)."""
    issuing = bundled_lexicon("issuing_verbs")  # أصدر، وزع، ألقى …
    for clause in sentence.children(noun.index):
        if not clause.deprel.startswith("acl") or clause.upos != "VERB" or clause.index < noun.index:
            continue
        if not _issues(clause, issuing):
            continue
        for subject in sentence.children(clause.index):
            if subject.base_deprel == "nsubj" and subject.upos in ("NOUN", "PROPN", "X") and subject.index > clause.index:
                if says_how(subject):
                    # النشرة التي تصدرها دوريا | مؤسسة النقد: how often it is issued; the body the parse hung on the
                    # adverb right after it issues it
                    following = sentence.word_after(subject)
                    if following is None or following.head != subject.index or following.upos not in ("NOUN", "PROPN", "X"):
                        continue
                    subject = following
                return clause, subject
    return _subject_after_verb_read_as_noun(sentence, noun, issuing)


def _issue_keys(verb: Word) -> tuple[str, ...]:
    """The keys an issuing verb is looked up by: its lemma and forms, and a feminine past without its ت, which the
    lemmatizer keeps as written (`أعدته الوزارة`: أعدت → أعد)."""
    keys = (verb.lemma_key, *verb.keys)
    return (*keys, *(key[:-1] for key in keys if len(key) > 3 and key.endswith("ت")))


def _issues(verb: Word, issuing: Lexicon) -> bool:
    """Whether a verb is an issuing verb (rules/lexicons/issuing_verbs.tsv) by :func:`_issue_keys`."""
    return any(key in issuing for key in _issue_keys(verb))


def only_spreads(verb: Word) -> bool:
    """Whether an issuing verb only spreads another's words (issuing_verbs.tsv column spreads: نشر، بث، أذاع): `بيان
    نشرته وكالة الأنباء`: the agency is not who issued it."""
    entry = bundled_lexicon("issuing_verbs").lookup(*_issue_keys(verb))
    return entry is not None and entry.get("spreads") == "yes"


def _subject_after_verb_read_as_noun(sentence: SentenceGraph, noun: Word, issuing: Lexicon) -> tuple[Word, Word] | None:
    """`دراسة أجرا|ها | معهد بروكينغز`: an issuing verb right after the statement with its object pronoun glued on, which
    the tagger read as a noun in construct (the pronoun its genitive) and the parse gave no subject: the noun right
    after the pronoun is the verb's subject, who issued it."""
    verb = sentence.word_after(noun)
    pronoun = sentence.word_after(verb) if verb is not None else None
    subject = sentence.word_after(pronoun) if pronoun is not None else None
    if verb is None or pronoun is None or subject is None or verb.upos != "NOUN" or verb.head != noun.index:
        return None
    if not _issues(verb, issuing):
        return None
    if pronoun.upos != "PRON" or pronoun.head != verb.index or pronoun.start != verb.end:
        return None  # (only a verb with its object pronoun glued on: أجراها، أصدرته)
    if subject.upos not in ("NOUN", "PROPN", "X") or is_time(subject):
        return None
    return verb, subject


#: Prepositions that, after a statement's issuer, say to whom, where or about what the words went (على وسائل الإعلام،
#: إلى الأندية، أمام المجلس، حول الموضوع، تحت عنوان …) rather than go on with the issuer's name or title (المتحدث باسم المجلس).
_AFTER_THE_ISSUER = frozenset(
    normalize(word) for word in ("على", "إلى", "أمام", "لدى", "عبر", "خلال", "مع", "حول", "عن", "بشأن", "تحت")
)


def issuer_end(sentence: SentenceGraph, subject: Word, end: int) -> int:
    """Where the issuer that `subject` opens ends, by `end`: before the first preposition of _AFTER_THE_ISSUER that
    stands as a word of its own after it (`المصرف | على وسائل الإعلام`, `الباحث سعيد القري | حول هذا الموضوع`)."""
    last = subject.end
    for word in sentence.words[subject.index :]:
        if word.end > end:
            break
        if word.upos == "ADP" and strip_conjunction(normalize(word.text)) in _AFTER_THE_ISSUER:
            return last
        if word.upos != "PUNCT":
            last = word.end
    return end


def dual_or_plural(word: Word) -> bool:
    """A dual or sound plural by its ending on the lemma (الوزيران، الجانبان، محللان، مراقبون), whatever number the
    tagger wrote (it writes most duals singular)."""
    lemma = strip_article(word.lemma_key)
    return word.feat("Number") in ("Dual", "Plur") or any(
        key[:-2] == lemma and key.endswith(("ان", "ون", "ين")) for key in (strip_article(key) for key in word.keys)
    )


def plural_verb_form(word: Word) -> bool:
    """A common word written as a plural past verb is, ending in the و and the alif after it (انتقدوا، ضاقوا، حذروا):
    the tagger may call it a noun or an adjective of the plural before it, but no description or genitive of a
    group ends so (a proper noun may: أوتاوا; no verb has the article: الأونروا)."""
    key = strip_conjunction(normalize(word.text))
    return word.upos in ("NOUN", "ADJ") and len(key) > 3 and key.endswith("وا") and not key.startswith("ال")


def says_how(word: Word) -> bool:
    """An adverb of manner or order (هاتفيا، ثانيا: :data:`MANNER_ADVERBS`), with or without و/ف."""
    return any(key in MANNER_ADVERBS for key in word.keys)


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


def names_a_period(text: str) -> bool:
    """Whether a phrase opens with a year, a month or another stretch of time (`العام الماضي`، `عام 1435هـ`، `شهر آب`،
    `1435هـ`), after a ل written on it (`لعام 1435هـ`; `لعام` of للعام, which the clitic pass cuts لـ + لعام)."""
    words = text.split()
    if not words:
        return False
    first = normalize(words[0])
    if first[:1].isdigit():
        return True
    readings = {first, strip_article(first)}
    if first.startswith("ل") and len(first) > 3:
        readings |= {first[1:], strip_article(first[1:])}
    return any(reading in PERIOD_NOUNS for reading in readings)


def given_name_before_family(graph: SentenceGraph, word: Word) -> bool:
    """Whether a time word that is also a given name (صباح) starts a person's name: a word written apart follows it
    that has the article and is no time word, and is a proper noun or a listed given name with the article (`صباح |
    الخالد`، `صباح | السالم`; `صباح | الأحد` and `صباح | اليوم` are the morning)."""
    if not any(key in _TIME_GIVEN_NAMES for key in word.keys):
        return False
    following = graph.word_after(word)
    if following is None or following.start == word.end or is_time(following):
        return False
    written = normalize(following.text)
    if not written.startswith("ال") or len(written) < 5:
        return False
    return following.upos in NAME_TAGS or strip_article(written) in bundled_lexicon("given_names")


def links_name(word: Word, text: str) -> bool:
    """Whether the written word that holds `word` joins two parts of a name (بن، أبو، آل: name_links.tsv `link`)."""
    return normalize(surface(word, text)) in NAME_LINKS


def surface(word: Word, text: str) -> str:
    """The whitespace-delimited word of the text that holds `word` (`بن` even when split as ب + ن)."""
    start, end = word.start, word.end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


#: The verbal nouns of the derived verbs as written without the article (تعليق، تنظيم؛ ارتفاع؛ انسحاب؛ استخدام؛ إصدار؛
#: تعاون): after a name, with the article, the verb's object, never a family name.
_VERBAL_NOUN = re.compile(r"^(?:ت\w\wي\w|ا\wت\wا\w|ان\w\wا\w|است\w\wا\w|ا\w\wا\w|ت\wا\w\w)$")


def is_verbal_noun(stem: str) -> bool:
    """Whether a normalised word without ال is spelled as the verbal noun of a derived verb (تعليق، توزيع؛ ارتفاع؛
    انسحاب؛ استخدام؛ إصدار؛ تعاون)."""
    return _VERBAL_NOUN.match(stem) is not None


def not_a_family_name(word: Word) -> bool:
    """Whether a common noun right after a person's name is the verb's object or opens its complement, not the name's
    last word: a noun without the article, in construct (تنظيم المعرض، أنصار الحركة، نقص المياه), a definite plural
    (الاتهامات، الدول) or a definite verbal noun of a derived verb (التعليق، الارتفاع). Not a proper noun, not a nisba
    in ي (الوذيناني), not another definite singular noun: that may be the family name (رامي الصباغ، حمد العمر)."""
    if word.upos != "NOUN":
        return False
    bare = strip_conjunction(normalize(word.text))
    stem = strip_article(bare)
    if stem.endswith(("ي", "يه")):
        return False
    if not bare.startswith("ال"):
        return True
    return word.feat("Number") == "Plur" or is_verbal_noun(stem)


def definite_object(word: Word) -> bool:
    """A definite plural or verbal noun (الميليشيات، الجماعات، التعليق): the verb's object after a name, never the
    name's last word, though the entity tagger may run the name on into it (a family name with the article is a
    singular: الحربي، العمر)."""
    return word.upos == "NOUN" and strip_conjunction(normalize(word.text)).startswith("ال") and not_a_family_name(word)


#: The first halves of compound given names written apart with الدين (rules/lexicons/compound_given_names.tsv: عز، نور،
#: محيي …) and the second halves (name_ends.tsv, column second_half).
_COMPOUND_FIRST_HALVES = word_set("compound_given_names")
_COMPOUND_SECOND_HALVES = marked_words("name_ends", "second_half")


def second_name_half(word: Word) -> bool:
    """Whether a word is the second half of a compound given name written apart (الدين of عز الدين)."""
    return normalize(word.text) in _COMPOUND_SECOND_HALVES


def compound_given_name(graph: SentenceGraph, word: Word) -> bool:
    """Whether `word` opens a compound given name written apart (`عز | الدين`، `نور | الدين`, compound_given_names.tsv)
    where a name is expected: a family name after the pair (a proper noun, or a singular word with the article that is
    no time word: `عز الدين الراشدي`), or a title, rank or honorific right before it (`القاضي تاج الدين`). Alone the
    pair may be "the glory of religion" (`إن عز الدين في …`)."""
    if strip_conjunction(normalize(word.text)) not in _COMPOUND_FIRST_HALVES:
        return False
    second = graph.word_after(word)
    if second is None or second.start == word.end or not second_name_half(second):
        return False
    family = graph.word_after(second)
    if family is not None and family.start > second.end and not is_time(family):
        if family.upos in NAME_TAGS:
            return True
        written = normalize(family.text)
        if written.startswith("ال") and family.upos in ("NOUN", "ADJ") and not not_a_family_name(family):
            return True
    before = graph.word_before(word)
    return before is not None and (
        is_role_word(before, bundled_lexicon("role_nouns")) or any(key in bundled_lexicon("honorifics") for key in before.keys)
    )


def is_given_name(word: Word, names: Lexicon, graph: SentenceGraph | None = None) -> bool:
    if word.text in ("على",):  # the preposition, which normalises like the name علي
        return False
    if graph is not None and compound_given_name(graph, word):
        return True  # وزير حقوق الإنسان عز | الدين الأصبحي: a compound given name the entity tagger missed
    if graph is not None and pronoun_suffixed(graph, word) and not _name_cut_before_its_last_letter(graph, word, names):
        return False  # وأعرب عن أمله: a noun with a possessive pronoun (أمل + ه) is never a name, whatever its spelling
    if word.text == "علي" and graph is not None and _before_family_name(graph, word):
        return True  # البائع علي العامري: written with ي and before a family name, the name (left out of the lexicon)
    bare = strip_conjunction(normalize(word.text))
    # الرياض is the city, not the name رياض; names written with the article are listed so (الوليد)
    keys = [key for key in word.keys if not bare.startswith("ال") or key.startswith("ال")]
    if any(key in names for key in keys) or normalize(word.text).startswith(("عبد", "وعبد")):
        return True
    return graph is not None and before_patronymic(graph, word)


def _name_cut_before_its_last_letter(graph: SentenceGraph, word: Word, names: Lexicon) -> bool:
    """عبدالل + ه: a tokenizer that took the last letter of عبدالله for a pronoun; the word and the "pronoun" together
    are the name."""
    joined = strip_conjunction(normalize(word.text + graph.words[word.index].text))
    return joined in names or joined.startswith("عبد")


def accusative_noun(word: Word, written: str) -> bool:
    """Whether the word (`written`: as the text writes it) is an indefinite noun with the alif of the accusative and no
    vowel mark, the noun being its lemma (طلبا of طلب، فوزا of فوز): what a verb acts on, or an adverb, never a subject
    in the nominative nor part of a name (names ending in ا, أوباما، ماريا, are their own lemma)."""
    if word.upos != "NOUN" or not written.endswith("ا") or word.feat("Definite") not in (None, "Ind"):
        return False
    key = normalize(written)
    return not key.startswith(("ال", "وال")) and len(key) >= 4 and normalize(word.lemma) == key[:-1]


#: اسم ("name"), as in باسمه ("in his name") and المتحدث باسم.
NAME_NOUN = normalize("اسم")
#: rules/lexicons/reporting_participles.tsv: the participles of speech (قائلا، مشيرا، مؤكدا), never an adjective.
_SPEAKING_PARTICIPLES = word_set("reporting_participles")
#: Words in ون/ين that are no plurals of people: the tens, and nouns whose last letters only look like the ending
#: (rules/lexicons/not_sound_plurals.tsv).
_NOT_SOUND_PLURALS = word_set("not_sound_plurals")


def after_in_own_name(words: Sequence[Word], position: int) -> bool:
    """Whether `باسمه` / `باسمها` (ب + اسم + its pronoun, "in his/her name") comes within the few words before
    `position`: a باسم after it is the same phrase again, coordinated (باسمه وباسم أهالي المنطقة), no one named باسم."""
    return any(
        normalize(words[index].text) == NAME_NOUN and words[index + 1].upos == "PRON"
        for index in range(max(0, position - 4), position - 1)
    )


def plural_after_family_name(graph: SentenceGraph, word: Word) -> bool:
    """Whether `word` is a definite masculine sound plural in ين/ون right after a family name with the article (`سعود بن
    إبراهيم الشريم | المسلمين بتقوى الله`), or one in construct (`وهنأ الدكتور فلان الشمراني | منسوبي الهيئة`): the
    people the verb acts on, not a second family name, whatever the tagger called it; a family name in ين after a given
    name (محمد بن صالح العثيمين) is no such word."""
    before = graph.word_before(word)
    if before is None or before.upos not in NAME_TAGS or not article(before):
        return False
    if not article(word):
        return _participle_plural_in_construct(graph, word)
    bare = strip_article(strip_conjunction(normalize(word.text)))
    return bare.endswith(("ين", "ون")) and sound_plural(bare)


def _participle_plural_in_construct(graph: SentenceGraph, word: Word) -> bool:
    """Whether `word` is a participle's masculine sound plural in construct, accusative or genitive, before a definite
    noun (`منسوبي | الهيئة`، `موظفي | الشركة`، `مسؤولي | الوزارة`): مـ, then a stem, then the ي that is left of ين; the
    noun after it has the article."""
    if not _participle_plural_in_construct_written(word):
        return False
    after = graph.word_after(word)
    while after is not None:
        # مديري | ومنسوبي الإدارات: a second plural joined by و (cut off it, or left on it), in construct with the same noun
        left_on = normalize(after.text).startswith("و") and _participle_plural_in_construct_written(after)
        if normalize(after.text) != "و" and not left_on:
            break
        second = after if left_on else graph.word_after(after)
        if second is None or not _participle_plural_in_construct_written(second):
            return False
        after = graph.word_after(second)
    return after is not None and after.upos in ("NOUN", *NAME_TAGS) and article(after)


def _participle_plural_in_construct_written(word: Word) -> bool:
    """Whether a word is written as a participle's masculine sound plural in construct, accusative or genitive: مـ, a
    stem, the ي left of ين (منسوبي، مديري، موظفي), without the article."""
    bare = strip_conjunction(normalize(word.text))
    return len(bare) >= 5 and bare.startswith("م") and bare.endswith("ي") and not article(word)


def construct_plural(bare: str) -> bool:
    """Whether a word (normalised, without ال) is written as a masculine sound plural in construct, the nominative
    that drops its ن (منظمو الملتقى، مسؤولو الوزارة): see sound_plural."""
    return len(bare) >= 5 and bare.endswith("و") and not bare.endswith("يو")


def sound_plural(bare: str) -> bool:
    """Whether a word (normalised, without ال) is written as a masculine sound plural (مهندسون، لاعبين، المسؤولين،
    الفلسطينيين، منظمو in construct): the ending ون/ين after a stem of three letters or more, not a broken plural whose ين is its own
    (قوانين، ملايين، ميادين: a stem of four letters with ا third), a feminine dual (مرتين، دولتين) or a ten."""
    if construct_plural(bare):
        return True  # منظمو، مسؤولو: in construct (منظمو الملتقى)
    if len(bare) < 5 or not bare.endswith(("ون", "ين")) or bare in _NOT_SOUND_PLURALS:
        return False
    stem = bare[:-2]
    return not (len(stem) == 4 and stem[2] == "ا") and not bare.endswith("تين")



def noun_before_its_accusative_adjective(graph: SentenceGraph, word: Word) -> bool:
    """Whether `word` and the word right after it are written with the alif of the accusative, the second an
    indefinite adjective (`فوزا هائلا`، `دعما كبيرا`): a noun and its adjective, a verb's object, though the tagger
    called the noun a proper noun and the parse hung it on a name; a name is definite and takes no indefinite
    adjective."""
    after = graph.word_after(word)
    key = normalize(word.text)
    return (
        after is not None
        and after.upos == "ADJ"
        and after.feat("Definite") == "Ind"
        and key.endswith("ا")
        and normalize(after.text).endswith("ا")
        and key not in PLACE_NAMES
        and normalize(after.text) not in _SPEAKING_PARTICIPLES  # وكشف ممثل فرنسا | قائلاً: the cue's participle
    )


def name_like(word: Word, name_words: list[Word], names: Lexicon, graph: SentenceGraph, text: str) -> bool:
    """Can `word` go on the name `name_words` begun? A name, a given name, any word right after the given name
    or after بن/آل/أبو (محمد عبده، سالم الوذيناني), later (and after a family name with ال that opens it) only family
    names and nisbas with ال: not a common noun (عبدالعزيز المهوس | أبرز ملامح خطة …، صالح الأحمد | نجاح …)."""
    if pronoun_suffixed(graph, word):
        return False  # يعزو ناصر أسبابها: a noun with a possessive pronoun is the verb's object, never a name's part
    written = surface(word, text)
    if accusative_noun(word, written) or noun_before_its_accusative_adjective(graph, word):
        return False  # وحقق بارتوميو | فوزا هائلا: the victory he won, the verb's object
    if plural_after_family_name(graph, word):
        return False  # أوصى الشيخ فلان الشريم | المسلمين بتقوى الله: whom he advised
    if word.upos in ("PROPN", "X") or is_given_name(word, names, graph):
        return True
    if links_name(name_words[-1], text):
        return True
    if len(name_words) == 1 and not strip_conjunction(normalize(surface(name_words[0], text))).startswith("ال"):
        return True  # (after a family name with ال, a common noun is the verb's: المهندس العتيبي | أعمال الصيانة)
    return strip_conjunction(normalize(written)).startswith("ال")


#: A feminine noun the tokenizer left whole with its pronoun (جاهزيتهم، رغبتها، مشاركتنا: ة is written ت before it); with
#: ه only after four letters (زيارته، مشاركته), where a name rarely ends so (شحاته، فرشته have three).
_NOUN_WITH_ITS_PRONOUN = re.compile(r"\w{3,}ت(?:ها|هم|هن|هما|كم|كما|نا)$|\w{4,}ته$")


#: Pronouns written on the end of a noun, longest first (هما before ها and ه).
_PRONOUN_ENDINGS = ("هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه")


def role_with_its_pronoun(word: Word, roles: Lexicon) -> bool:
    """Whether a word is a role noun with a pronoun written on its end (زوجته، محاميها، مستشاره: "his wife", "her
    lawyer"), whatever the tagger called it: a description of the person named after it, never part of the name."""
    key = normalize(word.text)
    for ending in _PRONOUN_ENDINGS:
        stem = key[: -len(ending)]
        if key.endswith(ending) and len(stem) >= 3:
            # the feminine ending is written ت before the pronoun (زوجت + ه of زوجة)
            stems = (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)
            if any(roles.lookup(candidate) is not None for candidate in stems):
                return True
    return False


def pronoun_suffixed(graph: SentenceGraph, word: Word) -> bool:
    """Whether a pronoun is glued to the end of `word` (أسباب + ها), or written in it where the tokenizer left a
    feminine noun whole with its pronoun (جاهزيتهم: the tagger calls the unseen word a name)."""
    following = graph.word_after(word)
    if following is not None and following.upos == "PRON" and following.start == word.end:
        return True
    return word.upos in NAME_TAGS and _NOUN_WITH_ITS_PRONOUN.match(normalize(word.text)) is not None


def name_after_link(previous: Word, word: Word, text: str) -> bool:
    """`وليد بن على الجلال`: after بن/ابن/بنت the next word is a name, even one spelled like a preposition (على)."""
    return surface(previous, text) in ("بن", "ابن", "بنت") and word.upos not in ("PUNCT", "VERB", "SCONJ")


def _before_family_name(graph: SentenceGraph, word: Word) -> bool:
    """Whether a proper noun or a nisba with the article (العامري، النعيمي) follows the word."""
    following = graph.word_after(word)
    if following is None:
        return False
    return following.upos in ("PROPN", "X") or (following.text.startswith("ال") and following.text.endswith("ي"))


#: A preposition written on a word with the article (للشركة، بالمنطقة): the word is a common noun, no name.
_PREPOSITION_ON_ARTICLE = ("لل", "بال", "كال", "ولل", "وبال")


def before_patronymic(graph: SentenceGraph, word: Word) -> bool:
    """`عاطي بن عطية`: whatever stands before بن/بنت is a given name, whatever a small parser tagged it; but for a
    word written with a preposition on its article (`الرئيس التنفيذي للشركة | بن فان بيوردن`: بن is the given name
    Ben), which no name is."""
    following = graph.word_after(word)
    if following is None or following.text not in ("بن", "بنت") or word.upos in ("ADP", "PUNCT"):
        return False
    return not preposition_on_article(graph, word)


def preposition_on_article(graph: SentenceGraph, word: Word) -> bool:
    """Whether the written word that holds `word` is a preposition on a definite noun (للشركة، بالمنطقة): a common
    noun, never a person's given name (nor one before بن)."""
    return normalize(surface_of(word, graph)).startswith(_PREPOSITION_ON_ARTICLE)


def _nisba(written: str) -> bool:
    """A definite relative adjective (اليوناني، السعودي): where someone is from."""
    bare = normalize(written)
    return bare.startswith(("ال", "وال")) and bare.endswith("ي")


def nationality(word: Word, roles: Lexicon, text: str) -> bool:
    """A nationality standing alone before a name (أكد اليوناني دونيس): no title."""
    return _nisba(surface(word, text)) and not is_role_word(word, roles)


def nationality_phrase(role: Span, roles: Lexicon) -> bool:
    """A role that is one nationality word and no listed title."""
    words = role.text.split()
    if len(words) != 1 or normalize(words[0]).startswith("وال"):
        return False
    bare = normalize(words[0])
    return _nisba(bare) and roles.lookup(strip_article(bare), bare) is None


#: How compound given names of men open (عبد "servant of", أبو "father of"), normalised.
_MEN_NAME_OPENINGS = (normalize("عبد"), normalize("أبو"))


#: The words that, right after a person's first name, say "son of" or "daughter of" (rules/lexicons/name_links.tsv).
_SAYS_MAN = name_link_words("says_man")
_SAYS_WOMAN = name_link_words("says_woman")


def person_gender(
    first_name: str | None, role_head: str | None, names: Lexicon | None, roles: Lexicon, *, second_word: str | None = None
) -> str | None:
    """"Masc" or "Fem" as a person's given name says (the lexicon's gender column), else the name's second word (`بن`
    "son of", `بنت` "daughter of": فهد بن سالم whatever فهد is), else their title (وزير، الناطقة: a feminine title ends
    in ة); None where none says. The words bare: normalised, without the article."""
    if first_name and names is not None:
        entry = names.lookup(first_name)
        if entry is not None and entry.get("gender") in ("m", "f"):
            return "Masc" if entry.get("gender") == "m" else "Fem"
    if first_name and first_name.startswith(_MEN_NAME_OPENINGS) and len(first_name) > 4:
        return "Masc"  # عبدالحسين، عبدربه، أبوزيد: "servant of …", "father of …" name a man, listed or not
    if second_word in _SAYS_MAN or second_word in _SAYS_WOMAN:
        return "Masc" if second_word in _SAYS_MAN else "Fem"
    entry = roles.lookup(role_head) if role_head else None
    if role_head and entry is not None and entry.get("kind") in ("job", "rank", "title"):
        return "Fem" if normalize(role_head).endswith("ه") else "Masc"
    return None


def name_gender(name: Sequence[str], role_head: str | None, names: Lexicon | None, roles: Lexicon) -> str | None:
    """:func:`person_gender` of a name's bare words (its first word, and the second: `بن`، `بنت`) and a title's head."""
    return person_gender(name[0] if name else None, role_head, names, roles, second_word=name[1] if len(name) > 1 else None)


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


def heads_a_construct(sentence: SentenceGraph, word: Word) -> bool:
    """Whether a word without the article has a noun written apart right after it: the head of a construct
    (سفير | خادم الحرمين الشريفين، قائد | اللواء). After a name, a title heading one is the person's role, not a part
    of the name (read by the subject step and by the mention of a name the entity tagger ran on)."""
    if normalize(word.text).startswith("ال"):
        return False
    following = sentence.word_after(word)
    return following is not None and following.start > word.end and following.upos in ("NOUN", "PROPN", "X")


def before_preposition(sentence: SentenceGraph, word: Word) -> bool:
    """Whether a preposition written apart follows the word (القيادي | في حزب …)."""
    following = sentence.word_after(word)
    return following is not None and following.upos == "ADP" and following.start > word.end


#: A word of a dateline: no space, slash, colon, line break, dash or sentence punctuation.
_DATELINE_WORD = r"[^\s/:\n–—\-.،,؛ـ][^\s/:\n–—\-.،,؛]*"
#: The dateline that opens an article, before its first sentence: the writer or the agency and the place, on either
#: side of a dash, then a slash, a colon or a line break (`محمد الشراري – طبرجل /`، `الرياض - واس`، `بدر الجبل – سبق-
#: تبوك:`، `جدة – سعيد الغامدي:`).
#: A dateline's dash: a dash, or a tatweel standing alone between spaces (`عبدالكريم الحمد ـ الرياض /`).
_DATELINE_DASH = r"(?:[–—-]|(?<=\s)ـ(?=\s))"
_DATELINE = re.compile(
    rf"\s*(?:{_DATELINE_WORD}\s+){{0,3}}{_DATELINE_WORD}\s*{_DATELINE_DASH}\s*(?:{_DATELINE_WORD}\s*){{1,4}}"
    rf"(?:{_DATELINE_DASH}\s*(?:{_DATELINE_WORD}\s*){{1,3}})?(?=[/:\n])"
)


#: rules/lexicons/tag_lines.tsv: the words that open the keywords a news site lists after the article (سمات).
_TAG_WORDS = word_set("tag_lines")
#: The most words a list of keywords holds.
_TAG_LINE_WORDS = 16
#: What ends the sentence before the keywords, or the text's start.
_SENTENCE_END = frozenset(".!؟?\n»\"”")


def tag_line_start(text: str) -> int:
    """Where the keywords a news site lists after the article start (`… خمس مراحل. سمات بيتوركا منصور البلوي …`), at
    the text's end after a sentence's end, with no mark among them: no mention is read there (the names listed run
    together); len(text) where the text ends with none."""
    ended = text.rstrip()
    # the last words only (the loop reads no word before the last _TAG_LINE_WORDS + 1): asked of every document, by
    # the finders and the resolver, which need not split a whole article for it
    words = ended.rsplit(maxsplit=_TAG_LINE_WORDS + 1)
    for back in range(1, min(len(words), _TAG_LINE_WORDS + 1)):
        word = words[-back - 1]
        if normalize(word) in _TAG_WORDS:
            start = ended.rfind(" ".join(words[-back - 1 :]))
            before = text[:start].rstrip()
            listed = " ".join(words[-back:])
            if start > 0 and (not before or before[-1] in _SENTENCE_END) and not any(mark in listed for mark in ".،,:؛!؟?"):
                return start
            break
        if any(mark in word for mark in ".،,:؛!؟?\n"):
            break
    return len(text)


def dateline_end(text: str) -> int:
    """Where the dateline that opens the article ends (0 where there is none): the reporter or agency it names wrote
    the article and is never one of its sources (`محمد الشراري – طبرجل / أبدى عدد كبير من المواطنين …`)."""
    found = _DATELINE.match(text)
    return found.end() if found is not None else 0
