"""The word that names a quote's source, and its mention.

A small parser's subject is often something else: a word of the quoted
speech, an adverbial (`سريعاً`), a discourse phrase (`بدوره`), a noun in a
prepositional phrase. The bound subject is checked; a cue in a clause that
describes a noun is that noun's speech; where the parse gave no subject, the
first noun between the cue and the content is taken.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence

import attrs

from quotes.drafts.context import DocumentContext, once_per_match
from quotes.drafts.quotations import AS_SAID, speech_opening
from quotes.drafts.relatives import agrees_with, pronoun_gender
from quotes.drafts.spans import CLAUSE_CONNECTORS, word_span
from quotes.drafts.words import (
    addressee_after_appeal_verb,
    could_be_source,
    feminine_body_after_masculine_verb,
    names_a_source,
    opens_noun_complement,
)
from quotes.graph import SentenceGraph, Word
from quotes.match import Match
from quotes.model import Span
from quotes.normalize import form_keys, normalize, strip_article, strip_conjunction
from quotes.quotemarks import is_quote_mark
from quotes.speakers import (
    GIVEN_NAMES_READ_AS_PREPOSITION,
    TIME_WORDS,
    Mention,
    describe_speaker,
    is_time,
    opens_definite_noun,
    prayer_starts,
    pronoun_suffixed,
)
from quotes.speakers.roles import described_with_phrase
from quotes.speakers.words import (
    NAME_LINKS,
    NAME_TAGS,
    RELATIVE_PRONOUNS,
    definite_object,
    given_name_before_family,
    heads_a_construct,
    issuer_end,
    issuing_subject,
    job_kind,
    not_a_family_name,
)

_PERSONAL_PRONOUNS = frozenset(
    normalize(word)
    for word in (
        *("هو", "هي", "هم", "هما", "هن", "ه", "ها", "انا", "نحن", "انت", "انتم"),
        *("الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي"),
    )
)
#: Words that open a clause which only follows a noun, not one that describes it (…، حيث أشار إلى أنه).
_CLAUSE_CONNECTORS_NORMALISED = frozenset(normalize(word) for word in (*CLAUSE_CONNECTORS, "عندما", "حين", "إذ"))
#: Words a small parser takes for the subject of a cue: discourse connectives and "in this regard".
_DISCOURSE_PHRASES = frozenset(
    normalize(word)
    for word in ("بدوره", "بدورها", "بدورهم", "جهته", "جهتها", "الصدد", "ذلك", "بذلك", "هنا", "ناحيته", "ناحيتها")
)
#: The prepositions an adverbial verbal noun takes (ردا على، نقلا عن، استنادا إلى، خلافا لـ).
_PREPOSITIONS_AFTER_ADVERBIAL_NOUN = frozenset(normalize(word) for word in ("على", "عن", "إلى", "ل", "لـ", "من", "ب"))
_NO_MENTION = Mention(speaker=None, role=None, head=None)
#: What never stands between a subject and its verb: a dateline's colon or dash, a line break (a comma may: a parenthesis).
_NO_SUBJECT_MARKS = (":", " - ", "–", "—", "\n")


#: The longest prayer formula, in characters (صلى الله عليه وسلم).
_PRAYER_CHARS = 24


def find_usable_speaker(context: DocumentContext, match: Match) -> Word | None:
    """The bound subject, unless it stands inside the quoted speech (a small parser's nsubj of the quote)."""
    speaker = match.word("speaker")
    if speaker is None:
        speaker = _source_parsed_as_object(context, match)
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
    if normalize(word_span(context.text, speaker.start, speaker.end).text) in _DISCOURSE_PHRASES:
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
    if addressee_after_appeal_verb(context, match.sentence, match.anchor, speaker):
        return None  # ودعت المجتمع الدولي إلى …، وحث جميع الأطراف على …: whom she or he called on, not who called
    if speaker.start > cue_end and opens_noun_complement(context, speaker):
        return None  # ونفى وجود أي تقصير، مضيفا أن …: what he denied, not who denied it
    if speaker.upos in ("ADJ", "NOUN", *NAME_TAGS) and _adverbial_accusative(context, match.sentence, speaker):
        return None  # ميدانياً، قال قيادي …؛ ولاحقا في المساء أعلنت الوزارة …؛ فقديما قالوا: an adverb ("later")
    if any(key in context.lexicons.participles for key in speaker.keys) and speaker.feat("Definite") != "Cons":
        # وأضاف قائلا: …: the reporting participle that goes with the cue, never who speaks; one in construct with a
        # noun after it is a noun (كما قالت مدعية المحكمة: the prosecutor)
        return None
    if own_speech(context, match.sentence, speaker):
        return None  # ونقل عنه قوله إن …: his saying is the speech, not its source
    if prays_for_someone(context, speaker):
        return None  # أكد -رحمه الله- بأنه …: the prayer for him is no source; he is
    if speaker.start > cue_end and context.marks.containing(speaker.start) is not None and any(
        child.base_deprel == "case" and child.index < speaker.index and normalize(child.text) == "ل"
        for child in match.sentence.children(speaker.index)
    ):
        return None  # وأكد لـ«الشرق الأوسط» فلان: the medium in quotation marks after ل is whom one spoke to
    return speaker


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
    if not (
        names_a_source(context.lexicons, following)
        or context.tagged_person_or_body(sentence, following)
        or any(strip_article(key) in context.lexicons.speaking_nouns for key in following.keys)
    ):
        return None
    return following


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
            if child.base_deprel == "nsubj" and child.index > match.anchor.index and child.upos in NAME_TAGS and child.start < opening
        ),
        None,
    )


