"""The mention sieves of quotes/coreference/, one sentence pattern each: which earlier source a speaker phrase names.

Each test reads its phrases in document order, as the resolver does for the quotes' speakers (`observe`), and asks
whether a later phrase joined an earlier entity or began its own.
"""

from __future__ import annotations

from quotes.api import Extractor
from quotes.coreference import MENTION_SIEVES, SpeakerResolver
from quotes.graph import ParsedDocument
from quotes.model import Span


def _resolver(extractor: Extractor, text: str) -> SpeakerResolver:
    lexicons = extractor.grammar.lexicons
    return SpeakerResolver(
        ParsedDocument("d", text, ()),
        lexicons["organisation_anaphors"],
        extractor.lexicons.roles,
        lexicons["speech_nouns"],
        given_names=lexicons["given_names"],
        heads=extractor._head_nouns,
    )


def _span(text: str, phrase: str, after: str = "") -> Span:
    start = text.index(phrase, text.index(after) + len(after) if after else 0)
    return Span(phrase, start, start + len(phrase))


def test_the_mention_sieves_run_from_the_surest_to_the_broadest() -> None:
    assert [sieve.__name__ for sieve in MENTION_SIEVES] == [
        "another_source",
        "numbered_group",
        "bare_title_holder",
        "company_named_before",
        "same_words",
        "definite_head",
        "title_of_one_named",
        "same_office",
        "title_given_where_named",
        "official_quoted_last",
        "person_written_about",
        "long_title",
    ]


def test_another_source_is_a_new_one_even_where_its_title_is_an_earlier_holders(extractor: Extractor) -> None:
    text = "وقال مدرب فريق الشباب فهد الحربي إن المباراة صعبة. وقال مدرب آخر إن الدوري طويل."
    resolver = _resolver(extractor, text)
    coach = resolver.observe(_span(text, "فهد الحربي"), _span(text, "مدرب فريق الشباب"))
    assert resolver.observe(_span(text, "مدرب آخر")) is not coach


def test_a_definite_numbered_group_points_back_at_the_sources_it_counts(extractor: Extractor) -> None:
    text = "وقال دبلوماسي روسي سابق ومحللان إن العقوبات لن تنجح. وقال مسؤول حكومي إن الأمر لم يحسم. وأكدت المصادر الثلاثة أن الحوار ممكن."
    resolver = _resolver(extractor, text)
    group = resolver.observe(_span(text, "دبلوماسي روسي سابق ومحللان"))  # 1 + 2
    official = resolver.observe(_span(text, "مسؤول حكومي"))
    assert resolver.observe(_span(text, "المصادر الثلاثة")) is group
    assert official is not group


def test_a_surname_joins_the_full_name_given_before(extractor: Extractor) -> None:
    text = "وقال فيصل المطيري إن الموسم طويل. وأضاف المطيري أن الفريق جاهز."
    resolver = _resolver(extractor, text)
    person = resolver.observe(_span(text, "فيصل المطيري"))
    assert resolver.observe(_span(text, "المطيري", after="وأضاف ")) is person
    assert person.fullest.text == "فيصل المطيري"


def test_a_definite_anaphor_is_the_body_named_before_with_its_head(extractor: Extractor) -> None:
    text = "وذكرت وكالة الأنباء الكويتية أن المشروع تأخر. وأضافت الوكالة أن التكلفة ارتفعت."
    resolver = _resolver(extractor, text)
    agency = resolver.observe(_span(text, "وكالة الأنباء الكويتية"))
    assert resolver.observe(_span(text, "الوكالة", after="وأضافت ")) is agency  # و of وكالة is the word's own


def test_a_bare_title_is_the_holder_of_the_same_office_and_a_title_with_another_name_is_not(extractor: Extractor) -> None:
    text = (
        "وقال الناطق باسم الدفاع المدني سعيد الغامدي إن الحريق محدود. وأضاف المتحدث أن لا إصابات."
        " وقال المتحدث ماجد الشهري إن الفرق ما زالت في الموقع."
    )
    resolver = _resolver(extractor, text)
    spokesman = resolver.observe(_span(text, "سعيد الغامدي"), _span(text, "الناطق باسم الدفاع المدني"))
    assert resolver.observe(_span(text, "المتحدث", after="وأضاف ")) is spokesman  # ناطق and متحدث: one office
    other = resolver.observe(_span(text, "المتحدث ماجد الشهري"), _span(text, "المتحدث", after="وقال "))
    assert other is not spokesman


def test_a_definite_bare_title_is_the_person_quoted_last_unless_its_nisba_names_another(extractor: Extractor) -> None:
    text = "وقال ماريو روسي إن المباراة صعبة. وقال المهاجم الإيطالي إن الفوز مهم. وقال الرئيس الجزائري إن الزيارة ناجحة."
    resolver = _resolver(extractor, text)
    player = resolver.observe(_span(text, "ماريو روسي"))
    resolver.last_speaker = player  # the resolver keeps the latest speaker while it reads the quotes
    assert resolver.observe(_span(text, "المهاجم الإيطالي")) is player
    player.role = _span(text, "المهاجم الإيطالي")
    assert resolver.observe(_span(text, "الرئيس الجزائري")) is not player  # (الإيطالي against الجزائري)


def test_a_long_title_without_a_name_is_the_holder_of_the_fuller_title(extractor: Extractor) -> None:
    text = "وقال رئيس مجلس الشورى في دولة الكويت فهد الصباح إن الجلسة علنية. وأوضح رئيس مجلس الشورى الكويتي أن التصويت غدا."
    resolver = _resolver(extractor, text)
    speaker = resolver.observe(_span(text, "فهد الصباح"), _span(text, "رئيس مجلس الشورى في دولة الكويت"))
    assert resolver.observe(_span(text, "رئيس مجلس الشورى الكويتي")) is speaker
    assert speaker.fullest.text == "فهد الصباح"  # a title is no name
