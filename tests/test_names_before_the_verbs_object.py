"""A person's name ends where the verb's object begins (issue 10).

On SaudiNewsNet articles outside the gold sets, one article's whole entity table went wrong from two such words:
`اختتم الرئيس الأميركي باراك أوباما زيارته إلى …` (the tokenizer left زيارته whole and the tagger called it a
proper noun) gave the canonical name `باراك أوباما زيارته`, and `ودعا أوباما العالم إلى …` (the parse hung the
object under the name) a second person `أوباما العالم`; 24 quotes carried one or the other. A feminine noun with
the masculine pronoun glued to it (زيارته، جولته، مشاركته: ة written ت before ه) is no name word, as one with any
other pronoun was already (جاهزيتهم); and a proper noun standing alone, with no title, given name or name word
before it (أوباما، جونسون), takes no genitive: a definite common noun hung under it is what the verb is done to.
After a given name the same noun is a family name (`حمد العمر`). A description without the article after a name
(`نجم البرنامج`، `اختصاصي سوق الديون`: role_nouns.tsv, kind descriptor) opens an apposition as a title does.

The sentences were written for the test (invented content). tests/data/entities/names_before_the_verbs_object.conllu
holds each twice: parsed by session 10's step-1,800 parser (`…-pud-style`) and by the bundled model (`…-shipped`),
entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, sources
from quotes.api import Extractor
from quotes.graph import SentenceGraph, Word
from quotes.speakers.mention import mention_words

DOCUMENTS = entity_parses("names_before_the_verbs_object")


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("number", "name", "role"),
    [("1", "إيمانويل ماكرون", "الرئيس الفرنسي"), ("2", "جاستن ترودو", "رئيس الوزراء الكندي")],
)
def test_a_noun_with_its_pronoun_after_the_name_is_the_verbs_object(
    extractor: Extractor, style: str, number: str, name: str, role: str
) -> None:
    """`اختتم الرئيس الفرنسي إيمانويل ماكرون زيارته إلى …`: his visit, not part of his name."""
    found = sources(extractor, DOCUMENTS[f"name-before-object-{number}-{style}"])
    assert found and all(resolved == name and found_role == role for _, _, resolved, found_role in found)


def _word(style: str, number: str, sentence: int, text: str) -> tuple[SentenceGraph, Word]:
    graph = DOCUMENTS[f"name-before-object-{number}-{style}"].sentences[sentence]
    return graph, next(word for word in graph.words if word.text == text)


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_surname_alone_takes_no_genitive(style: str) -> None:
    """`ودعا جونسون العالم إلى الاستثمار …`: the parse hangs العالم under the name; the world is whom he calls on."""
    graph, name = _word(style, "3", 1, "جونسون")
    assert [word.text for word in mention_words(graph, name)] == ["جونسون"]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_after_a_given_name_the_definite_noun_is_the_family_name(extractor: Extractor, style: str) -> None:
    """`وأوضح حمد العمر أن …`"""
    graph, name = _word(style, "4", 0, "حمد")
    assert [word.text for word in mention_words(graph, name)] == ["حمد", "العمر"]
    assert sources(extractor, DOCUMENTS[f"name-before-object-4-{style}"]) == [("وأوضح", "حمد العمر", "حمد العمر", None)]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_description_after_the_name_is_no_part_of_it(extractor: Extractor, style: str) -> None:
    """`وأشار الداعية فهد الشمراني نجم البرنامج الرمضاني إلى أن …`: the star of the programme, not a name word."""
    assert sources(extractor, DOCUMENTS[f"name-before-object-5-{style}"]) == [("وأشار", "فهد الشمراني", "فهد الشمراني", "الداعية")]
