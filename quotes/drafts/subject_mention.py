"""A source's mention grown from the word that names it: the rules' speaker phrase (`describe_speaker`) over the
word, a pronoun's antecedent, a statement's issuer, where the phrase ends before the verb's object, and a name the
entity tagger read past where the parse ended the phrase."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from quotes.cleantext import TATWEEL
from quotes.drafts.context import DocumentContext
from quotes.drafts.relatives import agrees_with, may_stand_for_a_thing, verb_disagrees
from quotes.drafts.spans import trim, word_span
from quotes.drafts.subject import PERSON_NOUNS, antecedent, named_before_title, said_within_noun
from quotes.drafts.words import class_of, listed_reporting_verb, names_someone
from quotes.grammar.loader import bundled_lexicon, word_set
from quotes.graph import SentenceGraph, Word
from quotes.model import Span
from quotes.normalize import form_keys, normalize, strip_article, strip_conjunction
from quotes.speakers import (
    GIVEN_NAMES_READ_AS_PREPOSITION,
    Mention,
    describe_speaker,
    is_time,
    opens_definite_noun,
    prayer_starts,
    pronoun_suffixed,
)
from quotes.speakers.belonging import WHERE_THEY_ARE, phrase_end
from quotes.speakers.names import eponym_of_a_body
from quotes.speakers.roles import comma_role, described_with_phrase
from quotes.speakers.words import (
    NAME_LINKS,
    NAME_TAGS,
    PLACE_NAMES,
    SPEAKS_FOR,
    definite_object,
    heads_a_construct,
    is_medium,
    is_role_word,
    issuer_end,
    issuing_subject,
    job_kind,
    not_a_family_name,
    opens_medium_name,
    opens_possessed_noun,
    says_how,
    written_definite,
)

_PERSONAL_PRONOUNS = frozenset(
    normalize(word)
    for word in (
        *("هو", "هي", "هم", "هما", "هن", "ه", "ها", "انا", "نحن", "انت", "انتم"),
        *("الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي"),
    )
)


_NO_MENTION = Mention(speaker=None, role=None, head=None)


def _reports(context: DocumentContext, limit: int, cue: Word | None, sentence: SentenceGraph, verb: Word) -> bool:
    """A relative clause that is the report itself: the cue (نبوءة تقول إن …: the noun is the source, its clause the
    speech), or a reporting verb with its object running up to the content (وينقل عن باحثين يصفان الأمر بأنه …:
    `وصف X بأنه`, whatever word the parse hung the content on). A clause that only says where or to whom the source
    spoke (مصادر تحدثت لـ«الصحيفة» إن …) describes the source and stays."""
    if cue is not None and verb.index == cue.index:
        return True
    if not listed_reporting_verb(verb, context.lexicons):
        return False
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
        in_clause = parent is not None and (parent.deprel.startswith("acl") or parent.upos == "VERB")
        if in_clause and parent is not None and verb_disagrees(normalize(head.text), parent):
            # المهاجم الذي أكدت الإدارة التعاقد معه: the pronoun is the verb's object; its subject follows it (also where
            # the parse joined the clause with و: …، والتي يقولون إنها …, whose subject the verb carries)
            subject = _subject_after_verb(sentence, parent)
            if subject is None:
                return _NO_MENTION
            mention = grow_mention(context, sentence, subject, limit=limit, content_head=None, cue=cue)
            return attrs.evolve(mention, notes=(*mention.notes, RELATIVE_CLAUSE_SUBJECT))
        elif parent is not None and parent.deprel.startswith("acl"):
            governor = sentence.parent(parent.index)
            if governor is None or is_time(governor):
                return _NO_MENTION
            # بحديثه الأخير، الذي أكد فيه …: the noun is where he said it; he is who owns it
            within, owner = said_within_noun(context, sentence, governor, parent)
            if within and owner is None:
                return _NO_MENTION
            # (الأمين العام لجامعة الدول العربية الذي …: الأمين)
            pronoun = head
            head = owner if owner is not None else antecedent(context, sentence, governor, head)
            head = named_before_title(context, sentence, head) or head  # فلان، رئيس الغرفة الذي أكد: فلان
            if owner is None and _spoken_about(context, sentence, head, pronoun, parent):
                return _NO_MENTION  # التفجير الذي قال إن حصيلته …: what he spoke about; the speaker is in the verb
        else:
            before = noun_before_relative_pronoun(sentence, head)
            if before is None:
                return _NO_MENTION
            head = antecedent(context, sentence, before, head)  # تواصلت «عكاظ» مع أفراد المجموعة، والذين أكدوا …
    mention = describe_speaker(
        sentence,
        head,
        context.text,
        roles=context.lexicons.roles,
        honorifics=context.lexicons.honorifics,
        limit=limit,
        prayers=context.lexicons.prayers,
        stop_at=content_head.index if content_head is not None and content_head.index > head.index else None,
        speech_clause=functools.partial(_reports, context, limit, cue),
    )
    mention = before_the_object(context, sentence, through_tagged_name(context, sentence, mention, limit))
    mention = before_a_place(context, sentence, mention)
    mention = with_where_they_are(context, sentence, with_genitive_hung_on_verb(context, sentence, mention, limit), limit)
    mention = with_governed_phrase(context, sentence, mention, limit)
    return ending_at_the_issuer(context, sentence, mention)


#: The note of a mention grown from the subject of a relative clause whose pronoun is its verb's object.
RELATIVE_CLAUSE_SUBJECT = "the relative clause's own subject after its verb"


def _subject_after_verb(sentence: SentenceGraph, verb: Word) -> Word | None:
    """The first noun after a relative clause's verb that no preposition governs, whatever relation the parse gave it
    (`التي أكدت | الإدارة التعاقد معه`: the parse made الإدارة an object): the verb's own subject."""
    for child in sentence.children(verb.index):
        if child.index <= verb.index or child.upos not in ("NOUN", "PROPN", "X"):
            continue
        if any(grandchild.base_deprel == "case" for grandchild in sentence.children(child.index)):
            continue
        return child if child.base_deprel in ("nsubj", "obj", "iobj", "dep") else None
    return None


