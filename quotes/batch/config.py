"""What a batch run is asked to do: its inputs, outputs and workers."""

from __future__ import annotations

import attrs

from quotes.batch.job import Job
from quotes.io import ReadOptions


@attrs.frozen
class RunConfig:
    """A batch run: inputs, where records and error records go, and how to spread the work.

    `workers` > 1 runs a pool of processes; `dask` (a scheduler address, or
    ``local:N`` for a local cluster of N processes) runs on a Dask cluster
    instead. `output` None writes to stdout (no resume then).
    """

    inputs: tuple[str, ...]
    output: str | None = None
    errors: str | None = None
    read: ReadOptions = attrs.field(factory=ReadOptions)
    job: Job = attrs.field(factory=Job)
    workers: int = 1
    batch_size: int = 16
    resume: bool = False
    progress: bool = False
    dask: str | None = None
    entities: str | None = None  # where the entity tables go (JSONL), if anywhere
