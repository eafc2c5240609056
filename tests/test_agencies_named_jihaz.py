"""`جهاز` heads a body's name (`الجهاز المركزي للتعبئة العامة والإحصاء`، `جهاز حماية المستهلك`), and `الجهاز` later is that
body.

A report of such an agency (`كشف تقرير حديث للجهاز الوطني للإحصاء … . وأوضح التقرير أن …`) is the agency's, as a
report of a ministry is (spec: the issuer is the speaker_resolved of a statement); `وقال الجهاز في بيان` after the
agency is named is the agency (rules/lexicons/organisation_anaphors.tsv, row الجهاز).

Sentences written for the test (invented content), after a read-set record; tests/data/entities/agencies_named_jihaz.conllu
holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("agencies_named_jihaz")


def test_the_report_is_the_agencys(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    *_, (cue, speaker, resolved, _) = sources(extractor, documents["report-of-the-agency"])
    assert (cue, speaker) == ("وأوضح", "التقرير")
    assert resolved is not None and "تقرير" not in resolved
    assert resolved.endswith("جهاز الوطني للإحصاء والتخطيط في ليبيا")


def test_the_agency_named_again(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    *_, said = sources(extractor, documents["the-agency-again"])  # (أعلن … عن حملة: what it announced, a quote too)
    assert said == ("وقال", "الجهاز", "جهاز حماية المستهلك في الكويت", None)
