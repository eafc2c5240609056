"""`أوصى الشيخ فلان بن فلان البدير المسلمين بتقوى الله`، `ودعا الشيخ فلان الغامدي المواطنين إلى …`: a definite
masculine sound plural right after a family name with the article is the people the verb acts on (whom the imam
advised, whom the sheikh called on), not a second family name, though the tagger called it a proper noun and the
parse hung it on the name. The speaker's name ends before it. A family name in ين after a given name
(`محمد بن صالح العثيمين`) stays whole (`quotes.speakers.words.plural_after_family_name`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/people_after_family_names.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("people_after_family_names")


@pytest.mark.parametrize(
    ("doc_id", "cue", "name"),
    [("imam-advised-the-muslims", "أوصى", "صالح بن عبدالله البدير"), ("sheikh-called-on-the-citizens", "ودعا", "خالد بن سعد الغامدي")],
)
def test_the_people_called_on_are_no_part_of_the_name(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, cue: str, name: str
) -> None:
    [(found_cue, speaker, resolved, _)] = sources(extractor, documents[doc_id])
    assert (found_cue, speaker, resolved) == (cue, name, name)


def test_a_family_name_in_yn_after_a_given_name_stays(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    [(_, speaker, _, _)] = sources(extractor, documents["family-name-in-yn"])
    assert speaker == "محمد بن صالح العثيمين"
