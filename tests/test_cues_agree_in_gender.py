"""A cue without a subject speaks for no one of the other gender.

Saudi execution statements open with verses (`قال الله تعالى: {…}`) and close `ووزارة الداخلية إذ تعلن عن ذلك لتؤكد
… وتحذر …`; the feminine `وتحذر` has no subject of its own. It went to the source named last, whatever its gender:
God, whose verse was the only quote before, or the man the statement named (`فلان بن فلان`، a given name no lexicon
lists). With no quote before, the source named last must agree with the cue (`coreference.recency.recent`), and a
name's `بن` ("son of") says a man as well as a listed given name does (`speakers.words.person_gender`, column
`says_man` of rules/lexicons/name_links.tsv, read by the latest-person sieve).

Documents written for the test (invented content), after two read-set records; tests/data/entities/
cues_agree_in_gender.conllu holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument
from quotes.speakers.words import person_gender


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("cues_agree_in_gender")


def test_the_verse_is_gods_and_the_warning_is_not(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    verse, warning = sources(extractor, documents["statement-after-a-verse"])
    assert verse[:3] == ("قال", "الله تعالى", "الله تعالى")
    assert warning[0] == "وتحذر"
    assert warning[2] is None  # the masculine speaker of the verse does not warn in the feminine


def test_a_son_of_someone_does_not_warn_in_the_feminine(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (warning,) = sources(extractor, documents["son-of-named-last"])
    assert warning[0] == "وتحذر"
    assert warning[2] != "مطشر بن دغيم العنزي"


@pytest.mark.parametrize(
    ("first", "second", "gender"),
    [("مطشر", "بن", "Masc"), ("دغيمه", "بنت", "Fem"), ("مطشر", "ولد", "Masc"), ("مطشر", "ابو", None), (None, None, None)],
)
def test_son_of_and_daughter_of_say_the_gender(extractor: Extractor, first: str | None, second: str | None, gender: str | None) -> None:
    roles = extractor.lexicons.roles
    assert person_gender(first, None, None, roles, second_word=second) == gender
