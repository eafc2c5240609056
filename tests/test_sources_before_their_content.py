"""A source's name never runs into what it is quoted saying. The organisation finder lets a body's name go on into a
verbal noun the parse hung on the body; after a reporting verb that is the content (`أعلنت هيئة الهلال الأحمر السعودي
| فتح باب التقديم …`), and the table's fullest name held it. Mentions are now cut where a quote's content starts
inside them (`mentions.outside_contents`), unless the content opens with a preposition: the parse may start a content
inside the body's own name (`ودعت الإدارة العامة للتعليم | بمنطقة الرياض …`), so `أفاد الجيش الفرنسي بمقتل …`
keeps the body's name run on (left as it is). And a "cue" right after the word that links a name to the father's is
the father's name (`فهد بن طالب أن …`: طالب is no "demanded").

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
that are in neither gold set. tests/data/entities/sources_before_their_content.conllu holds the parses (bundled model,
entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("sources_before_their_content")


def test_a_bodys_name_stops_where_its_content_starts(extractor: Extractor) -> None:
    body = "هيئة الهلال الأحمر السعودي"
    assert sources(extractor, DOCUMENTS["body-then-fath"]) == [("أعلنت", body, body, None)]
    _, table = extractor.extract_with_entities(DOCUMENTS["body-then-fath"])
    assert body in [entity.canonical.text for entity in table.entities]


def test_a_fathers_name_is_no_cue(extractor: Extractor) -> None:
    assert [cue for cue, *_ in sources(extractor, DOCUMENTS["talib-after-bin"])] == ["يؤكد"]
