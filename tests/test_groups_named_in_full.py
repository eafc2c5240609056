"""A group's mention takes in where its people are, so that a later bare plural is the group named in full.

The contract's speaker is the whole descriptive phrase (`متعاملون في سوق التمور`) and `speaker_resolved` the fullest
mention of the same source anywhere in the document. A group the text names where it acts without speaking
(`انتقد خبراء في اقتصاديات الطاقة قرار الحكومة`) and then quotes by its bare plural (`وقال الخبراء`) is that group
named in full once the GROUP mention keeps the في، لدى or داخل phrase after it, as the speaker phrase of a cue's
subject does (`quotes.speakers.belonging`, rules/lexicons/belonging_prepositions.tsv column `group`). A phrase the
parse hung on the verb of an act is where they acted (`اجتمع خبراء في الطاقة المتجددة | في فندق الريتز`), and a time
is no such phrase (`وصل مسؤولون | في وقت متأخر`).

Sentences written for the test (invented content), after the shape of read-set records;
tests/data/entities/groups_named_in_full.conllu holds their parses (bundled model, entity tagger on); no model is
loaded.
"""

from __future__ import annotations

import pytest

from conftest import canonical_names, entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("groups_named_in_full")


@pytest.mark.parametrize(
    ("doc_id", "group"),
    [
        ("experts-in-energy-economics", "خبراء في اقتصاديات الطاقة"),
        ("officials-in-the-ministry", "مسؤولون في وزارة الصحة"),
        ("scientists-at-the-agency", "علماء في وكالة الفضاء الأوروبية"),
        ("experts-meeting-at-a-hotel", "خبراء في الطاقة المتجددة"),  # not the hotel they met in
    ],
)
def test_the_bare_plural_is_the_group_named_in_full(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, group: str
) -> None:
    (said,) = sources(extractor, documents[doc_id])
    assert said[1:3] == (said[1], group)
    assert said[1].startswith("ال")
    assert canonical_names(extractor, documents[doc_id], "GROUP") == [group]


def test_a_time_after_the_plural_is_not_where_they_are(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    document = documents["officials-late-at-night"]
    (said,) = sources(extractor, document)
    assert said[:3] == ("وقال", "المسؤولون", "المسؤولون")
    assert canonical_names(extractor, document, "GROUP") == ["مسؤولون"]
