"""Cut a document's text into runs that carry the same highlighted spans.

Quotes overlap (a speaker inside another quote's content, a nested quote),
so the text is cut at every span boundary; each run knows every span over
it. The template writes one ``<span>`` per run, and the character offset of
its first character, so that the browser can map a selection back to the
text.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import attrs

#: Which field a click or a colour goes to when spans overlap: the smaller fields first.
FIELD_PRIORITY = ("cue", "speaker", "role", "via", "speaker_resolved", "content")


@attrs.frozen
class Layer:
    """One highlighted span: a field of one quote (`item`), and what hovering it tells."""

    start: int
    end: int
    field: str
    item: str
    note: str
    entity: str | None = None
    gold_only: bool = False

    @property
    def rank(self) -> tuple[int, int]:
        return FIELD_PRIORITY.index(self.field), self.end - self.start


@attrs.frozen
class Segment:
    """A run of text and the spans over all of it, smallest field first."""

    start: int
    end: int
    text: str
    layers: tuple[Layer, ...] = ()

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(layer.field for layer in self.layers))

    @property
    def items(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(layer.item for layer in self.layers))

    @property
    def entities(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(layer.entity for layer in self.layers if layer.entity))

    @property
    def gold_only(self) -> bool:
        return bool(self.layers) and all(layer.gold_only for layer in self.layers)

    @property
    def title(self) -> str:
        return "\n".join(layer.note for layer in self.layers)


def segment_text(text: str, layers: Iterable[Layer]) -> tuple[Segment, ...]:
    """The text as consecutive segments; together they spell `text` exactly."""
    spans = [layer for layer in layers if 0 <= layer.start < layer.end <= len(text)]
    cuts = sorted({0, len(text), *(layer.start for layer in spans), *(layer.end for layer in spans)})
    segments = []
    for start, end in itertools.pairwise(cuts):
        over = sorted(
            (layer for layer in spans if layer.start <= start and end <= layer.end), key=lambda layer: layer.rank
        )
        segments.append(Segment(start=start, end=end, text=text[start:end], layers=tuple(over)))
    return tuple(segments)
