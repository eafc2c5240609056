"""Loading Stanza's models for inference only: no optimizers, and the word vectors read once.

Stanza's trainers build their optimizers as they load a model, for inference
too (the tokenizer, tagger, lemmatizer, parser and entity tagger each build an
Adam or SGD optimizer over every parameter). Building the first optimizer
imports `torch._dynamo`, and the optimizers are never used: in a fresh worker
that was about 0.8 of the 1.9 CPU seconds that loading the parser and the
entity tagger took. Inside `without_optimizers`, Stanza's optimizer factories
return none (`None`, or no split optimizers); nothing else changes, and they
are restored on the way out, so training code in the same process gets its
optimizers as before.

The tagger, the parser and the entity tagger read the same word vectors
(``ar_compact/pretrain.pt``, 50,000 words); Stanza's pipeline shares them
between its own processors through a `FoundationCache`, and the entity tagger,
loaded apart, read them again (0.45 CPU seconds and 20 MB per process).
`shared_foundation_cache` is the one cache of the process that both use.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Iterator
from typing import Any

_LOCK = threading.Lock()


def _no_optimizer(*args: Any, **kwargs: Any) -> None:
    return None


def _no_split_optimizers(*args: Any, **kwargs: Any) -> dict[str, Any]:
    return {}


@contextlib.contextmanager
def without_optimizers() -> Iterator[None]:
    """Load Stanza models inside this block and they come without optimizers (they can predict, not train)."""
    from stanza.models.common import utils

    with _LOCK:
        single, split = utils.get_optimizer, utils.get_split_optimizer
        utils.get_optimizer, utils.get_split_optimizer = _no_optimizer, _no_split_optimizers
        try:
            yield
        finally:
            utils.get_optimizer, utils.get_split_optimizer = single, split


@functools.cache
def shared_foundation_cache() -> Any:
    """The process's one `stanza.models.common.foundation_cache.FoundationCache` (word vectors by file name)."""
    from stanza.models.common.foundation_cache import FoundationCache

    return FoundationCache()
