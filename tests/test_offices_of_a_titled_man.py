"""`غير أن مكتب رئيس الوزراء فلان أكد أن …`: an organisation's head noun in construct (مكتب، حكومة، إدارة, without the
article) with a title and a name speaks as the whole phrase, an organisation; the name is the title's holder, whose
office it is, neither the speaker nor one the office describes (`quotes.speakers.names`). The director of such an office
is a person with his title.

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/offices_of_a_titled_man.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor


@pytest.mark.parametrize(
    ("doc_id", "office"),
    [
        ("prime-ministers-office", "مكتب رئيس الوزراء أحمد السالم"),
        ("presidents-administration", "إدارة الرئيس الأمريكي باراك أوباما"),
        ("lawyers-office", "مكتب المحامي سعد الحربي"),
    ],
)
def test_the_office_speaks_not_the_man_whose_it_is(extractor: Extractor, doc_id: str, office: str) -> None:
    [(_, speaker, resolved, role)] = sources(extractor, entity_parses("offices_of_a_titled_man")[doc_id])
    assert (speaker, resolved, role) == (office, office, None)


def test_the_director_of_an_office_is_a_person_with_his_title(extractor: Extractor) -> None:
    [(_, speaker, _, role)] = sources(extractor, entity_parses("offices_of_a_titled_man")["director-of-the-office"])
    assert (speaker, role) == ("سامي الراشد", "مدير مكتب رئيس الوزراء")
