"""The one asked: a reply without a subject (`أجاب`، `ردّ`، `فأجاب`) after a question put to someone in its sentence
is the answer of the one the question was put to, not of the person named last: `وعند سؤال وجهته «الحياة» لأحد
الموظفين في البلدية عن …، أجاب قائلا إن …` (the phrase after the question noun's ل), `وسألت «الرياض» أحد سكان الحي
عن …، فأجاب بأن …` (the question verb's object), `وعندما سئل الوزير عن …، رد بأن …` (its passive's subject). The paper
that asks is never the one asked, nor is a pronoun read here (`وعند سؤاله عن …، أجاب`: whoever the text named before,
for the recency sieves). The words are data: rules/lexicons/questions.tsv."""

from __future__ import annotations

from quotes.coreference.lexicons import bundled
from quotes.graph import SentenceGraph, Word
from quotes.model import Span
from quotes.normalize import normalize
from quotes.speakers.words import ADDRESSEE_HEADS, prayer_starts


def _words_of_kind(kind: str) -> frozenset[str]:
    """The normalised words of rules/lexicons/questions.tsv whose column `kind` is `kind`."""
    return frozenset(key for key, entry in bundled("questions").entries.items() if entry.get("kind") == kind)


#: سؤال، استفسار: the noun of a question put to someone.
QUESTION_NOUNS = _words_of_kind("question_noun")
#: سأل: the verb of asking someone, by its lemma.
QUESTION_VERBS = _words_of_kind("question_verb")
#: ل، إلى: the preposition of whom a question was put to.
TO_WHOM = _words_of_kind("to_whom")
#: عن، حول، بشأن: the preposition of what a question was about, which ends the phrase of the one asked.
ABOUT = _words_of_kind("about")
#: سئل، سئلت: the passive of asking, whose subject is the one asked.
QUESTION_PASSIVES = _words_of_kind("question_passive")
#: أجاب، رد، إجابة: a reply's verb or noun.
REPLIES = _words_of_kind("reply")
#: قال: a verb of saying whose subject-less form with ف, after the verb said to someone, is the one spoken to answering.
TURNS = _words_of_kind("turn")


def is_one_of(word: Word, words: frozenset[str]) -> bool:
    """Whether the word's lemma or one of its written forms (with and without a clitic conjunction or the article) is
    one of `words`."""
    return normalize(word.lemma) in words or any(key in words for key in word.keys)


def _question(text: str, word: Word) -> str | None:
    """What asks in the word: `noun` (سؤال، استفسار), `verb` (سأل، سألت), `passive` (سئل، سئلت), or None. A verb is
    also read from the whole written word, without a first و or ف, where the tokenizer cut it apart (`سأل` as س +
    أل, the future particle and a verb)."""
    if word.upos != "VERB":
        return "noun" if is_one_of(word, QUESTION_NOUNS) else None
    written = normalize(_written(text, word))
    forms = {written, written[1:]} if written[:1] in ("و", "ف") else {written}
    if is_one_of(word, QUESTION_PASSIVES) or forms & QUESTION_PASSIVES:
        return "passive"
    if is_one_of(word, QUESTION_VERBS) or forms & QUESTION_VERBS:
        return "verb"
    return None


def one_asked(text: str, sentence: SentenceGraph, reply: Word) -> Span | None:
    """The one a reply without a subject answers for (`reply`: the cue, `أجاب`، `فأجاب`، `ردّ`): the one the last
    question before it in its sentence was put to (:func:`_asked_after_noun`, :func:`_asked_by_verb`), as a phrase
    of `text` from its first word to where the question's topic, a verb, a conjunction or punctuation begins (`لأحد
    الموظفين في البلدية | عن سبب …`); None where the cue is no reply, has a subject of its own, or no question names
    whom it was put to."""
    if not is_one_of(reply, REPLIES) or any(child.base_deprel == "nsubj" for child in sentence.children(reply.index)):
        return None
    before = [word for word in sentence.words if word.end <= reply.start]
    asking = next(((word, kind) for word in reversed(before) if (kind := _question(text, word)) is not None), None)
    if asking is None:
        return None
    question, kind = asking
    if kind == "noun":
        head = _asked_after_noun(sentence, question, reply)
    else:
        head = _asked_by_verb(sentence, question, passive=kind == "passive")
    if head is None or head.start >= reply.start or head.upos == "PRON" or _medium(head):
        return None
    return _phrase_from(text, sentence, head, reply)


def one_spoken_to(text: str, sentence: SentenceGraph, reply: Word) -> Span | None:
    """The one who answers in a dialogue (`قال الشاب للحكيم: «…»، فقال: «…»`; `reply`: the cue, a verb of saying with
    ف written on it and no subject): the one the last verb of saying before it in its sentence, with a subject of its
    own, was said to (its ل or إلى phrase, not a medium: `قال الوزير لـ«الرياض»` is said to the paper, who never answers).
    None where the cue is no such turn or no earlier verb was said to anyone."""
    if not is_one_of(reply, TURNS):
        return None
    # (a subject of its own follows it; the parse may hang what was said before it, in quotation marks, as one)
    if any(child.base_deprel == "nsubj" and child.index > reply.index for child in sentence.children(reply.index)):
        return None
    if not normalize(_written(text, reply)).startswith("ف"):
        return None
    for verb in reversed([word for word in sentence.words if word.end <= reply.start]):
        if verb.upos != "VERB" or not is_one_of(verb, TURNS):
            continue
        if not any(child.base_deprel == "nsubj" for child in sentence.children(verb.index)):
            continue
        head = _said_to(sentence, verb, reply)
        if head is None or head.upos == "PRON" or _medium(head):
            return None
        return _phrase_from(text, sentence, head, reply)
    return None


