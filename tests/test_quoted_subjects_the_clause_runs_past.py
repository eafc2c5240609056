"""A short quotation right after the cue, with no verb in it, that the clause runs on past is the verb's subject.

`وتحدثت «الأفق الجديد» مع عدد من المستثمرين …`, `وقال «الأنصاري» في مؤتمر صحافي «إن …»`: a name in quotation marks
(a paper, a company, a person's short name) right after the verb, followed by the rest of the clause with no
punctuation between, was read as the speech (`الأفق الجديد`), and the speaker of the real speech after it was lost. A
quotation right after the cue was a name only before a colon, a complementizer or a title; now also where a word goes
on right after its closing mark and the quotation holds no verb and is short (quotes.drafts.quotations). Not before
عن or من, which bring in the source after a transmitter (`ونقلت «رويترز» عن مصدر …`: رويترز stays the via).

The sentences were written for the test (invented names and content), after records on SaudiNewsNet articles in neither
gold set (`وتحدثت «الشرق الأوسط» حصريا مع …`، `وكشف «ولد الشيخ أحمد» النقاب عن …`، `وأوضح «ابن عم» الجاني …`).
tests/data/entities/quoted_subjects_the_clause_runs_past.conllu holds each parsed by the step-1,800 parser of session
10 (`…-pud-style`) and by the bundled model (`…-shipped`), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("quoted_subjects_the_clause_runs_past")


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_quoted_name_before_the_rest_of_the_clause_is_no_speech(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"quoted-subject-1-{style}"]) == []


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_the_quoted_name_speaks_the_quotation_after_it(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"quoted-subject-2-{style}"]) == [
        ("direct", "وقال", "الأنصاري", "إن الموسم كان ناجحا بكل المقاييس")
    ]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_quoted_transmitter_before_its_source_stays_the_via(extractor: Extractor, style: str) -> None:
    (quote,) = extractor.extract_parsed(DOCUMENTS[f"quoted-subject-3-{style}"])
    assert quote.speaker is not None and quote.via is not None
    assert (quote.speaker.text, quote.via.text) == ("مصدر حكومي", "رويترز")
