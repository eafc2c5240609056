"""Where words, clauses and colons begin and end in the original text."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from quotes.graph import SentenceGraph
from quotes.model import Span
from quotes.normalize import INVISIBLE, PRONOUN_ENDINGS, char_before_spaces, end_before_spaces, normalize
from quotes.quotemarks import QuoteMarks
from quotes.speakers.words import CIRCUMSTANCE_HEADS, MEDIUM_PREPOSITIONS, RELATIVE_PRONOUNS

#: Where a sentence ends: a full stop, question or exclamation mark before a space or the end, or a line break.
#: The matches of ``[.!?؟]\s|[.!?؟]$|\n``, written to open with one set of characters: the engine then skips to the next
#: of them by a test of each character, where an expression that opens with alternatives is tried at every character
#: (a third of the instructions; the drafts look for where a clause ends again for each cue).
SENTENCE_END = re.compile(r"[.!?؟\n](?:(?<=\n)|(?<=[.!?؟])(?:\s|$))")
#: Characters a word never starts or ends with: spaces, punctuation, quotation marks and the invisible ones
#: (bidi marks, zero-width space and joiners, the BOM).
_WORD_EDGE = " \t\n،,:؛;.!?؟-–—()[]\"«»“”'" + INVISIBLE
_OPEN_MARKS = "\"«“'"
_CLOSE_MARKS = "\"»”'"
#: How far (in words) a cue may stand from the quotation mark or colon that opens its content.
OPENING_WINDOW_WORDS = 14
#: How far it may stand when what lies between is the speaker's phrase and where he spoke, with no verb of its own
#: (opening_within_reach): a long title, or a circumstance and its relative clause (في كلمة ألقاها …).
LONG_OPENING_WINDOW_WORDS = 30
#: Words that open a clause of their own after a comma (…، كما أوضح).
CLAUSE_CONNECTORS = ("حيث", "كما", "فيما", "بينما", "في حين", "ثم", "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم")


def word_span(text: str, start: int, end: int) -> Span:
    """Grow [start, end) to the whitespace-delimited word, without edge punctuation."""
    left = start
    while left > 0 and not text[left - 1].isspace() and text[left - 1] not in _WORD_EDGE:
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace() and text[right] not in _WORD_EDGE:
        right += 1
    return Span.from_offsets(text, left, right)


def trim(text: str, start: int, end: int) -> Span | None:
    """[start, end) without edge spaces and punctuation, nor the quotation marks around it; None if under 2 characters."""
    while start < end and (text[start].isspace() or text[start] in "،,:؛;-–—ـ" + INVISIBLE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "،,:؛;.-–—ـ" + INVISIBLE):
        end -= 1
    if end - start > 2 and text[start] in _OPEN_MARKS and text[end - 1] in _CLOSE_MARKS:
        start, end = start + 1, end - 1
    elif end - start > 2 and text[end - 1] in _CLOSE_MARKS:
        closing = text[end - 1]
        opening = {"»": "«", "”": "“"}.get(closing, closing)
        inside = text[start : end - 1]
        balanced_inside = (
            inside.count(closing) % 2 == 0 if opening == closing else inside.count(opening) <= inside.count(closing)
        )
        if balanced_inside:
            end -= 1  # the closing mark of a quotation the content sits at the end of
    if end - start < 2:
        return None
    return Span.from_offsets(text, start, end)


def sentence_end(text: str, sentence: SentenceGraph, start: int, marks: QuoteMarks | None = None) -> int:
    """End of the clause that starts at `start`: the sentence end, or an earlier `.`/newline outside quotes.

    A sentence the tokenizer ended at a semicolon, a comma or a decimal point goes on to the next full stop.
    """
    limit = max(sentence.end, start)
    while char_before_spaces(text, limit) in ("؛", "،", ",", ";") or _decimal_point(text, limit):  # (text[:limit] copied)
        following = SENTENCE_END.search(text, limit)
        if following is None or following.start() <= limit:
            break
        limit = following.start()
    for found in SENTENCE_END.finditer(text, start, limit):
        if marks is not None and marks.containing(found.start()) is not None and text[found.start()] != "\n":
            continue
        if _abbreviation_point(text, found.start()):
            continue  # وأضاف د. الغامدي: …: the point of a title written as one letter ends nothing
        return found.start()
    return limit


def _abbreviation_point(text: str, position: int) -> bool:
    """Whether the point at `position` closes a title written as one letter (د.، م.، أ.) with a word after it."""
    if text[position : position + 1] != "." or not text[position - 1 : position].isalpha():
        return False
    if position >= 2 and not text[position - 2].isspace():
        return False
    return text[position + 1 : position + 2] == " " and text[position + 2 : position + 3].isalpha()


def _decimal_point(text: str, end: int) -> bool:
    """Whether the tokenizer ended a sentence at `end` on the point of a decimal number (`بلغ 12.8مليون ريال`، `الى
    0.35 في الربع`): no full stop, the clause goes on."""
    stop = end_before_spaces(text, end)
    return text[stop - 1 : stop] == "." and text[stop - 2 : stop - 1].isdigit() and text[stop : stop + 1].isdigit()


def holds_relative_ma(written: str) -> bool:
    """Whether a normalised marker holds ما written on it (حسبما، بحسبما، وفقا لما): a verb follows, whatever the
    tagger called it; not كما ("as")."""
    return len(written) > 2 and written.endswith("ما") and written != "كما"


def end_before_boundary(text: str, start: int, end: int, boundaries: Sequence[int]) -> int:
    """Where content from `start` to `end` ends before the first of `boundaries` (a later quote's cue) inside it: the
    conjunction glued to that cue (وقالت) and a connector before it (…، كما أوضح) belong to the next quote."""
    for boundary in boundaries:
        if start < boundary < end:
            end = boundary
            written = end
            while written > start and text[written - 1].isalpha():
                written -= 1
            if end - written <= 2 and all(letter in _PROCLITIC_LETTERS for letter in text[written:end]):
                end = written  # وقالت، وبحسبما: the proclitics written on the cue are the next quote's
            before = text[start:end].rstrip()
            for connector in CLAUSE_CONNECTORS:
                if before.endswith(connector) and not before[: -len(connector)][-1:].isalpha():
                    end = start + len(before) - len(connector)
                    break
            break
    return end


def colon_after(text: str, start: int, limit: int, verb_starts: Sequence[int] = ()) -> int | None:
    """The colon that opens speech soon after `start` (not a clock time), within the clause (opening_within_reach)."""
    colon = text.find(":", start, limit)
    while colon != -1 and 0 < colon < len(text) - 1 and text[colon - 1].isdigit() and text[colon + 1].isdigit():
        colon = text.find(":", colon + 1, limit)  # a clock time (23:45), not speech
    if colon == -1:
        return None
    return colon if opening_within_reach(text, start, colon, verb_starts) else None


#: A name in guillemets or curly quotation marks on one line (`«أوزإس. فايننشال سرفيس»`، `“نماء”`).
_NAMES_IN_MARKS = re.compile(r"«[^«»\n]*»|“[^“”\n]*”")


def opening_within_reach(text: str, start: int, opening: int, verb_starts: Sequence[int] = ()) -> bool:
    """Whether speech opening at `opening` (a colon, a quotation mark) can be what a cue ending at `start` reports: no
    sentence ends between, and at most OPENING_WINDOW_WORDS words stand between; or up to LONG_OPENING_WINDOW_WORDS
    where only the speaker's phrase and where he spoke stand between (`verb_starts`: where the document's verbs start,
    as the parse read them): no verb at all (قال الدكتور فلان أمين عام الغرفة … عضو مجلس إدارة …: "…"), or the verbs of
    a circumstance's relative clause only (وقال فلان في كلمة ألقاها بمحافظة … بمناسبة …: «…»، وقال فلان خلال المؤتمر
    الصحفي الذي حضره …: "…"), none opening a clause of its own with و."""
    between = text[start:opening]
    if SENTENCE_END.search(_NAMES_IN_MARKS.sub(" ", between)):
        return False  # (a period inside a name in marks ends nothing: محلل لدى «أوزإس. فايننشال سرفيس»: «…»)
    count = len(between.split())
    if count <= OPENING_WINDOW_WORDS:
        return True
    if count > LONG_OPENING_WINDOW_WORDS or not verb_starts:
        return False
    verbs = verb_starts[bisect.bisect_left(verb_starts, start) : bisect.bisect_left(verb_starts, opening)]
    if not verbs:
        return True
    circumstance = _circumstance_start(text, start, opening)
    if (circumstance is None or circumstance > verbs[0]) and not _after_relative_pronoun(text, start, verbs[0]):
        return False
    if any(_COMPLEMENTIZER.match(normalize(word.strip(_WORD_EDGE))) for word in between.split()):
        return False  # وأكد المجمع في بيان صدر اليوم، أن …: the speech opened with its complementizer already
    return not any(_opens_with_conjunction(text, verb) for verb in verbs)


def _opens_with_conjunction(text: str, verb: int) -> bool:
    """Whether the verb starting at `verb` is written with و/ف before it (ويتنافى، وأضاف): a clause of its own."""
    written_start = verb
    while written_start > 0 and not text[written_start - 1].isspace() and text[written_start - 1] not in _WORD_EDGE:
        written_start -= 1
    return text[written_start] in "وف"  # (a verb the tokenizer left whole, ويتنافى, starts with it itself)


def _after_relative_pronoun(text: str, start: int, verb: int) -> bool:
    """Whether the first verb after the cue opens a relative clause (الذي، التي، الذين right before it): one that
    describes the speaker (وقال فلان الذي تبنى الكلبة بعد العثور عليها …: "…"), as a circumstance's clause does."""
    before = text[start:verb].split()
    return bool(before) and normalize(before[-1].strip(_WORD_EDGE)) in RELATIVE_PRONOUNS


