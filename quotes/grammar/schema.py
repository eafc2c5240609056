"""What a rule is, once read and checked: rules, node patterns, constraints, examples."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import regex

from quotes.grammar.paths import Path, Step
from quotes.graph import SentenceGraph, Word
from quotes.lexicon import Lexicon
from quotes.normalize import strip_conjunction

RULE_KEYS = {
    "id": "a unique name, e.g. 'cue-subject-complement'",
    "description": "what the rule finds, in a sentence a linguist can check",
    "priority": "an integer; when two rules claim the same cue word the higher wins",
    "type": "direct, indirect, mixed, according_to, or auto (decided from the quotation marks)",
    "confidence": "a number in [0, 1] carried into each quote",
    "nodes": "the node patterns, in binding order; the first has no path (the anchor)",
    "examples": "runnable examples: sentences where the rule must or must not fire",
}
QUOTE_TYPES = ("direct", "indirect", "mixed", "according_to", "auto")

NODE_KEYS = {
    "path": "how to reach this node from one bound earlier, e.g. 'cue >nsubj'",
    "optional": "true: bind when possible, else leave the node unbound",
    "lemma": "normalised lemma in a list or @lexicon",
    "form": "normalised word form (with or without و/ف and ال) in a list or @lexicon",
    "token": "normalised form of the whole token (clitics included: وقال) in a list or @lexicon",
    "phrase": "@lexicon of multiword phrases that start at this word (وفقا ل)",
    "form_regex": "a regular expression searched in the word as written",
    "upos": "universal part of speech in a list",
    "xpos": "treebank-specific tag in a list",
    "deprel": "the word's own relation to its head, in a list",
    "feats": "a table of feature → value or list of values",
    "without": "edges the word must not have, e.g. ['>nsubj', '>mark']",
    "after": "a node bound earlier that this word must follow",
    "before": "a node bound earlier that this word must precede",
}
NEGATABLE = ("lemma", "form", "token", "upos", "xpos", "deprel", "phrase", "form_regex", "feats")
for _key in NEGATABLE:
    NODE_KEYS["not_" + _key] = f"the opposite of '{_key}'"

EXAMPLE_KEYS = {
    "text": "the example sentence as written",
    "conllu": "its parse: inline CoNLL-U, or 'file.conllu#sent_id' under rules/examples/",
    "expect": "table of expected span texts: cue, speaker, role, content, via, type",
    "fires": "false for a negative example: the rule must not fire",
    "note": "free text",
}
EXPECT_KEYS = ("cue", "speaker", "role", "content", "via", "type", "speaker_resolved")


WordTest = Callable[[SentenceGraph, Word], bool]


@attrs.frozen
class Constraint:
    """One test on a word, with the words a linguist would use to describe it."""

    key: str
    description: str
    test: WordTest = attrs.field(eq=False, repr=False)
    negated: bool = False
    values: frozenset[str] | None = None
    #: Strings one of which a sentence's word forms, normalised and joined without spaces, must contain for the
    #: test to hold at any of its words (a phrase's entries); None when the test asks no such thing.
    contains: frozenset[str] | None = None

    def holds(self, graph: SentenceGraph, word: Word) -> bool:
        return self.test(graph, word) != self.negated

    def __str__(self) -> str:
        return ("not " if self.negated else "") + self.description


@attrs.frozen
class NodePattern:
    name: str
    path: Path | None
    optional: bool
    constraints: tuple[Constraint, ...]
    without: tuple[Step, ...] = ()
    after: str | None = None
    before: str | None = None


@attrs.frozen
class Example:
    text: str
    conllu: str | None
    expect: Mapping[str, str | None] = attrs.field(eq=False, hash=False)
    fires: bool = True
    note: str = ""
    origin: str = ""


@attrs.frozen
class Rule:
    id: str
    description: str
    priority: int
    type: str
    confidence: float
    nodes: tuple[NodePattern, ...]
    examples: tuple[Example, ...]
    path: str
    trigger_keys: frozenset[str] | None = None
    #: What the sentence's joined word forms must contain for the rule to be tried (see Constraint.contains).
    trigger_text: frozenset[str] | None = None

    @property
    def anchor(self) -> NodePattern:
        return self.nodes[0]


# ---------------------------------------------------------------- constraint builders
# Each builder takes the value as written in the rule and the resolved value set.


def past_tense_forms(lemma: str) -> set[str]:
    """Written forms of a verb lemma (normalised, 3rd person past) that a small lemmatizer often gets wrong.

    قال → قالت، قالوا، قالا; defective نفي (نفى) → نفت، نفوا. Compared with a word's form only when its
    lemma did not match, so a wrong lemma (نَفَت for نفت) still finds the cue.
    """
    forms = {lemma, lemma + "ت", lemma + "وا", lemma + "ا"}
    if len(lemma) > 2 and lemma[-1] in "يىا":  # (ى where the lemma is written, not normalised)
        stem = lemma[:-1]
        forms.update((stem + "ت", stem + "وا"))
    return forms


def present_tense_forms(form: str) -> set[str]:
    """Written forms of a 3rd person masc. sing. imperfect (normalised): يضيف → تضيف، يضيفون، يضيفان."""
    forms = {form, form + "ون", form + "ان"}
    if form.startswith("ي"):
        forms.update({"ت" + form[1:], "ت" + form[1:] + "ان"})
    return forms


_WEAK_LETTERS = frozenset("اويىءأإآؤئة")


def _strong_letters(form: str) -> str:
    return "".join(char for char in form if char not in _WEAK_LETTERS)


def _is_subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(char in letters for char in short)


def could_inflect(lemma: str, form: str) -> bool:
    """Can `form` be an inflection of `lemma`? Its strong letters must appear in order in the form (يقول of قال,
    يؤكد of أكد); a small lemmatizer's جدد for تجد (وجد "find") fails."""
    return _is_subsequence(_strong_letters(lemma), _strong_letters(form))


