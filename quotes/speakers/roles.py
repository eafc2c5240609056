"""The role a source is given: before the name (`وزير الخارجية الروسي سيرجي لافروف`), after it as an
apposition (`جو ستيرنليب، رئيس …`), between dashes, in a `وهو …` clause (`فلاديمير فرولوف، وهو دبلوماسي
روسي سابق`), or as a job written after the name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from quotes.cleantext import TATWEEL
from quotes.grammar.loader import name_link_words, word_set
from quotes.graph import SentenceGraph, Word
from quotes.lexicon import Lexicon
from quotes.model import Span
from quotes.normalize import end_before_spaces, normalize, strip_article, strip_conjunction
from quotes.quotemarks import NAME_MARKS
from quotes.speakers.mention import SPEECH_WORDS, YEARS, is_addressee, names_someone, reduced_relative
from quotes.speakers.words import (
    ADDRESSEE_HEADS,
    BODY_HEAD_NOUNS,
    CIRCUMSTANCE_HEADS,
    MEDIUM_PREPOSITIONS,
    NAME_LINKS,
    NAME_TAGS,
    PEOPLE_PLURALS,
    QUANTIFIERS,
    RELATIVE_PRONOUNS,
    article,
    before_preposition,
    in_parentheses,
    is_given_name,
    is_job_word,
    is_role_word,
    is_time,
    job_kind,
    kin_in_construct,
    links_name,
    only_honorifics,
    prayer_starts,
    qualifies_rank,
    role_entry,
    span_of,
    strip_honorifics,
    surface,
    under_whom,
    with_abbreviation_period,
    written_accusative,
)

_HUWA = re.compile(r"^\s*[،,]?\s*و(هو|هي|هما|هم)\s+")


def title_clause_role(graph: SentenceGraph, head: Word, text: str, roles: Lexicon) -> Span | None:
    """`ماركوس ويبر المستشار القانوني لفيسبوك`: a title after a named person that the tagger called an adjective."""
    if not names_someone(graph, head):
        return None
    for child in graph.children(head.index):
        if child.index > head.index and reduced_relative(graph, child) and is_role_word(child, roles):
            if any(own.base_deprel == "case" and own.index < child.index for own in graph.children(child.index)):
                continue  # وأضاف الشنير لـ"الاقتصادية": a noun after a preposition is whom he told (a newspaper), no title
            return before_circumstance(graph, _subtree_span(graph, child, text, name=head), text)
    return None


def appos_role(graph: SentenceGraph, head: Word, text: str, prayers: Lexicon | None = None) -> Span | None:
    """The phrase in apposition after `head` (or after a word of its name) that says who it is, but a prayer written
    there for the person (`prayers`, the rules' prayer_formulas: رحمه الله، حفظه الله) or an age (`بليجريني (61
    عاما)`: how old, not who)."""
    for candidate in (head, *[child for child in graph.children(head.index) if child.deprel.startswith("flat")]):
        for child in graph.children(candidate.index):
            if (
                child.base_deprel == "appos"
                and child.index > head.index
                and not in_parentheses(graph, child)
                and not is_time(child)
                and not _counts_years(graph, child)
            ):
                role = before_circumstance(graph, _subtree_span(graph, child, text, name=head), text)
                first = graph.words_within(role.start, role.end)[:1] if role is not None else []
                if first and prayer_starts(first[0], text, prayers):
                    continue  # وأكد الأمير عبدالله الفيصل -رحمه الله- أن …: a prayer for him, not who he is
                return role
    return None


def _counts_years(graph: SentenceGraph, word: Word) -> bool:
    """Whether the word counts years with a number before it or under it (61 عاما، 45 سنة): an age."""
    if not any(key in YEARS for key in word.keys):
        return False
    before = graph.word_before(word)
    return (before is not None and before.upos == "NUM") or any(child.upos == "NUM" for child in graph.children(word.index))


def _subtree_span(graph: SentenceGraph, child: Word, text: str, name: Word | None = None) -> Span | None:
    """The span of `child`'s phrase (its subtree, without `child` itself where that is a punctuation mark), and, after
    a title, the prepositional phrases the parse hung on the `name` instead, written right after it (`بيار لوران
    المدير السابق | للتجارب في المديرية العامة`: للتجارب under the name); a name takes no such phrase of its own,
    and where or to whom the person spoke is cut off afterwards (before_circumstance)."""
    words = [word for word in graph.subtree(child.index) if word.base_deprel != "punct" or word.index != child.index]
    if name is not None and words:
        for sibling in graph.children(name.index):
            phrase = graph.subtree(sibling.index)
            if sibling.index <= words[-1].index:
                continue
            adjacent = phrase[0].index == words[-1].index + 1
            if not adjacent or sibling.base_deprel != "nmod" or not any(own.base_deprel == "case" for own in graph.children(sibling.index)):
                break
            if text.startswith("لـ", phrase[0].start):
                break  # لـ"الاقتصادية": whom the person told
            words = [*words, *phrase]
    return span_of(words, text)


def huwa_role(graph: SentenceGraph, speaker: Span, text: str, limit: int) -> Span | None:
    """`X، وهو دبلوماسي روسي سابق رفيع المستوى: "…"` → the description after وهو, up to an addressee (`وهو سياسي
    محلي | لرويترز عبر الهاتف إن …`)."""
    found = _HUWA.match(text[speaker.end : limit])
    if not found:
        return None
    start = speaker.end + found.end()
    end = _role_end(text, start, limit)
    described = graph.words_within(start, end)
    one_of = found.group(1) in ("هو", "هي") and _partitive_description(described)
    # وهي أيضا تقيم بالخارج: an adverb (أيضا، كذلك) before the clause's first word says nothing of what it is
    first = next((word for word in described if word.upos != "ADV"), None)
    if first is not None and _circumstance(first, text) and not one_of:
        # (وهو من المخضرمين في الحزب: one person, one of them, a description; وهم من الديمقراطيين says where a group
        # stands, no post)
        return None  # ويضيف كريم وهو يقود الشاحنة: …: what he was doing as he spoke, not who he is
    if first is not None and first is not described[0]:
        start, described = first.start, described[described.index(first) :]  # وهو أيضا | عضو في …: the role opens after
    addressee = next((word for word in described[1:] if is_addressee(graph, word)), None)
    if addressee is not None:
        end = min([word.start for word in described if word.index <= addressee.index and word.head == addressee.index] + [addressee.start])
        while end > start and text[end - 1].isspace():
            end -= 1
    end = _before_full_stop(described, end, text)  # …، وهي هيئة تابعة للأمم المتحدة.: the sentence's full stop
    if end - start < 2:
        return None
    return Span.from_offsets(text, start, end)


#: `، الذي | التي` after a name: a relative clause that may say what the person is (relative_role).
_RELATIVE = re.compile(r"^\s*[،,]?\s*(الذي|التي)\s+")
#: `وهو | وهي` inside a relative clause, the description after it (`التي قادت الدراسة | وهي باحثة في …`).
_HUWA_INSIDE = re.compile(r"\sو(هو|هي)\s")
#: Verbs that say which post a person holds (يعمل، يشغل، تولى، يعد: rules/lexicons/office_verbs.tsv), normalised.
_OFFICE_VERBS = word_set("office_verbs")
#: Nouns between such a verb and the title (منصب، وظيفة، مهمة: rules/lexicons/post_nouns.tsv), normalised.
_POST_NOUNS = word_set("post_nouns")


def relative_role(graph: SentenceGraph, speaker: Span, text: str, limit: int) -> Span | None:
    """`فلان، الذي يعمل مساعد مدير قسم الخدمات المهنية بجامعة …، إن …` → the post the relative clause says the person
    holds, after a verb of holding one (`يعمل`، `يشغل منصب`، `شغل منصب`، `يعد`: office_verbs.tsv, post_nouns.tsv); or,
    where the clause says something else of the person, the description a `وهو`/`وهي` in it gives (`وقالت فلانة التي
    قادت الدراسة وهي باحثة في مجال الصحة …`: huwa_role). A clause of what the person did is no role (`الذي زار …`)."""
    found = _RELATIVE.match(text[speaker.end : limit])
    if not found:
        return None
    start = speaker.end + found.end()
    clause_end = _role_end(text, start, limit)
    words = graph.words_within(start, clause_end)
    if not words:
        return None
    if normalize(words[0].text) in _OFFICE_VERBS:
        held = words[1:]
        if held and strip_article(normalize(held[0].text)) in _POST_NOUNS:
            held = held[1:]
        if not held or not (held[0].upos in ("NOUN", "ADJ", "PROPN", "X") or _partitive_description(held)):
            return None  # الذي يعمل في الشركة منذ …: where he works, no post
        end = _before_full_stop(held, clause_end, text)
        return Span.from_offsets(text, held[0].start, end) if end - held[0].start >= 2 else None
    inside = _HUWA_INSIDE.search(text, start, clause_end)
    if inside is None:
        return None
    return huwa_role(graph, Span.from_offsets(text, start, inside.start()), text, limit)


#: A short phrase in quotation marks right after a name (`فلان «بائع» أن …`، `فلان ”شاهد عيان“ إن …`; news writes the
#: marks either way round).
_MARKED_AFTER_NAME = re.compile(r"^\s*[«\"“”]([^«»\"“”\n]{2,40})[»\"”“]")


def marked_role(graph: SentenceGraph, speaker: Span, text: str, limit: int, roles: Lexicon) -> Span | None:
    """`بدوره أوضح فلان «بائع» أن …`، `وقال فلان ”شاهد عيان“ إن …`: a description of up to three words in quotation
    marks right after the name, before the sentence goes on, is the person's role (the marks are no part of it), where
    it opens with a role noun without the article (role_nouns.tsv): a name in marks (`صحيفة «الرياض»`، `«أبو محمد»`)
    or a word of what was said (`قال فلان "نعم".`) is none."""
    found = _MARKED_AFTER_NAME.match(text[speaker.end : limit])
    if not found:
        return None
    start, end = speaker.end + found.start(1), speaker.end + found.end(1)
    following = text[speaker.end + found.end() :].lstrip(" ")
    if not following or following[0] in ".!؟?\n":
        return None  # the sentence ends with the marks: what was said, or a name
    words = graph.words_within(start, end)
    if not 1 <= len(words) <= 3 or any(word.upos not in ("NOUN", "ADJ", "PROPN", "X", "VERB") for word in words):
        return None  # (the tagger reads a word in marks as a name, «بائع»/PROPN, or as a verb, ”شاهد/VERB عيان“)
    first = normalize(words[0].text)
    if first.startswith("ال") or first in NAME_LINKS or not is_role_word(words[0], roles):
        return None  # «الرياض»، «أبو محمد»: a name; «تويتر»: no description of a person
    return Span.from_offsets(text, words[0].start, words[-1].end)


def _before_full_stop(words: Sequence[Word], end: int, text: str) -> int:
    """`end`, or before the sentence's full stop where a description's words end with it (`… للأمم المتحدة.`)."""
    if len(words) > 1 and words[-1].text in _FULL_STOPS and words[-1].end == end:
        return end_before_spaces(text, words[-1].start)
    return end


def _partitive_description(words: Sequence[Word]) -> bool:
    """Whether a phrase opens with من and a definite plural or a superlative: one of a kind of people (`من المخضرمين في
    الحزب`، `من أبرز الخبراء`, a description), not where someone is or comes from (`من جدة`، `من منزله`)."""
    if len(words) < 2 or normalize(words[0].text) != "من":
        return False
    second = words[1]
    written = normalize(second.text)
    superlative = second.upos == "ADJ" and len(written) == 4 and written.startswith("ا")
    return superlative or (second.upos in ("NOUN", "ADJ") and second.feat("Number") == "Plur" and written.startswith("ال"))


def _circumstance(first: Word, text: str) -> bool:
    """Whether the word a `وهو …` clause opens with makes it a circumstance, not a description: a verb (وهو يقود
    الشاحنة، وهو يراقب …), a preposition (وهو على يقين …) or an indefinite accusative (وهو ممسكاً كيساً: the ḥāl);
    a description opens with a noun or adjective in the nominative (وهو دبلوماسي روسي سابق)."""
    if first.upos in ("VERB", "AUX", "ADP", "SCONJ", "PART"):
        return True
    written = text[first.start : first.end].rstrip(TATWEEL)
    return first.upos in ("NOUN", "ADJ") and first.feat("Definite") != "Def" and written_accusative(written)


def _circumstantial_accusative(first: Word, text: str, roles: Lexicon) -> bool:
    """Whether a role noun after a name is written in the indefinite accusative (طالباً منه الدعاء: "asking him",
    the ḥāl of the verb before): an apposition takes the name's case, so this is no role; the noun as written (the
    accusative's alif kept) is not itself listed."""
    written = normalize(text[first.start : first.end].rstrip(TATWEEL))
    return (
        first.upos in ("NOUN", "ADJ", "PROPN", "X")
        and first.feat("Definite") != "Def"
        and not written.startswith("ال")
        and written.endswith("ا")
        and written not in roles
    )


def comma_role(graph: SentenceGraph, speaker: Span, text: str, limit: int, roles: Lexicon) -> Span | None:
    """`أندري كورتونوف، رئيس مجلس الشؤون الدولية الروسي: "…"` → the phrase after the comma, headed by a role noun (news
    also sets it off with a semicolon: `عثمان مالي؛ المتحدث الإعلامي للأمانة، أن …`); or between dashes (`أحمد السالم
    –مقيم مصري- أن …`), or after a dash up to the colon before the speech (`رياض الأشقر - الناطق الإعلامي للمركز: إن`)."""
    found = re.match(r"\s*([،,؛;]|[-–—])\s*", text[speaker.end : limit])
    if not found:
        return None
    start = speaker.end + found.end()
    first = next((word for word in graph.words if word.start == start), None)
    if first is None or not is_role_word(first, roles) or _circumstantial_accusative(first, text, roles):
        return None
    if first.feat("Number") in ("Plur", "Dual") and " و" not in text[speaker.start : speaker.end]:
        return None  # ودعا المهندس الحربي، المواطنين إلى …: a plural after one person's name is whom he addressed
    if found.group(1) in _DASHES:
        # `أحمد السالم –مقيم مصري- أن …`: the role between dashes, whatever word the parse hung it on
        close = min((position for dash in _DASHES if (position := text.find(dash, start, limit)) != -1), default=-1)
        if close != -1:
            limit = end_before_spaces(text, close)
        elif ":" not in text[start:limit]:
            return None  # (`وقال فلان - الناطق الإعلامي للجمعية: إن …`: a colon closes it, before what he said)
    end = _role_end(text, start, limit)
    while end > start and text[end - 1] == ".":
        end -= 1  # (…، وفقا لما أوضحته فلانة، مديرة قسم الإحصاء في الهيئة.: the sentence's full stop is no part of it)
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


def ranked_name(graph: SentenceGraph, phrase: Span, text: str, roles: Lexicon, honorifics: Lexicon) -> Span | None:
    """The name in `phrase` when it is a rank or honorific and a name (اللواء سالم الزهراني), else None."""
    words = graph.words_within(phrase.start, phrase.end)
    first = next((position for position, word in enumerate(words) if _name_word(graph, word)), None)
    if not first or not all(is_role_word(word, roles) or any(key in honorifics for key in word.keys) for word in words[:first]):
        return None
    rest = words[first:]
    return span_of(rest, text) if all(word.upos in (*NAME_TAGS, "NOUN") or _name_word(graph, word) for word in rest) else None


def _name_word(graph: SentenceGraph, word: Word) -> bool:
    """A proper noun, or the given name علي that the tagger read as the preposition على before a proper noun
    (`المقدم علي | عمير آل جرمان`: written with ي, and a name follows)."""
    if word.upos in NAME_TAGS:
        return True
    following = graph.word_after(word)
    return word.text == "علي" and following is not None and following.upos in NAME_TAGS


def honoured_name(
    graph: SentenceGraph, phrase: Span, text: str, honorifics: Lexicon, roles: Lexicon | None = None
) -> Span | None:
    """The proper-noun name after the last honorific inside `phrase` (… الأمير فيصل بن خالد), or after an academic
    title or a rank (`roles` kinds title, rank: … المنسق العام للمسابقة الدكتور عبدالرحمن السلمي), running to its end."""
    words = graph.words_within(phrase.start, phrase.end)
    for position in range(len(words) - 2, 0, -1):
        opener, first = words[position], words[position + 1]
        titled = roles is not None and job_kind(opener, roles) in ("title", "rank")
        if (titled or any(key in honorifics for key in opener.keys)) and first.upos in NAME_TAGS:
            if all(word.upos in (*NAME_TAGS, "NOUN") for word in words[position + 1 :]):
                return span_of(words[position + 1 :], text)
            return None
    return None


#: The marks that end a sentence, which a description running to its end leaves out.
_FULL_STOPS = frozenset(".!؟?")


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


_DANGLING = re.compile(r"\s+(?:ل|لـ+|ب|بـ+|عن|على|إلى|الى|في|من|مع)\s*$")


def _without_dangling_preposition(text: str, start: int, end: int) -> int:
    """A role never ends with a preposition cut off from its noun (المتحدث باسم الحكومة لـ|«الشرق الأوسط»: the
    addressee in quotation marks stopped the role after its ل; مدير عام التعليم بالمنطقة | عن سعادته: the cue's own
    preposition, where the content after it stopped the role)."""
    found = _DANGLING.search(text, start, end)
    return found.start() if found is not None else end


def only_a_rank(graph: SentenceGraph, role: Span | None, roles: Lexicon, honorifics: Lexicon) -> bool:
    """Whether a role before a name is only ranks, academic titles and honorifics (المهندس، العقيد، د.، الفريق الركن):
    no job or description of what the person does."""
    if role is None:
        return False
    words = [word for word in graph.words_within(role.start, role.end) if word.upos != "PUNCT"]
    ranked = False
    for position, word in enumerate(words):
        following = words[position + 1] if position + 1 < len(words) else None
        if (
            job_kind(word, roles) in ("rank", "title")
            or (
                # الأستاذ الدكتور: a job noun right before a title is an academic rank, no job
                following is not None and job_kind(following, roles) == "title" and normalize(word.text).startswith("ال")
            )
            or (len(words) == 1 and _courtesy_title(word, roles))
        ):
            ranked = True
        elif not any(key in honorifics for key in word.keys) and not (ranked and qualifies_rank(word)):
            return False
    return ranked


def yields_to_job_after(graph: SentenceGraph, role: Span | None, roles: Lexicon, honorifics: Lexicon) -> bool:
    """Whether a role before a name gives way to the job written right after the name: only ranks and titles
    (`only_a_rank`: `العقيد فلان المتحدث الرسمي للشرطة`), or one bare definite job noun that the phrase after the name
    spells out (`الرئيس فلان رئيس الجمهورية`، `الباحث فلان أستاذ الإعلام في …`)."""
    if only_a_rank(graph, role, roles, honorifics):
        return True
    if role is None:
        return False
    words = [word for word in graph.words_within(role.start, role.end) if word.upos != "PUNCT"]
    return len(words) == 1 and job_kind(words[0], roles) == "job" and normalize(words[0].text).startswith("ال")


def _courtesy_title(word: Word, roles: Lexicon) -> bool:
    """`الأستاذ` written alone before a name: a courtesy title like الدكتور (role_nouns.tsv column `courtesy`)."""
    entry = role_entry(word, roles)
    return entry is not None and entry.get("courtesy") == "yes" and normalize(word.text).startswith("ال")


#: what may stand between a name and the job written after it: nothing, a comma, or a dash that opens an aside
_AFTER_NAME = re.compile(r"\s*([،,]|[–—-])?\s*")


#: The dash that closes a role opened by one: after a space, or glued to the role's last word (`-أستاذ الإعلام-`).
_CLOSING_DASH = re.compile(r"\s[–—-]|[–—-](?=\s|$)")


def job_after_name(graph: SentenceGraph, speaker: Span, text: str, limit: int, roles: Lexicon) -> Span | None:
    """The job written right after a name (`خالد العتيبي مدير عام المياه بمنطقة حائل`، `سامي الحربي – عضو هيئة
    التدريس –`): a phrase headed by a job noun, in construct or definite, up to a stop or the content."""
    found = _AFTER_NAME.match(text, speaker.end, limit)
    if found is None or found.end() >= limit:
        return None
    start = found.end()
    first = next((word for word in graph.words if word.start == start), None)
    if first is None or job_kind(first, roles) != "job" or first.upos not in ("NOUN", "ADJ", "PROPN"):
        return None  # (PROPN: سعد العمري | وكيل وزارة النقل, a job the parse ran on into the name)
    if first.feat("Number") in ("Plur", "Dual"):
        return None  # واستقبلت المديرة فلانة | الطالبات في …: people in the plural are the verb's object, no one's job
    if _circumstantial_accusative(first, text, roles):
        return None  # استأذن فهيد من مبارك طالباً منه الدعاء: asking him to pray, no student
    following = graph.word_after(first)
    if following is None or following.upos == "PUNCT" or following.start >= limit:
        return None  # a bare noun after the name (محمد أمين) may be the name's last word
    end = _role_end(text, start, limit)
    if found.group(1) in ("–", "—", "-"):
        dash = _CLOSING_DASH.search(text[start:end])
        end = start + dash.start() if dash else end
    end = _before_others_named(text, start, end)
    return before_circumstance(graph, Span.from_offsets(text, start, end), text) if end - start >= 2 else None


def _before_others_named(text: str, start: int, end: int) -> int:
    """Where a job after a name ends before other people named beside the person with و and a quantity word
    (`حمدان المطيري مدير الأمن العام | وعدد من القيادات`); `end` where none are."""
    offset = start
    for written in text[start:end].split():
        offset = text.index(written, offset)
        bare = normalize(written)
        if bare.startswith("و") and strip_article(bare[1:]) in QUANTIFIERS:
            return end_before_spaces(text, offset)
        offset += len(written)
    return end


def description_after_name(graph: SentenceGraph, speaker: Span, text: str, limit: int, roles: Lexicon) -> Span | None:
    """A description written right after a name, with no comma, in construct with what it describes (`جوناثان ريد أحد
    كبار المستثمرين في القطاع`، `بيتر هانسن مسؤول الإطفاء في المدينة`، `دانيال كوهين كبير الاقتصاديين`): an apposition
    that says who the person is (the role), not a group and no part of the name."""
    found = _AFTER_NAME.match(text, speaker.end, limit)
    if found is None or found.group(1) is not None or found.end() >= limit:
        return None
    first = next((word for word in graph.words if word.start == found.end()), None)
    if first is None or not described_in_construct(graph, first, roles, limit):
        return None
    end = _role_end(text, first.start, limit)
    inside = graph.words_within(first.start, end)
    stop = next((word for word in inside[1:] if _ends_description(word, text)), None)
    if stop is not None:
        # إبراهيم العساف وزير المالية | أكد …، عبدالله بادغيش نائب رئيس النادي | لـ(المدينة): the subject's own verb,
        # or whom he told; نائب وزير النقل | أمس الخميس: when he spoke; وزيرة الخارجية السابقة | والتي تسعى: a clause
        # about her
        before = graph.word(stop.index - 1)
        if before.upos == "CCONJ" and before.index > first.index and normalize(stop.text) in RELATIVE_PRONOUNS:
            stop = before  # (و + التي)
        end = _without_dangling_preposition(text, first.start, end_before_spaces(text, stop.start))
    return before_circumstance(graph, Span.from_offsets(text, first.start, end), text) if end - first.start >= 2 else None


_FROM_AFTER_NAME = re.compile(r"\s*[،,]?\s*من\s+")
#: Where an affiliation after a name ends: at a colon, a comma, a semicolon or the line's end (a body's name in
#: quotation marks, `مركز «اتلانتيك كاونسيل»`, belongs to it).
_AFFILIATION_STOPS = (":", "،", ",", "\n", "؛")


def affiliation_after_name(text: str, speaker: Span, limit: int) -> Span | None:
    """The body a person is from, written right after the name with من (`ويقول فلان من مركز «…» للدراسات، «…»`،
    `وتقول فلانة، من جامعة أكسفورد: «…»`، `عن فلان من معهد الدراسات المالية أن …`):
    the affiliation the spec counts as the role; only where a body's head noun opens the phrase (not `من جهته`، `من
    الرياض`)."""
    found = _FROM_AFTER_NAME.match(text, speaker.end, limit)
    if found is None or found.end() >= limit:
        return None
    start = found.end()
    first = re.match(r"[^\s«»\"“”]+", text[start:limit])
    if first is None or strip_article(normalize(first.group())) not in BODY_HEAD_NOUNS:
        return None
    end = min([position for stop in _AFFILIATION_STOPS if (position := text.find(stop, start, limit)) != -1] or [limit])
    end = _without_dangling_preposition(text, start, end_before_spaces(text, end))
    return Span.from_offsets(text, start, end) if end > start else None


def described_with_phrase(graph: SentenceGraph, word: Word, roles: Lexicon, *, after_name: bool = False) -> bool:
    """Whether a word is a definite descriptor (القيادي، المسؤولة) that a preposition written apart follows, after
    its adjectives (القيادي | في حزب …، المسؤولة المحلية | بقرية …): a description of the person named before it,
    with its own phrase, not a family name.

    `after_name`: the entity tagger ends a person's name right before the word (whatever the parse made of the name's
    last word: ريتشارد توتاه, توتاه read as a verb); then a definite job word opens a description too (الخبير | في
    أسواق المعادن، الخبير الاستراتيجي | لدى …). Inside a tagged name a job word with the article is a family name
    (جمال عاتق القاضي، صالح بن عبدالله القاضي | على ضرورة …), and so it is after one followed by where or to whom
    the person spoke (محمد القاضي | في تصريح)."""
    kind = job_kind(word, roles)
    if kind not in ("descriptor", "job") or not normalize(word.text).startswith(("ال", "وال")):
        return False
    if kind == "descriptor" and before_preposition(graph, word):
        return True
    if kind == "job" and not after_name:
        return False
    before = graph.word_before(word)
    if word.upos not in ("NOUN", *NAME_TAGS) or before is None or not (after_name or before.upos in NAME_TAGS):
        return False  # المشهد | السياسي الماثل أمامنا: an adjective of a noun; adjectives only after a name
    if normalize(before.text) in NAME_LINKS | _NAME_PARTICLES:
        return False  # عبد | الملك الحوثي، بن | الأمير: the rest of a name
    last = word
    while (following := graph.word_after(last)) is not None and following.upos == "ADJ" and normalize(following.text).startswith("ال"):
        last = following  # الخبير الاستراتيجي، المسؤولة المحلية
    if not before_preposition(graph, last):
        return False
    preposition = graph.word_after(last)
    noun = graph.word_after(preposition) if preposition is not None else None
    return noun is not None and strip_article(normalize(noun.text)) not in CIRCUMSTANCE_HEADS | ADDRESSEE_HEADS


#: Words that join the parts of a name, or open one of two words (عبد، أبو): no title goes on after them.
_NAME_PARTICLES = name_link_words("particle")


#: The tags of the words a description with its phrase holds (القيادي في حزب «النهضة»، الخبيرة في شؤون التعليم): it
#: ends at a verb, a complementizer, a conjunction or a mark.
_DESCRIPTION_TAGS = frozenset(("NOUN", "ADJ", "PROPN", "X", "ADP", "DET", "NUM"))
#: The most words a description after a name is read for.
_DESCRIPTION_WORDS = 8


def description_phrase(graph: SentenceGraph, descriptor: Word, text: str, limit: int) -> Span | None:
    """The description a definite descriptor or job with its own phrase opens (`described_with_phrase`): the word and
    the phrase after it, up to a verb, a complementizer, a mark or `limit` (the content's start), and before where or
    to whom the person spoke (`الخبير في أسواق المعادن | في تصريح`)."""
    words = [descriptor]
    for word in graph.words[descriptor.index : descriptor.index + _DESCRIPTION_WORDS]:
        if word.end > limit or normalize(word.text) in ("ان", "بان"):
            break
        following = graph.word_after(word)
        joins = (  # شؤون الأمن | والإرهاب; not مدير الأمن العام | وعدد من القيادات: other people named beside him
            word.upos == "CCONJ"
            and following is not None
            and following.upos == "NOUN"
            and strip_article(normalize(following.text)) not in QUANTIFIERS
        )
        if word.upos not in _DESCRIPTION_TAGS and not joins and word.text not in _MARKS_AROUND_A_NAME:
            break
        words.append(word)
    if not _marks_paired([word.text for word in words]):
        words = words[: next(i for i, word in enumerate(words) if word.text in _MARKS_AROUND_A_NAME)]
    while words[-1].upos in ("ADP", "CCONJ"):
        words.pop()
    return before_circumstance(graph, span_of(words, text), text)


def _ends_description(word: Word, text: str) -> bool:
    """A verb, `لـ` written with its stroke (whom the person spoke to: لـ ( المدينة )), a time word (أمس، اليوم:
    when the person spoke), a relative pronoun (التي، الذي: a clause about the person) or the speech itself (نقلت
    الوكالة عن فلان قائد الحرس | قوله إن …)."""
    return (
        word.upos in ("VERB", "AUX")
        or text.startswith("لـ", word.start)
        or is_time(word)
        or normalize(word.text) in RELATIVE_PRONOUNS
        or normalize(word.text) in SPEECH_WORDS
    )




def described_in_construct(graph: SentenceGraph, word: Word, roles: Lexicon, limit: int) -> bool:
    """Whether a word opens a description of a person in construct: a job or descriptor noun, one person's, without
    the article (أحد، إحدى، مسؤول، كبير، اختصاصي), then the noun it governs (كبار، الإطفاء، الاقتصاديين); a title
    alone after a name (برويز مشرف) may be the name's last word."""
    if job_kind(word, roles) not in ("job", "descriptor") or word.feat("Number") == "Plur":
        return False
    if normalize(word.text).startswith(("ال", "وال")) or normalize(word.text) in NAME_LINKS:
        return False
    following = graph.word_after(word)
    return following is not None and following.upos in ("NOUN", "ADJ") and following.start < limit


def before_circumstance(graph: SentenceGraph, role: Span | None, text: str) -> Span | None:
    """A role the parse grew past the title into where or to whom the person spoke ends there: `مدير المراكز الأمريكية
    | في مؤتمر صحفي عبر الهاتف`، `رئيس مجلس إدارة الهيئة | للصحفيين`، `المساعدة الخاصة لأوباما | في تدوينة`."""
    if role is None:
        return None
    words = graph.words_within(role.start, role.end)
    for position, word in enumerate(words[1:], start=1):
        following = words[position + 1] if position + 1 < len(words) else None
        next_keys = {strip_article(key) for key in following.keys} if following is not None else set()
        bare = word.keys[0] if word.keys else ""
        circumstance = bare in MEDIUM_PREPOSITIONS and bool(next_keys & CIRCUMSTANCE_HEADS)
        addressee = bare.startswith("ل") and strip_article(bare[1:]) in ADDRESSEE_HEADS
        if circumstance or addressee or (bare == "ل" and next_keys & ADDRESSEE_HEADS):
            cut = _without_dangling_preposition(text, role.start, end_before_spaces(text, word.start))
            return Span.from_offsets(text, role.start, cut) if cut > role.start else None
    return role


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
        if is_given_name(previous, names) or links_name(previous, text):
            first = previous
        else:
            break
    full = Span.from_offsets(text, first.start, end)
    if first.index > 1 and graph.word(first.index - 1).upos == "CCONJ":
        return None, full  # العميد فهد المشيقح نائب رئيس النادي وعبدالرحمن …: the title before و is the other person's
    start: Word | None = None
    last = first.index - 1  # the words before the name: graph.words[: last]
    honoured = last
    while honoured > 1 and any(key in honorifics for key in graph.word(honoured).keys):
        honoured -= 1
    if honoured < last and honoured > 1 and graph.word(honoured).text in APPOSITION_COMMAS:
        last = honoured  # قائد المقاومة في المحافظة، الشيخ فلان: the honorific opens the name set off by the comma
    if last > 1 and graph.word(last).text in APPOSITION_COMMAS:
        last -= 1  # وزير الخارجية الإيراني، محمد جواد ظريف: the title set off by a comma (apposition)
    elif last > 1 and graph.word(last).text in _MARKS_AROUND_A_NAME and text[end : end + 1] in _MARKS_AROUND_A_NAME:
        last -= 1  # اللاعب "ماركوس سيلفا": the name in quotation marks right after its title
    for word in reversed(graph.words[max(0, last - 10) : last]):
        if word.text in _MARKS_AROUND_A_NAME:
            continue  # المتحدث الرسمي لـ«حركة التغيير» سامر الخطيب: the body's name in quotation marks
        if word.upos in ("PUNCT", "VERB", "AUX", "SCONJ") or is_time(word):
            break
        if under_whom(graph, word):
            break  # برنامج لطلاب المرحلة الثانوية | بإشراف سعد الخالدي: who runs it; the words before are no title of his
        if is_role_word(word, roles) and not any(key in honorifics for key in word.keys):
            if _one_of_things(graph, word, roles):
                continue  # وهذه إحدى العواقب المترتبة على سياسة الرئيس فلان: one of the consequences, no one's title
            start = word
            before = graph.word_before(word)
            named = graph.word_before(before) if before is not None and before.upos == "CCONJ" else None
            if named is not None and named.upos in NAME_TAGS:
                # الرئيس الأميركي باراك أوباما و | الرئيس التركي رجب طيب إردوغان: after another person's name, the
                # title after و is the second person's (الرئيس التنفيذي والعضو المنتدب فلان: one person's two titles)
                break
            if before is not None and _definite_job(word, roles) and _titled_name_ends_at(graph, before, roles):
                # ويدعم الرئيس الأمريكي أوباما | المرشحة هيلاري كلينتون: a definite job right after another person,
                # named with a title of their own, opens this person's title (after a body's name it goes on the
                # title: نائب رئيس نادي الرائد المشرف على الفريق فلان)
                break
        if (
            word.base_deprel in ("obj", "iobj")
            and word.head > 0
            and graph.word(word.head).upos == "VERB"
            and not _describes_the_title_before(graph, word, roles)
        ):
            # انتقد وزير الخارجية القطري | مواصلة إيران دعمها لنظام بشار الأسد: a verb's object starts the phrase
            # (وتواصلت مع رئيس اللجنة الدكتور …: the object is the title); nothing before it is the title's
            break
    if start is None:
        return _title_right_after(graph, full, text, roles, honorifics), full
    words = list(graph.words[start.index - 1 : last])
    if kin_in_construct(graph, words, roles):
        return None, full  # والدة المواطن | عبدالرحمن السبيعي: the name is the genitive's, the kinship noun no title of it
    if not _marks_paired([word.text for word in words]):
        return _title_right_after(graph, full, text, roles, honorifics), full  # a quotation's mark, not a name's
    phrase = strip_honorifics(span_of(words, text), honorifics, text)
    if phrase is None or only_honorifics(phrase, honorifics):
        # صاحب السمو الأمير بندر بن سعود رئيس الهيئة …: honorifics only before the name; the title follows it
        return _title_right_after(graph, full, text, roles, honorifics), full
    # أحد أبرز المرشحين هو صديق خان: the copula pronoun is not part of the role
    while words and (words[-1].upos in ("ADP", "PRON") or any(key in honorifics for key in words[-1].keys)):
        words.pop()
    role = strip_honorifics(span_of(words, text), honorifics, text)
    if role is None or only_honorifics(role, honorifics):
        return None, full
    return with_abbreviation_period(graph, role, text), full


def _titled_name_ends_at(graph: SentenceGraph, word: Word, roles: Lexicon) -> bool:
    """Whether `word` ends a person's name that has a definite title of its own before it (الرئيس الأمريكي الحالي
    باراك | أوباما): proper nouns, then adjectives, back to a definite job or title; not a body's name (نادي | الرائد)
    nor a title the tagger called a proper noun (مبعوث)."""
    if word.upos not in NAME_TAGS or is_role_word(word, roles):
        return False
    before = graph.word_before(word)
    while before is not None and before.upos in NAME_TAGS and not is_role_word(before, roles):
        before = graph.word_before(before)
    while before is not None and before.upos == "ADJ":
        before = graph.word_before(before)
    return before is not None and article(before) and job_kind(before, roles) in ("job", "title", "descriptor")


def _definite_job(word: Word, roles: Lexicon) -> bool:
    """A job or descriptor noun written with the article (المرشحة، المدرب، الرئيس), not a rank or an academic title."""
    return job_kind(word, roles) in ("job", "descriptor") and article(word)


def _describes_the_title_before(graph: SentenceGraph, word: Word, roles: Lexicon) -> bool:
    """Whether a definite role word the parse made the verb's object goes on with the definite title before it (`الوزير
    الياباني | المسؤول عن المفاوضات`، `المفوض الأوروبي | المكلف …`): the official in charge, one title."""
    before = graph.word_before(word)
    return (
        before is not None
        and normalize(word.text).startswith("ال")
        and normalize(before.text).startswith("ال")
        and before.upos in ("ADJ", "NOUN")
        and is_role_word(word, roles)
    )


def job_instead_of_rank(
    graph: SentenceGraph, role: Span | None, name: Span, text: str, *, roles: Lexicon, honorifics: Lexicon
) -> Span | None:
    """Where the text names a person with only a rank or title before the name (`أعلن الدكتور فلان وزير الآثار …`،
    `ندد الدكتور فلان، رئيس قسم …`): the job written after the name, which names the position (as where the person
    speaks: describe_speaker); None where the role names more than a rank or no job follows."""
    if not yields_to_job_after(graph, role, roles, honorifics):
        return None
    return _before_the_object(graph, job_after_name(graph, name, text, graph.words[-1].end, roles), text)


#: أن، إن، بأن (rules/lexicons/complementizers.tsv): where what the person said begins.
_COMPLEMENTIZERS = frozenset(normalize(word) for word in word_set("complementizers"))


def _before_the_object(graph: SentenceGraph, role: Span | None, text: str) -> Span | None:
    """A job read after a name up to the sentence's end, ended before the verb's object that follows it (`وزير الآثار
    المصري | الكشف عن لوحتين`): a word the verb takes as its object, or a definite noun after an adjective, which is no
    genitive of the title; and before a verb, a mark or a complementizer (`مدير إدارة المشاريع | أنه …`: the speech)."""
    if role is None:
        return None
    words = graph.words_within(role.start, role.end)
    for previous, word in pairwise(words):
        governor = graph.word(word.head) if word.head > 0 else None
        takes_it = word.base_deprel in ("obj", "iobj") and governor is not None and governor.upos == "VERB"
        speech = word.upos in ("VERB", "AUX", "SCONJ", "PUNCT") or normalize(word.text) in _COMPLEMENTIZERS
        if takes_it or speech or (previous.upos == "ADJ" and word.upos == "NOUN" and normalize(word.text).startswith("ال")):
            end = end_before_spaces(text, word.start)
            return Span.from_offsets(text, role.start, end) if end > role.start else None
    return role


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


#: أحد، إحدى ("one of"), descriptors of a person only before people (أحد المسؤولين، إحدى الباحثات).
_ONE_OF = frozenset(normalize(word) for word in ("أحد", "إحدى"))


def _one_of_things(graph: SentenceGraph, word: Word, roles: Lexicon) -> bool:
    """Whether `word` is أحد/إحدى before nouns that name no people (the next two words: no role word, no plural of
    people, no name): `إحدى العواقب المترتبة على …`, "one of the consequences", describes a thing, not the person named
    after it."""
    if strip_conjunction(normalize(word.text)) not in _ONE_OF:
        return False
    following = graph.word_after(word)
    if following is None:
        return False
    after = graph.word_after(following)
    # (the people may come a word later, after an elative: أحد أبرز المرشحين، إحدى أشهر الباحثات)
    return not any(_names_people(noun, roles) for noun in (following, after) if noun is not None)


def _names_people(word: Word, roles: Lexicon) -> bool:
    """A role word, a plural of people (broken: الوزراء، or sound in ين/ون/ات) or a proper noun."""
    bare = strip_article(strip_conjunction(normalize(word.text)))
    return (
        is_role_word(word, roles)
        or bare in PEOPLE_PLURALS
        or bare.endswith(("ين", "ون", "ات"))
        or word.upos in ("PROPN", "X")
    )


def _title_right_after(graph: SentenceGraph, name: Span, text: str, roles: Lexicon, honorifics: Lexicon) -> Span | None:
    """The title phrase that follows a full name at once (`بندر بن سعود بن محمد رئيس الهيئة السعودية للحياة الفطرية`):
    the job word after the name and the words its parse holds, up to the first that is not its own or a و."""
    after = next((word for word in graph.words if word.start > name.end), None)
    if after is None or text[name.end : after.start].strip() or not is_job_word(after, roles):
        return None
    if normalize(name.text.split()[-1]) in NAME_LINKS:
        return None  # صالح آل | طالب: the name goes on (a family name that is also a word), no title yet
    if any(key in honorifics for key in after.keys):
        return None
    if after.feat("Number") == "Plur":
        return None  # ودعا سلطان | أعضاء الحزب إلى …: members are the verb's object, no title of one person
    if _circumstantial_accusative(after, text, roles):
        return None  # استأذن فهيد من مبارك | طالباً منه الدعاء: asking him to pray, no student
    below = {word.index for word in graph.subtree(after.index)}
    words = [after]
    for word in graph.words[after.index :]:
        if word.index not in below or word.upos in ("PUNCT", "CCONJ") or word.base_deprel == "conj":
            break  # (إمام الحرم المكي والشيخ …: another person after و)
        if word.upos != "NUM" and is_time(word):
            break  # رئيس النادي | الأربعاء: when he spoke, whatever the parse hung it on
        words.append(word)
    if len(words) == 1 and len(name.text.split()) == 1 and normalize(surface(after, text)).startswith("ال"):
        return None  # محمد | الخطيب: a definite title alone after a given name is the family name (الخطيب، القاضي)
    if len(words) == 1 and not normalize(surface(after, text)).startswith("ال"):
        # أمير | منطقة عسير: a job noun in construct has its genitive after it, wherever the parse hung that
        held = {after.index}
        for word in graph.words[after.index :]:
            if word.upos in ("PUNCT", "CCONJ", "VERB", "AUX", "ADP") or not (len(held) == 1 or word.head in held):
                break
            if len(held) == 1 and (word.upos not in ("NOUN", "PROPN") or is_time(word)):
                break
            held.add(word.index)
            words.append(word)
    return before_circumstance(graph, span_of(words, text), text)
