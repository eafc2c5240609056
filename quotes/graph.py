"""The project's own sentence graph, built from CoNLL-U text or a Stanza document.

This is the only module that reads Stanza objects; everything after it speaks
:class:`SentenceGraph`. Words inside a multi-word token (Arabic clitics:
و + قال) carry the token's character offsets, so every span reported later
indexes the original text exactly.
"""

from __future__ import annotations

import functools
import json
import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from functools import cached_property
from itertools import repeat
from typing import Any, NamedTuple

import attrs

from quotes.errors import ConlluError
from quotes.normalize import form_keys, normalize, replace_surrogates, strip_conjunction

_DOC_TEXT_KEY = "doc_text_json"
#: A document comment saying that its words carry the entity tagger's tags (``NER=`` in MISC; none written: O).
_ENTITY_TAGS_KEY = "entity_tags"


@functools.lru_cache(maxsize=65_536)
def _parse_feats(value: str) -> tuple[tuple[str, str], ...]:
    """`Gender=Masc|Number=Sing` → pairs; feature strings repeat, so each is read once."""
    if not value or value == "_":
        return ()
    pairs = []
    for item in value.split("|"):
        name, _, feat_value = item.partition("=")
        pairs.append((name, feat_value))
    return tuple(pairs)


def _format_feats(feats: tuple[tuple[str, str], ...]) -> str:
    return "|".join(f"{name}={value}" for name, value in feats) or "_"


def _lemma_key(word: Word) -> str:
    return normalize(word.lemma)


def _form_keys(word: Word) -> tuple[str, ...]:
    return form_keys(word.text)


def _token_keys(word: Word) -> tuple[str, ...]:
    return form_keys(word.token_text)


def _word_trigger_keys(word: Word) -> tuple[str, ...]:
    return _trigger_keys(word.lemma_key, word.keys, word.token_keys)


def _word_spelling(word: Word) -> tuple[str, str, str, str]:
    return (word.text, word.token_text, word.upos, word.lemma_key)


# Not slotted: a frozen slotted class sets each field through object.__setattr__, this one writes its instance dict,
# which builds a Word in about half the time (a corpus builds one per row). Not frozen either, though no code changes
# a word once built (hashable all the same: `unsafe_hash`): a frozen class's __init__ writes each field through
# `self.__dict__`, which makes every word a dictionary of its own, where plain attribute stores keep the fields in the
# object (Python 3.11's inline values): building and freeing the 56,543 words of the benchmark's 100 articles
# 53 -> 30 ms, and each attribute read in interpreted code about 4x faster. The normalised readings are fields, set
# as the word is built, not cached properties: adding them to the instance dict afterwards cost as much again.
@attrs.define(slots=False, unsafe_hash=True)
class Word:
    """One syntactic word with its UD annotation and character offsets, and its normalised readings.

    The readings (`lemma_key`, `keys`, `token_keys`, `trigger_keys`, `spelling`) follow from `lemma`, `text`,
    `token_text` (and `upos`): left out, they are computed; the CoNLL-U reader passes them from a cache shared by every
    word spelled alike. They take no part in comparisons, and ``attrs.evolve`` carries them over as they are: evolve
    other fields only.
    """

    index: int
    text: str
    lemma: str
    upos: str
    xpos: str
    feats: tuple[tuple[str, str], ...]
    head: int
    deprel: str
    start: int
    end: int
    token_text: str
    token_first: bool = True
    space_after: bool = True
    #: the normalised lemma
    lemma_key: str = attrs.field(default=attrs.Factory(_lemma_key, takes_self=True), eq=False, repr=False)
    #: normalised readings of the form, with and without و/ف and ال
    keys: tuple[str, ...] = attrs.field(default=attrs.Factory(_form_keys, takes_self=True), eq=False, repr=False)
    #: normalised readings of the whole token the word belongs to (`وقال`)
    token_keys: tuple[str, ...] = attrs.field(default=attrs.Factory(_token_keys, takes_self=True), eq=False, repr=False)
    #: the keys the word is found under in its sentence's trigger index (see SentenceGraph.words_by_key)
    trigger_keys: tuple[str, ...] = attrs.field(
        default=attrs.Factory(_word_trigger_keys, takes_self=True), eq=False, repr=False
    )
    #: what decides the answers the mention finders remember per spelling: (`text`, `token_text`, `upos`,
    #: `lemma_key`), one object shared by the words a reader's cache spells alike (one attribute to read, and a key
    #: found by identity, where building the tuple for every word cost more than the lookup)
    spelling: tuple[str, str, str, str] = attrs.field(
        default=attrs.Factory(_word_spelling, takes_self=True), eq=False, repr=False
    )

    @property
    def base_deprel(self) -> str:
        return self.deprel.split(":", 1)[0]

    def feat(self, name: str) -> str | None:
        for feat_name, value in self.feats:
            if feat_name == name:
                return value
        return None


