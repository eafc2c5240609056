"""Input readers and the JSONL writer.

Every input — a ``.txt`` file, a folder of them, a ``.jsonl`` (or
``.jsonl.gz``) of documents, a ``.conllu`` file or ``-`` for stdin — is read
lazily into a stream of :class:`Document` items. An item that cannot be read
does not raise: it comes out of the stream as an :class:`Unreadable` that says
where it was (input, line, document id when known) and why, so a batch run
records it and goes on.

>>> for item in read_inputs(["news.jsonl"], ReadOptions(text_field="body")):
...     print(item)
"""

from __future__ import annotations

import gzip
import itertools
import json
import operator
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import attrs

from quotes.errors import InputError
from quotes.htmltext import visible_text
from quotes.normalize import replace_surrogates
from quotes.textcheck import DEFAULT_MAX_CHARS, text_problem

#: Formats an input can be read as; ``auto`` decides from the file name (or, for stdin, the first bytes).
FORMATS = ("auto", "txt", "jsonl", "conllu")
#: What to do with bytes that are not UTF-8: refuse the document (an error record) or replace them with U+FFFD and warn.
ENCODING_ERRORS = ("strict", "replace")
#: File names read as text in a folder (case-insensitive); every other entry is listed as skipped.
TEXT_SUFFIXES = (".txt", ".text")

@attrs.frozen
class ReadOptions:
    """How to read inputs: field names of JSONL records, a forced format, the longest document accepted."""

    id_field: str = "id"
    text_field: str = "text"
    format: str = "auto"
    max_chars: int = DEFAULT_MAX_CHARS
    encoding_errors: str = "strict"
    #: Read each text as HTML (:func:`quotes.htmltext.visible_text`): offsets stay offsets into the HTML.
    html: bool = False

    def __attrs_post_init__(self) -> None:
        if self.format not in FORMATS:
            raise InputError(f"unknown input format {self.format!r}; expected one of: {', '.join(FORMATS)}")
        if self.encoding_errors not in ENCODING_ERRORS:
            raise InputError(f"unknown encoding-errors mode {self.encoding_errors!r}; expected one of: {', '.join(ENCODING_ERRORS)}")


@attrs.frozen
class Document:
    """One document to process: raw `text`, or one CoNLL-U document (`conllu`) already parsed.

    `input` and `line` say where it came from (line: the JSONL line or the CoNLL-U
    ``# newdoc`` line; None for a whole file). `meta` is every other field of the
    input record, carried to each quote record. `warnings` say what the reader
    repaired (bytes that were not UTF-8, lone surrogates) for the run to report.
    """

    input: str
    line: int | None
    doc_id: str
    text: str | None = None
    conllu: str | None = None
    meta: Mapping[str, Any] = attrs.field(factory=dict, eq=False, hash=False)
    warnings: tuple[str, ...] = attrs.field(default=(), eq=False, hash=False)

    @property
    def size(self) -> int:
        """Characters of input this document stands for (text, or its CoNLL-U block)."""
        return len(self.text if self.text is not None else self.conllu or "")


@attrs.frozen
class Unreadable:
    """An input item that is not a usable document: where it is, what kind of problem, and why."""

    input: str
    line: int | None
    doc_id: str | None
    kind: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """The error record written to ``--errors``."""
        return {"input": self.input, "line": self.line, "doc_id": self.doc_id, "kind": self.kind, "reason": self.reason}

    def to_error(self) -> InputError:
        return InputError(self.reason, source=self.input, lineno=self.line, doc_id=self.doc_id)

    @classmethod
    def from_document(cls, document: Document, kind: str, reason: str) -> Unreadable:
        return cls(document.input, document.line, document.doc_id, kind, reason)


@attrs.frozen
class Skipped:
    """An entry of an input folder that is not read (not a text file): listed in the run's summary."""

    input: str
    reason: str


Item = Document | Unreadable | Skipped


def _checked(document: Document, text: str, max_chars: int) -> Document | Unreadable:
    problem = text_problem(text, max_chars)
    return Unreadable.from_document(document, *problem) if problem else document


