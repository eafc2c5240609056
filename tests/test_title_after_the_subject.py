"""A title right after the subject's name that the parse made the verb's object: `كشف الدكتور سالم العتيبي رئيس
لجنة المسابقات في الاتحاد، عن تأجيل …`، `أعلن اللواء ماجد الشهري رئيس هيئة الموانئ، أن …`. A verb of announcing,
stressing or denying took that object for its noun-phrase content, so the content opened with the title (and the
record lost its role); a role noun (role_nouns.tsv) as the object of these verbs is the subject's title, and the
content is found after it (the عن-phrase, the أن-clause). Not after وصف, whose object is often a person
(`ووصف المدرب اللاعبين بالأبطال`): that rule is one of its own; nor where the object is no role noun
(`وأكد المدير العام للشركة استمرار العمل …`).

Each sentence was written for the test (invented names and content), after records seen on SaudiNewsNet articles
outside the gold sets. tests/data/entities/title_after_the_subject.conllu holds the parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "title_after_the_subject.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


def found(extractor: Extractor, document: ParsedDocument) -> list[tuple[str, str | None, str | None, str]]:
    """(cue, speaker, role, content) of every quote."""
    return [
        (q.cue.text, q.speaker.text if q.speaker else None, q.role.text if q.role else None, q.content.text)
        for q in extractor.extract_parsed(document)
    ]


def test_a_title_is_not_the_content(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    [(cue, speaker, role, content)] = found(extractor, documents["title-object-1"])
    assert (cue, speaker, role) == ("كشف", "سالم العتيبي", "رئيس لجنة المسابقات في الاتحاد")
    assert content.endswith("تأجيل مباريات الجولة الأولى أسبوعا كاملا") and "رئيس" not in content


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("title-object-2", ("أعلن", "ماجد الشهري", "أن الميناء الجديد سيفتتح مطلع العام المقبل")),
        ("title-object-4", ("أكد", "نبيل الحربي", "ضرورة الالتزام بالإجراءات الوقائية في المدارس")),
        ("title-object-5", ("ووصف", "المدرب", "اللاعبين بالأبطال بعد الفوز الكبير على المنافس")),
        ("title-object-6", ("وأكد", "المدير العام للشركة", "استمرار العمل في المشروع حتى نهاية العام")),
    ],
)
def test_contents_after_the_subject(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: tuple[str, ...]
) -> None:
    assert [(cue, speaker, content) for cue, speaker, _, content in found(extractor, documents[doc_id])] == [expected]