#: أن/إن with a preposition or pronoun written on it (بأن، إنه، أنها، بأنهم), as written words are normalised; not a
#: noun that begins with the same letters (أندية، انسحاب، انفجار).
_COMPLEMENTIZER = re.compile(r"(?:ب|و|ف)?ان(?:ه|ها|هم|هما|هن|نا|ني|ك|كم|كما)?$")


def _circumstance_start(text: str, start: int, end: int) -> int | None:
    """Where the first preposition and noun that say where someone spoke (في كلمة، خلال المؤتمر الصحفي، عبر تغريدة)
    stand in text[start:end]."""
    written = [(found.start(), normalize(found.group().strip(_WORD_EDGE))) for found in re.finditer(r"\S+", text[start:end])]
    for (offset, word), (_, following) in itertools.pairwise(written):
        if word in MEDIUM_PREPOSITIONS and any(noun in CIRCUMSTANCE_HEADS for noun in _circumstance_nouns(following)):
            return start + offset
    return None


def _circumstance_nouns(word: str) -> tuple[str, ...]:
    """The noun a normalised written word may be: without its article (المؤتمر), or without the speaker's pronoun
    (حديثه، تصريحاته), whose feminine ending is written ت before it (كلمته of كلمة) and whose hamza seat changes
    (لقائه of لقاء)."""
    if word.startswith("ال"):
        return (word[2:],)
    nouns = [word]
    for ending in PRONOUN_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            nouns.append(stem)
            if stem.endswith("ت"):
                nouns.append(stem[:-1] + "ه")
            if stem.endswith("ئ"):
                nouns.append(stem[:-1] + "ء")
            break
    return tuple(nouns)


