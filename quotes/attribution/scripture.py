"""Sieve ``scripture``: God and the Prophet, quoted as scripture, speak for the document's own mention of them.

A speaker quotes a verse or a saying: `وقال تعالى (يا أيها الذين آمنوا …)` names God by an epithet alone, and
`قال - صلى الله عليه وسلم - (لا تتخذوا …)` has no subject at all, only the prayer said after the Prophet's name. The
resolver let the first keep its epithet and gave the second to the person quoting them (the contract: the speaker is
God or the Prophet, resolved to the fullest mention of them in the document). The source's names and whom they name
are rules/lexicons/scripture_sources.tsv (column ``speaker``: god, prophet) and the formulas said after the Prophet's
name rules/lexicons/prayer_formulas.tsv (column ``prophet``). The quote speaks for the document's mention of that
source written last before the cue (else first after it); where the document has none, or names the Prophet by his
name right after it (`النبي محمد`), the resolver's person stays.
"""

from __future__ import annotations

import re

import attrs

from quotes.attribution.ground import Ground, with_note
from quotes.grammar.loader import bundled_lexicon, marked_words
from quotes.model import Quote, Span
from quotes.normalize import normalize

#: Whom each source of scripture names (scripture_sources.tsv): normalised source → "god" or "prophet".
_SOURCES = {key: entry.get("speaker") or "" for key, entry in bundled_lexicon("scripture_sources").entries.items()}
#: The prayer formulas said after the Prophet's name (prayer_formulas.tsv, column prophet), normalised.
_PROPHET_PRAYERS = marked_words("prayer_formulas", "prophet")
#: The word that names God in a mention of him.
_GOD = normalize("الله")
#: Marks a prayer formula may stand between, after a cue (`قال - صلى الله عليه وسلم -`، `قال (صلى الله عليه وسلم)`).
_AROUND_A_PRAYER = " -–—()ـ"
#: Vowel marks, shadda and tatweel, which a written mention may carry between its letters.
_MARKS = "[\u064b-\u065f\u0670\u0640]*"
#: The letters a normalised letter stands for as written.
_WRITTEN = {"ا": "[اأإآٱ]", "ي": "[يى]", "ه": "[هة]"}


def sieve(quote: Quote, ground: Ground) -> Quote:
    """God named by an epithet alone (`قال تعالى`), or the Prophet by the prayer after the cue with no subject (`قال
    - صلى الله عليه وسلم -`), speaks for the document's mention of them; no entity, no role."""
    text = ground.document.text
    source = _scripture_speaker(quote, text)
    if source is None:
        return quote
    named = _mention_of(text, source, quote.cue.start)
    if named is None:
        return quote  # (the resolver's person stays: `لأمة محمد، كما قال عليه الصلاة والسلام`, named by his name)
    resolved = quote.speaker_resolved
    if resolved is not None and resolved.start >= named.end and not text[named.end : resolved.start].strip():
        return quote  # النبي | محمد: the resolver's person is the Prophet, named by his name after the title
    updated = attrs.evolve(quote, speaker_resolved=named, role=None, speaker_entity=None)
    who = "God" if source == "god" else "the Prophet"
    return with_note(updated, f"sieve scripture: {who} quoted as scripture, the document's mention of them: {named.text!r}")


def _scripture_speaker(quote: Quote, text: str) -> str | None:
    """ "god" where the speaker phrase names God by an epithet without His name (تعالى، عز وجل، سبحانه), "prophet" where
    a cue without a subject has the Prophet's prayer right after it; else None."""
    if quote.speaker is not None:
        key = normalize(quote.speaker.text)
        return "god" if _SOURCES.get(key) == "god" and _GOD not in key.split() else None
    after = normalize(text[quote.cue.end : quote.cue.end + _PRAYER_REACH]).lstrip(_AROUND_A_PRAYER)
    return "prophet" if after.startswith(tuple(_PROPHET_PRAYERS)) else None


#: Characters after a cue within which the Prophet's prayer is read.
_PRAYER_REACH = 40


def _mention_of(text: str, source: str, before: int) -> Span | None:
    """The document's mention of God (الله) or of the Prophet (his names in scripture_sources.tsv, the longest where two
    start together) written last before `before`, else the first after it; None where the document has none."""
    names = [_GOD] if source == "god" else sorted((key for key, whom in _SOURCES.items() if whom == source), key=len, reverse=True)
    pattern = _written_pattern(tuple(names))
    found = list(pattern.finditer(text))
    earlier = [match for match in found if match.end() <= before]
    chosen = earlier[-1] if earlier else next((match for match in found if match.start() >= before), None)
    return Span.from_offsets(text, chosen.start(), chosen.end()) if chosen is not None else None


_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _written_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern for normalised names as the text may write them (vowel marks, hamza forms, ى and ة), whole words."""
    pattern = _PATTERNS.get(names)
    if pattern is None:
        alternatives = [
            "\\s+".join("".join(_WRITTEN.get(letter, re.escape(letter)) + _MARKS for letter in word) for word in name.split())
            for name in names
        ]
        pattern = _PATTERNS[names] = re.compile(f"(?<!\\w)(?:{'|'.join(alternatives)})(?!\\w)")
    return pattern