def _phrase_from(text: str, sentence: SentenceGraph, head: Word, reply: Word) -> Span:
    """The phrase of the one spoken to or asked, from its first word `head` to where a verb, a conjunction, punctuation,
    the question's topic or a prayer after the name begins (`لرسول الله | صلى الله عليه وسلم`), before the reply."""
    last = head
    for word in sentence.words[head.index :]:  # (the words after the head: indices count from 1)
        if word.end > reply.start or _ends_phrase(word) or prayer_starts(word, text, _PRAYERS):
            break
        last = word
    return Span.from_offsets(text, head.start, last.end)


#: The prayers written after a name (rules/lexicons/prayer_formulas.tsv).
_PRAYERS = bundled("prayer_formulas")
#: Marks that end the words before what was said to someone: a colon, a comma, quotation marks.
_SPEECH_OPENS = frozenset((":", "،", ",", '"', "«", "»", "“", "”"))


def _said_to(sentence: SentenceGraph, verb: Word, reply: Word) -> Word | None:
    """The first word after a ل or إلى between the verb and the colon, quotation mark or comma after it (`قال الشاب | ل
    | لحكيم :`, however the parse hung it: on the verb or on its subject; a prayer between dashes may come before it:
    `قال أبو سعيد ـ رضي الله عنه ـ لرسول الله`); None where there is none."""
    for word in sentence.words[verb.index :]:
        if word.text in _SPEECH_OPENS or word.end > reply.start:
            return None
        following = _word_after(sentence, word)
        if word.upos == "ADP" and is_one_of(word, TO_WHOM) and following is not None and following.upos != "PUNCT":
            return following
    return None


def _word_after(sentence: SentenceGraph, word: Word) -> Word | None:
    """The word after `word`, past a tatweel the tokenizer wrote apart (`لـ أحد`)."""
    following = sentence.word_after(word)
    while following is not None and following.text == "ـ":
        following = sentence.word_after(following)
    return following


def _written(text: str, word: Word) -> str:
    """The whole written word that holds `word` (فقال for the tokenizer's ف + قال)."""
    start, end = word.start, word.end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end]


def _asked_after_noun(sentence: SentenceGraph, question: Word, reply: Word) -> Word | None:
    """The first word after the question noun's ل or إلى, before what it was about (`سؤال وجهته «الحياة» | لأحد
    الموظفين | عن سبب …`، `وجهنا سؤالا | إلى مدير المستشفى`), passing over a medium after ل (`سؤال لـ«الحياة»`);
    None where the noun has a pronoun (`سؤاله`: the one asked was named before) or answers a question (`ردا على سؤال
    لـ«الحياة»`، `في رده على سؤال لأحد الصحفيين`: the ل phrase is who asked)."""
    after = sentence.word_after(question)
    if after is not None and after.upos == "PRON" and after.start == question.end:
        return None
    if _answers(sentence, question):
        return None
    for word in sentence.words[question.index :]:
        if word.end > reply.start or is_one_of(word, ABOUT):
            return None
        following = _word_after(sentence, word)
        if word.upos == "ADP" and is_one_of(word, TO_WHOM) and following is not None and following.upos != "PUNCT":
            if following.upos == "PRON":
                return None  # سؤال «الحياة» له: the one named before
            if not _medium(following):
                return following
    return None


def _answers(sentence: SentenceGraph, question: Word) -> bool:
    """Whether the question noun is what a reply answers (`ردا على سؤال`، `في رده على سؤال`، `إجابة عن سؤال`): a
    preposition before it, and a reply's noun before that, its pronoun between them or not."""
    before = sentence.word_before(question)
    if before is None or before.upos != "ADP":
        return False
    earlier = sentence.word_before(before)
    if earlier is not None and earlier.upos == "PRON":
        earlier = sentence.word_before(earlier)
    return earlier is not None and is_one_of(earlier, REPLIES)


def _asked_by_verb(sentence: SentenceGraph, verb: Word, *, passive: bool) -> Word | None:
    """The object of the question verb (`وسألت «الرياض» | أحد سكان الحي`، `سأل الصحفيون | الوزير`) or the subject of
    its passive (`وعندما سئل | أحد المعلمين`, whatever voice the tagger gave it): the first such word the parse hung on
    it."""
    relations = ("obj", "nsubj") if passive else ("obj",)
    return next((child for child in sentence.children(verb.index) if child.base_deprel in relations), None)


def _medium(word: Word) -> bool:
    """Whether the word names the press that asks (`صحيفة`، `رويترز`، `الصحفيين`: media_nouns, media_names,
    press_plurals) or opens a name in quotation marks (`«الحياة»`)."""
    return word.upos == "PUNCT" or any(key in ADDRESSEE_HEADS for key in word.keys)


def _ends_phrase(word: Word) -> bool:
    """Whether the phrase of the one asked ends before the word: punctuation, a verb, a conjunction, a complementizer
    or what the question was about (`عن`، `حول`)."""
    return word.upos in ("PUNCT", "VERB", "CCONJ", "SCONJ") or is_one_of(word, ABOUT)
