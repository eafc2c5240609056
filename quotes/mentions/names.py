"""Person names: a given name or a chain of proper nouns, how far it runs (a link such as بن، آل، أبو; a family name;
not the verb's object or a body after it), with the title before it (quotes.mentions.roles); a lone proper noun is
a ``name-word`` mention. Places met on the way (quotes.mentions.places) and the name of a body's eponym (`جامعة
الملك سعود`) are no person. Reads the word facts, the bodies found in the sentence and the tagger's tags.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from itertools import chain, compress
from operator import attrgetter, or_

from quotes.graph import SentenceGraph, Word
from quotes.mentions.model import EntityMention
from quotes.mentions.places import place_after
from quotes.mentions.roles import role_before_name
from quotes.mentions.word_facts import WordFacts, WordReader, listed_key
from quotes.mentions.words import (
    NAME_LINKS,
    NAME_WORDS,
    PATRONYMIC_LINKS,
    definite,
    glued_next,
    joined,
    span_of,
)
from quotes.model import Span
from quotes.normalize import normalize, strip_article, strip_conjunction
from quotes.speakers import (
    GIVEN_NAMES_READ_AS_PREPOSITION,
    common_noun_reading,
    compound_given_name,
    is_time,
    pronoun_suffixed,
    says_how,
    second_name_half,
)
from quotes.speakers.roles import described_with_phrase
from quotes.speakers.words import (
    ADDRESSEE_HEADS,
    CIRCUMSTANCE_HEADS,
    after_in_own_name,
    article,
    is_given_name,
    not_a_family_name,
    noun_before_its_accusative_adjective,
    plural_after_family_name,
    prayer_starts,
)

#: Proclitic letters the clitic pass may cut off the front of a foreign name (بيرنار → ب + يرنار); not ل, which
#: before a name is most often an addressee (قال ناصر لـ"الاقتصادية").
_CUT_LETTERS = frozenset("بف")
_MAY_START_NAME = attrgetter("may_start_name")
_EPONYM_TITLE = attrgetter("eponym_title")
#: علي as written, alone or after و/ف (the words strip_conjunction leaves as علي): the only words _given_name_ali reads
_ALI_WRITTEN = frozenset({"علي", "وعلي", "فعلي"})


def find_names(
    reader: WordReader,
    sentence: SentenceGraph,
    text: str,
    facts: Sequence[WordFacts],
    bodies: Sequence[Span] = (),
    *,
    titled: bool = True,
    tags: Sequence[str] | None = None,
) -> Iterable[EntityMention]:
    """Person names: a given name or a proper-noun chain, with the title before it (`وزير الخارجية الروسي
    سيرجي لافروف` → `سيرجي لافروف`, role `وزير الخارجية الروسي`); a lone proper noun (`لافروف`) is a
    ``name-word`` mention, which only joins a person named in full. The name of a body's eponym (`جامعة الملك
    سعود`, in `bodies`) is no person's mention. `titled`: False where no word of the sentence is a title."""
    words = sentence.words
    count = len(words)
    # only these words can start a name or a place or stand after an eponym title (at any other the loop below
    # would only move one word on): it jumps from one to the next
    candidates = list(compress(range(count), map(or_, map(_MAY_START_NAME, facts), chain((False,), map(_EPONYM_TITLE, facts)))))
    alis = [index for index, word in enumerate(words) if word.text in _ALI_WRITTEN and _given_name_ali(reader, sentence, word, tags)]
    # a one-letter word (و، ب، ل … glued to the next: a fifth of all words) that no fact above lets start a name starts
    # one only where the clitic pass cut a given name in two (ف | راس)
    cuts = [index for index, word in enumerate(words) if len(word.text) == 1 and _cut_given_name(reader, sentence, word, text)]
    if alis or cuts:
        candidates = sorted({*candidates, *alis, *cuts})
    position = 0
    while position < count:
        at = bisect_left(candidates, position)
        if at == len(candidates):
            break
        position = candidates[at]
        word, fact = words[position], facts[position]
        body = _eponym_body(words, facts, position, bodies)
        if body is not None:
            while position < count and words[position].end <= body.end:
                position += 1
            continue
        if _eponym_in_construct(words, facts, position):
            # مدينة الملك | فهد الطبية، مطار الملك | خالد الدولي: a body named for the king, whatever its head
            position += 1
            while position < count and (facts[position].given_name or normalize(words[position].text) in NAME_LINKS):
                position += 1
            continue
        given = (
            fact.given_name
            or position in alis
            or position in cuts
            or (fact.compound_first and compound_given_name(sentence, word))  # وزير التربية | عز الدين الراشدي, which the tagger missed
        )
        if given and common_noun_reading(words, position):
            given = False  # في عمر السابعة ("at the age of seven"), not the name عمر
        if (
            given
            and position + 1 < count
            and strip_conjunction(normalize(word.text)) in GIVEN_NAMES_READ_AS_PREPOSITION
            and (facts[position + 1].organisation_head is not None or definite(words[position + 1]))
        ):
            # المتحدث باسم الشرطة: "on behalf of", not the name باسم (but الدكتور عبدالله البرقان is a name)
            given = not any(before.title for before in facts[max(0, position - 3) : position])
        if given and strip_conjunction(normalize(word.text)) in GIVEN_NAMES_READ_AS_PREPOSITION and after_in_own_name(words, position):
            given = False  # وقال الأمير باسمه وباسم | أهالي المنطقة: "and in the name of"
        if fact.place_noun and position + 1 < count:
            place = place_after(reader, sentence, word, text)
            if place is not None:
                yield place
                position = max(position + 1, next(i for i, w in enumerate(words) if w.end >= place.span.end) + 1)
                continue
        # جو بايدن: a two-letter proper noun starts a name when a proper noun follows it
        short_first = fact.short_name_word and position + 1 < count and facts[position + 1].name_word
        starts = given or fact.name_word or short_first
        after_organisation = position > 0 and facts[position - 1].organisation_head is not None  # لوكالة | أسوشييتد برس
        if not starts or after_organisation or fact.title or fact.organisation_head is not None or _conjunction_left_on(word):
            position += 1
            continue
        if says_how(word):
            position += 1
            continue  # وقال المتحدث | هاتفيا: how he said it, which the tagger called a proper noun, starts no name
        run = [word]
        for following in words[position + 1 : position + NAME_WORDS]:
            if not _continues_person(reader, sentence, run, following, given, text):
                break
            if given and _object_after_name(reader, sentence, run, following, tags):
                break
            if _place_after_name(reader, run, following, given, tags):
                break
            run.append(following)
        while len(run) > 1 and normalize(run[-1].text) in NAME_LINKS:
            run.pop()
        if not given:
            given_at = _given_name_after_other(reader, run, alis)
            if given_at:
                position += given_at  # عدن | عبدالسلام عاطف جابر: the name starts at the given name
                continue
        position += len(run)
        span = span_of(run, text)
        if span is None:
            continue
        role = role_before_name(reader, sentence, run, span, given, text) if titled else None
        full_name = len(run) >= 2 and (given or all(reader.facts(w).short_name_word or normalize(w.text) in NAME_LINKS for w in run))
        if role is not None or full_name:
            yield EntityMention(span, "PER", "title" if role is not None else "name", sentence.index, role=role)
        elif fact.name_word:
            yield EntityMention(span, "PER", "name-word", sentence.index)


def _given_name_ali(reader: WordReader, sentence: SentenceGraph, word: Word, tags: Sequence[str] | None) -> bool:
    """`علي` written with ي: the given name the lexicon leaves out (it normalises like the preposition على), where the
    entity tagger opens a person with it or a family name follows it (`وأكد وكيل الوزارة السابق علي الطخيس أن …`)."""
    if strip_conjunction(word.text) != "علي":
        return False
    if tags is not None and word.index <= len(tags) and tags[word.index - 1] == "B-PERS":
        return True
    return is_given_name(word, reader.lexicons.given_names, sentence)


def _eponym_body(words: Sequence[Word], facts: Sequence[WordFacts], position: int, bodies: Sequence[Span]) -> Span | None:
    """The body whose name holds the word at `position` right after an eponym title (جامعة الملك | سعود); `facts`:
    the words' facts, in order."""
    if position == 0 or not facts[position - 1].eponym_title:
        return None
    word = words[position]
    return next((body for body in bodies if body.start < word.start and word.end <= body.end), None)


def _eponym_in_construct(words: Sequence[Word], facts: Sequence[WordFacts], position: int) -> bool:
    """Whether the word at `position` follows an eponym title (الملك، الأمير) that a common noun holds in construct
    (مدينة الملك فهد، مطار الملك خالد): the name of a body's eponym, whether or not the noun is an organisation head;
    not after a title, a descriptor or an honorific (زوجة الملك، خادم الحرمين الشريفين الملك)."""
    if position < 2 or not facts[position - 1].eponym_title:
        return False
    construct, fact = words[position - 2], facts[position - 2]
    return (
        construct.upos == "NOUN"
        and not definite(construct)
        and not (fact.title or fact.honorific_title or fact.descriptor or fact.group_noun)
    )


def _cut_given_name(reader: WordReader, sentence: SentenceGraph, word: Word, text: str) -> bool:
    """ف + راس written فراس: a given name the clitic pass cut in two starts at the cut-off letter."""
    if len(word.text) != 1:
        return False
    following = glued_next(sentence, word)
    if following is None or word.end != following.start:
        return False
    if word.base_deprel == "case" and following.upos == "NOUN":
        return False  # ب + اسم الشرطة (on behalf of the police), parsed as a preposition and its noun
    return normalize(text[word.start : following.end]) in reader.lexicons.names


def _conjunction_left_on(word: Word) -> bool:
    """Whether the tokenizer left و on the word and the parse reads it as the conjunction (`ومنسوبات`, cc): no name
    starts or goes on there (a name that starts with و, وليد، وائل, is no conjunction to the parse)."""
    return word.base_deprel == "cc" and strip_conjunction(normalize(word.text)) != normalize(word.text)


def _continues_person(reader: WordReader, sentence: SentenceGraph, run: Sequence[Word], following: Word, given: bool, text: str) -> bool:
    """Whether `following` goes on the name `run` began: a linking particle (بن، آل، أبو), a proper noun or a
    given name; after a given name also a family name (محمد عبده، سالم الوذيناني). Not a title or time word,
    nothing across a comma or a line break."""
    if not any(char.isalpha() for char in following.text):
        return False
    if prayer_starts(following, text, reader.lexicons.prayers):
        return False  # رسول الله | صلى الله عليه وسلم: the prayer after a name is no part of it
    if run[-1].end == following.start and len(run[-1].text) == 1 and (len(run) == 1 or following.upos in ("PROPN", "X")):
        return True  # the rest of a cut name (ف | راس، لورا ب | يرنار)
    if len(following.text) == 1 and following.text in _CUT_LETTERS and _glued_name_after(sentence, following):
        return True  # لورا | ب يرنار: the clitic pass cut the first letter off a foreign family name
    if _last_letter_after_link(run, following):
        return True  # هذيل آل شرم | ه: the clitic pass cut the family name's last letter off as a pronoun
    if normalize(run[-1].text) in NAME_LINKS and pronoun_suffixed(sentence, following) and following.upos in ("PROPN", "X", "NOUN"):
        return True  # هذيل آل | شرمه: after آل/بن a family name comes, whatever the clitic pass made of its ه
    if not joined(run[-1], following, text) or (following.feat("Definite") == "Ind" and following.upos == "NOUN"):
        return False  # فهد بن سلطان | وفدا: an indefinite noun is the verb's object
    if following.upos == "ADJ" and following.feat("Definite") == "Ind" and following.feat("Case") == "Acc":
        if normalize(following.text).endswith("ا"):
            return False  # اختير الملا منصور | زعيما جديدا: an indefinite accusative is the verb's complement
    if noun_before_its_accusative_adjective(sentence, following) or plural_after_family_name(sentence, following):
        return False  # وحقق بارتوميو | فوزا هائلا، أوصى فلان الشريم | المسلمين: the verb's object, however tagged
    if following.upos == "ADJ" and following.feat("Definite") == "Ind" and normalize(run[-1].text) not in NAME_LINKS:
        facts = reader.facts(following)
        if not (facts.given_name or facts.name_word or facts.short_name_word):
            return False  # قاسم | مشترك ("a common denominator"): an indefinite adjective no name list holds describes a noun
    if normalize(following.text) in NAME_LINKS:
        return True
    if not reader.facts(following).given_name and listed_key(following, reader.lexicons.participles, lemma=False) is not None:
        return False  # ويعلق سامر حداد | قائلا: …: the cue's participle, even one tagged a proper noun, ends the name
    described = listed_key(following, reader.lexicons.descriptors, lemma=False) is not None
    if described and not article(following) and not reader.facts(following).given_name:
        return False  # باتريك جاك | اختصاصي سوق الديون، غرايم سميث | أحد كبار المحللين: a description opens, as a title would
    if not reader.facts(following).given_name and described_with_phrase(sentence, following, reader.lexicons.roles):
        # نواف حسن | القيادي في حزب …، سامر حداد | الخبير في الشؤون …، مريم داود | المسؤولة المحلية بقرية …: a
        # definite description with its phrase
        return False
    if normalize(run[-1].text) in PATRONYMIC_LINKS and following.upos not in ("PUNCT", "VERB", "SCONJ"):
        return True  # وليد بن | على الجلال: after بن a name, even one spelled like a preposition
    if normalize(following.text) in reader.lexicons.complementizers:
        return False  # تانجو بيليتش | إن …: the speech begins, whatever the tagger called إن
    if _conjunction_left_on(following):
        return False  # عائشة الشهراني | ومنسوبات النادي: و left on the next word, which the parse reads as the conjunction
    if pronoun_suffixed(sentence, following):
        return False  # ماجد بن سعد الحربي | جاهزيتهم: a noun with its pronoun is the verb's object, never a name's part
    if reader.facts(following).organisation_head is not None and article(following):
        return False  # الأمير فهد بن خالد | الاتحاد السعودي: a body after the name is the verb's object or addressee
    if following.upos not in ("PROPN", "X", "NOUN", "ADJ") or is_time(following):
        return False
    if reader.facts(following).title and not _family_name_spelled_as_title(reader, sentence, run, following, given):
        return False
    if says_how(following):
        return False  # فادي الراشد | هاتفيا: how he spoke, tagged a name
    after_link = normalize(run[-1].text) in NAME_LINKS
    # حامد بن مالح الشمري | العمل الإرهابي: one family name; a definite noun after it is the verb's object
    lone = len(run) == 1 or (len(run) == 2 and second_name_half(run[1]))  # عز الدين: one given name of two words
    family = given and (lone or (article(following) and not any(article(word) for word in run)))
    return following.upos in ("PROPN", "X") or reader.facts(following).given_name or after_link or family


def _family_name_spelled_as_title(reader: WordReader, sentence: SentenceGraph, run: Sequence[Word], following: Word, given: bool) -> bool:
    """`وقال وزير النقل سامر الخطيب إن …`، `نادر القاضي للصحفيين`: right after a lone given name, a definite title word
    that ends the phrase (the content's complementizer, a punctuation mark, a verb, whom it was said to, the occasion
    of speech, the sentence's end) is the family name that many titles spell; a title of the person goes on with its
    own words (`سامر الأمين العام للحزب`، `فهد المسؤول في الوزارة`)."""
    if not (given and len(run) == 1 and article(following)):
        return False
    after = sentence.words[following.index] if following.index < len(sentence.words) else None
    if after is None or after.upos in ("PUNCT", "VERB") or normalize(after.text) in reader.lexicons.complementizers:
        return True
    beyond = sentence.words[after.index] if after.index < len(sentence.words) else None
    heads = {"ل": ADDRESSEE_HEADS, "في": CIRCUMSTANCE_HEADS}.get(normalize(after.text))
    if heads is None or beyond is None:
        return False
    # ل + لصحفيين: the tokenizer leaves the article's ل on the noun after the preposition ل
    return any(strip_article(key) in heads or (key.startswith("ل") and key[1:] in heads) for key in beyond.keys)


def _last_letter_after_link(run: Sequence[Word], following: Word) -> bool:
    """Whether `following` is a one-letter pronoun glued to the family name after a name link (آل شرم + ه): the
    family name's own last letter."""
    return (
        len(run) >= 2
        and following.upos == "PRON"
        and len(following.text) == 1
        and following.start == run[-1].end
        and normalize(run[-2].text) in NAME_LINKS
    )


def _object_after_name(
    reader: WordReader, sentence: SentenceGraph, run: Sequence[Word], following: Word, tags: Sequence[str] | None
) -> bool:
    """Whether a common noun after a given name is the verb's object or opens its complement, not a family name
    (`ودعا سلطان | أعضاء الحزب إلى …`، `ورفض ماجد | التعليق`، `ووصفت هدى | تنظيم المعرض بأنه …`; see
    not_a_family_name): when the parse hangs it outside the name (the verb's object), when it comes after the
    entity tagger's person has ended, or, where the tagger missed the name, when the parse does not chain it to
    a lone given name as a name's part (`flat`). Never a listed given name or title, nor a word the tagger holds
    in a name."""
    if not not_a_family_name(following) or reader.facts(following).given_name or reader.facts(following).title:
        return False
    if following.start <= run[-1].end:
        return False  # عبدال | لطيف: one written word the tokenizer cut, the name itself
    if normalize(run[-1].text) in NAME_LINKS or strip_conjunction(normalize(run[0].text)) in GIVEN_NAMES_READ_AS_PREPOSITION:
        return False  # بن، أبو: a name goes on after the link; متحدث باسم الشرطة: "on behalf of", no name
    if following.head not in {word.index for word in run} and following.base_deprel in ("obj", "iobj", "obl"):
        return True
    if len(run) >= 2 and following.feat("Number") == "Plur" and article(following):
        return True  # عبدربه منصور هادي | المليشيات الحوثية: a definite plural, whatever the tagger held in the name
    if tags is not None and following.index <= len(tags):
        if tags[following.index - 1] != "O":
            return False
        if tags[run[-1].index - 1] in ("S-PERS", "E-PERS"):
            return True  # the tagger's person ends before the noun
        if tags[run[0].index - 1] != "O":
            return False
    return len(run) == 1 and following.base_deprel != "flat"


def _place_after_name(reader: WordReader, run: Sequence[Word], following: Word, given: bool, tags: Sequence[str] | None) -> bool:
    """Whether `following` is a place after a person's name, the verb's object (`ودعا روبن | واشنطن ولندن إلى …`،
    `ودعا السيناتور جون بول ستيفنز | موسكو إلى …`): the entity tagger opens a place there (B-LOC, S-LOC), or it is a
    listed place name (rules/lexicons/place_names.tsv) that the tagger does not read into the name and no list holds
    as a given name, after a given name or a name the tagger put in a person."""
    tag = tags[following.index - 1] if tags is not None and following.index <= len(tags) else "O"
    if tag in ("B-LOC", "S-LOC"):
        return True
    if tag in ("I-PERS", "E-PERS") or reader.facts(following).given_name:
        return False  # جورج واشنطن: the tagger's person goes on through it
    if listed_key(following, reader.lexicons.place_names, lemma=False) is None:
        return False
    return given or (tags is not None and any(tags[word.index - 1][2:] == "PERS" for word in run if word.index <= len(tags)))


def _glued_name_after(sentence: SentenceGraph, letter: Word) -> bool:
    """Whether a one-letter token is glued to a proper noun after it (ب + يرنار written بيرنار)."""
    following = glued_next(sentence, letter)
    return (
        following is not None
        and letter.end == following.start
        and following.upos in ("PROPN", "X")
        and not normalize(following.text).startswith("ال")  # بالرياض: a preposition and a definite name
    )


def _given_name_after_other(reader: WordReader, run: Sequence[Word], alis: Sequence[int] = ()) -> int:
    """Where a given name follows a proper noun that is no name link (`المقاومة في عدن عبدالسلام`, `وزراء ماليزيا
    نجيب`، `بمنطقة جازان علي الحربي`: `alis`, the positions of علي read as the name): an Arabic name starts with the
    given name, so what stands before it ends the phrase before; 0 if none."""
    for index in range(1, len(run)):
        given = reader.facts(run[index]).given_name or run[index].index - 1 in alis
        if given and normalize(run[index - 1].text) not in NAME_LINKS:
            return index
    return 0
