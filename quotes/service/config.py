"""What a `quotes serve` process is allowed to do: where it listens, its limits, its token.

The checks that keep a service safe by default live here, before anything is
bound or loaded: the default address is loopback, and any other address is
refused unless a token (``QUOTES_API_TOKEN``) is set, which every request must
then carry.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from quotes.errors import QuotesError

if TYPE_CHECKING:
    from quotes.api import Extractor

TOKEN_ENV = "QUOTES_API_TOKEN"  # noqa: S105 - the variable's name, not a secret
#: A shorter token can be guessed; `secrets.token_urlsafe(32)` gives 43 characters.
MIN_TOKEN_CHARS = 16
TOKEN_FIX = "generate one with `python -c 'import secrets; print(secrets.token_urlsafe(32))'`"  # noqa: S105 - advice, not a secret

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
#: 1 MiB of JSON holds a batch of about 30 long news articles.
DEFAULT_MAX_BODY_BYTES = 1024 * 1024
#: A document's characters; a 50,000-character text takes the compact parser about a minute on one core.
DEFAULT_MAX_CHARS = 50_000
DEFAULT_MAX_BATCH = 32
#: Seconds from a request's arrival to its answer, waiting in the queue included.
DEFAULT_TIMEOUT_S = 60.0
#: Documents waiting for a worker (documents being parsed not counted).
DEFAULT_QUEUE = 64


class ServiceError(QuotesError):
    """A service that cannot start as configured (an unsafe address, a bad limit)."""


def is_loopback(host: str) -> bool:
    """Whether `host` is a loopback address (``127.0.0.1``, ``::1``, ``localhost``); other names count as public."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@attrs.frozen
class ServiceConfig:
    """A service's address, workers, limits and token.

    `workers` parser processes each load one pipeline (`model`, `rules`,
    `threads` torch threads, or `extractor_factory()`, a picklable callable
    that tests use to inject a parser). `token`, when set, must come with every
    request as ``Authorization: Bearer TOKEN``.
    """

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    workers: int = 1
    model: str | None = None
    rules: str | None = None
    threads: int = 1
    token: str | None = attrs.field(default=None, repr=False)
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    max_chars: int = DEFAULT_MAX_CHARS
    max_batch: int = DEFAULT_MAX_BATCH
    timeout_s: float = DEFAULT_TIMEOUT_S
    queue: int = DEFAULT_QUEUE
    extractor_factory: Callable[[], Extractor] | None = attrs.field(default=None, eq=False)

    def __attrs_post_init__(self) -> None:
        for name in ("workers", "threads", "max_body_bytes", "max_chars", "max_batch", "queue"):
            if getattr(self, name) < 1:
                raise ServiceError(f"{name} must be at least 1, not {getattr(self, name)}")
        if self.timeout_s <= 0:
            raise ServiceError(f"timeout_s must be positive, not {self.timeout_s}")
        if self.max_batch > self.queue:
            raise ServiceError(
                f"max_batch ({self.max_batch}) is larger than the queue ({self.queue}): such a batch could never be admitted"
            )
        if self.token is not None and len(self.token) < MIN_TOKEN_CHARS:
            raise ServiceError(f"{TOKEN_ENV} has {len(self.token)} characters, fewer than {MIN_TOKEN_CHARS}; {TOKEN_FIX}")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> ServiceConfig:
        """A config whose token comes from ``QUOTES_API_TOKEN`` (an empty value counts as unset)."""
        token = (os.environ if environ is None else environ).get(TOKEN_ENV) or None
        return cls(token=token, **options)

    def check_bind(self) -> None:
        """Refuse a non-loopback address without a token: a parser open to the network must not be open to all."""
        if not is_loopback(self.host) and self.token is None:
            raise ServiceError(
                f"refusing to listen on {self.host}: it is not a loopback address and {TOKEN_ENV} is not set. "
                f"Set {TOKEN_ENV} (clients then send `Authorization: Bearer TOKEN`; {TOKEN_FIX}), "
                f"or listen on {DEFAULT_HOST} behind your own proxy"
            )
