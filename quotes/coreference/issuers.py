"""The issuer of a statement, report or survey, who is its source: `تقرير صادر عن الهيئة العامة للسياحة` → `الهيئة
العامة للسياحة`, `بيان المنظمة` → `المنظمة`, `بيان للأمم المتحدة` → `الأمم المتحدة`, `رسالة ابن كيران` → `ابن كيران`."""

from __future__ import annotations

from quotes.coreference.bodies import opens_organisation
from quotes.coreference.state import Coreference
from quotes.coreference.words import mention_words
from quotes.grammar.loader import time_words
from quotes.model import Span
from quotes.normalize import normalize, strip_article
from quotes.speakers.words import issuer_end, issuing_subject

#: Years, months, weeks and seasons (rules/lexicons/time_words.tsv `period`): the time a report covers, never its
#: issuer.
_TIME_NOUNS = time_words("period")


def issuer(coref: Coreference, mention: Span) -> Span | None:
    """`تقرير صادر عن الهيئة العامة …` → `الهيئة العامة …`: who issued a statement, report or survey. A time
    expression is never the issuer (`التقرير عن العام الماضي`، `بيانات لعام 1435هـ`، `التقرير الشهري لشهر آب`)."""
    found = _issuer(coref, mention)
    found = _trimmed(coref, found) if found is not None else None
    return None if found is None or names_a_time(found.text) else found


#: Words after an issuer's name that describe the report, not the issuer (`مؤسسة النقد العربي السعودي | الصادر
#: مؤخرا`), or open what it said (`هيئة شؤون الاعلام | ان الهيئة قررت`).
_AFTER_THE_NAME = frozenset(normalize(word) for word in ("الصادر", "الصادرة", "صادر", "صادرة", "أن", "إن", "بأن"))


def _trimmed(coref: Coreference, found: Span) -> Span | None:
    """The issuer up to the first verb, complementizer or participle of issue after its first word: `وزارة الصحة
    … | أعلنتا`، `هيئة شؤون الاعلام | ان الهيئة`، `مؤسسة النقد العربي السعودي | الصادر مؤخرا`."""
    sentence = coref.document.sentence_at(found.start)
    if sentence is None:
        return found
    inside = sentence.words_within(found.start, found.end)
    end = None
    for word in inside[1:]:
        if word.upos in ("VERB", "AUX", "SCONJ") or normalize(word.text) in _AFTER_THE_NAME:
            break
        if word.upos != "PUNCT":
            end = word.end
    else:
        return found
    if end is None:
        return None
    return Span.from_offsets(coref.document.text, found.start, end)


def names_a_time(text: str) -> bool:
    """Whether a phrase opens with a year, a month or another stretch of time (`العام الماضي`، `عام 1435هـ`، `شهر آب`،
    `1435هـ`), after a ل the issuer's span may have kept."""
    words = text.split()
    if not words:
        return False
    first = normalize(words[0])
    if first[:1].isdigit():
        return True
    readings = {first, strip_article(first)}
    if first.startswith("ل") and len(first) > 3:
        readings |= {first[1:], strip_article(first[1:])}
    return any(reading in _TIME_NOUNS for reading in readings)


def issued_by_relative_clause(coref: Coreference, mention: Span) -> Span | None:
    """`بيان وزعه المصرف`، `الكلمة التي ألقاها الوزير`: a statement described by a relative clause whose subject is
    a noun after the verb: that subject (to the mention's end) issued it."""
    sentence = coref.document.sentence_at(mention.start)
    if sentence is None:
        return None
    inside = sentence.words_within(mention.start, mention.end)
    if not inside:
        return None
    subject = issuing_subject(sentence, inside[0])
    if subject is None or not mention.start <= subject.start < mention.end:
        return None
    return Span.from_offsets(coref.document.text, subject.start, issuer_end(sentence, subject, mention.end))


def _issuer(coref: Coreference, mention: Span) -> Span | None:
    words = mention.text.split()
    head = mention_words(Span(words[0], 0, 0)) if words else ()
    if len(words) < 2 or not head or head[0] not in coref.document_nouns:
        return None
    offset = len(words[0])
    named = person_named_from(coref, mention.start + mention.text.index(words[1], offset), mention.end)
    if named is not None and not normalize(words[0]).startswith("ال"):
        return named  # رسالة ابن كيران، كلمة محمد الأمين: the statement of the person named in construct with it
    genitive = mention_words(Span(words[1], 0, 0))
    if not normalize(words[0]).startswith("ال") and normalize(words[1]).startswith("ال") and genitive:
        if genitive[0] in coref.kind_heads - coref.document_nouns:
            # بيان المنظمة، تقرير الوزارة: a statement in construct with the body that issued it
            start = mention.text.index(words[1], offset)
            return Span.from_offsets(coref.document.text, mention.start + start, mention.end)
    if not normalize(words[0]).startswith("ال") and not normalize(words[1]).startswith("ال"):
        if opens_organisation(coref, normalize(words[1])):
            # تقرير شركة سبائك الكويت …، تقرير لجنة التحقيق: in construct with a body named without the article
            start = mention.text.index(words[1], offset)
            return Span.from_offsets(coref.document.text, mention.start + start, mention.end)
    related = issued_by_relative_clause(coref, mention)
    if related is not None:
        return related
    for number, word in enumerate(words[1:], start=1):
        offset = mention.text.index(word, offset)
        bare = normalize(word)
        if bare in ("عن", "من"):
            if number + 1 < len(words) and normalize(words[number + 1]) == "قبل":
                offset = mention.text.index(words[number + 1], offset + len(word))  # من قبل: "by"
            start = mention.text.find(" ", offset) + 1
            return Span.from_offsets(coref.document.text, mention.start + start, mention.end) if start > 0 else None
        if opens_organisation(coref, bare):
            offset += len(word)
            continue  # لجنة، لواء: a body's head that opens with its own ل
        if bare.startswith("ل") and len(bare) > 3 and bare not in ("لدي",):
            skip = 2 if bare.startswith("لل") else 1
            if skip == 2 and not opens_organisation(coref, bare[2:]):
                return None  # دراسة أميركية للسلوك النفسي: what the study is about; للوزارة، للأمم المتحدة issue
            return Span.from_offsets(coref.document.text, mention.start + offset + skip, mention.end)
        offset += len(word)
    return None

def person_named_from(coref: Coreference, start: int, end: int) -> Span | None:
    """The longest person's name the finders found that starts at `start` and ends by `end`, if any."""
    found = [(first, last) for first, last in coref.person_names if first == start and last <= end]
    if not found:
        return None
    first, last = max(found, key=lambda span: span[1])
    return Span.from_offsets(coref.document.text, first, last)
