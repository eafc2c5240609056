"""A job phrase written right before a rank or academic title and a name (`افتتح مدير عام الشؤون الصحية بالمنطقة الدكتور
فلان المركز`) is the person's title even where the parse broke it, hanging the rank and the name on the verb as its
object: the mention finder reads the words before the name in the text's order back to the job noun that opens them,
and a later `وقال الدكتور فلان` carries that title (the spec: a bare title or rank takes the latest fuller description).
An honorific before the title (`الأمير الدكتور`) opens no job phrase (issue 10). The shape was seen on SaudiNewsNet
articles annotated in session 35 outside the gold sets.

The sentences were written for the test (invented names and content).
tests/data/entities/titles_the_parse_broke.conllu holds them as the bundled model parsed them (`quotes parse`, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("titles_the_parse_broke")


def test_the_director_who_opened_the_centre_speaks_with_his_title(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["director-opened-the-centre"]) == [
        ("وقال", "الزهراني", "خالد الزهراني", "مدير عام الشؤون الصحية بالمنطقة الدكتور"),
    ]


def test_the_president_who_signed_the_contract_speaks_with_his_title(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["president-signed-the-contract"]) == [
        ("وأوضح", "الحربي", "سعد الحربي", "الرئيس العام للمؤسسة العامة للموانئ المهندس"),
    ]


def test_an_honorific_before_the_title_opens_no_job(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["prince-and-doctor"]) == [("أكد", "تركي بن سعود", "تركي بن سعود", "الدكتور")]
