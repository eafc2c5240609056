"""What a word can be to a quote: a cue and its class, a word that can name a source, or neither."""

from __future__ import annotations

import re

from quotes.drafts.context import DocumentContext, Lexicons
from quotes.drafts.spans import after_comma, word_span
from quotes.grammar.loader import word_set
from quotes.graph import SentenceGraph, Word
from quotes.lexicon import Lexicon, LexiconEntry
from quotes.model import Cue
from quotes.normalize import form_keys, normalize, strip_article, strip_conjunction
from quotes.speakers import is_time
from quotes.speakers.words import accusative_noun, written_accusative

#: Prepositions a noun complement starts after (أشار إلى، شدد على): not part of the content.
LEADING_PREPOSITIONS = frozenset(normalize(word) for word in ("إلى", "الى", "على", "عن", "من"))


def _past_stems(keys: tuple[str, ...]) -> list[str]:
    """A past-tense form's readings as a lemma: itself, and without the 3rd person suffix (تعهدت، قالوا → تعهد، قال)."""
    stems = list(keys)
    stems += [key[:-1] for key in keys if key.endswith("ت") and len(key) > 3]
    # a defective verb drops its last letter before the ت (دعت، نفت، أوصت → دعا، نفى، أوصى)
    stems += [key[:-1] + last for key in keys if key.endswith("ت") and len(key) > 2 for last in ("ا", "ي")]
    stems += [key[:-2] for key in keys if key.endswith("وا") and len(key) > 4]
    return stems


def _verb_entry(cue_word: Word, lexicons: Lexicons) -> LexiconEntry | None:
    """The cue's row in the reporting-verb lexicon: by its lemma, else by its written form."""
    entry = lexicons.verbs.lookup(cue_word.lemma_key, strip_conjunction(cue_word.lemma_key))
    if entry is None:  # a lemma the parser got wrong (عهد for تعهد): the written past form is the lexicon's key
        entry = lexicons.verbs.lookup(*_past_stems(cue_word.keys))
    if entry is None:
        entry = next((lexicons.verb_forms[key] for key in cue_word.keys if key in lexicons.verb_forms), None)
    return entry


def listed_reporting_verb(verb: Word, lexicons: Lexicons) -> bool:
    """Whether the reporting-verb lexicon holds the word by its lemma or written forms, or its forms lexicon by a written
    form (an imperfect the lemmatizer missed: يصفون → صفّن)."""
    return any(key in lexicons.verbs for key in (verb.lemma_key, *verb.keys)) or any(key in lexicons.verb_forms for key in verb.keys)


def class_of(cue_word: Word, lexicons: Lexicons) -> str | None:
    """The cue's class in the reporting-verb or participle lexicon (assertive, pointing, …)."""
    entry = _verb_entry(cue_word, lexicons)
    if entry is None:
        entry = lexicons.participles.lookup(*cue_word.keys)
    return entry.get("class") if entry is not None else None


def says_words(cue_word: Word, lexicons: Lexicons) -> bool:
    """Whether the cue is a verb that unmarked speech may follow (reporting_verbs.tsv, column speech: قال، أضاف …),
    or a participle of one (قائلا، مضيفا: the participle lexicon's lemma)."""
    entry = _verb_entry(cue_word, lexicons)
    if entry is None:
        participle = lexicons.participles.lookup(*cue_word.keys)
        lemma = participle.get("lemma") if participle is not None else None
        entry = lexicons.verbs.lookup(normalize(lemma)) if lemma else None
    return entry is not None and entry.get("speech") == "yes"


def addresses_its_object(cue_word: Word, lexicons: Lexicons) -> bool:
    """Whether the noun right after the verb is whom it addresses (reporting_verbs.tsv, column object: أبلغ المواطنين
    أن، حذر الشركات من، اتهم الحكومة بـ), never the one who speaks."""
    entry = _verb_entry(cue_word, lexicons)
    return entry is not None and entry.get("object") == "addressee"


def cue_at(text: str, word: Word) -> Cue:
    """The cue as written: the whole word around the parser's word (وقال, not قال)."""
    span = word_span(text, word.start, word.end)
    return Cue(text=span.text, start=span.start, end=span.end, lemma=word.lemma_key)


