"""Which quoted segments are speech, and which one opens or closes next to a cue.

A quotation right after the cue (and its subject) is its direct content, one
right before it is quote-first speech (`"…"، قال فلان`); a short one right
after the cue, followed by a colon or أن, is the speaker's name; a short one
without a verb is a title or a scare quote.
"""

from __future__ import annotations

import bisect
import re

from quotes.drafts.context import DocumentContext
from quotes.drafts.spans import SENTENCE_END, colon_after, opening_within_reach
from quotes.graph import Word
from quotes.normalize import normalize, strip_article
from quotes.quotemarks import QuotedSegment

#: A quoted name right after a cue is at most this long, and the speech starts within this many characters after it.
_QUOTED_NAME_WORDS = 5
_QUOTED_NAME_FOLLOWING_CHARS = 40
#: A quoted name's title after it (المدير التنفيذي للتكنولوجيا بالشركة، مدير الشؤون الإعلامية لدى الشركة في الشرق الأوسط
#: وأفريقيا في هذا الصدد): at most this many words, this many characters.
_TITLE_AFTER_QUOTED_NAME_WORDS = 14
_TITLED_NAME_FOLLOWING_CHARS = 160
#: A quoted description after the subject (وقال باسم الضامن "شاهد عيان" إن …): at most this many words of subject
#: between the cue and it, at most this many words in marks.
_SUBJECT_BEFORE_EPITHET_WORDS = 3
_EPITHET_WORDS = 3
#: A preposition right before the marks makes them whom the speaker told (وأوضح فلان لـ"عين اليوم" أن …).
_PREPOSITIONS_BEFORE_MARKS = frozenset(normalize(word) for word in ("ل", "لـ", "ب", "عن", "إلى", "على", "في", "من", "مع"))
COMPLEMENTIZER_STARTS = tuple(normalize(word) for word in ("أن", "إن", "بأن"))
#: "As" between a quotation and the cue after it: «…»، كما قال فلان.
AS_SAID = "كما"
#: Words that point back at a quotation before the cue, after a comma: «…»، هذا ما قاله فلان ("that is what … said"),
#: «…»، هكذا علق فلان ("thus … commented"). Like كما, they name the source of the quotation before them.
POINTING_BACK = ("هذا ما", "وهذا ما", "ذلك ما", "وذلك ما", "هكذا")
#: A quotation right before its cue with no comma between needs this many words: a shorter one is the name or title
#: of the subject («برنار كازنوف» صرح …، “التدريب التقني” تعلن …).
_LEAST_UNMARKED_WORDS_BEFORE_CUE = 4
#: Quoted segments shorter than this are titles or scare quotes, not speech.
_MIN_QUOTE_WORDS = 3
#: … and from this length on, quoted text counts as speech even without a verb.
_LONG_QUOTE_WORDS = 6


#: … and a quoted sentence of this many words that ends with its full stop inside the marks.
_MIN_SENTENCE_WORDS = 2
#: A full stop, not an ellipsis (a title or a line of verse may trail off: "شوهني إلى حد القبح ..").
_FULL_STOP_AT_END = re.compile(r"(?<![.…])\.\s*$")


def _ends_a_sentence(text: str, segment: QuotedSegment) -> bool:
    """Whether the quoted text ends with a full stop inside the marks (`"نعم الجميع بخير."`): titles and names do not."""
    return segment.balanced and _FULL_STOP_AT_END.search(text[segment.start : segment.end]) is not None


def speech_like(context: DocumentContext, segment: QuotedSegment) -> bool:
    """Speech, not a title or a name: long enough, or holding a verb (سي إن إن ستايل is a name)."""
    count = segment.word_count(context.text)
    if count >= _LONG_QUOTE_WORDS:
        return True
    if count >= _MIN_SENTENCE_WORDS and _ends_a_sentence(context.text, segment):
        return True  # وقال المدرب … "لا شيء خطير.": a sentence closed inside the marks is said, not a title
    if count < _MIN_QUOTE_WORDS:
        return False
    verb_starts = context.verb_starts
    first = bisect.bisect_left(verb_starts, segment.start)
    return first < len(verb_starts) and verb_starts[first] < segment.end


def opening_after(context: DocumentContext, start: int, limit: int) -> QuotedSegment | None:
    """A quoted segment of speech opening soon after `start` within the sentence (titles and names skipped)."""
    text = context.text
    for segment in context.marks.segments:
        if segment.open_at < start:
            continue
        if segment.open_at > limit:
            break
        between = text[start : segment.open_at]
        if not opening_within_reach(text, start, segment.open_at, context.verb_starts):
            return None
        if _before_a_colon(text, segment):
            continue  # رئيس الأبحاث في مجموعة «جيه إل إل الشرق الأوسط»: «…»: a name in the speaker's phrase; speech follows
        # right next to the cue (قائلاً "…") any quotation is speech; further away it must look like speech
        if speech_like(context, segment) or (not between.strip(" :،,") and segment.word_count(text) >= 2):
            return segment
    return None


