"""The speaker's name after a title with its complement.

`أوضح المدير العام للبرنامج الوطني للتدريب «تمكين» الدكتور سامي الفهد، أن …`: the title runs on through what it is
of (`للبرنامج الوطني`، which the phrase reader took for whom the speaker told, as in `قال لبرنامج «…»`) and the
programme's short name to the academic title and a name no lexicon lists. The speaker is the name, the title its
role (`speakers.names.phrase_between`). `وقال المتحدث الرسمي للصحيفة`: whom he told, hung on the verb, still ends the
phrase. A participle after a clause whose subject is such a title (`وأشاد الزائر للمهرجان خالد العتيبي بالتنظيم،
مشيراً`) speaks for the name as well (`drafts.speaker.main_clause_hint`).

Sentences written for the test (invented content), after read-set records; tests/data/entities/
names_after_title_complements.conllu holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("names_after_title_complements")


@pytest.mark.parametrize(
    ("doc_id", "cue", "name", "role"),
    [
        ("director-of-a-programme", "أوضح", "سامي الفهد", "المدير العام للبرنامج الوطني للتدريب «تمكين» الدكتور"),
        ("supervisor-of-a-centre", "بيّن", "ماجد الرويلي", "المشرف العام على المركز الوطني للوثائق «وثائق» المهندس"),
    ],
)
def test_the_name_after_the_title_speaks(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, cue: str, name: str, role: str
) -> None:
    (quote,) = sources(extractor, documents[doc_id])
    assert quote == (cue, name, name, role)


def test_the_participle_speaks_for_the_visitor_named(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (pointing,) = sources(extractor, documents["visitor-of-a-festival"])
    assert pointing == ("مشيراً", None, "خالد العتيبي", "الزائر للمهرجان")


def test_whom_the_spokesman_told_is_no_part_of_his_title(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["told-the-paper"])
    assert said[:3] == ("وقال", "المتحدث الرسمي", "المتحدث الرسمي")