def is_cue_word(context: DocumentContext, sentence: SentenceGraph, word: Word) -> bool:
    """A reporting verb or participle of its own; not a speech noun with its owner (عن مصادر قولها إن)."""
    if word.upos in ("PRON", "PUNCT", "SCONJ", "CCONJ", "PART", "DET", "NUM"):
        return False
    following = sentence.word_after(word)
    if following is not None and following.start <= word.end and following.upos == "PRON":
        return False
    surface = word_span(context.text, word.start, word.end).text
    if strip_conjunction(normalize(surface)).startswith(("ال", "بال", "لل")):
        return False  # الأسر (families) is no أسرّ (confided): a word with the article is a noun, never the cue
    if _noun_of_a_construct(sentence, word, following):
        return False  # نادي الأحساء (the club of al-Ahsa) is no نادى (called out): a verb takes no genitive
    # a noun in the plural is no verb nor a verb's verbal noun (طلاب, "students", has the lemma طالب of طالب بـ,
    # "demanded"): it is a cue by its written form only (مطالبين), not by its lemma (تأكيد سموه أن …: the lemma أكد)
    lemma = () if word.upos != "VERB" and word.feat("Number") == "Plur" else (word.lemma_key,)
    keys = (*lemma, *word.keys, *form_keys(surface))
    lexicons = context.lexicons
    return any(key in lexicons.participles or key in lexicons.verbs for key in keys)


def _noun_of_a_construct(sentence: SentenceGraph, word: Word, following: Word | None) -> bool:
    """Whether the parse reads the word as the first noun of a construct: tagged a noun in construct state with the
    noun after it as its genitive (نادي الأحساء، مجلس الإدارة)."""
    return (
        word.upos in ("NOUN", "PROPN")
        and word.feat("Definite") == "Cons"
        and following is not None
        and following.head == word.index
        and following.base_deprel == "nmod"
        and following.upos in ("NOUN", "PROPN", "X")
    )


def circumstantial(text: str, sentence: SentenceGraph, word: Word) -> bool:
    """مشيراً، مؤكدا، مضيفاً: an accusative participle (or one after a comma) starts a new quote; so does a feminine
    one right after a word with the article (`أعلنت الوزارة عن إطلاق حملة للتوعية مشيرة إلى أن …`: an adjective would
    have the article too), unless the parse gives it a subject or a complementizer of its own (`إن الحكومة مطالبة بـ
    …`: the predicate of a clause); a noun that shares its letters (باهتمام ومتابعة) does not."""
    span = word_span(text, word.start, word.end)
    if span.text.endswith(("ً", "ا")) or after_comma(text, word.start):
        return True
    return (
        span.text.endswith("ة")
        and _DEFINITE_WORD_BEFORE.search(text[max(0, span.start - _WORD_REACH) : span.start]) is not None
        and not any(child.base_deprel in ("nsubj", "mark") for child in sentence.children(word.index))
    )


#: The written word right before a position (spaces after it) that has the article, with a conjunction or a
#: preposition written on it (والتوعية، للتوعية، بالمنطقة).
_DEFINITE_WORD_BEFORE = re.compile(r"(?<!\w)[وف]?(?:ال|لل|بال|كال)\w+\s+$")
#: Characters before a word within which the written word before it is looked for.
_WORD_REACH = 40


def adjective_of_noun_before(text: str, sentence: SentenceGraph, word: Word, complementizers: Lexicon) -> bool:
    """حضورا لافتا في …، تطورا لافتا: a participle right after an indefinite accusative noun (nothing between) agrees
    with it as its adjective ("remarkable"); it reports nothing. Not where a complement clause follows it (أولا مؤكدا أن
    …، لافتا إلى أن …)."""
    previous = sentence.word_before(word)
    if previous is None or previous.upos != "NOUN" or previous.feat("Definite") != "Ind" or text[previous.end : word.start].strip():
        return False
    following = sentence.words[word.index : word.index + 2]
    if following and following[0].upos == "ADP":
        following = following[1:]  # لافتا إلى | أن
    if following and any(key in complementizers for key in following[0].keys):
        return False
    if word_span(text, previous.start, previous.end).text.endswith(("ً", "ا")):
        return True
    # بفرض قيود مشددة على دخول …: a feminine participle (no accusative ending of its own) right after an indefinite
    # noun in any case agrees with it; a circumstantial one is set off by a comma or follows a clause's end
    return word_span(text, word.start, word.end).text.endswith("ة")


