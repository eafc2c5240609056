"""Groups and unnamed people: a plural source and its description (`مصادر مطلعة`، `شهود عيان`) is a GROUP mention,
a singular description (`مصدر مسؤول`، `دبلوماسي سابق`) an unnamed person's. Reads the word facts (group_noun,
people_plural, quantifier, descriptor).

People named as a group where they act are GROUP mentions too, so that a plural cue without a subject (`وقالوا`)
finds them (issue 10): a quantifier with من and a plural of people (`عدد من أهالي قرية الريحان`), a broken plural of
people (`الوزراء`، `الحضور`، `أبناء الشيخ …`) or a sound plural the tagger reads as one (`7 لاعبين`) where someone acts
(a subject, a conjunct, after عن/من), and plurals of people joined by و (`المعلمون والمعلمات`، `مهندسون وخبراء`).
A group's span is the whole phrase: the count before it, the quantifier and its من, the description, the nouns in
construct after it up to the first definite one (`أهالي قرية الريحان`، `سكان حي الورود`), a person's or a place's
name right after it (`أبناء الشيخ سالم بن علي الدوسري`), the plural joined by و; never into a body's name
(`مصادر | وزارة الداخلية`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from quotes.grammar.loader import marked_words, word_set
from quotes.graph import SentenceGraph, Word
from quotes.mentions.model import EntityMention
from quotes.mentions.word_facts import WordFacts, WordReader, nominative_plural, written_in_construct
from quotes.mentions.words import OFFICE_REGIONS, definite, joined, source_position, span_of
from quotes.normalize import PRONOUN_ENDINGS, normalize, strip_conjunction
from quotes.speakers import is_time, plural_verb_form
from quotes.speakers.belonging import phrase_end, where_they_are
from quotes.speakers.mention import SPEECH_WORDS

#: A group's description: at most this many words after the group noun (مصادر أمنية عراقية مطلعة).
GROUP_WORDS = 4
#: The kinds of the mentions a group's span takes in when they follow it: a person's or a place's name.
_NAMES_TAKEN_IN = frozenset(("PER", "PLACE"))
#: The kinds of the mentions a group's span never runs into: a body's name.
_NAMES_KEPT_OUT = frozenset(("ORG", "MEDIA"))
#: Quantifiers that are people without من after them (كثيرون يرون أن …: quantifiers.tsv, column alone).
_PEOPLE_ALONE = marked_words("quantifiers", "alone")
_FROM = normalize("من")
#: Where a group acts: a subject (or the root of a headline), or in apposition to one.
_ACTING_RELATIONS = frozenset(("nsubj", "root", "appos"))
#: At most this many plurals of people joined by و after the first (رجال الأعمال ورؤساء الشركات والمهتمين).
_JOINED_PLURALS = 3


def find_groups(
    reader: WordReader,
    sentence: SentenceGraph,
    text: str,
    facts: Sequence[WordFacts],
    others: Sequence[EntityMention] = (),
) -> Iterable[EntityMention]:
    """Plural sources (`مصادر مطلعة`، `شهود عيان`) and people named as a group where they act (`عدد من الأهالي`،
    `الحضور`، `7 لاعبين`) are GROUP mentions; a singular description (`مصدر مسؤول`، `دبلوماسي سابق`) is an unnamed
    person. `others`: the sentence's mentions the finders before found (names, places, bodies)."""
    covered = -1
    for word, fact in zip(sentence.words, facts, strict=True):
        if word.start < covered or not (fact.group_noun or fact.people_plural or fact.quantifier or fact.descriptor):
            continue
        if _heads_group(reader, sentence, word, fact, facts):
            span = span_of(_group_words(sentence, word, facts, text, others), text)
            if span is not None:
                covered = span.end
                key = _group_key(sentence, word, fact, facts)
                yield EntityMention(span, "GROUP", "group", sentence.index, head=key, acts=_acts(sentence, word))
            continue
        if fact.descriptor is None or fact.group_noun is not None or fact.people_plural is not None:
            continue
        if word.upos not in ("NOUN", "PROPN") or not source_position(sentence, word):
            continue  # مصدر مسؤول: مسؤول describes the source; لمصدر: whom one spoke to; وهو دبلوماسي: a role
        span = span_of(_described(sentence, [word], facts, text, to_definite=False), text)
        if span is not None:
            yield EntityMention(span, "PER", "descriptor", sentence.index, head=fact.descriptor)


