"""Lexicons: plain TSV word lists in ``rules/lexicons/``.

The first line names the columns; the first column is the key. Keys are
compared after :func:`quotes.normalize.normalize`; a key of several words
(`وفقا ل`) matches running text word by word, clitics attached or not.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cached_property
from pathlib import Path

import attrs

from quotes.errors import LexiconError
from quotes.normalize import normalize, strip_article

#: What a lexicon remembers of lookup: at most this many questions, then it forgets them all at once.
_LOOKED_UP_LIMIT = 16_384
_NOT_LOOKED_UP = object()


@attrs.frozen
class LexiconEntry:
    key: str
    written: str
    fields: Mapping[str, str] = attrs.field(eq=False, hash=False)

    def get(self, column: str) -> str | None:
        return self.fields.get(column)


# not slotted: attrs gives a slotted class with cached properties a __getattr__, which puts every attribute read
# through a slower lookup (issue 12); as with SentenceGraph, a cached value goes into the instance dict
@attrs.frozen(slots=False)
class Lexicon:
    """One word list: normalised key → entry."""

    name: str
    columns: tuple[str, ...]
    entries: Mapping[str, LexiconEntry] = attrs.field(eq=False, hash=False)
    path: str = ""

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def __iter__(self) -> Iterator[str]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, *keys: str) -> LexiconEntry | None:
        """The entry of the first key (normalised here) that the lexicon holds: remembered by the keys as written,
        which the rules look up again and again (the words between a title and a name, a cue's lemma)."""
        known = self._looked_up
        found = known.get(keys, _NOT_LOOKED_UP)
        if found is _NOT_LOOKED_UP:
            if len(known) >= _LOOKED_UP_LIMIT:
                known.clear()
            found = known[keys] = self._find(keys)
        return found  # type: ignore[return-value]

    def _find(self, keys: tuple[str, ...]) -> LexiconEntry | None:
        for key in keys:
            entry = self.entries.get(key) or self.entries.get(normalize(key))
            if entry is not None:
                return entry
        return None

    @cached_property
    def _looked_up(self) -> dict[tuple[str, ...], LexiconEntry | None]:
        """The answers of lookup so far, by the keys asked (bounded: emptied when full, as normalize's memory)."""
        return {}

    def by_column(self, column: str, inflect: Callable[[str], Iterable[str]] = lambda form: (form,)) -> dict[str, LexiconEntry]:
        """Entries by the normalised forms written in `column` (comma-separated), each inflected by `inflect`."""
        table: dict[str, LexiconEntry] = {}
        for entry in self.entries.values():
            for written in (entry.get(column) or "").split(","):
                if written.strip():
                    for form in inflect(normalize(written.strip())):
                        table.setdefault(form, entry)
        return table

    @cached_property
    def _by_prefix(self) -> dict[str, tuple[LexiconEntry, ...]]:
        """Entries by their first two letters (spaces ignored): `match_at` reads few."""
        table: dict[str, list[LexiconEntry]] = {}
        for key, entry in self.entries.items():
            table.setdefault(key.replace(" ", "")[:2], []).append(entry)
        return {prefix: tuple(entries) for prefix, entries in table.items()}

    @cached_property
    def glued_keys(self) -> frozenset[str]:
        """Every entry with its spaces removed: a sentence whose words' forms, joined, contain none of these
        holds no entry (what `match_at` compares is the same letters with the spaces ignored)."""
        return frozenset(key.replace(" ", "") for key in self.entries)

    @property
    def prefixes(self) -> frozenset[str]:
        """First two letters of every entry (spaces ignored): a cheap test before `match_at`."""
        return frozenset(self._by_prefix)

    @cached_property
    def first_words(self) -> frozenset[str]:
        """Keys a word must carry for an entry to start at it: first words, and their split clitic parts (ب + حسب)."""
        found: set[str] = set()
        for key in self.entries:
            first = key.split()[0]
            found.add(first)
            if len(first) > 2 and first[0] in _CLITIC_LETTERS:
                found.update((first[0], first[1:]))
        return frozenset(found)

    def match_at(self, normalized_text: str) -> LexiconEntry | None:
        """The longest entry that `normalized_text` starts with, spaces ignored.

        A final one-letter word of the entry (`ل` of `وفقا ل`) may be glued to
        what follows; otherwise the match must end at a word boundary.
        """
        compact = normalized_text.replace(" ", "")
        best: LexiconEntry | None = None
        for entry in self._by_prefix.get(compact[:2], ()):
            key = entry.key
            glued = key.replace(" ", "")
            if not compact.startswith(glued):
                continue
            last_word = key.split()[-1]
            if len(last_word) > 1:
                consumed = _consume(normalized_text, glued)
                if consumed < len(normalized_text) and normalized_text[consumed].isalpha():
                    continue
            if best is None or len(glued) > len(best.key.replace(" ", "")):
                best = entry
        return best


_CLITIC_LETTERS = "وفبلك"


def _consume(text: str, glued: str) -> int:
    """Index in `text` just past the characters of `glued` (spaces skipped)."""
    matched = 0
    position = 0
    while position < len(text) and matched < len(glued):
        if text[position] != " ":
            matched += 1
        position += 1
    return position


def synonym_map(lexicon: Lexicon | None, column: str = "same_as") -> dict[str, str]:
    """A lexicon of synonyms (``title_synonyms``: ناطق → متحدث) as normalised words without ال, each key to the
    word of `column` it is read as; empty when the rules have no such lexicon."""
    if lexicon is None:
        return {}
    return {strip_article(entry.key): strip_article(normalize(entry.get(column) or entry.key)) for entry in lexicon.entries.values()}


def read_as(words: Iterable[str], synonyms: Mapping[str, str]) -> tuple[str, ...]:
    """`words` with each one that `synonyms` (:func:`synonym_map`) lists read as the word it stands for."""
    return tuple(synonyms.get(word, word) for word in words)


def load_lexicon(path: Path) -> Lexicon:
    """Read one TSV lexicon; a malformed line is an error that names the line."""
    name = path.stem
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"cannot read lexicon: {exc}", path=str(path)) from exc
    columns: tuple[str, ...] | None = None
    entries: dict[str, LexiconEntry] = {}
    first_seen: dict[str, int] = {}
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if columns is None:
            if not all(_COLUMN_NAME.match(cell) for cell in cells):
                raise LexiconError(
                    f"the first line is not a header of column names (such as `lemma<TAB>class`) but {line.strip()!r}; "
                    "restore the header line",
                    path=str(path),
                    lineno=lineno,
                )
            columns = tuple(cells)
            continue
        if len(cells) > len(columns):
            raise LexiconError(
                f"{len(cells)} cells but the header names {len(columns)} columns ({', '.join(columns)})",
                path=str(path),
                lineno=lineno,
            )
        if len(cells) == 1 and len(columns) > 1:
            raise LexiconError(
                f"one cell but the header names {len(columns)} columns ({', '.join(columns)}): "
                "are the columns separated by spaces instead of tabs?",
                path=str(path),
                lineno=lineno,
            )
        written = cells[0]
        key = " ".join(normalize(written).split())
        if not key:
            raise LexiconError("empty key", path=str(path), lineno=lineno)
        if written in first_seen:
            raise LexiconError(f"duplicate entry {written!r}, first on line {first_seen[written]}", path=str(path), lineno=lineno)
        first_seen[written] = lineno
        fields = dict(zip(columns, cells, strict=False))
        entries.setdefault(key, LexiconEntry(key=key, written=written, fields=fields))
    if columns is None:
        raise LexiconError("no header line", path=str(path))
    return Lexicon(name=name, columns=columns, entries=entries, path=str(path))


