"""The body a person is from, written right after the name with من, is the role (the spec's "affiliation").

`ويقول فلان من مركز «…» للدراسات الاستراتيجية، «…»`، `وتقول فلانة، من جامعة أكسفورد: «…»`، `ونقلت الصحيفة عن فلان من
معهد الدراسات المالية أن …`: translated news names an expert by the institution he works at, and the read sets' gold
gives that phrase as the role. Only a phrase that a body's head noun opens (rules/lexicons/organisation_anaphors.tsv,
column head: مركز، جامعة، معهد …) counts: `من جهته` ("for his part") is no affiliation
(`speakers.roles.affiliation_after_name`).

A document written for the test (invented content); tests/data/entities/affiliations_after_names.conllu holds its
parse (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor


def test_the_institution_after_the_name_is_the_role(extractor: Extractor) -> None:
    document = entity_parses("affiliations_after_names")["affiliations"]
    assert [(speaker, role) for _, speaker, _, role in sources(extractor, document)] == [
        ("جون ميلر", "مركز «بروكسل» للدراسات الاستراتيجية"),
        ("سارة كونور", "جامعة أكسفورد البريطانية"),
        ("بيتر سميث", "معهد الدراسات المالية"),
        ("خالد العمري", None),
    ]
