"""A complement clause belongs to the nearest verb of saying, and `وبحسبما` after a comma opens a clause of its own
(issue 10; spec: the speaker is the mention of the source in the cue's own clause; an according-to marker stays
`according_to` even when a verb follows it, the cue is the marker).

- `وتحدث الوزير عن المشروع الذي يرى المسؤولون أنه سيغير …`: the parser hung the أن clause on the main verb, but in
  Arabic it is the complement of the nearest verb of saying or belief, here in a relative clause with its own subject
  after it; that verb is the cue and its subject the speaker (drafts/overlaps._complement_of_a_nearer_relative_cue).
  Not a relative verb with its object pronoun written on it (`تقرير البنك الذي نقلته الوكالة إن …`: the pronoun is
  the report, whose speech it is), nor a clause opened by ما.
- `…، وبحسبما أعلنت الوزارة فإن …`: و and ب written on the marker after a comma start a clause (spans.after_comma), so
  the quote before ends before the marker's proclitics (spans.end_before_boundary), and the marker parsed as an
  oblique of the clause before is the according-to cue of what follows (rule according-to-relative-marker).

The sentences were written for the test; tests/data/entities/nearer_cues_and_markers.conllu holds each parsed by the
bundled model (`…-shipped`) and by session 23's GPU-trained parser (`…-gpu23`), entity tagger on.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, quotes_resolved
from quotes.api import Extractor

DOCUMENTS = entity_parses("nearer_cues_and_markers")
PARSERS = ("shipped", "gpu23")


def _found(extractor: Extractor, name: str) -> list[tuple[str, str, str | None, str]]:
    return quotes_resolved(extractor, DOCUMENTS[name])


@pytest.mark.parametrize("parser", PARSERS)
def test_the_belief_verb_of_a_relative_clause_says_the_clause_after_it(extractor: Extractor, parser: str) -> None:
    assert _found(extractor, f"nearer-relative-cue-1-{parser}") == [
        ("indirect", "يرى", "المسؤولون", "أنه سيغير وجه المدينة خلال السنوات المقبلة")
    ]
    assert _found(extractor, f"nearer-relative-cue-2-{parser}") == [
        ("indirect", "يعتقد", "الاقتصاديون", "أنها ستخفض أسعار السلع الغذائية")
    ]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_relative_verb_that_carried_the_report_says_nothing_of_its_own(extractor: Extractor, parser: str) -> None:
    assert _found(extractor, f"nearer-relative-cue-3-{parser}") == [
        ("indirect", "وقال", "البنك المركزي", "إن النمو تباطأ في الربع الثاني")
    ]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_marker_with_ma_after_a_comma_opens_its_own_clause(extractor: Extractor, parser: str) -> None:
    assert _found(extractor, f"marker-with-ma-before-1-{parser}") == [
        ("indirect", "وقال", "المدير", "إن الخطة الجديدة ستبدأ الشهر المقبل"),
        ("according_to", "وبحسبما", "الوزارة", "فإن الميزانية تبلغ مليار ريال"),
    ]
