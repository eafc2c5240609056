"""An address is no report: `واعلم أيها الأخ المسلم أن …`.

A vocative right after the verb (rules/lexicons/vocatives.tsv: يا، أيها، أيتها) makes the verb an address to the
reader or a listener ("know, brother, that …"), an imperative however the tagger read it: no quote, and the vocative
is never a speaker. Inside a quotation the address stays part of the quoted speech. A small tokenizer splits أيها
into أي + ها; the vocative is read as written.

The sentences were written for the test after a false quote seen on SaudiNewsNet articles annotated outside the gold
sets; tests/data/entities/addressed_not_reported.conllu holds their parses by the bundled model; no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("addressed_not_reported")


def test_an_address_inside_a_quotation_is_part_of_it(extractor: Extractor) -> None:
    assert [found[:3] for found in quotes_found(extractor, DOCUMENTS["know-brother"])] == [
        ("indirect", "وقال", "المفتي"),
        ("direct", "وأضاف", None),
    ]


def test_an_address_to_the_reader_is_no_quote(extractor: Extractor) -> None:
    assert [found[:3] for found in quotes_found(extractor, DOCUMENTS["know-brother-outside-quotes"])] == [("indirect", "وقال", "الخطيب")]
