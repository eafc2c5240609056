"""The speaker slot of one quote: which word the rule bound can be its source, and that word's mention.

A small parser's subject is often something else (a word of the content, an
adverbial, `بدوره`), and its mention often misses the name: these steps check
the bound word, fall back on the first noun after the cue, then trust the
words of the phrase where they show a name the parse missed. The main clause's
subject is kept as a hint for a cue with none of its own.
"""

from __future__ import annotations

import attrs

from quotes.drafts.context import DocumentContext
from quotes.drafts.quotations import speech_opening
from quotes.drafts.spans import CLAUSE_CONNECTORS, trim, word_span
from quotes.drafts.words import LEADING_PREPOSITIONS, RELATIVE_PRONOUNS, could_be_source, names_a_source
from quotes.graph import SentenceGraph, Word
from quotes.match import Match
from quotes.model import Span
from quotes.normalize import form_keys, normalize, strip_article
from quotes.speakers import TIME_WORDS, Mention, describe_speaker, is_time, phrase_between

_PERSONAL_PRONOUNS = frozenset(
    ("هو", "هي", "هم", "هما", "هن", "ه", "ها", "انا", "نحن", "انت", "انتم", "الذي", "التي", "الذين")
)
#: Words that open a clause which only follows a noun, not one that describes it (…، حيث أشار إلى أنه).
_CLAUSE_CONNECTORS_NORMALISED = frozenset(normalize(word) for word in (*CLAUSE_CONNECTORS, "عندما", "حين", "إذ"))
#: Words a small parser takes for the subject of a cue: discourse connectives and "in this regard".
_DISCOURSE_PHRASES = frozenset(
    normalize(word)
    for word in ("بدوره", "بدورها", "بدورهم", "جهته", "جهتها", "الصدد", "ذلك", "بذلك", "هنا", "ناحيته", "ناحيتها")
)
_NO_MENTION = Mention(speaker=None, role=None, head=None)


def usable_speaker(context: DocumentContext, match: Match) -> Word | None:
    """The bound subject, unless it stands inside the quoted speech (a small parser's nsubj of the quote)."""
    speaker = match.word("speaker")
    if speaker is None:
        return None
    cue_end = match.anchor.end
    if speaker.start > cue_end and speaker.start >= speech_opening(context, cue_end, match.sentence.end):
        return None
    if normalize(word_span(context.text, speaker.start, speaker.end).text) in _DISCOURSE_PHRASES:
        return None  # بدوره، أكد …: "in turn", not a subject
    if context.marks.containing(speaker.start) != context.marks.containing(match.anchor.start):
        return None  # a subject and a cue on two sides of a quotation mark
    if not could_be_source(context.text, match.sentence, speaker):
        return None
    return speaker


def described(context: DocumentContext, sentence: SentenceGraph, match: Match) -> Word | None:
    """The noun a cue's relative clause describes (نبوءةٌ تقول إن …); a clause opened by حيث/كما/عندما
    only follows the noun (… وبأي صفة، حيث أشار إلى أنه …)."""
    noun = match.word("described")
    if noun is None:
        return None
    if any(
        child.base_deprel == "mark" and any(key in _CLAUSE_CONNECTORS_NORMALISED for key in child.keys)
        for child in sentence.children(match.anchor.index)
    ):
        return None
    # a clause without الذي/التي describes only an indefinite noun (باحثين يصفان …), not استجوابه، المشروع
    relative = any(
        child.upos == "PRON" and any(key in RELATIVE_PRONOUNS for key in child.keys)
        for child in sentence.children(match.anchor.index)
    )
    following = sentence.word(noun.index + 1) if noun.index < len(sentence.words) else None
    definite = (
        noun.feat("Definite") in ("Def", "Cons")
        or normalize(noun.text).startswith("ال")
        or (following is not None and following.upos == "PRON" and following.start < noun.end + 1)
    )
    if definite and not relative:
        return None
    if normalize(word_span(context.text, noun.start, noun.end).text) in _DISCOURSE_PHRASES:
        return None  # من جهته أكد …
    return noun


