"""Resume: a run killed with SIGKILL and resumed writes exactly what an uninterrupted run writes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quotes.batch import MANIFEST_SUFFIX, RunConfig, run
from quotes.errors import QuotesError

DATA = Path(__file__).parent / "data" / "batch"
SRC = Path(__file__).resolve().parents[1]  # the repository root, where the package is
BROKEN = "# newdoc id = broken-{n}\n1\tقال\tقال\tVERB\t_\t_\t0\troot\n\n"


def write_corpus(path: Path, repeats: int) -> int:
    """`repeats` copies of the 18 gold documents (fresh ids), with a broken document every 7th copy."""
    conllu = (DATA / "docs.conllu").read_text(encoding="utf-8")
    count = 0
    with open(path, "w", encoding="utf-8") as stream:
        for number in range(repeats):
            stream.write(conllu.replace("# newdoc id = pud-", f"# newdoc id = r{number}-pud-"))
            count += 18
            if number % 7 == 3:
                stream.write(BROKEN.format(n=number))
                count += 1
    return count


def reference_run(corpus: Path, directory: Path) -> tuple[bytes, bytes]:
    output, errors = directory / "reference.jsonl", directory / "reference-errors.jsonl"
    run(RunConfig(inputs=(str(corpus),), output=str(output), errors=str(errors)))
    return output.read_bytes(), errors.read_bytes()


def start(args: list[str]) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
    return subprocess.Popen(
        [sys.executable, "-m", "quotes", *args],  # the real command in a real process
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: the kill takes the workers too
    )


def checkpoints(manifest: Path) -> list[int]:
    if not manifest.exists():
        return []
    found = []
    for line in manifest.read_bytes().splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        if "done" in entry:
            found.append(entry["done"])
    return found


def test_kill_9_then_resume_gives_no_duplicate_and_no_missing_record(tmp_path):
    corpus = tmp_path / "corpus.conllu"
    total = write_corpus(corpus, repeats=60)
    expected_output, expected_errors = reference_run(corpus, tmp_path)
    assert expected_errors.count(b"\n") == 9

    output, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    manifest = Path(str(output) + MANIFEST_SUFFIX)
    args = ["extract", str(corpus), "-o", str(output), "--errors", str(errors), "--workers", "2", "--batch-size", "8"]
    process = start(args)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        done = checkpoints(manifest)
        if done and done[-1] >= total // 4:
            break
        assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
        time.sleep(0.01)
    assert process.poll() is None, "the run ended before it could be killed; make the corpus bigger"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    killed_at = checkpoints(manifest)[-1]
    assert 0 < killed_at < total
    # Whatever the kill left half-written, plus a torn line in each file as a crash mid-write would leave.
    with open(output, "ab") as stream:
        stream.write(b'{"doc_id": "r1-pud-0')
    with open(manifest, "ab") as stream:
        stream.write(b'{"done": 99')

    resumed = start([*args, "--resume"])
    _, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 1, stderr.decode()  # the broken documents failed
    assert f"{killed_at:,} skipped (done before)".encode() in stderr
    assert output.read_bytes() == expected_output
    assert errors.read_bytes() == expected_errors


def test_resuming_a_finished_run_skips_everything(tmp_path):
    output = tmp_path / "out.jsonl"
    config = RunConfig(inputs=(str(DATA / "docs.conllu"),), output=str(output))
    first = run(config)
    before = output.read_bytes()
    again = run(RunConfig(inputs=config.inputs, output=str(output), resume=True))
    assert (first.done, again.done, again.skipped, again.read) == (18, 0, 18, 18)
    assert output.read_bytes() == before


def test_resume_goes_on_with_appended_documents_and_refuses_changed_inputs(tmp_path):
    corpus = tmp_path / "corpus.conllu"
    write_corpus(corpus, repeats=1)
    output = tmp_path / "out.jsonl"
    run(RunConfig(inputs=(str(corpus),), output=str(output)))
    write_corpus(corpus, repeats=2)  # the same 18 documents, then 18 appended
    appended = run(RunConfig(inputs=(str(corpus),), output=str(output), resume=True))
    assert (appended.skipped, appended.done) == (18, 18)
    reference = tmp_path / "reference.jsonl"
    run(RunConfig(inputs=(str(corpus),), output=str(reference)))
    assert output.read_bytes() == reference.read_bytes()

    text = corpus.read_text(encoding="utf-8")
    corpus.write_text(text.replace("r1-pud-18", "other-18"), encoding="utf-8")  # the last document done is not there now
    with pytest.raises(QuotesError, match=r"cannot resume: item 36 of the inputs was .*r1-pud-18.* and is .*other-18.*only appending"):
        run(RunConfig(inputs=(str(corpus),), output=str(output), resume=True))
    corpus.write_text(text[: len(text) // 3], encoding="utf-8")  # smaller than when the run began
    with pytest.raises(QuotesError, match=r"cannot resume: .*out.jsonl.manifest was written for a run with smaller or other 'inputs'"):
        run(RunConfig(inputs=(str(corpus),), output=str(output), resume=True))
    Path(str(output) + MANIFEST_SUFFIX).unlink()
    with pytest.raises(QuotesError, match=r"cannot resume: .*out.jsonl has no manifest \(out.jsonl.manifest\)"):
        run(RunConfig(inputs=(str(corpus),), output=str(output), resume=True))
    fresh = tmp_path / "fresh.jsonl"
    summary = run(RunConfig(inputs=(str(corpus),), output=str(fresh), resume=True))  # nothing to resume: a fresh run
    assert summary.skipped == 0 and summary.done > 0
