""" A place after a person's name: `ودعا روبن واشنطن ولندن إلى …`.

A person named before and then by the family name alone as the subject of a verb of appeal or accusation, with the
places the verb acts on right after the name: a small parser hangs the first place under the name as its last part
(`flat`) and the others as its conjuncts, so the speaker read `روبن واشنطن ولندن`. The name ends before the place (the
entity tagger's LOC, or a listed place name, rules/lexicons/place_names.tsv) and the conjuncts after it go with it;
the quote resolves to the person named in full before. A name of three words goes on to its last word.

The sentences were written for the test after records seen on SaudiNewsNet articles annotated outside the gold sets;
tests/data/entities/places_after_name.conllu holds their parses by the bundled model; no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("places_after_name")


def test_a_masculine_speaker_ends_before_the_places_he_urges(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["place-masculine"])[1] == ("وحث", "فيبر", "كلاوس فيبر", "الدبلوماسي الألماني السابق")


def test_a_feminine_speaker_ends_before_the_places_she_calls_on(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["place-feminine"])[1] == ("ودعت", "ميلر", "سارة ميلر", "الباحثة الكندية")


def test_places_and_a_plural_object_after_the_name_are_no_part_of_it(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["place-plural-object"])[1] == ("وطالب", "هيل", "توماس هيل", "النائب البريطاني")


def test_a_name_of_three_words_goes_on_to_its_last_word(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["place-three-word-name"]) == [
        ("ودعا", "جون بول ستيفنز", "جون بول ستيفنز", "السيناتور الأمريكي"),
        ("وقال", "فهد ناصر الدوسري", "فهد ناصر الدوسري", "رجل الأعمال"),
    ]


def test_the_entity_table_holds_no_name_grown_into_a_place(extractor: Extractor) -> None:
    for document in DOCUMENTS.values():
        _, table = extractor.extract_with_entities(document)
        names = [mention.span.text for entity in table for mention in entity.mentions if mention.kind != "PLACE"]
        assert not any(place in name for name in names for place in ("طهران", "بكين", "لندن", "موسكو")), names
