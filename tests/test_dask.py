"""Dask: a LocalCluster of two worker processes writes what the single-process run writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotes.batch import Job, RunConfig, run
from quotes.cache import ParseCache
from quotes.conllu_reading import documents_from_conllu

distributed = pytest.importorskip("distributed")
import dask.bag as db  # noqa: E402 - after the skip check

from quotes.dask import error_records, extract_bag, quote_records, read_documents  # noqa: E402

DATA = Path(__file__).parent / "data" / "batch"
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::ResourceWarning")


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> str:
    """Gold parses of every test document: the workers need no parser."""
    directory = tmp_path_factory.mktemp("cache")
    store = ParseCache(directory)
    for document in documents_from_conllu((DATA / "docs.conllu").read_text(encoding="utf-8")):
        store.put(document)
    return str(directory)


@pytest.fixture(scope="module")
def single_process(tmp_path_factory, cache) -> bytes:
    output = tmp_path_factory.mktemp("single") / "out.jsonl"
    run(RunConfig(inputs=(str(DATA / "docs.jsonl"), str(DATA / "docs.conllu")), output=str(output), job=Job(cache=cache)))
    return output.read_bytes()


def test_extract_bag_gives_the_single_process_records(client, cache, single_process):
    bag = read_documents([str(DATA / "docs.jsonl"), str(DATA / "docs.conllu")])
    results = extract_bag(bag, cache=cache).persist()
    records = quote_records(results).compute()
    expected = [json.loads(line) for line in single_process.splitlines()]
    assert records == expected
    assert error_records(results).compute() == []
    assert results.npartitions == 2
    assert len(client.scheduler_info()["workers"]) == 2


def test_a_bag_of_records_with_bad_ones(client, cache):
    good = [json.loads(line) for line in (DATA / "docs.jsonl").read_text(encoding="utf-8").splitlines()]
    records = [good[0], {"id": "x", "text": 3}, '{"id": "y", "text": "broken', *good[1:3]]
    results = extract_bag(db.from_sequence(records, npartitions=2), cache=cache).compute()
    assert [result["doc_id"] for result in results] == ["pud-01", "x", None, "pud-02", "pud-03"]
    assert [result["error"]["kind"] for result in results if result["error"]] == ["text_not_string", "malformed_json"]
    assert results[0]["records"][0]["meta"] == {"url": "https://example.org/news/0", "date": "2016-01-01"}


def test_cli_run_on_the_cluster_writes_the_same_file(client, cache, single_process, tmp_path):
    output = tmp_path / "out.jsonl"
    summary = run(
        RunConfig(
            inputs=(str(DATA / "docs.jsonl"), str(DATA / "docs.conllu")),
            output=str(output),
            job=Job(cache=cache),
            dask=client.scheduler.address,
        )
    )
    assert output.read_bytes() == single_process
    assert (summary.done, summary.failed) == (36, 0)