@functools.lru_cache(maxsize=262_144)
def _trigger_keys(lemma_key: str, keys: tuple[str, ...], token_keys: tuple[str, ...]) -> tuple[str, ...]:
    """The keys a word is found under in the trigger index: its lemma (with and without و/ف), its form's and its token's readings."""
    return tuple(dict.fromkeys((lemma_key, strip_conjunction(lemma_key), *keys, *token_keys)))


#: A Word's readings: `lemma_key`, `keys`, `token_keys`, `trigger_keys`, `spelling`.
_Readings = tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, str, str, str]]


@functools.lru_cache(maxsize=262_144)
def _readings(lemma: str, text: str, token_text: str, upos: str) -> _Readings:
    """A Word's normalised readings (`lemma_key`, `keys`, `token_keys`, `trigger_keys`, `spelling`, in its field
    order), shared by every word spelled alike: most words of a corpus repeat."""
    lemma_key, keys, token_keys = normalize(lemma), form_keys(text), form_keys(token_text)
    return lemma_key, keys, token_keys, _trigger_keys(lemma_key, keys, token_keys), (text, token_text, upos, lemma_key)


def _word_index(word: Word) -> int:
    return word.index


_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


@attrs.frozen(slots=False)
class SentenceGraph:
    """A dependency tree over words, with its place in the document."""

    index: int
    words: tuple[Word, ...]
    start: int
    end: int
    sent_id: str | None = None

    @cached_property
    def _child_words(self) -> tuple[tuple[Word, ...], ...]:
        """Head index (0: the root) → its dependents, in sentence order."""
        table: list[list[Word]] = [[] for _ in range(len(self.words) + 1)]
        for word in self.words:
            if 0 <= word.head <= len(self.words):
                table[word.head].append(word)
        return tuple(map(tuple, table))

    @cached_property
    def words_by_key(self) -> dict[str, tuple[int, ...]]:
        """Normalised lemma and form keys → the words that carry them: the matcher's trigger index."""
        table: dict[str, list[int]] = {}
        for word in self.words:
            for key in word.trigger_keys:
                found = table.get(key)
                if found is None:
                    table[key] = [word.index]
                else:
                    found.append(word.index)
        return {key: tuple(indices) for key, indices in table.items()}

    @cached_property
    def joined_forms(self) -> str:
        """The words' normalised forms joined without spaces: where a rule's phrase must occur for it to match."""
        return "".join(word.keys[0] if word.keys else "" for word in self.words)

    @cached_property
    def form_keys(self) -> frozenset[str]:
        """Every normalised reading of the words' forms (each word's ``keys``): is a form anywhere in the sentence?"""
        return frozenset().union(*(word.keys for word in self.words))

    @cached_property
    def token_keys(self) -> frozenset[str]:
        """Every normalised reading of the written tokens (each word's ``token_keys``)."""
        return frozenset().union(*(word.token_keys for word in self.words))

    def words_with_keys(self, keys: frozenset[str]) -> list[Word]:
        """The words carrying any of `keys`, in sentence order."""
        # the sentence's keys are few, a rule's trigger keys many (every written form of 136 verbs)
        found = {index for key, indices in self.words_by_key.items() if key in keys for index in indices}
        return [self.words[index - 1] for index in sorted(found)]

    def word(self, index: int) -> Word:
        return self.words[index - 1]

    def words_within(self, start: int, end: int) -> list[Word]:
        """The words that lie entirely within the document offsets [start, end), in order."""
        bounds = self._word_bounds
        if bounds is None:
            return [word for word in self.words if start <= word.start and word.end <= end]
        starts, ends = bounds
        # words from the first that starts at or after `start` up to the last that ends by `end`
        return list(self.words[bisect_left(starts, start) : bisect_right(ends, end)])

    def words_starting(self, start: int, end: int | None = None) -> list[Word]:
        """The words that start at an offset in [start, end) (`end` None: to the sentence's end), in order: a slice
        found by bisection where the offsets run in order, instead of a test of every word."""
        bounds = self._word_bounds
        if bounds is None:
            return [word for word in self.words if start <= word.start and (end is None or word.start < end)]
        starts = bounds[0]
        return list(self.words[bisect_left(starts, start) : len(starts) if end is None else bisect_left(starts, end)])

    def first_starting(self, start: int, end: int | None = None) -> Word | None:
        """The first word that starts at an offset in [start, end), if any (see words_starting)."""
        bounds = self._word_bounds
        if bounds is None:
            return next((word for word in self.words if start <= word.start and (end is None or word.start < end)), None)
        position = bisect_left(bounds[0], start)
        if position == len(self.words) or (end is not None and self.words[position].start >= end):
            return None
        return self.words[position]

    def words_ending_by(self, end: int) -> list[Word]:
        """The words that end at or before offset `end`, in order (see words_starting)."""
        bounds = self._word_bounds
        if bounds is None:
            return [word for word in self.words if word.end <= end]
        return list(self.words[: bisect_right(bounds[1], end)])

    @cached_property
    def _word_bounds(self) -> tuple[list[int], list[int]] | None:
        """The words' starts and ends, where both run in sentence order (what a parser's offsets do): then the words
        within a stretch are a slice of the sentence, found by bisection; None where they do not."""
        starts, ends = list(map(_START, self.words)), list(map(_END, self.words))
        if all(map(operator.le, starts, starts[1:])) and all(map(operator.le, ends, ends[1:])):
            return starts, ends
        return None

    def tokens(self) -> list[tuple[Word, ...]]:
        """The words grouped by the written token they come from (و + قال of وقال), in order."""
        groups: list[list[Word]] = []
        for word in self.words:
            if groups and not word.token_first:
                groups[-1].append(word)
            else:
                groups.append([word])
        return [tuple(group) for group in groups]

    def children(self, index: int) -> tuple[Word, ...]:
        return self._child_words[index]

    def parent(self, index: int) -> Word | None:
        head = self.words[index - 1].head
        return self.words[head - 1] if head > 0 else None

    def roots(self) -> tuple[Word, ...]:
        return self.children(0)

    @cached_property
    def _descendants(self) -> dict[int, tuple[Word, ...]]:
        """The answers of :meth:`descendants` so far: rules ask for the same words' descendants again and again."""
        return {}

    def descendants(self, index: int) -> tuple[Word, ...]:
        """All words below `index`, in sentence order."""
        known = self._descendants.get(index)
        if known is None:
            known = self._descendants[index] = self._find_descendants(index)
        return known

    def _find_descendants(self, index: int) -> tuple[Word, ...]:
        children = self._child_words
        found: list[Word] = []
        stack = list(children[index])
        seen = {index}
        while stack:
            child = stack.pop()
            if child.index in seen:
                continue
            seen.add(child.index)
            found.append(child)
            stack.extend(children[child.index])
        found.sort(key=_word_index)
        return tuple(found)

    def ancestors(self, index: int) -> tuple[Word, ...]:
        found: list[Word] = []
        seen = {index}
        current = self.parent(index)
        while current is not None and current.index not in seen:
            seen.add(current.index)
            found.append(current)
            current = self.parent(current.index)
        return tuple(found)

    def subtree(self, index: int) -> tuple[Word, ...]:
        """The word and its descendants, in sentence order."""
        return tuple(sorted((self.word(index), *self.descendants(index)), key=lambda word: word.index))

    def text_of(self, document_text: str) -> str:
        return document_text[self.start : self.end]


