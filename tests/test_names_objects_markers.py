"""Where a speaker's name ends, and which "according to" markers are quotes of their own. A name the parse cut where
the entity tagger reads on (`الشيخ ناصر لحمر`: the clitic pass cut لحمر into ل + حمر), a given name the tagger left
before بن, a family name followed by the verb's object (`فهد بن سعد الدوسري | الهجوم الإرهابي`), an object the parse
hung under the name (`جاستن ترودو | الحادث بأنه`), a title that follows a name behind honorifics only (`صاحب السمو
الأمير …، محافظ جدة،`), an adverb set off by a comma before the cue (`سياسيا، قال …`), an "according to" marker that
only names another quote's source or transmitter, or whose pronoun (`على حد قوله`) stands for the subject of the
clause it closes, a cue after "which" (`ما يؤكد`: the writer's inference), and the subject of a reported clause (who
does not go on speaking). Each sentence was written for the test, after an error seen on SaudiNewsNet articles that
are in neither gold set.

tests/data/entities/names_objects_markers.conllu holds the parses (bundled model, entity tagger on); no model is
loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "names_objects_markers.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


def person_mentions(extractor: Extractor, document: ParsedDocument) -> list[str]:
    return [mention.span.text for mention in extractor.mentions(document) if mention.kind == "PER"]


def test_a_name_the_clitic_pass_cut_reads_on_as_far_as_the_entity_tagger(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # أكد لـ(الوطن) الشيخ ناصر لحمر رئيس مجلس قبائل الجوف، أن …: the parse hung حمر (of ل + حمر) on the verb
    first = extractor.extract_parsed(documents["tagged-name-1"])[0]
    assert first.speaker is not None and first.speaker.text == "ناصر لحمر"
    assert first.speaker_resolved is not None and first.speaker_resolved.text == "ناصر لحمر"


def test_a_preposition_that_opens_a_definite_noun_is_the_addressee_not_part_of_the_name(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # وقال شو للصحافيين …: the tagger read ل + لصحافيين (للصحافيين) as the rest of the name
    document = documents["tagged-name-3"]
    assert sources(extractor, document) == [("وقال", "شو", "شو", None)]
    assert "شو للصحافيين" not in person_mentions(extractor, document)


def test_a_title_after_a_name_that_only_honorifics_precede_is_the_role(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    assert sources(extractor, documents["honorific-role-1"]) == [
        ("أكّد", "مشعل بن ماجد بن عبدالعزيز", "مشعل بن ماجد بن عبدالعزيز", "محافظ جدة"),
        ("وقال", "سموه", "مشعل بن ماجد بن عبدالعزيز", "محافظ جدة"),  # the honoured person's latest title
    ]
    assert sources(extractor, documents["honorific-role-2"]) == [
        ("أوضح", "تركي بن طلال بن عبدالعزيز", "تركي بن طلال بن عبدالعزيز", "أمير منطقة عسير"),
    ]


def test_a_tagged_name_that_starts_with_bin_takes_the_given_name_before_it(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # the tagger began the name at بن (جلوي | بن مساعد بن عبدالرحمن), and مساعد after بن is a name, not "assistant"
    document = documents["patronymic-3"]
    assert "جلوي بن مساعد بن عبدالرحمن" in person_mentions(extractor, document)
    assert sources(extractor, document) == [
        ("وأوضح", "جلوي بن مساعد بن عبدالرحمن", "جلوي بن مساعد بن عبدالرحمن", "محافظ الأحساء"),
        ("وقال", "سموه", "جلوي بن مساعد بن عبدالرحمن", "محافظ الأحساء"),
    ]


def test_one_family_name_then_the_verbs_object(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    # أدان محافظ الخرج الدكتور فهد بن سعد الدوسري الهجوم الإرهابي …: الهجوم is what he condemned
    document = documents["family-then-object-1"]
    assert "فهد بن سعد الدوسري" in person_mentions(extractor, document)
    assert all("الهجوم" not in (resolved or "") for _, _, resolved, _ in sources(extractor, document))


@pytest.mark.parametrize(
    ("doc_id", "speaker", "role"),
    [
        ("object-under-name-1", "جاستن ترودو", "رئيس الوزراء الكندي"),
        ("object-under-name-2", "برنار كازنوف", "وزير الداخلية الفرنسي"),
    ],
)
def test_an_object_the_parse_hung_under_the_name_is_no_part_of_the_speaker(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, speaker: str, role: str
) -> None:
    # ووصف … جاستن ترودو الحادث بأنه …: no name takes a genitive
    assert sources(extractor, documents[doc_id]) == [("ووصف", speaker, speaker, role)]


def test_an_adverb_before_a_comma_is_not_the_subject(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert sources(extractor, documents["adverb-comma-1"]) == [
        ("قال", "مسؤول في الحكومة اليمنية", "مسؤول في الحكومة اليمنية", None)
    ]


def test_a_marker_after_the_verb_names_who_spoke_for_its_subject_and_is_no_quote_of_its_own(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # إلا أن وزارة الخارجية أكدت على لسان المتحدث باسمها أن …: one quote, not a second with the content "إلا أن … أكدت"
    quotes = extractor.extract_parsed(documents["marker-of-another-1"])
    assert [(q.type, q.cue.text) for q in quotes] == [("indirect", "أكدت")]


def test_a_marker_before_a_reporting_verb_is_its_transmitter(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # وبحسب وكالة الأنباء الفرنسية، فقد ذكر الوزير أن …: one record, via the agency (spec: relays)
    quotes = extractor.extract_parsed(documents["marker-of-another-2"])
    assert [(q.type, q.cue.text, q.via.text if q.via else None) for q in quotes] == [
        ("indirect", "ذكر", "وكالة الأنباء الفرنسية")
    ]


def test_a_marker_with_its_own_content_stays_a_quote(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    quotes = extractor.extract_parsed(documents["marker-alone"])
    assert [(q.type, q.cue.text, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("according_to", "بحسب", "وكالة رويترز")
    ]
    # a marker at the end of another quote's content belongs to it: وأوضح المدير أن …، وأن … حسب قوله
    assert [q.cue.text for q in extractor.extract_parsed(documents["marker-of-another-3"])] == ["وأوضح"]


def test_yudhkar_bi_anna_is_the_writers_note(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    # يذكر بأن المشروع بدأ قبل عامين: the impersonal passive with ب, no source (spec: not quotes)
    assert extractor.extract_parsed(documents["writers-note-1"]) == []


def test_a_pronoun_marker_stands_for_the_subject_of_the_clause_it_closes(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # …، تعهد رئيس الوزراء الأسترالي مالكوم تيرنبول بخفض الضرائب …، على حد قوله. وأضاف أن …: he put it so, and he
    # goes on (not the ministry quoted before him)
    assert sources(extractor, documents["pronoun-marker-1"])[1:] == [
        ("على", None, "مالكوم تيرنبول", "رئيس الوزراء الأسترالي"),
        ("وأضاف", None, "مالكوم تيرنبول", "رئيس الوزراء الأسترالي"),
    ]
    (marker,) = extractor.extract_parsed(documents["pronoun-marker-2"])
    assert marker.speaker_resolved is not None and "كيشيدا" in marker.speaker_resolved.text


def test_the_title_right_after_a_name_that_only_honorifics_precede_is_its_role_later_too(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # رعى صاحب السمو الأمير فيصل بن بندر بن محمد رئيس الهيئة العامة للسياحة الحفل …: "صاحب" is no title here
    assert sources(extractor, documents["role-after-honorific-name"]) == [
        ("وأوضح", "فيصل بن بندر", "فيصل بن بندر بن محمد", "رئيس الهيئة العامة للسياحة")
    ]


def test_a_speech_noun_in_construct_stands_for_whose_speech_it_is(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # وجاءت تصريحات المدرب الإيطالي كارلو أنشيلوتي عقب المباراة … وقال إن …: the coach speaks, "statements" is no title
    assert sources(extractor, documents["speech-noun-genitive"]) == [
        ("وقال", None, "كارلو أنشيلوتي", "المدرب الإيطالي")
    ]


def test_which_before_a_cue_with_no_subject_is_the_writers_inference(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # …، ما يؤكد جاهزية الفريق: nobody says it
    assert extractor.extract_parsed(documents["writers-inference"]) == []


def test_the_subject_of_a_reported_clause_does_not_go_on_speaking(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # …، مشيرا إلى أن النظام الجديد يؤكد أن …. وأضاف أن …: the director goes on, not "the new system"
    found = sources(extractor, documents["reported-subject-does-not-go-on"])
    assert found[2][:2] == ("يؤكد", "النظام الجديد")
    assert found[3] == ("وأضاف", None, "سالم العنزي", "مدير الفرع المهندس")


def test_a_family_name_then_a_noun_phrase_with_the_article_is_the_name_and_the_object(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # ووصف الزهراني الجماعات المتطرفة بأنها …: the parse hung the object under the family name of عبدالله الزهراني;
    # the role is the latest earlier description of him (a plural is no adjective of the name: it leaves the mention)
    assert sources(extractor, documents["surname-then-object"])[1] == ("ووصف", "الزهراني", "عبدالله الزهراني", "الباحث")


def test_what_a_source_said_after_ma_stays_a_quote(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    # وعادت الوزيرة إلى ما أقرت به بأن …: ما is what she admitted (a feminine verb, the resumptive به), not "which"
    assert [q.cue.text for q in extractor.extract_parsed(documents["what-she-admitted"])] == ["أقرت"]


def test_after_hasabama_the_word_is_a_verb_and_its_source_follows(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # …، حسبما ورد في تقرير النيابة العامة: the tagger called ورد a name; the report is the source (its issuer resolved)
    assert sources(extractor, documents["according-to-what-came"]) == [
        ("حسبما", "تقرير النيابة العامة", "النيابة العامة", None)
    ]


def test_a_quantity_word_with_min_heads_the_subject(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    # اعترف كثير من مسؤولي البنك بأنهم …: the tagger called كثير an adjective and the parse the verb's object
    assert sources(extractor, documents["many-of-them"]) == [
        ("اعترف", "كثير من مسؤولي البنك", "كثير من مسؤولي البنك", None)
    ]


def test_a_dual_the_tagger_called_an_adjective_is_a_coordinated_speaker(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # ذكر فيه دبلوماسي فرنسي سابق ومحللان أن …: محللان tagged an adjective with Number=Sing (the news tagger at step
    # 1,150, not shipped, parsed this one) and hung from the main verb
    assert sources(extractor, documents["adjective-then-conjunct"]) == [
        ("ذكر", "دبلوماسي فرنسي سابق ومحللان", "دبلوماسي فرنسي سابق ومحللان", None)
    ]


def test_a_nationality_spelled_like_a_given_name_is_no_name(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # وصرح مسؤول تركي رفض الكشف عن اسمه …: تركي (Turkish, and the name Turki) describes the official
    assert sources(extractor, documents["nationality-not-a-name"]) == [("وصرح", "مسؤول تركي", "مسؤول تركي", None)]


def test_a_tagged_name_that_starts_at_the_second_half_of_a_compound_name_takes_the_first(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # مدير الشرطة نور الدين أوزتورك: the entity tags of this one were set by hand to the tagger's error on an unseen
    # article (عز | الدين كوتشوك: the name began at الدين), the parse is the bundled model's
    names = person_mentions(extractor, documents["second-half-of-name"])
    assert "نور الدين أوزتورك" in names and "الدين أوزتورك" not in names


def test_a_second_title_then_the_name_hold_both_titles(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    # كشف أمين منطقة تبوك رئيس اللجنة المحلية للانتخابات البلدية م. عايد الرويلي، عن …: the parse ended the subject
    # at the first title and made the second the verb's object; both titles are the named person's (the sentence
    # was seen with أعلن, whose عن + noun is no quote by the PUD gold; كشف عن is)
    assert sources(extractor, documents["second-title-then-name"]) == [
        ("كشف", "عايد الرويلي", "عايد الرويلي", "أمين منطقة تبوك رئيس اللجنة المحلية للانتخابات البلدية م")
    ]


def test_a_comma_after_the_addressee_does_not_end_the_search_for_the_subject(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # وأكد لـ"المدينة"، مصدر من شركة النقل الجماعي أن …
    assert sources(extractor, documents["addressee-then-comma"]) == [
        ("وأكد", "مصدر من شركة النقل الجماعي", "مصدر من شركة النقل الجماعي", None)
    ]


def test_an_institution_is_no_title_of_the_person_who_serves_it(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # نائب محافظ مؤسسة التقاعد …، وقالت مؤسسة التقاعد في بيان: the body speaks, not its deputy governor
    assert sources(extractor, documents["institution-no-title"])[1] == ("وقالت", "مؤسسة التقاعد", "مؤسسة التقاعد", None)


def test_ali_written_with_ya_before_a_family_name_is_the_name(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # بدوره أكد البائع علي الشمري أن …: the tagger read علي as the preposition على; before a nisba it is the name
    assert sources(extractor, documents["ali-before-family-name"]) == [("أكد", "علي الشمري", "علي الشمري", "البائع")]


def test_a_second_title_after_a_comma_then_an_honoured_name_hold_both_titles(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # ووجه أمير منطقة الجوف، رئيس مجلس التنمية السياحية بالمنطقة الأمير بدر بن سلطان بن عبدالعزيز، بتشكيل …
    assert sources(extractor, documents["second-title-honoured-name"]) == [
        (
            "ووجه",
            "بدر بن سلطان بن عبدالعزيز",
            "بدر بن سلطان بن عبدالعزيز",
            "أمير منطقة الجوف، رئيس مجلس التنمية السياحية بالمنطقة",  # (the honorific before the name is no title)
        )
    ]
