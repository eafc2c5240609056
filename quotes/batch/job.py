"""The work of one chunk in one worker: parse or read each document, find its quotes, and turn every failure into
that document's error record."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import attrs

from quotes.api import Extractor
from quotes.attribution import quote_counts
from quotes.batch.budget import OverTime, seconds_for, time_budget
from quotes.conllu_reading import documents_from_conllu
from quotes.errors import ConlluError, ModelError, QuotesError
from quotes.graph import ParsedDocument
from quotes.io import Document, Unreadable, conllu_with_meta, jsonl_line
from quotes.loaded import collect_after_documents, settle_for_documents

log = logging.getLogger("quotes")

MODES = ("extract", "parse")


@attrs.frozen
class Job:
    """What a worker does with documents, and the pipeline it loads once to do it.

    `mode` is ``extract`` (quote records) or ``parse`` (CoNLL-U for the parse
    cache). `extractor_factory`, a picklable callable, replaces the default
    ``Extractor(model, rules=rules, threads=threads)`` (tests use it to inject
    a parser). `cache` is a parse-cache folder (:mod:`quotes.cache`).
    `time_limit` is each document's time budget in seconds per
    :data:`TIME_LIMIT_CHARS` characters begun (None: no budget); a document
    that runs over it gets an error record and the run goes on.
    """

    mode: str = "extract"
    model: str | None = None
    rules: str | None = None
    threads: int | None = None
    cache: str | None = None
    time_limit: float | None = None
    extractor_factory: Callable[[], Extractor] | None = attrs.field(default=None, eq=False)
    #: also write each document's entity table (``extract`` mode): Outcome.entities
    entities: bool = False
    #: the NER tagger shipped beside the parser (``Extractor(entity_tagger=…)``): None tags what is parsed and
    #: reads the tags of cached parses; True also tags cached parses without tags; False: no tagger
    ner: bool | None = None

    def __attrs_post_init__(self) -> None:
        if self.mode not in MODES:
            raise QuotesError(f"unknown job mode {self.mode!r}; expected one of: {', '.join(MODES)}")

    @property
    def key(self) -> tuple[Any, ...]:
        factory = self.extractor_factory
        name = None if factory is None else f"{getattr(factory, '__module__', '')}.{getattr(factory, '__qualname__', factory)}"
        return (self.model, self.rules, self.threads, name, self.ner)


@attrs.frozen
class Outcome:
    """One document's result: its output lines (JSONL or CoNLL-U, encoded), quote count, or its failure."""

    data: bytes = b""
    quotes: int = 0
    failure: Unreadable | None = None
    entities: bytes = b""  # the document's entity records (JSONL), when the job asks for them


#: One Extractor per process and configuration, loaded on first use and kept: a pool worker
#: or a Dask worker loads the pipeline once, not once per chunk.
loaded_extractors: dict[tuple[Any, ...], Extractor] = {}


def extractor_for(job: Job) -> Extractor:
    """This process's Extractor for `job`, created on first use."""
    found = loaded_extractors.get(job.key)
    if found is None:
        if job.extractor_factory is not None:
            found = job.extractor_factory()
        else:
            found = Extractor(job.model, rules=job.rules, threads=job.threads, entity_tagger=job.ner)
        keep_extractor(job, found)
    return found


def keep_extractor(job: Job, extractor: Extractor) -> None:
    """Serve `job` in this process with `extractor` from now on, the process settled for documents as a worker that
    loaded it itself (:func:`extractor_for`; a benchmark hands the batch a pipeline it loaded and warmed up)."""
    settle_for_documents()  # the rules and lexicons serve the whole run: full collections need not walk them
    loaded_extractors[job.key] = extractor


#: One chunk at a time per process: a Dask worker with several threads shares one pipeline, and
#: Stanza's models are not known to be safe to call from two threads at once.
_PROCESS_LOCK = threading.Lock()


def process(job: Job, documents: list[Document]) -> list[Outcome]:
    """Run `job` over `documents` (one outcome each, in order); raises only when the pipeline cannot load."""
    with _PROCESS_LOCK:
        outcomes = _process(job, documents)
        collect_after_documents(len(documents))  # a long run's memory stays flat (quotes.loaded)
        return outcomes


def _seconds_for(job: Job, documents: list[Document]) -> float | None:
    return seconds_for(job.time_limit, documents)


def _over_time(document: Document, job: Job, step: str) -> Outcome:
    seconds = _seconds_for(job, [document])
    reason = f"{step} took longer than this document's time budget ({seconds:g} s); raise it with --time-limit"
    return Outcome(failure=Unreadable.from_document(document, "timeout", reason))


