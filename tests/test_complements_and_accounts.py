"""What was said is not who said it:

- `ونفى وجود أي تقصير …، مضيفا أن …`، `وأكد حرص الوزارة على …، مشيرا إلى أن …`: a verbal noun that opens a cue's
  noun complement (rules/lexicons/complement_nouns.tsv: وجود، ضرورة، أهمية، حرص …) is what was denied or stressed,
  however the parse hung it (as the cue's subject here: rule verb-noun-complement-parsed-as-subject), and the quote
  speaks for the person named before; so does the participle that goes on.
- `… حسب روايته لقناة محلية`: an according-to marker whose noun carries the source as a pronoun (روايته، like
  على حد قوله) names no one by itself; before the pronoun the noun's ة is written ت (رواية → روايته). The source is
  the person the sentence is about.

Each sentence was written for the test (invented names and content), after records seen on SaudiNewsNet articles
outside the gold sets. tests/data/entities/complements_and_accounts.conllu holds the parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "complements_and_accounts.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (
            "complement-1",
            [
                ("وقال", "فهد الزهراني", "فهد الزهراني", "مدير الشرطة اللواء"),
                ("ونفى", None, "فهد الزهراني", "مدير الشرطة اللواء"),
                ("مضيفا", None, "فهد الزهراني", "مدير الشرطة اللواء"),
            ],
        ),
        (
            "complement-2",
            [
                ("وأوضح", "ماجد العنزي", "ماجد العنزي", "وكيل الوزارة الدكتور"),
                ("وأكد", None, "ماجد العنزي", "وكيل الوزارة الدكتور"),
                ("مشيرا", None, "ماجد العنزي", "وكيل الوزارة الدكتور"),
            ],
        ),
    ],
)
def test_the_noun_complement_of_a_cue_is_no_source(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str, ...]]
) -> None:
    assert sources(extractor, documents[doc_id]) == expected


def test_his_account_is_the_account_of_the_person_the_sentence_is_about(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    according_to, said = extractor.extract_parsed(documents["account-1"])
    assert (according_to.type, according_to.speaker) == ("according_to", None)
    assert according_to.speaker_resolved is not None and according_to.speaker_resolved.text == "سامي الحداد"
    assert according_to.content.text.startswith("تمكن الصحفي اليمني سامي الحداد")
    assert said.speaker_resolved is not None and said.speaker_resolved.text == "سامي الحداد"
