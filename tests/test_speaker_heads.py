"""A speaker phrase names a source only when its head does (issue 10: "a speaker that is no mention of a person,
organisation or group is not output as a speaker").

The spec's sources are people, organisations, groups, media and documents. A phrase no finder found is read off its
head, the word whose parent lies outside it (quotes/mentions/source_heads.py):

- In construct the first noun is the head: `زيارة ماكرون` is a visit, not Macron. A small parser may make it the
  subject of a cue in the relative clause after it (`زيارة ماكرون التي توقع المراقبون أنها …`): the quote has no
  speaker, and the visit is no fuller name of Macron either (`وقال ماكرون` stays Macron's).
- An abstract noun (`ويقول الواقع إن …`) or a verbal noun of a derived verb form, known by its pattern (`ويؤكد
  الانخفاض الأخير … أن …`) speaks for no one: no speaker, and no person named before takes the quote.
- God addressed by a verb of appeal (`ودعا الله أن يحفظ البلاد`) is the verb's object, not its speaker, and the
  sentence is a prayer: no quote at all (session 30, `rules/lexicons/prayed_to.tsv`; the dev gold leaves prayers out).
- A phrase no finder found is typed by its head as well: `مسؤول بمكتب الرئيس` is one official (PER), not the office
  his complement names; `متحدثون عسكريون` people as a group (GROUP).
- A head the word lists do not know stays a source (`ساكن في الحي`: a word list cannot hold every noun of people),
  and so do a body's head in construct with a person (`مكتب الرئيس`) and a number counting people (`آلاف من سكان
  القرية`).

The sentences were written for the test (invented names and content), after records on SaudiNewsNet articles outside
the gold sets (`رحلة أوباما التي توقع الكثيرون`، `الواقع يقول`، `هذه الاختلافات تشير`، `دعا في آخره الله تعالى أن`).
tests/data/entities/speaker_heads.conllu holds each parsed by the step-1,800 parser of session 10 (`…-pud-style`)
and by the bundled model (`…-shipped`), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("speaker_heads")


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_an_event_in_construct_with_a_name_is_no_speaker(extractor: Extractor, style: str) -> None:
    # (زيارة ماكرون التي توقع المراقبون أنها …: the visit is no speaker, nor is ماكرون; the observers expected it,
    # the subject after the verb of the relative clause: tests/test_relative_clauses_with_their_source.py)
    assert sources(extractor, DOCUMENTS[f"event-with-a-name-{style}"]) == [
        ("توقع", "المراقبون", "المراقبون", None),
        ("وقال", "ماكرون", "ماكرون", None),
    ]


@pytest.mark.parametrize("doc_id", ["abstract-noun", "verbal-noun"])
@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_head_that_names_no_source_leaves_the_quote_without_one(extractor: Extractor, doc_id: str, style: str) -> None:
    (quote,) = extractor.extract_parsed(DOCUMENTS[f"{doc_id}-{style}"])
    assert (quote.speaker, quote.speaker_resolved, quote.speaker_entity) == (None, None, None)
    assert not any(note.startswith("sieve latest-person") for note in quote.evidence.notes)


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_god_addressed_in_a_prayer_makes_no_quote(extractor: Extractor, style: str) -> None:
    assert extractor.extract_parsed(DOCUMENTS[f"god-in-a-prayer-{style}"]) == []


@pytest.mark.parametrize(
    ("doc_id", "speaker"),
    [("unlisted-people", "ساكن في الحي"), ("office-of-a-person", "مكتب الرئيس"), ("thousands-of-residents", "آلاف من سكان القرية")],
)
@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_head_that_may_name_people_or_a_body_stays_the_speaker(
    extractor: Extractor, doc_id: str, speaker: str, style: str
) -> None:
    (quote,) = extractor.extract_parsed(DOCUMENTS[f"{doc_id}-{style}"])
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.speaker_entity is not None


@pytest.mark.parametrize(
    ("doc_id", "kind"),
    [
        ("official-in-an-office", "PER"),
        ("plural-of-people", "GROUP"),
        ("thousands-of-residents", "GROUP"),
        ("office-of-a-person", "ORG"),
        ("unlisted-people", "PER"),
    ],
)
@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_speaker_phrase_is_typed_by_its_head(extractor: Extractor, doc_id: str, kind: str, style: str) -> None:
    # مسؤول بمكتب الرئيس: one official, not the office his complement names; متحدثون عسكريون: people as a group
    document = DOCUMENTS[f"{doc_id}-{style}"]
    (quote,) = extractor.extract_parsed(document)
    assert quote.speaker is not None
    assert extractor.mention_finder.speaker_mention(document, quote.speaker).kind == kind
