"""The latest source a subject-less cue can mean: the last speaker where the verb's gender agrees (`وأضاف`، `وقالت`),
else the latest entity of that gender; for a plural verb after one person (`وطالبوا`), the latest source the text
counts as two or more or names with a plural of people; for a plural verb after no group (`وقالوا` after an abstract
noun or an incident), the latest source that can speak as one, else none. Before all these, a plural verb takes the
group the text named since the last quote (:func:`group_named_since`): the people who act just before it. A feminine
singular cue never means people named in the plural (`ونسبت الصحيفة إلى محللين قولهم …. وأضافت`: the newspaper): a verb
that leaves out a subject of people in the plural is plural (`وأضافوا`), or, in careless news, masculine singular
(`وقال الشهود …. وأشار`), never feminine."""

from __future__ import annotations

from quotes.coreference.chains import Entity
from quotes.coreference.counting import cardinality
from quotes.coreference.state import Coreference
from quotes.coreference.words import GROUP_WORDS, mention_words
from quotes.grammar.loader import marked_words
from quotes.graph import SentenceGraph, Word
from quotes.model import Span
from quotes.normalize import normalize, strip_article
from quotes.speakers import name_gender
from quotes.speakers.words import QUANTIFIERS


def recent(coref: Coreference, gender: str | None, *, feminine_singular: bool = False) -> Entity | None:
    """The last speaker if `gender` (the cue's) agrees with it, else the latest entity of that gender; with no quote
    before, the source an according-to or a relay named last. A `feminine_singular` cue without a subject passes over
    people in the plural (:func:`people_in_the_plural`)."""
    last = coref.last_speaker
    if last is not None and feminine_singular and _plural_not_feminine(last):
        return _latest_singular(coref, gender)  # ونسبت الصحيفة إلى محللين قولهم …. وأضافت: not the analysts
    if last is not None and (gender is None or coref.gender(last) in (None, gender)):
        return last
    for entity in reversed(coref.entities):
        if gender is not None and coref.gender(entity) == gender and not (feminine_singular and _plural_not_feminine(entity)):
            return entity
    if last is None:
        # no quote before: the source an according-to or a relay named last, of the cue's gender where both show one
        # (`قال الله تعالى: {…}` in a ministry's statement, then `وتحذر …`: not He)
        return next((entity for entity in reversed(coref.entities) if coref.gender(entity) in (None, gender)), None)
    return last


def _latest_singular(coref: Coreference, gender: str | None) -> Entity | None:
    """The latest entity that a singular cue of `gender` can mean: no people in the plural, no other gender."""
    for entity in reversed(coref.entities):
        if not _plural_not_feminine(entity) and (gender is None or coref.gender(entity) in (None, gender)):
            return entity
    return None


def _plural_not_feminine(entity: Entity) -> bool:
    """People in the plural that no feminine singular verb had as its subject (`وأكدت طالبان` makes the movement, a
    dual to the letter, one body)."""
    return people_in_the_plural(entity) and entity.gender != "Fem"


#: Group nouns of things, which a singular verb agrees with (`مصادر …. وأضافت`): rules/lexicons/group_nouns.tsv,
#: column `singular_verb`.
_THINGS_IN_THE_PLURAL = frozenset(strip_article(word) for word in marked_words("group_nouns", "singular_verb"))


def people_in_the_plural(entity: Entity) -> bool:
    """Whether every mention of the entity names people in the plural (`محللين`، `الخبراء`، `ثلاثة مسؤولين`), which only
    a plural verb can leave out as its subject; not plurals of things (`مصادر`، `جهات`) nor quantifiers (`عدد من`)."""
    return all(_people_in_the_plural(mention) for mention in entity.mentions)


def _people_in_the_plural(mention: Span) -> bool:
    words = mention_words(mention)
    if not plural_mention(mention) or not words or words[0] in QUANTIFIERS:
        return False
    return not any(word in _THINGS_IN_THE_PLURAL for word in words[:2])


def one_person(coref: Coreference, entity: Entity) -> bool:
    """A person whose given name or title gives the gender (not the gender a verb agreed with: وقال السكان), whom no
    mention counts as more than one."""
    return coref.named_gender(entity) is not None and not any((cardinality(mention) or 1) > 1 for mention in entity.mentions)


