"""An accusation is what its source says (`ويتهم سكان الحي الشركة بتلويث مياه النهر`): the verb of accusing, its object
the accused, and after بـ what they are accused of, which is the content and keeps its بـ, as the content of `طالب بـ`
does (spec: the complement of a directive). Without an object the verb is the passive "was accused" (`الرجل الذي اتهم
بسرقة سيارة جاره`), which reports no one (rule verb-accusing-complement). Seen on SaudiNewsNet articles outside the
gold sets (session 28's own annotation: `ويتهم المسلمون الحكومة بالتدخل في شؤونهم`، `منظمات … تتهمها باعتقال …`).

The sentences were written for the test (invented content); tests/data/entities/accusations.conllu holds each parsed by
the bundled model (`…-shipped`) and by session 23's GPU-trained parser (`…-gpu23`). Left: a source in a clause on a
noun with no relative pronoun (`نقابات عمالية تتهمها بـ…`) as the bundled model parses it (`acl`), whose mention grows
over the cue and is refused (the GPU parser's `acl:relcl` is read); the speaker of a subject-less `واتهمت` after
another's quote. In a clause on the accused (`التنظيم الذي تتهمه الحكومة بـ…`) the source is the clause's own subject
(rule verb-accusing-complement-of-the-noun-before), never the noun; and the content starts after the accused (`واتهمت
الإدارة بتأخير …`), not back at it as a noun complement does.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, quotes_resolved
from quotes.api import Extractor

DOCUMENTS = entity_parses("accusations")
PARSERS = ("shipped", "gpu23")


def _found(extractor: Extractor, name: str) -> list[tuple[str, str, str | None, str]]:
    return quotes_resolved(extractor, DOCUMENTS[name])


@pytest.mark.parametrize("parser", PARSERS)
def test_what_the_accused_is_accused_of_is_the_content(extractor: Extractor, parser: str) -> None:
    assert _found(extractor, f"accusing-2-{parser}") == [
        ("indirect", "ويتهم", "سكان الحي", "بتلويث مياه النهر منذ سنوات")
    ]


def test_a_clause_on_its_source_accuses_with_the_source_before_it(extractor: Extractor) -> None:
    assert _found(extractor, "accusing-3-gpu23") == [
        ("indirect", "تتهمها", "نقابات عمالية", "بتجميد الأجور لحماية الميزانية")
    ]


@pytest.mark.parametrize("parser", PARSERS)
def test_the_accused_is_no_source_in_a_clause_on_it(extractor: Extractor, parser: str) -> None:
    assert _found(extractor, f"accusing-7-{parser}") == [("indirect", "تتهمه", "الحكومة", "بتمويل الهجمات")]


@pytest.mark.parametrize("parser", PARSERS)
def test_the_content_starts_after_the_accused(extractor: Extractor, parser: str) -> None:
    # (the speaker of this subject-less verb after another's quote is left to the speaker steps)
    assert [(q.cue.text, q.content.text) for q in extractor.extract_parsed(DOCUMENTS[f"accusing-6-{parser}"])] == [
        ("وقالت", "إن الإضراب سلمي"),
        ("واتهمت", "بتأخير الرواتب ثلاثة أشهر"),
    ]


@pytest.mark.parametrize("parser", PARSERS)
def test_who_was_accused_reports_nothing(extractor: Extractor, parser: str) -> None:
    assert _found(extractor, f"accusing-4-{parser}") == []
