"""Load test of `quotes serve` on SaudiNewsNet articles, beside `quotes extract --workers N` on the same articles.

    .venv/bin/python benchmarks/serve_load.py                      # 300 requests, 8 at a time, 2 workers
    .venv/bin/python benchmarks/serve_load.py --requests 60        # a quick look on a busy machine

Starts `quotes serve` on 127.0.0.1 (a free port; loopback only), waits until
it is ready, sends --requests POST /v1/extract requests (one article each, the
first articles of ../shared/data/saudinewsnet with at least 50 words),
--concurrency at a time, and reports latency p50/p95, throughput, status
codes (target: no 5xx) and the resident memory of the server and its workers
(sampled every 0.5 s: after loading, at the end, peak). Then it kills one
worker in the middle of a few more requests and checks the service answers
the next ones. Then it runs `quotes extract ARTICLES.jsonl --workers N` in a
fresh process and compares throughput and records. Every step has a time
limit: the script stops by itself. Results go to benchmarks/serve_results.json
and the "quotes serve under load" section of benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import resource
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import REPO, SRC, fail, log, machine, run_cli, sample_articles

RESULTS = Path(__file__).resolve().parent / "serve_results.json"
README = Path(__file__).resolve().parent / "README.md"
BEGIN, END = "<!-- serve:begin -->", "<!-- serve:end -->"
READY_TIMEOUT_S = 600
REQUEST_TIMEOUT_S = 900


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class MemoryWatch:
    """Samples the RSS of a process and its children every 0.5 s, in a thread."""

    def __init__(self, pid: int) -> None:
        import psutil

        self.root = psutil.Process(pid)
        self.samples: list[tuple[float, dict[int, int]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            sizes: dict[int, int] = {}
            try:
                for member in [self.root, *self.root.children(recursive=True)]:
                    try:
                        sizes[member.pid] = member.memory_info().rss
                    except psutil.Error:
                        continue
            except psutil.Error:
                pass
            self.samples.append((time.monotonic(), sizes))
            self._stop.wait(0.5)

    def now(self) -> dict[int, int]:
        return dict(self.samples[-1][1]) if self.samples else {}

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def peak(self, since: float) -> dict[int, int]:
        peaks: dict[int, int] = {}
        for moment, sizes in self.samples:
            if moment >= since:
                for pid, rss in sizes.items():
                    peaks[pid] = max(peaks.get(pid, 0), rss)
        return peaks


def workers_of(pid: int) -> list[int]:
    """The server's parser worker processes (started by multiprocessing's spawn_main, not its resource tracker)."""
    import psutil

    found = []
    for child in psutil.Process(pid).children(recursive=True):
        try:
            if "spawn_main" in " ".join(child.cmdline()):
                found.append(child.pid)
        except psutil.Error:
            continue
    return sorted(found)


def cpu_seconds(pids: list[int]) -> dict[int, float]:
    """User + system CPU seconds used so far by each process."""
    import psutil

    found = {}
    for pid in pids:
        try:
            times = psutil.Process(pid).cpu_times()
        except psutil.Error:
            continue
        found[pid] = times.user + times.system
    return found


def children_cpu() -> float:
    """CPU seconds of this process's finished children and their waited-for descendants (a CLI run and its workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def mib(value: int) -> float:
    return round(value / 2**20, 1)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def post_all(client: Any, articles: list[dict[str, Any]], concurrency: int) -> tuple[list[dict[str, Any]], float]:
    """POST every article to /v1/extract, `concurrency` at a time; each answer's status, latency and body."""

    def one(article: dict[str, Any]) -> dict[str, Any]:
        meta = {key: value for key, value in article.items() if key not in ("id", "text")}
        began = time.perf_counter()
        try:
            answer = client.post("/v1/extract", json={"id": article["id"], "text": article["text"], "meta": meta})
        except Exception as exc:  # noqa: BLE001 - a transport failure is a result of the load test
            return {"id": article["id"], "status": None, "seconds": time.perf_counter() - began, "error": repr(exc)}
        body = answer.json()
        return {"id": article["id"], "status": answer.status_code, "seconds": time.perf_counter() - began, "body": body}

    began = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(concurrency) as threads:
        answers = list(threads.map(one, articles))
    return answers, time.perf_counter() - began