_COLUMN_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")
#: The file beside the lexicons that closes a column's values: ``[lexicon] column = ["value", …]``.
VALUES_FILE = "values.toml"


def load_lexicons(folder: Path) -> dict[str, Lexicon]:
    """Every ``*.tsv`` in `folder`, by file stem; columns closed by ``values.toml`` are checked."""
    lexicons = {path.stem: load_lexicon(path) for path in sorted(folder.glob("*.tsv"))}
    check_values(folder / VALUES_FILE, lexicons)
    return lexicons


def check_values(path: Path, lexicons: Mapping[str, Lexicon]) -> None:
    """Every value of a closed column (a cue class, a role kind) is one that `path` lists: a typo is an error."""
    if not path.exists():
        return
    try:
        closed = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"cannot read the closed column values: {exc}", path=str(path)) from exc
    for name, columns in closed.items():
        lexicon = lexicons.get(name)
        if not isinstance(columns, dict):
            raise LexiconError(f"[{name}] must be a table of columns and their values", path=str(path))
        if lexicon is None:
            continue  # a folder holding only some of the lexicons (a test's)
        for column, allowed in columns.items():
            if column not in lexicon.columns:
                raise LexiconError(f"{name} has no column {column!r} (its columns: {', '.join(lexicon.columns)})", path=str(path))
            _check_column(lexicon, column, frozenset(str(value) for value in allowed), path)


def _check_column(lexicon: Lexicon, column: str, allowed: frozenset[str], values_path: Path) -> None:
    lines = Path(lexicon.path).read_text(encoding="utf-8").splitlines()
    position = lexicon.columns.index(column)
    for lineno, line in enumerate(lines, 1):
        cells = [cell.strip() for cell in line.split("\t")]
        if not line.strip() or line.lstrip().startswith("#") or tuple(cells) == lexicon.columns or len(cells) <= position:
            continue
        if cells[position] and cells[position] not in allowed:
            raise LexiconError(
                f"unknown {column} {cells[position]!r} of {cells[0]!r}; {values_path.name} allows: {', '.join(sorted(allowed))}",
                path=lexicon.path,
                lineno=lineno,
            )
