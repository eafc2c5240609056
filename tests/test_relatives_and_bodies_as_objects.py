"""Who a kinship phrase before a name names, and where a body's name ends before the verb's object.

- A kinship noun in construct with a definite noun before a name (`وقالت والدة المواطن عبدالرحمن السبيعي`; the `kin`
  column of rules/lexicons/role_nouns.tsv) leaves the name to the genitive, and the relative speaks by the whole
  phrase with no role, however the tagger read the genitive (`شقيق المجند خالد الزهراني`، `المجند` tagged a proper
  noun); but a woman's given name (rules/lexicons/given_names.tsv, gender f) after a feminine kinship noun and a
  masculine genitive cannot be the genitive's: it is the relative's own, she speaks by her name and the kinship phrase
  is her role (`وقالت والدة اللاعب هند السبيعي` → `هند السبيعي`, role `والدة اللاعب`; the spec: the source's described
  relation is its role). A man's name there stays the genitive's (`والدة الطالب سعد المالكي`).
- A noun with the article is never in construct: a body named by its definite head noun right after a definite subject
  (`ودعت الرابطة | الحكومة إلى …`، `وطالبت النقابة | الشركة بصرف …`; rules/lexicons/organisation_anaphors.tsv) is the
  verb's object, whatever relation the parse gave it, and no part of the speaker's name.

Each sentence was written for the test (invented names and content), after records seen on SaudiNewsNet articles in
neither gold set. tests/data/entities/relatives_and_bodies_as_objects.conllu holds the parses of the bundled model
(`-shipped`) and of session 23's GPU-trained news parser (`-gpu23`); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("relatives_and_bodies_as_objects")
PARSERS = ("shipped", "gpu23")


def found(extractor: Extractor, doc_id: str, parser: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(cue, speaker, speaker_resolved, role) of every quote of the document as `parser` parsed it."""
    return sources(extractor, DOCUMENTS[f"{doc_id}-{parser}"])


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "cue", "name", "role"),
    [
        ("relative-named-1", "وقالت", "هند السبيعي", "والدة اللاعب"),
        ("relative-named-2", "وأكدت", "سلمى العمري", "زوجة المدير"),
    ],
)
def test_a_womans_name_after_a_feminine_relative_of_a_man_is_hers_and_the_relation_her_role(
    extractor: Extractor, parser: str, doc_id: str, cue: str, name: str, role: str
) -> None:
    assert found(extractor, doc_id, parser) == [(cue, name, name, role)]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "cue", "relative"),
    [
        ("relative-unnamed-1", "وقال", "شقيق المجند خالد الزهراني"),
        ("relative-unnamed-2", "وقالت", "والدة الطالب سعد المالكي"),
    ],
)
def test_the_name_after_a_relative_and_a_definite_genitive_is_the_genitives(
    extractor: Extractor, parser: str, doc_id: str, cue: str, relative: str
) -> None:
    assert found(extractor, doc_id, parser) == [(cue, relative, relative, None)]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(("doc_id", "cue", "body"), [("body-object-1", "ودعت", "الرابطة"), ("body-object-2", "وطالبت", "النقابة")])
def test_a_body_right_after_a_definite_subject_is_the_verbs_object_not_part_of_its_name(
    extractor: Extractor, parser: str, doc_id: str, cue: str, body: str
) -> None:
    assert found(extractor, doc_id, parser) == [(cue, body, body, None)]
