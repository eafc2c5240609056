"""Reporting verbs the tagger reads as another word (بيّن written بين), re-tagged before the parse only where only
the verb can stand (quotes.verb_homographs, rules/lexicons/verb_homographs.tsv). No model is loaded."""

from __future__ import annotations

import pytest

from conftest import RULES
from quotes.verb_homographs import VerbHomographs


@pytest.fixture(scope="module")
def homographs() -> VerbHomographs:
    return VerbHomographs.from_folder(RULES / "lexicons")


def retagged(homographs: VerbHomographs, sentence: str, tags: str) -> list[str]:
    forms = sentence.split()
    return [forms[i] for i, _ in homographs.verbs_to_retag(forms, tags.split())]


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        ("و بين العصيمي أن اللجنة ستقف على البيانات", "CCONJ ADP NOUN SCONJ NOUN VERB ADP NOUN"),
        ("و بين ، أن المصابين من الرجال", "CCONJ ADP PUNCT SCONJ NOUN ADP NOUN"),
        ("بين مدير عام الإدارة للصحيفة أنه سيغادر", "ADP NOUN NOUN NOUN NOUN SCONJ VERB"),
        ("و قال المدير ، بين التقرير بأن المجلس أقر المشروع", "CCONJ VERB NOUN PUNCT ADP NOUN SCONJ NOUN VERB NOUN"),
        (
            "و بين سماحته في خطبة العيد أمس بجامع الملك فهد في المدينة ، أن الإسلام دين الرحمة",
            "CCONJ ADP NOUN ADP NOUN NOUN ADV ADP NOUN NOUN PROPN ADP NOUN PUNCT SCONJ NOUN NOUN NOUN",
        ),
        # a title with a body and a full name, or a name and a circumstance, before the complementizer (issue 10)
        (
            "و بين المتحدث الرسمي ل هيئة الهلال الأحمر سلطان العنزي ب أن الفرق باشرت الحادث",
            "CCONJ ADP NOUN ADJ ADP NOUN NOUN ADJ PROPN PROPN ADP SCONJ NOUN VERB NOUN",
        ),
        (
            "و بين الدكتور سامي المالكي خلال حديث ه ل الصحيفة أن الأسعار سترتفع",
            "CCONJ ADP NOUN PROPN PROPN ADP NOUN PRON ADP NOUN SCONJ NOUN VERB",
        ),
    ],
)
def test_bayyana_at_a_clause_start_before_a_complementizer_or_a_comma_is_the_verb(
    homographs: VerbHomographs, sentence: str, tags: str
) -> None:
    assert retagged(homographs, sentence, tags) == ["بين"]


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        ("و بين الطرفين و الحكومة خلاف على أن يبدأ", "CCONJ ADP NOUN CCONJ NOUN NOUN ADP SCONJ VERB"),
        ("الفرق بين الفريقين أن الأول أقوى", "NOUN ADP NOUN SCONJ NOUN ADJ"),
        ("و بين المصابين أطفال في عمر السابعة", "CCONJ ADP NOUN NOUN ADP NOUN ADJ"),
        ("و بين المتحدث أن الحادث وقع", "CCONJ VERB NOUN SCONJ NOUN VERB"),
        (
            "و بين المدينتين مسافة طويلة تقطعها الحافلات في ثلاث ساعات كل يوم أن",
            "CCONJ ADP NOUN NOUN ADJ VERB NOUN ADP NUM NOUN DET NOUN SCONJ",
        ),
    ],
)
def test_the_preposition_stays_and_a_verb_is_left_alone(homographs: VerbHomographs, sentence: str, tags: str) -> None:
    # بين X و Y; بين after a noun (الفرق بين); no complementizer; the tagger already said VERB
    assert retagged(homographs, sentence, tags) == []


