"""Mentions clustered into a document's entities: names, titles, short organisation forms, statements, honorifics.

Mentions are built by hand here (the finder is tested in test_mentions.py):
each passage is a sentence written for the test.
"""

from __future__ import annotations

import random

from quotes.entities import Entity, EntityTable, build_entities, name_words, same_word
from quotes.mentions import EntityMention
from quotes.model import Span


def mention(text: str, phrase: str, kind: str, *, source: str = "name", occurrence: int = 1, **fields: object) -> EntityMention:
    start = -1
    for _ in range(occurrence):
        start = text.index(phrase, start + 1)
    return EntityMention(Span(phrase, start, start + len(phrase)), kind, source, 0, **fields)  # type: ignore[arg-type]


def span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(phrase, start, start + len(phrase))


def canonical_names(table: object) -> list[tuple[str, str]]:
    return [(entity.type, entity.canonical.text) for entity in table.entities]  # type: ignore[attr-defined]


def test_a_surname_and_a_given_name_join_the_full_name_with_its_particles() -> None:
    text = "قال الشيخ عبدالله بن سالم آل ثاني إن … وأضاف آل ثاني أن … ثم عاد عبدالله وقال"
    table = build_entities(
        "d",
        [
            mention(text, "عبدالله بن سالم آل ثاني", "PER"),
            mention(text, "آل ثاني", "PER", source="name-word", occurrence=2),
            mention(text, "عبدالله", "PER", source="name-word", occurrence=2),
        ],
    )
    [entity] = table.entities
    assert entity.canonical.text == "عبدالله بن سالم آل ثاني"
    assert [m.span.text for m in entity.mentions] == ["عبدالله بن سالم آل ثاني", "آل ثاني", "عبدالله"]


def test_a_particle_alone_links_nothing() -> None:
    text = "قال محمد بن راشد … وقال خالد بن علي"
    table = build_entities("d", [mention(text, "محمد بن راشد", "PER"), mention(text, "خالد بن علي", "PER")])
    assert len(table.entities) == 2


def test_spelling_variants_of_a_long_name_word_are_one_person() -> None:
    text = "قال المدرب يورغن كلوب إن … وأضاف يورجن كلوب أن …"
    table = build_entities("d", [mention(text, "يورغن كلوب", "PER"), mention(text, "يورجن كلوب", "PER")])
    assert len(table.entities) == 1
    assert same_word("يورغن", "يورجن")
    assert not same_word("علي", "على" + "ي")  # short words must match exactly
    assert not same_word("سالم", "سلام")


def test_a_bare_title_joins_the_person_who_holds_it() -> None:
    text = "قال وزير الصحة فراس الهواري إن … وأوضح الوزير أن …"
    role = span(text, "وزير الصحة")
    table = build_entities(
        "d",
        [
            mention(text, "فراس الهواري", "PER", source="title", role=role),
            mention(text, "الوزير", "TITLE", source="title", role=span(text, "الوزير")),
        ],
    )
    [entity] = table.entities
    assert entity.canonical.text == "فراس الهواري"
    assert [role.span.text for role in entity.roles] == ["وزير الصحة"]


def test_a_title_nobody_in_the_document_holds_is_its_own_person() -> None:
    text = "قال وزير الصحة فراس الهواري إن … وقال المتحدث الرسمي إن …"
    table = build_entities(
        "d",
        [
            mention(text, "فراس الهواري", "PER", source="title", role=span(text, "وزير الصحة")),
            mention(text, "المتحدث الرسمي", "TITLE", source="title", role=span(text, "المتحدث الرسمي")),
        ],
    )
    assert canonical_names(table) == [("PER", "فراس الهواري"), ("PER", "المتحدث الرسمي")]


def test_a_short_organisation_form_joins_the_full_name() -> None:
    text = "أعلنت وزارة الداخلية … وقالت الوزارة إن …"
    table = build_entities(
        "d",
        [
            mention(text, "وزارة الداخلية", "ORG", source="organisation", head="وزاره"),
            mention(text, "الوزارة", "ORG", source="organisation", head="وزاره"),
        ],
    )
    [entity] = table.entities
    assert (entity.type, entity.canonical.text, len(entity.mentions)) == ("ORG", "وزارة الداخلية", 2)


