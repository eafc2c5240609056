"""Re-running the rules over parses does no work whose result cannot matter (issue 12, rules only): the steps that
serve quotes alone are skipped where there is no quote to serve, and the records stay what they were."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from quotes.api import Extractor
from quotes.conllu_reading import documents_from_conllu
from quotes.entities import _Cluster, build_entities
from quotes.grammar.loader import _sentence_block
from quotes.graph import ParsedDocument
from quotes.mentions import EntityMention
from quotes.model import Span

EXAMPLES = Path(__file__).resolve().parent.parent / "rules" / "examples"

#: افتتح الوزير المعرض الجديد.: the minister opened the new fair; nobody says anything
OPENED = """# newdoc id = opened
# text = افتتح الوزير المعرض الجديد.
1	افتتح	افتتح	VERB	_	_	0	root	_	_
2	الوزير	وزير	NOUN	_	_	1	nsubj	_	_
3	المعرض	معرض	NOUN	_	_	1	obj	_	_
4	الجديد	جديد	ADJ	_	_	3	amod	_	SpaceAfter=No
5	.	.	PUNCT	_	_	1	punct	_	_

"""


def _said() -> ParsedDocument:
    """A fixture sentence with a quote: `… قال: «…»` (rules/examples/padt/direct_colon.conllu)."""
    block = _sentence_block((EXAMPLES / "padt" / "direct_colon.conllu").read_text(encoding="utf-8"), "padt-dc-01")
    assert block is not None
    [document] = documents_from_conllu("# newdoc id = said\n" + block.strip("\n") + "\n\n")
    return document


class _CountedFinds:
    """The extractor's mention finder, counting the documents it is asked about."""

    def __init__(self, extractor: Extractor) -> None:
        self.calls = 0
        self._find = extractor.mention_finder.find

    def __call__(self, *arguments: Any, **options: Any) -> Any:
        self.calls += 1
        return self._find(*arguments, **options)


def test_a_document_without_a_drafted_quote_is_not_searched_for_mentions(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    [opened] = documents_from_conllu(OPENED)
    counted = _CountedFinds(extractor)
    monkeypatch.setattr(extractor.mention_finder, "find", counted)
    assert extractor.extract_parsed(opened) == []
    assert counted.calls == 0
    quotes, table = extractor.extract_with_entities(opened)  # the entity table is still built where it is asked for
    assert quotes == []
    assert counted.calls == 1
    assert [entity.canonical.text.split()[0] for entity in table.entities] == ["الوزير"]


def test_a_document_with_a_quote_is_searched_as_before(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    said = _said()
    counted = _CountedFinds(extractor)
    monkeypatch.setattr(extractor.mention_finder, "find", counted)
    quotes = extractor.extract_parsed(said)
    assert counted.calls == 1
    assert [quote.type for quote in quotes] == ["direct"]
    assert quotes == extractor.extract_with_entities(said)[0]


def _mention(text: str, written: str, kind: str, source: str, after: int = 0) -> EntityMention:
    """A mention of `text`, where `written` first has it after offset `after`."""
    start = written.index(text, after)
    return EntityMention(Span(text, start, start + len(text)), kind, source, 0)


def test_an_entity_read_as_its_mentions_join_it_is_read_as_all_of_them_at_once() -> None:
    """The entity builder reads a cluster's names again whenever it has grown: only the mentions added since."""
    text = "قال الدكتور خالد الفالح مدير الهيئة العامة للسياحة إن الفالح والهيئة العامة للسياحة سيعلنان"
    mentions = [
        _mention("الدكتور", text, "TITLE", "title"),
        _mention("الهيئة العامة للسياحة", text, "ORG", "organisation"),
        _mention("خالد الفالح", text, "PER", "name"),
        _mention("الفالح", text, "PER", "name-word", after=text.index("إن")),
    ]
    growing = _Cluster("PER")
    for mention in mentions:
        growing.mentions.append(mention)
        read_at_once = _Cluster("PER", list(growing.mentions)).summary()
        assert growing.summary() == read_at_once
    assert growing.summary().words == frozenset({"خالد", "فالح", "هييه", "عامه", "سياحه"})
    assert growing.summary().proper_name
    assert growing.summary().owners == frozenset({"سياحه"})


def test_the_words_of_the_names_found_are_read_once_per_entity_table() -> None:
    """The no-source sieve asks of each quote whether its phrase head is a word of a name the finders found: the
    table's name words, read once (a person's, a body's; not a speaker phrase of the rules, not a place)."""
    text = "قال المهندس سعد الحجم إن وزارة النقل ستفتح الطريق في الرياض وأكد المسؤول ذلك"
    table = build_entities(
        "doc",
        [
            _mention("سعد الحجم", text, "PER", "name"),
            _mention("وزارة النقل", text, "ORG", "organisation"),
            _mention("الرياض", text, "PLACE", "name"),
            _mention("المسؤول", text, "PER", "speaker"),
        ],
    )
    assert table.source_name_keys == frozenset({"سعد", "حجم", "وزاره", "نقل"})
    assert table.source_name_keys is table.source_name_keys
