"""Words that look like a report or a source and are none: `نُقلوا إلى المستشفى`, `وفّقه الله`, an agency credit line.

- `نقل` relays speech only with عن and a source (`نقلت الوكالة عن مصدر أمني قوله إن …`, the spec's settled relay).
  `نُقلوا إلى المستشفى` ("were taken to hospital") relays nothing, and the verb took the quotation or the إن-clause after
  it as its speech. rules/lexicons/non_quote_cues.tsv lists `نقل إلى` and its forms: the reporting rules skip them.
- `وفّقه الله` ("God grant him success") after a name is a prayer, as `حفظه الله` is: the speaker's name does not run on
  into it (the parse reads وفق + ه as the preposition "according to" with a pronoun, which the name reader took for a
  letter cut off the name), and its الله is never the source (rules/lexicons/prayer_formulas.tsv). `وفق الله …` at a
  sentence's start prays and reports nothing.
- `وفقا لرويترز.` standing alone, after the full stop of the sentence before it, is an agency credit line. The spec is
  silent; its nearest settled cases decide: an according-to record's content is the clause its marker stands in, and a
  marker with no clause of its own attributes no content (like `رفض التعليق`, "no content", and the link lines that
  close an article, both not quotes). So no record, and the sentence before keeps none of it; `…، وفقا لرويترز.` in the
  same sentence stays `according_to` with the clause before the comma (the settled `حسبما ذكرت الوكالة`).

The sentences were written for the test (invented names and content), after records on SaudiNewsNet articles in neither
gold set (`نقل إلى مستشفى في بورتلاند`، `.وفقا لرويترز.`، `.وفقا للالمانية.`). tests/data/entities/
words_that_name_no_source.conllu holds each parsed by the step-1,800 parser of session 10 (`…-pud-style`) and by the
bundled model (`…-shipped`), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("words_that_name_no_source")


@pytest.mark.parametrize(
    ("doc_id", "found"),
    [
        (
            "taken-to-hospital-1",
            [("mixed", "وقال", "نايف الشمري", "إن المصابين نقلوا إلى مستشفى الملك فهد، وإن حالتهم “مستقرة”")],
        ),
        ("taken-to-hospital-2", [("mixed", "قالت", None, "إن “السائق كان مسرعا”")]),
        ("taken-to-hospital-3", [("mixed", "وقال", "شهود", "إن اللاعب سقط أرضا بعدما نقل إلى مستشفى المدينة، وإن حالته “مستقرة”")]),
    ],
)
@pytest.mark.parametrize("style", PARSE_STYLES)
def test_taken_to_hospital_relays_nothing(
    extractor: Extractor, doc_id: str, found: list[tuple[str, str, str | None, str]], style: str
) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"{doc_id}-{style}"]) == found


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_naql_with_an_still_relays_its_source(extractor: Extractor, style: str) -> None:
    (quote,) = extractor.extract_parsed(DOCUMENTS[f"taken-to-hospital-4-{style}"])
    assert quote.speaker is not None and quote.via is not None
    assert (quote.speaker.text, quote.via.text, quote.content.text) == ("مصدر أمني", "وكالة الأنباء", "إن التحقيق مستمر")


@pytest.mark.parametrize(
    ("doc_id", "speaker"), [("god-grant-success-1", "خالد العنزي"), ("god-grant-success-2", "فيصل")]
)
@pytest.mark.parametrize("style", PARSE_STYLES)
def test_the_name_ends_before_the_prayer(extractor: Extractor, doc_id: str, speaker: str, style: str) -> None:
    (quote,) = extractor.extract_parsed(DOCUMENTS[f"{doc_id}-{style}"])
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize("doc_id", ["god-grant-success-5", "god-grant-success-6"])
@pytest.mark.parametrize("style", PARSE_STYLES)
def test_the_prayer_is_no_subject_and_the_prince_speaks(extractor: Extractor, doc_id: str, style: str) -> None:
    # وأكد وفقه الله أن …، وأكد -وفقه الله- أن …: الله of the prayer is no source; the prince named before speaks
    (quote,) = extractor.extract_parsed(DOCUMENTS[f"{doc_id}-{style}"])
    assert quote.speaker is None
    assert quote.speaker_resolved is not None and quote.speaker_resolved.text == "فيصل بن سعد"


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_prayer_of_success_reports_nothing(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"god-grant-success-4-{style}"]) == []
    assert [q.type for q in extractor.extract_parsed(DOCUMENTS[f"god-grant-success-3-{style}"])] == ["indirect"]


@pytest.mark.parametrize("doc_id", ["credit-line-1", "credit-line-2"])
@pytest.mark.parametrize("style", PARSE_STYLES)
def test_an_agency_credit_line_alone_is_no_quote(extractor: Extractor, doc_id: str, style: str) -> None:
    # (أعلنت الشركة عن خسائر …: a company announcing its losses is a quote of its own where the parse hangs the
    # losses on the verb, rule verb-subject-an-announcement; the credit line after it is none)
    assert [found for found in quotes_found(extractor, DOCUMENTS[f"{doc_id}-{style}"]) if found[1] != "أعلنت"] == []


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_marker_after_a_comma_keeps_its_clause(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"credit-line-3-{style}"]) == [
        ("according_to", "وفقا", "رويترز", "وارتفعت صادرات البلاد بنسبة عشرة في المئة")
    ]
