"""scripts/unseen_sample.py: a sample of news "no rule was tuned on" must hold no gold article, whatever its id (the
gold sets keep SaudiNewsNet articles under ids of their own). Written documents in a temporary corpus and gold folder."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "unseen_sample.py"

GOLD_DEV = (
    "وقال مدير المرور العقيد سالم العتيبي إن الطريق سيفتح الأسبوع المقبل بعد انتهاء أعمال الصيانة التي استمرت"
    " شهرين كاملين في وسط المدينة القديمة."
)
GOLD_CHECK = (
    "أكدت وزارة الصحة أن الحملة الوطنية للتطعيم ستشمل جميع المدارس الحكومية والأهلية في المنطقة خلال العام الدراسي"
    " المقبل، وأن التسجيل سيكون إلكترونيا بالكامل."
)
OTHER = [f"ذكرت الهيئة العامة للإحصاء أن عدد الزوار بلغ {n} ألفا خلال موسم الصيف، بزيادة ملحوظة عن العام الماضي." for n in range(10)]


@pytest.fixture(scope="module")
def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("unseen_sample", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_gold_article_under_the_corpus_id_is_never_drawn(script: ModuleType, tmp_path: Path) -> None:
    for name, text in (("dev", GOLD_DEV), ("check", GOLD_CHECK)):
        (tmp_path / "gold" / name).mkdir(parents=True)
        (tmp_path / "gold" / name / f"snn_{name}_docs.jsonl").write_text(
            json.dumps({"id": f"snn{name[0].upper()}-001", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    corpus = tmp_path / "corpus.jsonl.gz"
    rows = [{"id": f"snn-2015-07-21-{n:04d}", "text": text} for n, text in enumerate(OTHER)]
    # the gold articles again, under the corpus's ids, one with a headline line before it
    rows += [{"id": "snn-2015-08-06-2248", "text": GOLD_DEV}, {"id": "snn-2015-08-01-0877", "text": "عنوان الخبر\n" + GOLD_CHECK}]
    with gzip.open(corpus, "wt", encoding="utf-8") as stream:
        stream.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    output = tmp_path / "sample.jsonl"
    assert script.main([str(corpus), "--gold", str(tmp_path / "gold"), "--count", "50", "--seed", "3", "-o", str(output)]) == 0
    drawn = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert sorted(row["id"] for row in drawn) == sorted(f"snn-2015-07-21-{n:04d}" for n in range(10))


def test_a_pattern_and_a_count_narrow_the_sample_in_a_seeded_order(script: ModuleType) -> None:
    corpus = [{"id": str(n), "text": text} for n, text in enumerate(OTHER)]
    gold = script.GoldTexts([GOLD_DEV])
    first = script.draw(corpus, gold, 3, seed=7, matching="بلغ [0-4] ")
    assert len(first) == 3 and all(int(row["id"]) < 5 for row in first)
    assert first == script.draw(corpus, gold, 3, seed=7, matching="بلغ [0-4] ")
