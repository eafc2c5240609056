"""Names the tagger tagged in one sentence of a document are tagged where it left them untagged (quotes.entity_tag_repair).

Each document is written for these tests and given as its sentences' words with the BIOES tags a
tagger reading one sentence at a time could give them: a name tagged in one sentence and missed in
another. The lexicons are the rules' own.
"""

from __future__ import annotations

import pytest

from quotes.entity_tag_repair import WINDOW, RepairLexicons, repair_tags
from quotes.graph import tag_spans


@pytest.fixture(scope="module")
def lexicons() -> RepairLexicons:
    return RepairLexicons.bundled()


def _document(*sentences: str) -> tuple[list[list[str]], list[list[str]]]:
    """``word/TAG word …`` lines (a word without a tag is O) → words and tags."""
    words, tags = [], []
    for sentence in sentences:
        pairs = [item.rsplit("/", 1) if "/" in item else (item, "O") for item in sentence.split()]
        words.append([word for word, _ in pairs])
        tags.append([tag for _, tag in pairs])
    return words, tags


def _names(words: list[list[str]], tags: list[tuple[str, ...]]) -> list[list[tuple[str, str]]]:
    return [[(" ".join(w[a:b]), kind) for a, b, kind in tag_spans(t)] for w, t in zip(words, tags, strict=True)]


def test_a_family_name_used_alone_is_the_person_the_document_named_in_full(lexicons: RepairLexicons) -> None:
    words, tags = _document(
        "و قال المدرب هورست/B-PERS كوبل/E-PERS إن الفريق جاهز .",
        "و أضاف كوبل أن اللاعبين تدربوا جيدا .",
    )
    assert _names(words, repair_tags(words, tags, lexicons))[1] == [("كوبل", "PERS")]


def test_the_family_name_after_bin_is_the_last_word_of_the_name(lexicons: RepairLexicons) -> None:
    words, tags = _document(
        "أكد وزير الخارجية عادل/B-PERS بن/I-PERS أحمد/I-PERS الجبير/E-PERS أن المملكة تدعم الاتفاق .",
        "و قال الجبير إن المحادثات مستمرة .",
    )
    assert _names(words, repair_tags(words, tags, lexicons))[1] == [("الجبير", "PERS")]


@pytest.mark.parametrize(
    ("full", "alone"),
    [
        # a regnal ordinal ends the name but names nobody alone
        ("استقبل الملك عبدالله/B-PERS الثاني/E-PERS الوزير .", "و جاء الفريق في المركز الثاني ."),
        # a given name last in a name is the father's name, not the person
        ("و قال المهندس ماجد/B-PERS صالح/E-PERS إن المشروع انتهى .", "و يعمل المصنع ل صالح الشركة ."),
        # علي is also على (on) once normalised
        ("و قال الدكتور حسن/B-PERS علي/E-PERS إن الدواء آمن .", "و وافق المجلس علي القرار ."),
    ],
)
def test_a_last_word_that_names_nobody_alone_stays_untagged(full: str, alone: str, lexicons: RepairLexicons) -> None:
    words, tags = _document(full, alone)
    assert _names(words, repair_tags(words, tags, lexicons))[1] == []


def test_an_organisation_tagged_once_is_tagged_where_the_tagger_missed_it(lexicons: RepairLexicons) -> None:
    words, tags = _document(
        "أعلنت شركة أرامكو/S-ORG السعودية/S-LOC نتائجها .",
        "و قالت إن أرامكو حققت أرباحا .",
        "و أصدر البنك/B-ORG الأهلي/I-ORG التجاري/E-ORG تقريره .",
        "و توقع البنك الأهلي التجاري نموا .",
    )
    repaired = _names(words, repair_tags(words, tags, lexicons))
    assert repaired[1] == [("أرامكو", "ORG")]
    assert repaired[3] == [("البنك الأهلي التجاري", "ORG")]


def test_words_the_window_tags_a_place_more_often_are_not_repaired_as_the_organisation_it_slipped_to(
    lexicons: RepairLexicons,
) -> None:
    words, tags = _document(
        "و زار الوزير طاجيكستان/S-LOC و أوزبكستان/S-LOC .",
        "و تقع طاجيكستان/S-LOC شمال أفغانستان/S-LOC .",
        "و وقعت طاجيكستان/S-ORG الاتفاق .",
        "و قال إن طاجيكستان هي الأكثر عرضة للخطر .",
    )
    assert _names(words, repair_tags(words, tags, lexicons))[3] == []


