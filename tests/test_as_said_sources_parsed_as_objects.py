"""A source named after its content (the spec's `…، كما أفاد فلان`) that the parse makes the verb's object.

After a comma and كما the verb reports nothing after it (`…، كما أفادت وسائل إعلام رسمية.`), so a small parser takes
the source for its object and the cue had no subject: the clause before the comma was no quote. The object right
after the cue is now the subject where the word itself can name a source (a name, a title, a body, a group, a medium,
a statement: `وسائل إعلام`، `تقديرات الغرفة التجارية`) and no clause hangs under it. Not where كما is "also" and the
object is what was said or done (`…، كما أكد دعم الوزارة للناشرين`، `…، كما تفقد أقسام الطوارئ`).

Each sentence was written for the test (invented names and content), after quotes missed on SaudiNewsNet articles
outside the gold sets (`…، كما أفادت وسائل إعلام محلية.`، `…، كما تشير تصريحات الوزارة ضمنيا.`).
tests/data/entities/as_said_sources_parsed_as_objects.conllu holds each sentence twice: parsed by the step-1,800
parser of MODEL.md's session 10 (`…-pud-style`, PUD's conventions) and by the bundled model (`…-shipped`), entity
tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("as_said_sources_parsed_as_objects")


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("as-object-1", ("indirect", "أفادت", "وسائل إعلام رسمية", "وانهار جزء من الجسر القديم فوق النهر صباح اليوم")),
        (
            "as-object-2",
            (
                "indirect",
                "يقول",
                "هاريسون",
                "وارتفعت أسعار الذهب بشكل حاد خلال الأسبوع الماضي بعد قرار البنك المركزي",
            ),
        ),
        (
            "as-object-3",
            ("indirect", "تشير", "تقديرات الغرفة التجارية", "وتراجع عدد السياح في المدينة الساحلية بنسبة كبيرة هذا الصيف"),
        ),
    ],
)
def test_the_source_after_as_is_the_subject(
    extractor: Extractor, style: str, doc_id: str, expected: tuple[str, ...]
) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"{doc_id}-{style}"]) == [expected]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_also_with_what_was_said_takes_no_clause_before(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"as-also-not-source-1-{style}"]) == [
        ("indirect", "أكد", None, "دعم الوزارة للناشرين المحليين")
    ]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_also_with_an_act_is_no_quote(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"as-also-not-source-2-{style}"]) == []
