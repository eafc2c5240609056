"""Where a person's name ends and who the phrase around it names, on shapes of unseen news.

- A prayer written after a name (`وقال الأمير خالد رحمه الله إن …`، `-رحمه الله-`; rules/lexicons/prayer_formulas.tsv)
  is no part of the name, though the entity tagger runs the name on into it, and no role between dashes.
- A kinship noun in construct before a name (`وقالت والدة المواطن عبدالرحمن السبيعي`، `شقيق الضحية ناصر الدوسري`،
  `والدة "فيصل"`; the `kin` column of rules/lexicons/role_nouns.tsv): the name is the genitive's, the relative speaks.
  The spec writes a source without a name as its noun phrase (role null, as for `مصدر أمني`), and a later cue without
  a subject goes on with her. A kinship noun set off by a comma (`والد الطفل، سامي الغامدي،`) or with its pronoun
  (`زوجته هدى العنزي`) describes the name after it: there the name speaks, the kin noun is the role.
- A definite descriptor or job right after a name with a phrase of its own (`الخبير في شؤون الأمن والإرهاب`،
  `المسؤولة المحلية بقرية …`، `الخبير الاستراتيجي لدى "بنك الشمال"`) is the person's role, through its complements, as
  a title before the name is; a job word the entity tagger reads as the family name stays in the name
  (`صالح بن عبدالله القاضي على أن …`، `محمد القاضي في تصريح`). A description after the name ends where the time of
  speaking (`نائب وزير النقل | أمس الخميس`) or a relative clause about the person (`… السابقة | والتي تسعى …`) begins.

Each sentence was written for the test (invented names and content), after records seen on SaudiNewsNet articles in
neither gold set. tests/data/entities/kin_prayers_descriptions.conllu holds the parses of the bundled model
(`-shipped`) and of session 23's GPU-trained news parser (`-gpu23`); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("kin_prayers_descriptions")
PARSERS = ("shipped", "gpu23")


def found(extractor: Extractor, doc_id: str, parser: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(cue, speaker, speaker_resolved, role) of every quote of the document as `parser` parsed it."""
    return sources(extractor, DOCUMENTS[f"{doc_id}-{parser}"])


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(("doc_id", "name"), [("prayer-after-name-1", "خالد"), ("prayer-after-name-2", "فهد")])
def test_a_prayer_after_the_name_is_no_part_of_it(extractor: Extractor, parser: str, doc_id: str, name: str) -> None:
    assert found(extractor, doc_id, parser) == [("وقال", name, name, None)]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_prayer_between_dashes_is_no_role(extractor: Extractor, parser: str) -> None:
    assert found(extractor, "prayer-between-dashes-1", parser) == [
        ("وأكد", "عبدالله الفيصل", "عبدالله الفيصل", None),
        ("وقال", "عبدالله الفيصل", "عبدالله الفيصل", None),
    ]


@pytest.mark.parametrize("parser", PARSERS)
def test_the_relative_in_construct_with_a_name_speaks_and_goes_on(extractor: Extractor, parser: str) -> None:
    mother = "والدة المواطن عبدالرحمن السبيعي"
    assert found(extractor, "kin-before-name-1", parser) == [("وقالت", mother, mother, None), ("وأضافت", None, mother, None)]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "cue", "relative"),
    [("kin-before-name-2", "وأكد", "شقيق الضحية ناصر الدوسري"), ("kin-before-name-3", "وقالت", 'والدة "فيصل"')],
)
def test_the_name_after_a_kinship_noun_is_its_genitive(
    extractor: Extractor, parser: str, doc_id: str, cue: str, relative: str
) -> None:
    assert found(extractor, doc_id, parser) == [(cue, relative, relative, None)]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("kin-set-off-1", ("وقال", "سامي الغامدي", "سامي الغامدي", "والد الطفل")),
        ("kin-with-pronoun-1", ("وذكرت", "هدى العنزي", "زوجته هدى العنزي", "زوجته")),
    ],
)
def test_a_kinship_noun_set_off_or_with_its_pronoun_describes_the_name(
    extractor: Extractor, parser: str, doc_id: str, expected: tuple[str, ...]
) -> None:
    assert found(extractor, doc_id, parser) == [expected]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "name", "role"),
    [
        ("description-after-name-1", "جيمس كاروثرز", "الخبير في شؤون الأمن والإرهاب"),
        ("description-after-name-2", "مريم داود", "المسؤولة المحلية بقرية الشروق المجاورة"),
        ("description-after-name-3", "كريستوفر هالبرن", 'الخبير الاستراتيجي لدى "بنك الشمال"'),
    ],
)
def test_a_description_after_the_name_is_the_role_through_its_phrase(
    extractor: Extractor, parser: str, doc_id: str, name: str, role: str
) -> None:
    [(_, speaker, resolved, found_role)] = found(extractor, doc_id, parser)
    assert (speaker, resolved, found_role) == (name, name, role)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_job_word_the_tagger_ends_a_name_with_stays_the_family_name(extractor: Extractor, parser: str) -> None:
    assert [(cue, resolved) for cue, _, resolved, _ in found(extractor, "family-name-of-a-job-1", parser)] == [
        ("وأكد", "صالح بن عبدالله القاضي"),
        ("وقال", "محمد القاضي"),
    ]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "name", "role"),
    [
        ("description-ends-1", "فهد العتيبي", "نائب وزير النقل"),
        ("description-ends-2", "سوزان بيكر", "وزيرة الخارجية الأمريكية السابقة"),
    ],
)
def test_a_description_after_the_name_ends_before_a_time_or_a_relative_clause(
    extractor: Extractor, parser: str, doc_id: str, name: str, role: str
) -> None:
    # نائب وزير النقل | أمس الخميس: when he spoke; وزيرة الخارجية السابقة | والتي تسعى …: a clause about her
    [(_, speaker, resolved, found_role)] = found(extractor, doc_id, parser)
    assert (speaker, resolved, found_role) == (name, name, role)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("زوجته", True),  # his wife: زوجة with the feminine ending written ت before the pronoun
        ("محاميها", True),  # her lawyer
        ("مستشاره", True),  # his adviser
        ("مدربهم", True),  # their coach
        ("عبده", False),  # a name that ends like a pronoun
        ("خالد", False),
    ],
)
def test_a_role_noun_with_its_pronoun_is_told_from_a_name(written: str, expected: bool) -> None:
    """What the tagger may call a proper noun before a given name (`وذكرت زوجته هدى العنزي`) is a description when it
    is a role noun with a pronoun written on it; then it opens no name."""
    from quotes.grammar.loader import bundled_lexicon
    from quotes.graph import Word
    from quotes.speakers.words import role_with_its_pronoun

    word = Word(3, written, written, "PROPN", "_", (), 2, "nsubj", 6, 6 + len(written), written)
    assert role_with_its_pronoun(word, bundled_lexicon("role_nouns")) is expected
