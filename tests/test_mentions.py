"""Each kind of mention, found in sentences written for these tests and parsed by the bundled compact model.

tests/data/entities/mentions.conllu is what `quotes parse` wrote for them (one
document each), the small parser's errors included (it cuts فراس into ف + راس,
and tags names and verbs loosely): the finders must cope. No model is loaded;
the entity tagger is off, so these are the rules' mentions alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.api import Extractor
from quotes.conllu_reading import documents_from_conllu
from quotes.entities import EntityTable
from quotes.grammar import Grammar
from quotes.graph import ParsedDocument, tag_spans
from quotes.mentions import EntityMention
from quotes.model import Quote

MENTIONS = Path(__file__).resolve().parent / "data" / "entities" / "mentions.conllu"


@pytest.fixture(scope="module")
def rules_only(grammar: Grammar) -> Extractor:
    return Extractor(rules=grammar, entity_tagger=False)


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return {doc.doc_id: doc for doc in documents_from_conllu(MENTIONS.read_text(encoding="utf-8"), source=str(MENTIONS))}


def found(extractor: Extractor, document: ParsedDocument) -> list[tuple[str, str]]:
    mentions = extractor.mentions(document)
    for mention in mentions:
        assert document.text[mention.span.start : mention.span.end] == mention.span.text
    return [(mention.kind, mention.span.text) for mention in mentions]


def mention_of(extractor: Extractor, document: ParsedDocument, text: str) -> EntityMention:
    [mention] = [m for m in extractor.mentions(document) if m.span.text == text]
    return mention


def run(extractor: Extractor, document: ParsedDocument) -> tuple[list[Quote], EntityTable]:
    return extractor.extract_with_entities(document)


def test_a_title_and_the_name_after_it(rules_only: Extractor, documents: dict[str, ParsedDocument]) -> None:
    document = documents["title-name"]
    person = mention_of(rules_only, document, "فراس الهواري")  # the parse cut the given name: ف + راس
    assert person.kind == "PER"
    assert person.role is not None and person.role.text == "وزير الصحة الأردني"
    quotes, table = run(rules_only, document)
    [entity] = [e for e in table.entities if e.type == "PER"]
    assert entity.canonical.text == "فراس الهواري"
    assert [role.span.text for role in entity.roles] == ["وزير الصحة الأردني"]
    # the surname and the title the rules took for the speaker both resolve to the person
    assert [q.speaker_resolved.text for q in quotes if q.speaker_resolved] == ["فراس الهواري", "فراس الهواري"]
    assert len({q.speaker_entity for q in quotes}) == 1


def test_an_honorific_anaphor_is_the_person_named_before(rules_only: Extractor, documents: dict[str, ParsedDocument]) -> None:
    document = documents["honorific"]
    assert ("HONORIFIC", "سموه") in found(rules_only, document)
    [quote], _table = run(rules_only, document)
    assert quote.speaker is not None and quote.speaker.text == "سموه"
    assert quote.speaker_resolved is not None and quote.speaker_resolved.text == "فهد بن سلطان"
    assert quote.role is not None and quote.role.text == "أمير منطقة تبوك"


def test_a_statement_stands_for_the_ministry_that_issued_it(rules_only: Extractor, documents: dict[str, ParsedDocument]) -> None:
    document = documents["statement"]
    issued = mention_of(rules_only, document, "بيانا")
    assert issued.kind == "DOC" and issued.issuer is not None and issued.issuer.text == "وزارة الداخلية"
    quotes, table = run(rules_only, document)
    assert [(q.speaker.text if q.speaker else None, q.speaker_resolved.text if q.speaker_resolved else None) for q in quotes] == [
        ("البيان", "وزارة الداخلية"),
        ("الوزارة", "وزارة الداخلية"),
    ]
    [ministry] = table.entities
    assert (ministry.type, ministry.canonical.text) == ("ORG", "وزارة الداخلية")


def test_a_statement_of_a_named_body(rules_only: Extractor, documents: dict[str, ParsedDocument]) -> None:
    document = documents["issuer"]
    statement = mention_of(rules_only, document, "بيان لهيئة الطيران المدني")
    assert statement.kind == "DOC" and statement.issuer is not None and statement.issuer.text == "هيئة الطيران المدني"
    [quote], _ = run(rules_only, document)
    assert quote.speaker_resolved is not None and quote.speaker_resolved.text == "هيئة الطيران المدني"


def test_a_group_of_sources_with_its_description(rules_only: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert ("GROUP", "مصادر مطلعة") in found(rules_only, documents["group"])
    assert ("GROUP", "شهود عيان") in found(rules_only, documents["media"])


def test_a_medium_is_media_and_the_paper_spoken_to_is_no_source(rules_only: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert ("MEDIA", "وكالة الأنباء الكويتية") in found(rules_only, documents["media"])
    kinds = found(rules_only, documents["addressee"])
    assert ("PER", "مصدر مسؤول") in kinds  # an unnamed person
    assert not any("الوطن" in text for _, text in kinds)


def test_a_bare_title_is_a_mention_of_whoever_holds_it(rules_only: Extractor, documents: dict[str, ParsedDocument]) -> None:
    kinds = found(rules_only, documents["bare-title"])
    assert ("TITLE", "المتحدث الرسمي") in kinds
    assert ("ORG", "الشرطة") in kinds
    assert not any(kind == "PER" for kind, _ in kinds)  # باسم is "on behalf of" here, not a given name


def test_a_short_organisation_form_resolves_to_the_full_name(rules_only: Extractor, documents: dict[str, ParsedDocument]) -> None:
    document = documents["short-org"]
    assert ("ORG", "هيئة الإحصاء الوطنية") in found(rules_only, document)  # not the verb's object after it
    quotes, table = run(rules_only, document)
    assert [q.speaker_resolved.text for q in quotes if q.speaker_resolved] == ["هيئة الإحصاء الوطنية"] * 2
    [body] = table.entities
    assert body.type == "ORG" and len(body.mentions) == 2


def test_tagger_spans_in_bio_and_bioes() -> None:
    assert tag_spans(["B-PERS", "I-PERS", "O", "S-LOC", "B-ORG", "E-ORG", "I-ORG"]) == [
        (0, 2, "PERS"),
        (3, 4, "LOC"),
        (4, 6, "ORG"),
        (6, 7, "ORG"),
    ]
    assert tag_spans(["O", "O"]) == tag_spans(("O",)) == tag_spans([]) == []


class StandInTagger:
    """Tags the words it is told, like the trained tagger would."""

    def __init__(self, tags: dict[str, str]) -> None:
        self.tags = tags

    def tag_many(self, sentences: list[list[str]]) -> list[tuple[str, ...]]:
        return [tuple(self.tags.get(word, "O") for word in words) for words in sentences]

    def tag_documents(self, documents: list[list[list[str]]]) -> list[list[tuple[str, ...]]]:
        return [self.tag_many(sentences) for sentences in documents]


def test_tagger_spans_become_mentions_and_places(grammar: Grammar, documents: dict[str, ParsedDocument]) -> None:
    tagger = StandInTagger({"تبوك": "S-LOC", "فهد": "B-PERS", "بن": "I-PERS", "سلطان": "E-PERS"})
    extractor = Extractor(rules=grammar, entity_tagger=tagger)  # type: ignore[arg-type]
    mentions = extractor.mentions(documents["honorific"])
    assert ("PLACE", "تبوك") in [(m.kind, m.span.text) for m in mentions]
    [person] = [m for m in mentions if m.span.text == "فهد بن سلطان"]
    assert person.kind == "PER"
    _, table = extractor.extract_with_entities(documents["honorific"])
    assert "تبوك" in [place.span.text for place in table.places]


def test_the_finders_remember_answers_per_spelling_within_a_bound() -> None:
    """Each question is asked once per spelling, and the memory is emptied at its bound, so a long run stays flat."""
    from quotes.graph import Word
    from quotes.mentions.word_facts import _BySpelling

    asked: list[str] = []

    def is_long(word: Word) -> bool:
        asked.append(word.text)
        return len(word.text) > 4

    def word(text: str, index: int = 1) -> Word:
        return Word(index, text, text, "NOUN", "_", (), 0, "root", 0, len(text), text)

    remembered = _BySpelling(is_long, limit=2)
    assert [remembered(word("المتحدث")), remembered(word("المتحدث", 5)), remembered(word("وزير"))] == [True, True, False]
    assert asked == ["المتحدث", "وزير"]  # the second المتحدث was remembered
    remembered(word("هيئة"))  # a third spelling: the memory was full, it starts again
    remembered(word("المتحدث"))
    assert asked == ["المتحدث", "وزير", "هيئة", "المتحدث"]
    glued = Word(2, "سموه", "سمو", "NOUN", "_", (), 0, "root", 1, 5, "لسموه", token_first=False)
    remembered(glued)
    remembered(word("سموه"))  # the same form written alone is another spelling: an honorific is read off the token
    assert asked[-2:] == ["سموه", "سموه"]


def test_the_answers_for_a_whole_sentence_are_the_answers_word_by_word() -> None:
    from quotes.graph import Word
    from quotes.mentions.word_facts import _BySpelling

    asked: list[str] = []

    def is_long(word: Word) -> bool:
        asked.append(word.text)
        return len(word.text) > 4

    spellings = ["المتحدث", "وزير", "المتحدث"]
    words = [Word(index, text, text, "NOUN", "_", (), 0, "root", 0, len(text), text) for index, text in enumerate(spellings, 1)]
    remembered = _BySpelling(is_long, limit=10)
    assert remembered.all_of(words) == [is_long(word) for word in words] == [True, False, True]
    assert asked[:2] == ["المتحدث", "وزير"]  # all_of asked each spelling once, the memory answered the rest