def _decode(data: bytes, errors: str = "strict") -> tuple[str | None, tuple[str, str]]:
    """``(text, ("", warning))``, or ``(None, (kind, reason))`` for bytes that are binary or not UTF-8.

    With `errors` ``replace``, bytes that are not UTF-8 become U+FFFD and the warning says how many and where.
    """
    if b"\x00" in data:
        return None, ("binary", "binary data (NUL bytes)")
    try:
        return data.decode("utf-8"), ("", "")
    except UnicodeDecodeError as exc:
        where = f"at byte {exc.start}: {data[exc.start : exc.start + 4]!r}"
        if errors != "replace":
            return None, ("invalid_utf8", f"invalid UTF-8 {where}; read it anyway with --encoding-errors replace")
        text = data.decode("utf-8", errors="replace")
        replaced = text.count("\ufffd") - data.count("\ufffd".encode())
        return text, ("", f"{replaced:,} invalid UTF-8 sequence{'s' if replaced != 1 else ''} replaced by U+FFFD (the first {where})")


def _surrogate_free(value: Any) -> tuple[Any, int]:
    """A decoded JSON value with every lone surrogate in its strings (keys too) replaced by U+FFFD, and how many."""
    if isinstance(value, str):
        return replace_surrogates(value)
    if isinstance(value, list):
        cleaned = [_surrogate_free(item) for item in value]
        return [item for item, _ in cleaned], sum(count for _, count in cleaned)
    if isinstance(value, dict):
        total = 0
        found: dict[str, Any] = {}
        for key, item in value.items():
            key, in_key = replace_surrogates(key)
            found[key], in_item = _surrogate_free(item)
            total += in_key + in_item
        return found, total
    return value, 0


def _surrogate_warning(count: int) -> tuple[str, ...]:
    if not count:
        return ()
    return (f"{count:,} lone surrogate{'s' if count != 1 else ''} (a character cut in half) replaced by U+FFFD",)


# ---------------------------------------------------------------- readers


def read_text_file(path: Path, options: ReadOptions, *, name: str | None = None, doc_id: str | None = None) -> Item:
    """A ``.txt`` file as one document, its id the file name without extension."""
    source = name or str(path)
    identifier = doc_id or path.stem
    problem = _not_a_file(path)
    if problem is not None:
        return Unreadable(source, None, identifier, *problem)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Unreadable(source, None, identifier, "unreadable", f"cannot read the file: {exc.strerror or exc}")
    return _text_item(data, source, identifier, options)


