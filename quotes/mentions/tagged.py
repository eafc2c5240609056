"""The entity tagger's spans as mentions: PERS/ORG/LOC become PER, ORG (MEDIA for a medium) and PLACE, with what the
tagger got wrong about names mended (an addressee, "his saying", a statement he sent or a prayer for him run into a
name, a given name left before بن, a title inside a person's or a body's span, the title before a name:
quotes.mentions.roles). Reads the tags' word ranges (tag_spans) and the word facts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from quotes.grammar.loader import second_name_halves, word_set
from quotes.graph import SentenceGraph, Word
from quotes.mentions.model import EntityMention
from quotes.mentions.roles import description_after_name, role_before_name, title_set_off_after_name
from quotes.mentions.word_facts import WordReader, listed_key
from quotes.mentions.words import PATRONYMIC_LINKS, glued_next, span_of, unpaired_quote_mark
from quotes.model import Span
from quotes.normalize import normalize, strip_conjunction
from quotes.speakers import opens_definite_noun, opens_possessed_noun, prayer_starts, preposition_on_article, pronoun_suffixed
from quotes.speakers.roles import described_with_phrase, marked_role, relative_role
from quotes.speakers.words import (
    definite_object,
    ends_after_adjective,
    heads_a_construct,
    opens_medium_name,
    opens_the_object,
    says_how,
    verb_after_relative_pronoun,
)

_NER_KINDS = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "PLACE"}
#: Words that only end a compound given name written apart (عز الدين، نور الدين): no name starts with them either.
_SECOND_HALVES = second_name_halves()  # rules/lexicons/name_ends.tsv: الدين


def find_tagged(
    reader: WordReader, sentence: SentenceGraph, spans: Sequence[tuple[int, int, str]], text: str, *, titled: bool = True
) -> Iterable[EntityMention]:
    """The tagger's spans (`spans`: word ranges [first, last) and types, see tag_spans) as mentions; `titled`: False
    where no word of the sentence is a title (no role to look for)."""
    # where the tagger's people start: a title set off after one name that holds another is no title of the first
    people = [sentence.words[first].start for first, _, label in spans if _NER_KINDS.get(label) == "PER"]
    places = place_starts(spans)
    for first, last, label in spans:
        kind = _NER_KINDS.get(label)
        words = list(sentence.words[first:last])
        while len(words) > 1 and says_how(words[0]):
            words.pop(0)  # النشرة التي تصدرها دوريا | مؤسسة النقد: how often, which the tagger ran into the body's name
        clause = next((i for i, w in enumerate(words) if i > 0 and _opens_clause(w)), None)
        if clause is not None:
            words = words[:clause]  # بيان لهيئة شؤون الإعلام | ان الهيئة قررت: the tagger ran the name into the content
        # each cut below is looked for only in the kind of span it mends
        if kind == "PER":
            addressee = next(
                (i for i, w in enumerate(words) if i > 0 and (opens_definite_noun(sentence, w) or opens_medium_name(sentence, w))),
                None,
            )
            if addressee is None:
                addressee = next((i for i, w in enumerate(words) if i > 0 and opens_possessed_noun(sentence, w)), None)
            if addressee is not None:
                words = words[:addressee]  # شو | للصحافيين، خالد | لفرانس برس: the tagger ran the name into the addressee
            while len(words) > 1 and words[-1].upos == "ADP" and glued_next(sentence, words[-1]) is not None:
                words.pop()  # حسن | ل + رويترز: the tagger ended the name on the preposition of whom he told
        if kind == "ORG" and first > 0 and _head_before_eponym(reader, sentence, sentence.words[first - 1], words[0]):
            words.insert(0, sentence.words[first - 1])  # مدينة | الملك عبدالعزيز للعلوم والتقنية: the body's own head noun
        if kind == "ORG":
            plural = next(
                (
                    i
                    for i, w in enumerate(words)
                    if i > 0 and (opens_the_object(sentence, words[i - 1], w) or ends_after_adjective(sentence, words[i - 1], w, places))
                ),
                None,
            )
            if plural is not None:
                words = words[:plural]  # الهيئة العامة للإحصاء | المواطنين: the tagger ran the body into the verb's object
        if kind == "PER":
            verbs_object = next((i for i, w in enumerate(words) if i > 0 and definite_object(w)), None)
            if verbs_object is not None:
                words = words[:verbs_object]  # طالب الرئيس … منصور هادي | الميليشيات الحوثية: the tagger ran the name into the object
            saying = next(
                (
                    i
                    for i, w in enumerate(words)
                    if i > 0 and (_saying_of(sentence, w) or listed_key(w, reader.lexicons.participles, lemma=False) is not None)
                ),
                None,
            )
            if saying is not None:
                words = words[:saying]  # نسبت … إلى خليفة حفتر | قوله، وقال الدكتور السالم | معقبا: the saying is no part of the name
            sent = next(
                (i for i, w in enumerate(words) if i > 0 and reader.facts(w).document_noun and not w.deprel.startswith("flat")), None
            )
            if sent is not None:
                words = words[:sent]  # بعث الملك سلمان بن عبدالعزيز آل سعود | برقية تهنئة: what he sent is no part of his name
            prayer = next((i for i, w in enumerate(words) if i > 0 and prayer_starts(w, text, reader.lexicons.prayers)), None)
            if prayer is not None:
                words = words[:prayer]  # وقال الأمير خالد | رحمه الله إن …: the prayer for him is no part of his name
        if kind == "PER" and len(words) > 1 and _verb_of_the_name(words[0], words[1]):
            words = words[1:]  # وبيَّنت | نعيمة أبو هلال: the tagger ran the name back into the verb it is the subject of
        if kind == "PER" and first > 0 and _lost_word_before(reader, sentence, sentence.words[first - 1], words[0]):
            words.insert(0, sentence.words[first - 1])  # جلوي | بن عبدالعزيز بن مساعد: the given name before بن
        if kind == "PER" and (after := _name_after_final_link(sentence, words[-1])) is not None:
            words.append(after)  # جلوي بن عبدالعزيز بن | مساعد: a name always follows بن, though it spells a title
        role_words = []
        inner = [
            i
            for i, w in enumerate(words[:-1])
            if i > 0
            and (reader.facts(w).title or reader.facts(w).honorific_title)
            and normalize(words[i - 1].text) not in PATRONYMIC_LINKS  # جلوي بن مساعد: a father's name, not "assistant"
        ]
        if kind == "PER" and inner:
            words = words[inner[-1] :]  # جامعة الملك سعود | الدكتور فهد المطيري: a title inside starts the person
        person_at = (
            next((i for i in inner if not reader.facts(words[i]).eponym_title and _name_follows(words, i)), None)
            if kind == "ORG"
            else None
        )
        if person_at is not None:
            # مديرة النادي الأستاذة خيرية الحازمي: the tagger ran the body on into the title and name of a person
            body = span_of(words[:person_at], text)
            if body is not None:
                head = listed_key(words[0], reader.lexicons.organisation_heads) or ""
                yield EntityMention(body, "ORG", "ner", sentence.index, head=head)
            kind, words = "PER", words[person_at:]  # (the title is the role: below)
        if kind == "PER" and _title_after_family_name(reader, words):
            words = words[:-1]  # يوسف بن أحمد الغتم | الوكيل المساعد …: the title after the full name starts the role
        elif kind == "PER" and _title_in_construct_after_name(reader, sentence, words):
            words = words[:-1]  # سامي الصالح | سفير خادم الحرمين …: a title in construct after the name starts the role
        elif kind == "PER" and _description_after_name(reader, sentence, words):
            words = words[:-1]  # خليل | القيادي في حزب …: a definite description with its own phrase is the role
        while kind == "PER" and len(words) > 1 and (reader.facts(words[0]).title or reader.facts(words[0]).honorific_title):
            role_words.append(words.pop(0))  # دكتور عاطي بن عطية القرشي: the title is no part of the name
        span = span_of(words, text)
        if kind is None or span is None or unpaired_quote_mark(span.text):
            continue
        if kind == "PER" and len(words) == 1 and verb_after_relative_pronoun(sentence, words[0]):
            continue  # المحلل فلان الذي | أشرف على الإصدار: the verb "supervised", not the given name Ashraf
        if kind == "PER" and len(words) == 1 and pronoun_suffixed(sentence, words[0]):
            continue  # اللاعب المثير للجدل | هوايته: a word with a pronoun written on it names no one
        if kind == "PER" and _cites_a_hadith(sentence, words[0]):
            continue  # «…» رواه البخاري: the compiler of the saying quoted, no source, nobody his honorific stands for
        if role_words:
            yield EntityMention(span, kind, "ner", sentence.index, role=span_of(role_words, text))
            continue
        if kind == "PER":
            given = reader.facts(words[0]).given_name
            role = role_before_name(reader, sentence, words, span, given, text) if titled else None
            if role is None:
                role = _description_after(reader, sentence, words[-1], text)
            if role is None and titled:
                role = title_set_off_after_name(reader, sentence, span, text, people)
            if role is None and titled:
                role = relative_role(sentence, span, text, sentence.end)  # فلان، الذي يشغل منصب …
            if role is None and titled:
                role = marked_role(sentence, span, text, sentence.end, reader.lexicons.roles)  # فلان «بائع» أن …
            if role is not None:  # المرشد الإيراني علي خامنئي: the title before the name the tagger found; or
                # ويقول الهاشمي | القيادي في حزب …: the description after it (the entity keeps the latest it is given)
                yield EntityMention(span, kind, "ner", sentence.index, role=role)
                continue
        head = listed_key(words[0], reader.lexicons.organisation_heads) or ""
        if kind == "ORG" and head in reader.lexicons.media_heads:
            kind = "MEDIA"
        yield EntityMention(span, kind, "ner", sentence.index, head=head)


def _head_before_eponym(reader: WordReader, sentence: SentenceGraph, before: Word, first: Word) -> bool:
    """The noun in construct right before a body's name that opens with the title of the person it is named after
    (`مدينة | الملك عبدالعزيز للعلوم والتقنية`، `مستشفى | الأمير سلطان`): the tagger left out the body's head, on which
    the parse hangs the name."""
    return (
        before.upos == "NOUN"
        and first.head == before.index
        and before.end < first.start
        and not normalize(before.text).startswith("ال")
        and reader.facts(first).eponym_title
    )


def _verb_of_the_name(first: Word, second: Word) -> bool:
    """Whether the first word of a tagged person is the verb the rest is the subject of (`وبيَّنت | نعيمة أبو هلال`: a
    verb the tagger did not know for one, with its vowel marks): a verb the parse gives a person, with the next word its
    subject."""
    return first.upos == "VERB" and bool(first.feat("Person")) and second.head == first.index and second.base_deprel == "nsubj"


#: The verbs of a hadith's citation (رواه، أخرجه، حسنه: rules/lexicons/narration_verbs.tsv), normalised.
_NARRATION_VERBS = word_set("narration_verbs")


def _cites_a_hadith(sentence: SentenceGraph, first: Word) -> bool:
    """Whether a tagged person's span opens with a verb of a hadith's citation, or follows one (`رواه | البخاري`)."""
    before = sentence.word_before(first)
    return any(
        word is not None and strip_conjunction(normalize(word.text)) in _NARRATION_VERBS for word in (first, before)
    )


def _name_follows(words: Sequence[Word], title: int) -> bool:
    """Whether a person's name may follow the title word at `title` inside an organisation's span: no name starts
    with a preposition (`اللجنة المنظمة لبطولة العالم | ل + لسباحة`: العالم is "the world" there, not a scientist), nor
    is a definite adjective that the parse hangs on the title a name (`رابطة العالم | الإسلامي`: the Islamic world)."""
    following = words[title + 1]
    return following.upos != "ADP" and not _describes(words[title], following)


def _describes(title: Word, following: Word) -> bool:
    """Whether the word after a title word is a definite adjective the parse hangs on it (`العالم | الإسلامي`: "the
    Islamic world", not a scholar named الإسلامي)."""
    return following.upos == "ADJ" and following.head == title.index and following.text.startswith("ال")


#: Complementizers that open what was said (complementizers.tsv: أن، إن، بأن …): no name goes on through one.
_COMPLEMENTIZERS = word_set("complementizers")


def _opens_clause(word: Word) -> bool:
    """A complementizer the parse reads as one (SCONJ): the content of a cue starts there, not a name's next word."""
    return word.upos == "SCONJ" and normalize(word.text) in _COMPLEMENTIZERS


def _name_after_final_link(sentence: SentenceGraph, link: Word) -> Word | None:
    """The word after a span that ends with بن، ابن or بنت, which a name always follows: the tagger stops before a name
    that is also a common noun or a title (`بن مساعد`، `بن صالح`); the next word when it is a word of a name."""
    if normalize(link.text) not in PATRONYMIC_LINKS:
        return None
    following = sentence.word_after(link)
    if following is None or following.upos not in ("PROPN", "NOUN", "X", "ADJ") or not following.text.isalpha():
        return None
    return following


def _title_after_family_name(reader: WordReader, words: Sequence[Word]) -> bool:
    """Whether a person's span the tagger ran on ends with a definite title (الوكيل، الخبير) after a family name
    written with the article (يوسف بن أحمد الغتم | الوكيل). After a name without the article the title word is itself
    the family name (عبدالله محمد القاضي، جمال عاتق القاضي)."""
    if len(words) < 3:
        return False
    last, before = words[-1], words[-2]
    if not (reader.facts(last).title and normalize(last.text).startswith("ال")):
        return False
    if not normalize(before.text).startswith("ال") or before.upos not in ("PROPN", "X", "NOUN"):
        return False
    return not (reader.facts(before).title or reader.facts(before).given_name)


def _title_in_construct_after_name(reader: WordReader, sentence: SentenceGraph, words: Sequence[Word]) -> bool:
    """Whether a person's span the tagger ran on ends with a title without the article (سفير، قائد، مدير) after a name
    of two words or more, with its genitive after the span (سامي الصالح | سفير خادم الحرمين الشريفين): a title in
    construct, the person's role, not their family name. A given name spelled like a title (أمين) stays."""
    if len(words) < 3:
        return False
    last = words[-1]
    facts = reader.facts(last)
    return facts.title and not facts.given_name and heads_a_construct(sentence, last)


def _description_after_name(reader: WordReader, sentence: SentenceGraph, words: Sequence[Word]) -> bool:
    """Whether a person's span the tagger ran on ends with a definite descriptor (القيادي، المسؤولة) that a
    preposition written apart follows (خليل | القيادي في حزب «الاتحاد»; quotes.speakers.roles.described_with_phrase):
    a description with its phrase, not a family name (a job word there is one: جمال عاتق القاضي)."""
    if len(words) < 2:
        return False
    last = words[-1]
    return not reader.facts(last).given_name and described_with_phrase(sentence, last, reader.lexicons.roles)


def _description_after(reader: WordReader, sentence: SentenceGraph, last: Word, text: str) -> Span | None:
    """The description a definite descriptor with its own phrase opens right after the name that ends at `last`
    (quotes.mentions.roles.description_after_name), if one follows it."""
    following = sentence.word_after(last)
    return description_after_name(reader, sentence, following, text) if following is not None else None


def _lost_word_before(reader: WordReader, sentence: SentenceGraph, before: Word, first: Word) -> bool:
    """Whether a tagged name that starts with بن/بنت, or with the second half of a compound given name (الدين),
    lost the word before it (`before`: the given name, or its first half); a noun with a preposition on its article
    is none (`الرئيس التنفيذي للشركة | بن كارتر`: بن is the given name Ben)."""
    facts = reader.facts(before)
    return (
        normalize(first.text) in PATRONYMIC_LINKS | _SECOND_HALVES
        and before.upos in ("PROPN", "NOUN", "X")
        and not (facts.title or facts.honorific_title or facts.honorific_anaphor or facts.eponym_title)
        and not preposition_on_article(sentence, before)
    )


def place_starts(spans: Sequence[tuple[int, int, str]]) -> frozenset[int]:
    """The indexes (1-based, as words number them) of the words where the entity tagger starts a place."""
    return frozenset(first + 1 for first, _, label in spans if _NER_KINDS.get(label) == "PLACE")


def tagged_otherwise(mention: EntityMention, sentence: SentenceGraph, spans: Sequence[tuple[int, int, str]]) -> bool:
    """A name the finders read after a title (قائد | مانشستر) whose words the entity tagger put, all of them, in an
    organisation or a place: the title's complement (captain of Manchester), not a person."""
    if mention.source == "name" or not spans:
        return False
    words = sentence.words_within(mention.span.start, mention.span.end)
    if not words:
        return False
    first, last = words[0].index - 1, words[-1].index
    # (the tagged span starts with the name: one that starts before it is a body the tagger ran on into a person's
    # name, منظمة الأغذية والزراعة | لورا بيرنار)
    return any(kind in ("ORG", "LOC") and start == first and last <= end for start, end, kind in spans)


def _saying_of(sentence: SentenceGraph, word: Word) -> bool:
    """Whether the word is قول with its possessive pronoun glued (قوله، قولها: "his saying"), which follows the source
    in a relay (نقل عن فلان قوله): a pronoun after any other word may be a name's ة written ه (السومه)."""
    following = sentence.word_after(word)
    return (
        normalize(word.text) == "قول"
        and following is not None
        and following.upos == "PRON"
        and following.start == word.end
    )
