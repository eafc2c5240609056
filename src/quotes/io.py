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
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import attrs

from quotes.errors import InputError

#: Formats an input can be read as; ``auto`` decides from the file name (or, for stdin, the first bytes).
FORMATS = ("auto", "txt", "jsonl", "conllu")

#: Documents longer than this are refused by default: 1M characters is ~20 long articles in one,
#: and would hold a parser worker for many minutes. ``--max-chars`` raises the limit.
DEFAULT_MAX_CHARS = 1_000_000

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06fc\u0750-\u077f\u08a0-\u08ff]")
_ANY_LETTER = re.compile(r"[^\W\d_]")
# Control characters other than tab, newline, carriage return and form feed: in text they mean binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: Below this share of Arabic among the letters a document is not Arabic text.
MIN_ARABIC_SHARE = 0.25


@attrs.frozen
class ReadOptions:
    """How to read inputs: field names of JSONL records, a forced format, the longest document accepted."""

    id_field: str = "id"
    text_field: str = "text"
    format: str = "auto"
    max_chars: int = DEFAULT_MAX_CHARS

    def __attrs_post_init__(self) -> None:
        if self.format not in FORMATS:
            raise InputError(f"unknown input format {self.format!r}; expected one of: {', '.join(FORMATS)}")


@attrs.frozen
class Document:
    """One document to process: raw `text`, or one CoNLL-U document (`conllu`) already parsed.

    `input` and `line` say where it came from (line: the JSONL line or the CoNLL-U
    ``# newdoc`` line; None for a whole file). `meta` is every other field of the
    input record, carried to each quote record.
    """

    input: str
    line: int | None
    doc_id: str
    text: str | None = None
    conllu: str | None = None
    meta: Mapping[str, Any] = attrs.field(factory=dict, eq=False, hash=False)

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


Item = Document | Unreadable


# ---------------------------------------------------------------- text checks


