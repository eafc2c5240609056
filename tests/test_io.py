"""Input readers: every kind of input becomes documents or located, explained failures."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from quotes.errors import InputError
from quotes.io import (
    Document,
    JsonlWriter,
    ReadOptions,
    Unreadable,
    check_inputs,
    conllu_with_meta,
    count_documents,
    read_conllu_lines,
    read_input,
    read_inputs,
    read_jsonl_lines,
    text_problem,
)

DATA = Path(__file__).parent / "data" / "batch"
SAID = 'وقال وزير الخارجية الروسي سيرجي لافروف إن انسحاب الولايات المتحدة من أفغانستان "فشل ذريع".'
ADDED = 'وأضاف: "لن نسمح بتكرار ما حدث في الموسم الماضي".'


def _jsonl(*lines: bytes) -> list[bytes]:
    return [line + b"\n" for line in lines]


def test_jsonl_record_becomes_a_document_with_its_other_fields_as_meta():
    record = {"id": "a1", "text": SAID, "url": "https://example.org/a1", "date": "2021-07-17", "source": "aawsat"}
    (item,) = read_jsonl_lines(_jsonl(json.dumps(record, ensure_ascii=False).encode()), "news.jsonl", ReadOptions())
    assert item == Document("news.jsonl", 1, "a1", text=SAID)
    assert item.meta == {"url": "https://example.org/a1", "date": "2021-07-17", "source": "aawsat"}


def test_field_names_are_configurable_and_a_missing_id_is_made_from_the_line():
    lines = _jsonl(b"", json.dumps({"body": ADDED, "title": "x"}, ensure_ascii=False).encode())
    (item,) = read_jsonl_lines(lines, "dir/news.jsonl.gz", ReadOptions(id_field="key", text_field="body"))
    assert isinstance(item, Document)
    assert (item.doc_id, item.line, item.text, dict(item.meta)) == ("news-2", 2, ADDED, {"title": "x"})


@pytest.mark.parametrize(
    ("line", "kind", "reason"),
    [
        (b'{"id": "a", "text": "\xd9\x82\xd8\xa7\xd9\x84', "malformed_json", "not valid JSON: Unterminated string"),
        (b'["id", "text"]', "not_object", "expected a JSON object per line, found a list"),
        (b'{"id": "a", "body": "x"}', "missing_text", "no 'text' field (fields: body, id); choose the text field"),
        (b'{"id": "a", "text": 42}', "text_not_string", "field 'text' is a number, not a string"),
        (b'{"id": "a", "text": null}', "text_not_string", "field 'text' is null, not a string"),
        (b'{"id": "a", "text": "\xd9\x82\xff\xfe"}', "invalid_utf8", "invalid UTF-8 at byte 23"),
        (b"\x00\x01\x02\x89PNG", "binary", "binary data (NUL bytes)"),
        (b'{"id": "a", "text": "  \\n "}', "empty", "document text is empty"),
        (b'{"id": "a", "text": "The minister said that talks would go on."}', "not_arabic", "not Arabic text (0%"),
        (b'{"id": "a", "text": "\\u0001\\u0002\\u0003\\u0004 \xd9\x82\xd8\xa7\xd9\x84"}', "binary", "binary data"),
    ],
)
def test_a_bad_line_is_an_unreadable_item_with_its_line_and_reason(line, kind, reason):
    items = list(
        read_jsonl_lines(_jsonl(b'{"id": "ok", "text": "%s"}' % ADDED.replace('"', '\\"').encode(), line), "bad.jsonl", ReadOptions())
    )
    assert isinstance(items[0], Document)
    bad = items[1]
    assert isinstance(bad, Unreadable)
    assert (bad.input, bad.line, bad.kind) == ("bad.jsonl", 2, kind)
    assert reason in bad.reason
    assert bad.doc_id == ("a" if line.startswith(b'{"id"') and kind not in ("malformed_json", "invalid_utf8") else None)


def test_unreadable_item_gives_an_error_record_and_a_located_input_error():
    bad = Unreadable("news.jsonl", 7, "a1", "empty", "document text is empty")
    assert bad.to_dict() == {"input": "news.jsonl", "line": 7, "doc_id": "a1", "kind": "empty", "reason": "document text is empty"}
    error = bad.to_error()
    assert isinstance(error, InputError)
    assert (error.source, error.lineno, error.doc_id) == ("news.jsonl", 7, "a1")
    assert str(error) == "news.jsonl:7 (doc a1): document text is empty"


def test_text_problems():
    assert text_problem(SAID) is None
    assert text_problem(SAID + " The end (English words around Arabic do not matter).") is None
    kind, reason = text_problem("ق" * 50, max_chars=10)
    assert kind == "too_long"
    assert reason == "document has 50 characters, more than the limit of 10; raise it with --max-chars to process it"
    assert text_problem("12345 67")[0] == "not_arabic"


def test_text_file_and_folder(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(ADDED, encoding="utf-8")
    (tmp_path / "one.txt").write_bytes(b"\xef\xbb\xbf" + SAID.encode())
    (tmp_path / "bad.txt").write_bytes(b"\xd9\x82\xc3")
    (tmp_path / "notes.md").write_text("ignored")
    items = list(read_input(str(tmp_path), ReadOptions()))
    assert [(item.doc_id, type(item).__name__) for item in items] == [
        ("b/two", "Document"),
        ("bad", "Unreadable"),
        ("one", "Document"),
    ]
    assert items[2].text == SAID  # the byte-order mark is not text
    assert items[1].kind == "invalid_utf8"
    (single,) = read_input(str(tmp_path / "one.txt"), ReadOptions())
    assert (single.doc_id, single.line, single.input) == ("one", None, str(tmp_path / "one.txt"))


def test_conllu_is_split_at_newdoc_lines_without_parsing():
    conllu = (DATA / "docs.conllu").read_bytes().splitlines(keepends=True)
    items = list(read_conllu_lines(conllu, "docs.conllu", ReadOptions()))
    assert len(items) == 18
    assert all(isinstance(item, Document) and item.conllu for item in items)
    assert items[0].doc_id == "pud-01"
    assert items[0].line == 1
    second = items[1]
    assert conllu[second.line - 1].decode().startswith("# newdoc id = pud-02")


def test_conllu_without_newdoc_is_one_document_named_after_the_file():
    conllu = (DATA / "docs.conllu").read_text(encoding="utf-8")
    body = "".join(line for line in conllu.splitlines(keepends=True) if not line.startswith("# newdoc"))
    items = list(read_conllu_lines(io.BytesIO(body.encode()), "dir/plain.conllu", ReadOptions()))
    assert [item.doc_id for item in items] == ["plain"]


def test_meta_survives_the_parse_cache_format():
    conllu = (DATA / "docs.conllu").read_text(encoding="utf-8")
    first = conllu[: conllu.index("# newdoc id = pud-02")]
    with_meta = conllu_with_meta(first, {"url": "https://example.org/خبر", "date": "2016-01-01"})
    (item,) = read_conllu_lines(io.BytesIO(with_meta.encode()), "cache.conllu", ReadOptions())
    assert item.meta == {"url": "https://example.org/خبر", "date": "2016-01-01"}
    assert conllu_with_meta(first, {}) == first


def test_stdin_format_is_sniffed():
    jsonl = json.dumps({"id": "s1", "text": SAID}, ensure_ascii=False).encode() + b"\n"
    (item,) = read_input("-", ReadOptions(), stdin=io.BufferedReader(io.BytesIO(jsonl)))
    assert (item.doc_id, item.input) == ("s1", "<stdin>")
    (item,) = read_input("-", ReadOptions(), stdin=io.BufferedReader(io.BytesIO(SAID.encode())))
    assert (item.doc_id, item.text) == ("stdin", SAID)
    conllu = (DATA / "docs.conllu").read_bytes()
    items = list(read_input("-", ReadOptions(), stdin=io.BufferedReader(io.BytesIO(conllu))))
    assert len(items) == 18


def test_gzipped_jsonl_and_several_inputs_in_order(tmp_path):
    lines = (DATA / "docs.jsonl").read_bytes()
    (tmp_path / "docs.jsonl.gz").write_bytes(gzip.compress(lines))
    items = list(read_inputs([str(tmp_path / "docs.jsonl.gz"), str(DATA / "docs.jsonl")]))
    assert [item.doc_id for item in items] == [f"pud-{n:02d}" for n in range(1, 19)] * 2
    assert count_documents([str(tmp_path / "docs.jsonl.gz"), str(DATA / "docs.conllu")], ReadOptions()) == 36


def test_bad_paths_stop_the_run_before_it_starts(tmp_path):
    with pytest.raises(InputError, match=r"no such file or folder: '.*missing.jsonl'"):
        check_inputs([str(tmp_path / "missing.jsonl")], ReadOptions())
    (tmp_path / "doc.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match=r"cannot tell the format of '.*doc.pdf' from its name; expected .txt"):
        check_inputs([str(tmp_path / "doc.pdf")], ReadOptions())
    assert check_inputs([str(tmp_path / "doc.pdf")], ReadOptions(format="txt")) == [str(tmp_path / "doc.pdf")]
    with pytest.raises(InputError, match="unknown input format 'pdf'; expected one of: auto, txt, jsonl, conllu"):
        ReadOptions(format="pdf")


def test_writer_keeps_arabic_and_counts_bytes():
    stream = io.BytesIO()
    writer = JsonlWriter(stream)
    writer.write({"text": "قال"})
    assert stream.getvalue() == '{"text": "قال"}\n'.encode()
    assert writer.position == len(stream.getvalue())


def test_a_conllu_document_with_broken_bytes_is_located():
    conllu = (DATA / "docs.conllu").read_bytes().splitlines(keepends=True)
    second = next(number for number, line in enumerate(conllu) if line.startswith(b"# newdoc id = pud-02"))
    row = second + 4  # after # newdoc id, # doc_text_json, # sent_id, # text
    broken = [*conllu[:row], conllu[row].replace(b"\t", b"\xff\t", 1), *conllu[row + 1 :]]
    items = list(read_conllu_lines(broken, "docs.conllu", ReadOptions()))
    assert [type(item).__name__ for item in items[:3]] == ["Document", "Unreadable", "Document"]
    assert (items[1].line, items[1].doc_id, items[1].kind) == (row + 1, "pud-02", "invalid_utf8")
