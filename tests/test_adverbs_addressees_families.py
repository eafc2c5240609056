"""Who speaks, on shapes of unseen news where the speaker was an adverb, the addressee, a preposition's noun or the
wrong member of a family.

- An adverb of manner or order (`هاتفيا`، `ثانيا`، `خامسا`: rules/lexicons/subject_adverbials.tsv, column `manner`)
  says how or in which order something was said, never who: the reporting rules refuse it as the subject
  (`وأضاف ثانيا، إن …`: the speaker goes on from before; `أولا، طالبت الأسر …`: the families), and the speaker steps
  never read it as a name or a name's part (`وقال الكبيسي هاتفيا`، `وقال المهندس فادي الراشد هاتفيا`), though the
  tagger calls it a proper noun and the parse hangs it on the name.
- The agency a source spoke to is no speaker (`كشف مسؤول في نقابة … لفرانس برس "…"`، `وقال مصدر … لوكالة الأنباء
  …`): a ل-phrase that names a proper noun and ends the speaker's phrase before the speech is the addressee, however
  deep the parse hung it, and a name a preposition governs opens no speaker's name.
- `بن` links name words only: a noun with a preposition on its article (`الرئيس التنفيذي للشركة بن كارتر`) is no
  given name before it, so the name is `بن كارتر` (Ben) and the title keeps its genitive.
- Two people of one family in a document (`جون هارتلي` … `إيما هارتلي` … `وقالت هارتلي`): the bare family name joins
  the person of the verb's gender, not the one named or quoted last; a new entity takes the full name no person of
  the other gender holds.
- After `حسبما` and its verb, the time it was said (`حسبما أعلنت مساء أمس وكالة الأنباء الرسمية`، `صباح اليوم`) is
  no source: the source is the first noun after it; and a tatweel that joins a preposition to a bracket
  (`ما يسمى بـ(جماعة الفجر)، حسبما أعلن …`) is no dash that opens the clause the marker reports.
- A definite plural after a name (`طالب الرئيس الصومالي حسن شيخ محمود | الجماعات المسلحة بـ…`) is the verb's object,
  never the name's last word, though the entity tagger runs the name on into it (in `object-tagged-into-name-1` the
  tags were set by hand to the tagger's reading of the same shape on an unseen article): a later bare title
  (`ودعا الرئيس الصومالي`) resolves to the name alone.
- A relative of the man's line in construct with a name (`والد الطالب ماجد عبدالله القرني`; rules/lexicons/
  role_nouns.tsv column `family`: والد، ابن، شقيق …) bears its family name: the relative who spoke goes on as
  `وأضاف القرني`, not the son the phrase names (a mother or wife, of another family, has no such reading).

Each sentence was written for the test (invented names and content), after records seen on SaudiNewsNet articles in
neither gold set. tests/data/entities/adverbs_addressees_families.conllu holds the parses of the bundled model
(`-shipped`) and of session 23's GPU-trained news parser (`-gpu23`); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, quotes_found, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("adverbs_addressees_families")
PARSERS = ("shipped", "gpu23")


def found(extractor: Extractor, doc_id: str, parser: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(cue, speaker, speaker_resolved, role) of every quote of the document as `parser` parsed it."""
    return sources(extractor, DOCUMENTS[f"{doc_id}-{parser}"])


@pytest.mark.parametrize("parser", PARSERS)
def test_how_he_spoke_is_no_speaker(extractor: Extractor, parser: str) -> None:
    assert found(extractor, "adverb-after-name-1", parser) == [
        ("قال", "سامر الكبيسي", "سامر الكبيسي", "رئيس بلدية الخرمة"),
        ("وقال", "الكبيسي", "سامر الكبيسي", "رئيس بلدية الخرمة"),
    ]


@pytest.mark.parametrize("parser", PARSERS)
def test_how_he_spoke_is_no_part_of_the_name(extractor: Extractor, parser: str) -> None:
    assert found(extractor, "adverb-after-name-2", parser) == [("وقال", "فادي الراشد", "فادي الراشد", "المهندس")]


@pytest.mark.parametrize("parser", PARSERS)
def test_an_ordinal_after_the_cue_lets_the_speaker_go_on(extractor: Extractor, parser: str) -> None:
    assert found(extractor, "ordinal-after-cue-1", parser) == [
        ("وقال", "خالد المنصوري", "خالد المنصوري", "وزير التجارة"),
        ("وأضاف", None, "خالد المنصوري", "وزير التجارة"),
    ]


