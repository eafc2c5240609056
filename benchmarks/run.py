"""Corpus-scale benchmarks on SaudiNewsNet articles, measured side by side in one run.

    python benchmarks/run.py [--docs 100] [--shared ../shared] [--no-readme]

Measures, on the first --docs articles of ../shared/data/saudinewsnet:

1. parser alone (Stanza, warm, this process, one torch thread as a worker has): words/s;
2. end-to-end `quotes extract` (warm, same threads), batch by batch in turn with (1): words/s and its ratio to (1);
3. rules only, from the CoNLL-U parse cache of (1), one core: sentences/s, with the compiled
   modules (`quotes compile`) and, in a fresh process, with every module as Python;
4. scaling: `quotes extract --workers 2` vs `--workers 1` (one thread each; and vs one worker
   with all cores as torch threads), fresh processes, model load included,
   and the peak RSS of each worker process; beside it, two one-worker runs over
   half of the articles each, side by side: what the machine gives two processes;
5. peak RSS per worker at 1k and 10k documents, rules only from the cache
   (the parsed articles repeated under new ids: parsing 10k articles takes hours here).

With ``--rules-only CACHE [CACHE ...]`` it measures (3) alone over those parse caches and prints it.

Writes the table into benchmarks/README.md (between the result markers) and
benchmarks/results.json. Exits 2 with a message when ../shared or the parser
model is missing.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SRC = REPO  # the package is at the top level
sys.path.insert(0, str(SRC))

from quotes import compiled  # noqa: E402 - after the path is set

BEGIN, END = "<!-- results:begin -->", "<!-- results:end -->"


def fail(message: str) -> int:
    print(f"benchmarks/run.py: {message}", file=sys.stderr)
    return 2


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def sample_articles(corpus: Path, count: int, target: Path) -> list[dict[str, Any]]:
    """The first `count` articles with at least 50 words, written to `target` as JSONL."""
    articles = []
    with gzip.open(corpus, "rt", encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            if isinstance(record.get("text"), str) and len(record["text"].split()) >= 50:
                articles.append(record)
            if len(articles) >= count:
                break
    with open(target, "w", encoding="utf-8") as stream:
        for record in articles:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return articles


def machine() -> dict[str, Any]:
    import stanza
    import torch

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = 0
    try:
        import psutil

        memory = psutil.virtual_memory().total
    except ImportError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(memory / 2**30, 1),
        "load_average_at_start": [round(value, 2) for value in os.getloadavg()],
        "python": platform.python_version(),
        "torch": torch.__version__,
        "stanza": stanza.__version__,
        "platform": platform.platform(),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


def run_cli(args: list[str]) -> dict[str, Any]:
    """Run `quotes ARGS` in a fresh process; wall time and the peak RSS of the main process and of each worker."""
    import resource

    import psutil

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
    own_cpu = time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    children_cpu = children.ru_utime + children.ru_stime
    began = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "quotes", *args], env=env, stderr=subprocess.PIPE)
    main = psutil.Process(process.pid)
    peaks: dict[int, int] = {}
    workers: set[int] = set()
    members: dict[int, Any] = {main.pid: main}
    named: set[int] = set()  # processes whose command line was read
    listed = 0.0
    while process.poll() is None:
        # This process shares the CPU with the run it measures: the run's processes are listed once a second (listing
        # reads every process of the machine), each one's command line read once, its memory every 0.1 s. Polling
        # every process afresh each time cost 0.7 CPU s in a 28 s run of 2 workers on 2 cores, where it slows them.
        if time.monotonic() - listed >= 1.0:
            listed = time.monotonic()
            try:
                for child in main.children(recursive=True):
                    members.setdefault(child.pid, child)
            except psutil.Error:
                pass
        for pid, member in list(members.items()):
            try:
                rss = member.memory_info().rss
                if pid not in named:
                    if "spawn_main" in " ".join(member.cmdline()):
                        workers.add(pid)
                    named.add(pid)
            except psutil.Error:
                if not member.is_running():
                    del members[pid]
                continue
            peaks[pid] = max(peaks.get(pid, 0), rss)
        time.sleep(0.1)
    wall = time.monotonic() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    run_cpu = after.ru_utime + after.ru_stime - children_cpu  # the run's processes, its workers included
    polling_cpu = time.process_time() - own_cpu  # this process meanwhile: the memory polling
    stderr = process.stderr.read().decode() if process.stderr else ""
    if process.returncode not in (0, 1):
        raise RuntimeError(f"quotes {' '.join(args)} failed ({process.returncode}):\n{stderr}")
    main_peak = peaks.pop(process.pid, 0)
    # Worker processes are started by multiprocessing's spawn_main (not its resource tracker).
    worker_peaks = sorted((peaks[pid] for pid in workers if pid in peaks), reverse=True)
    return {
        "seconds": wall,
        "cpu_seconds": run_cpu,
        "polling_cpu_seconds": polling_cpu,
        "main_rss_mib": main_peak / 2**20,
        "worker_rss_mib": [peak / 2**20 for peak in worker_peaks],
        "stderr": stderr.strip().splitlines()[-3:],
    }


def run_side_by_side(commands: list[list[str]]) -> dict[str, Any]:
    """Start `quotes ARGS` for each of `commands` at once, in fresh processes; the wall time until the last ends."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
    began = time.monotonic()
    processes = [
        subprocess.Popen([sys.executable, "-m", "quotes", *args], env=env, stderr=subprocess.DEVNULL) for args in commands
    ]
    ended = []
    for process, args in zip(processes, commands, strict=True):
        if process.wait() not in (0, 1):
            raise RuntimeError(f"quotes {' '.join(args)} failed ({process.returncode})")
        ended.append(time.monotonic() - began)
    return {"seconds": max(ended), "each_seconds": ended}