def test_a_bare_name_joins_the_body_it_names_not_one_that_belongs_to_it() -> None:
    # the camps "belong to the Brigades" (تابعة للكتائب): a later bare الكتائب is the Brigades, not the camps
    text = 'أعلنت كتائب "الفجر" عن مخيمات. وقالت إن المخيمات في معسكرات تابعة للفجر. وقالت الفجر إن العدد كبير.'
    table = build_entities(
        "d",
        [
            mention(text, 'كتائب "الفجر"', "ORG", source="organisation", head="كتائب"),
            mention(text, "معسكرات تابعة للفجر", "ORG", source="organisation", head="معسكرات"),
            mention(text, "الفجر", "ORG", source="ner", occurrence=2),
        ],
    )
    brigades = table.entities[0]
    assert brigades.canonical.text == 'كتائب "الفجر"'
    assert [m.span.text for m in brigades.mentions] == ['كتائب "الفجر"', "الفجر"]


def test_a_statement_joins_its_issuer() -> None:
    text = "وذكر بيان لهيئة الطيران المدني أن …"
    issuer = span(text, "هيئة الطيران المدني")
    table = build_entities(
        "d",
        [
            mention(text, "هيئة الطيران المدني", "ORG", source="organisation", head="هيئه"),
            mention(text, "بيان لهيئة الطيران المدني", "DOC", source="document", issuer=issuer, head="بيان"),
        ],
    )
    [entity] = table.entities
    assert entity.canonical.text == "هيئة الطيران المدني"
    assert {m.kind for m in entity.mentions} == {"ORG", "DOC"}


def test_an_honorific_joins_the_latest_person_named_before_it() -> None:
    text = "استقبل الأمير فهد بن سلطان الوفد، والتقى الوزير خالد الفالح … وأكد سموه أن …"
    table = build_entities(
        "d",
        [
            mention(text, "فهد بن سلطان", "PER"),
            mention(text, "خالد الفالح", "PER"),
            mention(text, "سموه", "HONORIFIC", source="honorific"),
        ],
    )
    falih = next(entity for entity in table.entities if entity.canonical.text == "خالد الفالح")
    assert [m.span.text for m in falih.mentions] == ["خالد الفالح", "سموه"]


def test_groups_of_different_descriptions_stay_apart_and_places_are_no_entities() -> None:
    text = "قالت مصادر إن … ونقلت الصحيفة عن ثلاثة مصادر مطلعة في الرياض أن …"
    table = build_entities(
        "d",
        [
            mention(text, "مصادر", "GROUP", source="group", head="مصادر"),
            mention(text, "ثلاثة مصادر مطلعة", "GROUP", source="group", head="مصادر"),
            mention(text, "الرياض", "PLACE", source="ner"),
        ],
    )
    assert canonical_names(table) == [("GROUP", "مصادر"), ("GROUP", "ثلاثة مصادر مطلعة")]
    assert table.is_place(span(text, "الرياض"))


def test_a_lone_proper_noun_is_no_entity_until_a_full_name_holds_it() -> None:
    text = "وصل الوفد إلى عمّان … وقال سامي عمّان إن …"
    table = build_entities("d", [mention(text, "عمّان", "PER", source="name-word")])
    assert table.entities == ()


def test_the_record_lists_mentions_roles_and_quote_count() -> None:
    text = "قال وزير الصحة فراس الهواري إن …"
    table = build_entities("d7", [mention(text, "فراس الهواري", "PER", source="title", role=span(text, "وزير الصحة"))])
    [record] = table.records({"e1": 3})
    assert record["entity"] == "d7:e1"
    assert record["canonical"] == "فراس الهواري"
    assert record["quotes"] == 3
    assert record["roles"] == [{"text": "وزير الصحة", "start": 4, "end": 14, "sentence": 0}]
    assert record["mentions"][0]["kind"] == "PER"  # type: ignore[index]


def test_name_words_drop_clitics_article_and_punctuation() -> None:
    assert name_words(Span("والوزارة، الداخلية", 0, 18)) == ("وزاره", "داخليه")


def test_contained_reads_a_set_of_words_as_it_reads_the_words_in_a_row() -> None:
    from quotes.entities import contained

    cases = [
        (("لافروف",), ("سيرجي", "لافروف")),
        (("سيرغي", "لافروف"), ("سيرجي", "لافروف")),  # a spelling variant
        (("بن",), ("محمد", "بن", "سلمان")),  # a particle alone
        (("خان",), ("صديق",)),
        ((), ("صديق",)),
    ]
    for small, large in cases:
        expected = contained(small, large)
        assert contained(frozenset(small), large) == contained(small, frozenset(large)) == expected