def test_the_verb_reading_is_the_listed_lemma_and_features(homographs: VerbHomographs) -> None:
    ((_, reading),) = homographs.verbs_to_retag(["بين", "،", "أن"], ["ADP", "PUNCT", "SCONJ"])
    assert reading.lemma == "بَيَّن"
    assert "Aspect=Perf" in reading.feats and "Person=3" in reading.feats


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        ("و عبر الوزير عن أمله في أن تنتهي الأزمة", "CCONJ ADP NOUN ADP NOUN ADP SCONJ VERB NOUN"),
        (
            "و عبر سالم الحربي « والد الطالب » عن امتنانه ل الجامعة",
            "CCONJ ADP PROPN PROPN PUNCT NOUN NOUN PUNCT ADP NOUN ADP NOUN",
        ),
        ("و عبر عن شكره ل السفارة", "CCONJ ADP ADP NOUN ADP NOUN"),
    ],
)
def test_abbara_before_its_preposition_is_the_verb(homographs: VerbHomographs, sentence: str, tags: str) -> None:
    # عبّر عن ("expressed"), written عبر ("via"): a listed preposition instead of a complementizer
    assert retagged(homographs, sentence, tags) == ["عبر"]


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        # "via his account, the club confirmed that …": no عن, and a complementizer does not make عبر a verb
        ("و عبر حسابه الرسمي ، أكد النادي أن اللاعب سيغيب عن المباراة", "CCONJ ADP NOUN ADJ PUNCT VERB NOUN SCONJ NOUN VERB ADP NOUN"),
        ("عبر قنوات عديدة - عن أولئك الذين", "ADP NOUN ADJ PUNCT ADP PRON PRON"),  # a dash before عن
        ("انتقل اللاعب عبر صفقة عن طريق وكيله", "VERB NOUN ADP NOUN ADP NOUN NOUN"),  # not at a clause start
    ],
)
def test_via_stays_a_preposition(homographs: VerbHomographs, sentence: str, tags: str) -> None:
    assert retagged(homographs, sentence, tags) == []


@pytest.mark.parametrize(
    ("sentence", "tags", "verb"),
    [
        (
            "و قد عبر الرئيس في مؤتمر صحافي أمس عن أمله أن تنجح المفاوضات",
            "CCONJ PART ADP NOUN ADP NOUN ADJ ADV ADP NOUN SCONJ VERB NOUN",
            "عبر",
        ),
        ("لقد بين الوزير سالم الدوسري أن الميزانية ستعلن قريبا", "PART ADP NOUN PROPN PROPN SCONJ NOUN VERB ADJ", "بين"),
    ],
)
def test_after_the_particle_qad_the_word_is_in_a_verb_s_position(
    homographs: VerbHomographs, sentence: str, tags: str, verb: str
) -> None:
    # قد stands only before a verb: وقد عبر الرئيس … عن أمله, as at a clause's start
    assert retagged(homographs, sentence, tags) == [verb]


@pytest.mark.parametrize(
    ("sentence", "tags", "verb"),
    [
        ("كما بين الدكتور ماجد الحربي أن المواقع تتوزع على الأحياء", "ADV ADP NOUN PROPN PROPN SCONJ NOUN VERB ADP NOUN", "بين"),
        ("و كما بين الأطباء أن النوم يقوي المناعة", "CCONJ ADV ADP NOUN SCONJ NOUN VERB NOUN", "بين"),
        ("ب حسب المدير حيث بين المطيري أنه تم تأجيل الحفل", "ADP NOUN NOUN ADV ADP PROPN SCONJ VERB NOUN NOUN", "بين"),
        ("التقى سعد العنزي الذي بين أن المهرجان يبدأ غدا", "VERB PROPN PROPN PRON ADP SCONJ NOUN VERB ADV", "بين"),
        ("وسط استنكار واسع ، حيث عبر المرصد عن إدانت ه الهجوم", "ADP NOUN ADJ PUNCT ADV ADP NOUN ADP NOUN PRON NOUN", "عبر"),
    ],
)
def test_after_a_word_that_opens_a_clause_the_word_is_in_a_verb_s_position(
    homographs: VerbHomographs, sentence: str, tags: str, verb: str
) -> None:
    # كما، حيث، الذي open a clause whose verb comes next: كما بين الدكتور فلان أن …
    assert retagged(homographs, sentence, tags) == [verb]


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        ("و التعاون فيما بين الأجهزة يجب أن يكون أكبر", "CCONJ NOUN ADP ADP NOUN VERB SCONJ VERB ADJ"),
        ("الكتاب الذي بين أيدي نا يؤكد أن القراءة مفيدة", "NOUN PRON ADP NOUN PRON VERB SCONJ NOUN ADJ"),
        ("و بين يدي ه أن يختار", "CCONJ ADP NOUN PRON SCONJ VERB"),
    ],
)
def test_among_and_in_our_hands_stay_the_preposition(homographs: VerbHomographs, sentence: str, tags: str) -> None:
    # فيما بين is "among"; بين أيدينا ("in our hands") is the preposition's idiom wherever it stands
    assert retagged(homographs, sentence, tags) == []