def split_sample(sample: Path, work: Path) -> list[Path]:
    """The sample's articles dealt alternately into two files (about the same number of words in each)."""
    lines = sample.read_text(encoding="utf-8").splitlines(keepends=True)
    halves = [work / "half-0.jsonl", work / "half-1.jsonl"]
    for number, half in enumerate(halves):
        half.write_text("".join(lines[number::2]), encoding="utf-8")
    return halves


def words(texts: list[str]) -> int:
    return sum(len(text.split()) for text in texts)


def _stage_timers(pipelines: dict[str, Any], seconds: dict[str, float]) -> None:
    """Wrap each processor's bulk_process so that its CPU seconds add up in `seconds[label:name]`."""
    for label, pipeline in pipelines.items():
        for name, processor in pipeline.processors.items():
            original = processor.bulk_process

            def timed(docs: Any, *rest: Any, _key: str = f"{label}:{name}", _original: Any = original) -> Any:
                began = time.process_time()
                try:
                    return _original(docs, *rest)
                finally:
                    seconds[_key] = seconds.get(_key, 0.0) + time.process_time() - began

            processor.bulk_process = timed


def _time_calls(owner: Any, method: str, key: str, seconds: dict[str, float]) -> None:
    """Wrap `owner.method` so that its CPU seconds add up in `seconds[key]`."""
    original = getattr(owner, method)

    def timed(*args: Any) -> Any:
        began = time.process_time()
        try:
            return original(*args)
        finally:
            seconds[key] = seconds.get(key, 0.0) + time.process_time() - began

    setattr(owner, method, timed)


def _trees(documents: list[Any]) -> list[tuple[Any, ...]]:
    return [(w.text, w.upos, w.xpos, w.feats, w.lemma, w.head, w.deprel) for d in documents for s in d.sentences for w in s.words]


def bench_entity_inference(tagger: Any, parsed: list[Any]) -> dict[str, Any]:
    """The entity tagger as `quotes` runs it against the same model with Stanza's own prediction (every word
    read letter by letter, the CRF loss computed, one sentence decoded at a time), over the parsed words in
    batches of 16 documents, in turn: CPU seconds and whether the tags are the same."""
    from quotes.entity_tagger import EntityTagger, default_model_dir, default_vectors

    if tagger is None:
        return {}
    plain = EntityTagger.load(default_model_dir() / "ner.pt", default_vectors(), fast=False)
    plain.tag_many([["قال", "الوزير"]])
    cpu = {"quotes": 0.0, "stanza": 0.0}
    same = True
    for start in range(0, len(parsed), 16):
        sentences = [[w.text for w in s.words] for d in parsed[start : start + 16] for s in d.sentences]
        found = {}
        for name, model in (("quotes", tagger), ("stanza", plain)):
            began = time.process_time()
            found[name] = model.tag_many(sentences)
            cpu[name] += time.process_time() - began
        same = same and found["quotes"] == found["stanza"]
    return {"cpu_seconds": cpu, "speedup": cpu["stanza"] / cpu["quotes"], "identical": same}


Call = Callable[[list[Any]], Any]


def time_in_turn(batches: Sequence[list[Any]], groups: Sequence[Sequence[tuple[str, Call]]]) -> tuple[dict[str, float], dict[str, float]]:
    """Run every call of every group over each batch, batch by batch, and add up each call's CPU seconds (of this
    process) and wall seconds by name. The groups run in the given order over the even batches and in the reverse
    order over the odd ones (A/B, B/A, ...), so that no group always runs first or last on a batch: on a shared
    machine whose speed moves from minute to minute, every group meets the same moments. The calls of one group
    keep their order (the entity tagger reads what the parser just parsed)."""
    cpu: dict[str, float] = {name: 0.0 for group in groups for name, _ in group}
    wall = dict.fromkeys(cpu, 0.0)
    for number, batch in enumerate(batches):
        for group in groups if number % 2 == 0 else groups[::-1]:
            for name, call in group:
                began_cpu, began_wall = time.process_time(), time.monotonic()
                call(list(batch))
                cpu[name] += time.process_time() - began_cpu
                wall[name] += time.monotonic() - began_wall
    return cpu, wall