def test_names_match_in_other_spellings_of_hamza_and_ta_marbuta(lexicons: RepairLexicons) -> None:
    words, tags = _document(
        "و قال الوزير أحمد/B-PERS العطية/E-PERS إن الميزانية جاهزة .",
        "و أضاف العطيه ان اسعار النفط ارتفعت .",
    )
    assert _names(words, repair_tags(words, tags, lexicons))[1] == [("العطيه", "PERS")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("و كان نبيل/B-PERS شاكر/E-PERS يؤدي دور المذيع .", "نبيل شاكر"),  # tagged whole: left as it is
        ("و كان نبيل شاكر/S-PERS يؤدي دور المذيع .", "نبيل شاكر"),
        ("و سجل المهاجم ، و كريم الحداد/S-PERS ( 77 ) .", "كريم الحداد"),
        ("و استقبل السفير رانيا العتيبي/S-PERS في مكتبها .", "رانيا العتيبي"),
    ],
)
def test_a_given_name_before_a_tagged_person_starts_the_name(sentence: str, name: str, lexicons: RepairLexicons) -> None:
    words, tags = _document(sentence)
    assert [found for found, kind in _names(words, repair_tags(words, tags, lexicons))[0] if kind == "PERS"] == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "و يعرف باسم أبو/B-PERS علي/E-PERS بين أنصاره .",  # باسم: by the name of
        "و قال صديق مايكل/S-PERS إنه غادر مبكرا .",  # صديق: a friend of
        "ف إن عمر هاني/S-PERS في الملعب لم يطل .",  # عمر: the time (career) of
        "و زار الوفد قطر/S-LOC أمس .",  # no person
    ],
)
def test_a_given_name_that_is_a_common_word_does_not_join_the_person(sentence: str, lexicons: RepairLexicons) -> None:
    words, tags = _document(sentence)
    assert repair_tags(words, tags, lexicons) == [tuple(t) for t in tags]


def test_tagged_words_are_never_moved_cut_or_retyped(lexicons: RepairLexicons) -> None:
    words, tags = _document(
        "و قال سامي/B-PERS الجابر/E-PERS إن الجابر/S-ORG للتجارة تنمو .",
        "و زار الجابر/S-LOC المعرض .",
    )
    assert repair_tags(words, tags, lexicons) == [tuple(t) for t in tags]


def test_only_the_sentences_of_the_window_lend_their_names(lexicons: RepairLexicons) -> None:
    filler = ["و استمرت المباراة ."] * WINDOW
    words, tags = _document("و قال المدرب أرسين/B-PERS فينغر/E-PERS إن الفريق جاهز .", *filler, "و أكد فينغر ذلك .")
    assert _names(words, repair_tags(words, tags, lexicons))[-1] == []  # 21 sentences away
    assert _names(words, repair_tags(words, tags, lexicons, window=WINDOW + 1))[-1] == [("فينغر", "PERS")]


def test_a_sentence_without_names_nearby_is_left_as_it_is(lexicons: RepairLexicons) -> None:
    words, tags = _document("و ارتفعت أسعار النفط اليوم .", "و قال الخبراء إن الطلب يزيد .")
    assert repair_tags(words, tags, lexicons) == [tuple(t) for t in tags]


@pytest.mark.model
def test_the_shipped_tagger_tags_a_family_name_alone_where_the_document_gave_it_in_full() -> None:
    from quotes.api import Extractor

    extractor = Extractor()
    tagger = extractor.entity_tagger
    assert tagger is not None and tagger.repair is not None  # on by default, with the rules' lexicons
    first = "و قال رئيس النادي فهد المطوع إن الفريق جاهز .".split()
    second = "و أكد المطوع أن اللاعبين تدربوا جيدا .".split()
    assert tagger.tag_many([second])[0][2] == "O"  # read alone, the sentence names nobody
    assert tagger.tag_documents([[first, second]])[0][1][2] == "S-PERS"

    document = extractor.parse("وقال رئيس النادي فهد المطوع إن الفريق جاهز. وأكد المطوع أن اللاعبين تدربوا جيدا.", "repaired")
    assert document.entity_tags is not None
    tagged = {word.text: tag for word, tag in zip(document.sentences[-1].words, document.entity_tags[-1], strict=True)}
    assert tagged["المطوع"] == "S-PERS", tagged
