"""Organisations: an organisation head and the words that go on its name (`وزارة الداخلية`، `الهيئة العامة
للإحصاء`), MEDIA when the head is a medium (`صحيفة كوميرسانت`, `صحيفة «الشرق الأوسط»`); a body named after a
person takes the person's name (`جامعة الملك سعود`). Reads the word facts (organisation_head, stops_name,
eponym_title, given_name).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence

from quotes.cleantext import TATWEEL
from quotes.graph import SentenceGraph, Word
from quotes.mentions.model import EntityMention
from quotes.mentions.word_facts import WordFacts, WordReader, with_facts
from quotes.mentions.words import ISSUED, NAME_LINKS, definite, glued_next, opens_epithet, span_of, unpaired_quote_mark
from quotes.model import Span
from quotes.normalize import normalize, strip_conjunction
from quotes.quotemarks import marked_name_end
from quotes.speakers import is_time, pronoun_suffixed, time_in_parentheses
from quotes.speakers.words import (
    article,
    ends_after_adjective,
    head_without_genitive,
    names_a_period,
    opens_the_object,
    under_whom,
    written_accusative,
    written_definite,
)

#: An organisation's name runs at most this many words after its head (المديرية العامة للشئون الصحية بمنطقة حائل).
ORGANISATION_WORDS = 10


def find_organisations(
    reader: WordReader, sentence: SentenceGraph, text: str, facts: Sequence[WordFacts], places: Collection[int] = ()
) -> Iterable[EntityMention]:
    """The organisations and media of the sentence: each head noun with the words of its name; `places`: the indexes
    of the words where the entity tagger starts a place (a place after a body's adjective is no part of its name)."""
    for word, fact in with_facts(sentence.words, facts, "organisation_head"):
        key = fact.organisation_head
        if key is None or word.upos not in ("NOUN", "PROPN", "X"):
            continue
        if head_without_genitive(sentence, word):
            continue  # نعمة الأمن ووحدة | والتفاف الشعب: a head without the article and without its genitive names no body
        phrase = organisation_phrase(
            sentence,
            word,
            lambda other: reader.facts(other).stops_name or opens_according_to(reader, other, text),
            eponym=lambda other: reader.facts(other).eponym_title,
            is_name=lambda other: reader.facts(other).given_name,
            is_head=lambda other: reader.facts(other).organisation_head is not None,
            places=places,
        )
        span = span_of(phrase, text)
        if span is None:
            continue
        media = key in reader.lexicons.media_heads
        named_end = None
        if media or (len(phrase) == 1 and not article(word)):
            # صحيفة «الشرق الأوسط», كتائب «حمزة بن عبد المطلب», حركة «فتح»: the name in marks after the head
            named_end = marked_name_end(text, span.end, sentence.words[-1].end)
        if named_end is not None and (media or len(text[span.end : named_end].split()) <= 5):
            span = Span.from_offsets(text, span.start, named_end)
        kind = "MEDIA" if media else "ORG"
        # a bare definite head (الوزارة) is an anaphor of the organisation named before; it is still a mention
        yield EntityMention(span, kind, "organisation", sentence.index, head=key)


def continues_name(
    sentence: SentenceGraph, word: Word, stops: Callable[[Word], bool], is_head: Callable[[Word], bool] = lambda _: False
) -> bool:
    """Read left to right (small parsers misattach these): nouns, adjectives, names, a glued لـ/بـ and و go on an
    organisation's name; a separate preposition, a verb, punctuation, a time word or a word ``stops`` accepts end it.
    ``is_head`` says which nouns head a body's name (`rules/lexicons/organisation_anaphors.tsv`, column `head`)."""
    if word.upos in ("NOUN", "ADJ", "PROPN", "X"):
        # تقرير مؤسسة النقد | الصادر مؤخرا: the participle of issue describes the report, not the body; المنظمة العربية
        # للسياحة | تفعيلاً للاتفاق: a word written with the accusative's tanween is an adverbial, never a name's word
        written = word.text.rstrip(TATWEEL)
        return not is_time(word) and not stops(word) and normalize(word.text) not in ISSUED and not written_accusative(written)
    following = glued_next(sentence, word)
    if word.upos == "ADP" and following is not None and word.text in ("ل", "ب", "لل"):
        if under_whom(sentence, following):
            return False  # لجنة التحكيم | برئاسة الدكتور …: who chairs it (under_whom.tsv), no part of its name
        return _names_a_body(sentence, following) or _heads_a_construct_name(sentence, following, stops, is_head)
    return word.upos == "CCONJ" and following is not None and _field_after_and(sentence, following)


def _field_after_and(sentence: SentenceGraph, noun: Word) -> bool:
    """After و, a body's name goes on with a name, a definite noun (وزارة العمل | والتنمية الاجتماعية) or a noun in
    construct with one (هيئة الاتصالات | وتقنية المعلومات); not with a noun whose chain ends in a pronoun or nothing
    definite (شركة الخطوط الجوية الماليزية | ورقم رحلتها: the flight's number, said of something else)."""
    if noun.upos in ("PROPN", "X") or (noun.upos == "NOUN" and definite(noun)):
        return True
    following = sentence.word_after(noun)
    links = 0
    while noun.upos == "NOUN" and following is not None and following.upos == "NOUN" and not definite(following):
        links += 1
        if links > _CONSTRUCT_LINKS:
            return False
        following = sentence.word_after(following)
    return (
        noun.upos == "NOUN"
        and following is not None
        and (following.upos in ("PROPN", "X") or (following.upos == "NOUN" and definite(following)))
        and not pronoun_suffixed(sentence, following)
    )


def _seat_after_ba(sentence: SentenceGraph, phrase: Sequence[Word], noun: Word) -> bool:
    """Whether the noun after a glued بـ may name where a body sits: after a name of more than its head (الشئون الصحية
    بحائل، مستشفى الملك فهد بجدة), or a name, or a noun with a name or an adjective after it (الحكومة بالمنطقة
    الشرقية); not a verbal noun after a bare head, which the verb governs (ويتهم المسلمون الحكومة | بالتدخل في …)."""
    if len(phrase) > 2 or noun.upos in ("PROPN", "X"):
        return True
    after = sentence.word_after(noun)
    return noun.upos == "NOUN" and after is not None and after.upos in ("PROPN", "X", "ADJ")


def _names_a_body(sentence: SentenceGraph, noun: Word) -> bool:
    """After a glued لـ/بـ, a name goes on with a definite noun (للشؤون الصحية) or a noun in construct with a name
    (بمنطقة حائل); not an adverbial (بشكل قاطع، بنجاح اليوم: a time after it is when, no genitive), a stretch of
    time (المقبولين بالكلية | للعام التدريبي: rules/lexicons/time_words.tsv `period`) or an addressee's name
    (للبي بي سي)."""
    if noun.upos != "NOUN" or names_a_period(noun.text):
        return False
    after = sentence.word_after(noun)
    return definite(noun) or (after is not None and (after.upos == "PROPN" or definite(after)) and not is_time(after))


#: Indefinite nouns in construct between a body's head and the definite noun or name that ends its name (اتحاد |
#: كرة | القدم).
_CONSTRUCT_LINKS = 2


def _heads_a_construct_name(sentence: SentenceGraph, noun: Word, stops: Callable[[Word], bool], is_head: Callable[[Word], bool]) -> bool:
    """After a glued بـ/لـ, a body's head that starts a chain of construct ending in a definite noun or a name: the
    body the one before belongs to (لجنة المسابقات باتحاد كرة | اليد، مدير العلاقات بمجلس إدارة | الغرفة); the
    chain is definite only at its end, which a glued preposition's noun alone does not show. Not where a word of the
    chain ends a name (a title, a name word) or opens an epithet (بقيادة خادم الحرمين الشريفين: under whose lead)."""
    if noun.upos != "NOUN" or definite(noun) or not is_head(noun) or stops(noun):
        return False
    following = sentence.word_after(noun)
    links = 0
    while following is not None and following.upos == "NOUN" and not definite(following) and not is_time(following):
        if stops(following) or opens_epithet(following):
            return False
        links += 1
        if links > _CONSTRUCT_LINKS:
            return False
        following = sentence.word_after(following)
    if following is None or is_time(following):
        return False
    return not stops(following) and (following.upos in ("PROPN", "X") or (following.upos == "NOUN" and definite(following)))


def _opens_another_body(sentence: SentenceGraph, word: Word, is_head: Callable[[Word], bool]) -> bool:
    """Whether a و before a body's head starts another body (وزارة الصحة | ومنظمة الصحة العالمية، مجلس الوزراء |
    ومجلس الشورى), not the next field of one body's name (وزارة التجارة والصناعة، الهيئة العامة للسياحة والتراث)."""
    if word.upos == "CCONJ":
        following = glued_next(sentence, word) or sentence.word_after(word)
        return following is not None and is_head(following)
    key = normalize(word.text)
    return key.startswith("و") and strip_conjunction(key) != key and is_head(word)


def _construct_name_cut(
    sentence: SentenceGraph, phrase: Sequence[Word], stops: Callable[[Word], bool], is_head: Callable[[Word], bool]
) -> int | None:
    """Where a body's name read into a chain of construct after a glued بـ/لـ (`_heads_a_construct_name`) goes back to
    when the phrase ended inside the chain, before the noun that closes it (الأمانة العامة لهيئة كبار | العلماء, the
    last word the verb's in the parse: الأمانة العامة): the glued preposition's place, or None."""
    last = phrase[-1]
    closing = sentence.word_after(last)
    if last.upos != "NOUN" or definite(last) or closing is None or closing.upos not in ("NOUN", "PROPN", "X") or stops(closing):
        return None
    for place in range(len(phrase) - 2, 0, -1):
        word = phrase[place]
        if word.upos == "ADP":
            return place if is_head(phrase[place + 1]) and phrase[place + 1] is not last else None
        if word.upos != "NOUN" or definite(word):
            return None
    return None


#: The longest according-to marker, in characters (على حد تعبيرهم).
_MARKER_CHARS = 24


def opens_according_to(reader: WordReader, word: Word, text: str) -> bool:
    """Whether an according-to marker (rules/lexicons/according_to.tsv) starts at the word: `وأكدت وزارة الخارجية
    القطرية وفقا لوكالة الأنباء …` names the ministry, then whom the news came through."""
    markers = reader.lexicons.according_to
    if markers is None or markers.first_words.isdisjoint(word.keys):
        return False
    return markers.match_at(normalize(text[word.start : word.start + _MARKER_CHARS])) is not None


def organisation_phrase(
    sentence: SentenceGraph,
    head: Word,
    stops: Callable[[Word], bool],
    eponym: Callable[[Word], bool] = lambda _: False,
    is_name: Callable[[Word], bool] = lambda _: False,
    is_head: Callable[[Word], bool] = lambda _: False,
    places: Collection[int] = (),
) -> list[Word]:
    """The head and the words after it that continue an organisation's name; a body named after a person (`eponym`
    accepts its title) takes the person's name whole: جامعة الملك سعود، جامعة الإمام محمد بن سعود الإسلامية.
    `places`: the indexes of the words where the entity tagger starts a place."""
    phrase = [head]
    naming = 0  # words of the eponym's name still to take: its given name, and the name after each link (بن، آل)
    for following in sentence.words[head.index :]:
        if len(phrase) >= ORGANISATION_WORDS:
            break
        if _opens_eponym(sentence, phrase[-1], following, eponym, is_name):
            naming = 1
            phrase.append(following)
            continue
        if (naming or normalize(phrase[-1].text) in NAME_LINKS) and _goes_on_eponym(following, is_name):
            # (after a link the name goes on, also where the eponym title was not recognised: الأمير سلطان بن | عبد)
            naming = 1 if normalize(following.text) in NAME_LINKS else max(naming - 1, 0)
            phrase.append(following)
            continue
        naming = 0
        if not continues_name(sentence, following, stops, is_head):
            break
        if _opens_another_body(sentence, following, is_head):
            break  # وزارة الصحة | ومنظمة الصحة العالمية: a second body, not a field of the first one's name
        if len(phrase) == 1 and article(head) and following.upos == "ADP" and normalize(following.text) == "ل":
            break  # البنك | لحملة البكالوريوس، الكلية | للعام الدراسي: after a bare definite head, لـ says for whom or when
        if pronoun_suffixed(sentence, following):
            break  # منظمة حقوق الإنسان الدولية | ومقرها جنيف: a noun with its own pronoun is about the body, not its name
        inside = {word.index for word in phrase}
        # للشئون الصحية: a small parser hangs it on the verb; but a بـ phrase the parse gives the verb is the verb's
        # (ويتهم المسلمون الحكومة | بالتدخل: a seat, بحائل، بالمنطقة الشرقية, is a place or a name: _seat_after_ba)
        after_preposition = phrase[-1].upos == "ADP" and (normalize(phrase[-1].text) != "ب" or _seat_after_ba(sentence, phrase, following))
        if following.base_deprel in ("obj", "nsubj", "obl", "iobj") and following.head not in inside and not after_preposition:
            break  # أعلنت هيئة الإحصاء | أرقام البطالة: the verb's object, not the name's next word
        if any(word.head == following.index and word.base_deprel == "nsubj" for word in phrase):
            break  # كانت النقابات | شرسة: the predicate of the name's clause
        if phrase[-1].upos == "ADJ" and following.upos == "NOUN" and article(following):
            break  # دان مجلس الوزراء الكويتي | التفجير: after an adjective a definite noun is no genitive, it starts anew
        if opens_the_object(sentence, phrase[-1], following):
            break  # وطالبت الجامعة | المتقدمين للوظائف: a plural after a singular noun is no adjective of it, the object
        if ends_after_adjective(sentence, phrase[-1], following, places):
            break  # ودعا الاتحاد الأوروبي | إسرائيل: after a definite adjective a noun or a name starts anew
        phrase.append(following)
    cut = _construct_name_cut(sentence, phrase, stops, is_head)
    if cut is not None:
        del phrase[cut:]
    while len(phrase) > 1 and (
        phrase[-1].upos in ("ADP", "CCONJ")
        or unpaired_quote_mark(" ".join(word.text for word in phrase))
        or is_time(phrase[-1])
        or time_in_parentheses(sentence, phrase[-1].index)
    ):
        phrase.pop()  # الصحيفة | “كيف …: a quotation after the name is no part of it; nor is أمس (الخميس)
    return phrase


def _opens_eponym(
    sentence: SentenceGraph, previous: Word, word: Word, eponym: Callable[[Word], bool], is_name: Callable[[Word], bool]
) -> bool:
    """A definite eponym title (الملك، الإمام) in construct with the word before it (جامعة الملك, not الوزارة الشيخ)
    and a person's name after it."""
    if not eponym(word) or not article(word) or written_definite(sentence, previous):
        return False  # (والمتحدث الرسمي للمجلس | الشيخ فلان: لل + مجلس is ل + المجلس, no body named after the sheikh)
    following = sentence.word_after(word)
    return following is not None and _goes_on_eponym(following, is_name) and normalize(following.text) not in NAME_LINKS


def _goes_on_eponym(word: Word, is_name: Callable[[Word], bool]) -> bool:
    """A word of a person's name after an eponym title: a proper noun, a listed name however it was tagged (سعود،
    فهد are often NOUN), a name link (بن، آل)."""
    if word.upos in ("PROPN", "X"):
        return any(char.isalpha() for char in word.text) and not is_time(word)
    return normalize(word.text) in NAME_LINKS or (word.upos == "NOUN" and is_name(word))
