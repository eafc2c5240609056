"""`وتلك إحدى النتائج المترتبة على سياسة الرئيس فلان`: أحد/إحدى ("one of") describes a person only before people (a
title, a plural of people, a name: `أحد المسؤولين`، `أحد أبرز المرشحين`); before things (`النتائج`، `الأسباب`) it opens
no title, so the person named after `الرئيس` keeps that title when quoted later (`quotes.speakers.roles.role_before`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/one_of_the_things_before_a_title.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor


@pytest.mark.parametrize(
    ("doc_id", "name", "role"),
    [("one-of-the-reasons", "خالد العمري", "الوزير"), ("one-of-the-results", "جون سميث", "الرئيس")],
)
def test_the_title_is_the_persons_own(extractor: Extractor, doc_id: str, name: str, role: str) -> None:
    [(_, _, resolved, found_role)] = sources(extractor, entity_parses("one_of_the_things_before_a_title")[doc_id])
    assert (resolved, found_role) == (name, role)