def _not_a_file(path: Path) -> tuple[str, str] | None:
    """Why `path` cannot be read as a file without hanging or failing (a broken link, a FIFO, a device), or None."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if path.is_symlink():
            return "unreadable", f"a broken symbolic link (to {os.readlink(path)!r})"
        return "unreadable", "the file vanished while the run read its folder"
    except OSError as exc:
        return "unreadable", f"cannot read the file: {exc.strerror or exc}"
    if stat.S_ISREG(mode):
        return None
    kind = "a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device or special file"
    return "not_a_file", f"{kind}, not a regular file: not read (it could block the run)"


def _text_item(data: bytes, source: str, doc_id: str, options: ReadOptions) -> Item:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text, (kind, reason) = _decode(data, options.encoding_errors)
    if text is None:
        return Unreadable(source, None, doc_id, kind, reason)
    warnings = (reason,) if reason else ()
    text = visible_text(text) if options.html else text
    return _checked(Document(source, None, doc_id, text=text, warnings=warnings), text, options.max_chars)


def folder_entries(path: Path) -> list[tuple[Path, tuple[str, str] | None]]:
    """Every entry under `path`, sorted: ``(file, None)`` for a text file to read, else ``(entry, (kind, why))``.

    `kind` is ``skipped`` for an entry that is not a text file (listed in the summary), or the kind of
    error record for a folder that cannot be read.
    """
    found: list[tuple[Path, tuple[str, str] | None]] = []

    def unreadable(exc: OSError) -> None:
        found.append((Path(exc.filename or path), ("unreadable", f"cannot read the folder: {exc.strerror or exc}")))

    for folder, subfolders, files in os.walk(path, onerror=unreadable):
        base = Path(folder)
        for name in list(subfolders):
            if (base / name).is_symlink():
                subfolders.remove(name)
                found.append((base / name, ("skipped", "a symbolic link to a folder (not followed)")))
        for name in files:
            entry = base / name
            if entry.suffix.lower() in TEXT_SUFFIXES:
                found.append((entry, None))
            else:
                found.append((entry, ("skipped", f"not a text file ({', '.join(TEXT_SUFFIXES)})")))
    return sorted(found, key=lambda pair: str(pair[0]))


def read_folder(path: Path, options: ReadOptions) -> Iterator[Item]:
    """Every entry under `path` (sorted, recursive): each text file is a document whose id is its path relative
    to the folder without extension; an unreadable folder or file is an :class:`Unreadable`; any other entry a
    :class:`Skipped`."""
    for entry, problem in folder_entries(path):
        relative = entry.relative_to(path).with_suffix("").as_posix() if entry != path else path.name
        if problem is None:
            yield read_text_file(entry, options, name=str(entry), doc_id=relative)
        elif problem[0] == "skipped":
            yield Skipped(str(entry), problem[1])
        else:
            yield Unreadable(str(entry), None, None, *problem)


def read_jsonl_lines(lines: Iterable[bytes], source: str, options: ReadOptions) -> Iterator[Item]:
    """Documents from JSONL lines: one JSON object per line; blank lines are ignored."""
    stem = _stem(source)
    for lineno, raw in enumerate(lines, 1):
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        raw = raw.rstrip(b"\r\n")
        if not raw.strip():
            continue
        yield _jsonl_item(raw, source, lineno, stem, options)


def _jsonl_item(raw: bytes, source: str, lineno: int, stem: str, options: ReadOptions) -> Item:
    line, (kind, reason) = _decode(raw, options.encoding_errors)
    if line is None:
        return Unreadable(source, lineno, None, kind, reason)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Unreadable(source, lineno, None, "malformed_json", f"not valid JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:
        return Unreadable(source, lineno, None, "malformed_json", "not valid JSON: nested too deeply")
    if not isinstance(record, dict):
        return Unreadable(source, lineno, None, "not_object", f"expected a JSON object per line, found {_json_type(record)}")
    item = document_from_record(record, source, lineno, options, default_id=f"{stem}-{lineno}")
    if reason and isinstance(item, Document):
        item = attrs.evolve(item, warnings=(reason, *item.warnings))
    return item


def document_from_record(
    record: Mapping[str, Any], source: str, lineno: int | None, options: ReadOptions, *, default_id: str
) -> Document | Unreadable:
    """A document from a decoded record ``{"id", "text", ...}``; every other field becomes its `meta`.

    The id is a string or an integer (written as a string); a missing or null id becomes `default_id`; any
    other id is an error record. Lone surrogates anywhere in the record are replaced by U+FFFD, with a warning.
    """
    record, surrogates = _surrogate_free(dict(record))
    raw_id = record.get(options.id_field)
    if raw_id is None:
        doc_id = default_id
    elif isinstance(raw_id, str | int) and not isinstance(raw_id, bool) and str(raw_id).strip():
        doc_id = str(raw_id)
    else:
        shown = "an empty string" if isinstance(raw_id, str) else _json_type(raw_id)
        return Unreadable(
            source, lineno, None, "bad_id", f"field {options.id_field!r} is {shown}; a document id is a non-empty string or an integer"
        )
    if options.text_field not in record:
        fields = ", ".join(sorted(record)) or "none"
        return Unreadable(
            source,
            lineno,
            doc_id,
            "missing_text",
            f"no {options.text_field!r} field (fields: {fields}); choose the text field with --text-field",
        )
    text = record[options.text_field]
    if not isinstance(text, str):
        return Unreadable(
            source,
            lineno,
            doc_id,
            "text_not_string",
            f"field {options.text_field!r} is {_json_type(text)}, not a string",
        )
    meta = {key: value for key, value in record.items() if key not in (options.id_field, options.text_field)}
    text = visible_text(text) if options.html else text
    document = Document(source, lineno, doc_id, text=text, meta=meta, warnings=_surrogate_warning(surrogates))
    return _checked(document, text, options.max_chars)


def _json_type(value: Any) -> str:
    names = {
        type(None): "null",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        list: "a list",
        dict: "an object",
        str: "a string",
    }
    return names.get(type(value), type(value).__name__)


_META_KEY = "meta_json"


#: ``#`` and ``\n``, as bytes of a line read, and a line's first and last byte.
_HASH = ord("#")
_NEWLINE = ord("\n")
_FIRST_BYTE = operator.itemgetter(0)
_LAST_BYTE = operator.itemgetter(-1)


def read_conllu_lines(lines: Iterable[bytes], source: str, options: ReadOptions) -> Iterator[Item]:
    """One item per ``# newdoc`` document of a CoNLL-U stream, without parsing the trees (workers do)."""
    del options
    stem = _stem(source)
    block: list[bytes] = []  # the sentence block being read: a newdoc comment starts a document only here
    block_start = 1
    document: list[bytes] = []
    document_start = 1
    number = 0
    for lineno, raw in enumerate(lines, 1):
        if raw.isspace() or not raw:  # a blank line (isspace: no stripped copy made of every line)
            document.extend(block)
            document.append(b"\n")
            block, block_start = [], lineno + 1
            continue
        # a row's first byte tells it from a comment before any method call (whose arguments cost more to read)
        if raw[0] == _HASH and raw.startswith(b"# newdoc") and all(line.startswith(b"#") for line in block):
            if any(not line.startswith(b"#") and line.strip() for line in document):
                number += 1
                yield _conllu_item(document, source, document_start, stem, number)
            document, document_start = [], block_start
        block.append(raw)
    document.extend(block)
    if any(not line.startswith(b"#") and line.strip() for line in document):
        yield _conllu_item(document, source, document_start, stem, number + 1)


