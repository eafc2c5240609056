"""Three shapes of reported content that SaudiNewsNet articles outside the gold sets hold and the rules missed (found
by annotating unseen articles by the contract, session 28):

- A finding: researchers, scientists, investigators or a study that found a clause (`ووجد الباحثون أن …`، `وتوصل
  العلماء إلى أن …`، `واكتشف المحققون أن …`) report it, as `خلصت اللجنة إلى أن …` does in the dev gold; anyone else
  who finds something (`ووجد اللاعب أن الفرصة مناسبة`) states nothing (rule finding-complement-clause; the finders
  are rules/lexicons/research_nouns.tsv, the studies speech_nouns.tsv).
- Hope with content (the spec's settled case) in the participle `مؤملاً أن …` ("hoping that"): a quote of its own,
  whose subject is the main clause's, and a cue that ends the clause before it.
- A quoted term before a verb whose أن clause follows it at once (`… يسمونه “خبز الصاج”، ويوضح أن من أسراره …`): the
  quotation is the name of a thing in the clause before, the verb's content is its own clause.

The sentences were written for the test (invented names and content); tests/data/entities/findings_hopes_terms.conllu
holds each parsed by the bundled model (`…-shipped`) and by session 23's GPU-trained parser (`…-gpu23`).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, quotes_resolved
from quotes.api import Extractor

DOCUMENTS = entity_parses("findings_hopes_terms")
PARSERS = ("shipped", "gpu23")


def _found(extractor: Extractor, name: str) -> list[tuple[str, str, str | None, str]]:
    return quotes_resolved(extractor, DOCUMENTS[name])


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("name", "cue", "finders", "content"),
    [
        ("finding-1", "ووجد", "الباحثون", "أن تناول الخضار يوميا يقلل خطر الإصابة بأمراض القلب بنحو الثلث"),
        ("finding-2", "وتوصل", "العلماء", "أن النوم المبكر يحسن الذاكرة لدى الأطفال"),
        ("finding-3", "واكتشف", "المحققون", "أن سائق الشاحنة كان يقود بسرعة تفوق الحد المسموح به"),
    ],
)
def test_researchers_report_what_they_found(
    extractor: Extractor, parser: str, name: str, cue: str, finders: str, content: str
) -> None:
    assert _found(extractor, f"{name}-{parser}") == [("indirect", cue, finders, content)]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_player_who_finds_a_chance_states_nothing(extractor: Extractor, parser: str) -> None:
    assert _found(extractor, f"finding-4-{parser}") == []


@pytest.mark.parametrize("parser", PARSERS)
def test_hoping_that_is_a_quote_of_the_main_speaker(extractor: Extractor, parser: str) -> None:
    assert _found(extractor, f"hoping-1-{parser}") == [
        ("indirect", "وأوضح", "سالم الدوسري", "أن المعرض استقبل أكثر من ألف زائر"),
        ("indirect", "مؤملاً", "سالم الدوسري", "أن تتضاعف الأعداد في الدورة المقبلة"),
    ]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("name", "cue", "content"),
    [
        ("term-before-1", "ويوضح", "أن من أسراره عجينة تخمر ليلة كاملة قبل الخبز"),
        ("term-before-2", "ويبين", "أن من علاماته لونه الداكن ورائحته القوية"),
    ],
)
def test_a_quoted_term_before_the_verb_is_not_its_speech(
    extractor: Extractor, parser: str, name: str, cue: str, content: str
) -> None:
    (_, second) = _found(extractor, f"{name}-{parser}")
    assert (second[0], second[1], second[3]) == ("indirect", cue, content)