def plural_mention(mention: Span) -> bool:
    """A mention the text counts as two or more (ثلاثة مصادر، دبلوماسي ومحللان) or names with a plural of people:
    a sound plural (المزارعون، مسؤولين، منظمو), a group noun or a broken plural (مصادر، الأهالي، الوزراء), a quantifier
    (عدد من الخبراء)."""
    first = mention_words(mention)[:1]
    counted = cardinality(mention)
    if counted is not None and counted > 1:
        return True
    if not first:
        return False
    word = first[0]
    # (a quantifier with its pronoun is a group too: أغلبهم، بعضهم)
    # (a participle's plural in construct counts: منظمو الملتقى، منسوبو الهيئة; not a name in و: مونتيزيمولو)
    sound = len(word) > 4 and (word.endswith(("ون", "ين")) or (word.endswith("و") and word.startswith("م") and len(word) < 8))
    return sound or word in GROUP_WORDS or word.removesuffix("هم") in GROUP_WORDS


def speaks_as_group(coref: Coreference, entity: Entity) -> bool:
    """Whether the entity can be the subject a plural cue leaves out (`وقالوا`، `وطالبوا`): people named as a group
    (:func:`plural_mention`), a body the entity tagger found (هيئة الرقابة والتحقيق، شركة …), or two persons or more
    named and joined by و; never an abstract noun, an event or a place (سلامة التصميم، الحادث، السوق)."""
    return any(group_mention(coref, mention) for mention in entity.mentions)


def group_mention(coref: Coreference, mention: Span) -> bool:
    """Whether a mention names people as a group (:func:`plural_mention`), a body the entity tagger found, or two
    persons or more joined by و."""
    if plural_mention(mention) or mention_words(mention) in coref.tagged_organisations:
        return True
    names = [start for start, end in coref.person_names if mention.start <= start and end <= mention.end]
    return len(names) > 1 and " و" in mention.text


def recent_plural(coref: Coreference) -> Entity | None:
    """The latest source the text names as people in the plural (:func:`plural_mention`); None where there is none."""
    for entity in reversed(coref.entities):
        if any(plural_mention(mention) for mention in entity.mentions):
            return entity
    return None


def recent_group(coref: Coreference) -> Entity | None:
    """The latest source that can speak as a group (:func:`speaks_as_group`); None where there is none."""
    return next((entity for entity in reversed(coref.entities) if speaks_as_group(coref, entity)), None)


#: How many sentences before a plural cue's own a group named since the last quote may stand.
GROUP_SENTENCES = 2


def group_named_since(coref: Coreference, cue_start: int, sentence_index: int, since: int) -> Span | None:
    """The group a plural cue without a subject (`وقالوا`، `مؤكدين`) speaks for when the text named one after the last
    quote before it (`since`: where that quote's cue, speaker and content end) and before the cue (`cue_start`):
    `تجمع عدد من أهالي القرية …. وقالوا إن …`. Salience: the nearest before the cue, in the cue's sentence, else in the
    sentence before, else the one before that (GROUP_SENTENCES); None where the text named no group there, and the
    speakers quoted before are asked (:func:`recent`, :func:`recent_group`)."""
    found = None
    for span, index in coref.groups:
        if span.start >= cue_start:
            break
        if span.start >= since and sentence_index - GROUP_SENTENCES <= index <= sentence_index:
            found = span
    return found


def body_named_since(coref: Coreference, cue_start: int, sentence_index: int, since: int, gender: str) -> Span | None:
    """The body a singular cue without a subject speaks for when its gender is not the speaker quoted last's and the
    text named a body of that gender as a clause's subject since the last quote, in the cue's sentence or the one before
    (`وقال الوزير فلان …. وعلقت هيئة الإذاعة البريطانية على …. وقالت إن …`: not the minister). A body's gender is its
    head noun's: feminine where it ends in ة (وكالة، هيئة، وزارة), masculine otherwise (مجلس، مركز)."""
    found = None
    for span, index in coref.bodies:
        if span.start >= cue_start:
            break
        if span.start < since or not sentence_index - PERSON_SENTENCES <= index <= sentence_index:
            continue
        if _subject_phrase(coref, span) is None or _body_gender(span) != gender:
            continue
        found = span
    return found


def _body_gender(span: Span) -> str:
    head = strip_article(normalize(span.text.split()[0]))
    return "Fem" if head.endswith("ه") else "Masc"


