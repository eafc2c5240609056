"""The issuer of a statement, report or survey, who is its source: `تقرير صادر عن الهيئة العامة للسياحة` → `الهيئة
العامة للسياحة`, `بيان المنظمة` → `المنظمة`, `بيان للأمم المتحدة` → `الأمم المتحدة`, `رسالة ابن كيران` → `ابن كيران`."""

from __future__ import annotations

from quotes.coreference.bodies import opens_organisation
from quotes.coreference.state import Coreference
from quotes.coreference.words import mention_words
from quotes.model import Span
from quotes.normalize import normalize


def issuer(coref: Coreference, mention: Span) -> Span | None:
    """`تقرير صادر عن الهيئة العامة …` → `الهيئة العامة …`: who issued a statement, report or survey."""
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
    for word in words[1:]:
        offset = mention.text.index(word, offset)
        bare = normalize(word)
        if bare in ("عن", "من"):
            start = mention.text.find(" ", offset) + 1
            return Span.from_offsets(coref.document.text, mention.start + start, mention.end) if start > 0 else None
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