def _lemma(values: frozenset[str]) -> WordTest:
    surface = frozenset(form for value in values if " " not in value for form in past_tense_forms(value))

    def test(graph: SentenceGraph, word: Word) -> bool:
        if not surface.isdisjoint(word.keys):
            return True
        lemma = word.lemma_key if word.lemma_key in values else strip_conjunction(word.lemma_key)
        return lemma in values and any(could_inflect(lemma, key) for key in word.keys)

    return test


def _form(values: frozenset[str]) -> WordTest:
    return lambda graph, word: not values.isdisjoint(word.keys)


def _token(values: frozenset[str]) -> WordTest:
    return lambda graph, word: not values.isdisjoint(word.token_keys)


def _upos(values: frozenset[str]) -> WordTest:
    return lambda graph, word: word.upos in values


def _xpos(values: frozenset[str]) -> WordTest:
    return lambda graph, word: word.xpos in values


def _deprel(values: frozenset[str]) -> WordTest:
    def test(graph: SentenceGraph, word: Word) -> bool:
        return word.deprel in values or (word.base_deprel in values)

    return test


def phrase_test(lexicon: Lexicon) -> WordTest:
    """Does a multiword entry of `lexicon` start at the word (a leading و/ف allowed)?"""

    prefixes = lexicon.prefixes

    def test(graph: SentenceGraph, word: Word) -> bool:
        first = word.keys[0] if word.keys else ""
        readings = [
            reading for reading in {first, strip_conjunction(first)} if reading[:2] in prefixes or len(reading) < 2
        ]
        if not readings:
            return False
        rest = [other.keys[0] if other.keys else "" for other in graph.words[word.index : word.index + 5]]
        return any(lexicon.match_at(" ".join([reading, *rest])) is not None for reading in readings)

    return test


def regex_test(pattern: re.Pattern[str] | regex.Pattern[str]) -> WordTest:
    return lambda graph, word: pattern.search(word.text) is not None


def feats_test(wanted: Mapping[str, frozenset[str]], *, any_of: bool = False) -> WordTest:
    combine = any if any_of else all

    def test(graph: SentenceGraph, word: Word) -> bool:
        return combine(word.feat(name) in values for name, values in wanted.items())

    return test


SET_CONSTRAINTS: dict[str, Callable[[frozenset[str]], WordTest]] = {
    "lemma": _lemma,
    "form": _form,
    "token": _token,
    "upos": _upos,
    "xpos": _xpos,
    "deprel": _deprel,
}
NORMALISED_KEYS = ("lemma", "form", "token")


def describe_values(key: str, written: Any) -> str:
    if isinstance(written, list):
        shown = "|".join(str(item) for item in written)
    else:
        shown = str(written)
    return f"{key}={shown}"