def own_speech(context: DocumentContext, sentence: SentenceGraph, word: Word) -> bool:
    """A speech noun with a possessive pronoun glued to it (قوله، تصريحها): someone's words, not who said them."""
    speech = context.lexicons.speech_nouns
    # before a pronoun the feminine ending is written ت (كلمتها، تصريحاته): the listed noun ends in ة (normalised ه)
    keys = [strip_article(key) for key in word.keys]
    if speech is None or not any(key in speech or (key.endswith("ت") and key[:-1] + "ه" in speech) for key in keys):
        return False
    return any(child.upos == "PRON" and child.start == word.end for child in sentence.children(word.index))


def prays_for_someone(context: DocumentContext, word: Word) -> bool:
    """Whether a prayer formula written after a name (rules/lexicons/prayer_formulas.tsv: رحمه الله، حفظه الله) starts at
    the written word that holds `word` or ends with it (الله of رحمه الله)."""
    prayers = context.lexicons.prayers
    if prayers is None:
        return False
    text = context.text
    start = word.start
    while start > 0 and text[start - 1].isalpha():
        start -= 1  # the formula's verb with its clitics, or a word cut off its first letters
    if prayers.match_at(normalize(text[start : start + _PRAYER_CHARS])) is not None:
        return True
    before = normalize(text[max(0, start - _PRAYER_CHARS) : word.end]).replace(" ", "")
    return any(before.endswith(key.replace(" ", "")) for key in prayers)


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


def _adverbial_accusative(context: DocumentContext, sentence: SentenceGraph, word: Word) -> bool:
    """An indefinite accusative adjective or noun used as an adverb (ميدانيا، سياسياً، لاحقا، قديما، مرارا): a subject
    is nominative, so the word is none, wherever it stands (a comma after it, or the accusative case the tagger read);
    so is a verbal noun in the accusative before its preposition (ردا على سؤال، تعقيبا على …، نقلا عن …) whatever
    case the tagger read, unless it is a listed given name (رضا)."""
    text = context.text
    written = normalize(text[word.start : word.end])
    if not written.endswith("ا") or written.startswith("ال"):
        return False
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
    if normalize(word_span(context.text, noun.start, noun.end).text) in _DISCOURSE_PHRASES:
        return None  # من جهته أكد …
    return noun


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