def _before_a_colon(text: str, segment: QuotedSegment) -> bool:
    """Whether a colon follows the closing mark of a quoted segment (after spaces): what the colon opens is the speech,
    the segment a name before it."""
    if segment.close_at is None:
        return False
    return text[segment.close_at + 1 : segment.close_at + 4].lstrip(" \t").startswith(":")


def _complementizer_word(word: str) -> bool:
    """Whether a written word is a complementizer with at most its pronoun (أن، إنه، بأنها), marks around it aside."""
    bare = normalize(word.strip("،,\"«»“”"))
    return bare.startswith(COMPLEMENTIZER_STARTS) and len(bare) <= 6


def quoted_name_after(context: DocumentContext, cue_end: int, content_preposition: int | None = None) -> QuotedSegment | None:
    """`وقال "صالح السرحاني" لـ"سبق": …`, `صرح "مركز فلب فلاب فن" الترفيهي بأنه …`: a short quotation
    right after the cue that a colon or a complementizer follows is the speaker's name, not the speech; so is one
    that the rule's own preposition follows (`content_preposition`: where it starts; `أعلنت «زين السعودية» عن …`),
    though عن after a name is elsewhere whom a transmitter relays (`نقلت «رويترز» عن …`)."""
    text = context.text
    segment = next((found for found in context.marks.segments if found.open_at >= cue_end), None)
    if segment is None or segment.close_at is None:
        return None
    between = text[cue_end : segment.open_at].split()
    if len(between) > _SUBJECT_BEFORE_EPITHET_WORDS or any(not word.isalpha() for word in between):
        return None
    if not 1 <= segment.word_count(text) <= _QUOTED_NAME_WORDS:
        return None
    following = text[segment.close_at + 1 : segment.close_at + 1 + _QUOTED_NAME_FOLLOWING_CHARS]
    following = SENTENCE_END.split(following, maxsplit=1)[0]
    if between and (text[segment.open_at - 1] != " " or normalize(between[-1]).rstrip("ـ") in _PREPOSITIONS_BEFORE_MARKS):
        return None  # وأوضح فلان لـ"عين اليوم" أن …: whom he told
    if between:
        # نفى فيصل العمراني "والد الطالبة" ما أشيع …، وقال باسم الضامن "شاهد عيان" إن …: a quoted description
        # after the subject, with the clause going on after it
        return segment if segment.word_count(text) <= _EPITHET_WORDS and len(following.split()) >= 2 else None
    colon = following.find(":")
    if colon != -1 and len(following[:colon].split()) <= 2:
        return segment
    after_close = segment.close_at + 1
    while after_close < len(text) and text[after_close] == " ":
        after_close += 1
    own_preposition = content_preposition == after_close
    if (
        _clause_goes_on(text, segment.close_at)
        and not speech_like(context, segment)
        and (own_preposition or normalize(following.split()[0]) not in _SOURCE_PREPOSITIONS)
    ):
        # وتحدثت «الشرق الأوسط» حصريا مع …، اتهمت «مجموعة الأزمات الدولية» الميليشيات بارتكاب …: a short quotation
        # with no verb in it that the clause runs on past, with no punctuation, names the verb's subject (not a
        # transmitter before its source: ونقلت "رويترز" عن فلان، وعلمت «الصحيفة» من مصادر …)
        return segment
    if any(_complementizer_word(word) for word in following.split()[:3]):
        return segment
    return segment if title_after_quoted_name(context, segment.close_at + 1) is not None else None


#: The prepositions that bring in the source after a transmitter (نقلت الوكالة عن …، علمت الصحيفة من …).
_SOURCE_PREPOSITIONS = frozenset(normalize(word) for word in ("عن", "من"))


def _clause_goes_on(text: str, close_at: int) -> bool:
    """Whether a word follows the closing mark at `close_at` with only spaces between: the clause is not over."""
    rest = text[close_at + 1 : close_at + 3].lstrip(" ")
    return rest[:1].isalnum()


