"""Who an honorific subject stands for (`وأكد معاليه`، `وأوضح سموه`): the person quoted last, where a name or title
shows a person of the honorific's gender and the text did not write another's name after the same honorific noun
(`صاحب السمو الأمير …`)."""

from __future__ import annotations

from quotes.coreference.chains import Entity
from quotes.coreference.state import Coreference
from quotes.coreference.words import mention_words
from quotes.drafts import Draft
from quotes.model import Span
from quotes.normalize import normalize, strip_conjunction


def honoured(coref: Coreference, draft: Draft) -> Entity | None:
    """The person an honorific subject (وأكد معاليه، وأوضح سموه) stands for: the one quoted last, where a name or title
    shows a person of the honorific's gender. (The latest person the text names may be one a quote spoke of: حكومة
    خادم الحرمين الشريفين الملك سلمان … in the quotation before.) None where no one was quoted yet."""
    if coref.honorifics is None or draft.speaker is None or coref.last_speaker is None:
        return None
    written = normalize(draft.speaker.text)
    # (as written first: فضيلته، فخامته open with their own ف, not the conjunction; then وسموه → سموه)
    entry = coref.honorifics.entries.get(written) or coref.honorifics.entries.get(strip_conjunction(written))
    if entry is None:
        return None
    titled = named_with_honorific(coref, draft.speaker)
    if titled is not None and not set(mention_words(titled)) <= coref.last_speaker.words():
        # ورحب سموه بأعضاء المجلس … after رئيس المجلس البلدي الدكتور فلان was quoted: سموه is the one the text
        # called صاحب السمو, not whoever spoke last; the entity table knows whom
        return None
    gender = coref.named_gender(coref.last_speaker)
    honour = {"m": "Masc", "f": "Fem"}.get(entry.fields.get("gender") or "")
    if gender is None or honour not in (None, gender):
        return None
    return coref.last_speaker


def named_with_honorific(coref: Coreference, pronoun: Span) -> Span | None:
    """The latest person's name before an honorific pronoun that the text wrote after the same honorific noun
    (سموه → the name after صاحب السمو or سمو الأمير), if any."""
    noun = next((key for span, key in coref.honoured if span.start < pronoun.end and pronoun.start < span.end), None)
    if noun is None:
        return None
    names = [
        span
        for span, key in coref.honoured
        if key == noun and span.end <= pronoun.start and (span.start, span.end) in coref.person_name_set
    ]
    return names[-1] if names else None