def _process(job: Job, documents: list[Document]) -> list[Outcome]:
    extractor = extractor_for(job)
    outcomes: list[Outcome | None] = [None] * len(documents)
    parsed: dict[int, ParsedDocument] = {}
    to_parse: list[int] = []
    cache = None
    if job.cache is not None:
        from quotes.cache import ParseCache

        cache = ParseCache(job.cache)
    for position, document in enumerate(documents):
        if document.conllu is not None:
            try:
                with time_budget(_seconds_for(job, [document])):
                    parsed[position] = _read_conllu(document)
            except OverTime:
                outcomes[position] = _over_time(document, job, "reading its CoNLL-U")
            except ConlluError as exc:
                failure = Unreadable.from_document(document, "conllu", _bare_message(exc))
                outcomes[position] = Outcome(failure=attrs.evolve(failure, line=_conllu_line(document, exc)))
            except Exception as exc:  # noqa: BLE001 - CoNLL-U the reader did not foresee: this document's error
                outcomes[position] = Outcome(failure=_failure(document, "conllu", exc))
            continue
        hit = cache.get(document.text or "", document.doc_id) if cache is not None else None
        if hit is not None:
            parsed[position] = hit
        else:
            to_parse.append(position)
    if to_parse:
        for position, result in zip(to_parse, _parse(job, extractor, [documents[i] for i in to_parse]), strict=True):
            if isinstance(result, ParsedDocument):
                parsed[position] = cache.put(result) if cache is not None else result
            else:
                outcomes[position] = Outcome(failure=result)
    for position, parse in parsed.items():
        try:
            with time_budget(_seconds_for(job, [documents[position]])):
                outcomes[position] = _finish(job, extractor, parse, documents[position])
        except OverTime:
            outcomes[position] = _over_time(documents[position], job, "finding its quotes")
    return [outcome if outcome is not None else Outcome() for outcome in outcomes]


def _read_conllu(document: Document) -> ParsedDocument:
    found = documents_from_conllu(document.conllu or "", source=document.input, default_id=document.doc_id)
    if len(found) != 1:
        raise ConlluError(f"expected one document, found {len(found)}", source=document.input)
    return found[0]


def _conllu_line(document: Document, exc: ConlluError) -> int | None:
    if exc.lineno is None or document.line is None:
        return document.line
    return document.line + exc.lineno - 1


def _bare_message(exc: ConlluError) -> str:
    """The message without its ``source:line:`` prefix (the line within one document, not the file)."""
    message = str(exc)
    location = ":".join(str(part) for part in (exc.source, exc.lineno) if part is not None)
    return message.removeprefix(f"{location}: ") if location else message


def _parse(job: Job, extractor: Extractor, documents: list[Document]) -> list[ParsedDocument | Unreadable]:
    """Parse documents in one batch; if the batch fails or runs over its budget, one by one, so one bad document fails alone."""
    try:
        with time_budget(_seconds_for(job, documents)):
            return list(extractor.parse_many([(document.doc_id, document.text or "") for document in documents]))
    except ModelError:
        raise
    except (Exception, OverTime):
        log.debug("batch parse failed; parsing its %d documents one by one", len(documents), exc_info=True)
    results: list[ParsedDocument | Unreadable] = []
    for document in documents:
        try:
            with time_budget(_seconds_for(job, [document])):
                results.append(extractor.parse(document.text or "", document.doc_id))
        except ModelError:
            raise
        except OverTime:
            failure = _over_time(document, job, "parsing").failure
            assert failure is not None  # noqa: S101 - _over_time always fails
            results.append(failure)
        except Exception as exc:  # noqa: BLE001 - becomes this document's error record
            results.append(_failure(document, "parse", exc))
    return results


def _finish(job: Job, extractor: Extractor, parsed: ParsedDocument, document: Document) -> Outcome:
    try:
        if job.mode == "parse":
            return Outcome(data=conllu_with_meta(parsed.to_conllu(), document.meta).encode("utf-8"))
        if job.entities:
            quotes, table = extractor.extract_with_entities(parsed, meta=document.meta)
            entities = b"".join(jsonl_line(record) for record in table.records(quote_counts(quotes)))
        else:
            quotes, entities = extractor.extract_parsed(parsed, meta=document.meta), b""
        data = b"".join(jsonl_line(quote.to_dict()) for quote in quotes)
        return Outcome(data=data, quotes=len(quotes), entities=entities)
    except Exception as exc:  # noqa: BLE001 - becomes this document's error record
        return Outcome(failure=_failure(document, "extraction", exc))


def _failure(document: Document, kind: str, exc: BaseException, *, line: int | None = None) -> Unreadable:
    reason = str(exc) if isinstance(exc, QuotesError) else f"{type(exc).__name__}: {exc}"
    return Unreadable(document.input, line if line is not None else document.line, document.doc_id, kind, reason)