def _conllu_item(lines: list[bytes], source: str, first_line: int, stem: str, number: int) -> Item:
    doc_id = None
    meta: dict[str, Any] = {}
    # the comment lines alone, with their offsets: a document's rows are passed over without a step of Python each
    # (told by their first byte: no line is empty, a blank one is b"\n"; bytes.startswith parses its arguments as a
    # tuple, some 400 instructions a line)
    for offset, raw in itertools.compress(enumerate(lines), map(_HASH.__eq__, map(_FIRST_BYTE, lines))):
        name, equals, value = raw[1:].partition(b"=")
        key = name.strip()
        if not equals or key not in (b"newdoc id", b"newdoc", _META_KEY.encode()):
            continue
        text, _ = _decode(value.strip())
        if key == _META_KEY.encode():
            try:
                found = json.loads(text or "")
            except json.JSONDecodeError:
                return Unreadable(source, first_line + offset, doc_id, "conllu", f"# {_META_KEY} is not valid JSON")
            meta = _surrogate_free(found)[0] if isinstance(found, dict) else {}
        elif doc_id is None:
            doc_id = text
    identifier = doc_id or (stem if number == 1 else f"{stem}-{number}")
    if all(map(_NEWLINE.__eq__, map(_LAST_BYTE, lines))):  # every line but a file's last one
        data = b"".join(lines)
    else:
        data = b"".join(line if line.endswith(b"\n") else line + b"\n" for line in lines)
    conllu, problem = _decode(data)
    if conllu is None:
        # Locate the bad line for the error record.
        for offset, line in enumerate(lines):
            text, line_problem = _decode(line)
            if text is None:
                return Unreadable(source, first_line + offset, identifier, *line_problem)
        return Unreadable(source, first_line, identifier, *problem)
    if b"\r" in data:  # looked for in the bytes: a search of the decoded text costs about as much as the replace
        conllu = conllu.replace("\r\n", "\n")
    return Document(source, first_line, identifier, conllu=conllu, meta=meta)


def conllu_with_meta(conllu: str, meta: Mapping[str, Any]) -> str:
    """`conllu` (one document from :meth:`ParsedDocument.to_conllu`) with its `meta` kept in a comment line."""
    if not meta:
        return conllu
    head, newline, rest = conllu.partition("\n")
    return f"{head}\n# {_META_KEY} = {json.dumps(dict(meta), ensure_ascii=False)}{newline}{rest}"


