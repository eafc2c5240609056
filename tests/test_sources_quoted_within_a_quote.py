"""A source quoted inside another's reported clause (`لافتا إلى أن التحريات الأولية تشير إلى أن …`) is a nested quote of
its own, and does not go on speaking after it: the participle that follows the reported clause (`، مبينا أنه …`)
continues the one who quoted it, even where the parse hung the participle on the nested verb (issue 10). The shape was
seen on a SaudiNewsNet article annotated in session 34 outside the gold sets.

The sentences were written for the test (invented names and content).
tests/data/entities/sources_quoted_within_a_quote.conllu holds them as the bundled model parsed them (`quotes parse`,
entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("sources_quoted_within_a_quote")


def test_the_investigations_are_quoted_within_the_police_directors_words(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["investigations-indicate"]) == [
        ("وأوضح", "فهد الزهراني", "فهد الزهراني", "مدير الشرطة العميد"),
        ("لافتا", None, "فهد الزهراني", "مدير الشرطة العميد"),
        ("تشير", "التحريات الاولية", "التحريات الاولية", None),
        ("مبينا", None, "فهد الزهراني", "مدير الشرطة العميد"),
    ]


@pytest.mark.parametrize(
    ("document", "participle", "reporter"),
    [
        ("reports-confirm", "موضحا", "خالد السبيعي"),
        ("results-indicate", "مؤكدا", "سامي العنزي"),
        ("tests-indicate", "مبينا", "ماجد الحربي"),
    ],
)
def test_the_participle_after_a_nested_report_is_the_reporters(extractor: Extractor, document: str, participle: str, reporter: str) -> None:
    found = sources(extractor, DOCUMENTS[document])
    assert [(cue, resolved) for cue, _, resolved, _ in found if cue == participle] == [(participle, reporter)]
    nested = [resolved for _, speaker, resolved, _ in found if speaker is not None and resolved != reporter]
    assert len(nested) == 1  # the nested report keeps its own source
