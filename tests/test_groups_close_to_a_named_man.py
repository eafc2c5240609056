"""`قال سكان ومصادر موالية للرئيس فلان إن …`: people described by their relation to a named man (a descriptor such as
سكان، مصادر، ناشطون, a preposition, his title, his name) speak as the whole phrase; the name is the man they are loyal
or close to, neither the speaker nor one the phrase before it describes (`quotes.speakers.describe`, through
`quotes.speakers.names.described_by_its_relation`). An official's title and the body he works in, then his name, stay
his role and his name; so does a descriptor in construct, which names a post (`مسؤول فرع الحزب في الموصل فلان`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/groups_close_to_a_named_man.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor


@pytest.mark.parametrize(
    ("doc_id", "speaker"),
    [
        ("residents-and-sources", "سكان ومصادر موالية للرئيس الصومالي حسن شيخ محمود"),
        ("activists-and-residents", "ناشطون وسكان موالون للرئيس السابق علي صالح"),
    ],
)
def test_the_group_speaks_not_the_man_it_is_loyal_to(extractor: Extractor, doc_id: str, speaker: str) -> None:
    [(_, found, resolved, role)] = sources(extractor, entity_parses("groups_close_to_a_named_man")[doc_id])
    assert (found, resolved, role) == (speaker, speaker, None)


def test_an_officials_own_name_after_his_title_and_body(extractor: Extractor) -> None:
    [(_, speaker, _, role)] = sources(extractor, entity_parses("groups_close_to_a_named_man")["the-officials-own-name"])
    assert (speaker, role) == ("أحمد كامل", "المسؤول الإعلامي في الائتلاف")


def test_a_descriptor_in_construct_names_the_officials_post(extractor: Extractor) -> None:
    [(_, speaker, _, role)] = sources(extractor, entity_parses("groups_close_to_a_named_man")["the-branch-officials-own-name"])
    assert (speaker, role) == ("سامي الحربي", "مسؤول فرع الاتحاد الوطني في الموصل")
