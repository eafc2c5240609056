"""`وأوضح فلان بن فلان المرشــد مدير عام إدارة البرامج …، أن …`: where the entity tagger reads a person's name on past
the parse's (a family name written with tatweel), the role read after the parse's name starts after the whole name, at
its title; the family name is no part of the role (`quotes.drafts.subject_mention.through_tagged_name`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/roles_after_tagged_names.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor


@pytest.mark.parametrize(
    ("doc_id", "name", "role"),
    [
        ("family-name-with-tatweel", "خالد بن عبدالرحمن المرشــد", "مدير عام إدارة البرامج في الهيئة العامة للسياحة"),
        ("ambassador-after-his-name", "جيمس جيفري", "السفير الأميركي السابق في بغداد"),
    ],
)
def test_the_role_starts_after_the_whole_name(extractor: Extractor, doc_id: str, name: str, role: str) -> None:
    [(_, speaker, resolved, found_role)] = sources(extractor, entity_parses("roles_after_tagged_names")[doc_id])
    assert (speaker, resolved, found_role) == (name, name, role)