@pytest.mark.parametrize("parser", PARSERS)
def test_an_ordinal_that_opens_the_sentence_is_no_subject(extractor: Extractor, parser: str) -> None:
    speakers = [speaker for _, speaker, _, _ in found(extractor, "ordinal-opens-sentence-1", parser)]
    assert speakers == ["الأسر", "الرابطة"]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("addressee-agency-1", ("كشف", "مسؤول في نقابة عمال الموانئ", "مسؤول في نقابة عمال الموانئ", None)),
        ("addressee-agency-2", ("وقال", "مصدر في وزارة الزراعة", "مصدر في وزارة الزراعة", None)),
        ("addressee-agency-3", ("ويقول", "قيادي في الحزب الديمقراطي", "قيادي في الحزب الديمقراطي", None)),
    ],
)
def test_the_agency_told_is_no_speaker(extractor: Extractor, parser: str, doc_id: str, expected: tuple[str, ...]) -> None:
    assert found(extractor, doc_id, parser) == [expected]


@pytest.mark.parametrize("parser", PARSERS)
def test_the_agency_told_leaves_the_source_to_go_on_or_to_follow(extractor: Extractor, parser: str) -> None:
    assert found(extractor, "addressee-agency-4", parser) == [
        ("قال", "ماجد السالم", "ماجد السالم", "مدير المستشفى"),
        ("وقال", None, "ماجد السالم", "مدير المستشفى"),
    ]
    assert found(extractor, "addressee-agency-5", parser) == [
        ("وقال", "مسؤول في الشرطة المحلية", "مسؤول في الشرطة المحلية", None)
    ]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("name-link-bin-1", ("وقال", "بن هاريسون", "بن هاريسون", "المدير التنفيذي للمجموعة")),
        ("name-link-bin-2", ("وقال", "بن كارتر", "بن كارتر", "الرئيس التنفيذي للشركة")),
    ],
)
def test_bin_after_a_noun_with_a_preposition_opens_the_name(
    extractor: Extractor, parser: str, doc_id: str, expected: tuple[str, ...]
) -> None:
    assert found(extractor, doc_id, parser) == [expected]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_family_name_joins_the_person_of_the_verbs_gender(extractor: Extractor, parser: str) -> None:
    assert found(extractor, "family-two-persons-1", parser) == [
        ("وقالت", "إيما هارتلي", "إيما هارتلي", "الكاتبة"),
        ("وقال", "هارتلي", "جون هارتلي", "الرئيس الأمريكي السابق"),
        ("وقالت", "هارتلي", "إيما هارتلي", "الكاتبة"),
    ]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_family_name_skips_the_relative_quoted_last(extractor: Extractor, parser: str) -> None:
    assert found(extractor, "family-two-persons-2", parser) == [
        ("قالت", "سارة كولينز", "سارة كولينز", "الممثلة"),
        ("وقال", "توم كولينز", "توم كولينز", "المخرج"),
        ("وأضافت", "كولينز", "سارة كولينز", "الممثلة"),
    ]


@pytest.mark.parametrize("parser", PARSERS)
def test_the_father_bears_the_family_name_of_the_son_he_is_named_by(extractor: Extractor, parser: str) -> None:
    father = "والد الطالب ماجد عبدالله القرني"
    assert found(extractor, "kin-family-name-2", parser) == [("قال", father, father, None), ("وأضاف", "القرني", father, None)]


def test_the_verbs_object_is_no_part_of_the_name_the_tagger_ran_on(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["object-tagged-into-name-1-shipped"]) == [
        ("طالب", "حسن شيخ محمود", "حسن شيخ محمود", "الرئيس الصومالي"),
        ("ودعا", "الرئيس الصومالي", "حسن شيخ محمود", "الرئيس الصومالي"),
    ]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "source"), [("time-before-source-1", "وكالة الأنباء الرسمية"), ("time-before-source-2", "وزارة الصحة")]
)
def test_the_time_after_hasbama_and_its_verb_is_no_source(extractor: Extractor, parser: str, doc_id: str, source: str) -> None:
    assert found(extractor, doc_id, parser) == [("حسبما", source, source, None)]


def test_a_tatweel_before_a_bracket_opens_no_clause(extractor: Extractor) -> None:
    content = "وأحالت النيابة العامة تسعة أشخاص إلى المحكمة بتهمة الانتماء إلى ما يسمى بـ(جماعة الفجر)"
    document = DOCUMENTS["tatweel-before-marker-1-shipped"]
    assert quotes_found(extractor, document) == [("according_to", "حسبما", "سامي الحربي", content)]

