"""`ووفقاً للبيان`: a statement named before (`أعلنت وزارة النقل في بيان …`) and then given as the source after لـ is
the issuer's, as `وبحسب البيان` is. Written لل, the preposition and the article are one written word (ل + ال); the
parse cuts it ل + لبيان, and the statement's mention starts where the word does (`للبيان`), as the quote's speaker
does, so that the speaker finds its mention and the issuer resolves it. Each sentence was written for the test
(invented content), after the shape of a record seen on a SaudiNewsNet article outside the gold sets.

tests/data/entities/statements_after_lam.conllu holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument
from quotes.normalize import article_cut_start

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "statements_after_lam.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        # أعلنت وزارة النقل في بيان نشرته وكالة الأنباء الرسمية أمس عن خطة … ووفقا للبيان ستبدأ الوزارة تنفيذ المشروع …
        ("li-statement-1", [("أعلنت", "وزارة النقل", "وزارة النقل", None), ("ووفقا", "للبيان", "وزارة النقل", None)]),
        # وقالت شركة المياه الوطنية في بيان صحفي اليوم إنها … ووفقا للبيان ستعود المياه إلى الأحياء المتضررة …
        (
            "li-statement-2",
            [("وقالت", "شركة المياه الوطنية", "شركة المياه الوطنية", None), ("ووفقا", "للبيان", "شركة المياه الوطنية", None)],
        ),
    ],
)
def test_a_statement_after_lam_is_its_issuers(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str, ...]]
) -> None:
    assert sources(extractor, documents[doc_id]) == expected


def test_the_statements_mention_starts_where_its_written_word_does(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    _, table = extractor.extract_with_entities(documents["li-statement-1"])
    [ministry] = [entity for entity in table.entities if entity.canonical.text == "وزارة النقل"]
    assert [(mention.span.text, mention.kind) for mention in ministry.mentions] == [
        ("وزارة النقل", "ORG"),
        ("بيان", "DOC"),
        ("للبيان", "DOC"),
        ("الوزارة", "ORG"),  # ستبدأ الوزارة: the ministry named again
    ]
    assert not any(mention.span.text.startswith("لبيان") for entity in table.entities for mention in entity.mentions)


@pytest.mark.parametrize(
    ("text", "start", "written"),
    [
        ("ووفقا للبيان ستبدأ", 7, 6),  # ل + لبيان: the word starts at the first ل
        ("قال وللبيان أثر", 6, 4),  # و + ل + لبيان: with the conjunction before it
        ("ووفقا لوزارة الصحة", 7, 7),  # ل + وزارة: the mention keeps the preposition off
        ("وزارة الصحة", 0, 0),
        ("هذا الللون", 7, 7),  # not a word that starts with لل
    ],
)
def test_a_phrase_cut_inside_lam_lam_starts_at_the_first_lam(text: str, start: int, written: int) -> None:
    assert article_cut_start(text, start) == written
