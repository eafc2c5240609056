"""`واختتم حديثه بأن …`، `واختتمت كلمتها بأن …` ("he concluded his talk by saying that …"): the speech noun with a
possessive pronoun is what was concluded, never who spoke, also where the parse gave no subject and the first noun
after the cue would be taken, and where the noun's feminine ending is written ت before the pronoun (كلمتها for
كلمة). The cue speaks for the person quoted before; so does a participle after it (`وختم حديثه قائلا: «…»`،
`واختتم حديثه مؤكدا أن …`), whose speaker is the subject of the verb it hangs from where that is someone, never the
talk (quotes.drafts.speaker.main_clause_hint). Each sentence was written for the test (invented names and
content), after a record seen on a SaudiNewsNet article outside the gold sets.

tests/data/entities/concluded_own_talk.conllu holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "concluded_own_talk.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (
            "concluded-talk-1",
            [
                ("وأوضح", "سلطان الزهراني", "سلطان الزهراني", "مدير الجمعية"),
                ("واختتم", None, "سلطان الزهراني", "مدير الجمعية"),
            ],
        ),
        (
            "concluded-talk-2",
            [
                ("وأكدت", "نورة العمري", "نورة العمري", "الباحثة"),
                ("واختتمت", None, "نورة العمري", "الباحثة"),
            ],
        ),
    ],
)
def test_the_talk_one_concluded_is_no_speaker(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str | None, ...]]
) -> None:
    assert sources(extractor, documents[doc_id]) == expected


@pytest.mark.parametrize(
    ("doc_id", "speaker", "role"),
    [
        ("went-on-with-his-talk", "فهد الدوسري", "رئيس الجمعية"),
        ("concluded-her-talk-saying", "سارة العنزي", "الباحثة"),
        ("concluded-his-talk-stressing", "المحافظ", "المحافظ"),
        ("ended-his-talk-saying", "ماجد السهلي", "اللاعب"),
    ],
)
def test_a_participle_after_ones_own_talk_speaks_for_who_spoke_before(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, speaker: str, role: str
) -> None:
    first, participle = sources(extractor, documents[doc_id])
    assert first[2] == speaker
    assert participle[1:] == (None, speaker, role)
