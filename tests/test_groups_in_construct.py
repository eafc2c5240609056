"""A group named by a plural of people in construct (`مسؤولو وزارة النقل`، `موظفو الشركة`) and later by the plural
alone (`وأضاف المسؤولون`، `وأوضح الموظفون`) is one group, and the later cue speaks for its fullest mention: the
plural is one reading in every case and in construct (مسؤولو، المسؤولين، المسؤولون → مسؤولون), the plural in construct
heads a group whatever number the tagger gives it, takes the body after it as its genitive, and is no body itself
(`منظمو`, which a lemmatizer reads as منظمة). A group first named with a quantifier (`عدد من المزارعين`) is the group
its plural names later (`المزارعون`). A plural named together with another by و (`الطلاب والمعلمين`) is not the group
one of them names later (`الطلاب`): two groups, not one. A name that ends like the plural (`موسكو`) is no group.
Before, `وأضاف المسؤولون` stayed its own speaker, as on SaudiNewsNet articles outside the gold sets (`وقال مسؤولو
صحة …` then `وقال المسؤولون`; `وقال عدد من المواطنين` then `وأضاف المواطنون`).

The sentences were written for the test (invented content); tests/data/entities/groups_in_construct.conllu holds
the parses of both parsers (the bundled one and session 23's GPU-trained one); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.mentions.word_facts import nominative_plural

DOCUMENTS = entity_parses("groups_in_construct")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("name", "group", "later"),
    [
        ("construct-plural-1", "مسؤولو وزارة النقل", ("وأضاف", "المسؤولون")),
        ("construct-plural-2", "موظفو الشركة", ("وأوضح", "الموظفون")),
        ("construct-plural-3", "عدد من المزارعين", ("وأضاف", "المزارعون")),
    ],
)
def test_the_plural_alone_is_the_group_named_before(
    extractor: Extractor, parser: str, name: str, group: str, later: tuple[str, str]
) -> None:
    first, second = sources(extractor, DOCUMENTS[f"{name}-{parser}"])
    assert first[1:3] == (group, group)
    assert second[:3] == (*later, group)


@pytest.mark.parametrize("parser", PARSERS)
def test_one_of_two_groups_named_together_is_not_both(extractor: Extractor, parser: str) -> None:
    assert sources(extractor, DOCUMENTS[f"joined-plural-1-{parser}"]) == [("وقال", "الطلاب", "الطلاب", None)]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_name_that_ends_like_the_plural_is_no_group(extractor: Extractor, parser: str) -> None:
    document = DOCUMENTS[f"name-in-waw-1-{parser}"]
    assert not [m for m in extractor.mentions(document) if m.kind == "GROUP" and "موسكو" in m.span.text]


@pytest.mark.parametrize(
    ("written", "reading"),
    [("مسوولو", "مسوولون"), ("مسوولين", "مسوولون"), ("مسوولون", "مسوولون"), ("مصادر", "مصادر"), ("قوانين", "قوانين")],
)
def test_one_reading_of_the_sound_plural(written: str, reading: str) -> None:
    assert nominative_plural(written) == reading
