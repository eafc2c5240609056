"""A definite common noun right after a full name (a given name and the family name the parse chains to it) is the
verb's object, even where the parse hangs it on the name: `حمل أستاذ علم الاجتماع الخبير التربوي الدكتور سالم
العتيبي | الأسرة مسؤولية انحراف الأبناء، … موضحا أن …` names `سالم العتيبي`, with the title before him as his role,
and the later `ولفت العتيبي` is the same man. A full name is never in construct; a title after the name (`المتحدث`،
`الخبير`), a nisba (`الحربي`) or a given name stays with it. Before, the whole phrase with the object was the speaker
and the role of every quote of the article, as on a SaudiNewsNet article outside the gold sets (`حمل أستاذ علم الجريمة
الخبير الأمني الدكتور يوسف الرميح الأسرة مسؤولية …`: 11 records).

The sentences were written for the test (invented names and content); tests/data/entities/objects_after_full_names.conllu
holds the parses of both parsers (the bundled one and session 23's GPU-trained one); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("objects_after_full_names")
PARSERS = ("shipped", "gpu23")
ROLE = "أستاذ علم الاجتماع الخبير التربوي الدكتور"


@pytest.mark.parametrize("parser", PARSERS)
def test_the_object_after_the_full_name_is_no_part_of_the_speaker(extractor: Extractor, parser: str) -> None:
    found = sources(extractor, DOCUMENTS[f"held-1-{parser}"])
    assert found[1:] == [("موضحا", None, "سالم العتيبي", ROLE), ("ولفت", "العتيبي", "سالم العتيبي", ROLE)]


@pytest.mark.parametrize("parser", PARSERS)
def test_an_object_the_parse_hung_on_the_verb_reads_the_same(extractor: Extractor, parser: str) -> None:
    assert sources(extractor, DOCUMENTS[f"held-2-{parser}"]) == [("موضحا", None, "سالم العتيبي", ROLE)]
