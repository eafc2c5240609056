"""The issuer of a statement, report or survey, who is its source: `تقرير صادر عن الهيئة العامة للسياحة` → `الهيئة
العامة للسياحة`, `بيان المنظمة` → `المنظمة`, `بيان للأمم المتحدة` → `الأمم المتحدة`, `رسالة ابن كيران` → `ابن كيران`."""

from __future__ import annotations

from quotes.coreference.bodies import opens_organisation
from quotes.coreference.state import Coreference
from quotes.coreference.words import mention_words
from quotes.grammar.loader import word_set
from quotes.model import Span
from quotes.normalize import normalize, strip_article
from quotes.quotemarks import NAME_MARKS
from quotes.speakers.words import issuer_end, issuing_subject, names_a_period, only_spreads


def issuer(coref: Coreference, mention: Span) -> Span | None:
    """`تقرير صادر عن الهيئة العامة …` → `الهيئة العامة …`: who issued a statement, report or survey. A time
    expression is never the issuer (`التقرير عن العام الماضي`، `بيانات لعام 1435هـ`، `التقرير الشهري لشهر آب`)."""
    found = _issuer(coref, mention)
    found = _trimmed(coref, found) if found is not None else None
    return None if found is None or names_a_period(found.text) else found  # (after a ل the issuer's span may keep)


#: Words after an issuer's name that describe the report, not the issuer (`مؤسسة النقد العربي السعودي | الصادر
#: مؤخرا`: issued_words.tsv), or open what it said (`هيئة شؤون الاعلام | ان الهيئة قررت`: complementizers.tsv).
_AFTER_THE_NAME = word_set("issued_words") | word_set("complementizers")


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


def issued_by_relative_clause_after(coref: Coreference, mention: Span) -> Span | None:
    """`وجاء في البرقية التي بعثها ولي العهد: …`، `وقال البيان الذي أصدرته الوزارة إن …`: a statement named by its
    noun alone, the speaker phrase leaving its relative clause out; the subject of that clause's issuing verb (to the
    end of its phrase) issued it."""
    sentence = coref.document.sentence_at(mention.start)
    inside = sentence.words_within(mention.start, mention.end) if sentence is not None else []
    if sentence is None or len(inside) != 1:
        return None
    subject = issuing_subject(sentence, inside[0])
    text = coref.document.text
    if subject is None or subject.start < mention.end:
        return None
    clause = sentence.parent(subject.index)
    if clause is None or any(mark in text[mention.end : clause.start] for mark in "،,"):
        return None  # وبينت الدراسة، التي نشرها موقع …: an aside on a statement named before, which may name who
        # spread it, not who issued it; a clause that tells which statement it is names its issuer
    if only_spreads(clause):
        return None  # وقال البيان الذي نشرته الوكالة إن …: the agency spread the statement, someone else issued it
    end = max(word.end for word in sentence.subtree(subject.index) if word.upos != "PUNCT")
    end = issuer_end(sentence, subject, end)
    return Span.from_offsets(text, subject.start, _closing_mark_kept(text, subject.start, end))


#: Quotation marks that close a name (شبكة "اي بي سي نيوز").
_CLOSING_MARKS = {'"': '"', "»": "«", "”": "“"}


def _closing_mark_kept(text: str, start: int, end: int) -> int:
    """`end`, or past a quotation mark right after it that closes one opened inside `text[start:end]`."""
    closing = text[end : end + 1]
    opening = _CLOSING_MARKS.get(closing)
    if opening is None:
        return end
    inside = text[start:end]
    unclosed = inside.count('"') % 2 == 1 if opening == '"' else inside.count(opening) > inside.count(closing)
    return end + 1 if unclosed else end


def _issuer(coref: Coreference, mention: Span) -> Span | None:
    words = mention.text.split()
    head = mention_words(Span(words[0], 0, 0)) if words else ()
    if not head or head[0] not in coref.document_nouns:
        return None
    if len(words) == 1:
        return issued_by_relative_clause_after(coref, mention)
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
    marked = _marked_name_after(coref, mention, offset)
    if marked is not None:
        return marked  # نشرة "أوتشا"، تقرير «صحارى»: the statement of the body named in marks right after it
    tagged = _tagged_organisation_after(coref, mention)
    if tagged is not None:
        return tagged  # إعلان سامسونج، بيان أرامكو: in construct with a body the entity tagger named
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
            skip = 2 if bare.startswith("لل") and not opens_organisation(coref, bare[1:]) else 1
            # (للجنة الأولمبية: ل + اللجنة, written with the article's alif and lam dropped before the word's own ل)
            if skip == 2 and not opens_organisation(coref, bare[2:]):
                return None  # دراسة أميركية للسلوك النفسي: what the study is about; للوزارة، للأمم المتحدة issue
            start = mention.start + offset + skip
            body = _body_going_on(coref, start, mention.end)
            if body is not None:
                return body  # بيان للهيئة العامة | للرياضة: the speaker phrase stopped where the parse hung the name's end
            # بيان لأولي سولفانغ مسؤول حالات الطوارئ …: the person's name, not the title after it
            named = person_named_from(coref, start, mention.end)
            return named if named is not None else _before_title_after_name(coref, start, mention.end)
        offset += len(word)
    return None