#: The classes of cues that only someone does (reporting_verbs.tsv): saying, adding, believing. A thing may call for,
#: point to, show or stress something (`جدول الأعمال الذي يدعو إلى …`), and then it is the source.
_SAID_BY_SOMEONE = frozenset(("neutral", "additive", "opinion"))


def _spoken_about(context: DocumentContext, sentence: SentenceGraph, noun: Word, pronoun: Word, verb: Word) -> bool:
    """Whether the noun a relative clause of saying hangs on is what was spoken about, not who spoke (`التفجير الذي
    قال إن حصيلته …`: the attack he said its toll …): a singular relative pronoun, which may stand for a thing, after a
    common noun that names no one (no role, body, group, medium or statement, nothing the entity tagger put in a
    person or organisation) and no person (person_nouns.tsv); the speaker is then in the verb."""
    if class_of(verb, context.lexicons) not in _SAID_BY_SOMEONE:
        return False
    if not any(may_stand_for_a_thing(key) for key in pronoun.keys):
        return False
    return (
        noun.upos == "NOUN"
        and not names_someone(context, sentence, noun)
        and not any(strip_article(key) in PERSON_NOUNS for key in (*noun.keys, noun.lemma_key))
    )


def with_genitive_hung_on_verb(context: DocumentContext, sentence: SentenceGraph, mention: Mention, limit: int) -> Mention:
    """A job title of one word without the article (`والي`، `ناطق`) that the parse read as a name, with the noun in
    construct after it made the verb's object (`وقال والي | ولاية هاكاري إن …`): a title without the article is in
    construct with the indefinite noun right after it, so the speaker (and the role with it) goes on through that
    noun's phrase, up to a comma and before the content (`limit`)."""
    speaker, head = mention.speaker, mention.head
    if speaker is None or head is None or head.upos not in ("PROPN", "X"):
        return mention
    inside = sentence.words_within(speaker.start, speaker.end)
    if len(inside) != 1 or job_kind(head, context.lexicons.roles) != "job" or normalize(head.text).startswith("ال"):
        return mention  # (والي owns its و: read as written, not as و + الي)
    noun = sentence.word_after(head)
    if noun is None or noun.upos not in ("NOUN", "PROPN") or written_definite(sentence, noun) or noun.start >= limit:
        return mention
    if noun.head != head.head or noun.base_deprel not in ("obj", "obl", "nsubj") or not context.text[head.end : noun.start].isspace():
        return mention
    grown = Span.from_offsets(context.text, speaker.start, phrase_end(sentence, noun, limit))
    role = grown if mention.role == speaker else mention.role
    return attrs.evolve(mention, speaker=grown, role=role, notes=(*mention.notes, "the title's genitive, hung on the verb"))


