"""The sieves read the mentions near a speaker phrase from the entity table's index by start
(`EntityTable.mentions_starting`), in the order a walk over every entity's mentions meets them: which name of a
phrase wins a tie (`المدير التنفيذي للشركة راجيف سوري`) and which named person follows a title first depend on it."""

from __future__ import annotations

from pathlib import Path

from quotes.api import Extractor
from quotes.conllu_reading import documents_from_conllu

DATA = Path(__file__).resolve().parent / "data"


def test_the_index_gives_the_walks_mentions_in_the_walks_order(extractor: Extractor) -> None:
    checked = 0
    for path in sorted((DATA / "entities").glob("*.conllu"))[:25]:
        for document in documents_from_conllu(path.read_text(encoding="utf-8")):
            _, table = extractor.extract_with_entities(document)
            walk = [(entity, mention) for entity in table.entities for mention in entity.mentions]
            edges = sorted({mention.span.start for _, mention in walk} | {mention.span.end for _, mention in walk} | {0})
            for start in edges:
                for end in (start, start + 5, start + 40, len(document.text)):
                    expected = [(e.id, m) for e, m in walk if start <= m.span.start <= end]
                    assert [(e.id, m) for e, m in table.mentions_starting(start, end)] == expected
                    checked += 1
    assert checked > 1000