def grow_mention(
    context: DocumentContext, sentence: SentenceGraph, head: Word | None, *, limit: int, content_head: Word | None
) -> Mention:
    """The mention headed by `head`; a personal pronoun stands for the noun its relative clause describes."""
    if head is None:
        return _NO_MENTION
    quantified = any(child.base_deprel == "det" for child in sentence.children(head.index))
    if head.upos == "PRON" and not quantified and any(key in _PERSONAL_PRONOUNS for key in head.keys):
        parent = sentence.parent(head.index)
        if parent is not None and parent.deprel.startswith("acl"):
            governor = sentence.parent(parent.index)
            if governor is not None and not is_time(governor):
                head = governor
            else:
                return _NO_MENTION
        else:
            return _NO_MENTION
    return describe_speaker(
        sentence,
        head,
        context.text,
        roles=context.lexicons.roles,
        honorifics=context.lexicons.honorifics,
        limit=limit,
        stop_at=content_head.index if content_head is not None and content_head.index > head.index else None,
    )


def nominal_between(context: DocumentContext, sentence: SentenceGraph, cue_word: Word, content_start: int) -> Word | None:
    """VSO with a missed subject: the first noun after the cue, before the content, not in a prepositional phrase.

    After an addressee (وأوضح لـ"عين اليوم" أمين عام غرفة جدة …) the first role noun or given name counts.
    """
    found = _first_nominal(context, sentence, cue_word, content_start)
    if found is not None:
        return found
    lexicons = context.lexicons
    for word in sentence.words[cue_word.index :]:
        if word.start >= content_start or word.text in (":", "؛", "،", ",", "."):
            return None
        if context.marks.containing(word.start) is not None or word.upos in ("ADP", "PUNCT"):
            continue
        if any(key in lexicons.roles or key in lexicons.names for key in word.keys):
            return word
    return None


def _first_nominal(context: DocumentContext, sentence: SentenceGraph, cue_word: Word, content_start: int) -> Word | None:
    for word in sentence.words[cue_word.index :]:
        if word.start >= content_start:
            return None
        if word.upos == "PUNCT":
            if word.text in (":", "،", ",", '"', "«", "“"):
                return None
            continue
        if word.upos == "ADP" and word.index < len(sentence.words) and sentence.words[word.index].upos == "PRON":
            continue  # ذكر فيه دبلوماسي …: a preposition with a pronoun, not the speaker's phrase
        if word.upos == "PRON" and word.index > 1 and sentence.words[word.index - 2].upos == "ADP":
            continue
        if word.upos in ("ADP", "SCONJ", "VERB", "AUX") or word.deprel in ("case", "mark"):
            return None
        surface = word_span(context.text, word.start, word.end).text
        if any(key in context.lexicons.participles for key in (*word.keys, *form_keys(surface))):
            return None  # قوله، قولها: the speech itself, not its speaker
        if any(key in _DISCOURSE_PHRASES for key in word.keys):
            return None
        if word.upos in ("NOUN", "PROPN", "X") and word.token_first and not any(key in TIME_WORDS for key in word.keys):
            return word
        if word.upos not in ("DET", "PART", "CCONJ", "ADV"):
            return None
    return None


def _phrase_from(context: DocumentContext, sentence: SentenceGraph, word: Word, limit: int) -> Mention | None:
    return phrase_between(
        sentence,
        word,
        context.text,
        limit=limit,
        roles=context.lexicons.roles,
        honorifics=context.lexicons.honorifics,
        names=context.lexicons.names,
    )


def name_out_of_content(
    context: DocumentContext,
    sentence: SentenceGraph,
    speaker_word: Word,
    content: Span,
    found: Mention,
    notes: list[str],
) -> tuple[Span, Mention]:
    """`وكشف الناطق الإعلامي … العقيد عاطي بن عطية القرشي عن رصد …`: a small parser takes the name after a
    long role for the object; the name belongs to the speaker and the content starts after it."""
    if speaker_word.start >= content.start:
        return content, found
    limit = next(
        (
            word.start
            for word in sentence.words
            if content.start < word.start < content.end
            and (word.upos == "PUNCT" or any(key in LEADING_PREPOSITIONS for key in word.keys))
        ),
        content.end,
    )
    wide = _phrase_from(context, sentence, speaker_word, limit)
    if wide is None or wide.speaker is None or wide.speaker.start != content.start:
        return content, found
    rest = [word for word in sentence.words if wide.speaker.end <= word.start < content.end]
    while rest and rest[0].upos == "ADP" and any(key in LEADING_PREPOSITIONS for key in rest[0].keys):
        rest = rest[1:]
    if not rest:
        return content, found
    trimmed = trim(context.text, rest[0].start, content.end)
    if trimmed is None:
        return content, found
    notes.append("the name the parse took for the content belongs to the speaker")
    return trimmed, wide


