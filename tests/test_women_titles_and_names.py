"""A woman's title and her given name. A feminine job noun after her name ends the name and opens her role
(`وتقول الأستاذة منيرة بنت سعد القحطاني وكيلة مدرسة ابتدائية بمدينة جدة: …`): the speaker is the name, never
`… القحطاني وكيلة`; the role is the job, not the courtesy title before the name (`الأستاذة`: tests/test_courtesy_titles.py). A
woman's given name after a feminine title and a rank shows where her name starts (`عميدة كلية التصاميم الدكتورة ندى
الحربي`: the speaker is `ندى الحربي`, not the whole phrase). Before, `وكيلة`، `عميدة`، `معلمة`، `مذيعة` … were not
in rules/lexicons/role_nouns.tsv (only their masculine forms) and `ندى`، `هناء`، `آلاء` … not in given_names.tsv, as
on SaudiNewsNet articles outside the gold sets (`الأستاذة شريفة بنت محمد العُمري وكيلة مدرسة متوسطة`، `عميدة الكلية
الدكتورة ندى التواتي`، `مارثا كلير موريس اخصائية التغذية`).

The sentences were written for the test (invented names and content); tests/data/entities/women_titles_and_names.conllu
holds the parses of both parsers (the bundled one and session 23's GPU-trained one); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("women_titles_and_names")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "cue", "speaker", "role"),
    [
        ("woman-title-after-name-1", "وتقول", "منيرة بنت سعد القحطاني", "وكيلة مدرسة ابتدائية بمدينة جدة"),
        ("woman-title-after-name-2", "وقالت", "منيرة بنت سعد القحطاني", "وكيلة مدرسة ابتدائية بمدينة جدة"),
        ("woman-title-after-name-3", "وأكدت", "سلمى الدوسري", "معلمة الرياضيات في المدرسة"),
        ("woman-title-after-name-4", "وقالت", "نورة العتيبي", "مذيعة قناة المجد"),
    ],
)
def test_a_feminine_job_after_the_name_is_her_role(
    extractor: Extractor, parser: str, doc_id: str, cue: str, speaker: str, role: str
) -> None:
    assert sources(extractor, DOCUMENTS[f"{doc_id}-{parser}"]) == [(cue, speaker, speaker, role)]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "cue", "speaker", "role"),
    [
        ("woman-name-after-title-1", "وأوضحت", "ندى الحربي", "عميدة كلية التصاميم الدكتورة"),
        ("woman-name-after-title-2", "وذكرت", "هناء السالم", "مديرة إدارة التوعية"),
    ],
)
def test_her_given_name_starts_the_name_after_her_title(
    extractor: Extractor, parser: str, doc_id: str, cue: str, speaker: str, role: str
) -> None:
    assert sources(extractor, DOCUMENTS[f"{doc_id}-{parser}"]) == [(cue, speaker, speaker, role)]