#: Relations that hang a name under the title it is given with (`المدرب سامي الفهد`، `الحرفي، سعد الشهري`).
_WITHIN_PHRASE = frozenset(("flat", "nmod", "appos", "compound"))
#: The relations of a clause's subject: its subject, or the topic a clause comments on (`أما فلان فيقول …`).
_SUBJECTS = frozenset(("nsubj", "dislocated"))
#: How many sentences before a singular cue's own a person named since the last quote may stand.
PERSON_SENTENCES = 1


def person_named_since(coref: Coreference, cue_start: int, sentence_index: int, since: int, gender: str | None) -> Span | None:
    """The person a singular cue without a subject (`وقال`، `ونوهت`) speaks for when the text named one as a clause's
    subject after the last quote before it (`since`) and before the cue (`cue_start`), in the cue's sentence or the one
    before (PERSON_SENTENCES): `وأيد العميد خالد الرشيدان كلام وكيله، وقال "…"`، `واستهلت المديرة هند العتيبي الحفل
    بكلمة. وقالت إن …`. The nearest such name whose given name does not disagree with the cue's gender; None where the
    text named none there, and the speakers quoted before are asked (:func:`recent`)."""
    found: tuple[Span, tuple[int, int]] | None = None
    for span, index in coref.persons:
        if span.start >= cue_start:
            break
        if span.start < since or not sentence_index - PERSON_SENTENCES <= index <= sentence_index:
            continue
        subject = _subject_phrase(coref, span)
        if subject is None or not _agrees(coref, span, gender):
            continue
        if found is None or found[1] != subject or len(span.text.split()) > len(found[0].text.split()):
            # (`أما العم حمزة الحكيم عم عبدالله`: of the names in one phrase the fullest, not the kin named in it)
            found = (span, subject)
    return found[0] if found is not None else None


#: The particle that opens a topic a clause with ف comments on (`أما الوزير فقال …`).
_TOPIC = normalize("أما")


def _subject_phrase(coref: Coreference, span: Span) -> tuple[int, int] | None:
    """The sentence and word index of the head of the subject or topic phrase that holds the name (`أيد العميد خالد
    الرشيدان`، `أما العم حمزة الحكيم …، فيقول`), if it is one: a person named as another noun's genitive or a
    preposition's object (`مع الوزير خالد`، `إلى والد الشهيد سالم`) acts in nothing (None)."""
    sentence = coref.document.sentence_at(span.start)
    inside = sentence.words_within(span.start, span.end) if sentence is not None else []
    if sentence is None or not inside:
        return None
    indices = {word.index for word in inside}
    word = next((word for word in inside if word.head not in indices), inside[0])
    title = sentence.word_before(inside[0])
    if title is not None and title.upos == "NOUN" and _after_preposition(sentence, title):
        return None  # يسأل عن المحافظ | فهد العتيبي: the name of the noun a preposition governs, however the parse hung it
    if word.base_deprel in _WITHIN_PHRASE and word.head > 0 and sentence.word(word.head).upos in ("NOUN", "PROPN", "X", "ADJ"):
        # the title the name is given with (المدرب | سامي الفهد), one step: not a title's genitive or its own
        # apposition (استقبل الوزير | السفير خالد العنزي: the ambassador is received)
        word = sentence.word(word.head)
    before = sentence.word_before(word)
    if word.base_deprel in _SUBJECTS or (before is not None and normalize(before.text) == _TOPIC):
        return (sentence.index, word.index)
    return None


def _after_preposition(sentence: SentenceGraph, noun: Word) -> bool:
    """Whether a preposition governs the noun (عن المحافظ، مع الوزير، إلى والد الشهيد)."""
    return any(child.base_deprel == "case" and child.upos == "ADP" for child in sentence.children(noun.index))


def _agrees(coref: Coreference, span: Span, gender: str | None) -> bool:
    """Whether the person's given name says the cue's gender (`ونوهت` after `هند`, not `خالد`); a name that says none
    (`كاهيل`، `الحوثي`) only before a masculine cue: a feminine present (`تتوقع`، `ترى`) is also the second person, the
    journalist's question to whom he interviews."""
    named = name_gender(mention_words(span), None, coref.given_names, coref.roles)
    return named == gender if named is not None else gender == "Masc"
