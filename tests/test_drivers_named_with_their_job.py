"""`ويقول أبو أحمد سائق سيارة أجرة إن …`: سائق (driver) is an occupation like بائع and مزارع (rules/lexicons/role_nouns.tsv),
so after a name it opens the person's role in construct and is no part of the name.

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/drivers_named_with_their_job.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor


def test_the_driver_is_named_and_described(extractor: Extractor) -> None:
    [(_, speaker, resolved, role)] = sources(extractor, entity_parses("drivers_named_with_their_job")["taxi-driver-after-his-name"])
    assert (speaker, resolved, role) == ("أبو أحمد", "أبو أحمد", "سائق سيارة أجرة")
