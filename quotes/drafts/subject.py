"""The word that names a quote's source.

A small parser's subject is often something else: a word of the quoted
speech, an adverbial (`سريعاً`), a discourse phrase (`بدوره`), a noun in a
prepositional phrase. The bound subject is checked (`usable_speaker`); a cue
in a clause that describes a noun is that noun's speech (`described`, with a
relative pronoun's `antecedent`). Where the parse gave no subject, the first
noun between the cue and the content is taken (`nominal_subject`); a subject
set off before its verb by an aside is `aside_subject`'s; the mention grown
from the word is `subject_mention`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from quotes.drafts.context import DocumentContext, once_per_match
from quotes.drafts.quotations import AS_SAID, speech_opening
from quotes.drafts.relatives import agrees_with, feminine, pronoun_gender, said_within, taken_back_by
from quotes.drafts.spans import CLAUSE_CONNECTORS, word_span
from quotes.drafts.words import (
    addressee_right_after_verb,
    addresses_its_object,
    after_accusative_particle,
    could_be_source,
    feminine_body_after_masculine_verb,
    names_a_source,
    names_someone,
    opens_noun_complement,
)
from quotes.grammar.loader import word_set
from quotes.graph import SentenceGraph, Word
from quotes.match import Match
from quotes.normalize import normalize, strip_article, strip_conjunction
from quotes.speakers import (
    prayer_around,
)
from quotes.speakers.words import (
    NAME_TAGS,
    RELATIVE_PRONOUNS,
    dateline_end,
    is_occasion,
    written_accusative,
)

#: Words that open a clause which only follows a noun, not one that describes it (…، حيث أشار إلى أنه).
_CLAUSE_CONNECTORS_NORMALISED = frozenset(normalize(word) for word in (*CLAUSE_CONNECTORS, "عندما", "حين", "إذ"))


#: Words a small parser takes for the subject of a cue: discourse connectives and "in this regard".
DISCOURSE_PHRASES = frozenset(
    normalize(word)
    for word in ("بدوره", "بدورها", "بدورهم", "جهته", "جهتها", "الصدد", "ذلك", "بذلك", "هنا", "ناحيته", "ناحيتها")
)


#: The prepositions an adverbial verbal noun takes (ردا على، نقلا عن، استنادا إلى، خلافا لـ).
_PREPOSITIONS_AFTER_ADVERBIAL_NOUN = frozenset(normalize(word) for word in ("على", "عن", "إلى", "ل", "لـ", "من", "ب"))


#: What never stands between a subject and its verb: a dateline's colon or dash, a line break (a comma may: a parenthesis).
_NO_SUBJECT_MARKS = (":", " - ", "–", "—", "\n")


def find_usable_speaker(context: DocumentContext, match: Match) -> Word | None:
    """The bound subject, unless it stands inside the quoted speech (a small parser's nsubj of the quote)."""
    speaker = match.word("speaker")
    if speaker is None:
        speaker = _source_parsed_as_object(context, match)
        if speaker is None:
            return None
    elif any(key in RELATIVE_PRONOUNS for key in speaker.keys):
        speaker = _subject_after_relative_pronoun(context, match, speaker) or speaker
    if speaker.end <= dateline_end(context.text):
        # عين اليوم – بغداد / قالت قوة المهام …: the parse made the dateline the verb's subject too; the subject is the
        # verb's other one, after it
        speaker = _subject_after_dateline(match, speaker)
        if speaker is None:
            return None
    if speaker.end <= match.anchor.start and _connective_before_an(match.sentence, speaker):
        speaker = _subject_after_connective(match, speaker) or speaker
    cue_end = match.anchor.end
    if speaker.end <= match.anchor.start:
        # انقطاع الصلة يقول عبدالمجيد سعد: …: a heading (or topic) before the verb; the name after it is its subject
        # (a name or title before the verb is its subject: المحقق … لاري فانس أخبر دير شبيغل, the name after it whom
        # he told). The cheap look for a second subject comes first: most cues have none.
        after = _name_subject_after(context, match)
        if after is not None and not _may_name_someone(context, match.sentence, speaker):
            speaker = after
    if speaker.start > cue_end and speaker.start >= speech_opening(context, cue_end, match.sentence.end):
        return None
    if normalize(word_span(context.text, speaker.start, speaker.end).text) in DISCOURSE_PHRASES:
        return None  # بدوره، أكد …: "in turn", not a subject
    if speaker.end <= match.anchor.start and any(mark in context.text[speaker.end : match.anchor.start] for mark in _NO_SUBJECT_MARKS):
        return None  # سبق - وكالات: قال …، a heading on its own line: a subject is never cut off from its verb
    if context.marks.containing(speaker.start) != context.marks.containing(match.anchor.start):
        return None  # a subject and a cue on two sides of a quotation mark
    if not could_be_source(context.text, match.sentence, speaker):
        return None
    if speaker.start > match.anchor.end and agrees_with_pronoun_subject(match.anchor):
        return None  # وطلبوا الإذن: a plural verb carries its subject (they); the noun after it is its object
    if feminine_body_after_masculine_verb(context, match.sentence, match.anchor, speaker):
        return None  # ودعا وكالة التنمية …: he called on the agency; the agency would have said دعت
    if addressee_right_after_verb(context, match.sentence, match.anchor, speaker):
        return None  # ودعت المجتمع الدولي إلى …، وحث جميع الأطراف على …: whom she or he called on, not who called
    if speaker.start > cue_end and opens_noun_complement(context, speaker):
        return None  # ونفى وجود أي تقصير، مضيفا أن …: what he denied, not who denied it
    if speaker.upos in ("ADJ", "NOUN", *NAME_TAGS) and adverbial_accusative(context, match.sentence, speaker):
        return None  # ميدانياً، قال قيادي …؛ ولاحقا في المساء أعلنت الوزارة …؛ فقديما قالوا: an adverb ("later")
    if (
        any(key in context.lexicons.participles for key in speaker.keys)
        and speaker.feat("Definite") != "Cons"
        and not normalize(speaker.text).startswith("ال")
    ):
        # وأضاف قائلا: …: the reporting participle that goes with the cue, never who speaks; one in construct with a
        # noun after it is a noun (كما قالت مدعية المحكمة: the prosecutor), and so is one with the article (ويرى
        # المنتقدون أن …: the critics), where the participle of circumstance is indefinite
        return None
    if own_speech(context, match.sentence, speaker):
        return None  # ونقل عنه قوله إن …: his saying is the speech, not its source
    if act_after_verb(context, match.sentence, match.anchor, speaker):
        return None  # وجدد التأكيد على أن …: the affirmation he renewed, not who renewed it
    if prays_for_someone(context, speaker):
        return None  # أكد -رحمه الله- بأنه …: the prayer for him is no source; he is
    if speaker.start > cue_end and context.marks.containing(speaker.start) is not None and any(
        child.base_deprel == "case" and child.index < speaker.index and normalize(child.text) == "ل"
        for child in match.sentence.children(speaker.index)
    ):
        return None  # وأكد لـ«الشرق الأوسط» فلان: the medium in quotation marks after ل is whom one spoke to
    return speaker


def _subject_after_dateline(match: Match, dateline_word: Word) -> Word | None:
    """The cue's other subject, after the article's dateline that the parse also made its subject; or the noun right
    after the cue that the parse, the subject slot taken, made its object (`قالت | قوة الحماية الدولية …`)."""
    cue = match.anchor
    return next(
        (
            child
            for child in match.sentence.children(cue.index)
            if child is not dateline_word
            and (
                (child.base_deprel == "nsubj" and child.index > cue.index)
                or (child.base_deprel == "obj" and child.index == cue.index + 1 and child.upos in ("NOUN", *NAME_TAGS))
            )
        ),
        None,
    )


#: find_usable_speaker, found once per match of a document (the content search and the speaker slot both ask)
usable_speaker = once_per_match(find_usable_speaker)


def _connective_before_an(sentence: SentenceGraph, word: Word) -> bool:
    """Whether a word is the connective of `غير أن`، `إلا أن`، `بيد أن`، `على أن` ("however"), its أنّ right after it."""
    if normalize(word.text) not in _CONNECTIVES_BEFORE_AN or word.index >= len(sentence.words):
        return False
    return normalize(sentence.word(word.index + 1).text) == "ان"


def _subject_after_connective(match: Match, connective: Word) -> Word | None:
    """`غير أن مدير الإدارة أكد أن …`: a small parser makes the connective the verb's subject; the subject is the noun
    right after its أنّ (the sentence's own subject, in the accusative after أنّ), when it stands before the verb (`إلا
    أنه ينفي`: a pronoun there is left to the passes that resolve a subject-less cue)."""
    position = connective.index + 2
    if position >= match.anchor.index:
        return None
    after = match.sentence.word(position)
    return after if after.upos in ("NOUN", "PROPN", "X") else None


def _source_parsed_as_object(context: DocumentContext, match: Match) -> Word | None:
    """`…، كما أفادت وسائل إعلام محلية`، `…، كما يقول ستراند`: a source named after its content, after a comma and كما,
    where the verb reports nothing after it, so a small parser takes the source for the verb's object. The object right
    after the cue is its subject when the word itself can name a source (a name, a title, a body, a group, a medium, a
    statement) and no clause hangs under it; the content sieve then asks that nothing but a medium, a time or a place
    follow it (`…، كما أكد دعم الوزارة …`: "he also confirmed the support", what was said)."""
    cue, sentence, text = match.anchor, match.sentence, context.text
    if "speaker" not in {node.name for node in match.rule.nodes} or cue.index >= len(sentence.words):
        return None
    before = text[sentence.start : cue.start].rstrip()
    if not before.endswith(AS_SAID) or not before[: -len(AS_SAID)].rstrip().endswith(("،", ",")):
        return None
    following = sentence.word(cue.index + 1)
    if following.head != cue.index or following.base_deprel != "obj" or following.upos not in ("NOUN", *NAME_TAGS):
        return None
    if any(word.upos == "VERB" for word in sentence.subtree(following.index)):
        return None  # (…، كما دعت الغرفة، التي تضم …، كلا من …: a clause under the object holds what the verb is about)
    if not names_someone(context, sentence, following):
        return None
    return following


def _subject_after_relative_pronoun(context: DocumentContext, match: Match, pronoun: Word) -> Word | None:
    """`المرض الذي تقول السلطات إنه …`، `الخطة التي يرى الخبراء أنها …`، `المصنع الذي قالت الشركة إنه …`: in a clause
    that a relative pronoun opens, the cue's own subject may come after it, the pronoun standing for the thing spoken
    about; a small parser makes the pronoun the subject and the noun after the cue its object. That noun, right after
    the cue, is the subject when what was said opens right after its phrase (a complementizer) and the verb is not one
    whose object is whom it addresses (`الوزارة التي أبلغت المواطنين أن …`: reporting_verbs.tsv, column object),
    unless the verb agrees with the pronoun and not with the noun (a masculine pronoun and a feminine verb, `الذي
    تقول`, cannot be subject and verb)."""
    cue, sentence = match.anchor, match.sentence
    if cue.upos != "VERB" or cue.index >= len(sentence.words):
        return None
    following = sentence.word(cue.index + 1)
    if following.head != cue.index or following.base_deprel not in ("obj", "nsubj") or following.upos not in ("NOUN", *NAME_TAGS):
        return None
    if complementizer_after_phrase(context, sentence, following) is None:
        return None
    if addresses_its_object(cue, context.lexicons):
        return None
    written = strip_conjunction(normalize(pronoun.text))
    gender = pronoun_gender(written)
    if gender is not None and cue.feat("Gender") == gender and not _agrees_in_gender(cue, following):
        return None
    return following


def allowed_as_speaker(match: Match, word: Word) -> bool:
    """Whether the word passes the forms the rule's speaker node refuses (`not_form`: لي، لنا، الانتباه، النظر): a
    word the rule would not bind as the subject is no speaker found another way either."""
    refused = (
        constraint
        for node in match.rule.nodes
        if node.name == "speaker"
        for constraint in node.constraints
        if constraint.key == "form" and constraint.negated
    )
    return all(constraint.holds(match.sentence, word) for constraint in refused)


def complementizer_after_phrase(context: DocumentContext, sentence: SentenceGraph, noun: Word) -> Word | None:
    """The complementizer (أن، إن، بأن) right after the noun's phrase, the words between all in it; None where none is."""
    phrase = {word.index for word in sentence.subtree(noun.index)}
    for index in range(noun.index + 1, min(noun.index + _LONGEST_SOURCE_PHRASE, len(sentence.words) + 1)):
        word = sentence.word(index)
        if context.lexicons.is_complementizer(word):
            return word
        if index not in phrase or word.upos in ("VERB", "PUNCT", "SCONJ"):
            return None
    return None


#: How many words a source's phrase after its verb may take before what it said opens.
_LONGEST_SOURCE_PHRASE = 8


def _agrees_in_gender(verb: Word, noun: Word) -> bool:
    """Whether a verb before its subject may take this noun: feminine for a feminine singular noun, either for a
    plural (a broken plural of things or people takes either)."""
    if noun.feat("Number") in ("Plur", "Dual"):
        return True
    return (verb.feat("Gender") == "Fem") == feminine(noun)


def _may_name_someone(context: DocumentContext, sentence: SentenceGraph, word: Word) -> bool:
    """Whether a phrase holds a name, a title or a body, a group or a medium: someone who may speak."""
    lexicons = context.lexicons
    listed: list[Collection[str]] = [lexicons.organisation_heads]
    listed.extend(found for found in (lexicons.groups, lexicons.media) if found is not None)
    return any(
        names_a_source(lexicons, below) or any(strip_article(key) in heads for key in below.keys for heads in listed)
        for below in sentence.subtree(word.index)
    )


def _name_subject_after(context: DocumentContext, match: Match) -> Word | None:
    """A proper name the parse also made the cue's subject, after the cue and before the speech opens."""
    opening = speech_opening(context, match.anchor.end, match.sentence.end)
    return next(
        (
            child
            for child in match.sentence.children(match.anchor.index)
            if child.base_deprel == "nsubj"
            and child.index > match.anchor.index
            and child.upos in NAME_TAGS
            and child.start < opening
            and allowed_as_speaker(match, child)  # مديرتها التي قالت لي: «…»: whom she said it to, tagged a name
        ),
        None,
    )


#: rules/lexicons/renewing_verbs.tsv: جدد، أعاد، كرر … an act of saying named after them.
_RENEWING_VERBS = word_set("renewing_verbs")
#: The prepositions that open what an act of saying is about (التأكيد على، التذكير ب، الدعوة إلى).
_ACT_PREPOSITIONS = frozenset(normalize(word) for word in ("على", "ب", "إلى"))


def act_after_verb(context: DocumentContext, sentence: SentenceGraph, cue: Word, speaker: Word) -> bool:
    """`وجدد التأكيد على أن …`، `وأعاد التأكيد على …`: a definite noun of speaking (speech_nouns.tsv) right after a verb
    that renews or repeats (renewing_verbs.tsv), with the preposition of what is said right after it, is the act the
    verb renews: its object, whatever the parse says, and the cue has no subject of its own."""
    if speaker.index != cue.index + 1 or not strip_conjunction(normalize(speaker.text)).startswith("ال"):
        return False
    if cue.lemma_key not in _RENEWING_VERBS and not any(key in _RENEWING_VERBS for key in cue.keys):
        return False
    speech = context.lexicons.speech_nouns
    if speech is None or not any(strip_article(key) in speech for key in speaker.keys):
        return False
    following = sentence.word_after(speaker)
    return following is not None and following.upos == "ADP" and any(key in _ACT_PREPOSITIONS for key in following.keys)


def own_speech(context: DocumentContext, sentence: SentenceGraph, word: Word) -> bool:
    """A speech noun with a possessive pronoun glued to it (قوله، تصريحها): someone's words, not who said them."""
    speech = context.lexicons.speech_nouns
    # before a pronoun the feminine ending is written ت (كلمتها، تصريحاته): the listed noun ends in ة (normalised ه)
    keys = [strip_article(key) for key in word.keys]
    if speech is None or not any(key in speech or (key.endswith("ت") and key[:-1] + "ه" in speech) for key in keys):
        return False
    return any(child.upos == "PRON" and child.start == word.end for child in sentence.children(word.index))


def prays_for_someone(context: DocumentContext, word: Word) -> bool:
    """Whether a prayer formula written after a name (the rules' prayer_formulas: رحمه الله، حفظه الله) starts at the
    written word that holds `word` or ends with it (الله of رحمه الله)."""
    return prayer_around(word, context.text, context.lexicons.prayers)


def agrees_with_pronoun_subject(verb: Word) -> bool:
    """A third-person verb written plural or dual (قالوا، طالبوا، أكدا، يصفون): in standard Arabic a verb before its
    subject is singular, so such a verb carries its subject (they) and no noun after it is that subject. The written
    plural ending counts where the tagger read the verb as singular."""
    if verb.upos != "VERB":
        return False
    if verb.feat("Person") == "3" and verb.feat("Number") in ("Plur", "Dual"):
        return True
    return verb.feat("Person") in (None, "3") and _written_plural(normalize(verb.text))


#: Imperfect plurals of four letters (رأى → يرون، ترون), which the hollow verbs' singular (يكون، يصون) would hide.
_WEAK_PLURALS = frozenset(normalize(word) for word in ("يرون", "ترون"))


def _written_plural(written: str) -> bool:
    """The plural ending of a perfect (قالوا، أكدوا) or of an imperfect (يقولون، يصفون، تؤكدون); an imperfect of four
    letters ending in ون is a hollow verb's singular (يكون، يصون)."""
    return (
        written.endswith("وا")
        or (written.startswith(("ي", "ت")) and written.endswith("ون") and len(written) > 4)
        or written in _WEAK_PLURALS
    )


def adverbial_accusative(context: DocumentContext, sentence: SentenceGraph, word: Word) -> bool:
    """An indefinite accusative adjective or noun used as an adverb (ميدانيا، سياسياً، لاحقا، قديما، مرارا): a subject
    is nominative, so the word is none, wherever it stands (a comma after it, or the accusative case the tagger read);
    so is a verbal noun in the accusative before its preposition (ردا على سؤال، تعقيبا على …، نقلا عن …) whatever
    case the tagger read, unless it is a listed given name (رضا)."""
    text = context.text
    written = normalize(text[word.start : word.end])
    if not written.endswith("ا") or written.startswith("ال"):
        return False
    if word.base_deprel == "nsubj" and after_accusative_particle(sentence, word):
        return False  # وذكرت الصحيفة أن مسؤولا كبيرا قال …: the subject after أن is in the accusative
    # (a verbal noun written with its shadda, ردّا, is a word the tagger never saw: it calls it a name, with no case
    # or definiteness; only the preposition after it tells)
    if word.upos not in NAME_TAGS:
        if text[word.end : word.end + 2].strip()[:1] in ("،", ","):
            return True
        if word.feat("Definite") != "Ind":
            return False
        if word.feat("Case") == "Acc":
            return True
    following = sentence.word_after(word)
    return (
        word.upos in ("NOUN", *NAME_TAGS)
        and following is not None
        and following.upos == "ADP"
        and normalize(following.text) in _PREPOSITIONS_AFTER_ADVERBIAL_NOUN
        and not any(key in context.lexicons.names for key in word.keys)
    )


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
    pronoun = next(
        (
            child
            for child in sentence.children(match.anchor.index)
            if child.upos == "PRON" and any(key in RELATIVE_PRONOUNS for key in child.keys)
        ),
        None,
    )
    relative = pronoun is not None
    within, owner = said_within_noun(context, sentence, noun, match.anchor)
    if within and (relative or is_occasion(noun)):  # (تسجيلاً لرجل يقول فيه: the man speaks, in the recording)
        # وكان فلان قد أثار ضجة بحديثه الأخير، الذي أكد فيه …، وألقى الوزير كلمة قال فيها …: what he said it in, not
        # who said it (none here: who gave the speech, statement_issuer_hint)
        return owner
    if pronoun is not None:
        noun = antecedent(context, sentence, noun, pronoun)
    elif _clause_with_another_subject(sentence, match.anchor):
        return None  # تقريراً نشرته «المدينة»: the report is what was published, not who published it
    following = sentence.word_after(noun)
    definite = (
        noun.feat("Definite") in ("Def", "Cons")
        or normalize(noun.text).startswith("ال")
        or (following is not None and following.upos == "PRON" and following.start < noun.end + 1)
    )
    if definite and not relative:
        return None
    written = word_span(context.text, noun.start, noun.end).text
    if normalize(written) in DISCOURSE_PHRASES:
        return None  # من جهته أكد …
    if not relative and written_accusative(written) and not _speaking_noun(context, sentence, noun):
        return None  # عملاً إجرامياً وجباناً يؤكد خبث الطوية: an act described, no one who speaks (رجلاً يقول: a man)
    return noun


def _speaking_noun(context: DocumentContext, sentence: SentenceGraph, noun: Word) -> bool:
    """Whether a noun names someone who may speak: a source noun (a title, body, group, medium, statement), a word the
    entity tagger put in a person or a body (drafts.words.names_someone), or a common noun of people (person_nouns.tsv:
    رجل، امرأة)."""
    if names_someone(context, sentence, noun):
        return True
    # (بياناً، رجلاً: the accusative's alif keeps the written word out of the lists; the lemma is read too)
    keys = {strip_article(key) for key in (*noun.keys, noun.lemma_key)}
    return bool(keys & context.lexicons.speaking_nouns or keys & PERSON_NOUNS)


#: rules/lexicons/person_nouns.tsv: common nouns of people (رجل، امرأة، طفل), who can speak without a role.
PERSON_NOUNS = word_set("person_nouns")


def _clause_with_another_subject(sentence: SentenceGraph, cue: Word) -> bool:
    """Whether the cue's clause (without الذي/التي) has a subject of its own (تقريراً نشرته «المدينة»): then the noun
    it describes is what the clause is about, its object, and whoever speaks is that subject."""
    return any(child.base_deprel == "nsubj" and child.upos in ("NOUN", *NAME_TAGS) for child in sentence.children(cue.index))


def antecedent(context: DocumentContext, sentence: SentenceGraph, noun: Word, pronoun: Word) -> Word:
    """The noun a relative pronoun stands for, where the parse hung its clause on the last genitive of a construct:
    of the nouns up the chain of genitives that agree with the pronoun (الذي a masculine singular, التي a feminine
    or a plural), the outermost that can speak (`الأمين العام لجامعة الدول العربية الذي أكد …`: الأمين, not الدول;
    `المديرة التنفيذية لبرنامج الأغذية العالمي التي أكدت …`: المديرة, not الأغذية; `مصادر في الوزارة التي قالت`:
    the sources), else the nearest that agrees; the noun as the parse gave it where none does."""
    written = strip_conjunction(normalize(pronoun.text))
    if agrees_with(written, noun) is None:
        return noun
    chain = [noun]
    while _genitive_of(sentence, chain[-1]) and 0 < chain[-1].head <= len(sentence.words):
        governor = sentence.word(chain[-1].head)
        if governor.upos not in ("NOUN", "PROPN", "X"):
            break
        chain.append(governor)
    agreeing = [word for word in chain if agrees_with(written, word)]
    speaking = [word for word in agreeing if _can_speak(context, word)]
    if speaking:
        return speaking[-1]
    return agreeing[0] if agreeing else noun


def named_before_title(context: DocumentContext, sentence: SentenceGraph, noun: Word) -> Word | None:
    """`… سامي العلي، رئيس الغرفة التجارية الذي أكد أن …`: a title set off by a comma right after a name is that
    person's: the name's head word (the person the relative clause on the title describes), or None."""
    roles = context.lexicons.roles
    if roles is None or not any(key in roles for key in noun.keys):
        return None
    comma = sentence.word_before(noun)
    if comma is None or comma.text not in ("،", ","):
        return None
    name = sentence.word_before(comma)
    if name is None or name.upos not in NAME_TAGS:
        return None
    while name.deprel.startswith("flat") and 0 < name.head <= len(sentence.words) and name.head < name.index:
        name = sentence.word(name.head)
    return name


def said_within_noun(context: DocumentContext, sentence: SentenceGraph, noun: Word, verb: Word) -> tuple[bool, Word | None]:
    """Whether the relative clause of `verb`, which the parse hung on `noun`, says something within a statement or an
    occasion rather than describing a source who speaks (it takes its noun back after في، خلال، عبر: `said_within`),
    and if so who spoke there (`_owner_of_the_occasion`; None: no one the sentence names). A clause on a source who
    speaks within something else (`تسجيلاً لرجل يقول فيه`) describes that source."""
    resumptive = said_within(sentence, verb)
    if resumptive is None:
        return False, None
    owner = _owner_of_the_occasion(context, sentence, noun, resumptive)
    if owner is None and _speaks_in_it(context, noun):
        return False, None
    return True, owner


def _speaks_in_it(context: DocumentContext, noun: Word) -> bool:
    """Whether `noun` is a source who speaks within something else (`تسجيلاً لرجل يقول فيه`: the man, in the recording)
    rather than the statement or the thing something was said within (حواره، الفيلم، الاتفاق)."""
    return _can_speak(context, noun) and not is_occasion(noun)


def _owner_of_the_occasion(context: DocumentContext, sentence: SentenceGraph, noun: Word, pronoun: Word) -> Word | None:
    """Who spoke in the statement or occasion that a relative clause said something within, taking it back as
    `pronoun` (`said_within`), `noun` being the word the parse hung the clause on. The statement is the nearest
    before the clause that the pronoun agrees with (the parse may hang the clause on a name or an agency after it:
    `حديث رئيس الهيئة … لوكالة الأنباء، الذي أوضح فيه`); who spoke is the source in construct with it (`تصريحات
    المرشد الأعلى … التي أكد فيها`، `حديث رئيس الهيئة`), else, for a statement with its possessive pronoun (`حواره`،
    `تصريحاتها`), the subject of the clause it belongs to (`وكان فلان قد أثار ضجة على خلفية حديثه، الذي أكد فيه …`:
    فلان). None where no statement or occasion stands before the clause (a film, an agreement: the verb carries its
    subject) or it names no one."""
    occasion = next(
        (
            word
            for word in reversed(sentence.words[max(0, noun.index - _OCCASION_REACH) : noun.index])
            if word.upos == "NOUN" and is_occasion(word) and taken_back_by(pronoun, word)
        ),
        None,
    )
    if occasion is None:
        return None
    genitive = genitive_after(
        sentence,
        occasion,
        lambda child: not any(case.base_deprel == "case" for case in sentence.children(child.index)) and _can_speak(context, child),
    )
    if genitive is not None:
        return genitive
    if not any(child.upos == "PRON" and child.start == occasion.end for child in sentence.children(occasion.index)):
        return None
    current = occasion
    while 0 < current.head <= len(sentence.words):
        current = sentence.word(current.head)
        subject = next(
            (child for child in sentence.children(current.index) if child.base_deprel == "nsubj" and child.upos in ("NOUN", *NAME_TAGS)),
            None,
        )
        if subject is not None:
            return subject
    return None


#: How many words before the noun a relative clause hangs on its statement may stand (حديث رئيس هيئة السياحة الدكتور
#: فلان الفلاني لوكالة الأنباء الكويتية، الذي …).
_OCCASION_REACH = 12


def genitive_after(sentence: SentenceGraph, noun: Word, admits: Callable[[Word], bool]) -> Word | None:
    """The first noun the parse hangs after `noun` as its genitive (`nmod`) that `admits` lets through: whose statement
    a statement is (تصريحات الوزير، بيان للوزارة), by each caller's test."""
    return next(
        (
            child
            for child in sentence.children(noun.index)
            if child.base_deprel == "nmod" and child.index > noun.index and admits(child)
        ),
        None,
    )


def _genitive_of(sentence: SentenceGraph, word: Word) -> bool:
    """Whether a noun is its head's genitive: in construct, or after the لـ of belonging or the بـ of باسم (الأمين
    العام لمنظمة …، المتحدثة باسم منظمة …), not a phrase of another preposition (حوارنا مع الأمين العام …)."""
    if word.base_deprel != "nmod":
        return False
    return all(
        normalize(child.text) in _GENITIVE_PREPOSITIONS for child in sentence.children(word.index) if child.base_deprel == "case"
    )


_GENITIVE_PREPOSITIONS = frozenset(("ل", "لل", "ب"))


def _can_speak(context: DocumentContext, word: Word) -> bool:
    """A name, or a noun that can name a source (a role, a body, a group, a medium, a statement)."""
    speaking = context.lexicons.speaking_nouns
    return word.upos in ("PROPN", "X") or any(strip_article(key) in speaking for key in word.keys)


#: The connectives that أن follows without opening a reported clause (غير أن، إلا أن، بيد أن: "however").
BEFORE_CONNECTIVE_AN = frozenset(normalize(word) for word in ("غير", "إلا", "بيد"))


#: The same, with على أن ("provided that; however") that opens a sentence: a small parser makes them the verb's subject.
_CONNECTIVES_BEFORE_AN = BEFORE_CONNECTIVE_AN | {normalize("على")}
