"""Stress: a corpus salted with every kind of bad input, through `quotes extract --workers 2`.

    python benchmarks/stress.py [--clean 12] [--keep DIR] [--limit-s 900]

Builds, in a temporary folder, clean news articles (the SaudiNewsNet dev articles bundled in
tests/data/gold, so no ../shared is needed) mixed with what real corpora hold:

- a 150-character link as one token; a 5,000-word sentence without punctuation;
- a lone surrogate in an id and a text; bidi marks, tatweel and zero-width characters on a cue;
  HTML tags and entities; invalid UTF-8 bytes; control characters; an empty and an English text;
  an id used twice, an id that is a list;
- a CoNLL-U file whose second document has a cycle (1 → 2 → 1);
- a truncated .jsonl.gz (clean articles before the damage);
- a folder with a .TXT article, a README.md, a broken symbolic link and a FIFO named *.txt.

Then runs `quotes extract INPUTS -o out --errors errors --workers 2` (the bundled parser model) and
checks, printing the figures:

1. no crash: the exit code is 1 (some documents failed), stderr holds no traceback;
2. no hang: the run ends within --limit-s;
3. memory per worker is bounded: the peak RSS of each worker process, sampled every 0.2 s;
4. every input is accounted for: each input item is in the output (done), in the errors, or in
   the summary's ignored entries: read = done + failed, and the error records are the bad items;
5. the clean documents' records are identical, byte for byte, to a run over the clean documents alone.

Exits 0 when every check holds, 1 otherwise.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "tests" / "data" / "gold" / "snn_dev_docs.jsonl"
PUD = REPO / "tests" / "data" / "batch" / "docs.conllu"
WORKER_RSS_LIMIT_MIB = 2048

LONG_LINK = "https://www.example.com/" + "%D8%AA%D8%B5%D8%B1%D9%8A%D8%AD" * 4 + "?id=77"
WORDS = "قال الوزير إن المحادثات مستمرة مع الجانب الآخر في المدينة بحضور عدد من المسؤولين والخبراء".split()


def bad_records() -> list[tuple[bytes, str | None]]:
    """JSONL lines of bad input, each with the error kind it must give (None: it must be done)."""

    def line(record: dict[str, Any]) -> bytes:
        return json.dumps(record, ensure_ascii=False).encode("utf-8")

    return [
        (
            line(
                {"id": "long-link", "text": f"وقال المتحدث باسم الهيئة إن التسجيل مفتوح حتى نهاية الشهر. التفاصيل على {LONG_LINK} للجميع."}
            ),
            None,
        ),
        (line({"id": "run-of-words", "text": " ".join(WORDS[i % len(WORDS)] for i in range(5000))}), None),
        ('{"id": "cut-emoji-\\ud83d", "text": "قال الوزير إن الاجتماع انتهى \\ud83d"}'.encode(), None),
        (
            line(
                {"id": "bidi", "text": "\u200fوقـــال\u202a المتحدث\u200b الرسمي\u202c إن الاجتماع سيعقد يوم الأحد المقبل في مقر الوزارة."}
            ),
            None,
        ),
        (
            line(
                {"id": "html", "text": "<p>وقال الوزير في تصريح صحفي: &quot;الطريق سيفتح قريباً&quot;</p><br/><p>وأضاف أن العمل مستمر.</p>"}
            ),
            None,
        ),
        (b'{"id": "latin1", "text": "' + "قال الوزير إن".encode() + b' caf\xe9"}', "invalid_utf8"),
        (line({"id": "controls", "text": "قال" + "\x01\x02\x03" * 50}), "binary"),
        (line({"id": "empty", "text": "  "}), "empty"),
        (line({"id": "english", "text": "The minister said the talks would go on."}), "not_arabic"),
        (line({"id": ["a", "list"], "text": "قال الوزير إن الاجتماع انتهى."}), "bad_id"),
        (b'{"id": "broken", "text": "\xd9\x82', "malformed_json"),
    ]


def build(root: Path, clean: list[dict[str, Any]]) -> tuple[list[str], list[str], dict[str, Any]]:
    """The salted inputs and the clean-only inputs, and what the salted run must report."""
    salted, alone = root / "salted", root / "clean"
    salted.mkdir()
    alone.mkdir()
    third = max(1, len(clean) // 3)
    jsonl_part, gz_part, folder_part = clean[:third], clean[third : 2 * third], clean[2 * third :]

    # 1. JSONL: clean articles, the bad records between them, an id used twice
    lines: list[bytes] = []
    expected_errors: list[str] = []
    bad = bad_records()
    for position, article in enumerate(jsonl_part):
        lines.append(json.dumps(article, ensure_ascii=False).encode("utf-8"))
        for record, kind in bad[position :: len(jsonl_part)]:
            lines.append(record)
            if kind is not None:
                expected_errors.append(kind)
    lines.append(json.dumps(jsonl_part[0], ensure_ascii=False).encode("utf-8"))  # the same id again
    (salted / "news.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    (alone / "news.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in jsonl_part), encoding="utf-8")

    # 2. CoNLL-U: three PUD documents, the second with a cycle
    documents = PUD.read_text(encoding="utf-8").split("# newdoc id = ")[1:4]
    first_row = documents[1].index("\n1\t")
    rows = documents[1][first_row + 1 :].split("\n")
    head_1 = rows[0].split("\t")
    head_2 = rows[1].split("\t")
    head_1[6], head_2[6] = "2", "1"
    cyclic = documents[1][: first_row + 1] + "\n".join(["\t".join(head_1), "\t".join(head_2), *rows[2:]])
    (salted / "parsed.conllu").write_text("".join("# newdoc id = " + d for d in (documents[0], cyclic, documents[2])), encoding="utf-8")
    (alone / "parsed.conllu").write_text("".join("# newdoc id = " + d for d in (documents[0], documents[2])), encoding="utf-8")
    expected_errors.append("conllu")

    # 3. a truncated .jsonl.gz: the articles before the damage are clean, the damage is an error record
    packed = gzip.compress("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in gz_part).encode("utf-8"))
    (salted / "archive.jsonl.gz").write_bytes(packed[: len(packed) * 3 // 4])
    readable = _readable_before_damage(salted / "archive.jsonl.gz")
    (alone / "archive.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in readable), encoding="utf-8")
    expected_errors.append("truncated_gzip")

    # 4. a folder: articles as .TXT files, a README, a broken link, a FIFO
    for name, folder in (("salted", salted / "folder"), ("clean", alone / "folder")):
        folder.mkdir()
        for article in folder_part:
            (folder / f"{article['id']}.TXT").write_text(article["text"], encoding="utf-8")
        if name == "salted":
            (folder / "README.md").write_text("notes", encoding="utf-8")
            (folder / "gone.txt").symlink_to(root / "nowhere.txt")
            os.mkfifo(folder / "pipe.txt")
    expected_errors += ["unreadable", "not_a_file"]

    inputs = [str(salted / name) for name in ("news.jsonl", "parsed.conllu", "archive.jsonl.gz", "folder")]
    clean_inputs = [str(alone / name) for name in ("news.jsonl", "parsed.conllu", "archive.jsonl", "folder")]
    clean_ids = [a["id"] for a in jsonl_part] + ["pud-01", "pud-03"] + [a["id"] for a in readable] + [a["id"] for a in folder_part]
    expectation = {
        "errors": sorted(expected_errors),
        "clean_ids": clean_ids,
        "done_extra": 6,  # long-link, run-of-words, cut-emoji, bidi, html, and the duplicate
        "ignored": 1,  # README.md
    }
    return inputs, clean_inputs, expectation


def _readable_before_damage(path: Path) -> list[dict[str, Any]]:
    found = []
    try:
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            for line in stream:
                if line.endswith("\n"):
                    found.append(json.loads(line))
    except (EOFError, OSError):
        pass
    return found


def run(inputs: list[str], out: Path, limit_s: float) -> dict[str, Any]:
    """`quotes extract --workers 2` over `inputs`: exit code, stderr, wall time, peak RSS per worker."""
    import psutil

    command = [sys.executable, "-m", "quotes", "extract", *inputs, "-o", str(out), "--errors", str(out) + ".errors", "--workers", "2"]
    began = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO)
    peaks: dict[int, int] = {}
    stop = threading.Event()

    def sample() -> None:
        parent = psutil.Process(process.pid)
        while not stop.is_set():
            try:
                for child in parent.children(recursive=True):
                    try:
                        peaks[child.pid] = max(peaks.get(child.pid, 0), child.memory_info().rss)
                    except psutil.Error:
                        continue
            except psutil.Error:
                return
            stop.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        _, stderr = process.communicate(timeout=limit_s)
        hung = False
    except subprocess.TimeoutExpired:
        process.kill()
        _, stderr = process.communicate()
        hung = True
    stop.set()
    sampler.join()
    workers = sorted((rss for rss in peaks.values() if rss > 200 * 2**20), reverse=True)  # the resource tracker is small
    return {
        "exit": process.returncode,
        "hung": hung,
        "seconds": round(time.monotonic() - began, 1),
        "stderr": stderr.decode("utf-8", "replace"),
        "worker_peak_mib": [rss // 2**20 for rss in workers],
    }


def records_by_document(path: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        found.setdefault(json.loads(line)["doc_id"], []).append(line)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clean", type=int, default=12, help="clean articles in the corpus (default 12)")
    parser.add_argument("--keep", type=Path, help="build and keep everything in this folder")
    parser.add_argument("--limit-s", type=float, default=900, help="a run that takes longer has hung")
    args = parser.parse_args(argv)
    articles = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines()][: args.clean]
    root = Path(tempfile.mkdtemp(prefix="quotes-stress-")) if args.keep is None else args.keep
    root.mkdir(parents=True, exist_ok=True)
    try:
        inputs, clean_inputs, expectation = build(root, articles)
        salted = run(inputs, root / "salted.jsonl", args.limit_s)
        clean = run(clean_inputs, root / "clean.jsonl", args.limit_s)
        return report(root, salted, clean, expectation)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


def report(root: Path, salted: dict[str, Any], clean: dict[str, Any], expectation: dict[str, Any]) -> int:
    errors = [json.loads(line) for line in (root / "salted.jsonl.errors").read_text(encoding="utf-8").splitlines()]
    kinds = sorted(error["kind"] for error in errors)
    summary = next((line for line in salted["stderr"].splitlines() if line.startswith("quotes: read ")), "")
    salted_records = records_by_document(root / "salted.jsonl")
    clean_records = records_by_document(root / "clean.jsonl")
    twice = expectation["clean_ids"][0]  # the JSONL's first article comes again at its end, under the same id
    differing = [
        doc_id
        for doc_id in expectation["clean_ids"]
        if salted_records.get(doc_id, []) != clean_records.get(doc_id, []) * (2 if doc_id == twice else 1)
    ]
    warnings = [line for line in salted["stderr"].splitlines() if line.startswith("quotes: warning:")]
    clean_docs = len(expectation["clean_ids"])
    done_expected = clean_docs + expectation["done_extra"]
    checks = {
        "no crash (exit 1, no traceback)": salted["exit"] == 1 and "Traceback" not in salted["stderr"],
        "no hang": not salted["hung"] and not clean["hung"],
        f"worker peak RSS under {WORKER_RSS_LIMIT_MIB} MiB": bool(salted["worker_peak_mib"])
        and max(salted["worker_peak_mib"]) < WORKER_RSS_LIMIT_MIB,
        "every bad input has its error record": kinds == expectation["errors"],
        "every input accounted for (read = done + failed, ignored listed)": (
            f"read {done_expected + len(kinds):,} documents: {done_expected:,} done, {len(kinds):,} failed" in summary
            and f"ignored: {expectation['ignored']} folder entries" in salted["stderr"]
        ),
        "clean documents' records identical to a clean run": not differing and clean["exit"] == 0,
    }
    print(f"corpus: {clean_docs} clean documents, {expectation['done_extra']} hard but valid ones, {len(kinds)} bad items, 1 ignored entry")
    print(f"salted run: exit {salted['exit']}, {salted['seconds']} s, worker peak RSS {salted['worker_peak_mib']} MiB")
    print(f"  {summary}")
    print(f"  error kinds: {', '.join(kinds)}")
    for warning in warnings:
        print(f"  {warning}")
    print(f"clean run: exit {clean['exit']}, {clean['seconds']} s, worker peak RSS {clean['worker_peak_mib']} MiB")
    print(
        f"clean documents with the same records in both runs: {clean_docs - len(differing)}/{clean_docs}"
        + (f" (differ: {', '.join(differing)})" if differing else "")
    )
    for check, held in checks.items():
        print(f"{'ok  ' if held else 'FAIL'} {check}")
    if not all(checks.values()):
        print(salted["stderr"][-3000:], file=sys.stderr)
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
