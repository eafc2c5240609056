"""A relative clause of saying on a noun that cannot speak: `اعتقلت الشرطة مشتبها به مرتبطا بالتفجير الذي قال إن
عدد ضحاياه ارتفع …` — the attack he said its toll rose: the singular relative pronoun (الذي، التي) may stand for a
thing, and then it is what was spoken about (its pronoun comes back in the content: ضحاياه), and the speaker is in
the verb, the person the document speaks of; never the attack, and never no one.

Only a verb that someone does (reporting_verbs.tsv classes neutral, additive, opinion: قال، أضاف، يرى) reads so: a
thing may call for something (`البرنامج الذي يدعو إلى …`). A noun of a person (`الرجل الذي قال`: person_nouns.tsv),
a role, body, group or statement still speaks, and so do the people a plural pronoun stands for (`كبار السن أصحاب
الخبرة الذين أفادوا`).

The sentences were written for the test after a record seen on a SaudiNewsNet article annotated outside the gold
sets; tests/data/entities/relative_clauses_about_things.conllu holds their parses by the bundled model; no model is
loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("relative_clauses_about_things")


@pytest.mark.parametrize("doc_id", ["the-blast-he-spoke-of", "the-incident-he-spoke-of"])
def test_the_event_spoken_about_leaves_the_speaker_in_the_verb(extractor: Extractor, doc_id: str) -> None:
    assert sources(extractor, DOCUMENTS[doc_id]) == [
        ("وأعلن", "سامي العلي", "سامي العلي", "وزير الداخلية"),
        ("قال", None, "سامي العلي", "وزير الداخلية"),
    ]


def test_a_person_the_clause_hangs_on_speaks(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["the-man-who-spoke"]) == [("قال", "الرجل", "الرجل", None)]


def test_a_programme_may_call_for_something(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["the-programme-that-calls"]) == [("يدعو", "البرنامج", "البرنامج", None)]


def test_the_people_a_plural_pronoun_stands_for_speak(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["the-elders-who-said"])[1] == ("أفادوا", "أصحاب الخبرة", "أصحاب الخبرة", None)