def _reports(context: DocumentContext, limit: int, cue: Word | None, sentence: SentenceGraph, verb: Word) -> bool:
    """A relative clause that is the report itself: the cue (نبوءة تقول إن …: the noun is the source, its clause the
    speech), or a reporting verb with its object running up to the content (وينقل عن باحثين يصفان الأمر بأنه …:
    `وصف X بأنه`, whatever word the parse hung the content on). A clause that only says where or to whom the source
    spoke (مصادر تحدثت لـ«الصحيفة» إن …) describes the source and stays."""
    if cue is not None and verb.index == cue.index:
        return True
    lexicons = context.lexicons
    if not any(key in lexicons.verbs for key in (verb.lemma_key, *verb.keys)) and not any(
        key in lexicons.verb_forms for key in verb.keys
    ):
        return False  # (by its imperfect form too: the lemmatizer may miss it, يصفون → صفّن)
    if not any(child.base_deprel == "obj" for child in sentence.children(verb.index)):
        return False
    # the clause's last word, not a comma the parse hung at its end: a comma before the content closes the source's
    # description (قال خبير يتابع أموال الدولة في الخارج، إن …), the content of the relative verb follows it unbroken
    end = max((word.end for word in sentence.subtree(verb.index) if word.upos != "PUNCT"), default=verb.end)
    return not context.text[end:limit].strip(" :\n")


def grow_mention(
    context: DocumentContext,
    sentence: SentenceGraph,
    head: Word | None,
    *,
    limit: int,
    content_head: Word | None,
    cue: Word | None = None,
) -> Mention:
    """The mention headed by `head`; a personal pronoun stands for the noun its relative clause describes. A
    relative clause that is `cue` or another report is left out of the mention (`_reports`)."""
    if head is None:
        return _NO_MENTION
    quantified = any(child.base_deprel == "det" for child in sentence.children(head.index))
    if head.upos == "PRON" and not quantified and any(key in _PERSONAL_PRONOUNS for key in head.keys):
        parent = sentence.parent(head.index)
        if parent is not None and parent.deprel.startswith("acl"):
            governor = sentence.parent(parent.index)
            if governor is not None and not is_time(governor):
                head = antecedent(context, sentence, governor, head)  # (الأمين العام لجامعة الدول العربية الذي …: الأمين)
            else:
                return _NO_MENTION
        else:
            return _NO_MENTION
    mention = describe_speaker(
        sentence,
        head,
        context.text,
        roles=context.lexicons.roles,
        honorifics=context.lexicons.honorifics,
        limit=limit,
        stop_at=content_head.index if content_head is not None and content_head.index > head.index else None,
        speech_clause=functools.partial(_reports, context, limit, cue),
    )
    mention = before_the_object(context, sentence, through_tagged_name(context, sentence, mention, limit))
    return ending_at_the_issuer(context, sentence, mention)


def ending_at_the_issuer(context: DocumentContext, sentence: SentenceGraph, mention: Mention) -> Mention:
    """A statement or report described by a relative clause whose subject names who issued it, then where the words
    went: `بيان وزعه المصرف | على وسائل الإعلام`، `بيان أصدره الاتحاد | إلى الأندية`، `الكلمة التي ألقاها الوزير |
    أمام المجلس`. The mention ends with the issuer; the addressee or the place after it belongs to the issuing verb,
    not to the source."""
    speaker, head, speech = mention.speaker, mention.head, context.lexicons.speech_nouns
    if speaker is None or head is None or speech is None or head.upos != "NOUN":
        return mention
    if not any(strip_article(key) in speech for key in (*head.keys, head.lemma_key)):
        return mention
    subject = issuing_subject(sentence, head)
    if subject is None or not speaker.start <= subject.start < speaker.end:
        return mention
    end = issuer_end(sentence, subject, speaker.end)
    if end < speaker.end:
        return attrs.evolve(
            mention,
            speaker=Span.from_offsets(context.text, speaker.start, end),
            notes=(*mention.notes, "the statement ends with its issuer"),
        )
    return mention