def kill_phase(client: Any, server_pid: int, articles: list[dict[str, Any]], concurrency: int) -> dict[str, Any]:
    """Kill one worker while `concurrency` requests are in flight; every request must be answered, the next ones 200."""
    victims = workers_of(server_pid)
    results: dict[str, Any] = {}
    with concurrent.futures.ThreadPoolExecutor(1) as runner:
        pending = runner.submit(post_all, client, articles, concurrency)
        time.sleep(3.0)
        os.kill(victims[0], signal.SIGKILL)
        answers, _ = pending.result(timeout=REQUEST_TIMEOUT_S)
    results["killed_pid"] = victims[0]
    results["statuses"] = [answer["status"] for answer in answers]
    results["codes"] = sorted({answer["body"]["error"]["code"] for answer in answers if answer["status"] != 200 and "body" in answer})
    deadline = time.monotonic() + READY_TIMEOUT_S
    while client.get("/v1/health").json()["workers"]["ready"] < len(victims) and time.monotonic() < deadline:
        time.sleep(1)
    after, _ = post_all(client, articles[:concurrency], concurrency)
    results["after"] = [answer["status"] for answer in after]
    results["restarts"] = client.get("/v1/health").json()["restarts"]
    results["replaced"] = workers_of(server_pid) != victims
    return results


def serve_run(articles: list[dict[str, Any]], workers: int, concurrency: int, kill: bool, work: Path) -> dict[str, Any]:
    import httpx

    port = free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
    env.pop("QUOTES_API_TOKEN", None)
    command = [sys.executable, "-m", "quotes", "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    command += ["--timeout", str(REQUEST_TIMEOUT_S), "--queue", str(max(64, 2 * concurrency)), "--max-chars", "1000000"]
    server_log = work / "serve.log"
    began = time.monotonic()
    with open(server_log, "w", encoding="utf-8") as stderr:
        server = subprocess.Popen(command, stderr=stderr, stdout=subprocess.DEVNULL, env=env)
    watch = MemoryWatch(server.pid)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=REQUEST_TIMEOUT_S) as client:
            while True:
                if server.poll() is not None:
                    raise RuntimeError(f"quotes serve exited with {server.returncode}: {server_log.read_text()[-2000:]}")
                if time.monotonic() - began > READY_TIMEOUT_S:
                    raise RuntimeError(f"quotes serve not ready after {READY_TIMEOUT_S} s")
                try:
                    health = client.get("/v1/health").json()
                except httpx.TransportError:
                    health = {}
                if health.get("status") == "failed":
                    raise RuntimeError(f"quotes serve could not load the parser: {health.get('errors')}")
                if health.get("status") == "ready" and health["workers"]["ready"] == workers:
                    break
                time.sleep(0.5)
            load_seconds = time.monotonic() - began
            time.sleep(1.0)
            loaded = watch.now()
            started = time.monotonic()
            log(f"service ready in {load_seconds:.1f} s; {len(articles)} requests, {concurrency} at a time")
            cpu_before = cpu_seconds([server.pid, *workers_of(server.pid)])
            answers, seconds = post_all(client, articles, concurrency)
            cpu_after = cpu_seconds([server.pid, *workers_of(server.pid)])
            ended = watch.now()
            peak = watch.peak(started)
            log(f"{len(answers)} answers in {seconds:.1f} s")
            killed = kill_phase(client, server.pid, articles[: 2 * concurrency], concurrency) if kill else None
    finally:
        watch.stop()
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(10)
    latencies = [answer["seconds"] for answer in answers]
    statuses: dict[str, int] = {}
    for answer in answers:
        statuses[str(answer["status"])] = statuses.get(str(answer["status"]), 0) + 1
    records = {answer["id"]: answer["body"]["quotes"] for answer in answers if answer["status"] == 200}
    memory = {
        "server_mib": {
            "loaded": mib(loaded.get(server.pid, 0)),
            "end": mib(ended.get(server.pid, 0)),
            "peak": mib(peak.get(server.pid, 0)),
        },
        "workers_mib": [
            {"loaded": mib(loaded.get(pid, 0)), "end": mib(ended.get(pid, 0)), "peak": mib(peak.get(pid, 0))}
            for pid in sorted(set(loaded) & set(ended) - {server.pid})
            if loaded.get(pid, 0) > 200 * 2**20
        ],
    }
    return {
        "load_seconds": load_seconds,
        "seconds": seconds,
        "docs_per_s": len(answers) / seconds,
        "cpu_seconds": sum(cpu_after[pid] - cpu_before.get(pid, 0.0) for pid in cpu_after),
        "p50_s": statistics.median(latencies),
        "p95_s": percentile(latencies, 0.95),
        "max_s": max(latencies),
        "statuses": statuses,
        "server_errors": sum(count for status, count in statuses.items() if status.startswith("5") or status == "None"),
        "memory": memory,
        "kill": killed,
        "records": records,
        "exit_code": server.returncode,
        # uvicorn finishes a graceful shutdown, then re-raises the SIGTERM it caught: -15 is the expected exit.
        "graceful_shutdown": "Application shutdown complete" in server_log.read_text(encoding="utf-8"),
    }