def _acts(sentence: SentenceGraph, word: Word) -> bool:
    """Whether the group `word` begins stands where someone acts: the first of its conjuncts is a subject, root or
    apposition without a preposition; not `بحضور عدد من المواطنين`، `برفقة … ومسؤولين آخرين`، `عن أصحاب المحلات`."""
    seen = {word.index}
    while word.base_deprel == "conj" and word.head not in seen and word.head > 0:
        head = sentence.word(word.head)
        if head is None:
            break
        seen.add(head.index)
        word = head
    if any(child.base_deprel == "case" for child in sentence.children(word.index)):
        return False  # تساءل … عن أصحاب الحلويات: whom they asked about
    return word.base_deprel in _ACTING_RELATIONS


def _heads_group(reader: WordReader, sentence: SentenceGraph, word: Word, fact: WordFacts, facts: Sequence[WordFacts]) -> bool:
    """Whether `word` begins a group: a group noun anywhere (مصادر); where someone acts, a quantifier with من and a
    plural of people after it (عدد من الأهالي), a listed plural of people (الوزراء، الحضور), a sound plural the tagger
    reads as plural (اللاعبون) or one joined by و to another plural of people (مهندسون وخبراء)."""
    if fact.group_noun is not None:
        return True
    if not source_position(sentence, word) or _after_quantifier(sentence, word):
        return False
    if fact.quantifier is not None:
        return _of_people(sentence, word, facts) is not None
    if fact.people_plural is None:
        return False
    following = sentence.word_after(word)
    # (مسؤولو | صحة: a plural in construct has its genitive right after it)
    in_construct = written_in_construct(word) and following is not None and following.head == word.index
    if fact.people_plural not in reader.lexicons.people_plurals and word.feat("Number") != "Plur" and not in_construct:
        # (مسؤولو الوزارة: the plural in construct, whatever number the tagger gives it, is written as no singular is)
        return _joined_plural(sentence, word, facts) is not None  # مهندسون (a proper noun to the tagger) وخبراء
    # a listed plural the tagger reads as a singular without the article is its masdar: وحضور أعضاء المجلس ("the
    # presence of"), not الحضور (the attendees)
    return word.feat("Number") != "Sing" or definite(word) or in_construct


def _group_key(sentence: SentenceGraph, word: Word, fact: WordFacts, facts: Sequence[WordFacts]) -> str:
    """The group's head noun: the plural after a quantifier (أهالي of عدد من أهالي), else the word's reading."""
    if fact.group_noun is None and fact.quantifier is not None:
        plural = _of_people(sentence, word, facts)
        if plural is not None:
            found = facts[plural.index - 1]
            return nominative_plural(found.group_noun or found.people_plural or fact.quantifier)
    return nominative_plural(fact.group_noun or fact.people_plural or fact.quantifier or "")


def _of_people(sentence: SentenceGraph, word: Word, facts: Sequence[WordFacts]) -> Word | None:
    """The plural of people a quantifier counts (أهالي of عدد من أهالي، المسؤولين of بعض المسؤولين); the quantifier
    itself where it stands alone as people (كثيرون); else None."""
    if strip_conjunction(normalize(word.text)) in _PEOPLE_ALONE:
        return word
    following = _next(sentence, word)
    if following is not None and normalize(following.text) == _FROM:
        following = _next(sentence, following)
    if following is None:
        return None
    fact = facts[following.index - 1]
    return following if fact.group_noun is not None or fact.people_plural is not None else None


def _next(sentence: SentenceGraph, word: Word) -> Word | None:
    return sentence.word_after(word)


def _after_quantifier(sentence: SentenceGraph, word: Word) -> bool:
    """`عدد من الأهالي`: the plural after a quantifier's من is the quantifier's group, not one of its own."""
    before = sentence.word_before(word)
    return before is not None and normalize(before.text) == _FROM


def _joined_plural(sentence: SentenceGraph, word: Word, facts: Sequence[WordFacts]) -> Word | None:
    """The plural of people joined to `word` by و right after it (مهندسون وخبراء، المعلمون والمعلمات), if any; a
    feminine plural counts after a masculine sound plural (المعلمون والمعلمات)."""
    following = _next(sentence, word)
    if following is None:
        return None
    if normalize(following.text) == "و":
        following = _next(sentence, following)
    elif not normalize(following.text).startswith("و"):
        return None
    if following is None:
        return None
    fact = facts[following.index - 1]
    if fact.group_noun is not None or fact.people_plural is not None:
        return following
    feminine = strip_conjunction(normalize(following.text)).endswith("ات")
    return following if feminine and strip_conjunction(normalize(word.text)).endswith(("ون", "ين")) else None