def _stem(source: str) -> str:
    name = Path(source).name.strip("<>")
    for suffix in (".gz", ".jsonl", ".json", ".conllu", ".txt"):
        name = name.removesuffix(suffix)
    return name or "stdin"


# ---------------------------------------------------------------- dispatch


def input_format(path: str, options: ReadOptions) -> str:
    """The format `path` is read as: ``txt``, ``folder``, ``jsonl`` or ``conllu``."""
    if path == "-":
        return options.format if options.format != "auto" else "sniff"
    if Path(path).is_dir():
        return "folder"
    if options.format != "auto":
        return options.format
    name = path.lower().removesuffix(".gz")
    for suffix, kind in ((".txt", "txt"), (".jsonl", "jsonl"), (".ndjson", "jsonl"), (".conllu", "conllu")):
        if name.endswith(suffix):
            return kind
    raise InputError(
        f"cannot tell the format of {path!r} from its name; expected .txt, .jsonl, .jsonl.gz, .conllu, "
        "a folder of .txt files or - for stdin, or name it with --format"
    )


def check_inputs(paths: Iterable[str], options: ReadOptions) -> list[str]:
    """The inputs, after checking each exists and has a known format (a bad path stops the run before it starts)."""
    checked = []
    for path in paths:
        if path != "-" and not Path(path).exists():
            raise InputError(f"no such file or folder: {path!r}")
        input_format(path, options)
        checked.append(path)
    if not checked:
        raise InputError("no inputs given; pass files, folders or - for stdin")
    return checked


