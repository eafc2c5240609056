"""A name in quotation marks right after the cue, then its title set off by commas, then the quotation: the name is the
speaker, not the speech (issue 10; the shape of a speaker error on SaudiNewsNet articles annotated in session 30,
outside the gold sets): `حيث أكد "مايكل براون"، مدير الشؤون الإعلامية لدى الشركة …، "لا داعي …"`. The speech is the
second quotation, and the subject-less cue after it goes on with the person, not with the company the sentence opened
with (quotes/drafts/quotations.py, `title_after_quoted_name`).

The sentence was written for the test (invented name and content).
tests/data/entities/quoted_names_with_titles_between_commas.conllu holds it as the bundled model parsed it (`quotes
parse`, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("quoted_names_with_titles_between_commas")


def test_a_quoted_name_with_its_title_between_commas_is_the_speaker(extractor: Extractor) -> None:
    first, second = sources(extractor, DOCUMENTS["quoted-name-title-and-quotation"])
    assert first[:3] == ("أكد", "مايكل براون", "مايكل براون")
    assert first[3] is not None and first[3].startswith("مدير الشؤون الإعلامية لدى تويوتا")
    assert second[:3] == ("وأضاف", None, "مايكل براون")


def test_the_speech_is_the_second_quotation(extractor: Extractor) -> None:
    [quote, _] = extractor.extract_parsed(DOCUMENTS["quoted-name-title-and-quotation"])
    assert quote.type == "direct"
    assert quote.content.text.startswith("لا داعي لتغيير أسلوب القيادة")
