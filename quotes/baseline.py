"""A tiny regex baseline with no parser, for comparison in the evaluation report.

A reporting verb written as ``قال/قالت/قالوا`` (from ``rules/lexicons/reporting_verbs.tsv``,
with و/ف attached or not), followed within a few words by أن/إن/بأن, a colon or
an opening quotation mark, is a quote. The speaker is the one or two words
between the verb and that marker; the content runs to the closing mark or to
the end of the sentence. No roles, no coreference, no via: it shows what the
parse and the rules add.

>>> baseline = RegexBaseline.from_lexicon()
>>> [quote.to_dict() for quote in baseline.extract(text, doc_id="a1")]   # same record shape as the extractor's
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import attrs

from quotes.lexicon import load_lexicon
from quotes.model import Cue, Evidence, Quote, Span
from quotes.normalize import normalize

#: How many words after the verb the marker that opens the content may come.
MARKER_WINDOW = 8
#: How many of the words between verb and marker make the speaker.
SPEAKER_WORDS = 2
#: Suffixes that turn a past-tense 3rd masc. sg. lemma into the forms looked for (he, she, they).
VERB_SUFFIXES = ("", "ت", "وا")
CONJUNCTIONS = ("", "و", "ف")
CLOSING_MARKS = {"«": "»", "“": "”", '"': '"', "”": "”"}

_WORD = re.compile(r"\S+")
_EDGE_PUNCTUATION = "\"«»“”'()[]،,؛;.!?؟"
_COMPLEMENTIZER = re.compile(r"^[وف]?ب?[اإأ]ن(?:ه|ها|هم|هما|هن|نا|ني|ك|كم)?$")
_SENTENCE_END = re.compile(r"[.!?؟](?=\s|$)|\n")


@attrs.frozen
class _Word:
    text: str
    start: int
    end: int

    @property
    def bare(self) -> str:
        """The word without punctuation at either edge."""
        return self.text.strip(_EDGE_PUNCTUATION + ":")

    @property
    def bare_start(self) -> int:
        return self.start + (len(self.text) - len(self.text.lstrip(_EDGE_PUNCTUATION + ":")))


@attrs.frozen
class RegexBaseline:
    """Reporting-verb forms (normalised) → (lemma as written, verb class)."""

    forms: Mapping[str, tuple[str, str]] = attrs.field(eq=False, hash=False)

    @classmethod
    def from_lexicon(cls, path: str | Path | None = None) -> RegexBaseline:
        """Read the verbs from `path` (default: the project's ``reporting_verbs.tsv``)."""
        if path is None:
            from quotes.grammar.loader import default_rules_dir

            path = default_rules_dir() / "lexicons" / "reporting_verbs.tsv"
        lexicon = load_lexicon(Path(path))
        forms: dict[str, tuple[str, str]] = {}
        for key, entry in lexicon.entries.items():
            for suffix in VERB_SUFFIXES:
                for conjunction in CONJUNCTIONS:
                    forms.setdefault(conjunction + key + suffix, (entry.written, entry.get("class") or "neutral"))
        return cls(forms=forms)

    def extract(self, text: str, doc_id: str = "doc") -> list[Quote]:
        """The quotes the baseline finds in `text`, in text order."""
        words = [_Word(found.group(), found.start(), found.end()) for found in _WORD.finditer(text)]
        quotes: list[Quote] = []
        for position, word in enumerate(words):
            verb = self.forms.get(normalize(word.bare))
            if verb is None or not word.bare:
                continue
            found = self._content(text, words, position)
            if found is None:
                continue
            quote_type, content, speaker_words, how = found
            cue_start = word.bare_start
            speaker = (
                Span.from_offsets(text, speaker_words[0].bare_start, speaker_words[-1].bare_start + len(speaker_words[-1].bare))
                if speaker_words
                else None
            )
            quotes.append(
                Quote(
                    doc_id=doc_id,
                    quote_id=f"{doc_id}:b{len(quotes) + 1}",
                    type=quote_type,
                    content=content,
                    cue=Cue(text=word.bare, start=cue_start, end=cue_start + len(word.bare), lemma=verb[0]),
                    cue_class=verb[1],
                    speaker=speaker,
                    speaker_resolved=speaker,
                    role=None,
                    via=None,
                    speaker_entity=None,
                    sentence_index=len(_SENTENCE_END.findall(text, 0, word.start)),
                    confidence=0.2,
                    evidence=Evidence(rule_id=f"baseline-{how}"),
                )
            )
        return quotes

    def extract_many(self, documents: Iterable[tuple[str, str]]) -> list[Quote]:
        """Quotes of many ``(doc_id, text)`` documents."""
        return [quote for doc_id, text in documents for quote in self.extract(text, doc_id)]

    @staticmethod
    def _content(text: str, words: list[_Word], verb_at: int) -> tuple[str, Span, list[_Word], str] | None:
        """The content opened by the first marker after the verb, and the words before that marker."""
        between: list[_Word] = []
        verb = words[verb_at]
        if verb.text.rstrip(_EDGE_PUNCTUATION).endswith(":"):
            return _after_colon(text, verb.end, between)
        for word in words[verb_at + 1 : verb_at + 1 + MARKER_WINDOW]:
            if word.text[0] in CLOSING_MARKS:
                return _quoted(text, word.start, between)
            if _COMPLEMENTIZER.match(normalize(word.bare)):
                end = _sentence_end(text, word.start)
                content = Span.from_offsets(text, word.bare_start, end)
                quoted = any(mark in content.text for mark in CLOSING_MARKS)
                return ("mixed" if quoted else "indirect"), content, between[:SPEAKER_WORDS], "complementizer"
            between.append(word)
            if word.text.rstrip(_EDGE_PUNCTUATION).endswith(":"):
                return _after_colon(text, word.end, between[:SPEAKER_WORDS])
        return None


def _sentence_end(text: str, start: int) -> int:
    found = _SENTENCE_END.search(text, start)
    return found.start() if found else len(text)


def _quoted(text: str, mark_at: int, speaker: list[_Word]) -> tuple[str, Span, list[_Word], str] | None:
    closing = CLOSING_MARKS[text[mark_at]]
    close_at = text.find(closing, mark_at + 1)
    if close_at < 0:
        close_at = _sentence_end(text, mark_at + 1)
    content = Span.from_offsets(text, mark_at + 1, close_at)
    if not content.text:
        return None
    return "direct", content, speaker[:SPEAKER_WORDS], "quote-mark"


def _after_colon(text: str, colon_end: int, speaker: list[_Word]) -> tuple[str, Span, list[_Word], str] | None:
    rest = len(text[colon_end:]) - len(text[colon_end:].lstrip())
    opening = colon_end + rest
    if opening < len(text) and text[opening] in CLOSING_MARKS:
        return _quoted(text, opening, speaker)
    content = Span.from_offsets(text, opening, _sentence_end(text, opening))
    if not content.text:
        return None
    return "direct", content, speaker, "colon"
