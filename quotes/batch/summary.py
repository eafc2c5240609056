"""What a run did with every input item, said in one summary."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen
class Summary:
    """What a run did with every input item: read = done + failed + skipped.

    `ignored` lists the entries of input folders that are not text files (not documents, not read);
    `warnings` counts what the reader repaired and ids seen twice.
    """

    read: int = 0
    done: int = 0
    failed: int = 0
    skipped: int = 0
    quotes: int = 0
    failures: dict[str, int] = attrs.field(factory=dict)
    failed_before: int = 0
    seconds: float = 0.0
    ignored: tuple[str, ...] = ()
    warnings: int = 0

    @property
    def ok(self) -> bool:
        return self.failed == 0 and self.failed_before == 0

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)

    def describe(self, mode: str = "extract") -> str:
        rate = self.done / self.seconds if self.seconds > 0 else 0.0
        written = f"{self.quotes:,} quotes written" if mode == "extract" else f"{self.done:,} documents parsed"
        lines = [
            f"read {self.read:,} documents: {self.done:,} done, {self.failed:,} failed, "
            f"{self.skipped:,} skipped (done before); {written} in {self.seconds:.1f} s ({rate:.1f} docs/s)"
        ]
        for kind, count in sorted(self.failures.items(), key=lambda item: (-item[1], item[0])):
            lines.append(f"  failed: {count:,} {kind}")
        if self.failed_before:
            lines.append(f"  failed in the earlier part of this run: {self.failed_before:,}")
        if self.warnings:
            lines.append(f"  warnings: {self.warnings:,} (repaired input or a document id seen twice)")
        if self.ignored:
            shown = ", ".join(self.ignored[:_SHOWN_IGNORED]) + (", …" if len(self.ignored) > _SHOWN_IGNORED else "")
            lines.append(f"  ignored: {len(self.ignored):,} folder entries that are not text files: {shown}")
        return "\n".join(lines)


_SHOWN_IGNORED = 5