def with_where_they_are(context: DocumentContext, sentence: SentenceGraph, mention: Mention, limit: int) -> Mention:
    """A group of sources named by an indefinite plural (`أفاد ناشطون | في مدينة دير الزور السورية`، `قال متعاملون | في
    سوق الذهب`، `مصادر رسمية | داخل أروقة الاتحاد`) takes the في or داخل phrase right after it, which says who they
    are (the spec's `متعاملون في سوق التمور`), where the parse hung the phrase on the verb instead of the noun; so does a
    job title without a name when the phrase names a body (`وقال مدير قسم الأبحاث | في منظمة العفو الدولية`: an
    organisation head of organisation_anaphors.tsv) or whom the title's holder speaks for (`وقال ناطق | باسم الجيش
    الأردني`، `متحدث | بلسان الحكومة`), and the role with it. Not a medium (`في تصريحات صحفية`), a time (`في وقت
    سابق`) or a manner; the phrase ends at a comma and before the content (`limit`)."""
    speaker, head, groups = mention.speaker, mention.head, context.lexicons.groups
    if speaker is None or head is None or groups is None or head.upos not in ("NOUN", "PROPN", "X"):
        return mention
    group = not written_definite(sentence, head) and any(key in groups for key in (*head.keys, head.lemma_key))
    if not group and not _untitled_job(context, sentence, head, speaker):
        return mention
    inside = sentence.words_within(speaker.start, speaker.end)
    preposition = sentence.word_after(inside[-1]) if inside else None
    if preposition is None or preposition.base_deprel != "case":
        return mention
    noun = sentence.word_after(preposition)
    if noun is None or noun.head != head.head or noun.base_deprel not in ("obl", "nmod") or preposition.head != noun.index:
        return mention  # (hung on the noun, the phrase is the mention's already)
    speaks_for = (
        not group
        and noun.start == preposition.end
        and normalize(preposition.text + noun.text) in SPEAKS_FOR
        and not pronoun_suffixed(sentence, noun)  # ولي العهد | باسمه واسم شعب …: in his own name, no body he speaks for
    )
    if normalize(preposition.text) not in WHERE_THEY_ARE and not speaks_for:
        return mention
    if is_medium(sentence, noun) or is_time(noun) or says_how(noun):
        return mention
    if not group and not speaks_for and not any(strip_article(key) in context.lexicons.organisation_heads for key in noun.keys):
        return mention  # وقال مدير قسم الأبحاث | في منظمة …: a title's body, not where he said it (في الرياض، في المؤتمر)
    grown = Span.from_offsets(context.text, speaker.start, phrase_end(sentence, noun, limit))
    if group:
        return attrs.evolve(mention, speaker=grown, notes=(*mention.notes, "where the group is, hung on the verb"))
    role = grown if mention.role == speaker else mention.role  # the title described by the job is the role, body and all
    return attrs.evolve(mention, speaker=grown, role=role, notes=(*mention.notes, "the body the title belongs to, hung on the verb"))


#: rules/lexicons/governing_participles.tsv: agent nouns and the prepositions their verbs govern (مدافع عن، مؤيد ل).
_GOVERNING = bundled_lexicon("governing_participles")
#: The endings of the sound plurals and the feminine an agent noun takes (المدافعون، المؤيدين، المعارضات، داعمة).
_AGENT_ENDINGS = ("ون", "ين", "ات", "ه", "ة")


def _governed_prepositions(word: Word) -> frozenset[str]:
    """The prepositions the verb of an agent noun governs (`المدافعون` → عن), by its readings without the article and
    the endings of its plurals or feminine (governing_participles.tsv)."""
    found: set[str] = set()
    for key in (*word.keys, word.lemma_key):
        bare = strip_article(key)
        for stem in (bare, *(bare[: -len(ending)] for ending in _AGENT_ENDINGS if bare.endswith(ending))):
            entry = _GOVERNING.entries.get(stem)
            if entry is not None:
                found.update(normalize(preposition) for preposition in (entry.get("prepositions") or "").split("|"))
    return frozenset(found)


