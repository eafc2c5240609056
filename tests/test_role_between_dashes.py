"""A role written between dashes after the speaker's name (issue 9).

`وبيَّن أحمد عبدالعاطي –مقيم مصري- أنَّه …`: some papers put the speaker's description between dashes, as others do
between commas (`أندري كورتونوف، رئيس مجلس الشؤون الدولية الروسي`). The role was read from the tree only: the shipped
parser sometimes hangs it on the name as `appos` (the role found), session 10's parser (`/work/parse10_model`,
MODEL.md session 10) as an `obl` of the verb, and both as an `amod` or `flat` of the name (the role lost). Now a
phrase between dashes right after the speaker, headed by a role noun (`rules/lexicons/role_nouns.tsv`: a job, rank,
title or descriptor), is the role whatever word the parse hung it on, as a phrase after a comma already was.

The sentences were written for the test (invented names and content), after an article on expatriates at Eid in
neither gold set. tests/data/entities/role_between_dashes.conllu holds each sentence twice: parsed by session 10's
step-1,800 parser (`…-pud-style`) and by the bundled model (`…-shipped`), entity tagger on; no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import PARSE_STYLES, documents_by_id, entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("role_between_dashes")


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("number", "cue", "speaker", "role"),
    [
        ("2", "وقالت", "ليلى حسن", "مقيمة مغربية"),
        ("3", "وأوضح", "خالد العمري", "متخصص في علم النفس"),
        ("4", "وأكد", "ماجد الشهري", "مهندس"),
    ],
)
def test_the_phrase_between_dashes_after_the_name_is_the_role(
    extractor: Extractor, style: str, number: str, cue: str, speaker: str, role: str
) -> None:
    assert sources(extractor, DOCUMENTS[f"role-between-dashes-{number}-{style}"]) == [(cue, speaker, speaker, role)]


GLUED = documents_by_id(Path(__file__).resolve().parent / "data" / "entities" / "glued_closing_dashes.conllu")


@pytest.mark.parametrize(
    ("doc_id", "cue", "role"),
    [
        ("dash-an", "وأكد", "أستاذ الإعلام بجامعة الملك عبدالعزيز"),
        ("dash-ila", "وأشار", "أستاذ الإعلام في جامعة الملك عبدالعزيز"),
    ],
)
def test_a_closing_dash_glued_to_the_roles_last_word_ends_it(extractor: Extractor, doc_id: str, cue: str, role: str) -> None:
    """`خالد بن سعد المطيري -أستاذ الإعلام بجامعة الملك عبدالعزيز- أن …`: the closing dash written without a space
    before it closes the role all the same; the role held the dash (sentences written for the test)."""
    speaker = "خالد بن سعد المطيري"
    assert sources(extractor, GLUED[doc_id]) == [(cue, speaker, speaker, role)]