#: Documents per batch in the parser's and the end-to-end comparisons (the tool's own default batch size).
BATCH_DOCUMENTS = 16


def bench_parser(articles: list[dict[str, Any]], threads: int, cache: Path, model: str | None, work: Path) -> dict[str, Any]:
    """The project's parser, the same parser with Stanza's own decoding, a stock Stanza pipeline over the same model
    files, and end-to-end `quotes extract` (`quotes.batch.run`) with a pipeline of its own, batch by batch in turn
    (:func:`time_in_turn`: a busy machine slows all of them alike); then the project's parses written as the CoNLL-U
    cache."""
    import stanza

    from quotes.api import Extractor
    from quotes.batch import Job, RunConfig, keep_extractor, run
    from quotes.batch.job import loaded_extractors
    from quotes.graph import document_from_stanza
    from quotes.io import conllu_with_meta
    from quotes.parser import StanzaParser

    extractor = Extractor(model, threads=threads)
    texts = [article["text"] for article in articles]
    began = time.monotonic()
    parser = extractor.parser
    parser.parse_many(texts[:4])  # warm-up: first calls allocate
    load = time.monotonic() - began
    # the same pipeline with Stanza's own inference: its decoder, every label scored, every word read letter by letter
    stock_decoding = StanzaParser(model, threads=threads, fast_decoding=False, fast_tagging=False, fast_tokenizing=False)
    options = parser._compact_options() if parser.info.kind == "compact" else parser._official_options()
    stock = stanza.Pipeline(**options)  # what a user of stock Stanza runs on the same model files
    stock_decoding.parse_many(texts[:4])
    stock.bulk_process(texts[:4])
    # End-to-end runs with a pipeline of its own, warmed up alike: its character and lemma memories then see the
    # same articles in the same order as the parser's (whichever ran first on a batch, the other finds no spelling
    # that the first one's memories learned), as a long run's worker does
    job = Job(model=model, threads=threads)
    whole = Extractor(model, threads=threads)
    whole.parser.parse_many(texts[:4])
    stages: dict[str, float] = {}
    _stage_timers({"quotes": parser._tokenize, "quotes+": parser._full, "stock": stock}, stages)
    if parser._fast_tokenizer is not None:  # the parser tokenizes through quotes.tokenizer_inference, not bulk_process
        _time_calls(parser._fast_tokenizer, "tokenize_many", "quotes:tokenize", stages)
    parsed: list[Any] = []
    slow_parsed: list[Any] = []
    tagged: list[Any] = []
    tagger = extractor.entity_tagger  # on by default: `quotes parse` tags every document it parses
    if tagger is not None:
        tagger.tag_many([["قال", "الوزير"]])  # warm-up
    if whole.entity_tagger is not None:
        whole.entity_tagger.tag_many([["قال", "الوزير"]])
    # Every pipeline loaded: the batch serves end-to-end with its own, the process settled for documents as a worker
    # that loads one is (frozen models, young collections every 50,000 objects), which `quotes parse` and `quotes
    # extract` both are; the parser and Stanza's groups run with the same collector
    keep_extractor(job, whole)
    batches = [articles[start : start + BATCH_DOCUMENTS] for start in range(0, len(articles), BATCH_DOCUMENTS)]
    extracted = {"quotes": 0, "failed": 0, "runs": 0}

    def parse(batch: list[dict[str, Any]]) -> None:
        parsed.extend(parser.parse_many([article["text"] for article in batch]))

    def tag(batch: list[dict[str, Any]]) -> None:  # as `quotes parse` tags a batch of documents
        documents = [
            document_from_stanza(stanza_document, doc_id=str(article["id"]), text=article["text"])
            for article, stanza_document in zip(batch, parsed[len(tagged) :], strict=True)
        ]
        tagged.extend(extractor.tagged_many(documents))

    def end_to_end(batch: list[dict[str, Any]]) -> None:  # `quotes extract BATCH.jsonl`: reading, parsing, rules, writing
        number = extracted["runs"]
        extracted["runs"] += 1
        source = work / f"e2e-in-{number:03d}.jsonl"
        source.write_text("".join(json.dumps(article, ensure_ascii=False) + "\n" for article in batch), encoding="utf-8")
        summary = run(RunConfig(inputs=(str(source),), output=str(work / f"e2e-out-{number:03d}.jsonl"), job=job))
        extracted["quotes"] += summary.quotes
        extracted["failed"] += summary.failed

    cpu, wall = time_in_turn(
        batches,
        [
            [("quotes", parse), ("entity tagger", tag)],
            [("end-to-end", end_to_end)],
            [("stanza decoding", lambda batch: slow_parsed.extend(stock_decoding.parse_many([a["text"] for a in batch])))],
            [("stock", lambda batch: stock.bulk_process([article["text"] for article in batch]))],
        ],
    )
    del loaded_extractors[job.key]
    sentences = 0
    lengths: list[int] = []
    with open(cache, "w", encoding="utf-8") as stream:
        for article, document in zip(articles, tagged, strict=True):
            sentences += len(document.sentences)
            lengths.extend(len(sentence.words) for sentence in document.sentences)
            meta = {key: value for key, value in article.items() if key not in ("id", "text")}
            stream.write(conllu_with_meta(document.to_conllu(), meta))
    count = words(texts)
    # what `quotes parse` runs: the parser, then the entity tagger over its words
    cpu["quotes parse"] = cpu["quotes"] + cpu["entity tagger"]
    wall["quotes parse"] = wall["quotes"] + wall["entity tagger"]
    return {
        "words": count,
        "sentences": sentences,
        "seconds": wall["quotes parse"],
        "cpu_seconds": cpu,
        "wall_seconds": wall,
        "load_seconds": load,
        "words_per_s": count / wall["quotes parse"],
        "words_per_cpu_s": {name: count / value for name, value in cpu.items() if value},
        "vs_stock": cpu["stock"] / cpu["quotes parse"],
        "vs_stock_parser_only": cpu["stock"] / cpu["quotes"],
        "vs_stanza_decoding": cpu["stanza decoding"] / cpu["quotes"],
        "identical_to_stanza_decoding": _trees(parsed) == _trees(slow_parsed),
        "entity_inference": bench_entity_inference(tagger, parsed),
        "stages_cpu_seconds": {name: round(value, 2) for name, value in sorted(stages.items())},
        "by_length": bench_lengths(parser, stock_decoding, parsed),
        "model": parser.info.name,
        "end_to_end": {
            "seconds": wall["end-to-end"],
            "cpu_seconds": cpu["end-to-end"],
            "words_per_s": count / wall["end-to-end"],
            "words_per_cpu_s": count / cpu["end-to-end"],
            # end-to-end / `quotes parse` (parser + entity tagger), both timed batch by batch in turn
            "ratio": cpu["quotes parse"] / cpu["end-to-end"],
            "ratio_wall": wall["quotes parse"] / wall["end-to-end"],
            "batches": len(batches),
            "quotes": extracted["quotes"],
            "failed": extracted["failed"],
        },
    }


