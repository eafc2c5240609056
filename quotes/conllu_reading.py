"""Reading CoNLL-U into :class:`~quotes.graph.ParsedDocument` objects: documents split at ``# newdoc``, tokens and
their words with exact character offsets (from MISC, or rebuilt from the text), the tree checked, and the rows that
`quotes parse` writes read on a fast path that remembers each spelling once per corpus."""

from __future__ import annotations

import functools
import json
import operator
import re
from collections.abc import Iterator
from functools import cached_property
from itertools import repeat
from typing import NamedTuple

import attrs

from quotes.errors import ConlluError
from quotes.graph import (
    DOC_TEXT_KEY,
    ENTITY_TAGS_KEY,
    ParsedDocument,
    SentenceGraph,
    Word,
    clitic_offsets,
    one_line,
    parse_feats,
    readings_of,
    remember_columns,
)
from quotes.normalize import replace_surrogates


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
                parse_feats(columns[5]),
                head,
                deprel if deprel != "_" else "dep",
                start,
                end,
                form,
                position == 0,
                space_after,
                *readings_of(lemma, text, form, upos),
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
            if found is None or one_line(text[found[0] : found[1]]) != token.form:
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
        tagged = ENTITY_TAGS_KEY in raw_document.comments
        if DOC_TEXT_KEY in raw_document.comments:
            try:
                document_text = json.loads(raw_document.comments[DOC_TEXT_KEY])
            except json.JSONDecodeError as exc:
                raise ConlluError(f"# {DOC_TEXT_KEY} is not a JSON string", source=source) from exc
            if not isinstance(document_text, str):
                raise ConlluError(f"# {DOC_TEXT_KEY} is not a JSON string", source=source)
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

    Read column by column: each step is one call over all the rows (one regular expression over the joined rows,
    the spellings' memory, int), not Python work per row."""
    count = len(block.lines)
    found = _PLAIN_ROW.findall("\n".join(block.lines))
    if len(found) != count:
        return None
    spelled, head_texts, deprels, start_texts, end_texts, mores = zip(*found, strict=True)
    spellings = list(map(_SPELLINGS.get, spelled))
    if None in spellings:
        spellings = [known or _spelling_read(row) for row, known in zip(spelled, spellings, strict=True)]
    forms, lemmas, upos, xpos, feats, lemma_keys, keys, token_keys, trigger_keys, spelling = zip(*spellings, strict=True)
    more = "\n".join(mores)
    starts, ends, heads = list(map(int, start_texts)), list(map(int, end_texts)), list(map(int, head_texts))
    if "_char=" in more or tuple(map(text.__getitem__, map(slice, starts, ends))) != forms:
        return None
    if max(heads) > count or any(map(operator.eq, heads, range(1, count + 1))):
        return None  # a head outside the sentence, a word its own head
    if "_" in deprels:
        deprels = tuple("dep" if deprel == "_" else deprel for deprel in deprels)
    spaces = ["SpaceAfter=No" not in item for item in mores] if "SpaceAfter=No" in more else repeat(True)
    # positional, in Word's field order, as in _build_sentence
    words = tuple(
        map(Word, range(1, count + 1), forms, lemmas, upos, xpos, feats, heads, deprels, starts, ends,
            forms, repeat(True), spaces, lemma_keys, keys, token_keys, trigger_keys, spelling)
    )
    children = _tree_children(words)
    if children is None:
        return None
    sentence = SentenceGraph(index=index, words=words, start=starts[0], end=ends[-1], sent_id=block.comments.get("sent_id"))
    remember_columns(sentence, children, starts, ends, keys)
    if not tagged:
        return sentence, ()
    if "NER=" not in more:
        return sentence, ("O",) * count
    return sentence, tuple(_ner_tag(item) if "NER=" in item else "O" for item in mores)


#: A row as `quotes parse` writes it, one a line: an id, the five columns of its spelling (FORM LEMMA UPOS XPOS FEATS,
#: one group), a numeric HEAD, DEPREL, DEPS, then MISC: ``start_char=…|end_char=…``, then anything (SpaceAfter=No,
#: NER=…). A column is ``[^\t]*``, which the engine scans one compare a character (``[^\t\n]*`` is a set, tested
#: item by item: the expression took a fifth longer); a column may then run into the next line, but such a match takes
#: two rows, so that the sentence has fewer matches than rows and goes to the general reader, as before.
_PLAIN_ROW = re.compile(
    r"^[0-9]+\t([^\t]*\t[^\t]*\t[^\t]*\t[^\t]*\t[^\t]*)\t([0-9]+)\t([^\t]*)\t[^\t]*\t"
    r"start_char=([0-9]+)\|end_char=([0-9]+)(?:\|(.*))?$",
    re.MULTILINE,
)

#: What a plain row's five spelling columns give a Word: `text`, `lemma`, `upos`, `xpos`, `feats`, then its readings
#: (`lemma_key`, `keys`, `token_keys`, `trigger_keys`, `spelling`).
_Spelled = tuple[
    str, str, str, str, tuple[tuple[str, str], ...], str, tuple[str, ...], tuple[str, ...], tuple[str, ...],
    tuple[str, str, str, str],
]

#: The spellings read so far, keyed by the five columns as written (``قال\tقال\tVERB\tVP-A-3MS--\tAspect=Perf|…``):
#: most rows of a corpus repeat one, so a row's strings, features and readings are one lookup of one string, and the
#: words spelled alike share them. Bounded: emptied when full, as normalize's memory; about 420 bytes an entry beyond
#: what the readings' cache holds (150 unseen articles hold some 19,000 spellings), so at most about 27 MiB.
_SPELLINGS: dict[str, _Spelled] = {}
_SPELLINGS_LIMIT = 65_536


def _spelling_read(row: str) -> _Spelled:
    """The spelling of five columns as written (see _SPELLINGS), remembered: ``_`` for a lemma reads as the form,
    for a tag as ``X``, as the general reader reads them."""
    known = _SPELLINGS.get(row)  # a sentence's rows were looked up at once: one may have been read since
    if known is not None:
        return known
    form, lemma, upos, xpos, feats = row.split("\t")
    if lemma == "_":
        lemma = form
    if upos == "_":
        upos = "X"
    spelled = (form, lemma, upos, xpos, parse_feats(feats), *readings_of(lemma, form, form, upos))
    if len(_SPELLINGS) >= _SPELLINGS_LIMIT:
        _SPELLINGS.clear()
    _SPELLINGS[row] = spelled
    return spelled


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