def _group_words(sentence: SentenceGraph, head: Word, facts: Sequence[WordFacts], text: str, others: Sequence[EntityMention]) -> list[Word]:
    """The words of the group `head` begins: the count before it, a quantifier's من and plural, the description and
    nouns in construct, a name right after them, and the plural of people joined by و with its own description."""
    words = [head]
    before = sentence.word_before(head)
    if before is not None and before.upos == "NUM" and before.head == head.index:
        words.insert(0, before)  # ثلاثة مصادر، 7 لاعبين
    fact = facts[head.index - 1]
    if fact.group_noun is None and fact.quantifier is not None:
        counted = _of_people(sentence, head, facts)
        if counted is not None and counted is not head:
            words.extend(sentence.words[head.index : counted.index])  # عدد | من أهالي
    words = _described(sentence, words, facts, text, others)
    for _ in range(_JOINED_PLURALS):
        joined_to = _joined_plural(sentence, words[-1], facts)
        if joined_to is None or text[words[-1].end : joined_to.start].replace("و", "", 1).strip():
            break
        words.extend(sentence.words[words[-1].index : joined_to.index])
        # (a joined plural takes adjectives only: مهندسون وخبراء | سلامة تصميم النفق, the object the parse hung on it;
        # but the place both belong to: وجهاء وأعيان | محافظة القطيف)
        following = sentence.word_after(words[-1])
        of_a_place = following is not None and strip_conjunction(normalize(following.text)) in _PLACES_OF_PEOPLE
        words = _described(sentence, words, facts, text, others, in_construct=of_a_place)
    return words + _where_they_are(sentence, head, words) if fact.group_noun is not None else words


def _where_they_are(sentence: SentenceGraph, head: Word, words: Sequence[Word]) -> list[Word]:
    """The phrase after an indefinite group noun that says where its people are (`انتقد خبراء | في اقتصاديات الطاقة
    …`، `وصل مسؤولون | في وزارة الصحة …`: :func:`~quotes.speakers.belonging.where_they_are`), as a speaker phrase of
    the same words takes it in: a later `وقال الخبراء` is then the group named in full. Only after a group noun (a
    plural of people named where it acts, `اجتمع سفراء … | في جنيف`, may be met there), and only the phrase the parse
    hung on the noun: on the verb of an act it is where they acted (`اجتمع مشايخ القبائل | في مدينة الدمام`)."""
    if definite(head):
        return []  # (الخبراء في الدراسة: a definite plural is the group named before, not one described here)
    noun = where_they_are(sentence, head, words[-1])
    if noun is None:
        return []
    end = phrase_end(sentence, noun, sentence.words[-1].end)
    return [word for word in sentence.words[words[-1].index :] if word.end <= end]


#: The places a group of people belongs to, in construct after its joined plurals (`وجهاء وأعيان | محافظة القطيف`):
#: the office regions and rules/lexicons/place_nouns.tsv, written without the article.
_PLACES_OF_PEOPLE = OFFICE_REGIONS | word_set("place_nouns")