def before_the_object(context: DocumentContext, sentence: SentenceGraph, mention: Mention) -> Mention:
    """A speaker that opens with a person's name and runs on past it into a common noun: the verb's object or the start
    of its complement, which the parse hung under the name (`ووصفت هدى | تنظيم المعرض بأنه …`، `وأرجع ابن سويلم |
    تراجع المبيعات إلى …`، `ورفض حمود | الاتهامات الموجهة …`): the speaker is the name. The name ends where the entity
    tagger's person ends, or, where the tagger put no word of the speaker in a person, after a lone given name or a
    particle and one proper noun (ابن دحيم) whose next word the parse does not chain to it as a name's part (`flat`).
    The noun is one not_a_family_name accepts (not a nisba, not a definite singular noun that may be the family name:
    حمد العمر); not a word the tagger holds in a name, a listed given name or a title."""
    speaker, tags = mention.speaker, context.document.entity_tags
    if speaker is None:
        return mention
    row = tags[sentence.index] if tags is not None and sentence.index < len(tags) else None
    inside = sentence.words_within(speaker.start, speaker.end)
    if len(inside) < 2 or (row is not None and inside[-1].index > len(row)):
        return mention
    lexicons = context.lexicons
    tags_inside = _entity_tags_of(row, inside)
    if tags_inside[0] in ("B-PERS", "S-PERS"):
        end = next((position for position, tag in enumerate(tags_inside) if tag in ("S-PERS", "E-PERS")), None)
        if end is None or end + 1 >= len(inside) or any(tag[2:] != "PERS" for tag in tags_inside[: end + 1]):
            return mention
    elif (
        all(tag == "O" for tag in tags_inside)
        and any(key in lexicons.names for key in inside[0].keys)
        and strip_conjunction(normalize(inside[0].text)) not in GIVEN_NAMES_READ_AS_PREPOSITION  # متحدث باسم الشرطة
    ):
        end = 0
        if inside[1].base_deprel == "flat":
            return mention
    elif (
        all(tag == "O" for tag in tags_inside)
        and len(inside) > 2
        and normalize(inside[0].text) in NAME_LINKS
        and inside[1].upos in NAME_TAGS
        and inside[2].base_deprel != "flat"
    ):
        end = 1  # ابن دحيم | زيادة الطلب: a family name opened by its particle, untagged
    else:
        return mention
    following = inside[end + 1]
    if following.start <= inside[end].end:
        return mention  # عبدال | لطيف: one written word the tokenizer cut, the name itself
    if not not_a_family_name(following) or tags_inside[end + 1] != "O" or pronoun_suffixed(sentence, following):
        return mention
    if any(key in lexicons.names or key in lexicons.roles for key in following.keys):
        return mention
    name = Span.from_offsets(context.text, speaker.start, inside[end].end)
    return attrs.evolve(mention, speaker=name, notes=(*mention.notes, "the verb's object after the name"))


def _entity_tags_of(row: tuple[str, ...] | None, words: Sequence[Word]) -> tuple[str, ...]:
    """The entity tagger's tags of `words` (O for each where the sentence has none). Not a closure over the row:
    compiled, a closure and the scope that holds it keep each other, and the row, alive until a full collection."""
    return tuple(row[word.index - 1] for word in words) if row is not None else ("O",) * len(words)


#: Words no name runs on through: a verb (the tagger's name ran into the cue), a conjunction, a punctuation mark.
_NONAME_TAGS = frozenset(("VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PART"))


def _letter_of_name(sentence: SentenceGraph, word: Word) -> bool:
    """Whether a preposition inside a tagged name belongs to it: a letter the clitic pass cut off a name (ل + نجف),
    not a preposition of its own or one that opens a definite noun (ل + لصحافيين of للصحافيين: the addressee's)."""
    following = sentence.word_after(word)
    return following is not None and following.start == word.end and not opens_definite_noun(sentence, word)


def through_tagged_name(context: DocumentContext, sentence: SentenceGraph, mention: Mention, limit: int) -> Mention:
    """A speaker whose last word opens or continues a person's name that the entity tagger reads on past it: `الشيخ
    صالح | لنجف` (the clitic pass cut لنجف into ل + نجف and the parse hung نجف on the verb) is the name up to the end
    of the tagger's name, when that end comes before the content and no punctuation stands between."""
    speaker, tags = mention.speaker, context.document.entity_tags
    if speaker is None or tags is None or sentence.index >= len(tags):
        return mention
    row = tags[sentence.index]
    inside = sentence.words_within(speaker.start, speaker.end)
    if not inside or inside[-1].end != speaker.end or row[inside[-1].index - 1] not in ("B-PERS", "I-PERS"):
        return mention
    for word in sentence.words[inside[-1].index :]:
        tag = row[word.index - 1]
        if word.upos in _NONAME_TAGS or word.end > limit or tag not in ("I-PERS", "E-PERS"):
            return mention
        if word.upos == "ADP" and not _letter_of_name(sentence, word):
            return mention
        if prayer_starts(word, context.text, context.lexicons.prayers):
            return mention  # وقال الأمير خالد | رحمه الله إن …: the prayer for him is no part of his name
        surface = word_span(context.text, word.start, word.end).text
        if any(key in context.lexicons.participles for key in form_keys(surface)):
            return mention  # نسبت … إلى خليفة حفتر | قوله: "his saying" is no part of the name
        if described_with_phrase(sentence, word, context.lexicons.roles):
            return mention  # ويقول خليل | القيادي في حزب …: the description after the name, not more of it
        if definite_object(word):
            return mention  # طالب الرئيس … عبدربه منصور هادي | الميليشيات …: the verb's object, not more of the name
        if _title_in_construct(context, sentence, word):
            return mention  # الدكتور سامي الصالح | سفير خادم الحرمين …: the title after the name, not more of it
        if tag == "E-PERS":
            name = Span.from_offsets(context.text, speaker.start, word.end)
            role = mention.role
            if role is not None and name.start <= role.start and role.end <= name.end:
                role = None  # محمد | الخطيب: the title read after the given name is the family name the tagger read on
            notes = (*mention.notes, "the entity tagger's name runs on past the parse's")
            return attrs.evolve(mention, speaker=name, role=role, notes=notes)
    return mention