def cli_run(sample: Path, workers: int, work: Path) -> dict[str, Any]:
    out = work / "cli.jsonl"
    before = children_cpu()
    full = run_cli(["extract", str(sample), "-o", str(out), "--workers", str(workers), "-q"])
    full_cpu = children_cpu() - before
    records: dict[str, list[dict[str, Any]]] = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        records.setdefault(record["doc_id"], []).append(record)
    # Loading the workers' pipelines is part of the CLI's wall time, not of the service's (it is already running):
    # a run over one article measures it, and is subtracted.
    one = work / "one.jsonl"
    one.write_text(sample.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    before = children_cpu()
    startup = run_cli(["extract", str(one), "-o", str(work / "one.out.jsonl"), "--workers", str(workers), "-q"])
    startup_cpu = children_cpu() - before
    return {
        "seconds": full["seconds"],
        "startup_seconds": startup["seconds"],
        "cpu_seconds": full_cpu,
        "startup_cpu_seconds": startup_cpu,
        "worker_rss_mib": full["worker_rss_mib"],
        "records": records,
    }


def counted(statuses: list[int | None]) -> str:
    return ", ".join(f"{status}: {statuses.count(status)}" for status in sorted(set(statuses), key=str))


def table(results: dict[str, Any]) -> str:
    serve, cli, info = results["serve"], results["cli"], results["machine"]
    server = serve["memory"]["server_mib"]
    count, workers, concurrency = results["requests"], results["workers"], results["concurrency"]
    steady = cli["seconds"] - cli["startup_seconds"]
    cli_rate = count / steady if steady > 0 else float("nan")
    lines = [
        f"Machine: {info['cpu']}, {info['cores']} cores, {info['memory_gib']} GiB RAM; Python {info['python']}, "
        f"torch {info['torch']}, stanza {info['stanza']}; load average at start {info['load_average_at_start']} "
        f"(near or above the core count: other jobs shared the CPU); {info['date']}; {count} SaudiNewsNet articles.",
        "",
        "| measurement | figure | target |",
        "| --- | --- | --- |",
        f"| requests, concurrency, workers | {count} POST /v1/extract, {concurrency} at a time, `--workers {workers}`, 127.0.0.1 | — |",
        f"| service ready after | {serve['load_seconds']:.1f} s | — |",
        f"| latency p50 / p95 / max | {serve['p50_s']:.2f} / {serve['p95_s']:.2f} / {serve['max_s']:.2f} s | — |",
        f"| service throughput (warm) | {serve['docs_per_s']:.3f} docs/s ({serve['seconds']:.1f} s) | — |",
        f"| `quotes extract --workers {workers}` on the same articles | {cli['seconds']:.1f} s wall, of which "
        f"{cli['startup_seconds']:.1f} s start-up (a one-article run); {cli_rate:.3f} docs/s without it | — |",
        f"| service / CLI throughput, wall clock | {results['ratio']:.3f} (each phase had the machine's other jobs of its own time) | — |",
        f"| CPU seconds (user + system): service processes during the requests; CLI run − one-article run | "
        f"{serve['cpu_seconds']:.0f} s; {cli['cpu_seconds']:.0f} − {cli['startup_cpu_seconds']:.0f} s | — |",
        f"| service / CLI throughput per CPU-second | {results['cpu_ratio']:.3f} | ≥ 0.90 |",
        f"| status codes | {', '.join(f'{status}: {n}' for status, n in sorted(serve['statuses'].items()))} | no 5xx |",
        f"| same records as the CLI | {results['same_records']} | yes |",
        f"| server process RSS (loaded / end / peak) | {server['loaded']} / {server['end']} / {server['peak']} MiB | flat |",
    ]
    for number, worker in enumerate(serve["memory"]["workers_mib"], 1):
        lines.append(f"| worker {number} RSS (loaded / end / peak) | {worker['loaded']} / {worker['end']} / {worker['peak']} MiB | flat |")
    kill = serve.get("kill")
    if kill:
        codes = ", ".join(kill["codes"]) or "none"
        during, after = counted(kill["statuses"]), counted(kill["after"])
        replaced = "yes" if kill["replaced"] else "no"
        lines.append(
            f"| a worker killed (SIGKILL) with {len(kill['statuses'])} requests in flight | statuses {during} (errors: {codes}); "
            f"replaced: {replaced}; the next {len(kill['after'])} requests: {after} | every request answered |"
        )
    graceful = "yes" if serve["graceful_shutdown"] else "no"
    code = serve["exit_code"]
    lines.append(f"| SIGTERM: graceful shutdown logged, exit code | {graceful}, {code} (uvicorn re-raises the signal) | yes |")
    return "\n".join(lines)


def write_readme(text: str) -> None:
    readme = README.read_text(encoding="utf-8")
    if BEGIN not in readme:
        return
    head, rest = readme.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    README.write_text(f"{head}{BEGIN}\n{text}\n{END}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=300, help="requests, one article each (default 300)")
    parser.add_argument("--concurrency", type=int, default=8, help="requests in flight at once (default 8)")
    parser.add_argument("--workers", type=int, default=2, help="parser workers of the service and of the CLI (default 2)")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared folder")
    parser.add_argument("--no-kill", action="store_true", help="skip killing a worker at the end")
    parser.add_argument("--no-cli", action="store_true", help="skip the `quotes extract` comparison")
    parser.add_argument("--no-readme", action="store_true", help="do not rewrite the section of benchmarks/README.md")
    args = parser.parse_args(argv)
    corpus = args.shared / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"
    if not corpus.is_file():
        return fail(f"needs SaudiNewsNet at {corpus}, which does not exist; pass --shared PATH to the shared folder")
    try:
        import httpx  # noqa: F401 - the client
        import psutil  # noqa: F401 - the RSS figures
    except ImportError as exc:
        return fail(f"needs {exc.name}: .venv/bin/pip install -e '.[dev]'")
    results: dict[str, Any] = {"machine": machine(), "requests": args.requests, "concurrency": args.concurrency, "workers": args.workers}
    with tempfile.TemporaryDirectory(prefix="quotes-serve-load-") as folder:
        work = Path(folder)
        sample = work / "articles.jsonl"
        articles = sample_articles(corpus, args.requests, sample)
        serve = serve_run(articles, args.workers, args.concurrency, not args.no_kill, work)
        served = serve.pop("records")
        results["serve"] = serve
        if not args.no_cli:
            log(f"quotes extract --workers {args.workers} on the same {len(articles)} articles")
            cli = cli_run(sample, args.workers, work)
            expected = cli.pop("records")
            results["cli"] = cli
            steady = cli["seconds"] - cli["startup_seconds"]
            results["ratio"] = serve["docs_per_s"] / (len(articles) / steady) if steady > 0 else float("nan")
            # Per CPU-second: what the same cores give when both are saturated, whatever else shares the machine.
            results["cpu_ratio"] = (cli["cpu_seconds"] - cli["startup_cpu_seconds"]) / serve["cpu_seconds"]
            differing = [doc for doc in {*served, *expected} if served.get(doc, []) != expected.get(doc, [])]
            results["same_records"] = "yes" if not differing else f"no: {len(differing)} of {len(articles)} articles differ"
    RESULTS.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if "cli" in results:
        text = table(results)
        print(text)
        if not args.no_readme:
            write_readme(text)
    ok = serve["server_errors"] == 0 and serve["graceful_shutdown"]
    if serve.get("kill"):
        ok = ok and None not in serve["kill"]["statuses"] and all(status == 200 for status in serve["kill"]["after"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