def _described(
    sentence: SentenceGraph,
    words: list[Word],
    facts: Sequence[WordFacts],
    text: str,
    others: Sequence[EntityMention] = (),
    *,
    to_definite: bool = True,
    in_construct: bool = True,
) -> list[Word]:
    """`words` with what describes the last of them: adjectives and nouns in construct without the article; with
    `to_definite`, the chain of nouns in construct up to the first definite one (أهالي قرية الريحان) and a person's or
    a place's name right after a title or a place noun (أبناء الشيخ سالم …); never a time word or a body's name.
    Without `in_construct`, adjectives only."""
    words = list(words)
    # a definite plural is in construct with nothing (الوزراء | جدول أعمال …), nor is a sound plural that keeps its ن
    # (مهندسون | سلامة …: in construct it is مهندسو)
    construct_open = in_construct and not (to_definite and (definite(words[-1]) or _keeps_nun(words[-1])))
    for following in sentence.words[words[-1].index : words[-1].index + GROUP_WORDS]:
        if is_time(following) or not joined(words[-1], following, text):
            break  # مصادر عسكرية عراقية | أمس
        body = next((m for m in others if m.kind in _NAMES_KEPT_OUT and m.span.start == following.start), None)
        if body is not None:
            if in_construct and (written_in_construct(words[-1]) or _genitive_chain_goes_on(words, following)):
                # مسؤولو | وزارة النقل: a plural written in construct has the body as its genitive, the whole name
                words.extend(word for word in sentence.words if following.start <= word.start and word.end <= body.span.end)
            break  # مصادر | وزارة الداخلية
        # (never a plural verb the tagger called an adjective or a noun: السكان | ضاقوا، نشطاء | انتقدوا هذا الأمر)
        plural_verb = plural_verb_form(following)
        described = (following.upos == "ADJ" or following.base_deprel == "amod") and not plural_verb
        if facts[following.index - 1].quantifier is not None:
            break  # تجاذب الحضور | العديد من المواضيع
        if _saying_with_its_pronoun(sentence, following):
            break  # نقلت الصحيفة عن مصادر | قولها إن …: the relay's "their saying", no genitive of the group
        if to_definite and following.head not in {word.index for word in words}:
            described = False  # الوزراء | جدول أعمال: an adjective to the tagger, the verb's object to the parse
        construct = construct_open and following.upos == "NOUN" and following.head == words[-1].index and not plural_verb
        if construct and definite(following):
            if not to_definite:
                break
            construct_open = False  # أهالي قرية الريحان: the definite noun ends the chain
        elif not (described or construct):
            break
        words.append(following)
    last = facts[words[-1].index - 1]
    if to_definite and (last.title or last.honorific_title or last.place_noun or last.eponym_title):
        words.extend(_name_after(sentence, words[-1], text, others))  # أبناء الشيخ | سالم …; not رياض الخبراء | فهد …
    return words


def _saying_with_its_pronoun(sentence: SentenceGraph, word: Word) -> bool:
    """Whether `word` is a verbal noun of saying with its pronoun written on it (`قولها`، `قوله`، `تأكيده`: the tokenizer
    may cut the pronoun off), as the relay formula writes it after its source (`نقل عن مصادر قولها إن …`); not a
    participle of saying, which describes the group (`مصادر مؤكدة`)."""
    if word.upos != "NOUN" or strip_conjunction(normalize(word.text)) not in SPEECH_WORDS:
        return False
    following = sentence.word_after(word)
    glued = following is not None and following.upos == "PRON" and following.start == word.end
    # (the pronoun as written, vowel marks left out: normalised, the ة of a participle the tagger called a noun is ه)
    written = "".join(char for char in word.text if not unicodedata.combining(char))
    return glued or written.endswith(PRONOUN_ENDINGS)


def _genitive_chain_goes_on(words: Sequence[Word], body_start: Word) -> bool:
    """Whether a body's name is the genitive of an indefinite noun the group's construct chain took in (`وزراء خارجية
    دول | مجلس التعاون`: the countries of the council): such a noun ends no phrase, so the whole name belongs to the
    group; the group noun's own genitive stays apart (`مصادر | وزارة الداخلية`)."""
    last = words[-1]
    return (
        len(words) > 1
        and last.upos == "NOUN"
        and last.head in {word.index for word in words[:-1]}
        and not definite(last)
        and body_start.head == last.index
    )


def _keeps_nun(word: Word) -> bool:
    """Whether a word is written as a sound plural with its ن (مهندسون، لاعبين), which no noun follows in construct."""
    bare = strip_conjunction(normalize(word.text))
    return len(bare) > 4 and bare.endswith(("ون", "ين"))


def _name_after(sentence: SentenceGraph, last: Word, text: str, others: Sequence[EntityMention]) -> list[Word]:
    """The words of a person's or a place's name that follows `last` with only spaces between (أبناء الشيخ | سالم …)."""
    after = [mention for mention in others if mention.kind in _NAMES_TAKEN_IN and mention.span.start > last.end]
    if not after:
        return []
    name = min(after, key=lambda mention: mention.span.start)
    between = text[last.end : name.span.start]
    if between.strip() or "\n" in between:
        return []
    return [word for word in sentence.words if last.end < word.start and word.end <= name.span.end]