LENGTH_BUCKETS = ((1, 15), (16, 30), (31, 60), (61, 120), (121, 10_000))


def bench_lengths(parser: Any, stock_decoding: Any, parsed: list[Any]) -> list[dict[str, Any]]:
    """Tagger + lemmatizer + parser on the parsed sentences grouped by length: CPU ms per sentence, both decoders."""
    from stanza.models.common.doc import Document

    from quotes.parser import PARSING_PROCESSORS

    sentences = [[word.text for word in s.words] for document in parsed for s in document.sentences]
    rows = []
    for low, high in LENGTH_BUCKETS:
        bucket = [sentence for sentence in sentences if low <= len(sentence) <= high]
        if not bucket:
            continue
        row: dict[str, Any] = {"words": f"{low}–{high}" if high < 10_000 else f"≥ {low}", "sentences": len(bucket)}
        for name, pipeline in (("quotes", parser._full), ("stanza decoding", stock_decoding._full)):
            document = Document([[{"id": (i,), "text": w} for i, w in enumerate(s, 1)] for s in bucket])
            began = time.process_time()
            pipeline.bulk_process([document], processors=PARSING_PROCESSORS)
            row[name] = 1000 * (time.process_time() - began) / len(bucket)
        rows.append(row)
    return rows


def bench_rules(cache: Path, out: Path) -> dict[str, Any]:
    """Rules only over the CoNLL-U cache, this process, one core, rules already loaded."""
    from quotes.batch import Job, RunConfig, extractor_for, run

    job = Job(threads=1)
    extractor_for(job)  # rules loaded before timing
    sentences = sum(1 for line in cache.open(encoding="utf-8") if line.startswith("# sent_id"))
    seconds = cpu = float("inf")
    for _ in range(RULES_RUNS):  # the best of a few runs: a shared machine only ever slows a run down
        began, began_cpu = time.monotonic(), time.process_time()
        summary = run(RunConfig(inputs=(str(cache),), output=str(out), job=job))
        seconds, cpu = min(seconds, time.monotonic() - began), min(cpu, time.process_time() - began_cpu)
    return {
        "runs": RULES_RUNS,
        "sentences": sentences,
        "documents": summary.done,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "sentences_per_s": sentences / seconds,
        "sentences_per_cpu_s": sentences / cpu,
        "quotes": summary.quotes,
        "compiled_modules": _compiled_modules(),
        "modules": len(compiled.MODULES),
    }