def read_inputs(paths: Iterable[str], options: ReadOptions | None = None, *, stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Every document of every input, in order, lazily."""
    options = options or ReadOptions()
    for path in paths:
        yield from read_input(path, options, stdin=stdin)


def read_input(path: str, options: ReadOptions, *, stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Every document of one input, in order, lazily."""
    kind = input_format(path, options)
    if kind == "folder":
        yield from read_folder(Path(path), options)
        return
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        yield from _read_stream(stream, "<stdin>", kind, options)
        return
    if kind == "txt" and not path.endswith(".gz"):
        yield read_text_file(Path(path), options)
        return
    problem = _not_a_file(Path(path))
    if problem is not None:
        yield Unreadable(path, None, None, *problem)
        return
    with _open(path) as stream:
        lines = _CountedLines(stream)
        try:
            yield from _read_stream(lines, path, kind, options)
        except (EOFError, OSError, zlib.error) as exc:
            # A truncated or corrupt .gz (or a read error): what was read before stands.
            yield Unreadable(path, lines.count + 1, None, *_stream_problem(path, exc, lines.count))


def _stream_problem(path: str, exc: BaseException, lines: int) -> tuple[str, str]:
    after = f"after line {lines:,}; the documents before it were read" if lines else "before its first line"
    if path.endswith(".gz") and isinstance(exc, EOFError | zlib.error | gzip.BadGzipFile):
        cause = "truncated" if isinstance(exc, EOFError) else "corrupt"
        return f"{cause}_gzip", f"the gzip file is {cause} ({exc}) {after}"
    strerror = exc.strerror if isinstance(exc, OSError) else None
    return "unreadable", f"cannot read the file ({strerror or exc}) {after}"


class _CountedLines:
    """A binary stream read line by line (or whole) that counts the lines handed out."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self.count = 0

    def __iter__(self) -> Iterator[bytes]:
        for line in self._stream:
            self.count += 1
            yield line

    def read(self) -> bytes:
        return self._stream.read()


def _read_stream(stream: IO[bytes] | _CountedLines, source: str, kind: str, options: ReadOptions) -> Iterator[Item]:
    lines: Iterable[bytes] = stream
    if kind == "sniff":
        head, kind = _sniff(iter(stream))
        lines = itertools.chain(head, stream)
        if kind == "txt":
            yield _text_item(b"".join(lines), source, _stem(source), options)
            return
    if kind == "txt":
        yield _text_item(stream.read(), source, _stem(source), options)
    elif kind == "jsonl":
        yield from read_jsonl_lines(lines, source, options)
    else:
        yield from read_conllu_lines(lines, source, options)


#: A CoNLL-U word line: an id (1, 1-2 or 1.1) and nine more tab-separated columns.
_CONLLU_ROW = re.compile(rb"^\d+(?:[-.]\d+)?\t(?:[^\t]*\t){8}[^\t]*$")


def _sniff(lines: Iterator[bytes]) -> tuple[list[bytes], str]:
    """Guess stdin's format: JSONL starts with ``{``; CoNLL-U's first line that is no comment has its ten columns.

    Returns the lines read to decide (to be read again) and the format. Text may well start with ``#``
    (``#عاجل``): only the column structure makes CoNLL-U.
    """
    head: list[bytes] = []
    for line in lines:
        head.append(line)
        stripped = line.lstrip(b"\xef\xbb\xbf" if len(head) == 1 else b"").strip()
        if not stripped or stripped.startswith(b"#"):
            continue
        if stripped.startswith(b"{"):
            return head, "jsonl"
        return head, "conllu" if _CONLLU_ROW.match(line.rstrip(b"\r\n")) else "txt"
    return head, "txt"


def _open(path: str) -> IO[bytes]:
    if path.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]  # GzipFile is a binary stream
    return open(path, "rb")


def count_documents(paths: Iterable[str], options: ReadOptions) -> int | None:
    """A quick count of the documents in `paths` for a progress bar's total (None for stdin)."""
    total = 0
    for path in paths:
        kind = input_format(path, options)
        if path == "-":
            return None
        if kind == "folder":
            total += len(folder_entries(Path(path)))
        elif kind == "txt" or _not_a_file(Path(path)) is not None:
            total += 1
        else:
            total += _count_in_file(path, kind)
    return total


def _count_in_file(path: str, kind: str) -> int:
    marker = b"\n" if kind == "jsonl" else b"# newdoc"
    count = 0
    last = b""
    with _open(path) as stream:
        try:
            while chunk := stream.read(1 << 20):
                count += (last + chunk).count(marker) - last.count(marker)
                last = chunk[-16:]
        except (EOFError, OSError, zlib.error):
            return count + 1  # the reader gives the damage an error record of its own
    if kind == "jsonl" and last and not last.endswith(b"\n"):
        count += 1
    return max(count, 1 if kind == "conllu" else 0)


def input_fingerprint(paths: Iterable[str]) -> list[dict[str, Any]]:
    """Path, size and modification time of each input, to tell whether a resumed run reads the same data."""
    found: list[dict[str, Any]] = []
    for path in paths:
        if path == "-":
            found.append({"path": "-"})
            continue
        target = Path(path)
        files = [entry for entry, problem in folder_entries(target) if problem is None] if target.is_dir() else [target]
        stats = []
        for file in files:
            try:
                stats.append(file.stat())
            except OSError:
                continue  # a broken link: the reader gives it an error record
        size = sum(info.st_size for info in stats)
        mtime = max((info.st_mtime_ns for info in stats), default=0)
        found.append({"path": os.path.abspath(path), "files": len(files), "size": size, "mtime_ns": mtime})
    return found


# ---------------------------------------------------------------- writing


def jsonl_line(record: Mapping[str, Any]) -> bytes:
    """One JSONL line: UTF-8, Arabic kept as is, newline-terminated."""
    return _JSON.encode(record).encode("utf-8") + b"\n"


#: What ``json.dumps(record, ensure_ascii=False)`` builds for every call, built once.
_JSON = json.JSONEncoder(ensure_ascii=False)


class JsonlWriter:
    """Writes records as JSON lines to a binary stream; counts bytes so a run can checkpoint its position."""

    def __init__(self, stream: IO[bytes], *, position: int = 0) -> None:
        self.stream = stream
        self.position = position

    def write(self, record: Mapping[str, Any]) -> None:
        self.write_bytes(jsonl_line(record))

    def write_bytes(self, data: bytes) -> None:
        if data:
            self.stream.write(data)
            self.position += len(data)

    def flush(self) -> None:
        self.stream.flush()