def test_after_qad_the_verb_still_needs_its_complement(homographs: VerbHomographs) -> None:
    # (عَبَر "crossed" after قد: no عن within the window, no re-tagging)
    assert retagged(homographs, "و قد عبر الجنود النهر ليلا", "CCONJ PART ADP NOUN NOUN ADV") == []


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        # a name set off by a comma, then its title with a body in quotation marks: the complementizer is the 13th word
        (
            "من جانب ه ، بين سعد الغامدي ، مدير العلاقات العامة في \" الشركة \" أن الأكاديمية جديدة",
            "ADP NOUN PRON PUNCT ADP PROPN PROPN PUNCT NOUN NOUN ADJ ADP PUNCT NOUN PUNCT SCONJ NOUN ADJ",
        ),
        # a title's own و (للتعمير والمشاريع), then the name and a comma right before the complementizer
        (
            "من جانب ه ، بين وكيل الأمين ل التعمير و المشاريع المهندس فهد بن ناصر آل مطر ، أنه يتم إنشاء حدائق",
            "ADP NOUN PRON PUNCT ADP NOUN NOUN ADP NOUN CCONJ NOUN NOUN PROPN PROPN PROPN PROPN PROPN PUNCT SCONJ VERB NOUN NOUN",
        ),
    ],
)
def test_a_subject_set_off_by_commas_fits_the_longer_window(homographs: VerbHomographs, sentence: str, tags: str) -> None:
    assert retagged(homographs, sentence, tags) == ["بين"]


def test_between_two_sides_without_a_comma_stays_the_preposition(homographs: VerbHomographs) -> None:
    # بين X و Y … أن with no comma set off: the preposition's own "between X and Y"
    sentence = "و بين الحكومة و المعارضة في العاصمة منذ سنوات طويلة خلاف كبير على أن تبدأ"
    tags = "CCONJ ADP NOUN CCONJ NOUN ADP NOUN ADP NOUN ADJ NOUN ADJ ADP SCONJ VERB"
    assert retagged(homographs, sentence, tags) == []


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        # a fronted phrase of whose side the clause gives (من جهته، بدوره) stands before the clause's verb
        ("من جهت ه عبر مدرب المنتخب خالد السالم عن سعادت ه ب الفوز", "ADP NOUN PRON ADP NOUN NOUN PROPN PROPN ADP NOUN PRON ADP NOUN"),
        ("و ب دور ه عبر الأمين العام عن شكر ه ل المتطوعين", "CCONJ ADP NOUN PRON ADP NOUN ADJ ADP NOUN PRON ADP NOUN"),
        # a subject with two titles joined by و and a body, then عن and what one expresses of oneself
        (
            "و عبر المهندس سالم الحربي رئيس مجلس الإدارة و رئيس لجنة الاستثمار في شركة النخبة عن سعادت ه ب النتائج",
            "CCONJ ADP NOUN PROPN PROPN NOUN NOUN NOUN CCONJ NOUN NOUN NOUN ADP NOUN PROPN ADP NOUN PRON ADP NOUN",
        ),
        # a relative clause after the name; the pronoun still written on its noun (أسفه)
        (
            "و قبل ذلك ، عبر وزير الخارجية البرازيلي ماورو فييرا الذي تعد بلاد ه شريكا مهما ل أنغولا عن أسفه ل القرار",
            "CCONJ ADP PRON PUNCT ADP NOUN NOUN ADJ PROPN PROPN PRON VERB NOUN PRON ADJ ADJ ADP PROPN ADP NOUN ADP NOUN",
        ),
    ],
)
def test_abbara_far_from_its_preposition_is_the_verb_where_one_expresses_ones_own(
    homographs: VerbHomographs, sentence: str, tags: str
) -> None:
    # عبّر عن سعادته، عن شكره، عن أسفه: a noun with its pronoun after عن is what the subject expresses of itself, which
    # "via … about" rarely has; then عن may stand further off (OWN_NOUN_WINDOW) and after a standalone و
    assert retagged(homographs, sentence, tags) == ["عبر"]


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        # "via the social networks and news sites, by way of messages …": و in between and no pronoun after عن
        (
            "و عبر قنوات التواصل و مواقع الأخبار عن طريق الرسائل وصلت المعلومات",
            "CCONJ ADP NOUN NOUN CCONJ NOUN NOUN ADP NOUN NOUN VERB NOUN",
        ),
        # the fronted phrase inside a clause, after its verb: "he spoke, for his part, via the phone about …"
        ("و تحدث من جانب ه عبر الهاتف عن مشكلت ه", "CCONJ VERB ADP NOUN PRON ADP NOUN ADP NOUN PRON"),
    ],
)
def test_via_stays_a_preposition_without_a_clause_start_or_an_own_noun(homographs: VerbHomographs, sentence: str, tags: str) -> None:
    assert retagged(homographs, sentence, tags) == []