def _compiled_modules() -> int:
    """How many of the rule pipeline's modules this process runs compiled (quotes.compiled)."""
    return sum(compiled.running_compiled(importlib.import_module(name)) for name in compiled.MODULES)


def bench_rules_fresh(cache: Path, out: Path, *, pure_python: bool) -> dict[str, Any]:
    """:func:`bench_rules` in a fresh process, as a rules-only `quotes extract` runs (no parser in memory): with the
    compiled modules where they are built, or with every module as Python (``QUOTES_PURE_PYTHON=1``)."""
    code = (
        "import json, sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); import run; "
        "print(json.dumps(run.bench_rules(Path(sys.argv[2]), Path(sys.argv[3]))))"
    )
    environment = {key: value for key, value in os.environ.items() if key != compiled.PURE_PYTHON_VARIABLE}
    if pure_python:
        environment[compiled.PURE_PYTHON_VARIABLE] = "1"
    done = subprocess.run(
        [sys.executable, "-c", code, str(REPO / "benchmarks"), str(cache), str(out)],
        capture_output=True, text=True, env=environment, check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def bench_rules_both(cache: Path, work: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """Rules only compiled and as Python, in turn (RULES_ROUNDS rounds of fresh processes, each the best of its
    RULES_RUNS passes); the fastest of each counts. The records must be the same."""
    best: dict[bool, dict[str, Any]] = {}
    for _ in range(RULES_ROUNDS):
        for pure_python in (False, True):
            found = bench_rules_fresh(cache, work / f"rules-{pure_python}.jsonl", pure_python=pure_python)
            if pure_python not in best or found["cpu_seconds"] < best[pure_python]["cpu_seconds"]:
                best[pure_python] = found
    same = (work / "rules-False.jsonl").read_bytes() == (work / "rules-True.jsonl").read_bytes()
    return {**best[False], "rounds": RULES_ROUNDS, "same_records_as_python": same}, {**best[True], "rounds": RULES_ROUNDS}


#: Rounds of the scaling runs (one worker, two workers, two independent halves); the fastest of each counts.
SCALING_ROUNDS = 2

#: Rules-only passes over the cache per process; the fastest counts.
RULES_RUNS = 3
#: Rounds of rules-only processes, compiled and as Python in turn.
RULES_ROUNDS = 2


def rules_only(caches: Sequence[Path]) -> int:
    """The rules-only figure alone (issue 12) over `caches` read as one: :func:`bench_rules_both`, one line each for
    the compiled modules and for every module as Python, and whether both wrote the same records."""
    missing = [str(cache) for cache in caches if not cache.is_file()]
    if missing:
        return fail(f"no such parse cache: {', '.join(missing)}")
    with tempfile.TemporaryDirectory(prefix="quotes-rules-") as folder:
        work = Path(folder)
        cache = work / "cache.conllu"
        cache.write_text("".join(path.read_text(encoding="utf-8") for path in caches), encoding="utf-8")
        built, python = bench_rules_both(cache, work)
    for name, found in (("compiled", built), ("as Python", python)):
        print(
            f"rules only, {name} ({found['compiled_modules']} of {found['modules']} modules compiled): "
            f"{found['sentences_per_cpu_s']:,.0f} sentences per CPU second ({found['cpu_seconds'] * 1000 / found['sentences']:.3f} "
            f"CPU ms a sentence; {found['sentences']:,} sentences, {found['documents']:,} documents, {found['quotes']:,} quotes; "
            f"best of {found['runs']} passes in {found['rounds']} processes)"
        )
    print(f"same records compiled and as Python: {'yes' if built['same_records_as_python'] else 'NO'}")
    return 0


def repeat_cache(cache: Path, documents: int, target: Path) -> None:
    """`documents` documents: the cache's documents repeated under fresh ids."""
    text = cache.read_text(encoding="utf-8")
    blocks = text.split("# newdoc id = ")[1:]
    with open(target, "w", encoding="utf-8") as stream:
        for number in range(documents):
            stream.write(f"# newdoc id = r{number // len(blocks)}-" + blocks[number % len(blocks)])


def table(results: dict[str, Any]) -> str:
    m = results["machine"]
    rows = ["| measurement | figure | target |", "| --- | --- | --- |"]
    if "parser" in results:
        p, e = results["parser"], results["end_to_end"]
        rate = p["words_per_cpu_s"]
        rows += [
            f"| `quotes parse`: parser + entity tagger ({p['threads']} torch thread{'s' if p['threads'] != 1 else ''}, warm) | "
            f"{p['words_per_s']:,.0f} words/s ({p['words']:,} words, {p['sentences']:,} sentences in {p['seconds']:.1f} s; "
            f"{rate['quotes parse']:,.0f} words per CPU second; the parser alone {rate['quotes']:,.0f}, "
            f"the entity tagger alone {rate.get('entity tagger', 0):,.0f}) | — |",
            f"| stock `stanza.Pipeline`, same model files and thread | {rate['stock']:,.0f} words per CPU second | — |",
            f"| `quotes parse` / stock Stanza (CPU time, batches in turn) | {p['vs_stock']:.2f}× "
            f"({p.get('vs_stock_parser_only', p['vs_stock']):.2f}× without the entity tagger, which stock Stanza does not run) | ≥ 1.5× |",
            f"| parser: our inference (compiled decoder, labels of chosen arcs, character and feature memories) / "
            f"Stanza's own, same pipeline | {p['vs_stanza_decoding']:.2f}× | — |",
            f"| same tags, lemmas and trees with both | {'yes' if p['identical_to_stanza_decoding'] else 'NO'} | yes |",
            *_entity_rows(p.get("entity_inference", {})),
            f"| end-to-end `quotes extract` (same thread count, warm, a pipeline of its own) | {e['words_per_s']:,.0f} words/s "
            f"({e.get('words_per_cpu_s', 0):,.0f} words per CPU second; {e['quotes']:,} quotes) | — |",
            f"| end-to-end / parser alone (`quotes parse`: parser + entity tagger), words per CPU second, "
            f"{e.get('batches', 1)} batch{'es' if e.get('batches', 1) != 1 else ''} in turn | "
            f"{e['ratio']:.3f} (wall time: {e.get('ratio_wall', e['ratio']):.3f}) | ≥ 0.95 |",
        ]
    r = results["rules"]
    built = f"{r['compiled_modules']} of {r['modules']} modules compiled, `quotes compile`" if "modules" in r else "as Python"
    rows.append(
        f"| rules only from the CoNLL-U cache (entity tags read from it), 1 core, fresh process ({built}) | "
        f"{r['sentences_per_cpu_s']:,.0f} "
        f"sentences per CPU second ({r['sentences_per_s']:,.0f}/s wall; {r['sentences']:,} sentences, {r['documents']:,} documents; "
        f"best of {r.get('runs', 1) * r.get('rounds', 1)} passes in {r.get('rounds', 1)} processes) | ≥ 2,000 |"
    )
    if "rules_as_python" in results:
        q = results["rules_as_python"]
        rows.append(
            f"| the same, every module as Python (`QUOTES_PURE_PYTHON=1`, fresh process) | {q['sentences_per_cpu_s']:,.0f} sentences "
            f"per CPU second (compiled / Python: {r['sentences_per_cpu_s'] / q['sentences_per_cpu_s']:.2f}×) | — |"
        )
        rows.append(f"| same records compiled and as Python | {'yes' if r['same_records_as_python'] else 'NO'} | yes |")
    if "scaling" in results:
        s = results["scaling"]
        rows += [
            f"| `--workers 1` (fresh process, 1 torch thread) | {s['one']['seconds']:.1f} s{_cpu_note(s['one'])} | — |",
            f"| `--workers 2` (fresh processes, 1 thread each) | {s['two']['seconds']:.1f} s{_cpu_note(s['two'])} | — |",
            f"| scaling, 2 workers vs 1 | {s['speedup']:.2f}×{_rounds_note(s)} | ≥ 1.7× on 2 cores |",
            *_ceiling_rows(s),
            f"| same records from 1 and 2 workers | {'yes' if s['same_records'] else 'NO'} | yes |",
        ]
        if s["one_threads"]:
            rows += [
                f"| `--workers 1 --threads {s['threads']}` (fresh process) | {s['one_threads']['seconds']:.1f} s | — |",
                f"| scaling, 2 workers vs 1 worker of {s['threads']} threads | {s['speedup_vs_threads']:.2f}× | — |",
            ]
        rows += [
            f"| peak RSS per parsing worker, {results['docs']} documents | "
            f"{', '.join(f'{v:,.0f}' for v in s['two']['worker_rss_mib'])} MiB "
            f"(main process {s['two']['main_rss_mib']:,.0f} MiB) | flat |",
        ]
    for size, found in results.get("rss", {}).items():
        rows.append(
            f"| peak RSS per worker, {int(size):,} documents, rules only (`--workers 2`) | "
            f"{', '.join(f'{v:,.0f}' for v in found['worker_rss_mib'])} MiB "
            f"(main process {found['main_rss_mib']:,.0f} MiB; {found['seconds']:.1f} s) | flat |"
        )
    machine_line = (
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB RAM; Python {m['python']}, "
        f"torch {m['torch']}, stanza {m['stanza']}; load average at start {m['load_average_at_start']} "
        f"(anything near or above the core count means other jobs shared the CPU); {m['date']}; "
        f"model `{results.get('model', 'n/a')}`; {results['docs']} SaudiNewsNet articles."
    )
    extra: list[str] = []
    if "parser" in results:
        p = results["parser"]
        extra += ["", "CPU seconds per stage over the same articles (`quotes+`: tagging and parsing after the clitic correction):", ""]
        extra += ["| stage | CPU s |", "| --- | --- |"]
        extra += [f"| {name} | {value:.2f} |" for name, value in p["stages_cpu_seconds"].items()]
        extra += ["", "Tagger + lemmatizer + parser by sentence length, CPU ms per sentence:", ""]
        extra += ["| words | sentences | quotes | Stanza's own inference | ratio |", "| --- | --- | --- | --- | --- |"]
        for row in p["by_length"]:
            ratio = row["stanza decoding"] / row["quotes"]
            extra.append(f"| {row['words']} | {row['sentences']} | {row['quotes']:.1f} | {row['stanza decoding']:.1f} | {ratio:.2f}× |")
    return "\n".join([machine_line, "", *rows, *extra])


def _rounds_note(scaling: dict[str, Any]) -> str:
    """Each configuration's runs in seconds, where there were several rounds (the fastest counts)."""
    if scaling.get("rounds", 1) < 2:
        return ""
    listed = "; ".join(
        f"{label} " + ", ".join(f"{seconds:.1f}" for seconds in scaling["all_seconds"][name])
        for name, label in (("one", "1 worker"), ("two", "2 workers"), ("independent", "halves side by side"))
    )
    return f" (fastest of {scaling['rounds']} rounds each, in s: {listed})"


def _ceiling_rows(scaling: dict[str, Any]) -> list[str]:
    if "independent" not in scaling:
        return []
    each = ", ".join(f"{seconds:.1f}" for seconds in scaling["independent"]["each_seconds"])
    return [
        f"| this machine's own ceiling: two `--workers 1` runs side by side, each over half of the articles (no pool) | "
        f"{scaling['independent']['seconds']:.1f} s ({each} s): {scaling['ceiling']:.2f}× one worker over all | — |",
        f"| 2 workers / that ceiling (what the pool itself loses) | {scaling['speedup'] / scaling['ceiling']:.2f} | — |",
    ]


def _cpu_note(run: dict[str, Any]) -> str:
    if "cpu_seconds" not in run:
        return ""
    return f" ({run['cpu_seconds']:.1f} CPU s in its processes; {run['polling_cpu_seconds']:.1f} CPU s of this process polling memory)"


def _entity_rows(found: dict[str, Any]) -> list[str]:
    if not found:
        return []
    return [
        f"| entity tagger: our inference (character memory, no loss, batched decoding) / Stanza's own | {found['speedup']:.2f}× | — |",
        f"| same entity tags with both | {'yes' if found['identical'] else 'NO'} | yes |",
    ]


def write_readme(results: dict[str, Any]) -> None:
    readme = REPO / "benchmarks" / "README.md"
    text = readme.read_text(encoding="utf-8") if readme.exists() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    if BEGIN not in text:
        text += f"\n{BEGIN}\n{END}\n"
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    readme.write_text(f"{head}{BEGIN}\n{table(results)}\n{END}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100, help="SaudiNewsNet articles to parse (default 100)")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared folder")
    parser.add_argument("--rss-sizes", default="1000,10000", help="document counts for the RSS runs")
    parser.add_argument("--no-readme", action="store_true", help="do not rewrite benchmarks/README.md")
    parser.add_argument("--compare-threads", action="store_true", help="also time one worker with all cores as threads")
    parser.add_argument("--model", help="parser model directory (default: what `quotes extract` uses)")
    parser.add_argument(
        "--rules-only", nargs="+", type=Path, metavar="CACHE",
        help="only the rules-only figure, over these CoNLL-U parse caches (read as one), compiled and as Python; "
        "prints it and rewrites nothing",
    )
    args = parser.parse_args(argv)
    if args.rules_only:
        return rules_only(args.rules_only)

    corpus = args.shared / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"
    if not corpus.is_file():
        return fail(f"needs SaudiNewsNet at {corpus}, which does not exist; pass --shared PATH to the shared folder")
    try:
        import psutil  # noqa: F401 - needed for the RSS figures
    except ImportError:
        return fail("needs psutil for the RSS figures: .venv/bin/pip install psutil")
    from quotes.errors import ModelError
    from quotes.parser import resolve_model

    try:
        info = resolve_model(args.model)
    except ModelError as exc:
        return fail(f"needs the parser model: {exc}")

    cores = os.cpu_count() or 1
    results: dict[str, Any] = {"docs": args.docs, "machine": machine(), "model": info.name}
    with tempfile.TemporaryDirectory(prefix="quotes-bench-") as folder:
        work = Path(folder)
        sample, cache = work / "sample.jsonl", work / "cache.conllu"
        articles = sample_articles(corpus, args.docs, sample)
        log(f"{len(articles)} articles, {words([a['text'] for a in articles]):,} words; parser alone")
        parsed = bench_parser(articles, 1, cache, args.model, work)
        end_to_end = parsed.pop("end_to_end")
        results["parser"] = {**parsed, "threads": 1}
        results["end_to_end"] = end_to_end
        log(
            f"parser alone: {parsed['words_per_s']:,.0f} words/s; end-to-end: {end_to_end['words_per_s']:,.0f} words/s "
            f"(ratio {end_to_end['ratio']:.3f}); rules only"
        )
        results["rules"], results["rules_as_python"] = bench_rules_both(cache, work)
        log(f"rules only: {results['rules']['sentences_per_s']:,.0f} sentences/s; scaling")
        # The tool's own chunking (batch size 16; a pool gets the last documents one a chunk, so that its workers
        # finish together). One worker, two workers and the two halves side by side in turn, SCALING_ROUNDS times:
        # each configuration's fastest run counts, as the machine's load moves between runs.
        model = ["--model", args.model] if args.model else []
        halves = split_sample(sample, work)
        names = ["one.jsonl", "two.jsonl"]
        runs: dict[str, list[dict[str, Any]]] = {"one": [], "two": [], "independent": []}
        one_threads = None
        for _ in range(SCALING_ROUNDS):
            runs["one"].append(run_cli(["extract", str(sample), "-o", str(work / "one.jsonl"), "--workers", "1", "-q", *model]))
            runs["two"].append(run_cli(["extract", str(sample), "-o", str(work / "two.jsonl"), "--workers", "2", "-q", *model]))
            # what this machine gives two processes with no pool at all: two one-worker runs side by side, each over
            # half of the articles (on a virtual machine the cores may share caches, memory bandwidth or a host core)
            runs["independent"].append(run_side_by_side(
                [["extract", str(half), "-o", str(work / f"{half.stem}.out.jsonl"), "--workers", "1", "-q", *model] for half in halves]
            ))
        one, two, independent = (min(runs[name], key=lambda found: found["seconds"]) for name in ("one", "two", "independent"))
        if args.compare_threads:
            threaded = ["--workers", "1", "--threads", str(cores), "-q", *model]
            one_threads = run_cli(["extract", str(sample), "-o", str(work / "one-threads.jsonl"), *threaded])
            names.append("one-threads.jsonl")
        outputs = {(work / name).read_bytes() for name in names}
        if len(outputs) != 1:
            # Not fatal: rules or code edited while the benchmark runs change records between runs.
            log("warning: --workers 2 and --workers 1 wrote different records (rules or code changed meanwhile?)")
        results["scaling"] = {
            "threads": cores,
            "one": one,
            "one_threads": one_threads,
            "two": two,
            "speedup": one["seconds"] / two["seconds"],
            "independent": independent,
            "ceiling": one["seconds"] / independent["seconds"],
            "same_records": len(outputs) == 1,
            "rounds": SCALING_ROUNDS,
            "all_seconds": {name: [found["seconds"] for found in found_runs] for name, found_runs in runs.items()},
            "speedup_vs_threads": one_threads["seconds"] / two["seconds"] if one_threads else None,
        }
        log(f"scaling: {results['scaling']['speedup']:.2f}x; RSS")
        results["rss"] = {}
        for size in (int(value) for value in args.rss_sizes.split(",") if value):
            repeated = work / f"cache-{size}.conllu"
            repeat_cache(cache, size, repeated)
            results["rss"][str(size)] = run_cli(["extract", str(repeated), "-o", str(work / f"rss-{size}.jsonl"), "--workers", "2", "-q"])
            repeated.unlink()
            log(f"RSS at {size:,} documents: {results['rss'][str(size)]['worker_rss_mib']}")
    (REPO / "benchmarks" / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(table(results))
    if not args.no_readme:
        write_readme(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