def _body_going_on(coref: Coreference, start: int, end: int) -> Span | None:
    """The body the mention finders named in full from `start` (as written: its glued ل or لل before) to past `end`,
    where a statement's speaker phrase ends inside its issuer's name (`بيان للهيئة العامة | للرياضة`: the parse hung
    the last word on the verb); None where no such body is found."""
    for phrase in coref.organisation_phrases or ():
        if phrase.start <= start <= phrase.start + 2 and phrase.end > end:
            return phrase  # (from where it is written, as the finders' mentions are: the table finds it)
    return None


#: Quotation marks around a name, each with its closing mark (quotemarks.NAME_MARKS without the bracket: `بيان (وام)`
#: names the agency that carried it).
_NAME_QUOTES = {opening: closing for opening, closing in NAME_MARKS.items() if opening != "("}
#: The most words a body's name in marks after a statement may have: a longer phrase is the statement's own title.
_MARKED_NAME_WORDS = 2


def _marked_name_after(coref: Coreference, mention: Span, offset: int) -> Span | None:
    """The name in quotation marks that the mention ends with, right after its first word, a statement written without
    the article (`نشرة "أوتشا"`، `تقرير «صحارى»`): the body that issued it, the marks left out; a longer phrase in marks
    (`تقرير «آفاق الاقتصاد العالمي»`) is the report's title, no issuer."""
    rest = mention.text[offset:].strip()
    if normalize(mention.text.split()[0]).startswith("ال") or len(rest) < 3 or rest[0] not in _NAME_QUOTES:
        return None
    closing = rest.find(_NAME_QUOTES[rest[0]], 1)
    if closing < 2 or len(rest[1:closing].split()) > _MARKED_NAME_WORDS:
        return None  # (نشرة "أوتشا" الأسبوعية: what follows the marks describes the bulletin)
    start = mention.start + mention.text.index(rest) + 1
    return Span.from_offsets(coref.document.text, start, start + closing - 1)


def _tagged_organisation_after(coref: Coreference, mention: Span) -> Span | None:
    """The organisation the entity tagger tagged right after a statement written without the article, in construct with
    it (`إعلان سامسونج`، `بيان أرامكو`، `تقرير موديز`): its issuer, as far as the tag goes. Not after a definite statement
    (`البيان أرامكو` is no construct), nor a name the tagger did not call a body."""
    document = coref.document
    sentence = document.sentence_at(mention.start)
    spans = document.entity_spans
    if sentence is None or spans is None or normalize(mention.text.split()[0]).startswith("ال"):
        return None
    words = sentence.words
    head = sentence.first_starting(mention.start)
    if head is None:
        return None
    for first, last, kind in spans[sentence.index]:
        # (`first`, `last`: positions in the sentence's words; the head's position is its index less one)
        if kind == "ORG" and first == head.index and words[last - 1].end <= mention.end:
            return Span.from_offsets(document.text, words[first].start, words[last - 1].end)
    return None


def _before_title_after_name(coref: Coreference, start: int, end: int) -> Span:
    """The issuer from `start` to `end`, ended before a title that follows a name (`أولي سولفانغ | مسؤول حالات
    الطوارئ لدى …`): the title describes the issuer, who is the name; a phrase that opens with a title (`وزير
    الخارجية`، `رئيس مجلس الإدارة المدير التنفيذي`) stays whole."""
    text = coref.document.text
    offset = start
    for number, word in enumerate(text[start:end].split()):
        offset = text.index(word, offset)
        if number > 0 and strip_article(normalize(word)) in coref.role_heads:
            return Span.from_offsets(text, start, start + len(text[start:offset].rstrip(" ،,")))
        if strip_article(normalize(word)) in coref.role_heads:
            break
        offset += len(word)
    return Span.from_offsets(text, start, end)


def person_named_from(coref: Coreference, start: int, end: int) -> Span | None:
    """The longest person's name the finders found that starts at `start` and ends by `end`, if any."""
    found = [(first, last) for first, last in coref.person_names if first == start and last <= end]
    if not found:
        return None
    first, last = max(found, key=lambda span: span[1])
    return Span.from_offsets(coref.document.text, first, last)
