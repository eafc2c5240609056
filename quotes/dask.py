"""Run `quotes` on a Dask cluster.

Two ways in:

* ``quotes extract docs.jsonl -o quotes.jsonl --dask tcp://scheduler:8786`` (or
  ``--dask local:8`` for a local cluster of 8 processes): the batch run of
  :mod:`quotes.batch` — same ordering, error records, progress and resume —
  with chunks of documents computed on the cluster's workers.
* :func:`extract_bag` over a ``dask.bag`` you build yourself::

      import dask.bag as db
      from quotes.dask import read_documents, extract_bag, quote_records, error_records

      results = extract_bag(read_documents(["a.jsonl", "b.jsonl.gz"])).persist()
      quote_records(results).map(json.dumps).to_textfiles("out/quotes-*.jsonl")
      error_records(results).map(json.dumps).to_textfiles("out/errors-*.jsonl")

Each worker process loads the pipeline once (a per-process cache in
:func:`quotes.batch.extractor_for`) and keeps it for every later task. Workers
need `quotes` installed, and `model`/`rules` paths, when given, must exist on
them. Dask's nanny starts each worker with ``OMP_NUM_THREADS=1``: run one
single-threaded worker process per core (``dask worker SCHEDULER --nworkers N
--nthreads 1``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from quotes.batch import Job, process
from quotes.errors import QuotesError
from quotes.io import Document, Item, ReadOptions, Unreadable, document_from_record, read_input

if TYPE_CHECKING:
    import dask.bag

    from quotes.api import Extractor


def cluster_client(address: str) -> tuple[Any, Callable[[], None]]:
    """A ``distributed.Client`` for `address` (``local:N`` starts a local cluster of N processes) and its closer."""
    from distributed import Client, LocalCluster

    if address == "local" or address.startswith("local:"):
        count = address.partition(":")[2]
        if count and not count.isdigit():
            raise QuotesError(f"--dask {address!r}: expected local:N with N a number of worker processes")
        cluster = LocalCluster(
            n_workers=int(count) if count else os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
        client = Client(cluster)

        def close_local() -> None:
            client.close()
            cluster.close()

        return client, close_local
    try:
        client = Client(address, timeout=30)
    except OSError as exc:
        raise QuotesError(f"cannot reach the Dask scheduler at {address!r}: {exc}") from exc
    return client, client.close


def read_documents(paths: Sequence[str], options: ReadOptions | None = None) -> dask.bag.Bag:
    """A bag of the documents in `paths` (one partition per file), read on the workers, lines numbered."""
    import dask.bag as db

    read = options or ReadOptions()
    return db.from_sequence(list(paths), npartitions=max(1, len(paths))).map_partitions(_read_partition, read)


def _read_partition(paths: Iterable[str], options: ReadOptions) -> list[Item]:
    return [item for path in paths for item in read_input(path, options)]


def extract_bag(
    bag: dask.bag.Bag,
    *,
    model: str | None = None,
    rules: str | None = None,
    mode: str = "extract",
    read: ReadOptions | None = None,
    batch_size: int = 16,
    cache: str | None = None,
    extractor_factory: Callable[[], Extractor] | None = None,
) -> dask.bag.Bag:
    """One result per document of `bag`: ``{"doc_id", "records", "error"}``.

    `bag` holds records (``{"id", "text", ...}`` dicts, field names from
    `read`; other fields become each quote's ``meta``) or the items of
    :func:`read_documents`. ``records`` are the quote records (mode
    ``extract``) or the document's CoNLL-U (mode ``parse``); ``error`` is an
    error record ``{input, line, doc_id, kind, reason}`` or None. `cache` is a
    parse-cache folder every worker can reach (:mod:`quotes.cache`).
    """
    job = Job(mode=mode, model=model, rules=rules, threads=1, cache=cache, extractor_factory=extractor_factory)
    return bag.map_partitions(_extract_partition, job, read or ReadOptions(), batch_size)


def quote_records(results: dask.bag.Bag) -> dask.bag.Bag:
    """The quote records of :func:`extract_bag`'s results, flattened."""
    return results.pluck("records").flatten()


def error_records(results: dask.bag.Bag) -> dask.bag.Bag:
    """The error records of :func:`extract_bag`'s results."""
    return results.pluck("error").filter(lambda error: error is not None)


def _extract_partition(records: Iterable[Any], job: Job, read: ReadOptions, batch_size: int) -> list[dict[str, Any]]:
    items = [_item(record, number, read) for number, record in enumerate(records, 1)]
    results: list[dict[str, Any]] = []
    for start in range(0, len(items), batch_size):
        chunk = items[start : start + batch_size]
        outcomes = iter(process(job, [item for item in chunk if isinstance(item, Document)]))
        for item in chunk:
            if isinstance(item, Unreadable):
                results.append({"doc_id": item.doc_id, "records": [], "error": item.to_dict()})
                continue
            outcome = next(outcomes)
            results.append(
                {
                    "doc_id": item.doc_id,
                    "records": _decode(outcome.data, job.mode),
                    "error": outcome.failure.to_dict() if outcome.failure else None,
                }
            )
    return results


def _item(record: Any, number: int, read: ReadOptions) -> Document | Unreadable:
    if isinstance(record, Document | Unreadable):
        return record
    if isinstance(record, str):
        try:
            record = json.loads(record)
        except json.JSONDecodeError as exc:
            return Unreadable("bag", number, None, "malformed_json", f"not valid JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(record, Mapping):
        return Unreadable("bag", number, None, "not_object", f"expected a record (dict), found {type(record).__name__}")
    return document_from_record(record, "bag", None, read, default_id=f"bag-{number}")


def _decode(data: bytes, mode: str) -> list[Any]:
    if mode == "parse":
        return [data.decode("utf-8")] if data else []
    return [json.loads(line) for line in data.splitlines() if line]
