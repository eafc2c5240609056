"""Warning and noting verbs written with their shadda (`نبّه`، `نوّه`، `حذّر`) before a name are verbs, not the name.

The tagger saw these verbs mostly without the shadda; written with it and followed by a name (`ونبّه خالد السبيعي إلى
أن …`) it read the verb as the first word of the name (PROPN, lemma نَبّ), the parse made it the root with no verb,
and the quote was lost. rules/lexicons/verb_homographs.tsv now lists them: before the dependency parse, such a word
becomes the verb where only the verb can stand (a clause's start with a complementizer within reach), as بيّن written
بين does (quotes.verb_homographs; the form is matched without its shadda).

The sentences were written for the test (invented names and content), after `ونبّه قهوجي إلى أن «…»` and
`ونبّه سلام إلى أنّه «…»` on SaudiNewsNet articles in neither gold set. tests/data/entities/
verbs_written_with_shadda.conllu holds them parsed, with the repair, by the step-1,800 parser of session 10
(`…-pud-style`) and by the bundled model (`…-shipped`), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, RULES, entity_parses, quotes_found
from quotes.api import Extractor
from quotes.verb_homographs import VerbHomographs

DOCUMENTS = entity_parses("verbs_written_with_shadda")


@pytest.fixture(scope="module")
def homographs() -> VerbHomographs:
    return VerbHomographs.from_folder(RULES / "lexicons")


@pytest.mark.parametrize(
    ("sentence", "tags", "lemma"),
    [
        ("و نبّه خالد السبيعي إلى أن « الموسم لم ينته »", "CCONJ PROPN PROPN PROPN ADP SCONJ PUNCT NOUN PART VERB PUNCT", "نَبَّه"),
        ("و نوّه سامي الحربي ب أن التسجيل سيغلق", "CCONJ NOUN PROPN PROPN ADP SCONJ NOUN VERB", "نَوَّه"),
        ("و حذّرت منى العتيبي من أن الأمطار ستستمر", "CCONJ PROPN PROPN PROPN ADP SCONJ NOUN VERB", "حَذَّر"),
    ],
)
def test_the_verb_before_a_name_and_a_complementizer_is_retagged(
    homographs: VerbHomographs, sentence: str, tags: str, lemma: str
) -> None:
    ((index, reading),) = homographs.verbs_to_retag(sentence.split(), tags.split())
    assert (index, reading.lemma) == (1, lemma)


def test_the_noun_caution_with_no_complementizer_stays(homographs: VerbHomographs) -> None:
    # حذر شديد (great caution) at a clause start, no أن after it: no verb's position
    forms = "و حذر شديد يسود الأسواق بعد الإعلان".split()
    assert homographs.verbs_to_retag(forms, "CCONJ NOUN ADJ VERB NOUN ADP NOUN".split()) == []


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_the_parse_has_the_verb(style: str) -> None:
    graph = DOCUMENTS[f"shadda-verb-1-{style}"].sentences[0]
    verb = next(w for w in graph.words if w.text == "نبّه")
    assert (verb.upos, verb.deprel) == ("VERB", "root")


@pytest.mark.parametrize(
    ("doc_id", "found"),
    [
        ("shadda-verb-1", ("mixed", "ونبّه", "خالد السبيعي", "أن «الموسم لم ينته بعد»")),
        ("shadda-verb-2", ("indirect", "وحذّرت", "منى العتيبي", "أن الأمطار ستستمر حتى الخميس")),
        ("shadda-verb-3", ("indirect", "ونوّه", "سامي الحربي", "بأن التسجيل سيغلق مساء الأحد")),
    ],
)
@pytest.mark.parametrize("style", PARSE_STYLES)
def test_the_quote_of_a_verb_with_its_shadda_is_found(
    extractor: Extractor, doc_id: str, found: tuple[str, str, str, str], style: str
) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"{doc_id}-{style}"]) == [found]