def names_a_source(lexicons: Lexicons, word: Word) -> bool:
    """A name, a given name or a role noun: a word that can be a speaker, unlike most nouns."""
    return word.upos in ("PROPN", "X") or any(key in lexicons.names or key in lexicons.roles for key in word.keys)


def names_someone(context: DocumentContext, sentence: SentenceGraph, word: Word) -> bool:
    """A name, a listed source noun (a title, body, group, medium, statement), or a word the entity tagger put in a
    person or organisation: a word that can name whoever speaks."""
    return (
        names_a_source(context.lexicons, word)
        or context.tagged_person_or_body(sentence, word)
        or any(strip_article(key) in context.lexicons.speaking_nouns for key in word.keys)
    )


#: rules/lexicons/vocatives.tsv: يا، أيها، أيتها, who is addressed.
VOCATIVES = word_set("vocatives")


def could_be_source(text: str, sentence: SentenceGraph, word: Word) -> bool:
    """A small parser's "subject" that cannot be one: an adverbial accusative (سريعاً), a prepositional
    phrase (إلى جانب …، خلال استجوابه), a time word or a vocative particle (`يا أمة الإسلام: …`, which the tagger
    may call a pronoun)."""
    if word.upos not in ("NOUN", "PROPN", "X", "PRON", "DET", "NUM", "ADJ"):
        return False
    if word.upos in ("NOUN", "NUM") and is_time(word):
        return False
    surface = word_span(text, word.start, word.end).text
    if written_accusative(surface) or normalize(surface) in VOCATIVES:
        return False
    if word.base_deprel == "nsubj" and _accusative_without_marks(sentence, word, surface):
        return False
    if _COMPLEMENTIZER_WITH_PRONOUN.fullmatch(normalize(surface)):
        return False  # واضاف انه "…": the complementizer the tokenizer left whole, tagged a name
    if word.base_deprel != "nsubj":
        return True  # نقلاً عن مصادر: a source reached through its preposition
    if any(child.base_deprel == "case" for child in sentence.children(word.index)):
        return False
    return not _name_of_prepositional_object(sentence, word)


#: أن/إن with a pronoun written on it (أنه، إنها، بأنهم, normalised), which a tokenizer may leave whole.
_COMPLEMENTIZER_WITH_PRONOUN = re.compile(r"(?:و|ف)?(?:ب|ل)?ان(?:ه|ها|هم|هما|هن|ني|نا|ك|كم)")
#: The particles after which a subject is in the accusative (إنّ and its sisters: إن، أن، بأن، لأن، لكن، كأن، لعل).
_ACCUSATIVE_SUBJECT_PARTICLES = frozenset(normalize(word) for word in ("إن", "أن", "بأن", "لأن", "لكن", "كأن", "لعل", "ليت"))


def _accusative_without_marks(sentence: SentenceGraph, word: Word, surface: str) -> bool:
    """An indefinite noun written with the alif of the accusative and no vowel mark (`رفضت طلبا من شركة …`: the noun
    is طلب, its lemma): what the verb acts on, never its subject, which is in the nominative, whatever the parse
    called it; not after إنّ and its sisters (`أن مسؤولا كبيرا قال …`), whose subject is in the accusative."""
    return accusative_noun(word, surface) and not after_accusative_particle(sentence, word)


def after_accusative_particle(sentence: SentenceGraph, word: Word) -> bool:
    """Whether the word comes right after إنّ or one of its sisters (أن، بأن، لأن، لكن، كأن، لعل), where the subject of
    the clause is in the accusative (`أن مسؤولا كبيرا قال …`)."""
    before = sentence.word_before(word)
    return before is not None and normalize(before.text) in _ACCUSATIVE_SUBJECT_PARTICLES


def _name_of_prepositional_object(sentence: SentenceGraph, word: Word) -> bool:
    """A name right after a definite noun that a preposition governs (`وحين يسأل عن الرئيس اشرف غني يجيب …`): the
    noun's name, which the parse hung from the verb as its subject."""
    if word.upos not in ("PROPN", "X") or word.index < 2:
        return False
    before = sentence.word(word.index - 1)
    return (
        before.upos == "NOUN"
        and before.end < word.start
        and strip_conjunction(normalize(before.text)).startswith("ال")
        and any(child.base_deprel == "case" for child in sentence.children(before.index))
    )