def title_after_quoted_name(context: DocumentContext, start: int) -> int | None:
    """`وقال "جون كول" المدير التنفيذي للتكنولوجيا بالشركة: إن …`: where the quoted name's title after it ends (its
    first word a role noun), the colon or the complementizer that opens the speech following in the same sentence;
    None where no such title follows."""
    text = context.text
    following = SENTENCE_END.split(text[start : start + _TITLED_NAME_FOLLOWING_CHARS], maxsplit=1)[0]
    words = following.split()
    if words and words[0] in ("،", ","):
        words = words[1:]  # أكد "تريفور هايل"، مدير الشؤون الإعلامية …، "…": the title set off by commas
    if not words or strip_article(normalize(words[0].strip("،,"))) not in context.lexicons.roles:
        return None
    offset = start
    for position, word in enumerate(words[:_TITLE_AFTER_QUOTED_NAME_WORDS]):
        offset = text.index(word, offset)
        if ":" in word:
            return offset + word.index(":")
        if position > 0 and _complementizer_word(word):
            return offset
        if position > 0 and word[:1] in _OPENING_MARKS and text[:offset].rstrip().endswith(("،", ",")):
            return offset  # …، مدير الشؤون الإعلامية لدى الشركة، "لا داعي …": the quotation after the title's comma
        offset += len(word)
    return None


#: Quotation marks that open a quotation (a speech after a quoted name's title and a comma).
_OPENING_MARKS = frozenset('"«“')


def closing_before(context: DocumentContext, cue_start: int) -> QuotedSegment | None:
    """Quote-first order: `"…"، قال فلان` — a segment that closes right before the cue."""
    text = context.text
    for segment in context.marks.segments:
        if segment.close_at is None or segment.close_at >= cue_start:
            continue
        between = text[segment.close_at + 1 : cue_start].rstrip()
        # «…»، كما قال فلان / «…»، هذا ما قاله فلان: "as so-and-so said" names the source of the quotation before it (the spec's settled
        # case of a source after its content); the comma comes first, so كما opens no new sentence
        between = _before_words_naming_the_source(between)
        # the comma between the quote and the cue is a strong signal: short quotes count too; without one, a short
        # quotation right before the verb is its subject's name or title («برنار كازنوف» صرح، منظمة «…» أعربت)
        if between.strip(" \t،,-–—") == "" and segment.word_count(text) >= _least_words_before_cue(between):
            return segment
    return None


def _least_words_before_cue(between: str) -> int:
    """The fewest words a quotation before the cue needs: two after a comma or dash, else more than a name's."""
    return 2 if any(mark in between for mark in "،,-–—") else _LEAST_UNMARKED_WORDS_BEFORE_CUE


def _before_words_naming_the_source(between: str) -> str:
    """What stands between a quotation and its cue, less كما or a pointing-back phrase (هذا ما، هكذا) after a comma;
    كما also right after the closing mark (`"…" كما قالت فلانة`: nothing else stands between, so it opens no clause of
    its own, and the quotation needs the words of one written with no comma)."""
    for lead in (AS_SAID, *POINTING_BACK):
        head = between[: -len(lead)]
        if between.endswith(lead) and head.rstrip(" \t").endswith(("،", ",")):
            return head
    if between.strip() == AS_SAID:
        return ""
    return between


def speech_opening(context: DocumentContext, start: int, clause_end: int) -> int:
    """Where quoted speech opens after `start`: the first colon or opening quotation mark (or the clause end)."""
    colon = colon_after(context.text, start, clause_end)
    opening = next(
        (
            segment.open_at
            for segment in context.marks.segments
            if start <= segment.open_at < clause_end and speech_like(context, segment)
        ),
        clause_end,
    )
    return min(opening, colon if colon is not None else clause_end)


def quotation_right_after(context: DocumentContext, word: Word) -> bool:
    """Does a quotation open right after `word` (إن "داعش" …), which a small parser reads as a name?"""
    return any(
        segment.open_at >= word.end and not context.text[word.end : segment.open_at].strip()
        for segment in context.marks.segments
    )


#: A heading word with its preposition right before a quotation (بعنوان «…»، تحت عنوان: «…»، بشعار "…"): ب written on
#: the noun, or تحت before it; a colon may stand between the noun and the mark.
_HEADING_BEFORE = re.compile(r"(?:^|\s)(?:ب|تحت\s+)(\S+)\s*:?\s*[\"«“”]?\s*$")
#: How far back the heading may start.
_HEADING_REACH = 30


def named_by_a_heading(context: DocumentContext, start: int) -> bool:
    """Whether the quotation that opens at `start` is what a heading names, not speech: right after a heading noun
    (rules/lexicons/titled_nouns.tsv, column heading: عنوان، شعار) that ب or تحت opens (`نشر مقالا بعنوان: «…»`، `نشرته الصحيفة
    تحت عنوان «…»`). The preposition keeps a speaker's title out (`وقال مدير المشروع: «…»` is speech)."""
    titled = context.lexicons.titled
    if titled is None:
        return False
    found = _HEADING_BEFORE.search(context.text, max(0, start - _HEADING_REACH), start)
    if found is None:
        return False
    entry = titled.lookup(strip_article(normalize(found.group(1)).strip(":")))
    return entry is not None and entry.get("heading") == "yes"
