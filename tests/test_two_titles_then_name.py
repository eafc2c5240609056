"""Two titles, then the academic title or rank and the name that holds both.

`وقال مدير الجامعة، رئيس اللجنة العليا للمؤتمر الدكتور سامي العتيبي، إن …`: after the comma a second title runs on
into `الدكتور` (or a rank, `اللواء`) and a name: that person holds both titles and is the speaker, as after an
honorific (`الأمير فيصل بن خالد`, quotes/speakers/roles.py honoured_name); the titles are the role.

The sentences were written for the test after a record seen on SaudiNewsNet articles annotated outside the gold sets;
tests/data/entities/two_titles_then_name.conllu holds their parses by the bundled model; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("two_titles_then_name")


@pytest.mark.parametrize(
    ("name", "holder"),
    [("second-title-then-doctor-and-name", "سامي العتيبي"), ("second-title-then-rank-and-name", "خالد الحربي")],
)
def test_the_name_after_the_second_title_holds_both(extractor: Extractor, name: str, holder: str) -> None:
    ((_, speaker, resolved, role),) = sources(extractor, DOCUMENTS[name])
    assert (speaker, resolved) == (holder, holder)
    assert role is not None and "،" in role