def after_comma(text: str, position: int) -> bool:
    """Does a clause start here: a comma or semicolon before it (…؛ مشيرة إلى أن …), a conjunction و/ف glued to it or
    a connector (حيث، كما)?"""
    before = text[max(0, position - 12) : position].rstrip()
    for connector in CLAUSE_CONNECTORS:
        if before.endswith(connector) and (len(before) == len(connector) or before[-len(connector) - 1] in " ،,؛;"):
            before = before[: -len(connector)].rstrip()
            break
    # (…، وبحسبما أعلنت الوزارة فإن …: و and ب written on the marker)
    for glued in (_CONJUNCTIONS, _CONJUNCTION_AND_PREPOSITION):
        letters = len(glued[0])
        if before.endswith(glued) and (len(before) <= letters or before[-letters - 1].isspace() or before[-letters - 1] in "،,؛;"):
            before = before[:-letters].rstrip()
            break
    return before.endswith(("،", ",", "؛", ";"))


#: The letters of the proclitics a cue may have written on it (و، ف، ب، ل، ك).
_PROCLITIC_LETTERS = frozenset("وفبلك")
#: A conjunction written on the word after it (وقال), and one with a preposition (وبحسب، ولدى): after a comma, a clause
#: starts there.
_CONJUNCTIONS = ("و", "ف")
_CONJUNCTION_AND_PREPOSITION = ("وب", "فب", "ول", "فل")


def in_parentheses_at(text: str, position: int) -> bool:
    opened = text.rfind("(", 0, position + 1)
    return opened != -1 and text.find(")", opened, position + 1) == -1 and position - opened < 80