def _title_in_construct(context: DocumentContext, sentence: SentenceGraph, word: Word) -> bool:
    """A title without the article (سفير، قائد، مدير) that is no given name, with a noun after it: in construct with
    what the person serves or leads, the role after a name, not a part of it."""
    if job_kind(word, context.lexicons.roles) not in ("job", "title"):
        return False
    if any(key in context.lexicons.names for key in word.keys):
        return False  # أمين، صالح: a given name spelled like a title
    return heads_a_construct(sentence, word)


def nominal_between(context: DocumentContext, sentence: SentenceGraph, cue_word: Word, content_start: int) -> Word | None:
    """VSO with a missed subject: the first noun after the cue, before the content, not in a prepositional phrase.

    After an addressee (وأوضح لـ"عين اليوم" أمين عام غرفة جدة …، وأكد لـ"الاقتصادية"، مصدر من …) the first role noun
    or given name counts.
    """
    if agrees_with_pronoun_subject(cue_word):
        return None  # وطالبوا الرئيس الجديد ببذل …: the plural verb's subject is in the verb, the title is its object
    following = sentence.word_after(cue_word)
    if following is not None and addressee_after_appeal_verb(context, sentence, cue_word, following):
        return None  # وطالب كافة السكان بـ …: whom he called on; the subject is in the verb
    found = _first_nominal(context, sentence, cue_word, content_start)
    if found is not None:
        return found
    lexicons = context.lexicons
    addressee_only = True  # so far only the addressee: لـ"الاقتصادية"، مصدر من الشركة أن …
    quoted_addressee = False  # the addressee was a medium in quotation marks
    for word in sentence.words[cue_word.index :]:
        if word.text in ("،", ",") and addressee_only and word.start < content_start:
            continue
        if word.start >= content_start or word.text in (":", "؛", "،", ",", "."):
            return None
        quoted = context.marks.containing(word.start) is not None
        if quoted or word.upos in ("ADP", "PUNCT") or is_time(word):
            quoted_addressee = quoted_addressee or (quoted and addressee_only)
            continue  # (وقال لـ"الاقتصادية"، أمس، مصدر مطلع: the day, like the addressee, comes before the subject)
        first_after_addressee = addressee_only and quoted_addressee
        addressee_only = False
        if word.upos == "ADJ" and word.base_deprel == "amod":
            continue  # وأكد في تصريح صحفي …: "press" describes the statement, it is no journalist
        if any(key in lexicons.roles for key in word.keys) or (
            any(key in lexicons.names for key in word.keys) and not pronoun_suffixed(sentence, word)
        ):
            return word  # (وأعرب عن أمله في أن …: أمل + ه is the hope, no name)
        if first_after_addressee and word.upos in ("PROPN", "X"):
            return word  # وأكد لـ«الشرق الأوسط» عبد العزيز الحميضي: the proper name right after the quoted medium
    return None


def _quantifier_of_people(context: DocumentContext, sentence: SentenceGraph, word: Word) -> bool:
    """A quantity word followed by من (كثير من، عدد من): the head of a subject, whatever its tag."""
    quantifiers = context.lexicons.quantifiers
    following = sentence.word_after(word)
    return (
        quantifiers is not None
        and following is not None
        and normalize(following.text) == "من"
        and any(key in quantifiers or strip_article(key) in quantifiers for key in word.keys)
    )


