"""`النشرة التي تصدرها دوريا مؤسسة النقد`: an adverb of how often (دوريا، شهريا، سنويا: rules/lexicons/
subject_adverbials.tsv, column manner) between a statement's issuing verb and the body that issues it is no part of
the issuer. The tagger ran it into the body's name and the parse made it the clause's subject, so the bulletin was
resolved to `دوريا مؤسسة النقد …`; the issuer is the body after it (`quotes.mentions.tagged`,
`quotes.speakers.words.issuing_clause`).

Sentences written for the test (invented content), after records on two unseen SaudiNewsNet articles;
tests/data/entities/issued_how_often.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor


@pytest.mark.parametrize(
    ("doc_id", "issuer"),
    [("bulletin-issued-periodically", "الهيئة العامة للإحصاء"), ("bulletin-issued-monthly", "وزارة التجارة")],
)
def test_the_bulletin_is_the_bodys_that_issues_it(extractor: Extractor, doc_id: str, issuer: str) -> None:
    found = sources(extractor, entity_parses("issued_how_often")[doc_id])
    assert [resolved for _, _, resolved, _ in found] == [issuer, issuer]
