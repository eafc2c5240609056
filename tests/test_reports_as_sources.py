"""Reports, studies, figures and estimates as sources (the spec: a statement, report or study is a source, resolved to
its issuer when the text names one), and the clause an according-to marker after it reports:

- a study, statistic or figures that *show* a clause are its source: `أظهرت دراسة أجرتها الجامعة أن …`، `وأثبتت
  الأرقام الرسمية أن …` (rules/verbs.toml `document-shows-complement-clause`: أظهر and أثبت report only with a
  statement or report for their subject, as written in `rules/lexicons/speech_nouns.tsv`; `وأظهر المهاجم أنه جاهز`
  shows by deeds and says nothing, and `… وإن كان …` after أظهرت is "even if", no content);
- estimates, analyses, data and leaks after an ambiguous marker are sources (`بحسب تقدير عدد من المصرفيين`،
  `وفقا لتحليل أعدته …`، `وبحسب معطيات الوزارة`: تقدير، تحليل، معطيات … join speech_nouns.tsv);
- the source follows its marker (`مع ذلك، وفقاً لمنظمة …`: ذلك before the marker is no source, rules/according_to.toml);
- a marker after the clause it reports takes the clause, not the last stretch after a comma when that stretch is no
  clause of its own (`أصيب ثلاثة أشخاص في حريق …، شرق المدينة، وفقا لشهود عيان`: a place, an apposition, a verbal
  noun or a relative clause goes on with the clause before it); where the marker stands between two stretches, the one
  that is a clause is the content;
- a marker with ما and a reporting verb between a quote's cue and its content names the transmitter (`وأضاف فلان وفقاً
  لما نقلته وكالة الأنباء إن …`: one record, via the agency, as the spec's `قال X إن … بحسب ما ذكر Y`).

The sentences were written for the test (invented content and names), after records seen on SaudiNewsNet articles that
are in neither gold set. tests/data/entities/report_sources.conllu holds the parses (bundled model, entity tagger on);
no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, quotes_found
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "report_sources.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "cue", "speaker", "content"),
    [
        ("report-sources-5", "أظهرت", "دراسة أجرتها جامعة الملك فيصل", "أن ثلث الموظفين ينامون أقل من ست ساعات كل ليلة"),
        ("report-sources-6", "وأثبتت", "الأرقام الرسمية", "أن الصادرات غير النفطية ارتفعت في الربع الثاني من العام"),
        ("report-sources-11", "وأظهرت", "إحصائية صادرة عن وزارة العدل", "أن المحاكم تلقت ثلاثة آلاف قضية خلال الربع الأول"),
    ],
)
def test_a_document_that_shows_a_clause_is_its_source(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, cue: str, speaker: str, content: str
) -> None:
    assert quotes_found(extractor, documents[doc_id]) == [("indirect", cue, speaker, content)]


def test_the_statistic_stands_for_its_issuer(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (quote,) = extractor.extract_parsed(documents["report-sources-11"])
    assert quote.speaker_resolved is not None
    assert quote.speaker_resolved.text == "وزارة العدل"


@pytest.mark.parametrize("doc_id", ["report-sources-7", "report-sources-8"])
def test_showing_by_deeds_or_even_if_reports_nothing(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str
) -> None:
    assert quotes_found(extractor, documents[doc_id]) == []


@pytest.mark.parametrize(
    ("doc_id", "cue", "speaker", "content"),
    [
        ("report-sources-1", "وفقاً", "منظمة الشفافية المحلية", "تراجعت نسبة البطالة في المدينة إلى خمسة في المئة"),
        ("report-sources-2", "وبحسب", "تقدير عدد من المصرفيين", "فإن أسعار الفائدة سترتفع مرتين قبل نهاية العام"),
        ("report-sources-3", "ووفقا", "تحليل أعدته وحدة الأبحاث في المصرف", "فقد تضاعفت صادرات الأسمدة خلال خمس سنوات"),
        ("report-sources-4", "وبحسب", "معطيات الوزارة", "فإن عدد المدارس الجديدة بلغ أربعين مدرسة هذا العام"),
    ],
)
def test_estimates_analyses_and_data_are_sources(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, cue: str, speaker: str, content: str
) -> None:
    assert quotes_found(extractor, documents[doc_id]) == [("according_to", cue, speaker, content)]


@pytest.mark.parametrize(
    ("doc_id", "cue", "speaker", "content"),
    [
        ("report-sources-9", "وفقا", "شهود عيان", "أصيب ثلاثة أشخاص في حريق شب في مستودع للأخشاب، شرق المدينة"),
        ("report-sources-10", "بحسب", "استطلاع للرأي أجري", "تصدرت البطالة قائمة مخاوف الشباب، قبل غلاء المعيشة والسكن"),
    ],
)
def test_the_marker_reports_the_clause_not_the_stretch_after_its_last_comma(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, cue: str, speaker: str, content: str
) -> None:
    assert quotes_found(extractor, documents[doc_id]) == [("according_to", cue, speaker, content)]


def test_a_relaying_verb_between_cue_and_content_is_the_transmitter(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    (quote,) = extractor.extract_parsed(documents["report-sources-12"])
    assert quote.speaker is not None and quote.via is not None
    assert (quote.cue.text, quote.speaker.text, quote.via.text, quote.content.text) == (
        "وأضاف",
        "رئيس الغرفة التجارية",
        "وكالة الأنباء المحلية",
        "إن صادرات التمور ارتفعت بنسبة عشرة في المئة",
    )
