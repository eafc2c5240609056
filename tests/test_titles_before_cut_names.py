"""`وقال الناطق باسم الوكالة ليو ماركس للصحفيين: «…»`: a foreign given name that starts with ل loses that letter to the
clitic pass (`ل` + `يو`), and the person's name is read from the rest (`يو ماركس`); the title before it is the role,
and it ends before the written word the name starts in: no role ends with a lone `ل` that belongs to the name. A name
the clitic pass keeps whole (`لوكا بيانكي`) is untouched.

The shape of a role seen on an unseen SaudiNewsNet article (`الناطق باسم المفوضية ليو دوبس`). The sentences were
written for the test (invented names and content); tests/data/entities/titles_before_cut_names.conllu holds the
bundled parser's parses; no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("titles_before_cut_names")


def test_the_title_ends_before_the_written_word_of_a_cut_name(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["cut-name-1-shipped"]) == [("وقال", "يو ماركس", "يو ماركس", "الناطق باسم الوكالة")]


def test_a_name_kept_whole_keeps_its_title(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["cut-name-3-shipped"]) == [("وقال", "لوكا بيانكي", "لوكا بيانكي", "المسؤول في البرنامج")]