@attrs.frozen
class ParsedDocument:
    """A document's original text and its parsed sentences."""

    doc_id: str
    text: str
    sentences: tuple[SentenceGraph, ...]
    #: The entity tagger's BIOES tag for every word of every sentence, when the document was tagged as it was
    #: parsed (written to CoNLL-U as ``NER=`` in MISC and kept in a parse cache); None: not tagged.
    entity_tags: tuple[tuple[str, ...], ...] | None = None

    def __attrs_post_init__(self) -> None:
        if self.entity_tags is not None and [len(tags) for tags in self.entity_tags] != [len(s.words) for s in self.sentences]:
            raise ValueError("entity_tags needs one tag per word of every sentence")

    @cached_property
    def entity_spans(self) -> tuple[tuple[tuple[int, int, str], ...], ...] | None:
        """Each sentence's tagged word ranges and types (:func:`tag_spans` of its `entity_tags`), read once: the mention
        finders and the coreference pass both ask; None: not tagged."""
        if self.entity_tags is None:
            return None
        return tuple(tuple(tag_spans(tags)) for tags in self.entity_tags)

    def sentence_at(self, offset: int) -> SentenceGraph | None:
        """The sentence whose text holds the character at `offset`, if any."""
        return next((sentence for sentence in self.sentences if sentence.start <= offset < sentence.end), None)

    def to_conllu(self) -> str:
        """CoNLL-U that keeps the document id, its exact text, every offset and the entity tags, if any."""
        lines = [f"# newdoc id = {self.doc_id}", f"# {_DOC_TEXT_KEY} = {json.dumps(self.text, ensure_ascii=False)}"]
        if self.entity_tags is not None:
            lines.append(f"# {_ENTITY_TAGS_KEY} = BIOES")
        for position, sentence in enumerate(self.sentences):
            tags = self.entity_tags[position] if self.entity_tags is not None else ()
            lines.append(f"# sent_id = {sentence.sent_id or f'{self.doc_id}-{sentence.index + 1}'}")
            lines.append(f"# text = {' '.join(self.text[sentence.start : sentence.end].split())}")
            for group in sentence.tokens():
                start = min(member.start for member in group)
                end = max(member.end for member in group)
                offsets = f"start_char={start}|end_char={end}"
                space = "" if group[-1].space_after else "|SpaceAfter=No"
                if len(group) > 1:
                    lines.append(
                        f"{group[0].index}-{group[-1].index}\t{group[0].token_text}\t_\t_\t_\t_\t_\t_\t_\t{offsets}{space}"
                    )
                    misc = ["_"] * len(group)
                else:
                    misc = [offsets + space]
                for member, member_misc in zip(group, misc, strict=True):
                    tag = tags[member.index - 1] if tags else "O"
                    if tag != "O":
                        member_misc = f"NER={tag}" if member_misc == "_" else f"{member_misc}|NER={tag}"
                    lines.append(
                        "\t".join(
                            (
                                str(member.index),
                                member.text,
                                member.lemma or "_",
                                member.upos or "_",
                                member.xpos or "_",
                                _format_feats(member.feats),
                                str(member.head),
                                member.deprel or "_",
                                "_",
                                member_misc,
                            )
                        )
                    )
            lines.append("")
        return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- CoNLL-U