def with_governed_phrase(context: DocumentContext, sentence: SentenceGraph, mention: Mention, limit: int) -> Mention:
    """An agent noun as the subject (`ويقول المدافعون | عن هذا القرار إنه …`، `ويرى المعارضون | للاتفاق أنه …`) takes
    the phrase of the preposition its verb governs (دافع عن، عارض ل: governing_participles.tsv) right after it: the
    phrase says whom they defend or oppose, and the speaker is who they are, where the parse hung the phrase on the
    verb (`قال عن …` is what one said of something; after `المدافعون` it is theirs). Not a medium, a time or a manner;
    the phrase ends at a comma and before the content (`limit`)."""
    speaker, head = mention.speaker, mention.head
    if speaker is None or head is None or head.upos not in ("NOUN", "PROPN", "X", "ADJ"):
        return mention
    inside = sentence.words_within(speaker.start, speaker.end)
    if not inside or inside[-1].index != head.index:
        return mention
    preposition = sentence.word_after(head)
    if preposition is None or preposition.base_deprel != "case":
        return mention
    noun = sentence.parent(preposition.index)
    if noun is None or noun.index <= preposition.index or noun.head != head.head or noun.start >= limit:
        return mention  # (hung on the noun, the phrase is the mention's already)
    between = sentence.words[preposition.index : noun.index - 1]  # (عن | هذا | القرار: a demonstrative between)
    if noun.base_deprel not in ("obl", "iobj", "nmod", "obj") or any(word.upos != "DET" for word in between):
        return mention
    if normalize(preposition.text) not in _governed_prepositions(head):
        return mention
    if is_medium(sentence, noun) or is_time(noun) or says_how(noun):
        return mention
    grown = Span.from_offsets(context.text, speaker.start, phrase_end(sentence, noun, limit))
    role = grown if mention.role == speaker else mention.role
    return attrs.evolve(mention, speaker=grown, role=role, notes=(*mention.notes, "the phrase the agent noun governs, hung on the verb"))


def _untitled_job(context: DocumentContext, sentence: SentenceGraph, head: Word, speaker: Span) -> bool:
    """Whether the speaker is a job title in construct and no name (`مدير قسم الأبحاث`، `نائب مدير البرامج`، `ناطق`
    alone, whatever tag the parse gave the title word itself): the body it belongs to may follow after في."""
    words = sentence.words_within(speaker.start, speaker.end)
    return (
        bool(words)
        and job_kind(words[0], context.lexicons.roles) == "job"
        and not any(word.upos in ("PROPN", "X") for word in words[1:])
    )


#: How many words before a relative pronoun its antecedent may stand when the parse gave the clause none.
_ANTECEDENT_WORDS = 8


def noun_before_relative_pronoun(sentence: SentenceGraph, pronoun: Word) -> Word | None:
    """The noun a relative pronoun after a comma stands for where the parse made its clause a conjunct of the verb
    before (`تواصلت «عكاظ» مع أفراد المجموعة بعد الاختراق، والذين أكدوا أنهم …`: the members): the nearest noun
    before it, within _ANTECEDENT_WORDS, that agrees with the pronoun (الذين a plural, التي a feminine or a plural);
    None for a personal pronoun (هو، هم) or where no noun agrees."""
    written = strip_conjunction(normalize(pronoun.text))
    for word in reversed(sentence.words[max(0, pronoun.index - 1 - _ANTECEDENT_WORDS) : pronoun.index - 1]):
        if word.upos in ("NOUN", "PROPN", "X") and agrees_with(written, word):
            return word
    return None


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
    speaker, row = mention.speaker, context.entity_row(sentence)
    if speaker is None:
        return mention
    inside = sentence.words_within(speaker.start, speaker.end)
    if len(inside) < 2 or (row is not None and inside[-1].index > len(row)):
        return mention
    lexicons = context.lexicons
    tags_inside = entity_tags_of(row, inside)
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


#: rules/lexicons/eponym_titles.tsv: ملك، أمير، سلطان، شيخ …, titles some given names are spelled like.
_RULERS = word_set("eponym_titles")


