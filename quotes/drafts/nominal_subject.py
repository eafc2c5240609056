"""Where the parse gave a cue no subject: the first noun between the cue and its content that may name a source
(`وأكد | رئيس الهيئة … أن …`), past adverbials, discourse phrases and prepositional phrases."""

from __future__ import annotations

from quotes.drafts.context import DocumentContext
from quotes.drafts.spans import word_span
from quotes.drafts.subject import DISCOURSE_PHRASES, adverbial_accusative, agrees_with_pronoun_subject
from quotes.drafts.words import (
    addressee_right_after_verb,
    feminine_body_after_masculine_verb,
    opens_noun_complement,
)
from quotes.graph import SentenceGraph, Word
from quotes.normalize import form_keys, normalize, strip_article
from quotes.quotemarks import is_quote_mark
from quotes.speakers import (
    TIME_WORDS,
    is_time,
)
from quotes.speakers.words import (
    given_name_before_family,
    is_given_name,
)


def nominal_between(context: DocumentContext, sentence: SentenceGraph, cue_word: Word, content_start: int) -> Word | None:
    """VSO with a missed subject: the first noun after the cue, before the content, not in a prepositional phrase.

    After an addressee (وأوضح لـ"عين اليوم" أمين عام غرفة جدة …، وأكد لـ"الاقتصادية"، مصدر من …) the first role noun
    or given name counts.
    """
    if agrees_with_pronoun_subject(cue_word):
        return None  # وطالبوا الرئيس الجديد ببذل …: the plural verb's subject is in the verb, the title is its object
    following = sentence.word_after(cue_word)
    if following is not None and addressee_right_after_verb(context, sentence, cue_word, following):
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
        if _argument_of_a_verb_between(sentence, cue_word, word):
            return None  # وقال في بيان صحافي زوّد «الرياض» بنسخة منه: the noun of a clause of its own, its verb's
        first_after_addressee = addressee_only and quoted_addressee
        addressee_only = False
        if word.upos == "ADJ" and word.base_deprel == "amod":
            continue  # وأكد في تصريح صحفي …: "press" describes the statement, it is no journalist
        if any(key in lexicons.roles for key in word.keys) or is_given_name(word, lexicons.names, sentence):
            return word  # (وأعرب عن أمله في أن …: أمل + ه is the hope, no name; معربا عن الأمل: nor with the article)
        if first_after_addressee and word.upos in ("PROPN", "X"):
            return word  # وأكد لـ«الشرق الأوسط» عبد العزيز الحميضي: the proper name right after the quoted medium
    return None


def _argument_of_a_verb_between(sentence: SentenceGraph, cue: Word, word: Word) -> bool:
    """Whether the parse hangs `word` on a verb that stands between the cue and it (`في بيان صحافي زوّد «الرياض»
    بنسخة منه`: the paper is what the statement was sent to, not who spoke)."""
    if not 0 < word.head <= len(sentence.words):
        return False
    head = sentence.word(word.head)
    return head.upos == "VERB" and cue.index < head.index < word.index


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
        if any(key in DISCOURSE_PHRASES for key in word.keys):
            return None
        if word.upos in ("ADJ", "NOUN") and adverbial_accusative(context, sentence, word):
            continue  # أكد مرارا أن …: an adverb, the subject may follow
        if feminine_body_after_masculine_verb(context, sentence, cue_word, word):
            return None  # وطالب وزارة المالية بـ …: the body is the object; the subject was named before
        if addressee_right_after_verb(context, sentence, cue_word, word):
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
