"""According-to quotes (`وفقاً لوزارة الصحة`، `على لسان المتحدث`، `حسب مصادر`): the source the marker
governs, and the content of the clause before the marker or after the source."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from quotes.drafts.context import DocumentContext
from quotes.drafts.draft import Draft
from quotes.drafts.spans import end_before_boundary, holds_relative_ma, sentence_end, trim
from quotes.drafts.subject_mention import grow_mention
from quotes.drafts.words import cue_at, is_cue_word, names_a_source, names_someone
from quotes.grammar.loader import bundled_lexicon, marked_words
from quotes.graph import SentenceGraph, Word
from quotes.match import Match
from quotes.model import Cue, Span
from quotes.normalize import PRONOUN_ENDINGS, normalize, starts_normalised, strip_article, strip_conjunction
from quotes.speakers import Mention, is_time

#: The words of according-to markers that also mean "in line with", "as needed" (according_to.tsv, column checked_word):
#: after them the source is checked.
_AMBIGUOUS_MARKERS = frozenset(
    normalize(entry.fields["checked_word"])
    for entry in bundled_lexicon("according_to").entries.values()
    if entry.fields.get("checked_word")
)
#: The content on either side is at least this many words long.
_MIN_CONTENT_WORDS = 3


#: Opinion markers that are also the complement of a verb or noun before them (أدلى برأيه، أخذ برأي الخبراء).
_OPINION_MARKERS = tuple(normalize(word) for word in ("برأي", "رأي"))


def _complement_of_word_before(text: str, sentence: SentenceGraph, start: int, end: int) -> bool:
    """An opinion marker that opens no clause: a word stands right before it (الإدلاء برأيه), where the marker
    sense opens its clause (برأيه، …؛ وبرأي الخبراء …: after nothing, و, or punctuation)."""
    if not strip_conjunction(normalize(text[start:end])).startswith(_OPINION_MARKERS):
        return False
    before = text[sentence.start : start].rstrip()
    if not before or not before[-1].isalpha():
        return False
    return before.split()[-1] not in ("و", "ف")


#: What opens the main clause after an according-to phrase at the head of its sentence (وبحسب فلان فإن …، فقد …).
_MAIN_CLAUSE_OPENINGS = tuple(normalize(word) for word in ("فإن", "فقد"))

#: The pronouns that open what the source is, right after it (`…، وفقا لمنظمة …، وهي مجموعة مناصرة`).
_SOURCE_DESCRIBED = frozenset(normalize(word) for word in ("وهو", "وهي", "وهم", "وهما", "وهن"))

#: Words that open a clause depending on the one before the marker (`…، وفقا لموقع …، حيث كان …`): after the source's
#: comma they explain what the marker reported, they are not what it reported.
_DEPENDENT_OPENINGS = frozenset(normalize(word) for word in ("حيث", "إذ", "اذ", "بينما", "فيما", "مما"))

#: "That" between a comma and a marker (…، وذلك وفقا لـ …، وذلك حسب …): the whole clause before it is the content.
_THAT_BEFORE_MARKER = re.compile(r"[،,]\s*و?ذلك$")

#: "As" in `…، على ما أفاد مصدر`: a marker only after a comma; elsewhere على ما is a verb's or noun's complement.
_AS_WHAT = normalize("على")
_WHAT_AFTER = re.compile(r"\s+ما\s")


def _complement_not_marker(text: str, sentence: SentenceGraph, start: int, end: int) -> bool:
    """على ما with no comma before it (حصل على ما يريد، تعليقا على ما ذكرته الصحيفة): the preposition of the word
    before it, not "as" (`…، على ما أعلنت الوزارة`)."""
    if strip_conjunction(normalize(text[start:end])) != _AS_WHAT or not _WHAT_AFTER.match(text, end):
        return False  # على لسان، على حد قوله: markers wherever they stand
    before = text[sentence.start : start].rstrip()
    return not before.endswith(("،", ","))


#: The emphatic nouns (نفس، ذات: rules/lexicons/emphatic_words.tsv), which also stand before the noun they repeat.
_THE_SAME = marked_words("emphatic_words", "before_noun")


def _after_the_same(sentence: SentenceGraph, source: Word) -> Word:
    """The definite noun an emphatic noun is in construct with (`حسب نفس المتحدث`، `وفق ذات المصدر`: the same speaker
    again): what the source is, by which the marker names one."""
    following = sentence.word_after(source)
    if (
        following is not None
        and following.head == source.index
        and source.keys
        and strip_conjunction(source.keys[0]) in _THE_SAME
        and normalize(following.text).startswith("ال")
    ):
        return following
    return source


def according_to(
    context: DocumentContext, sentence: SentenceGraph, match: Match, boundaries: Sequence[int] = ()
) -> Draft | None:
    """The draft of an according-to match, or None where the marker names no source or no clause goes with it; the
    content after the source ends at the first of `boundaries` (a later quote's cue: `وبحسب فلان، فإن …، مشيراً إلى
    …`)."""
    text = context.text
    marker = match.word("marker")
    source = match.word("speaker")
    if marker is None or source is None:
        return None
    marker_word = marker
    if marker.deprel in ("fixed",) and marker.index > 1 and sentence.word(marker.index - 1).start == marker.start:
        marker_word = sentence.word(marker.index - 1)
    cue = cue_at(text, marker_word)
    if normalize(cue.text) == "فحسب":
        return None  # لم تتجاوز العشرين فحسب: "only", not "according to"
    if _complement_of_word_before(text, sentence, cue.start, cue.end):
        return None  # أدلى برأيه في السياسة الخارجية: "gave his opinion", the ب of the verb before it, no source
    if _complement_not_marker(text, sentence, cue.start, cue.end):
        return None  # وجاء القرار تعليقا على ما ذكرته الصحيفة: "on what the paper said", not "as it said"
    if not _names_a_source_for(context, sentence, marker, _after_the_same(sentence, source)):
        return None  # حسب الطلب، وفق منظوره: "as required", "in line with", not a source
    holds_ma = _relative_marker(context.text, marker_word)
    relative = holds_ma and source.index == marker_word.index + 1
    if holds_ma and source.upos == "VERB" and not relative:
        return None  # حسبما …: only the verb right after the marker is its own; a verb further on reports nothing of it
    if relative:
        source = _subject_after(sentence, source)  # حسبما ورد في محضر الاتهام: the verb's source, not the verb
        if source is None:
            return None
    elif source.upos == "PRON" and any(key == "ما" for key in source.keys):
        # بحسب ما أوردت صحيفة كاثيميريني، بحسب ما أفاد مسؤول محلي وكالة فرانس برس: ما and a reporting verb
        source = _reported_source(context, sentence, source)
        if source is None:
            return None  # بحسب ما يحلو له، حسب ما كانوا يرون: no report, no source
        relative = True  # (written apart, ما and its verb report the clause before the marker as حسبما does)
    found = grow_mention(context, sentence, source, limit=sentence.end, content_head=None)
    if found.speaker is None:
        return None
    found, by_pronoun = _without_marker_words(context, found)
    if found.speaker is None and not by_pronoun:
        return None
    source_end = _end_of_source(text, sentence, source, found.speaker, cue)
    # content before the marker: the clause just before it, from the last comma, colon or dash
    separator = cue.start
    # (… دون أن تسجل إصابات؛ وفق مصادر أمنية: a semicolon right before the marker closes the clause it reports)
    while separator > sentence.start and text[separator - 1] in " \t\n،,؛;ـ-–—(":
        separator -= 1
    # (…، حسبما ذكرت الوكالة: a verb after the marker reports the whole clause before it, its commas included; so
    # does a marker whose pronoun is the source where no cue of the clause spoke before it: لو …، لكان … حسب تأكيده)
    whole_clause = relative or (
        by_pronoun
        and not any(is_cue_word(context, sentence, word) for word in sentence.words_ending_by(cue.start))
    )
    if any(mark in text[separator : cue.start] for mark in "؛;"):
        whole_clause = True  # (…، في مدينة غزة، بواسطة عبوات ناسفة؛ حسب شهود عيان: the whole clause before the semicolon)
    # (…، وذلك وفقا للأرقام التي نشرتها الهيئة: "that" points back at the whole clause before its comma)
    pointer = _THAT_BEFORE_MARKER.search(text, sentence.start, separator)
    if pointer is not None:
        separator = pointer.start()
        whole_clause = True
    opening = max(
        [sentence.start]
        + [
            position + 1
            for position in (text.rfind(mark, sentence.start, separator) for mark in ("ـ(–—:؛" if whole_clause else "ـ(–—:،,؛"))
            # (… في سان خوسيه (كاليفورنيا)، وذلك … بحسب ما كشف …: a bracket closed before the marker opens nothing)
            if position != -1 and _opens_clause(text, position, separator)
        ]
    )
    if not whole_clause:
        opening = _back_to_a_clause(context, sentence, opening, separator)
    before = trim(text, opening, separator if pointer is not None else cue.start)
    after_start = max(source_end, found.speaker.end if found.speaker is not None else source_end)
    after_end = end_before_boundary(text, after_start, sentence_end(text, sentence, after_start, context.marks), boundaries)
    after = trim(text, after_start, after_end)
    # (…، حسبما أفاد الدفاع المدني، فيما …: a verb after the marker closes the clause before it, whatever follows)
    comma_after_source = text[after_start : after_start + 3].strip()[:1] in ("،", ",") and not relative
    # (…، فإنه وطبقا لما أعلنته القيادة فإن عددا …: a clause opened by فإن/فقد after the source is the main one)
    # (وحسب تأكيده أن أحد …: a complementizer right after the source opens the clause it reports)
    first_after = after.text.split(maxsplit=1)[0] if after is not None and after.text.strip() else ""
    if normalize(first_after) in _SOURCE_DESCRIBED:
        after = None  # …، وفقا لمنظمة الصحة العالمية، وهي هيئة تابعة للأمم المتحدة: what the source is, not what it said
    if comma_after_source and normalize(first_after) in _DEPENDENT_OPENINGS and before is not None:
        comma_after_source = False  # سجل هزازي تسعة أهداف، وفقا لموقع …، حيث كان …: the clause before it was reported
    main_after = after is not None and (
        starts_normalised(after.text, _MAIN_CLAUSE_OPENINGS) or normalize(first_after) in context.lexicons.complementizers
    )
    long_enough = [
        side
        for side in ((after, before) if comma_after_source or main_after or before is None else (before, after))
        if side is not None and len(side.text.split()) >= _MIN_CONTENT_WORDS
    ]
    # (الإيراد سيتجاوز، حسب خبراء، 50 مليون دولار؛ وفي مناسبة أخرى، وفقا لفلان، وقف الوزير …: the side that is a clause)
    long_enough.sort(key=lambda side: not _is_a_clause(context, sentence, side.start, side.end))
    if not long_enough:
        return None
    set_off = comma_after_source and any(mark in text[separator : cue.start] for mark in _COMMAS)
    parenthetical = _around_a_parenthesis(context, sentence, before, after, set_off=set_off)
    if parenthetical is not None:
        long_enough = [parenthetical]
    # (وبحسب قوله فإن …: a pronoun before its content stands for the source named before, not the content's subject)
    closes = long_enough[0].end <= cue.start
    hint = _clause_subject(context, sentence, long_enough[0]) if by_pronoun and found.speaker is None and closes else None
    return Draft(
        sentence_index=sentence.index,
        type="according_to",
        content=long_enough[0],
        cue=cue,
        cue_class="according_to",
        speaker=found.speaker,
        role=found.role,
        via=None,
        speaker_hint=hint.speaker if hint is not None else None,
        hint_role=hint.role if hint is not None else None,
        cue_gender=None,
        cue_number=None,
        match=match,
        extra_bindings=(),
        priority=match.rule.priority,
        confidence=match.rule.confidence,
        notes=("source governed by the marker", *found.notes),
    )


#: Marks that close the clause before an according-to marker (the comma too, unless the stretch after it is no clause).
_CLAUSE_MARKS = "ـ(–—:،,؛"
_COMMAS = "،,"
#: A bracket or quotation mark a preposition's tatweel joins it to (بـ(…)، لـ"…").
_OPENING_MARKS = frozenset('("«“')
#: The relative pronoun's lemma: a stretch that opens with it describes the noun before it (…، التي وفرتها القوات).
_RELATIVE = normalize("الذي")


def _around_a_parenthesis(
    context: DocumentContext, sentence: SentenceGraph, before: Span | None, after: Span | None, *, set_off: bool
) -> Span | None:
    """The clause around a marker set off by commas inside it (`خلفت هذه البراميل، وفقا للشبكة، أضرارا بـ27 مركزا`):
    the stretch before is a clause whose verb goes on after the source (its object, no verb of its own), so the content
    is the whole clause, the marker in it. None where the stretch after is a clause of its own (`قتل 20 شخصا، بحسب
    المرصد، وأصيب 30 آخرون`) or too short to be a verb's complement. `set_off`: a comma before the marker and one after
    its source."""
    if not set_off or before is None or after is None or len(after.text.split()) < _MIN_CONTENT_WORDS:
        return None
    if not _is_a_clause(context, sentence, before.start, before.end) or _is_a_clause(context, sentence, after.start, after.end):
        return None
    first = next((word for word in sentence.words_within(after.start, after.end) if word.upos != "PUNCT"), None)
    if first is None or first.upos == "CCONJ":
        return None  # (…، بحسب المرصد، والمصابين …: a conjunct, not the verb's complement)
    if not _reads_as_object(first):
        return None  # (…، بحسب مختبرات «…»، أكبر هيئة بحثية …: the source's description, in its case, not an object)
    return trim(context.text, before.start, after.end)


def _reads_as_object(word: Word) -> bool:
    """Whether a word after a parenthetical marker opens the verb's object: a number (`، بحسب الشرطة، خمسة جرحى`،
    `20 شخصا`) or an indefinite noun in the accusative, its tanween written with alif (`أضرارا`، `عدداً`). A
    description of the source stands in the source's genitive and never takes that alif (`أكبر هيئة بحثية`)."""
    written = word.text.rstrip("ً")
    if word.upos == "NUM" or written[:1].isdigit():
        return True
    return word.upos in ("NOUN", "ADJ", "X") and written.endswith("ا") and not normalize(written).startswith("ال")


def _end_of_source(text: str, sentence: SentenceGraph, source: Word, speaker: Span | None, cue: Cue) -> int:
    """Where the source's words end: its subtree, but an aside set off by commas (`ومن الأهداف الرئيسية للبرنامج، بحسب
    الخالدي، العمل على …`) ends at the comma after the source, whatever the parse hung on the source after it: what
    follows that comma is the clause it sources (not a name in apposition: `بحسب مدير البرنامج، سعد الخالدي، …`)."""
    end = max(word.end for word in sentence.subtree(source.index))
    if speaker is None or end <= speaker.end or text[: cue.start].rstrip()[-1:] not in _COMMAS:
        return end
    rest = text[speaker.end : end]
    if rest.lstrip()[:1] not in _COMMAS:
        return end
    comma = speaker.end + rest.index(rest.lstrip()[0])
    following = sentence.first_starting(comma + 1)
    if following is None or following.upos in ("PROPN", "X", "PUNCT"):
        return end
    return speaker.end


def _is_a_clause(context: DocumentContext, sentence: SentenceGraph, start: int, end: int) -> bool:
    """Whether the text between `start` and `end` holds a clause: a verb (كانت among them) or a subject, or a
    complementizer or فإن/فقد that opens it; not a stretch that a relative pronoun opens (it describes the noun before
    it)."""
    words = [word for word in sentence.words_within(start, end) if word.upos != "PUNCT"]
    if not words or (words[0].upos == "PRON" and words[0].lemma_key == _RELATIVE):
        return False
    opening = normalize(context.text[words[0].start : words[0].end])
    if opening in _MAIN_CLAUSE_OPENINGS or context.lexicons.is_complementizer(words[0]):
        return True
    # (a nominal sentence has a subject of its own: وهذا ما هو واضح في الربع الثاني بحسب فلان)
    return any(word.upos in ("VERB", "AUX") or word.base_deprel == "nsubj" for word in words)


def _opens_clause(text: str, position: int, end: int) -> bool:
    """Whether the mark at `position` opens the clause that ends at `end`: not a bracket closed before it (في سان خوسيه
    (كاليفورنيا)، …), nor a tatweel that joins a preposition to a bracket or quotation mark (بـ(دولة خلافة)،
    لـ"الرياض": no dash)."""
    mark = text[position]
    if mark == "(" and text.find(")", position, end) != -1:
        return False
    return not (
        mark == "ـ"
        and 0 < position < len(text) - 1
        and text[position - 1].isalpha()
        and text[position - 1] != "ـ"
        and text[position + 1] in _OPENING_MARKS
    )


def _back_to_a_clause(context: DocumentContext, sentence: SentenceGraph, opening: int, end: int) -> int:
    """The opening of the clause a marker after it reports: past the commas before stretches that are no clause (`أصيب
    ثلاثة أشخاص في حريق، شرق المدينة، وفقا لشهود عيان`: a place, an apposition, a verbal noun or a relative clause
    is what the clause before it goes on with), back to the stretch that holds one; a colon, dash, bracket or
    semicolon still opens the clause."""
    text = context.text
    while opening > sentence.start and text[opening - 1] in _COMMAS and not _is_a_clause(context, sentence, opening, end):
        comma = opening - 1
        found = [text.rfind(mark, sentence.start, comma) for mark in _CLAUSE_MARKS]
        opening = max(
            [sentence.start]
            + [
                position + 1
                for position in found
                # (a bracket closed before the comma opens nothing: في سان خوسيه (كاليفورنيا)، …)
                if position != -1 and _opens_clause(text, position, comma)
            ]
        )
    return opening


def _clause_subject(context: DocumentContext, sentence: SentenceGraph, content: Span) -> Mention | None:
    """على حد قوله، حسب تعبيره: the pronoun stands for the subject of the clause the marker closes (`تعهد رئيس
    الوزراء الأسترالي مالكوم تيرنبول بخفض الضرائب …، على حد قوله`), where that subject names a source."""
    inside = sentence.words_within(content.start, content.end)
    indices = {word.index for word in inside}
    for verb in (word for word in inside if word.upos == "VERB" and word.head not in indices):
        for subject in sentence.children(verb.index):
            if subject.base_deprel == "nsubj" and subject.index in indices and names_someone(context, sentence, subject):
                found = grow_mention(context, sentence, subject, limit=content.end, content_head=None)
                if found.speaker is not None:
                    return attrs.evolve(found, notes=(*found.notes, "speaker: the subject of the clause the marker closes"))
    return None


#: The possessive pronouns written on a word, longest first (quotes.normalize.PRONOUN_ENDINGS).
_POSSESSIVE_PRONOUNS = "|".join(PRONOUN_ENDINGS)
#: Possessive pronouns on a marker's last word (على حد قوله، على لسانها).
_PRONOUN_SUFFIX = re.compile(f"({_POSSESSIVE_PRONOUNS})$")
#: A pronoun written on the word that ends right before it (قول|ه), which the parse made a word of its own.
_PRONOUN_GLUED = re.compile(f"(?:{_POSSESSIVE_PRONOUNS})(?!\\w)")


def _without_marker_words(context: DocumentContext, found: Mention) -> tuple[Mention, bool]:
    """على لسان المتحدث …: a parse that takes لسان for the source leaves the marker's tail in the mention; and whether
    the tail carried a pronoun (على حد تعبيره: the source is the one named before, no mention is left)."""
    speaker = found.speaker
    while speaker is not None:
        first = speaker.text.split(maxsplit=1)
        word = normalize(first[0]) if first else ""
        bare = _PRONOUN_SUFFIX.sub("", word)
        if bare.endswith("ت") and bare != word:
            bare = bare[:-1] + "ه"  # روايته، شهادتها: before a pronoun ة is written ت (normalised, the noun ends in ه)
        if bare != word and _says_by_its_pronoun(context, bare):
            # على حد تعبيره، بحسب تصريحه، وفقا لروايتها: the pronoun written on the words is the source
            return attrs.evolve(found, speaker=None, role=None), True
        if len(first) == 1 and _says_by_its_pronoun(context, word) and _PRONOUN_GLUED.match(context.text, speaker.end):
            return attrs.evolve(found, speaker=None, role=None), True  # وبحسب قول | ه: the parse split the pronoun off
        if not first or normalize(first[0]) not in context.lexicons.marker_tails:
            break
        if len(first) == 1:
            return attrs.evolve(found, speaker=None), False
        speaker = Span.from_offsets(context.text, speaker.end - len(first[1]), speaker.end)
    return attrs.evolve(found, speaker=speaker), False


def _says_by_its_pronoun(context: DocumentContext, noun: str) -> bool:
    """Whether `noun` (normalised, its pronoun taken off) is a marker's tail or a noun of speech (قول، تعبير، تصريح،
    رواية: speech_nouns.tsv), so that the pronoun written on it after a marker names the source."""
    speech = context.lexicons.speech_nouns
    return noun in context.lexicons.marker_tails or (speech is not None and noun in speech)


def _relative_marker(text: str, marker: Word) -> bool:
    """حسبما، بحسبما: the marker holds ما, so the word after it is a verb (ورد، ذكرت), whatever the tagger called it."""
    return holds_relative_ma(normalize(text[marker.start : marker.end]))


def _subject_after(sentence: SentenceGraph, verb: Word) -> Word | None:
    """The source a verb after حسبما names: its first noun, past a preposition (ورد في | محضر الاتهام، ذكرت | الوكالة)
    and the time it was said (أعلنت مساء أمس | وكالة الأنباء: when, never who)."""
    for word in sentence.words[verb.index :]:
        if word.upos in ("ADP", "ADV") or is_time(word):
            continue
        return word if word.upos in ("NOUN", "PROPN", "X") else None
    return None


def _reported_source(context: DocumentContext, sentence: SentenceGraph, relative: Word) -> Word | None:
    """After `بحسب ما` written apart: the subject of the reporting verb right after ما (past a time word and a
    preposition), where it names someone or the parse makes it the verb's own; None for any other verb (بحسب ما يحلو
    له)."""
    verb = sentence.word_after(relative)
    if verb is None or verb.upos != "VERB":
        return None
    # (is_cue_word refuses a word with a pronoun written on it, a speech noun's owner: قولها; on a verb it is the
    # object, بحسب ما نقلته وكالة رويترز)
    reporting = any(key in context.lexicons.verbs for key in (verb.lemma_key, *verb.keys))
    if not (
        reporting or is_cue_word(context, sentence, verb) or _feminine_past_of_cue(context, verb) or _spreads_words(verb)
    ):
        return None
    if any(
        _opened_by_an(sentence, child) and not _on_its_preposition(sentence, child)
        for child in sentence.children(verb.index)
        if child.base_deprel == "obl"
    ):
        return None  # وفقا لما نقلته الوكالة عن الرئيس: the agency relays another's words (the quote before it), no source of its own
    object_pronoun = complement_pronoun = False
    for word in sentence.words[verb.index :]:
        if word.upos == "PRON" and word.start == verb.end:
            object_pronoun = True  # (بحسب ما نقلته وكالة رويترز: the object pronoun written on the verb)
            continue
        if _on_its_preposition(sentence, word):
            # بحسب ما صرح به مدير الشرطة، وفق ما كشف عنه فلان: the pronoun is ما again, the source comes right after it
            complement_pronoun = True
            continue
        if word.upos == "ADP" and complement_pronoun:
            return None  # حسب ما صرح به عبر حسابه: no source named, a medium after the verb's complement
        if word.upos == "ADP" or is_time(word):
            continue
        # (an adjective standing as a noun, the verb's own in the parse: بحسب ما أكد دبلوماسي أميركي)
        if (word.upos in ("NOUN", "PROPN", "X") and (names_someone(context, sentence, word) or _subject_of(word, verb))) or (
            word.upos == "ADJ" and _subject_of(word, verb)
        ):
            if object_pronoun and _complementizer_after(context, sentence, word):
                return None  # أفاد اللاعب حسب ما ذكرته المصادر أنه …: the marker relays the quote around it
            return word
        return None
    return None


def _spreads_words(verb: Word) -> bool:
    """A verb that spreads another's words (بث، أذاع، نشر: rules/lexicons/issuing_verbs.tsv, column spreads): after
    `بحسب ما` its subject is the medium that is the source (`وبحسب ما بثته وكالة الأنباء السعودية، فإن …`), though
    alone it is no cue (بث مقطعا، يبث من أخبار)."""
    spreading = marked_words("issuing_verbs", "spreads")
    return any(key in spreading for key in (verb.lemma_key, *verb.keys))


def _subject_of(word: Word, verb: Word) -> bool:
    """Whether the parse hangs `word` on the reporting verb as its subject, or as its object where ما is the object
    (بحسب ما أعلنت السلطات الإسرائيلية: a source no lexicon lists, but the one whose report it is)."""
    return word.head == verb.index and word.base_deprel in ("nsubj", "obj")


def _complementizer_after(context: DocumentContext, sentence: SentenceGraph, word: Word) -> bool:
    """Whether a complementizer (أن، إن، بأن) follows the phrase `word` heads: a reported clause goes on after it."""
    end = max(other.index for other in sentence.subtree(word.index))
    following = sentence.word(end + 1) if end < len(sentence.words) else None
    return following is not None and context.lexicons.is_complementizer(following)


def _on_its_preposition(sentence: SentenceGraph, word: Word) -> bool:
    """A pronoun written on the preposition before it (به، عنه): the reporting verb's own complement, not a source."""
    previous = sentence.word_before(word)
    return word.upos == "PRON" and previous is not None and previous.upos == "ADP" and previous.end == word.start


def _opened_by_an(sentence: SentenceGraph, word: Word) -> bool:
    """Whether the preposition عن ("from") opens `word`'s phrase."""
    return any(child.base_deprel == "case" and normalize(child.text) == "عن" for child in sentence.children(word.index))


def _feminine_past_of_cue(context: DocumentContext, verb: Word) -> bool:
    """اوردت، ذكرت: a reporting verb's past tense with the feminine ت, where the lemmatizer gave no lemma of its own
    (a form written without hamza)."""
    written = strip_conjunction(normalize(context.text[verb.start : verb.end]))
    return written.endswith("ت") and written[:-1] in context.lexicons.verbs


def _names_a_source_for(context: DocumentContext, sentence: SentenceGraph, marker: Word, source: Word) -> bool:
    """After an ambiguous marker (حسب، وفق، بناء على …) the source must look like one: a name, a role or
    descriptor, an organisation, a group or a medium (وفقاً لوسائل الإعلام), a statement or report, a plural of people,
    or ما + a reporting verb."""
    # the marker's written words (من وجهة نظرهم: the parse binds only من)
    written = normalize(context.text[marker.start : marker.start + 40]).split()[:3]
    marker_words = {*written, *(strip_conjunction(word) for word in written)}
    if not (marker_words | {*marker.keys, *marker.token_keys}) & _AMBIGUOUS_MARKERS:
        return True
    if source.upos in ("PROPN", "X", "VERB") or _names_someone_as_written(context, source):
        return True
    if context.tagged_person_or_body(sentence, source):
        return True  # بحسب المرصد السوري لحقوق الإنسان: a body the entity tagger found
    if source.keys and source.keys[0] in context.person_name_words:
        return True  # وبحسب السناني: a person the tagger found elsewhere in the document, by the surname alone
    if _with_its_article(sentence, source) & context.person_name_words:
        return True  # ووفقا للدعرمي (ل + لدعرمي): the surname with its article, as the tagger found it before
    if source.keys and source.keys[0] in context.proper_noun_words:
        return True  # وحسب الرميلي، فإن …: a name the parser read as a proper noun elsewhere in the document
    if _name_in_marks_after(context.text, marker, source):
        return True  # بحسب «الشرق الأوسط»، حسب (الحياة): a newspaper's name in quotation marks or brackets
    if _quantity_of_sources(context, sentence, source):
        return True  # بحسب العديد من الخبراء: "many of" the experts
    if source.upos == "PRON" and any(key in ("ما", "ماذا") for key in source.keys):
        return True
    keys = {strip_article(key) for key in source.keys}
    previous = sentence.word_before(source)
    if previous is not None and previous.upos == "ADP" and previous.end == source.start:
        keys |= {key[1:] for key in keys if key.startswith("ل")}  # ل + لمعلومات: the rest of للمعلومات
    if keys & (context.lexicons.speaking_nouns | context.lexicons.institution_nouns):
        return True  # وفقا للتقديرات، بحسب الجمارك
    if _opens_listed_phrase(context, sentence, source, keys):
        return True  # حسب الدفاع المدني، وفقا للائحة الاتهام: a body or a document named by two words
    # المراقبين، المحتجون: a sound masculine plural names people (broken plurals of people are in role_nouns);
    # القوانين only ends like one (its lemma is قانون)
    lemma = strip_article(source.lemma_key)
    if source.feat("Number") == "Plur" and any(key.endswith(("ون", "ين")) and key[:-2] == lemma for key in keys):
        return True
    return _sound_plural_of_source(context, keys)


#: The endings of sound plurals: masculine (مراقبون، مراقبين) and feminine (منظمات، تصريحات).
_SOUND_PLURAL_ENDINGS = ("ون", "ين", "ات")


def _sound_plural_of_source(context: DocumentContext, keys: set[str]) -> bool:
    """A sound plural whose singular can name a source (`بحسب مراقبين`: مراقب a descriptor; `بحسب منظمات حقوقية`:
    منظمة an organisation's head), whatever lemma the tagger gave it (مراقبين is often lemmatised مراقبي); a plural
    whose singular names no source is none (`حسب الدرجات`، `وفق المواصفات`)."""
    nouns = context.lexicons.speaking_nouns
    for key in keys:
        if len(key) > 4 and key.endswith(_SOUND_PLURAL_ENDINGS):
            stem = key[:-2]
            if stem in nouns or (key.endswith("ات") and stem + "ه" in nouns):
                return True
    return False


def _names_someone_as_written(context: DocumentContext, source: Word) -> bool:
    """A role noun, or a given name as written: a common noun with the article that reads as a given name without
    it is no name (`حسب المراد منه`, "as meant by it": مراد is a given name, المراد is not); the given names that
    take the article are listed with it (العنود)."""
    if not names_a_source(context.lexicons, source):
        return False
    if any(key in context.lexicons.roles for key in source.keys):
        return True
    written = strip_conjunction(normalize(source.text))
    return not written.startswith("ال") or written in context.lexicons.names


def _opens_listed_phrase(context: DocumentContext, sentence: SentenceGraph, source: Word, keys: set[str]) -> bool:
    """Whether the source and the word after it are a two-word speaking noun of the lexicons (`الدفاع المدني` of
    organisation_anaphors.tsv, `لائحة الاتهام` of speech_nouns.tsv, `حرس الحدود` of institution_nouns.tsv), the
    second word with or without its article."""
    following = sentence.word_after(source)
    if following is None or following.upos == "PUNCT":
        return False
    seconds = {*following.keys, *(strip_article(key) for key in following.keys)}
    listed = context.lexicons.speaking_nouns | context.lexicons.institution_nouns
    return any(f"{first} {second}" in listed for first in keys for second in seconds)


def _with_its_article(sentence: SentenceGraph, word: Word) -> frozenset[str]:
    """A word written after ل with its article (للدعرمي), which the tokenizer splits into ل and لدعرمي: the word with
    the article's alif restored (الدعرمي), none for any other word."""
    previous = sentence.word_before(word)
    if previous is None or previous.upos != "ADP" or previous.end != word.start or normalize(previous.text) != "ل":
        return frozenset()
    return frozenset("ا" + key for key in word.keys if key.startswith("ل") and len(key) > 3)


#: Marks that open a name right after a marker (بحسب «الشرق الأوسط»، حسب (الحياة)).
_NAME_OPENINGS = frozenset('"«“(')


def _name_in_marks_after(text: str, marker: Word, source: Word) -> bool:
    """Whether the source is the first word of a name that a quotation mark or bracket opens right after the marker."""
    between = text[marker.end : source.start].split()
    return len(between) == 1 and len(between[0]) == 1 and between[0] in _NAME_OPENINGS


def _quantity_of_sources(context: DocumentContext, sentence: SentenceGraph, source: Word) -> bool:
    """A quantity word, من and a noun that can speak (العديد من الخبراء، كثير من الإحصائيات): the phrase is the source."""
    quantifiers = context.lexicons.quantifiers
    if quantifiers is None or not any(key in quantifiers or strip_article(key) in quantifiers for key in source.keys):
        return False
    words = sentence.words[source.index : source.index + 2]
    if len(words) < 2 or normalize(words[0].text) != "من":
        return False
    noun = words[1]
    return names_a_source(context.lexicons, noun) or any(
        strip_article(key) in context.lexicons.speaking_nouns for key in noun.keys
    )
