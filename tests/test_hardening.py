"""Hardening (issue 13): no input stops a run, loses a document or corrupts output.

Each test feeds one kind of input that real corpora hold and nobody tried before: a document that
hangs, a parse that is not a tree, two runs on one output, a mistyped path, a cut-off emoji, a
folder with more than text files in it, a truncated archive, a closed pipe, Ctrl-C.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner
from filelock import FileLock

from quotes.api import Extractor
from quotes.batch import LOCK_SUFFIX, MANIFEST_SUFFIX, PARTIAL_SUFFIX, Job, RunConfig, run
from quotes.cli import cli
from quotes.errors import QuotesError
from test_batch import FakeParser, by_document, gold_documents, read_jsonl

DATA = Path(__file__).parent / "data" / "batch"
SRC = Path(__file__).resolve().parents[1]  # the repository root, where the package is
HANG = "⏳"
#: A parse whose heads go round: 1 → 2 → 1.
CYCLE = "# newdoc id = cycle\n1\tقال\tقال\tVERB\t_\t_\t2\tdep\t_\t_\n2\tالوزير\tوزير\tNOUN\t_\t_\t1\tnsubj\t_\t_\n\n"


class HangingParser(FakeParser):
    """The gold parses, but a text holding ⏳ never comes back (as a parser stuck on a pathological input)."""

    def parse_many(self, texts: list[str]) -> list:
        if any(HANG in text for text in texts):
            time.sleep(120)
        return super().parse_many(texts)


def hanging_extractor() -> Extractor:
    return Extractor(parser=HangingParser(gold_documents()), entity_tagger=False)  # type: ignore[arg-type]


def good_lines() -> list[str]:
    return (DATA / "docs.jsonl").read_text(encoding="utf-8").splitlines()


def expected_records() -> dict[str, list[dict]]:
    extractor = Extractor()
    records = {json.loads(line)["id"]: json.loads(line) for line in good_lines()}
    found = {}
    for document in gold_documents():
        meta = {key: value for key, value in records[document.doc_id].items() if key not in ("id", "text")}
        found[document.doc_id] = [quote.to_dict() for quote in extractor.extract_parsed(document, meta=meta)]
    return {doc_id: quotes for doc_id, quotes in found.items() if quotes}


def command(args: list[str], **options) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
    return subprocess.Popen([sys.executable, "-m", "quotes", *args], env=env, stderr=subprocess.PIPE, **options)


def big_corpus(path: Path, repeats: int) -> Path:
    conllu = (DATA / "docs.conllu").read_text(encoding="utf-8")
    path.write_text("".join(conllu.replace("# newdoc id = pud-", f"# newdoc id = r{n}-pud-") for n in range(repeats)), encoding="utf-8")
    return path


# ---------------------------------------------------------------- item 3: hangs


@pytest.mark.parametrize("workers", [1, 2])
def test_a_document_over_its_time_budget_gets_an_error_record_and_the_run_goes_on(tmp_path, workers):
    lines = good_lines()
    stuck = json.dumps({"id": "stuck", "text": f"قال الوزير {HANG} إن المحادثات مستمرة."}, ensure_ascii=False)
    source = tmp_path / "stuck.jsonl"
    source.write_text("\n".join([*lines[:5], stuck, *lines[5:]]) + "\n", encoding="utf-8")
    output, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    job = Job(extractor_factory=hanging_extractor, time_limit=1.0)
    began = time.monotonic()
    summary = run(RunConfig(inputs=(str(source),), output=str(output), errors=str(errors), job=job, workers=workers, batch_size=4))
    assert time.monotonic() - began < 60
    assert (summary.done, summary.failed, summary.failures) == (18, 1, {"timeout": 1})
    (error,) = read_jsonl(errors)
    assert (error["doc_id"], error["line"], error["kind"]) == ("stuck", 6, "timeout")
    assert error["reason"] == "parsing took longer than this document's time budget (1 s); raise it with --time-limit"
    assert by_document(read_jsonl(output)) == expected_records()


@pytest.mark.parametrize("workers", [1, 2])
def test_a_parse_with_a_cycle_is_an_error_record_not_a_hang(tmp_path, workers):
    corpus = tmp_path / "cycle.conllu"
    gold = (DATA / "docs.conllu").read_text(encoding="utf-8")
    middle = gold.index("# newdoc id = pud-05")
    corpus.write_text(gold[:middle] + CYCLE + gold[middle:], encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    summary = run(RunConfig(inputs=(str(corpus),), output=str(tmp_path / "o.jsonl"), errors=str(errors), workers=workers))
    assert (summary.done, summary.failed, summary.quotes) == (18, 1, 37)
    (error,) = read_jsonl(errors)
    assert (error["doc_id"], error["kind"]) == ("cycle", "conllu")
    assert error["reason"] == "the heads form a cycle (1 → 2 → 1): not a tree"


# ---------------------------------------------------------------- item 4: lone surrogates


def test_a_cut_off_emoji_neither_crashes_the_run_nor_its_resume(tmp_path):
    lines = good_lines()
    tweet = '{"id": "b\\ud83d", "text": "قال الوزير إن الاجتماع انتهى \\ud83d"}'
    failing = '{"id": "c\\ud83d", "text": 42}'  # its error record carries the id
    source = tmp_path / "tweets.jsonl"
    source.write_text("\n".join([tweet, failing, *lines]) + "\n", encoding="utf-8")
    output, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    config = RunConfig(inputs=(str(source),), output=str(output), errors=str(errors), job=Job(extractor_factory=hanging_extractor))
    summary = run(config)
    assert (summary.warnings, summary.done, summary.failed) == (1, 19, 1)
    assert [error["doc_id"] for error in read_jsonl(errors)] == ["c\ufffd"]
    again = run(attrs.evolve(config, resume=True))
    assert again.skipped == 20
    output.read_bytes().decode("utf-8")  # valid UTF-8 throughout


def test_the_warning_names_the_document_on_stderr(tmp_path):
    source = tmp_path / "tweets.jsonl"
    source.write_text('{"id": "b\\ud83d", "text": "قال الوزير إن الاجتماع انتهى \\ud83d"}\n', encoding="utf-8")
    heard: list[str] = []
    run(
        RunConfig(inputs=(str(source),), output=str(tmp_path / "o.jsonl"), job=Job(extractor_factory=hanging_extractor)),
        on_warning=heard.append,
    )
    assert heard == [f"{source}:1 (doc b\ufffd): 2 lone surrogates (a character cut in half) replaced by U+FFFD"]


# ---------------------------------------------------------------- items 5, 7, 22: outputs


def test_a_second_writer_of_the_same_output_is_refused(tmp_path):
    output = tmp_path / "out.jsonl"
    with FileLock(str(output) + LOCK_SUFFIX):  # as a first run holds it
        with pytest.raises(QuotesError, match=r"another quotes run is writing .*out.jsonl \(it holds .*out.jsonl.lock\)"):
            run(RunConfig(inputs=(str(DATA / "docs.conllu"),), output=str(output)))
        result = CliRunner().invoke(cli, ["extract", str(DATA / "docs.conllu"), "-o", str(output)])
        assert result.exit_code == 2 and "another quotes run is writing" in result.stderr
    assert not output.exists()
    run(RunConfig(inputs=(str(DATA / "docs.conllu"),), output=str(output)))
    assert not Path(str(output) + LOCK_SUFFIX).exists()  # released and removed


def test_two_real_runs_on_one_output_never_interleave(tmp_path):
    corpus = big_corpus(tmp_path / "corpus.conllu", 40)
    output = tmp_path / "out.jsonl"
    first = command(["extract", str(corpus), "-o", str(output), "-q"])
    deadline = time.monotonic() + 30
    while not Path(str(output) + LOCK_SUFFIX).exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    second = command(["extract", str(corpus), "-o", str(output), "-q"])
    _, second_err = second.communicate(timeout=60)
    _, first_err = first.communicate(timeout=120)
    assert first.returncode == 0, first_err.decode()
    assert second.returncode == 2 and b"another quotes run is writing" in second_err
    reference = tmp_path / "reference.jsonl"
    run(RunConfig(inputs=(str(corpus),), output=str(reference)))
    assert output.read_bytes() == reference.read_bytes()


def test_a_mistyped_errors_path_leaves_the_existing_output_alone(tmp_path):
    output = tmp_path / "out.jsonl"
    output.write_text("earlier results\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["extract", str(DATA / "docs.conllu"), "-o", str(output), "--errors", str(tmp_path / "typo" / "e.jsonl")]
    )
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"quotes: error: cannot write --errors {tmp_path / 'typo' / 'e.jsonl'}: the folder {tmp_path / 'typo'} does not exist\n"
    )
    assert output.read_text(encoding="utf-8") == "earlier results\n"
    for args, message in [
        (["-o", str(output), "--errors", str(output)], "-o and --errors name the same file"),
        (["-o", str(DATA / "docs.conllu")], "is an input of this run: writing it would destroy what is read"),
        (["-o", str(tmp_path)], "is a directory"),  # click says so before the run
    ]:
        result = CliRunner().invoke(cli, ["extract", str(DATA / "docs.conllu"), *args])
        assert result.exit_code == 2 and message in result.stderr, result.stderr


def test_a_run_that_fails_to_start_leaves_the_earlier_output_whole(tmp_path):
    output = tmp_path / "out.jsonl"
    output.write_text("earlier results\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(DATA / "docs.jsonl"), "-o", str(output), "--model", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert output.read_text(encoding="utf-8") == "earlier results\n"  # the run wrote out.jsonl.partial
    result = CliRunner().invoke(cli, ["extract", str(DATA / "docs.conllu"), "-o", str(output), "-q"])
    assert result.exit_code == 0
    assert len(output.read_text(encoding="utf-8").splitlines()) == 37
    assert not Path(str(output) + PARTIAL_SUFFIX).exists()
    assert Path(str(output) + MANIFEST_SUFFIX).exists()  # kept: --resume goes on with documents appended later


def test_dash_output_is_stdout(tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(DATA / "docs.conllu"), "-o", "-", "-q"])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 37
    assert not Path("-").exists() and not Path("-" + MANIFEST_SUFFIX).exists()


# ---------------------------------------------------------------- items 8, 9: folders and archives


def test_a_folder_run_accounts_for_every_entry(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for line in good_lines()[:3]:
        record = json.loads(line)
        (folder / f"{record['id']}.TXT").write_text(record["text"], encoding="utf-8")
    (folder / "cover.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "README.md").write_text("notes", encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(folder / "pipe.txt")
    output, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = CliRunner().invoke(
        cli,
        ["extract", str(folder), "-o", str(output), "--errors", str(errors), "--cache", str(tmp_path / "cache")],
        catch_exceptions=False,
    )
    assert result.exit_code == 1
    kinds = {Path(error["input"]).name: error["kind"] for error in read_jsonl(errors)}
    assert kinds["gone.txt"] == "unreadable" and kinds["pipe.txt"] == "not_a_file"
    assert f"ignored: 2 folder entries that are not text files: {folder / 'README.md'}, {folder / 'cover.jpg'}" in result.stderr
    assert "read 5 documents:" in result.stderr


def test_a_truncated_gzip_through_the_command_names_the_file_and_keeps_what_was_read(tmp_path):
    packed = gzip.compress((DATA / "docs.jsonl").read_bytes())
    source = tmp_path / "cut.jsonl.gz"
    source.write_bytes(packed[: len(packed) * 2 // 3])
    output, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    cache = tmp_path / "cache"
    from quotes.cache import ParseCache

    store = ParseCache(cache)
    for document in gold_documents():
        store.put(document)
    result = CliRunner().invoke(cli, ["extract", str(source), "-o", str(output), "--errors", str(errors), "--cache", str(cache)])
    assert result.exit_code == 1, result.output
    assert "Aborted" not in result.output and "Traceback" not in result.output
    (error,) = read_jsonl(errors)
    assert (error["input"], error["kind"]) == (str(source), "truncated_gzip")
    assert read_jsonl(output)  # the documents before the damage


# ---------------------------------------------------------------- item 10: exit codes


def test_a_closed_pipe_ends_the_run_quietly(tmp_path):
    corpus = big_corpus(tmp_path / "corpus.conllu", 30)
    process = command(["extract", str(corpus)], stdout=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.readline()
    process.stdout.close()  # as `| head -1` does
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 141
    assert stderr == b""


def test_ctrl_c_is_exit_code_130_with_one_line(tmp_path):
    corpus = big_corpus(tmp_path / "corpus.conllu", 200)
    output = tmp_path / "out.jsonl"
    # as from a terminal: a suite started in the background (`cmd &`) passes SIGINT on ignored, and Python keeps it so
    process = command(
        ["extract", str(corpus), "-o", str(output)],
        stdout=subprocess.DEVNULL,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    manifest = Path(str(output) + MANIFEST_SUFFIX)
    # interrupt mid-run: after two chunks are checkpointed (a loaded machine may take long to get there)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and (not manifest.exists() or manifest.read_bytes().count(b"\n") < 3):
        time.sleep(0.01)
    assert manifest.read_bytes().count(b"\n") >= 3, "the run never checkpointed two chunks"
    assert process.poll() is None, "the run ended before it could be interrupted: make the corpus bigger"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr.decode()
    assert stderr.decode() == "quotes: interrupted\n"
    assert Path(str(output) + PARTIAL_SUFFIX).exists()  # --resume goes on from here


def test_a_full_disk_is_exit_code_3_with_one_line(tmp_path):
    with open("/dev/full", "wb") as full:
        process = command(["extract", str(DATA / "docs.conllu")], stdout=full)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 3
    assert stderr.decode() == "quotes: error: No space left on device\n"


def test_an_internal_error_is_exit_code_4_with_one_line(monkeypatch):
    import quotes.cli.extract

    def broken(*args, **kwargs):
        raise TypeError("unsupported operand type(s) for +: 'int' and 'str'")

    monkeypatch.setattr(quotes.cli.extract, "run", broken)
    result = CliRunner().invoke(cli, ["extract", str(DATA / "docs.conllu")])
    assert result.exit_code == 4
    assert result.stderr == (
        "quotes: internal error: TypeError: unsupported operand type(s) for +: 'int' and 'str' "
        "(a bug; QUOTES_DEBUG=1 shows the traceback)\n"
    )


# ---------------------------------------------------------------- item 16: ids


def test_a_document_id_used_twice_is_flagged(tmp_path):
    lines = good_lines()
    source = tmp_path / "twice.jsonl"
    source.write_text("\n".join([*lines, lines[0]]) + "\n", encoding="utf-8")
    heard: list[str] = []
    summary = run(
        RunConfig(inputs=(str(source),), output=str(tmp_path / "o.jsonl"), job=Job(extractor_factory=hanging_extractor)),
        on_warning=heard.append,
    )
    assert summary.warnings == 1
    assert heard == [f"{source}:19 (doc pud-01): the id was already used by the document at {source}:1: their quote and entity ids collide"]
