"""Batch runs: ordered streaming output, error records, the parse cache, the CLI.

No neural model is loaded: documents are parsed by :class:`FakeParser`, which
returns the gold UD Arabic-PUD parses of tests/data/batch/docs.conllu for the
texts it knows (and a flat parse for any other paragraph), as Stanza Documents.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from click.testing import CliRunner

from quotes.api import Extractor
from quotes.batch import Job, RunConfig, chunks, run, runner
from quotes.batch.chunks import chunk_groups
from quotes.batch.workers import Workers
from quotes.cache import ParseCache
from quotes.cli import cli
from quotes.cli.extract import extract as extract_command
from quotes.cli.parse import parse as parse_command
from quotes.conllu_reading import documents_from_conllu
from quotes.graph import ParsedDocument, SentenceGraph
from quotes.io import Document, ReadOptions, Skipped

DATA = Path(__file__).parent / "data" / "batch"
CRASH = "💥"
DIE = "☠"

cli.add_command(extract_command)
cli.add_command(parse_command)


# ---------------------------------------------------------------- a parser without a model


def gold_documents() -> list[ParsedDocument]:
    return documents_from_conllu((DATA / "docs.conllu").read_text(encoding="utf-8"), source="docs.conllu")


def _feats(feats: tuple[tuple[str, str], ...]) -> str | None:
    return "|".join(f"{name}={value}" for name, value in feats) or None


def _stanza_word(word) -> SimpleNamespace:
    return SimpleNamespace(
        id=word.index,
        text=word.text,
        lemma=word.lemma,
        upos=word.upos,
        xpos=word.xpos,
        feats=_feats(word.feats),
        head=word.head,
        deprel=word.deprel,
    )


def _stanza_sentence(sentence: SentenceGraph, shift: int) -> SimpleNamespace:
    """The sentence as Stanza shows it: tokens with character offsets, each holding its words."""
    tokens = [
        SimpleNamespace(
            start_char=group[0].start + shift,
            end_char=group[0].end + shift,
            misc=None if group[-1].space_after else "SpaceAfter=No",
            words=[_stanza_word(word) for word in group],
        )
        for group in sentence.tokens()
    ]
    return SimpleNamespace(tokens=tokens)


class FakeParser:
    """Stanza's interface (`parse_many(texts) -> [Document]`) over known gold parses.

    Its documents have the attributes of Stanza's (sentences, tokens with
    start_char/end_char and misc, words with UD fields) without importing
    Stanza, so worker processes start in a moment.
    """

    def __init__(self, documents: Iterable[ParsedDocument]) -> None:
        self.known = {document.text: document for document in documents}
        self.batches: list[int] = []

    def parse_many(self, texts: list[str]) -> list:
        self.batches.append(len(texts))
        if any(DIE in text for text in texts) and multiprocessing.parent_process() is not None:
            os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's OOM killer would
        if any(CRASH in text for text in texts):
            if len(texts) == 1:
                raise RuntimeError("the parser choked on this document")
            raise RuntimeError("the parser choked on this batch")
        return [self._parse(text) for text in texts]

    def _parse(self, text: str) -> SimpleNamespace:
        sentences = []
        for line in re.finditer(r"[^\n]+", text):
            known = self.known.get(line.group())
            if known is not None:
                sentences.extend(_stanza_sentence(sentence, line.start()) for sentence in known.sentences)
                continue
            tokens = []
            for number, token in enumerate(re.finditer(r"\S+", line.group()), 1):
                start = line.start() + token.start()
                word = SimpleNamespace(
                    id=number,
                    text=token.group(),
                    lemma=token.group(),
                    upos="X",
                    xpos=None,
                    feats=None,
                    head=0 if number == 1 else 1,
                    deprel="root" if number == 1 else "dep",
                )
                tokens.append(SimpleNamespace(start_char=start, end_char=start + len(token.group()), misc=None, words=[word]))
            if tokens:
                sentences.append(SimpleNamespace(tokens=tokens))
        return SimpleNamespace(sentences=sentences, text=text)


def fake_extractor() -> Extractor:
    """An Extractor whose parser is :class:`FakeParser` (picklable by reference for worker processes)."""
    # no entity tagger: the records must equal those extracted from the gold parses, which carry no tags
    return Extractor(parser=FakeParser(gold_documents()), entity_tagger=False)  # type: ignore[arg-type]


# ---------------------------------------------------------------- expectations


def expected_records(meta: bool = True) -> dict[str, list[dict]]:
    """Each gold document's quote records, extracted straight from its gold parse."""
    extractor = Extractor()
    found = {}
    records = {json.loads(line)["id"]: json.loads(line) for line in (DATA / "docs.jsonl").read_text().splitlines()}
    for document in gold_documents():
        extra = {key: value for key, value in records[document.doc_id].items() if key not in ("id", "text")}
        quotes = extractor.extract_parsed(document, meta=extra if meta else None)
        found[document.doc_id] = [quote.to_dict() for quote in quotes]
    return found


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def by_document(records: list[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for record in records:
        grouped.setdefault(record["doc_id"], []).append(record)
    return grouped


@pytest.fixture(scope="module")
def expected() -> dict[str, list[dict]]:
    return expected_records()


@pytest.fixture
def cache(tmp_path) -> Path:
    """A parse cache holding every gold document: text inputs run without any parser."""
    store = ParseCache(tmp_path / "cache")
    for document in gold_documents():
        store.put(document)
    return tmp_path / "cache"


# ---------------------------------------------------------------- the bad-input file


def write_bad_inputs(path: Path) -> tuple[list[str], list[tuple[int, str | None, str]], str]:
    """Good documents interleaved with every kind of bad input; returns good ids, expected errors, the long text."""
    good = [json.loads(line) for line in (DATA / "docs.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = [record["text"] for record in good]
    # Longer than the parser takes at once (20,000 characters): split at paragraph boundaries, not dropped.
    long_text = "\n\n".join(texts[index % len(texts)] for index in range(160))
    lines: list[bytes] = []
    errors: list[tuple[int, str | None, str]] = []

    def add(data: bytes, error: tuple[str | None, str] | None = None) -> None:
        lines.append(data)
        if error is not None:
            errors.append((len(lines), *error))

    def record(value: dict) -> bytes:
        return json.dumps(value, ensure_ascii=False).encode("utf-8")

    add(record(good[0]))
    add('{"id": "broken", "text": "قال الوزير'.encode(), (None, "malformed_json"))
    add(record(good[1]))
    add(record({"id": "no-text", "body": texts[2]}), ("no-text", "missing_text"))
    add(record({"id": "number", "text": 42}), ("number", "text_not_string"))
    add(b'{"id": "latin1", "text": "' + "قال".encode() + b'\xe9t\xe9"}', (None, "invalid_utf8"))
    add(record(good[2]))
    add(record({"id": "empty", "text": " \n\t "}), ("empty", "empty"))
    add(bytes(range(256)).replace(b"\n", b""), (None, "binary"))
    add(record(good[3]))
    add(record({"id": "huge", "text": ("قال الوزير إن المحادثات مستمرة. " * 330_000)}), ("huge", "too_long"))
    add(record({"id": "english", "text": "The minister said that the talks would go on, sources told Reuters."}), ("english", "not_arabic"))
    add(record({"id": "crash", "text": f"قال الوزير {CRASH} إن المحادثات مستمرة."}), ("crash", "parse"))
    add(record({"id": "long", "source": "test", "text": long_text}))
    for item in good[4:]:
        add(record(item))
    add(b"")  # a blank line is not a document
    path.write_bytes(b"\n".join(lines) + b"\n")
    ids = [item["id"] for item in good]
    return [*ids[:4], "long", *ids[4:]], errors, long_text


def _run_bad_inputs(tmp_path: Path, workers: int):
    source = tmp_path / "bad.jsonl"
    good_ids, errors, long_text = write_bad_inputs(source)
    config = RunConfig(
        inputs=(str(source),),
        output=str(tmp_path / f"out-{workers}.jsonl"),
        errors=str(tmp_path / f"errors-{workers}.jsonl"),
        job=Job(extractor_factory=fake_extractor),
        workers=workers,
        batch_size=4,
    )
    summary = run(config)
    return summary, good_ids, errors, long_text, source


def test_bad_input_never_stops_a_run(tmp_path, expected):
    summary, good_ids, errors, long_text, source = _run_bad_inputs(tmp_path, workers=1)

    written = read_jsonl(tmp_path / "errors-1.jsonl")
    assert [(item["input"], item["line"], item["doc_id"], item["kind"]) for item in written] == [
        (str(source), line, doc_id, kind) for line, doc_id, kind in errors
    ]
    reasons = {item["kind"]: item["reason"] for item in written}
    assert reasons["missing_text"].startswith("no 'text' field (fields: body, id)")
    assert reasons["too_long"].startswith("document has 10,560,000 characters, more than the limit of 1,000,000")
    assert reasons["parse"] == "RuntimeError: the parser choked on this document"

    records = by_document(read_jsonl(tmp_path / "out-1.jsonl"))
    for doc_id, quotes in expected.items():
        assert records.get(doc_id, []) == quotes, doc_id
    long_quotes = records["long"]
    assert len(long_quotes) == sum(len(expected[f"pud-{index % 18 + 1:02d}"]) for index in range(160))
    for quote in long_quotes:
        for field in ("content", "cue", "speaker", "role"):
            if quote[field] is not None:
                assert long_text[quote[field]["start"] : quote[field]["end"]] == quote[field]["text"]
        assert quote["meta"] == {"source": "test"}
    assert list(records) == [doc_id for doc_id in good_ids if doc_id in records]  # input order

    assert (summary.read, summary.done, summary.failed, summary.skipped) == (19 + len(errors), 19, len(errors), 0)
    assert summary.quotes == sum(len(quotes) for quotes in records.values())
    assert summary.failures == {kind: 1 for _, _, kind in errors}
    assert not summary.ok


def test_several_workers_write_the_same_output_in_input_order(tmp_path):
    _run_bad_inputs(tmp_path, workers=1)
    summary, *_ = _run_bad_inputs(tmp_path, workers=2)
    assert (tmp_path / "out-2.jsonl").read_bytes() == (tmp_path / "out-1.jsonl").read_bytes()
    assert (tmp_path / "errors-2.jsonl").read_bytes() == (tmp_path / "errors-1.jsonl").read_bytes()
    assert summary.done == 19


def test_documents_are_batched_into_the_parser():
    extractor = fake_extractor()
    jsonl = str(DATA / "docs.jsonl")
    _ = run(
        RunConfig(inputs=(jsonl,), output=None, job=Job(extractor_factory=lambda: extractor), batch_size=8), stdout=open("/dev/null", "wb")
    )
    # The lambda is this process's own: one Extractor, one parser, batches of up to 8 documents.
    from quotes.batch.job import loaded_extractors

    parser = next(e for e in loaded_extractors.values() if e is extractor).parser
    assert parser.batches == [8, 8, 2]


def _documents(count: int) -> list[Document]:
    text = "قال الوزير إن الاجتماع مثمر."
    return [Document(input="in.jsonl", line=number, doc_id=f"d{number}", text=text) for number in range(1, count + 1)]


def test_a_pool_gets_the_last_documents_one_a_chunk_so_its_workers_finish_together():
    items = _documents(40)
    sizes = [len(chunk) for chunk in chunks(items, 16, tail=8)]
    assert sizes == [16, 16, *[1] * 8]
    # without a tail (one worker): full chunks to the end
    assert [len(chunk) for chunk in chunks(items, 16)] == [16, 16, 8]
    # every item once, in order, either way
    assert [item for chunk in chunks(items, 16, tail=8) for item in chunk] == items
    # a short input is all tail
    assert [len(chunk) for chunk in chunks(items[:5], 16, tail=32)] == [1] * 5


def test_items_that_are_no_document_stay_with_the_next_document_in_the_tail():
    first, second = _documents(2)
    skipped = Skipped(input="notes.txt", reason="not a document")
    chunked = list(chunks([first, skipped, second], 16, tail=16))
    assert chunked == [[first], [skipped, second]]
    trailing = list(chunks([first, skipped], 16, tail=16))
    assert trailing == [[first], [skipped]]


def test_a_pool_run_with_a_tail_writes_what_one_worker_writes(tmp_path):
    # the gold documents twice over, under new ids: 36 documents, the last 8 of them (and more) in the tail
    records = [json.loads(line) for line in (DATA / "docs.jsonl").read_text().splitlines()] * 2
    source = tmp_path / "docs.jsonl"
    lines = [json.dumps({**record, "id": f"n{number}"}, ensure_ascii=False) for number, record in enumerate(records)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = []
    for workers in (1, 2):
        out = tmp_path / f"out-{workers}.jsonl"
        config = RunConfig(inputs=(str(source),), output=str(out), job=Job(extractor_factory=fake_extractor), workers=workers, batch_size=4)
        summary = run(config)
        assert summary.done == len(records)
        assert summary.quotes > 0
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_a_pool_takes_the_last_documents_longest_first_and_writes_them_in_input_order(tmp_path, monkeypatch):
    # the gold documents twice over, under new ids; the last 8 (one a chunk) are all known once the input ends
    records = [json.loads(line) for line in (DATA / "docs.jsonl").read_text().splitlines()] * 2
    source = tmp_path / "docs.jsonl"
    lines = [json.dumps({**record, "id": f"n{number}"}, ensure_ascii=False) for number, record in enumerate(records)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sent: list[list[str]] = []

    class TwoInThisProcess(Workers):
        size = 2  # a pool's chunking, each chunk run here in turn

        def submit(self, job: Job, documents: list[Document]) -> Any:
            sent.append([document.doc_id for document in documents])
            return super().submit(job, documents)

    monkeypatch.setattr(runner, "workers_for", lambda config, job: TwoInThisProcess())
    pooled, alone = tmp_path / "pooled.jsonl", tmp_path / "alone.jsonl"
    job = Job(extractor_factory=fake_extractor)
    run(RunConfig(inputs=(str(source),), output=str(pooled), job=job, workers=2, batch_size=4))
    monkeypatch.undo()
    run(RunConfig(inputs=(str(source),), output=str(alone), job=job, workers=1, batch_size=4))
    assert pooled.read_bytes() == alone.read_bytes()
    tail = [ids[0] for ids in sent if len(ids) == 1]
    assert len(tail) >= 8
    length = {f"n{number}": len(record["text"]) for number, record in enumerate(records)}
    assert [length[doc_id] for doc_id in tail] == sorted((length[doc_id] for doc_id in tail), reverse=True)
    assert tail != sorted(tail, key=lambda doc_id: int(doc_id[1:]))  # not the input's order


def test_the_last_documents_come_as_one_group_of_one_document_chunks():
    items = _documents(40)
    assert [[len(chunk) for chunk in group] for group in chunk_groups(items, 16, tail=8)] == [[16], [16], [1] * 8]
    assert [[len(chunk) for chunk in group] for group in chunk_groups(items, 16)] == [[16], [16], [8]]


def test_conllu_input_needs_no_parser_and_matches_extraction_from_text(tmp_path, expected):
    result = CliRunner().invoke(cli, ["extract", str(DATA / "docs.conllu"), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0, result.output
    assert "read 18 documents: 18 done, 0 failed, 0 skipped" in result.stderr
    without_meta = expected_records(meta=False)
    assert by_document(read_jsonl(tmp_path / "out.jsonl")) == {k: v for k, v in without_meta.items() if v}


def test_records_go_to_stdout_and_the_summary_to_stderr(cache, expected):
    result = CliRunner().invoke(cli, ["extract", str(DATA / "docs.jsonl"), "--cache", str(cache)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert by_document(records) == {doc_id: quotes for doc_id, quotes in expected.items() if quotes}
    assert records[0]["meta"] == {"url": "https://example.org/news/0", "date": "2016-01-01"}
    assert result.stderr.startswith("quotes: read 18 documents: 18 done, 0 failed, 0 skipped (done before); 37 quotes")


def test_parse_once_then_extract_from_the_conllu_without_a_parser(tmp_path, cache, expected):
    corpus = tmp_path / "corpus.conllu"
    result = CliRunner().invoke(cli, ["parse", str(DATA / "docs.jsonl"), "--cache", str(cache), "-o", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "18 documents parsed" in result.stderr
    text = corpus.read_text(encoding="utf-8")
    assert text.count("# newdoc id = ") == 18
    assert '# meta_json = {"url": "https://example.org/news/0", "date": "2016-01-01"}' in text
    result = CliRunner().invoke(cli, ["extract", str(corpus), "-o", str(tmp_path / "out.jsonl"), "-q"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert by_document(read_jsonl(tmp_path / "out.jsonl")) == {k: v for k, v in expected.items() if v}


def test_failed_documents_set_exit_code_1_and_are_echoed_without_errors_file(tmp_path, cache):
    source = tmp_path / "some-bad.jsonl"
    good = (DATA / "docs.jsonl").read_bytes()
    source.write_bytes(good + b'{"id": "x", "text": 7}\n{not json\n')
    result = CliRunner().invoke(cli, ["extract", str(source), "--cache", str(cache), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1
    assert f"quotes: {source}:19 (doc x): field 'text' is a number, not a string [text_not_string]" in result.stderr
    assert f"quotes: {source}:20: not valid JSON: Expecting property name enclosed in double quotes" in result.stderr
    assert "read 20 documents: 18 done, 2 failed, 0 skipped" in result.stderr
    assert "  failed: 1 malformed_json\n  failed: 1 text_not_string" in result.stderr


def test_run_errors_are_exit_code_2_with_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "missing.jsonl")])
    assert result.exit_code == 2
    assert result.stderr == f"quotes: error: no such file or folder: '{tmp_path / 'missing.jsonl'}'\n"
    result = CliRunner().invoke(cli, ["extract", str(DATA / "docs.conllu"), "-o", str(tmp_path / "no" / "out.jsonl")])
    assert result.exit_code == 2
    assert result.stderr == f"quotes: error: cannot write -o {tmp_path / 'no' / 'out.jsonl'}: the folder {tmp_path / 'no'} does not exist\n"
    result = CliRunner().invoke(cli, ["extract", str(DATA / "docs.conllu"), "--resume"])
    assert result.exit_code == 2
    assert result.stderr == "quotes: error: --resume needs an output file (-o) and file inputs (not stdin)\n"


def test_stdin_input(cache):
    stdin = (DATA / "docs.jsonl").read_bytes()
    result = CliRunner().invoke(cli, ["extract", "-", "--cache", str(cache), "-q"], input=stdin)
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 37


def test_read_options_reach_the_reader(tmp_path, cache):
    source = tmp_path / "renamed.jsonl"
    records = [json.loads(line) for line in (DATA / "docs.jsonl").read_text().splitlines()]
    lines = [json.dumps({"key": r["id"], "body": r["text"]}, ensure_ascii=False) + "\n" for r in records]
    source.write_text("".join(lines), encoding="utf-8")
    config = RunConfig(
        inputs=(str(source),),
        output=str(tmp_path / "o.jsonl"),
        read=ReadOptions(id_field="key", text_field="body"),
        job=Job(cache=str(cache)),
    )
    summary = run(config)
    assert (summary.done, summary.quotes) == (18, 37)
    assert {record["doc_id"] for record in read_jsonl(tmp_path / "o.jsonl")} <= {r["id"] for r in records}


def test_a_worker_killed_by_a_document_fails_only_that_document(tmp_path, expected):
    good = (DATA / "docs.jsonl").read_text(encoding="utf-8").splitlines()
    deadly = json.dumps({"id": "deadly", "text": f"قال الوزير {DIE} إن المحادثات مستمرة."}, ensure_ascii=False)
    source = tmp_path / "deadly.jsonl"
    source.write_text("\n".join([*good[:9], deadly, *good[9:]]) + "\n", encoding="utf-8")
    output, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    config = RunConfig(
        inputs=(str(source),), output=str(output), errors=str(errors), job=Job(extractor_factory=fake_extractor), workers=2, batch_size=3
    )
    summary = run(config)
    assert (summary.done, summary.failed, summary.failures) == (18, 1, {"worker_died": 1})
    (error,) = read_jsonl(errors)
    assert (error["line"], error["doc_id"], error["kind"]) == (10, "deadly", "worker_died")
    assert by_document(read_jsonl(output)) == {doc_id: quotes for doc_id, quotes in expected.items() if quotes}


@pytest.mark.model
def test_with_the_real_parser_parse_cache_and_text_give_the_same_records(tmp_path):
    from quotes.errors import ModelError
    from quotes.parser import resolve_model

    try:
        resolve_model(None)
    except ModelError as exc:
        pytest.skip(f"no parser model: {exc}")
    corpus, direct = tmp_path / "corpus.conllu", tmp_path / "direct.jsonl"
    inputs = (str(DATA / "docs.jsonl"),)
    summary = run(RunConfig(inputs=inputs, output=str(direct), workers=2))
    assert (summary.done, summary.failed) == (18, 0)
    assert summary.quotes > 0
    records = [json.loads(line) for line in (DATA / "docs.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = {record["id"]: record["text"] for record in records}
    for record in read_jsonl(direct):
        for field in ("content", "cue", "speaker", "speaker_resolved", "role", "via"):
            span = record[field]
            if span is not None:
                assert texts[record["doc_id"]][span["start"] : span["end"]] == span["text"]
    run(RunConfig(inputs=inputs, output=str(corpus), job=Job(mode="parse")))
    run(RunConfig(inputs=(str(corpus),), output=str(tmp_path / "cached.jsonl")))
    assert (tmp_path / "cached.jsonl").read_bytes() == direct.read_bytes()


def test_a_broken_conllu_document_is_located_in_the_file(tmp_path):
    corpus = tmp_path / "corpus.conllu"
    gold = (DATA / "docs.conllu").read_text(encoding="utf-8")
    broken = "# newdoc id = broken\n# sent_id = b-1\n1\tقال\tقال\tVERB\t_\t_\t3\troot\t_\t_\n\n"
    corpus.write_text("# newdoc id = short\n1\tقال\tقال\tVERB\t_\t_\t0\troot\n\n" + gold + broken, encoding="utf-8")
    summary = run(RunConfig(inputs=(str(corpus),), output=str(tmp_path / "o.jsonl"), errors=str(tmp_path / "e.jsonl")))
    assert (summary.done, summary.failed, summary.quotes) == (18, 2, 37)
    assert read_jsonl(tmp_path / "e.jsonl") == [
        {"input": str(corpus), "line": 2, "doc_id": "short", "kind": "conllu", "reason": "expected 10 tab-separated columns, found 8"},
        {
            "input": str(corpus),
            "line": 4 + gold.count("\n"),
            "doc_id": "broken",
            "kind": "conllu",
            "reason": "word 1 has head 3 outside the sentence",
        },
    ]


def test_a_missing_model_stops_the_run_with_exit_code_2(tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(DATA / "docs.jsonl"), "--model", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"quotes: error: model directory {tmp_path / 'none'} does not exist")


def test_the_benchmark_says_what_is_missing(tmp_path):
    script = Path(__file__).resolve().parents[1] / "benchmarks" / "run.py"
    result = subprocess.run(
        [sys.executable, str(script), "--shared", str(tmp_path)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 2
    assert result.stderr == (
        f"benchmarks/run.py: needs SaudiNewsNet at {tmp_path}/data/saudinewsnet/saudinewsnet.jsonl.gz, "
        "which does not exist; pass --shared PATH to the shared folder\n"
    )


def _parserless_extractor() -> Extractor:
    return Extractor(parser=object())  # type: ignore[arg-type]  # any call to the parser fails


def test_conllu_and_the_parse_cache_never_call_the_parser(tmp_path, cache):
    job = Job(extractor_factory=_parserless_extractor, cache=str(cache))
    inputs = (str(DATA / "docs.conllu"), str(DATA / "docs.jsonl"))
    summary = run(RunConfig(inputs=inputs, output=str(tmp_path / "o.jsonl"), job=job))
    assert (summary.done, summary.failed, summary.quotes) == (36, 0, 74)


def test_a_worker_keeps_its_rules_out_of_the_garbage_collectors_reach() -> None:
    """Rules and lexicons serve a worker's whole run: once loaded they are frozen, so full collections skip them."""
    import gc

    from quotes.batch import Job, extractor_for

    extractor = extractor_for(Job(threads=1, ner=False, time_limit=123.0))  # a job of its own: a fresh Extractor
    assert gc.get_freeze_count() > 0
    tracked = {id(item) for item in gc.get_objects()}
    assert id(extractor.grammar) not in tracked and id(extractor.mention_finder) not in tracked


def test_a_pipeline_handed_to_the_batch_serves_it_settled_as_one_the_batch_loads() -> None:
    """A benchmark times `quotes extract` with a pipeline it loaded and warmed up itself: the batch serves its job
    with it, in a process with a worker's collector settings, as with one it loads (no run with other settings)."""
    import gc

    from quotes.api import Extractor
    from quotes.batch import Job, extractor_for, keep_extractor
    from quotes.batch.job import loaded_extractors
    from quotes.loaded import WORKER_YOUNG_GENERATION

    job = Job(threads=1, ner=False, time_limit=456.0)  # a job of its own
    extractor = Extractor(threads=1, entity_tagger=False)
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, *before[1:])
        keep_extractor(job, extractor)
        assert extractor_for(job) is extractor
        assert gc.get_threshold()[0] == WORKER_YOUNG_GENERATION
        assert id(extractor.grammar) not in {id(item) for item in gc.get_objects()}
    finally:
        gc.set_threshold(*before)
        loaded_extractors.pop(job.key, None)


def test_a_worker_collects_its_young_objects_less_often() -> None:
    import gc

    from quotes.loaded import WORKER_YOUNG_GENERATION, settle_for_documents

    before = gc.get_threshold()
    try:
        settle_for_documents()
        assert gc.get_threshold() == (WORKER_YOUNG_GENERATION, *before[1:])
    finally:
        gc.set_threshold(*before)