def _names_a_place(context: DocumentContext, sentence: SentenceGraph, word: Word) -> bool:
    """Whether `word` opens a place: the entity tagger starts one there (B-LOC, S-LOC), or it is a listed place name
    (place_names.tsv, with or without the article) that the tagger does not read into a person's name (I-PERS, E-PERS:
    جورج واشنطن) and that no list holds as a given name."""
    row = context.entity_row(sentence)
    tag = row[word.index - 1] if row is not None and word.index <= len(row) else "O"
    if word.upos not in ("PROPN", "X", "NOUN", "ADJ"):
        return False
    if tag in ("B-LOC", "S-LOC"):
        return True
    keys = {*word.keys, *(strip_article(key) for key in word.keys)}
    listed = any(key in PLACE_NAMES for key in keys)
    return listed and tag not in ("I-PERS", "E-PERS") and not any(key in context.lexicons.names for key in word.keys)


def _known_person_word(context: DocumentContext, sentence: SentenceGraph, word: Word) -> bool:
    """Whether a name word is a person's: the entity tagger put it in a person here or anywhere in the document (غرين
    after مارك غرين), or it is a listed given name."""
    return (
        context.entity_kind(sentence, word) == "PERS"
        or any(key in context.person_name_words for key in word.keys)
        or any(key in context.lexicons.names for key in word.keys)
    )


def _name_word(context: DocumentContext, sentence: SentenceGraph, word: Word) -> bool:
    """Whether `word` may be a part of a person's name: a proper noun, or a word the entity tagger put in a person
    (وحث فيبر | طهران: a foreign family name the parse read as a common noun)."""
    return word.upos in NAME_TAGS or context.entity_kind(sentence, word) == "PERS"


def before_a_place(context: DocumentContext, sentence: SentenceGraph, mention: Mention) -> Mention:
    """A speaker that is a person's name and runs on into a place after it: the verb's object, which the parse hung
    under the name as its part (`flat`) with the places joined to it by و (`ودعا روبن | واشنطن ولندن إلى …`، `وحث
    غرين | موسكو وباريس على …`، `واتهمت ميركل | روسيا بـ …`): the speaker is the name, up to the first place. The
    words before the place are all proper nouns (or the tagger's person), no title (سلطان عمان، أمير قطر: a title
    and its country), at least one a person's by the entity tagger or the given names; the name keeps its first
    word whatever follows (إسرائيل كاتس)."""
    speaker = mention.speaker
    if speaker is None:
        return mention
    inside = sentence.words_within(speaker.start, speaker.end)
    roles = context.lexicons.roles
    if inside and any(strip_article(key) in _RULERS for key in inside[0].keys):
        return mention  # سلطان عمان: the sultan of Oman, not the given name سلطان
    for position, word in enumerate(inside[1:], start=1):
        name = inside[:position]
        last = name[-1]  # (the words before it passed this test on the way)
        if not _name_word(context, sentence, last) or job_kind(last, roles) is not None:
            return mention
        if not _names_a_place(context, sentence, word):
            continue
        if not any(_known_person_word(context, sentence, part) for part in name):
            return mention  # (فودافون مصر: a body's name with its country)
        cut = Span.from_offsets(context.text, speaker.start, name[-1].end)
        return attrs.evolve(mention, speaker=cut, notes=(*mention.notes, "the name ends before a place, the verb's object"))
    return mention


def entity_tags_of(row: tuple[str, ...] | None, words: Sequence[Word]) -> tuple[str, ...]:
    """The entity tagger's tags of `words` (O for each where the sentence has none). Not a closure over the row:
    compiled, a closure and the scope that holds it keep each other, and the row, alive until a full collection."""
    return tuple(row[word.index - 1] for word in words) if row is not None else ("O",) * len(words)


#: Words no name runs on through: a verb (the tagger's name ran into the cue), a conjunction, a punctuation mark.
_NONAME_TAGS = frozenset(("VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PART"))


def _letter_of_name(sentence: SentenceGraph, word: Word) -> bool:
    """Whether a preposition inside a tagged name belongs to it: a letter the clitic pass cut off a name (ل + نجف),
    not a preposition of its own, one that opens a definite noun (ل + لصحافيين of للصحافيين: the addressee's) or a
    medium's name (قائد الشرطة سيف | لفرانس برس، حسن | لرويترز: whom he told, rules/lexicons/media_names.tsv), nor
    one written with its stroke (هند | لـ"سبق": the preposition's tatweel says it stands alone)."""
    following = sentence.word_after(word)
    return (
        following is not None
        and following.start == word.end
        and following.upos != "PUNCT"
        and not following.text.startswith(TATWEEL)
        and not opens_definite_noun(sentence, word)
        and not opens_medium_name(sentence, word)
        and not opens_possessed_noun(sentence, word)  # ماكرون | لنظيره: whom he told
    )


