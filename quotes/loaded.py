"""What a process does once a model is loaded: keep the garbage collector off the model's objects.

A loaded Stanza pipeline is some 330,000 Python objects that live as long as the
process. Every full collection walks all of them again, which costs 6-8 % of the
CPU time of parsing (measured on one thread over SaudiNewsNet articles). Once a
model is loaded, the objects that exist are collected once and then frozen
(`gc.freeze`): later collections look only at objects created after it. Frozen
objects are never freed, which is what a model that serves the whole run wants.

A process that then works through documents (a batch worker) also collects its
youngest objects less often: a document's words, spans and mentions are made and
let go together, and with a larger young generation most of them are freed before
a collection walks them. What the young collections leave to the older generations
(objects alive when one ran, cycles among them) waits for a full collection, which
Python runs only once the older generations have grown by a quarter: a worker's
memory then rose in steps that never came back (pymalloc's arenas stay half used),
some 8 MiB over 10,000 rules-only documents. So a batch worker collects fully once
every `FULL_COLLECTION_DOCUMENTS` documents (:func:`collect_after_documents`), and so does a
`quotes serve` worker, counting answers (after sending each, so that no request waits for it).
"""

from __future__ import annotations

import gc


def settle_after_loading() -> None:
    """Collect what loading left behind, then move every surviving object out of the collector's reach."""
    gc.collect()
    gc.freeze()


#: A batch worker's young generation: a collection once this many container objects were made and not freed
#: (Python's default is 700). Rules only over the parse cache of 100 SaudiNewsNet articles, in one process: the
#: collector's CPU time per pass fell from about 0.10 to 0.04 s (of 1.6-2.1 s) at 20,000; at 50,000 no collection
#: runs in a pass at all (at 20,000 four did, 21-23 ms, each walking a document's words, all still alive), the
#: output the same. What it costs: up to this many objects of cyclic garbage wait a little longer.
WORKER_YOUNG_GENERATION = 50_000


def settle_for_documents() -> None:
    """What a process that works through documents does once its pipeline is loaded: see the module's docstring."""
    settle_after_loading()
    gc.set_threshold(WORKER_YOUNG_GENERATION, *gc.get_threshold()[1:])


#: A batch worker collects every generation once this many documents are done (between chunks). Rules only over
#: SNN dev articles repeated under fresh ids, one process: RSS 68.2 -> 72.8 MiB from 500 to 2,500 documents
#: without, 66.8 -> 66.9 with (0.2 % of the CPU time; after every chunk of 16: flat as well, 1 %).
FULL_COLLECTION_DOCUMENTS = 160


class _DocumentsDone:
    """Documents done since this process last collected every generation."""

    count = 0


def collect_after_documents(done: int) -> bool:
    """Count `done` more documents; once `FULL_COLLECTION_DOCUMENTS` are done, collect every generation (whether it
    did)."""
    _DocumentsDone.count += done
    if _DocumentsDone.count < FULL_COLLECTION_DOCUMENTS:
        return False
    _DocumentsDone.count = 0
    gc.collect()
    return True
