"""An honorific pronoun stands for the person the text introduced with the same honorific noun: `سموه` for the one
it called `صاحب السمو الملكي الأمير …`, `معاليه` for the one it called `معالي …`, not for whoever it named or quoted
last (a council's head the prince received, the martyrs whose names the roads take). A job in construct written after
the name (`الأمير سلطان بن فهد أمير منطقة الجوف`) is the whole title, whatever the parse hung its genitive from, so a
later `أمير الجوف` finds its holder.

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
that are in neither gold set. tests/data/entities/honorifics_of_the_named.conllu holds the parses (bundled model,
entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "honorifics_of_the_named.conllu"

_PRINCE, _GOVERNOR = "سلطان بن فهد", "أمير منطقة الجوف"


def test_his_highness_is_the_prince_not_the_last_name(extractor: Extractor) -> None:
    assert sources(extractor, documents_by_id(PARSES)["highness-named-before-the-cue"]) == [
        ("وأوضح", "سموه", _PRINCE, _GOVERNOR)
    ]


def test_his_highness_is_the_prince_not_the_last_speaker(extractor: Extractor) -> None:
    assert sources(extractor, documents_by_id(PARSES)["highness-after-another-speaker"]) == [
        ("وقال", "العنزي", "خالد بن سعد العنزي", "رئيس المجلس البلدي الدكتور"),
        ("وأكد", "سموه", _PRINCE, _GOVERNOR),
    ]


def test_his_excellency_is_the_minister_not_the_last_speaker(extractor: Extractor) -> None:
    found = sources(extractor, documents_by_id(PARSES)["excellency-after-another-speaker"])
    assert [(cue, resolved) for cue, _, resolved, _ in found] == [("وقال", "سامي الشمري"), ("وأكد", "ناصر بن علي الدوسري")]


def test_a_governor_named_by_his_region_is_the_prince(extractor: Extractor) -> None:
    assert sources(extractor, documents_by_id(PARSES)["governor-title-in-construct"]) == [
        ("وقال", "أمير الجوف", _PRINCE, "أمير الجوف")
    ]