def through_tagged_name(context: DocumentContext, sentence: SentenceGraph, mention: Mention, limit: int) -> Mention:
    """A speaker whose last word opens or continues a person's name that the entity tagger reads on past it: `الشيخ
    صالح | لنجف` (the clitic pass cut لنجف into ل + نجف and the parse hung نجف on the verb) is the name up to the end
    of the tagger's name, when that end comes before the content and no punctuation stands between."""
    speaker, row = mention.speaker, context.entity_row(sentence)
    if speaker is None or row is None:
        return mention
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
            if role is None or (name.start <= role.start and role.end <= name.end):
                # محمد | الخطيب: the title read after the given name is the family name the tagger read on; the role is
                # what the text sets off after the whole name (محمد الأمين –مقيم سوداني- أنه …، الأمير فلان بن فلان،
                # أمير منطقة نجران …)
                role = comma_role(sentence, name, context.text, limit, context.lexicons.roles)
            elif role.start < name.end < role.end:
                rest = sentence.words_within(name.end, role.end)
                if rest and is_role_word(rest[0], context.lexicons.roles) and not written_definite(sentence, rest[0]):
                    # فلان المرشــد | مدير عام …: the description read after the parse's name opened with the family
                    # name the tagger reads on (tatweel inside it); the role starts after the whole name, at the title
                    # in construct that follows it (not at an adjective: الوكيل | المساعد، السفير | الأميركي, where
                    # the tagger ran on into the title, which a later step takes back)
                    role = trim(context.text, name.end, role.end)
            notes = (*mention.notes, "the entity tagger's name runs on past the parse's")
            return attrs.evolve(mention, speaker=name, role=role, notes=notes)
    return mention


def from_tagged_name_start(context: DocumentContext, sentence: SentenceGraph, mention: Mention) -> Mention:
    """A speaker that starts inside a person's name the entity tagger read from further back, where the role read
    before it ends with the name's first words: `لاعب كرة السلة الأمريكي ليبرون | جيمس` (the parse hung the given
    name, which no list knows, on the title) is the name from where the tagger starts it, and the role ends before
    it. A title, rank or honorific the tagger took into the name stays in the role (`الدكتور`، `الأمير`)."""
    speaker, role, row = mention.speaker, mention.role, context.entity_row(sentence)
    if speaker is None or role is None or row is None or role.end > speaker.start:
        return mention
    inside = sentence.words_within(speaker.start, speaker.end)
    if not inside or inside[0].start != speaker.start or row[inside[0].index - 1] not in ("I-PERS", "E-PERS"):
        return mention
    start = None
    for word in reversed(sentence.words[: inside[0].index - 1]):
        tag = row[word.index - 1]
        if (
            word.upos in _NONAME_TAGS
            or word.upos == "ADP"
            or tag not in ("B-PERS", "I-PERS")
            or word.start < role.start
            or job_kind(word, context.lexicons.roles) is not None
            or any(key in context.lexicons.honorifics for key in form_keys(word.text))
            or eponym_of_a_body(sentence, word, context.lexicons.roles)  # مدير جامعة الملك | سعود: the university's
        ):
            return mention
        if tag == "B-PERS":
            start = word
            break
    if start is None or start.start <= role.start or role.end < start.end:
        return mention  # (the role must hold the name's first words, and keep a word of its own)
    name = Span.from_offsets(context.text, start.start, speaker.end)
    role_end = start.start
    while role_end > role.start and context.text[role_end - 1].isspace():
        role_end -= 1
    shorter = Span.from_offsets(context.text, role.start, role_end) if role_end > role.start else None
    notes = (*mention.notes, "the entity tagger's name starts before the parse's")
    return attrs.evolve(mention, speaker=name, role=shorter, notes=notes)


def _title_in_construct(context: DocumentContext, sentence: SentenceGraph, word: Word) -> bool:
    """A title without the article (سفير، قائد، مدير) that is no given name, with a noun after it: in construct with
    what the person serves or leads, the role after a name, not a part of it."""
    if job_kind(word, context.lexicons.roles) not in ("job", "title"):
        return False
    if any(key in context.lexicons.names for key in word.keys):
        return False  # أمين، صالح: a given name spelled like a title
    return heads_a_construct(sentence, word)