class _RawToken(NamedTuple):
    """A written token as read: its form, MISC offsets and spacing, and its word rows."""

    form: str
    start: int | None  # MISC start_char/end_char, when both are there
    end: int | None
    space_after: bool  # MISC SpaceAfter≠No
    words: tuple[list[str], ...]
    lineno: int


_MISC_OFFSET = re.compile(r"(?:^|\|)(start_char|end_char)=(\d+)")


def _raw_token(form: str, misc: str, words: tuple[list[str], ...], lineno: int) -> _RawToken:
    if misc.startswith("start_char="):  # what `quotes parse` writes: start_char=…|end_char=…, maybe NER=… or SpaceAfter=No
        first, _, rest = misc.partition("|")
        second, _, more = rest.partition("|")
        if second.startswith("end_char=") and first[11:].isdigit() and second[9:].isdigit() and "_char=" not in more:
            return _RawToken(form, int(first[11:]), int(second[9:]), "SpaceAfter=No" not in more, words, lineno)
    if misc == "_" or "=" not in misc:
        return _RawToken(form, None, None, True, words, lineno)
    space_after = "SpaceAfter=No" not in misc
    offsets = dict(_MISC_OFFSET.findall(misc))
    start, end = offsets.get("start_char"), offsets.get("end_char")
    if start is None or end is None:
        return _RawToken(form, None, None, space_after, words, lineno)
    return _RawToken(form, int(start), int(end), space_after, words, lineno)


_RANGE = re.compile(r"^(\d+)-(\d+)$")


@attrs.frozen
class _RawSentence:
    comments: dict[str, str]
    tokens: tuple[_RawToken, ...]
    lineno: int


class _Block(NamedTuple):
    """A sentence's comments and word lines as read (each of 10 tab-separated columns) and their line numbers."""

    comments: dict[str, str]
    lines: list[str]  # kept as strings, split when read: strings do not keep the garbage collector busy
    linenos: list[int]
    first_line: int

    def rows(self) -> list[tuple[int, list[str]]]:
        return [(lineno, line.split("\t")) for lineno, line in zip(self.linenos, self.lines, strict=True)]

    def plain(self) -> bool:
        """Whether the word ids are 1, 2, 3 … (no multi-word token, no empty node): what `quotes parse` writes."""
        return all(map(str.startswith, self.lines, _id_columns(len(self.lines))))


@functools.lru_cache(maxsize=512)
def _id_columns(count: int) -> tuple[str, ...]:
    """``1\t``, ``2\t`` … ``count\t``: how the rows of a plain sentence begin."""
    return tuple(f"{number}\t" for number in range(1, count + 1))


@attrs.frozen(slots=False)
class _RawDocument:
    doc_id: str | None
    comments: dict[str, str]
    #: each sentence as read: plain rows still (a _Block), or already split into tokens
    blocks: tuple[_Block | _RawSentence, ...]
    source: str | None

    @cached_property
    def sentences(self) -> tuple[_RawSentence, ...]:
        # a block's ids are 1, 2, 3 …: nothing in it to raise an error about
        return tuple(
            _raw_sentence(block.comments, block.rows(), block.first_line, self.source) if isinstance(block, _Block) else block
            for block in self.blocks
        )