def feminine_body_after_masculine_verb(context: DocumentContext, sentence: SentenceGraph, verb: Word, word: Word) -> bool:
    """A masculine singular verb of appeal (دعا، طالب، ناشد، حث، وجّه: rules/lexicons/reporting_verbs.tsv, class
    appeal), then right after it a body whose head noun is feminine (وكالة، وزارة، هيئة، بلدية): a verb before its
    subject agrees with it in gender, so the body is whom the appeal is made to (`ودعا وكالة التنمية الأميركية إلى
    …`: he called on the agency; the agency would have دعت). Other verbs are left alone: news writes `أوضح مجموعة من
    الخبراء` too. A person's title written with ة (خليفة، عمدة) is no body head and is not read so."""
    if verb.upos != "VERB" or word.index != verb.index + 1 or word.upos != "NOUN":
        return False
    if verb.feat("Gender") != "Masc" or verb.feat("Number") not in (None, "Sing") or verb.feat("Person") not in (None, "3"):
        return False
    heads = context.lexicons.organisation_heads
    if not any(key.endswith("ه") and key in heads for key in (strip_article(key) for key in word.keys)):
        return False
    return class_of(verb, context.lexicons) == "appeal"


def addressee_right_after_verb(context: DocumentContext, sentence: SentenceGraph, verb: Word, word: Word) -> bool:
    """A singular verb of appeal (دعا، طالب، ناشد، حث: class appeal) or one whose object is whom it addresses (أبلغ،
    أخبر، حذر: reporting_verbs.tsv, column object), then right after it a noun whose form shows it is the object, whom
    the appeal is made to or the news given, with the subject in the verb (he, she: the source quoted before):
    a masculine common noun after a feminine verb (`ودعت المجتمع الدولي إلى …`: the community would have دعا), a
    sound plural or dual in the accusative (`ودعا المواطنين إلى …`، `وحث الطرفين على …`، `وأبلغ الصحفيين أن …`; the
    subject would be المواطنون), or a quantifier of all (`وحث جميع الأطراف على …`، `وطالب كافة الجهات بـ …`: quantifiers.tsv,
    column addressed). Never a name or a body the entity tagger found."""
    if verb.upos != "VERB" or word.index != verb.index + 1 or word.upos not in ("NOUN", "ADJ"):
        return False
    if verb.feat("Number") not in (None, "Sing") or verb.feat("Person") not in (None, "3"):
        return False
    if context.entity_kind(sentence, word) in ("PERS", "ORG", "LOC"):
        return False  # (ودعت الكويت، ودعت اليمن: a country is feminine, and speaks)
    if class_of(verb, context.lexicons) != "appeal" and not addresses_its_object(verb, context.lexicons):
        return False
    bare = strip_article(strip_conjunction(normalize(word.text)))
    if _addresses_all(context, word):
        return True
    if word.feat("Number") in ("Plur", "Dual") and bare.endswith("ين") and len(bare) > 4:
        return True  # المواطنين، الطرفين: the accusative (or genitive) of a sound plural or a dual, never a subject
    masculine = word.feat("Number") in (None, "Sing") and not bare.endswith(("ه", "ات")) and word.upos == "NOUN"
    return verb.feat("Gender") == "Fem" and masculine and normalize(word.text).startswith(("ال", "وال"))


def _addresses_all(context: DocumentContext, word: Word) -> bool:
    """A quantifier of all (جميع، كافة) that opens an appeal's addressee (quantifiers.tsv, column addressed)."""
    quantifiers = context.lexicons.quantifiers
    if quantifiers is None:
        return False
    entry = quantifiers.lookup(*word.keys, *(strip_article(key) for key in word.keys))
    return entry is not None and entry.get("addressed") == "yes"


def opens_noun_complement(context: DocumentContext, word: Word) -> bool:
    """A verbal noun that opens a cue's noun complement (rules/lexicons/complement_nouns.tsv: وجود، ضرورة، حرص …):
    `ونفى وجود أي تقصير`، `وأكد حرص الوزارة على …` say what was said; the parse's subject there is no source."""
    nouns = context.lexicons.complement_nouns
    return nouns is not None and word.upos == "NOUN" and any(strip_article(key) in nouns for key in word.keys)
