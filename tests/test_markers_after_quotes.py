"""An "according to" marker after a quote (spec, settled cases: `قال X إن … بحسب ما ذكر Y` is one record, via Y).
A marker with ما and a verb (`…، بحسب ما نقلت صحيفة المدينة`) names who relays the quote before it; one whose source is
a pronoun (`…، على حد قوله`) says that the speaker said it; neither is a quote of its own, and the quote's content ends
before it. A marker that governs a noun inside the content (`… حسب تقرير المختبر`) is the speaker's evidence and stays
in the content. A pronoun marker alone (`… حسب تأكيده`، `حسب تأكيدها`، with the pronoun written on the noun or split
off by the tokenizer) is an according-to quote whose source is the pronoun's antecedent: the noun is never the speaker,
and the content is the whole clause before it, commas included (`لو أن …، لغرقت … حسب تعبيره`). A marker before its
content (`وبحسب الرويلي، فإن …، مشيراً إلى أن …`) names a person the document named before by the surname alone, its
content ends at a later quote's cue, and a subject-less participle after it goes on with the same source. Each sentence was
written for the test (invented names), after the shapes seen on SaudiNewsNet articles outside the gold sets and in
UD Arabic-PUD's `حسب تأكيده`.

tests/data/entities/markers_after_quotes.conllu holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "markers_after_quotes.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


def test_a_relative_marker_after_a_quote_names_its_transmitter(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # وأكدت مديرة المدرسة نورة القحطاني أن الاختبارات ستبدأ الأحد المقبل، بحسب ما نقلت صحيفة المدينة.
    (quote,) = extractor.extract_parsed(documents["relay-after-2"])
    assert (quote.type, quote.cue.text, quote.speaker and quote.speaker.text) == ("indirect", "وأكدت", "نورة القحطاني")
    assert quote.content.text == "أن الاختبارات ستبدأ الأحد المقبل"
    assert quote.via is not None and quote.via.text == "صحيفة المدينة"


def test_a_pronoun_marker_after_a_quote_is_no_quote_of_its_own(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # وأوضح المهندس فيصل الغامدي أن الطريق سيفتح أمام السيارات الشهر المقبل، على حد قوله.
    (quote,) = extractor.extract_parsed(documents["pronoun-after-quote"])
    assert (quote.cue.text, quote.content.text, quote.via) == ("وأوضح", "أن الطريق سيفتح أمام السيارات الشهر المقبل", None)


def test_a_marker_governing_a_noun_inside_the_content_is_the_speakers_evidence(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # وأوضحت الشركة أن المنتج الجديد خال من المواد الضارة حسب تقرير المختبر.
    (quote,) = extractor.extract_parsed(documents["evidence-inside"])
    assert quote.content.text == "أن المنتج الجديد خال من المواد الضارة حسب تقرير المختبر"
    assert quote.via is None


@pytest.mark.parametrize("doc_id", ["pronoun-split-1", "pronoun-split-2"])
def test_the_noun_of_a_pronoun_marker_is_never_the_speaker(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str
) -> None:
    # اللاعبون قدموا أداء رائعا في الشوط الثاني حسب تأكيده. / المريض لم يعد بحاجة إلى العناية المركزة حسب تأكيدها.
    (quote,) = extractor.extract_parsed(documents[doc_id])
    assert (quote.type, quote.cue.text, quote.speaker) == ("according_to", "حسب", None)
    assert quote.speaker_resolved is None or "تأكيد" not in quote.speaker_resolved.text


def test_a_pronoun_marker_reports_the_whole_clause_before_it(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # لو أن الأمطار استمرت يوما آخر، لغرقت المزارع كلها حسب تعبيره.
    (quote,) = extractor.extract_parsed(documents["pronoun-conditional"])
    assert (quote.type, quote.content.text) == ("according_to", "لو أن الأمطار استمرت يوما آخر، لغرقت المزارع كلها")


@pytest.mark.parametrize(
    ("doc_id", "surname", "person"),
    [("surname-after-marker", "الرويلي", "خالد الرويلي"), ("surname-after-marker-2", "العتيبي", "منى العتيبي")],
)
def test_a_marker_before_its_content_names_a_person_by_the_surname_who_goes_on_speaking(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, surname: str, person: str
) -> None:
    # التقى الباحث الاجتماعي خالد الرويلي … . وبحسب الرويلي، فإن تكاليف الزواج ارتفعت …، مشيراً إلى أن الشباب …
    marker, participle = extractor.extract_parsed(documents[doc_id])
    assert (marker.type, marker.cue.text) == ("according_to", "وبحسب")
    assert marker.speaker is not None and marker.speaker.text == surname
    assert marker.content.text.startswith("فإن ") and "،" not in marker.content.text
    assert participle.speaker is None and participle.via is None
    assert [q.speaker_resolved.text if q.speaker_resolved else None for q in (marker, participle)] == [person, person]
