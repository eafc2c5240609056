"""Two words that are no source and no part of a source's role:

- `نقلت الوكالة عن فلان قائد الحرس الوطني قوله إن …`: the title after the name ends before `قوله` ("his saying"), the
  speech the agency relays, as it ends before a verb, a time word or a relative pronoun
  (`quotes.speakers.roles.description_after_name`);
- `واضاف انه "…"`: the complementizer with its pronoun, which the tokenizer left whole and the tagger called a proper
  noun, is no subject; the cue has none, the lawyer named before goes on speaking, and the quotation after the
  complementizer is a mixed quote (`quotes.drafts.words.could_be_source`).

Sentences written for the test (invented content), after records on an unseen SaudiNewsNet article;
tests/data/entities/saying_after_roles_and_whole_complementizers.conllu holds their parses (bundled model, entity
tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("saying_after_roles_and_whole_complementizers")


def test_the_role_ends_before_his_saying(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    [(quote)] = extractor.extract_parsed(documents["role-then-his-saying"])
    assert (quote.speaker.text, quote.role.text, quote.via.text) == ("سامي الحربي", "قائد الحرس الوطني", "وكالة الأنباء الكويتية")


def test_the_whole_complementizer_is_no_speaker(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    found = sources(extractor, documents["added-that-unsplit"])
    assert found[1] == ("واضاف", None, "خالد العمري", "المحامي")
    assert [quote.type for quote in extractor.extract_parsed(documents["added-that-unsplit"])] == ["direct", "mixed"]