def test_names_with_no_word_in_common_join_only_as_spelling_variants_of_long_words() -> None:
    text = "قال شوارزنيغر … وقال شوارزنيجر … وقال سالم … وقال سلام"
    table = build_entities(
        "d",
        [mention(text, "شوارزنيغر", "PER"), mention(text, "شوارزنيجر", "PER"), mention(text, "سالم", "PER"), mention(text, "سلام", "PER")],
    )
    assert [len(entity.mentions) for entity in table.entities] == [2, 1, 1]


def _at_by_scan(table: EntityTable, wanted: Span) -> tuple[Entity, EntityMention] | None:
    """What EntityTable.at answered before it had an index: every entity's covers(), the best key, first wins."""
    best: tuple[Entity, EntityMention] | None = None
    best_key = (0, -(1 << 30))
    for entity in table.entities:
        found = entity.covers(wanted)
        if found is None:
            continue
        overlap = min(found.span.end, wanted.end) - max(found.span.start, wanted.start)
        key = (overlap, -abs((found.span.end - found.span.start) - (wanted.end - wanted.start)))
        if key > best_key:
            best, best_key = (entity, found), key
    return best


def test_the_entity_at_a_span_is_what_a_scan_of_every_mention_finds() -> None:
    # overlapping mentions, ties in overlap and in length, one mention in two entities, mentions out of order
    generator = random.Random(12)
    text = "ا" * 200
    for _ in range(200):
        entities = []
        shared = None
        for number in range(generator.randint(0, 6)):
            mentions = []
            for _ in range(generator.randint(1, 5)):
                start = generator.randint(0, 190)
                end = start + generator.randint(0, 10)
                mentions.append(EntityMention(Span(text[start:end], start, end), "PER", "name", 0))
            if shared is not None and generator.random() < 0.3:
                mentions.append(shared)
            shared = mentions[0]
            entities.append(Entity(f"e{number + 1}", "PER", mentions[0].span, tuple(mentions)))
        table = EntityTable("d", tuple(entities))
        for _ in range(20):
            start = generator.randint(0, 195)
            wanted = Span(text[start : start + 5], start, start + generator.randint(0, 8))
            assert table.at(wanted) == _at_by_scan(table, wanted)



def test_the_name_pass_asks_contained_of_word_sets_with_the_same_answers() -> None:
    # the name pass asks (and remembers) contained() of the mention's words as a set: order and repeats never mattered
    from quotes.entities import _names_contained, contained

    names = [("عبدالله", "بن", "سالم"), ("سالم", "سالم"), ("يورغن", "كلوب"), ("يورجن",), ("بن",), ("كلوب", "يورغن", "آل")]
    for small in names:
        for large in names:
            assert _names_contained(frozenset(small), frozenset(large)) == contained(small, frozenset(large))


def test_a_one_word_name_joins_a_full_name_it_opens_or_ends_never_a_name_inside_the_chain() -> None:
    # a person is called by the given name or the family name, never by the father's name in the middle of the chain
    text = "قال فهد ناصر الشمري إن … وأضاف الشمري أن … وقال فهد إن … ثم قال ناصر إن …"
    table = build_entities(
        "d",
        [
            mention(text, "فهد ناصر الشمري", "PER"),
            mention(text, "الشمري", "PER", source="name-word", occurrence=2),
            mention(text, "فهد", "PER", source="name-word", occurrence=2),
            mention(text, "ناصر", "PER", source="ner", occurrence=2),
        ],
    )
    assert [[m.span.text for m in entity.mentions] for entity in table.entities] == [
        ["فهد ناصر الشمري", "الشمري", "فهد"],
        ["ناصر"],
    ]


def test_a_one_word_name_met_first_joins_the_full_name_only_where_it_opens_or_ends_it() -> None:
    text = "قال سلطان إن … ثم قال ماجد سلطان العنزي إن … وقال ابن المبارك … عن عبدالله بن المبارك"
    table = build_entities(
        "d",
        [
            mention(text, "سلطان", "PER", source="ner"),
            mention(text, "ماجد سلطان العنزي", "PER"),
            mention(text, "ابن المبارك", "PER", source="name-word"),
            mention(text, "عبدالله بن المبارك", "PER"),
        ],
    )
    assert canonical_names(table) == [("PER", "سلطان"), ("PER", "ماجد سلطان العنزي"), ("PER", "عبدالله بن المبارك")]
