"""A person introduced by the name they are called: `ويقول رجل يدعى سالم، والد أحد الطلاب، …`.

The verb of calling (`يدعى`، `تدعى`، `يسمى` …: rules/lexicons/calling_verbs.tsv) hangs on a noun of people, and the
name after it is who speaks: the speaker is `سالم`, not `رجل يدعى سالم`, and a later cue without a subject resolves
to the same name. A noun of people (`رجل`، `امرأة`) is no role; a role noun before the verb is one (`قيادي تونسي`).

The sentences were written for the test after records seen on SaudiNewsNet articles annotated outside the gold sets;
tests/data/entities/called_by_name.conllu holds their parses by the bundled model; no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("called_by_name")


def test_the_name_a_man_is_called_by_is_the_speaker(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["called-man"]) == [
        ("ويقول", "سالم", "سالم", "والد أحد الطلاب"),
        ("وأضاف", None, "سالم", "والد أحد الطلاب"),
    ]


def test_the_name_a_woman_is_called_by_is_the_speaker(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["called-woman"]) == [
        ("وقالت", "فاطمة الزهراني", "فاطمة الزهراني", None),
        ("وأضافت", None, "فاطمة الزهراني", None),
    ]


def test_a_role_noun_before_the_verb_of_calling_is_the_role(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["called-leader"]) == [("وقال", "أبو عواد", "أبو عواد", "قيادي تونسي")]