#: What str.splitlines breaks lines at besides \n.
_OTHER_LINE_BREAKS = ("\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def _lines(text: str) -> list[str]:
    """``text.splitlines()``, but for a trailing empty line (one more blank line): where the text holds no line break
    but \n (a CoNLL-U file as quotes reads it: \r\n is replaced on reading), split("\n") cuts the same lines in less
    than half the time (the 100 articles of the benchmark: 15 -> 6 ms, and 2 ms to look for the other breaks)."""
    if any(map(text.__contains__, _OTHER_LINE_BREAKS)):
        return text.splitlines()
    return text.split("\n")


def _read_blocks(text: str, source: str | None) -> Iterator[_Block]:
    comments: dict[str, str] = {}
    lines: list[str] = []
    linenos: list[int] = []
    first_line = 1
    for lineno, stripped in enumerate(_lines(text), 1):  # without the line endings
        if not stripped or stripped.isspace():
            if lines or comments:
                yield _Block(comments, lines, linenos, first_line)
            comments, lines, linenos, first_line = {}, [], [], lineno + 1
            continue
        if stripped[0] == "#":  # not startswith: a method call whose argument costs more to read than the test
            name, equals, value = stripped[1:].partition("=")
            if equals:
                comments[name.strip()] = (
                    value.strip() if name.strip() != "text" else value[1:] if value.startswith(" ") else value
                )
            continue
        if stripped.count("\t") != 9:
            raise ConlluError(
                f"expected 10 tab-separated columns, found {stripped.count(chr(9)) + 1}", lineno=lineno, source=source
            )
        lines.append(stripped)
        linenos.append(lineno)
    if lines or comments:
        yield _Block(comments, lines, linenos, first_line)


def _raw_sentence(
    comments: dict[str, str], rows: list[tuple[int, list[str]]], first_line: int, source: str | None
) -> _RawSentence:
    tokens: list[_RawToken] = []
    position = 0
    expected_id = 1
    while position < len(rows):
        lineno, columns = rows[position]
        word_id = columns[0]
        if "." in word_id:  # empty nodes of enhanced UD play no part in basic trees
            position += 1
            continue
        ranged = _RANGE.match(word_id) if "-" in word_id else None
        if ranged:
            first, last = int(ranged.group(1)), int(ranged.group(2))
            members = rows[position + 1 : position + 2 + last - first]
            if len(members) != last - first + 1 or [int(row[1][0]) for row in members] != list(range(first, last + 1)):
                raise ConlluError(
                    f"multi-word token {word_id} is not followed by its words", lineno=lineno, source=source
                )
            tokens.append(_raw_token(columns[1], columns[9], tuple(row[1] for row in members), lineno))
            expected_id = last + 1
            position += 2 + last - first
            continue
        if not word_id.isdigit() or int(word_id) != expected_id:
            raise ConlluError(
                f"word id {word_id!r} out of sequence (expected {expected_id})", lineno=lineno, source=source
            )
        tokens.append(_raw_token(columns[1], columns[9], (columns,), lineno))
        expected_id += 1
        position += 1
    if not tokens:
        raise ConlluError("sentence without words", lineno=first_line, source=source)
    return _RawSentence(comments, tuple(tokens), first_line)


def _raw_documents(text: str, source: str | None) -> Iterator[_RawDocument]:
    """The documents of `text` as read, one at a time: each is built into a ParsedDocument before the next is read,
    so that its rows are freed young (the garbage collector need not walk a whole file's rows again and again).

    A sentence whose word ids are 1, 2, 3 … (what `quotes parse` writes) stays rows; any other is split into
    tokens at once, so that a bad id is reported before the rows after it are read."""
    doc_id: str | None = None
    doc_comments: dict[str, str] = {}
    blocks: list[_Block | _RawSentence] = []
    for block in _read_blocks(text, source):
        comments = block.comments
        if "newdoc id" in comments or "newdoc" in comments:
            if blocks:
                yield _RawDocument(doc_id, doc_comments, tuple(blocks), source)
            doc_id = comments.get("newdoc id") or comments.get("newdoc") or None
            doc_comments, blocks = dict(comments), []
        if block.lines:
            blocks.append(block if block.plain() else _raw_sentence(comments, block.rows(), block.first_line, source))
    if blocks:
        yield _RawDocument(doc_id, doc_comments, tuple(blocks), source)


def _offsets_from_misc(token: _RawToken) -> tuple[int, int] | None:
    return (token.start, token.end) if token.start is not None and token.end is not None else None


def clitic_offsets(token_text: str, start: int, end: int, forms: list[str]) -> list[tuple[int, int]]:
    """Offsets of the words of a multi-word token: exact where the forms spell the token, else the token's."""
    if len(forms) > 1 and "".join(forms) == token_text:
        spans = []
        cursor = start
        for form in forms:
            spans.append((cursor, cursor + len(form)))
            cursor += len(form)
        return spans
    return [(start, end)] * len(forms)


def check_tree(words: list[Word] | tuple[Word, ...], *, lineno: int | None = None, source: str | None = None) -> None:
    """Raise :class:`ConlluError` unless `words` form one dependency tree: heads inside the sentence, one root, no cycle.

    Every later step walks heads and children; a cycle would send it round forever.
    """
    count = len(words)
    for word in words:
        if not 0 <= word.head <= count or word.head == word.index:
            raise ConlluError(f"word {word.index} has head {word.head} outside the sentence", lineno=lineno, source=source)
    heads = {word.index: word.head for word in words}
    reaches_root: set[int] = {0}
    for word in words:
        path: list[int] = []
        current = word.index
        while current not in reaches_root:
            if current in path:
                cycle = path[path.index(current) :]
                shown = " → ".join(map(str, [*cycle, current]))
                raise ConlluError(f"the heads form a cycle ({shown}): not a tree", lineno=lineno, source=source)
            path.append(current)
            current = heads[current]
        reaches_root.update(path)
    roots = [word.index for word in words if word.head == 0]
    if len(roots) != 1:
        listed = ", ".join(map(str, roots)) or "none"
        raise ConlluError(f"a sentence has one root (head 0), this one has {len(roots)}: {listed}", lineno=lineno, source=source)


def _build_sentence(raw: _RawSentence, index: int, offsets: list[tuple[int, int]], source: str | None) -> SentenceGraph:
    words: list[Word] = []
    append = words.append
    for token, (token_start, token_end) in zip(raw.tokens, offsets, strict=True):
        form, space_after, rows = token.form, token.space_after, token.words
        if len(rows) == 1:
            word_offsets = [(token_start, token_end)]
        else:
            word_offsets = clitic_offsets(form, token_start, token_end, [columns[1] for columns in rows])
        for position, columns in enumerate(rows):
            start, end = word_offsets[position]
            head_text = columns[6]
            if head_text.isdigit():
                head = int(head_text)
            elif head_text == "_":
                head = 0
            else:
                raise ConlluError(f"head {head_text!r} is not a number", lineno=token.lineno, source=source)
            text, lemma, upos, deprel = columns[1], columns[2], columns[3], columns[7]
            if lemma == "_":
                lemma = text
            if upos == "_":
                upos = "X"
            # positional, in Word's field order: this loop runs for every word of a corpus
            word = Word(
                int(columns[0]),
                text,
                lemma,
                upos,
                columns[4],
                _parse_feats(columns[5]),
                head,
                deprel if deprel != "_" else "dep",
                start,
                end,
                form,
                position == 0,
                space_after,
                *_readings(lemma, text, form, upos),
            )
            append(word)
    check_tree(words, lineno=raw.lineno, source=source)
    return SentenceGraph(
        index=index, words=tuple(words), start=offsets[0][0], end=offsets[-1][1], sent_id=raw.comments.get("sent_id")
    )


def _token_space_after(token: _RawToken) -> bool:
    if not token.space_after:
        return False
    if len(token.words) == 1:
        return "SpaceAfter=No" not in token.words[0][9]
    return True


def _rebuild_text(raw_document: _RawDocument) -> tuple[str, list[list[tuple[int, int]]]]:
    """Text from token forms joined by SpaceAfter, sentences joined by one space."""
    pieces: list[str] = []
    offsets: list[list[tuple[int, int]]] = []
    cursor = 0
    for sentence_number, sentence in enumerate(raw_document.sentences):
        if sentence_number:
            pieces.append(" ")
            cursor += 1
        sentence_offsets: list[tuple[int, int]] = []
        for position, token in enumerate(sentence.tokens):
            sentence_offsets.append((cursor, cursor + len(token.form)))
            pieces.append(token.form)
            cursor += len(token.form)
            if position < len(sentence.tokens) - 1 and _token_space_after(token):
                pieces.append(" ")
                cursor += 1
        offsets.append(sentence_offsets)
    return "".join(pieces), offsets


def _aligned_offsets(text: str, raw_document: _RawDocument, source: str | None) -> list[list[tuple[int, int]]]:
    """Offsets from MISC start_char/end_char, which index `text` exactly."""
    offsets: list[list[tuple[int, int]]] = []
    for sentence in raw_document.sentences:
        sentence_offsets = []
        for token in sentence.tokens:
            found = _offsets_from_misc(token)
            if found is None or text[found[0] : found[1]] != token.form:
                raise ConlluError(
                    f"token {token.form!r} has no start_char/end_char that index the document text",
                    lineno=token.lineno,
                    source=source,
                )
            sentence_offsets.append(found)
        offsets.append(sentence_offsets)
    return offsets


def documents_from_conllu(text: str, *, source: str | None = None, default_id: str = "doc") -> list[ParsedDocument]:
    """Read CoNLL-U into documents, split at ``# newdoc id = …``.

    A document written by :meth:`ParsedDocument.to_conllu` keeps its exact
    text and offsets; any other document's text is its sentences' token forms
    joined according to SpaceAfter, sentences joined by one space.
    """
    documents = []
    for number, raw_document in enumerate(_raw_documents(text, source), 1):
        doc_id = raw_document.doc_id or (default_id if number == 1 else f"{default_id}-{number}")
        tagged = _ENTITY_TAGS_KEY in raw_document.comments
        if _DOC_TEXT_KEY in raw_document.comments:
            try:
                document_text = json.loads(raw_document.comments[_DOC_TEXT_KEY])
            except json.JSONDecodeError as exc:
                raise ConlluError(f"# {_DOC_TEXT_KEY} is not a JSON string", source=source) from exc
            if not isinstance(document_text, str):
                raise ConlluError(f"# {_DOC_TEXT_KEY} is not a JSON string", source=source)
            document_text, _ = replace_surrogates(document_text)  # a lone surrogate cannot be written out again
            read = _plain_document(document_text, raw_document, tagged)
            if read is None:
                read = _general_document(raw_document, _aligned_offsets(document_text, raw_document, source), tagged)
        else:
            document_text, offsets = _rebuild_text(raw_document)
            read = _general_document(raw_document, offsets, tagged)
        sentences, tags = read
        documents.append(ParsedDocument(doc_id=doc_id, text=document_text, sentences=sentences, entity_tags=tags))
    return documents


_Read = tuple[tuple[SentenceGraph, ...], tuple[tuple[str, ...], ...] | None]


def _general_document(raw_document: _RawDocument, offsets: list[list[tuple[int, int]]], tagged: bool) -> _Read:
    """A document's sentences and entity tags (None: not tagged), from its tokens and their offsets."""
    sentences = tuple(
        _build_sentence(sentence, index, sentence_offsets, raw_document.source)
        for index, (sentence, sentence_offsets) in enumerate(zip(raw_document.sentences, offsets, strict=True))
    )
    return sentences, (_entity_tags(raw_document) if tagged else None)


def _plain_document(text: str, raw_document: _RawDocument, tagged: bool) -> _Read | None:
    """What :func:`_general_document` reads, column by column, for a document as `quotes parse` writes it:
    ids 1, 2, 3 …, no multi-word token, ``start_char=…|end_char=…`` first in MISC and indexing `text`, numeric heads,
    a tree. None for any other document: the general reader then reads it, and reports what is wrong in order."""
    sentences: list[SentenceGraph] = []
    tagged_sentences: list[tuple[str, ...]] = []
    for index, block in enumerate(raw_document.blocks):
        read = _plain_sentence(text, block, index, tagged) if isinstance(block, _Block) else None
        if read is None:
            return None
        sentences.append(read[0])
        tagged_sentences.append(read[1])
    return tuple(sentences), (tuple(tagged_sentences) if tagged else None)


def _plain_sentence(text: str, block: _Block, index: int, tagged: bool) -> tuple[SentenceGraph, tuple[str, ...]] | None:
    """One sentence of :func:`_plain_document` and its entity tags (empty when not `tagged`); None where the rows
    are not as `quotes parse` writes them.

    Read column by column: each step is one call over all the rows (split, transpose, one regular expression over
    the MISC column, int, slicing, the readings' cache), not Python work per row."""
    count = len(block.lines)
    _, forms, lemmas, upos, xpos, feats, head_texts, deprels, _, miscs = zip(*map(str.split, block.lines, repeat("\t")), strict=True)
    found = _PLAIN_MISC.findall("\n".join(miscs))
    if len(found) != count or not all(map(str.isdigit, head_texts)):
        return None
    start_texts, end_texts, mores = zip(*found, strict=True)
    more = "\n".join(mores)
    starts, ends, heads = list(map(int, start_texts)), list(map(int, end_texts)), list(map(int, head_texts))
    if "_char=" in more or tuple(map(text.__getitem__, map(slice, starts, ends))) != forms:
        return None
    if max(heads) > count or any(map(operator.eq, heads, range(1, count + 1))):
        return None  # a head outside the sentence, a word its own head
    if "_" in lemmas:
        lemmas = tuple(form if lemma == "_" else lemma for form, lemma in zip(forms, lemmas, strict=True))
    if "_" in upos:
        upos = tuple("X" if tag == "_" else tag for tag in upos)
    if "_" in deprels:
        deprels = tuple("dep" if deprel == "_" else deprel for deprel in deprels)
    spaces = ["SpaceAfter=No" not in item for item in mores] if "SpaceAfter=No" in more else repeat(True)
    lemma_keys, keys, token_keys, trigger_keys, spellings = zip(*map(_readings, lemmas, forms, forms, upos), strict=True)
    # positional, in Word's field order, as in _build_sentence
    words = tuple(
        map(Word, range(1, count + 1), forms, lemmas, upos, xpos, map(_parse_feats, feats), heads, deprels, starts, ends,
            forms, repeat(True), spaces, lemma_keys, keys, token_keys, trigger_keys, spellings)
    )
    children = _tree_children(words)
    if children is None:
        return None
    sentence = SentenceGraph(index=index, words=words, start=starts[0], end=ends[-1], sent_id=block.comments.get("sent_id"))
    sentence.__dict__["_child_words"] = children  # what its cached property would build
    if not tagged:
        return sentence, ()
    if "NER=" not in more:
        return sentence, ("O",) * count
    return sentence, tuple(_ner_tag(item) if "NER=" in item else "O" for item in mores)


#: MISC as `quotes parse` writes it, one row a line: ``start_char=…|end_char=…``, then anything (SpaceAfter=No, NER=…).
_PLAIN_MISC = re.compile(r"^start_char=([0-9]+)\|end_char=([0-9]+)(?:\|(.*))?$", re.MULTILINE)


def _tree_children(words: tuple[Word, ...]) -> tuple[tuple[Word, ...], ...] | None:
    """Each word's dependents (at 0: the root's), in sentence order, as SentenceGraph keeps them, where the words'
    heads, each inside the sentence and none a word's own index, form one tree (one root, no cycle: what
    :func:`check_tree` accepts); None where they do not."""
    table: list[list[Word]] = [[] for _ in range(len(words) + 1)]
    for word in words:
        table[word.head].append(word)
    if len(table[0]) != 1:
        return None
    # every word hangs from one head, so a walk down from the root meets each word once; those it never meets sit
    # on a cycle (or below one)
    reached, stack = 0, list(table[0])
    while stack:
        word = stack.pop()
        reached += 1
        stack.extend(table[word.index])
    return tuple(map(tuple, table)) if reached == len(words) else None


def _ner_tag(misc: str) -> str:
    """The ``NER=`` tag of a MISC column (O where none is written)."""
    for item in misc.split("|"):
        if item.startswith("NER="):
            return item[4:]
    return "O"


def _entity_tags(raw_document: _RawDocument) -> tuple[tuple[str, ...], ...]:
    """Each word's ``NER=`` tag from MISC (O where none is written)."""
    tagged = []
    for sentence in raw_document.sentences:
        tags = []
        for token in sentence.tokens:
            for columns in token.words:
                misc = columns[9]
                tags.append(_ner_tag(misc) if "NER=" in misc else "O")
        tagged.append(tuple(tags))
    return tuple(tagged)


def sentence_from_conllu(text: str) -> tuple[str, SentenceGraph]:
    """One sentence from CoNLL-U: its text and its graph (for tests and rule examples)."""
    documents = documents_from_conllu(text)
    if len(documents) != 1 or len(documents[0].sentences) != 1:
        raise ConlluError("expected exactly one sentence")
    return documents[0].text, documents[0].sentences[0]


# ---------------------------------------------------------------- Stanza


def document_from_stanza(stanza_document: Any, *, doc_id: str, text: str) -> ParsedDocument:
    """Convert a Stanza ``Document`` parsed from `text` into a :class:`ParsedDocument`."""
    sentences: list[SentenceGraph] = []
    for stanza_sentence in stanza_document.sentences:
        words: list[Word] = []
        for token in stanza_sentence.tokens:
            token_start, token_end = int(token.start_char), int(token.end_char)
            token_text = text[token_start:token_end]
            space_after = "SpaceAfter=No" not in (token.misc or "")
            word_offsets = clitic_offsets(token_text, token_start, token_end, [word.text for word in token.words])
            for position, stanza_word in enumerate(token.words):
                start, end = word_offsets[position]
                head = stanza_word.head if stanza_word.head is not None else 0
                words.append(
                    Word(
                        index=int(stanza_word.id),
                        text=stanza_word.text,
                        lemma=stanza_word.lemma or stanza_word.text,
                        upos=stanza_word.upos or "X",
                        xpos=stanza_word.xpos or "_",
                        feats=_parse_feats(stanza_word.feats or "_"),
                        head=int(head),
                        deprel=stanza_word.deprel or "dep",
                        start=start,
                        end=end,
                        token_text=token_text,
                        token_first=position == 0,
                        space_after=space_after,
                    )
                )
        if not words:
            continue
        sentences.append(
            SentenceGraph(index=len(sentences), words=tuple(words), start=words[0].start, end=words[-1].end)
        )
    return ParsedDocument(doc_id=doc_id, text=text, sentences=tuple(sentences))



def shift_document(document: ParsedDocument, offset: int, first_index: int) -> tuple[SentenceGraph, ...]:
    """The sentences of `document` (parsed from a slice of a larger text) in the larger text's offsets."""
    shifted = []
    for position, sentence in enumerate(document.sentences):
        words = tuple(attrs.evolve(word, start=word.start + offset, end=word.end + offset) for word in sentence.words)
        shifted.append(
            attrs.evolve(
                sentence,
                index=first_index + position,
                words=words,
                start=sentence.start + offset,
                end=sentence.end + offset,
            )
        )
    return tuple(shifted)


def tag_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Word ranges [first, last) and types of a BIO or BIOES tag sequence."""
    spans: list[tuple[int, int, str]] = []
    if tags.count("O") == len(tags):
        return spans  # most sentences name nothing
    start, kind = -1, ""
    for index, tag in enumerate([*tags, "O"]):
        prefix, label = tag[:1], tag[2:]
        if start >= 0 and (prefix in ("O", "B", "S") or label != kind):
            spans.append((start, index, kind))
            start = -1
        if prefix in ("B", "S") or (prefix in ("I", "E") and start < 0):
            start, kind = index, label
        if prefix in ("E", "S") and start >= 0:
            spans.append((start, index + 1, kind))
            start = -1
    return spans
