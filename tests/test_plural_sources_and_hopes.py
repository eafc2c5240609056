"""Sources named by a sound plural after an according-to marker, a medium that broadcast what it reports, and hope
with its clause (issue 10: missed quotes).

- After an ambiguous marker (بحسب، حسب، وفق …) the source must look like one. A sound plural whose singular can
  name a source is one, whatever lemma the tagger gave it: `…، بحسب مراقبين.` (مراقب, a descriptor of
  rules/lexicons/role_nouns.tsv; the tagger lemmatises مراقبين as مراقبي), `… بحسب منظمات حقوقية.` (منظمة, an
  organisation's head). A plural whose singular names nobody stays no source (`حسب المستويات`, "by level").
- `وبحسب ما بثته قناة …، فإن …`: a verb that spreads another's words (بث، أذاع، نشر: rules/lexicons/issuing_verbs.tsv,
  column spreads) names the medium that is the source after `بحسب ما`, as a reporting verb does; alone it is no cue.
- Hope with its content is a quote (spec, settled cases: `أعرب عن أمله في …`): `ويأمل الباحثون أن …`; the same
  letters read as contemplation (`وتأمل الجميل في الحياة، فإن …`) are no speech, nor is the writer's own `نأمل`.

Each sentence was written for the test (invented content), after shapes seen on SaudiNewsNet articles that are in
neither gold set. tests/data/entities/plural_sources_and_hopes.conllu holds each sentence twice: parsed by the
step-1,800 parser of MODEL.md's session 10 (ids `…-pud-style`) and by the bundled model (ids `…-shipped`), entity
tagger on; no model is loaded. (The GPU parser of session 23, /work/models/gpu23a, gives the same quotes.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import PARSE_STYLES, documents_by_id, quotes_found
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "plural_sources_and_hopes.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("doc_id", "source", "content"),
    [
        ("observers-end", "مراقبين", "وأغلقت السلطات ثلاث مدارس في المنطقة الشرقية بعد انتشار الحمى بين الطلاب"),
        ("organisations-end", "منظمات حقوقية", "وقتل أكثر من مئتي مدني في القصف خلال الأسبوع الماضي"),
    ],
)
def test_a_sound_plural_of_a_source_noun_after_the_marker_is_the_source(
    extractor: Extractor, documents: dict[str, ParsedDocument], style: str, doc_id: str, source: str, content: str
) -> None:
    # the clause before the marker is the content; no quote before (the plural was no source)
    assert quotes_found(extractor, documents[f"{doc_id}-{style}"]) == [("according_to", "بحسب", source, content)]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_plural_that_names_nobody_is_no_source(
    extractor: Extractor, documents: dict[str, ParsedDocument], style: str
) -> None:
    assert quotes_found(extractor, documents[f"levels-no-source-{style}"]) == []


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_the_medium_that_broadcast_it_is_the_source(
    extractor: Extractor, documents: dict[str, ParsedDocument], style: str
) -> None:
    assert quotes_found(extractor, documents[f"broadcast-what-{style}"]) == [
        ("according_to", "وبحسب", "قناة الإخبارية", "فإن الوفد الوزاري سيصل إلى جدة مساء الغد")
    ]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_hope_with_its_clause_is_a_quote(extractor: Extractor, documents: dict[str, ParsedDocument], style: str) -> None:
    assert quotes_found(extractor, documents[f"hope-clause-{style}"]) == [
        ("indirect", "ويأمل", "الباحثون", "أن تساعد النتائج الجديدة في علاج المرض خلال السنوات المقبلة")
    ]


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize("doc_id", ["contemplation", "hope-first-person"])
def test_contemplation_and_the_writers_own_hope_are_no_quotes(
    extractor: Extractor, documents: dict[str, ParsedDocument], style: str, doc_id: str
) -> None:
    assert quotes_found(extractor, documents[f"{doc_id}-{style}"]) == []
