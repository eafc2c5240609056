"""Who speaks, and as what, in the shapes of errors seen on SaudiNewsNet articles annotated in session 33 outside the
gold sets (issue 10):

- a description between dashes after a name whose last word is spelled like a title (`محمد الأمين –مقيم سوداني-`: the
  entity tagger reads الأمين into the name, and the description after the whole name is the role);
- a verb the entity tagger ran into the name of its subject (`وبيَّنت | نعيمة أبو هلال`, written with its vowel marks):
  no part of the name;
- `صاحبة` in construct after a name (`صاحبة مشغل نسائي`: rules/lexicons/role_nouns.tsv, beside صاحب);
- `كبير` in construct with the people he heads is a title before the name (`كبير المستشارين كولن باول`);
- the issuing of a decision (`صدور قرار`) is an act, no source (rules/lexicons/non_source_nouns.tsv), whatever the
  parse made its subject;
- a bare title with a nationality is the person the text named with that title and the country
  (`المبعوث الصيني` after `المبعوث الخاص لرئيس الصين … لي تشانغ`), in the entity table as in coreference;
- one definite word after a given name that the finders read into the name is the family name even where it spells a
  job (`سعد الكاتب`), now that `كبير` is a job as well (`عبدالرحمن الكبير`: tests/test_descriptions_after_names.py).

The sentences were written for the test (invented names and content). tests/data/entities/residents_owners_and_chiefs.conllu
holds them as the bundled model parsed them (`quotes parse`, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses
from quotes.api import Extractor

DOCUMENTS = entity_parses("residents_owners_and_chiefs")


@pytest.mark.parametrize(
    ("doc_id", "speaker", "role"),
    [
        ("resident-whose-name-ends-in-a-title", "محمد الأمين", "مقيم سوداني"),
        ("owner-of-a-workshop", "منى الغامدي", "صاحبة مشغل نسائي في جدة"),
        ("chief-of-the-advisers", "كولن باول", "كبير المستشارين"),
    ],
)
def test_the_name_and_its_role(extractor: Extractor, doc_id: str, speaker: str, role: str) -> None:
    (quote,) = extractor.extract_parsed(DOCUMENTS[doc_id])
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.speaker_resolved is not None and quote.speaker_resolved.text == speaker
    assert quote.role is not None and quote.role.text == role


def test_the_verb_is_no_part_of_the_name_after_it(extractor: Extractor) -> None:
    (quote,), table = extractor.extract_with_entities(DOCUMENTS["verb-with-its-vowel-marks"])
    assert quote.speaker_resolved is not None and quote.speaker_resolved.text == "نعيمة أبو هلال"
    assert quote.role is not None and quote.role.text == "مقيمة فلسطينية"
    assert [entity.canonical.text for entity in table if entity.type == "PER"] == ["نعيمة أبو هلال"]


def test_the_issuing_of_a_decision_is_no_source(extractor: Extractor) -> None:
    (quote,) = extractor.extract_parsed(DOCUMENTS["issuing-is-no-source"])
    assert quote.cue.text == "مشددا"
    assert quote.speaker is None and quote.speaker_resolved is None


def test_a_nationality_names_the_holder_by_his_country(extractor: Extractor) -> None:
    (quote,), table = extractor.extract_with_entities(DOCUMENTS["envoy-named-by-his-country"])
    assert quote.speaker is not None and quote.speaker.text == "المبعوث الصيني"
    assert quote.speaker_resolved is not None and quote.speaker_resolved.text == "لي تشانغ"
    (envoy,) = [entity for entity in table if entity.canonical.text == "لي تشانغ"]
    assert "المبعوث الصيني" in [mention.span.text for mention in envoy.mentions]


def test_a_family_name_spelled_like_a_job(extractor: Extractor) -> None:
    (quote,) = extractor.extract_parsed(DOCUMENTS["writer-as-family-name"])
    assert (quote.speaker.text if quote.speaker else None, quote.role) == ("سعد الكاتب", None)