def title_of(
    context: DocumentContext, speaker_word: Word | None, found: Mention, content: Span
) -> bool:
    """Is the quoted content right after a titled noun of the subject (معرض، برنامج، حملة "…"): its name?"""
    titled = context.lexicons.titled
    if speaker_word is None or found.speaker is None or titled is None:
        return False
    if not any(strip_article(key) in titled for key in speaker_word.keys):
        return False
    opening = content.start - 1
    while opening > 0 and context.text[opening] in "\"«“ ":
        opening -= 1
    return found.speaker.start <= opening < found.speaker.end + 1 and found.speaker.end <= content.start


def prefer_phrase(
    context: DocumentContext,
    sentence: SentenceGraph,
    cue_word: Word,
    speaker_word: Word | None,
    found: Mention,
    limit: int,
) -> Mention:
    """Trust the words of the subject's phrase when they show a name the parse missed: between cue and content
    (VSO), or between the subject and the cue (SVO: اللاعب محمد العلي أكد أنه …)."""
    if speaker_word is None or speaker_word.start >= limit:
        return found
    if speaker_word.index < cue_word.index:
        limit = cue_word.start
    phrase = _phrase_from(context, sentence, speaker_word, limit)
    if phrase is None or phrase.speaker is None:
        return found
    if found.speaker == phrase.speaker:
        # the parse found the same name: keep its role, or take the one the words show
        return found if found.role is not None or phrase.role is None else attrs.evolve(found, role=phrase.role)
    return Mention(
        speaker=phrase.speaker,
        role=phrase.role or found.role,
        head=phrase.head,
        notes=found.notes + phrase.notes,
    )


def with_conjuncts(context: DocumentContext, sentence: SentenceGraph, cue_word: Word, found: Mention, limit: int) -> Mention:
    """`دبلوماسي روسي سابق ومحللان`: a coordinated subject the parser hung from the verb belongs to the speaker."""
    speaker = found.speaker
    if speaker is None or speaker.start < cue_word.start:
        return found
    following = [word for word in sentence.words if speaker.end <= word.start < limit]
    if len(following) < 2 or following[0].upos != "CCONJ" or following[0].end != following[1].start:
        return found
    conjunct = following[1]
    if conjunct.upos not in ("NOUN", "PROPN", "X") or conjunct.base_deprel != "conj":
        return found
    end = max(word.end for word in sentence.subtree(conjunct.index) if word.start < limit)
    return attrs.evolve(found, speaker=Span.from_offsets(context.text, speaker.start, end))


def outside_content(found: Mention, content: Span) -> Mention:
    """A speaker inside the content is none (a small parser's "subject" there); but `قال الوزير إن "داعش" …`:
    where the parse took the content's first word for a name in apposition, the role before it is the speaker."""
    speaker = found.speaker
    if speaker is None or not (speaker.start >= content.start and speaker.end <= content.end):
        return found
    if found.role is not None and found.role.end <= content.start and found.head is not None:
        return Mention(speaker=found.role, role=found.role, head=found.head)
    return attrs.evolve(found, speaker=None)


def find_via(context: DocumentContext, sentence: SentenceGraph, match: Match, limit: int) -> Span | None:
    """The transmitter the rule bound (نقلت رويترز عن …): its mention, up to `limit`."""
    via_word = match.word("via")
    if via_word is None:
        return None
    return describe_speaker(
        sentence,
        via_word,
        context.text,
        roles=context.lexicons.roles,
        honorifics=context.lexicons.honorifics,
        limit=limit,
    ).speaker


def main_clause_hint(context: DocumentContext, sentence: SentenceGraph, match: Match, cue_start: int) -> Mention | None:
    """The subject of the clause the cue hangs from, if it agrees with the cue: a hint for a cue without one."""
    cue_word = match.anchor
    hint_word = match.word("main_speaker")
    main_word = match.word("main")
    if hint_word is not None and not could_be_source(context.text, sentence, hint_word):
        hint_word = None
    if hint_word is not None and _disagree(hint_word, cue_word, "Gender"):
        hint_word = None  # تواصلت الصحيفة مع …، فأكد: the masculine verb has another subject
    if hint_word is None and main_word is not None and (
        names_a_source(context.lexicons, main_word) or main_word.base_deprel == "nsubj"
    ):
        hint_word = main_word  # سخر أوباما قائلاً: the participle hangs from its speaker
    return grow_mention(context, sentence, hint_word, limit=cue_start, content_head=cue_word) if hint_word else None


def _disagree(first: Word, second: Word, feature: str) -> bool:
    one, other = first.feat(feature), second.feat(feature)
    return one is not None and other is not None and one != other