def _first_nominal(context: DocumentContext, sentence: SentenceGraph, cue_word: Word, content_start: int) -> Word | None:
    if agrees_with_pronoun_subject(cue_word):
        return None  # وطالبوا الجهات المختصة بـ …: the plural verb's subject is in the verb
    for word in sentence.words[cue_word.index :]:
        if word.start >= content_start or is_quote_mark(word.text[:1]):
            return None  # (a word glued to an opening mark, “لا …, is the speech itself)
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
        if word.upos in ("ADJ", "NOUN") and _adverbial_accusative(context, sentence, word):
            continue  # أكد مرارا أن …: an adverb, the subject may follow
        if feminine_body_after_masculine_verb(context, sentence, cue_word, word):
            return None  # وطالب وزارة المالية بـ …: the body is the object; the subject was named before
        if addressee_after_appeal_verb(context, sentence, cue_word, word):
            return None  # ودعا المواطنين إلى …: whom he called on; the subject was named before
        if opens_noun_complement(context, word):
            return None  # وأكد حرص الوزارة على …: the complement, not the subject
        if word.upos in ("NOUN", "PROPN", "X") and word.token_first and not any(key in TIME_WORDS for key in word.keys):
            return word
        if given_name_before_family(sentence, word):
            return word  # وقال صباح | الخالد إن …: a given name, not the morning
        if _quantifier_of_people(context, sentence, word):
            return word  # اعترف كثير من مسؤولي المفوضية بأنهم …: "many" tagged an adjective
        if word.upos not in ("DET", "PART", "CCONJ", "ADV"):
            return None
    return None


#: Words that open a clause before its subject: a conjunction, a connective (لكن، غير أن، إلا أن، بيد أن), أما.
_CLAUSE_OPENERS = frozenset(normalize(word) for word in ("و", "ف", "لكن", "ولكن", "لكنّ", "غير", "إلا", "بيد", "أما", "وأما"))
#: The words that open a new clause after a comma with its subject first (…، ففريق الملاك …، يرون؛ …، لكن الوزير …):
#: not و, which also joins the parts of a list.
_NEW_CLAUSE_OPENERS = _CLAUSE_OPENERS - {normalize("و")}
#: The connectives that أن follows without opening a reported clause (غير أن، إلا أن، بيد أن: "however").
_BEFORE_CONNECTIVE_AN = frozenset(normalize(word) for word in ("غير", "إلا", "بيد"))
#: The same, with على أن ("provided that; however") that opens a sentence: a small parser makes them the verb's subject.
_CONNECTIVES_BEFORE_AN = _BEFORE_CONNECTIVE_AN | {normalize("على")}
#: The particle of the past perfect (وكان الوزير … قد أكد) and its auxiliary, which opens the clause before the subject.
_QAD = normalize("قد")
_PERFECT_AUXILIARIES = frozenset(normalize(word) for word in ("كان", "كانت", "وكان", "وكانت"))
#: The longest subject before an aside, in words (syntactic words: clitics count).
_SUBJECT_WORDS = 12
_COMMAS = ("،", ",")


@attrs.frozen
class SubjectBeforeAside:
    """A subject written before its verb and closed off from it by an aside between commas: the subject's head word,
    where its phrase ends, and the aside when a role noun heads it (its role)."""

    head: Word
    end: int
    role: Span | None


