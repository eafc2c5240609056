"""`وقال فيرنر لهيئة البث الكندية إن …`: a ل-phrase hung on a person's name is whom they spoke to (issue 9).

A name takes no ل-phrase of its own, so one under the speaker's name is its addressee, whatever body it names (the
addressee test before knew only media heads and names: `لوكالة رويترز`، `لـ"سبق"`). The shipped parser hangs the
phrase on the verb, as PUD's trees do for an addressee; the parser trained on PUD's conventions of MODEL.md's session 10
often hangs it on the name (`ساذرلاند لهيئة الإذاعة البريطانية (بي بي سي)` became the speaker on an unseen
SaudiNewsNet article).

The sentence was written for the test (invented name). tests/data/entities/lam_phrase_under_a_name.conllu holds it
parsed by session 10's step-1,800 parser (`…-pud-style`) and by the bundled model (`…-shipped`), entity tagger on;
no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("lam_phrase_under_a_name")


def test_the_fixture_holds_both_attachments() -> None:
    def head_of(doc_id: str) -> str:
        graph = DOCUMENTS[doc_id].sentences[0]
        body = next(w for w in graph.words if w.text == "هيئة")
        return graph.word(body.head).text

    assert head_of("lam-phrase-under-a-name-1-pud-style") == "فيرنر"
    assert head_of("lam-phrase-under-a-name-1-shipped") == "قال"


@pytest.mark.parametrize("style", ("pud-style", "shipped"))
def test_a_lam_phrase_under_the_speakers_name_is_the_addressee(extractor: Extractor, style: str) -> None:
    # the PUD-style parse once gave the speaker فيرنر لهيئة البث الكندية
    assert sources(extractor, DOCUMENTS[f"lam-phrase-under-a-name-1-{style}"]) == [("وقال", "فيرنر", "فيرنر", None)]