def text_problem(text: str, max_chars: int = DEFAULT_MAX_CHARS) -> tuple[str, str] | None:
    """Why `text` cannot be processed, as ``(kind, reason)``, or None when it can."""
    if len(text) > max_chars:
        return "too_long", (
            f"document has {len(text):,} characters, more than the limit of {max_chars:,}; raise it with --max-chars to process it"
        )
    if not text.strip():
        return "empty", "document text is empty"
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 1000):
        return "binary", f"document looks like binary data ({controls:,} control characters in {len(text):,})"
    # A sample keeps the check cheap on long documents.
    sample = text if len(text) <= 20_000 else text[:10_000] + text[len(text) // 2 : len(text) // 2 + 10_000]
    letters = len(_ANY_LETTER.findall(sample))
    arabic = len(_ARABIC_LETTER.findall(sample))
    if letters == 0 or arabic / letters < MIN_ARABIC_SHARE:
        share = 0 if letters == 0 else round(100 * arabic / letters)
        return "not_arabic", f"document is not Arabic text ({share}% of its letters are Arabic)"
    return None


def _checked(document: Document, text: str, max_chars: int) -> Item:
    problem = text_problem(text, max_chars)
    return Unreadable.from_document(document, *problem) if problem else document


def _decode(data: bytes) -> tuple[str | None, tuple[str, str]]:
    """``(text, ("", ""))``, or ``(None, (kind, reason))`` for bytes that are binary or not UTF-8."""
    if b"\x00" in data:
        return None, ("binary", "binary data (NUL bytes)")
    try:
        return data.decode("utf-8"), ("", "")
    except UnicodeDecodeError as exc:
        return None, ("invalid_utf8", f"invalid UTF-8 at byte {exc.start}: {data[exc.start : exc.start + 4]!r}")


# ---------------------------------------------------------------- readers


def read_text_file(path: Path, options: ReadOptions, *, name: str | None = None, doc_id: str | None = None) -> Item:
    """A ``.txt`` file as one document, its id the file name without extension."""
    source = name or str(path)
    identifier = doc_id or path.stem
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Unreadable(source, None, identifier, "unreadable", f"cannot read the file: {exc.strerror or exc}")
    return _text_item(data, source, identifier, options)


def _text_item(data: bytes, source: str, doc_id: str, options: ReadOptions) -> Item:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text, problem = _decode(data)
    if text is None:
        return Unreadable(source, None, doc_id, *problem)
    return _checked(Document(source, None, doc_id, text=text), text, options.max_chars)


def read_folder(path: Path, options: ReadOptions) -> Iterator[Item]:
    """Every ``*.txt`` under `path` (sorted, recursive); ids are paths relative to the folder, without extension."""
    for file in sorted(path.rglob("*.txt")):
        relative = file.relative_to(path).with_suffix("")
        yield read_text_file(file, options, name=str(file), doc_id=relative.as_posix())


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
    line, problem = _decode(raw)
    if line is None:
        return Unreadable(source, lineno, None, *problem)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Unreadable(source, lineno, None, "malformed_json", f"not valid JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:
        return Unreadable(source, lineno, None, "malformed_json", "not valid JSON: nested too deeply")
    if not isinstance(record, dict):
        return Unreadable(source, lineno, None, "not_object", f"expected a JSON object per line, found {_json_type(record)}")
    return document_from_record(record, source, lineno, options, default_id=f"{stem}-{lineno}")


def document_from_record(record: Mapping[str, Any], source: str, lineno: int | None, options: ReadOptions, *, default_id: str) -> Item:
    """A document from a decoded record ``{"id", "text", ...}``; every other field becomes its `meta`."""
    raw_id = record.get(options.id_field)
    doc_id = str(raw_id) if isinstance(raw_id, str | int) and not isinstance(raw_id, bool) else default_id
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
    return _checked(Document(source, lineno, doc_id, text=text, meta=meta), text, options.max_chars)


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
        if not raw.strip():
            document.extend(block)
            document.append(b"\n")
            block, block_start = [], lineno + 1
            continue
        if raw.startswith(b"# newdoc") and all(line.startswith(b"#") for line in block):
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
    for offset, raw in enumerate(lines):
        if not raw.startswith(b"#"):
            continue
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
            meta = found if isinstance(found, dict) else {}
        elif doc_id is None:
            doc_id = text
    identifier = doc_id or (stem if number == 1 else f"{stem}-{number}")
    data = b"".join(line if line.endswith(b"\n") else line + b"\n" for line in lines)
    conllu, problem = _decode(data)
    if conllu is None:
        # Locate the bad line for the error record.
        for offset, line in enumerate(lines):
            text, line_problem = _decode(line)
            if text is None:
                return Unreadable(source, first_line + offset, identifier, *line_problem)
        return Unreadable(source, first_line, identifier, *problem)
    return Document(source, first_line, identifier, conllu=conllu.replace("\r\n", "\n"), meta=meta)


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
    with _open(path) as stream:
        yield from _read_stream(stream, path, kind, options)


def _read_stream(stream: IO[bytes], source: str, kind: str, options: ReadOptions) -> Iterator[Item]:
    if kind == "sniff":
        if not hasattr(stream, "peek"):
            stream = io.BufferedReader(stream)  # type: ignore[type-var]  # any readable binary stream will do
        kind = _sniff(stream)
    if kind == "txt":
        yield _text_item(stream.read(), source, _stem(source), options)
    elif kind == "jsonl":
        yield from read_jsonl_lines(stream, source, options)
    else:
        yield from read_conllu_lines(stream, source, options)


def _sniff(stream: IO[bytes]) -> str:
    """Guess stdin's format from its first bytes: ``{`` is JSONL, ``#`` or a tab-separated row is CoNLL-U."""
    head = stream.peek(4096)  # type: ignore[attr-defined]  # a BufferedReader, see _read_stream
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if first == b"{":
        return "jsonl"
    if first == b"#" or re.match(rb"\s*\d+(-\d+)?\t", head):
        return "conllu"
    return "txt"


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
            total += sum(1 for _ in Path(path).rglob("*.txt"))
        elif kind == "txt":
            total += 1
        else:
            marker = b"\n" if kind == "jsonl" else b"# newdoc"
            with _open(path) as stream:
                count = 0
                last = b""
                while chunk := stream.read(1 << 20):
                    count += (last + chunk).count(marker) - last.count(marker)
                    last = chunk[-16:]
                if kind == "jsonl" and last and not last.endswith(b"\n"):
                    count += 1
                total += max(count, 1 if kind == "conllu" else 0)
    return total


def input_fingerprint(paths: Iterable[str]) -> list[dict[str, Any]]:
    """Path, size and modification time of each input, to tell whether a resumed run reads the same data."""
    found: list[dict[str, Any]] = []
    for path in paths:
        if path == "-":
            found.append({"path": "-"})
            continue
        target = Path(path)
        files = sorted(target.rglob("*.txt")) if target.is_dir() else [target]
        size = sum(file.stat().st_size for file in files)
        mtime = max((file.stat().st_mtime_ns for file in files), default=0)
        found.append({"path": os.path.abspath(path), "files": len(files), "size": size, "mtime_ns": mtime})
    return found


# ---------------------------------------------------------------- writing


def jsonl_line(record: Mapping[str, Any]) -> bytes:
    """One JSONL line: UTF-8, Arabic kept as is, newline-terminated."""
    return json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"


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