def subject_before_aside(context: DocumentContext, sentence: SentenceGraph, cue_word: Word) -> SubjectBeforeAside | None:
    """`أما فلانة، التي تدير مركز …، فترى أن …`، `لكن الرئيس فلان، الذي يسعى …، رد …`، `من بين المعارضين، فلان، رئيس
    تحرير مجلة …، قال إن …`: the verb's subject stands before it, and an aside between commas (a relative clause, an
    appositive role, `واسمه …`) closes it off from the verb; a small parser then hangs the subject elsewhere and leaves
    the verb without one. The subject is the phrase between the clause's opening (the sentence's start, or a
    connective: لكن، غير أن، أما …) and the aside's opening comma, with no verb in it, naming someone (a name, a title,
    a body); a fronted prepositional phrase closed by its comma may come first (من بين المعارضين،). A relative pronoun
    that opens the aside agrees with the verb (التي … فترى)."""
    words = list(sentence.words[: cue_word.index - 1])
    opening = max((position + 1 for position, word in enumerate(words) if word.text in (":", "؛", ";")), default=0)
    words = words[opening:]  # (يختلف الوضع من كلية إلى أخرى: من بين «الرجعيين»، فلان، ناشر …، قال: a clause after a colon)
    perfect = bool(words) and normalize(words[-1].text) == _QAD and words[-1].upos != "VERB"
    if perfect:
        words.pop()  # وكان الوزير، الذي …، قد أكد أن …: the past perfect's قد stands between the aside and the verb
    if words and words[-1].upos == "CCONJ" and words[-1].end == cue_word.start:
        if normalize(words[-1].text) != "ف":
            return None  # وقال after a subject and an aside: another clause, with its own subject
        words.pop()
    if not words or words[-1].text not in _COMMAS:
        return None
    pieces: list[list[Word]] = [[]]
    for word in words[:-1]:
        if word.text in _COMMAS:
            pieces.append([])
        else:
            pieces[-1].append(word)
    last = _past_openers(pieces[-1], _NEW_CLAUSE_OPENERS)
    if len(pieces) > 1 and last and len(last) < len(pieces[-1]):
        # …، ففريق ملاك الأراضي ومعهم كثير من المطورين، يرون …: a clause of its own opens with its subject, and the
        # comma only closes that subject: no aside
        subject: list[Word] = last
        role: Span | bool = True
    else:
        if len(pieces) < 2 or any(not piece for piece in pieces[-2:]):
            return None
        openers = _CLAUSE_OPENERS | _PERFECT_AUXILIARIES if perfect else _CLAUSE_OPENERS
        aside, subject = pieces[-1], _past_openers(pieces[-2], openers)
        opened = len(subject) < len(pieces[-2])
        before = pieces[:-2]
        if before and not opened and not (len(before) == 1 and _fronted_phrase(before[0])):
            return None  # (…، سامي، رئيس …، قال: a list, or the end of a clause before it, not a subject opening its own)
        role = _aside_role(context, sentence, aside, cue_word)
        if role is False:
            return None
    if not subject or len(subject) > _SUBJECT_WORDS:
        return None
    if any(word.upos in ("VERB", "AUX", "SCONJ") or word.text in (":", "؛", '"', "«", "»") for word in subject):
        return None
    head = next(
        (word for word in subject if word.upos in ("PROPN", "X") or context.tagged_person_or_body(sentence, word)),
        None,
    )
    if head is None:
        head = next((word for word in subject if names_a_source(context.lexicons, word)), None)
    if head is None:
        return None
    return SubjectBeforeAside(head=head, end=subject[-1].end, role=role if isinstance(role, Span) else None)


def _past_openers(piece: list[Word], openers: frozenset[str] = _CLAUSE_OPENERS) -> list[Word]:
    """The piece without the conjunctions and connectives that open its clause (لكن، غير أن، أما)."""
    position = 0
    while position < len(piece):
        written = normalize(piece[position].text)
        if written in openers:
            position += 1
        elif written == "ان" and position > 0 and normalize(piece[position - 1].text) in _BEFORE_CONNECTIVE_AN:
            position += 1
        else:
            break
    return piece[position:]


def _fronted_phrase(piece: list[Word]) -> bool:
    """A prepositional phrase with no verb in it (من بين المعارضين، في المقابل): the clause's subject may follow it."""
    return piece[0].upos == "ADP" and not any(word.upos in ("VERB", "AUX") for word in piece)


def _aside_role(context: DocumentContext, sentence: SentenceGraph, aside: list[Word], cue_word: Word) -> Span | bool:
    """What the aside between the subject and the verb is: False where it is no aside (a verb outside a relative
    clause, a relative pronoun whose gender the verb's is not); its span where a role noun heads it (the subject's
    role); True otherwise (a relative clause, `واسمه …`)."""
    first = aside[0]
    written = normalize(first.text)
    if written in RELATIVE_PRONOUNS:
        return cue_word.feat("Gender") in (None, pronoun_gender(written))
    if any(word.upos in ("VERB", "AUX", "SCONJ") for word in aside):
        return False
    if any(strip_article(key) in context.lexicons.roles for key in first.keys):
        return word_span(context.text, first.start, aside[-1].end)
    return written.startswith("و") or first.upos == "CCONJ"
