"""Input readers: every kind of input becomes documents or located, explained failures."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest

from quotes.conllu_reading import documents_from_conllu
from quotes.errors import InputError
from quotes.io import (
    Document,
    JsonlWriter,
    ReadOptions,
    Skipped,
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
    items = [item for item in read_input(str(tmp_path), ReadOptions()) if not isinstance(item, Skipped)]
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


def test_a_conllu_document_keeps_its_lines_and_a_bad_meta_comment_names_its_line():
    row = "1\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_"
    lines = ["# newdoc id = a", "# sent_id = a-1", row, "", "# newdoc id = b", "# meta_json = {bad", "# sent_id = b-1", row]
    ending = [f"{line}\n".encode() for line in lines[:-1]] + [lines[-1].encode()]  # the file's last line has no break
    first, second = read_conllu_lines(ending, "x.conllu", ReadOptions())
    assert isinstance(first, Document) and first.conllu == "\n".join(lines[:4]) + "\n"
    assert isinstance(second, Unreadable) and (second.line, second.doc_id, second.reason) == (6, "b", "# meta_json is not valid JSON")
    lines[5] = '# meta_json = {"url": "u"}'
    *_, last = read_conllu_lines(io.BytesIO("\n".join(lines).encode()), "x.conllu", ReadOptions())
    assert isinstance(last, Document) and last.meta == {"url": "u"} and last.conllu.endswith(row + "\n")


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


# ---------------------------------------------------------------- hardening (issue 13)


def test_lone_surrogates_are_replaced_at_the_reader_with_a_warning():
    # a tweet cut in the middle of an emoji: "\ud83d" with no second half, in the id, the text and the meta
    line = '{"id": "b\\ud83d", "text": "قال الوزير إن الاجتماع انتهى \\ud83d", "tags": ["\\ude00x"]}'.encode()
    (item,) = read_jsonl_lines(_jsonl(line), "tweets.jsonl", ReadOptions())
    assert isinstance(item, Document)
    assert item.doc_id == "b\ufffd"
    assert item.text == "قال الوزير إن الاجتماع انتهى \ufffd"
    assert item.meta == {"tags": ["\ufffdx"]}
    assert item.warnings == ("3 lone surrogates (a character cut in half) replaced by U+FFFD",)
    json.dumps(item.meta).encode("utf-8")  # nothing left that UTF-8 cannot write
    (item.doc_id + item.text).encode("utf-8")


def test_a_cut_surrogate_in_a_parse_cache_text_is_replaced():
    text = "قال \ud83d"
    conllu = (
        f"# newdoc id = s1\n# doc_text_json = {json.dumps(text)}\n"
        "1\tقال\tقال\tVERB\t_\t_\t0\troot\t_\tstart_char=0|end_char=3\n\n"
    )
    (document,) = documents_from_conllu(conllu)
    assert document.text == "قال \ufffd"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        ("#عاجل قال الوزير إن الاجتماع انتهى.\n#السعودية\n".encode(), "txt"),
        ("# عنوان\n\nقال الوزير\tإن الاجتماع انتهى.\n".encode(), "txt"),
        ("# sent_id = 1\n# text = قال\n1\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_\n\n".encode(), "conllu"),
        ("1\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_\n\n".encode(), "conllu"),
        (b'\xef\xbb\xbf{"id": "a", "text": "x"}\n', "jsonl"),
    ],
)
def test_stdin_is_sniffed_by_column_structure_not_by_a_leading_hash(data, kind):
    items = list(read_input("-", ReadOptions(), stdin=io.BufferedReader(io.BytesIO(data))))
    if kind == "txt":
        (item,) = items
        assert item.text == data.decode()
    elif kind == "conllu":
        (item,) = items
        assert item.conllu is not None
    else:
        assert items[0].doc_id == "a"


def test_every_folder_entry_is_read_errored_or_listed_as_skipped(tmp_path):
    (tmp_path / "upper.TXT").write_text(SAID, encoding="utf-8")
    (tmp_path / "other.text").write_text(ADDED, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block the run forever
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text(SAID, encoding="utf-8")
    locked.chmod(0)
    try:
        items = list(read_input(str(tmp_path), ReadOptions()))
    finally:
        locked.chmod(0o755)
    seen = {Path(item.input).name: item for item in items}
    root = os.geteuid() == 0  # root reads any folder
    assert set(seen) == {"upper.TXT", "other.text", "photo.jpg", "dangling.txt", "pipe.txt", "inside.txt" if root else "locked"}
    assert isinstance(seen["upper.TXT"], Document) and seen["upper.TXT"].doc_id == "upper"
    assert isinstance(seen["other.text"], Document) and seen["other.text"].doc_id == "other"
    assert isinstance(seen["photo.jpg"], Skipped)
    assert seen["dangling.txt"].kind == "unreadable" and "broken symbolic link" in seen["dangling.txt"].reason
    assert seen["pipe.txt"].kind == "not_a_file" and "FIFO" in seen["pipe.txt"].reason
    if not root:
        assert seen["locked"].kind == "unreadable" and "Permission denied" in seen["locked"].reason
    assert count_documents([str(tmp_path)], ReadOptions()) == len(items)


def test_a_truncated_gzip_keeps_what_was_read_and_names_the_cause(tmp_path):
    lines = (DATA / "docs.jsonl").read_bytes()
    packed = gzip.compress(lines)
    (tmp_path / "cut.jsonl.gz").write_bytes(packed[: len(packed) * 2 // 3])
    items = list(read_input(str(tmp_path / "cut.jsonl.gz"), ReadOptions()))
    documents = [item for item in items if isinstance(item, Document)]
    assert 4 < len(documents) < 18
    assert [item.doc_id for item in documents] == [f"pud-{n:02d}" for n in range(1, len(documents) + 1)]
    last = items[-1]
    assert isinstance(last, Unreadable) and last.kind == "truncated_gzip"
    assert last.input == str(tmp_path / "cut.jsonl.gz")
    assert last.reason.startswith("the gzip file is truncated (Compressed file ended before the end-of-stream marker was reached)")
    (tmp_path / "junk.jsonl.gz").write_bytes(packed[:20] + b"\x00" * 200)
    (bad,) = [item for item in read_input(str(tmp_path / "junk.jsonl.gz"), ReadOptions()) if isinstance(item, Unreadable)]
    assert bad.kind == "corrupt_gzip" and bad.line == 1 and "before its first line" in bad.reason
    assert count_documents([str(tmp_path / "cut.jsonl.gz")], ReadOptions()) >= 1  # a progress total: never a crash


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ('["a", 1]', "field 'id' is a list; a document id is a non-empty string or an integer"),
        ("3.5", "field 'id' is a number; a document id is a non-empty string or an integer"),
        ('""', "field 'id' is an empty string; a document id is a non-empty string or an integer"),
        ("true", "field 'id' is a boolean; a document id is a non-empty string or an integer"),
    ],
)
def test_an_id_that_is_no_string_or_integer_is_an_error_record(value, reason):
    line = f'{{"id": {value}, "text": "{SAID.replace(chr(34), "")}"}}'.encode()
    (item,) = read_jsonl_lines(_jsonl(line), "news.jsonl", ReadOptions())
    assert isinstance(item, Unreadable) and (item.kind, item.reason) == ("bad_id", reason)
    (numbered,) = read_jsonl_lines(_jsonl(b'{"id": 14, "text": "' + "قال".encode() + b'"}'), "news.jsonl", ReadOptions())
    assert numbered.doc_id == "14"


def test_invalid_utf8_can_be_replaced_with_a_warning():
    line = b'{"id": "latin1", "text": "' + "قال الوزير".encode() + b' caf\xe9"}'
    (strict,) = read_jsonl_lines(_jsonl(line), "news.jsonl", ReadOptions())
    assert strict.kind == "invalid_utf8" and strict.reason.endswith("read it anyway with --encoding-errors replace")
    (replaced,) = read_jsonl_lines(_jsonl(line), "news.jsonl", ReadOptions(encoding_errors="replace"))
    assert replaced.text == "قال الوزير caf\ufffd"
    assert replaced.warnings == ("1 invalid UTF-8 sequence replaced by U+FFFD (the first at byte 49: b'\\xe9\"}')",)
