"""A title written after a name, and a title that names its holder alone.

`كشف خالد العمري الرئيس التنفيذي لشركة … عن البدء …`: the parse makes the title after the name the verb's object,
and the rule of a nominal complement (`verb-subject-nominal-complement`) took it as what was revealed; a head of a
job, rank or title (`@role_nouns[kind=job|rank|title]`) is never that complement, so what follows عن is. A
descriptor is still one (`اقترح نائب فرنسي معارض …`).

`وقال أمير جازان إن …`: the tagger reads أمير as the given name Amir and the parse chains the region onto it as a
name; a title written without the article before a single proper noun that nothing of a name follows is in
construct with the place or body it is held for, and the phrase names its holder by the title alone, never the
place. A name after the whole title (`مدرب برشلونة لويس إنريكي`) is still the holder's.

`صرّح بذلك الأستاذ فلان المدير العام …`: "that" is what he stated (ب + ذلك), no part of the courtesy title before
the name; the job after the name is the role.

The sentences were written for the test after records seen on SaudiNewsNet articles annotated outside the gold sets;
tests/data/entities/titles_after_names.conllu holds their parses by the bundled model; no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, quotes_resolved, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("titles_after_names")


def test_what_was_revealed_follows_an_rather_than_the_title_after_the_name(extractor: Extractor) -> None:
    document = DOCUMENTS["title-after-name-revealed"]
    assert quotes_resolved(extractor, document) == [("indirect", "كشف", "خالد العمري", "البدء في تنفيذ مشاريع جديدة في الأحياء الشمالية")]
    assert sources(extractor, document)[0][3] == "الرئيس التنفيذي لشركة تطوير جدة"


def test_a_nominal_complement_after_the_title_is_still_the_content(extractor: Extractor) -> None:
    document = DOCUMENTS["title-after-name-stressed"]
    assert quotes_resolved(extractor, document) == [("indirect", "وأكد", "سامي الدوسري", "أهمية العمل التطوعي في خدمة المجتمع")]
    assert sources(extractor, document)[0][3] == "المدير التنفيذي للجمعية"


def test_a_governor_named_by_his_title_and_region_is_no_place(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["governor-by-his-title"]) == [
        ("وأكد", "محمد بن ناصر بن عبدالعزيز", "محمد بن ناصر بن عبدالعزيز", "أمير منطقة جازان"),
        ("وقال", "أمير جازان", "محمد بن ناصر بن عبدالعزيز", "أمير جازان"),
    ]


def test_an_ambassador_named_by_his_title_alone_speaks_as_the_title(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["ambassador-by-his-title"]) == [("وقال", "سفير فرنسا", "سفير فرنسا", "سفير فرنسا")]


def test_a_name_after_the_whole_title_is_still_the_holder(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["coach-of-a-club-named"]) == [("وقال", "لويس إنريكي", "لويس إنريكي", "مدرب برشلونة")]


def test_what_was_stated_is_no_part_of_the_role_before_the_name(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["stated-by-the-director"]) == [
        ("مؤكداً", None, "عبدالله بن سعد المالكي", "المدير العام لإدارة التعليم"),
        ("وأوضح", "المالكي", "عبدالله بن سعد المالكي", "المدير العام لإدارة التعليم"),
    ]


def test_a_formal_son_in_construct_with_a_name_speaks_himself(extractor: Extractor) -> None:
    # نجل (rules/lexicons/role_nouns.tsv, column kin): the son of the artist named after him, not the artist
    assert sources(extractor, DOCUMENTS["son-of-the-artist"]) == [("وأكد", "نجل الفنان خالد الشمري", "نجل الفنان خالد الشمري", None)]


def test_a_muezzin_is_a_title_before_the_name(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["muezzin-of-the-mosque"]) == [("وأوضح", "سالم العتيبي", "سالم العتيبي", "مؤذن المسجد")]


def test_a_name_hung_on_its_rank_is_still_the_holder(extractor: Extractor) -> None:
    # رئيس الهيئة د. | سامي العلي: the parse made the name the genitive (nmod) of the abbreviated title before it;
    # a rank or title is never in construct with a name, and the subject of the verb the participle follows is him
    assert sources(extractor, DOCUMENTS["name-hung-on-its-rank"]) == [("مبيناً", None, "سامي العلي", "رئيس الهيئة د")]
