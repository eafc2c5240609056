"""According-to markers whose source is a pronoun, a body of laboratories, or a title and a name:

- a noun of speech with the source's pronoun on it (`وبحسب قوله`، `وبحسب تصريحه`، `وبحسب روايته`; speech_nouns.tsv)
  names the source the text quoted last: no speaker of its own, resolved to that person; the parse may write the
  pronoun as a word of its own (`قول | ه`); a source that said it through `وفق ما قاله فلان` is one quoted last;
- a complementizer right after such a source opens the clause it reports (`وحسب تأكيده أن …`): the content is after
  the marker, not the sentence before it;
- `مختبرات` (and `مختبر`) head a body's name (`بحسب مختبرات «ويبومتركس» الإسبانية`: organisation_anaphors.tsv);
- the marker and its preposition are no part of the source's role (`وفقا لوزير الاقتصاد سامي الراشد`: role
  `وزير الاقتصاد`).

The sentences were written for the test (invented names and content);
tests/data/entities/according_to_pronouns_and_roles.conllu holds the parses of both parsers (the bundled one and
session 23's GPU-trained one); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses
from quotes.api import Extractor

DOCUMENTS = entity_parses("according_to_pronouns_and_roles")
PARSERS = ("shipped", "gpu23")


def _according_to(extractor: Extractor, doc_id: str) -> list[tuple[str | None, str | None, str | None, str]]:
    """(speaker, speaker_resolved, role, content) of each according-to quote."""
    return [
        (*(span.text if span else None for span in (q.speaker, q.speaker_resolved, q.role)), q.content.text)
        for q in extractor.extract_parsed(DOCUMENTS[doc_id])
        if q.type == "according_to"
    ]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "person", "role", "content"),
    [
        ("his-1", "سعد الهاجري", "الوزير", "فإن المشروع سيكتمل خلال عامين"),
        ("his-2", "سعد الهاجري", "الوزير", "فإن العمل سيبدأ الأسبوع المقبل"),
        ("his-3", "ماجد الشمري", "المدرب", "فإن الإصابات كانت قليلة"),
        ("that-1", "خالد السبيعي", "مدير المستشفى", "أن المستشفى استقبل ألف مريض خلال الشهر الماضي"),
    ],
)
def test_a_pronoun_on_a_noun_of_speech_names_the_source_quoted_last(
    extractor: Extractor, parser: str, doc_id: str, person: str, role: str, content: str
) -> None:
    assert _according_to(extractor, f"{doc_id}-{parser}") == [(None, person, role, content)]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_source_that_said_it_is_quoted_last(extractor: Extractor, parser: str) -> None:
    """`وقال بحاح إن …. …، وفق ما قاله وزير الداخلية أحمد الميسري. وبحسب قوله فإن …`: his, not بحاح's."""
    *_, (speaker, resolved, role, _) = _according_to(extractor, f"said-1-{parser}")
    assert (speaker, resolved, role) == (None, "أحمد الميسري", "وزير الداخلية")


@pytest.mark.parametrize("parser", PARSERS)
def test_laboratories_are_a_body(extractor: Extractor, parser: str) -> None:
    [(speaker, _, _, content)] = _according_to(extractor, f"lab-1-{parser}")
    assert speaker == "مختبرات «ويبومتركس» الإسبانية"
    assert content == "حصلت الجامعة على المركز الأول عربيا"


@pytest.mark.parametrize("parser", PARSERS)
def test_the_marker_is_no_part_of_the_role(extractor: Extractor, parser: str) -> None:
    assert _according_to(extractor, f"role-1-{parser}") == [
        ("سامي الراشد", "سامي الراشد", "وزير الاقتصاد", "ارتفعت الأسعار بنسبة عشرة في المئة")
    ]
