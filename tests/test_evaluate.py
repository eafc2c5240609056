"""The scorer: agreement with the reference quote_score.py, its pieces, the baseline, `quotes eval`.

The dev gold and a copy of the reference scorer live in tests/data/gold/ (see
its README for their origin), so nothing here needs ../shared or a model.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.api import Extractor
from quotes.baseline import RegexBaseline
from quotes.cli import QuotesGroup
from quotes.cli.evaluate import COMMANDS
from quotes.evaluate import (
    ERROR_KINDS,
    ScoredQuote,
    content_overlap,
    evaluate,
    gold_spans,
    match_quotes,
    mentions_agree,
    read_documents,
    read_jsonl,
    score_words,
    word_f1,
)
from quotes.model import Quote, Span

GOLD = Path(__file__).parent / "data" / "gold"
DEV_SETS = ("seed", "pud_dev", "snn_dev")


# ---------------------------------------------------------------- fixtures


@cache
def reference() -> ModuleType:
    spec = importlib.util.spec_from_file_location("quote_score", GOLD / "quote_score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def dev(name: str) -> tuple[dict[str, str], list[dict[str, Any]]]:
    return read_documents(GOLD / f"{name}_docs.jsonl"), read_jsonl(GOLD / f"{name}_gold.jsonl")


@cache
def extractor() -> Extractor:
    return Extractor()


@cache
def pud_predictions() -> list[dict[str, Any]]:
    """The extractor's records on the gold PUD parses (rules only, no model)."""
    conllu = (GOLD / "pud_dev.conllu").read_text(encoding="utf-8")
    return [quote.to_dict() for _, quotes in extractor().extract_conllu(conllu) for quote in quotes]


def baseline_predictions(name: str) -> list[dict[str, Any]]:
    texts, _ = dev(name)
    return [quote.to_dict() for quote in RegexBaseline.from_lexicon().extract_many(texts.items())]


def reference_score(
    texts: dict[str, str], gold: list[dict[str, Any]], pred: list[dict[str, Any]]
) -> tuple[dict[str, Any], list[tuple[int, int]]]:
    """What ``quote_score.py score`` computes, the way its main() computes it."""
    ref = reference()
    docs = {doc_id: {"id": doc_id, "text": text} for doc_id, text in texts.items()}
    gold_placed, _ = ref.gold_spans(docs, gold)
    bad = ref.check_pred(docs, pred)
    kept = [p for p in pred if p.get("doc_id") in docs and isinstance(p.get("content"), dict)]
    result, pairs = ref.score(docs, gold_placed, kept)
    result["bad_pred_spans"] = len(bad)
    return result, pairs


def assert_agrees(texts: dict[str, str], gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> None:
    expected, expected_pairs = reference_score(texts, gold, pred)
    ours = evaluate(texts, gold, pred)
    figures = ours.to_dict()
    assert {key: figures[key] for key in expected} == expected
    assert list(figures)[: len(expected)] == list(expected)
    assert sorted((pair.predicted, pair.gold) for pair in ours.pairs) == sorted(expected_pairs)


def gold_as_predictions(texts: dict[str, str], gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    records = []
    for quote in gold_spans(texts, gold).quotes:
        record: dict[str, Any] = {"doc_id": quote.doc_id, "type": quote.type}
        for field in ("content", "cue", "speaker", "speaker_resolved", "role", "via"):
            value = getattr(quote, field)
            record[field] = None if value is None else value.to_dict()
        records.append(record)
    return records


# ---------------------------------------------------------------- agreement with the reference


@pytest.mark.parametrize("name", DEV_SETS)
def test_gold_spans_agree_with_the_reference(name: str) -> None:
    texts, gold = dev(name)
    docs = {doc_id: {"id": doc_id, "text": text} for doc_id, text in texts.items()}
    expected, expected_problems = reference().gold_spans(docs, gold)
    placed = gold_spans(texts, gold)
    assert placed.problems == tuple(expected_problems) == ()
    assert len(placed.quotes) == len(expected) == len(gold)
    for ours, theirs in zip(placed.quotes, expected, strict=True):
        assert ours.line == theirs["line"]
        assert ours.type == theirs["type"]
        for field in ("content", "cue", "speaker", "speaker_resolved", "role", "via"):
            span = getattr(ours, field)
            assert (span.to_dict() if span else None) == theirs[field], (ours.line, field)


def test_gold_problems_are_the_references() -> None:
    texts = {"d1": "قال الوزير إن الوضع مستقر. قال الوزير إن الوضع صعب."}
    gold = [
        {
            "doc_id": "d1",
            "type": "indirect",
            "cue": "قال",
            "cue_context": "قال الوزير",
            "content": "إن الوضع صعب",
            "speaker": "الوزير",
        },
        {"doc_id": "d9", "type": "indirect", "cue": "قال", "content": "إن"},
        {"doc_id": "d1", "type": "quote", "cue": "قال", "cue_context": "مستقر. قال", "content": "غير موجود"},
    ]
    docs = {doc_id: {"id": doc_id, "text": text} for doc_id, text in texts.items()}
    expected_quotes, expected_problems = reference().gold_spans(docs, gold)
    placed = gold_spans(texts, gold)
    assert placed.problems == tuple(expected_problems)
    assert "gold line 1 (d1): cue_context 'قال الوزير' occurs 2 times" in placed.problems
    assert "gold line 2: unknown doc_id 'd9'" in placed.problems
    assert [quote.line for quote in placed.quotes] == [q["line"] for q in expected_quotes] == [1]


def test_extractor_on_the_pud_gold_parses_agrees_with_the_reference() -> None:
    texts, gold = dev("pud_dev")
    assert_agrees(texts, gold, pud_predictions())


@pytest.mark.parametrize("name", DEV_SETS)
def test_baseline_scores_agree_with_the_reference(name: str) -> None:
    texts, gold = dev(name)
    assert_agrees(texts, gold, baseline_predictions(name))


@pytest.mark.parametrize("name", DEV_SETS)
def test_gold_scored_against_itself_is_perfect(name: str) -> None:
    texts, gold = dev(name)
    pred = gold_as_predictions(texts, gold)
    assert_agrees(texts, gold, pred)
    result = evaluate(texts, gold, pred)
    assert result.e2e.f1 == result.e2e_role.f1 == 1.0
    assert result.errors == ()


def test_bad_predicted_spans_are_counted_as_the_reference_counts_them() -> None:
    texts, gold = dev("seed")
    pred = gold_as_predictions(texts, gold)
    pred[0]["speaker"] = {"text": "غير موجود", "start": 0, "end": 9}  # does not index the text: counted, kept
    pred[1]["content"] = "إن بوتين"  # not a span: counted, dropped
    pred.append({"doc_id": "nowhere", "type": "direct", "content": {"text": "x", "start": 0, "end": 1}})
    assert_agrees(texts, gold, pred)
    result = evaluate(texts, gold, pred)
    assert result.bad_pred_spans == 3
    assert len(result.predicted) == 13  # 15 records: one without a content span, one of an unknown document


@st.composite
def perturbed_predictions(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Gold quotes moved, cut, retyped, dropped and duplicated: ties and near-misses included."""
    texts, gold = dev("seed")
    records = gold_as_predictions(texts, gold)
    text = texts["seed-001"]
    chosen = draw(st.lists(st.sampled_from(range(len(records))), max_size=20))
    out = []
    for index in chosen:
        record = json.loads(json.dumps(records[index]))
        content = record["content"]
        shift = draw(st.integers(-40, 40))
        cut = draw(st.integers(-40, 40))
        start = min(max(0, content["start"] + shift), len(text) - 1)
        end = min(max(start + 1, content["end"] + cut), len(text))
        record["content"] = {"text": text[start:end], "start": start, "end": end}
        if draw(st.booleans()):
            record["type"] = draw(st.sampled_from(["direct", "indirect", "mixed", "according_to"]))
        if draw(st.booleans()):
            other = records[draw(st.sampled_from(range(len(records))))]
            record["speaker_resolved"] = other["speaker_resolved"]
            record["role"] = other["role"]
        out.append(record)
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(perturbed_predictions())
def test_perturbed_predictions_agree_with_the_reference(pred: list[dict[str, Any]]) -> None:
    texts, gold = dev("seed")
    assert_agrees(texts, gold, pred)


def test_eval_json_prints_what_the_reference_script_prints(tmp_path: Path) -> None:
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in pud_predictions()), encoding="utf-8")
    docs, gold = str(GOLD / "pud_dev_docs.jsonl"), str(GOLD / "pud_dev_gold.jsonl")
    script = subprocess.run(
        [sys.executable, str(GOLD / "quote_score.py"), "score", docs, gold, str(pred_path), "--json"],
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    )
    expected = json.loads(script.stdout)
    result = run_eval("--docs", docs, "--gold", gold, "--pred", str(pred_path), "--json")
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert {key: printed[key] for key in expected} == expected


# ---------------------------------------------------------------- normalisation and agreement


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("والرئيس", ("رئيس",)),
        ("للشركة", ("شركه",)),
        ("وزير الخارجية الروسي", ("زير", "خارجيه", "روسي")),  # the clitic rule is blind: وزير loses و on both sides
        ("قَالَ الـمتحدث", ("قال", "متحدث")),  # diacritics and tatweel go
        ("إسرائيل أمريكا آسيا", ("اسرائيل", "امريكا", "اسيا")),
        ("مستشفى", ("مستشفي",)),
        ('جريدة "سانت لويس"', ("جريده", "سانت", "ويس")),  # punctuation splits words; لويس loses its "clitic" ل
        ("ولد", ("ولد",)),  # too short to lose و
    ],
)
def test_score_words_normalise_as_the_spec_says(written: str, words: tuple[str, ...]) -> None:
    assert score_words(written) == words
    assert tuple(reference().norm(written).split()) == words


def span(text: str) -> Span:
    return Span(text=text, start=0, end=len(text))


@pytest.mark.parametrize(
    ("predicted", "gold", "agree"),
    [
        ("لافروف", "سيرجي لافروف", True),  # the spec's own example: F1 2/3
        ("وزير الخارجية الروسي سيرجي", "سيرجي لافروف", False),  # F1 1/3
        ("الصحيفة", "صحيفة كوميرسانت", True),
        ("صحيفة كوميرسانت", "كوميرسانت", True),
        ("المتحدثة باسم هارلي-ديفيدسون", "هارلي", False),
        ("فلاديمير فرولوف", "فلاديمير فرولوف", True),
        ("أندري كورتونوف", "فلاديمير فرولوف", False),
    ],
)
def test_speaker_agreement_on_real_mentions(predicted: str, gold: str, agree: bool) -> None:
    assert mentions_agree(span(predicted), span(gold)) is agree
    assert reference().text_match({"text": predicted}, {"text": gold}) is agree


def test_absent_mentions() -> None:
    assert mentions_agree(None, None)  # no role in either: right
    assert not mentions_agree(span("وزير الخارجية الروسي"), None)
    assert not mentions_agree(None, span("سيرجي لافروف"))
    assert not mentions_agree(span("،"), span("،"))  # no words left: never agrees
    assert word_f1("لافروف", "سيرجي لافروف") == pytest.approx(2 / 3)


def scored(doc_id: str, start: int, end: int, text: str = "", quote_type: str = "indirect") -> ScoredQuote:
    return ScoredQuote(doc_id=doc_id, type=quote_type, content=Span(text or "x" * (end - start), start, end))


def test_content_matches_at_half_the_longer_span() -> None:
    assert content_overlap(Span("x" * 10, 0, 10), Span("x" * 20, 0, 20)) == 0.5
    assert match_quotes([scored("d", 0, 10)], [scored("d", 0, 20)])  # exactly half: a match
    assert not match_quotes([scored("d", 0, 9)], [scored("d", 0, 20)])  # under half: none
    assert not match_quotes([scored("a", 0, 20)], [scored("b", 0, 20)])  # other document: none


def test_matching_is_one_to_one_best_overlap_first() -> None:
    gold = [scored("d", 0, 100)]
    pred = [scored("d", 0, 60), scored("d", 0, 95)]
    (pair,) = match_quotes(pred, gold)
    assert (pair.predicted, pair.gold, pair.overlap) == (1, 0, 0.95)


def test_equal_overlaps_go_as_in_the_reference() -> None:
    gold = [scored("d", 0, 10), scored("d", 0, 10)]
    pred = [scored("d", 0, 10), scored("d", 0, 10), scored("d", 0, 10)]
    ours = [(pair.predicted, pair.gold) for pair in match_quotes(pred, gold)]
    as_dicts = [{"doc_id": q.doc_id, "content": q.content.to_dict()} for q in pred]
    assert ours == reference().match(as_dicts, [{"doc_id": q.doc_id, "content": q.content.to_dict()} for q in gold])
    assert ours == [(2, 1), (1, 0)]


# ---------------------------------------------------------------- figures and errors on a real sentence

SENTENCE = 'وقال وزير الخارجية الروسي سيرجي لافروف إن الوضع أصبح أكثر غموضاً. وأضاف: "لن نتدخل".'


def gold_record(**fields: Any) -> dict[str, Any]:
    return {"doc_id": "d1", "via": None, "role": None, "speaker_resolved": None, **fields}


def test_figures_and_the_error_listing() -> None:
    texts = {"d1": SENTENCE, "d2": "لا اقتباس هنا."}
    gold = [
        gold_record(
            type="indirect",
            cue="وقال",
            content="إن الوضع أصبح أكثر غموضاً",
            speaker="سيرجي لافروف",
            role="وزير الخارجية الروسي",
        ),
        gold_record(
            type="direct",
            cue="وأضاف",
            content="لن نتدخل",
            speaker=None,
            speaker_resolved="سيرجي لافروف",
            role="وزير الخارجية الروسي",
        ),
    ]

    def at(text: str, doc: str = "d1") -> dict[str, Any]:
        start = texts[doc].index(text)
        return {"text": text, "start": start, "end": start + len(text)}

    pred = [
        {
            "doc_id": "d1",
            "type": "indirect",
            "content": at("إن الوضع أصبح أكثر غموضاً"),
            "cue": at("وقال"),
            "speaker": at("لافروف"),
            "speaker_resolved": None,
            "role": None,
        },
        {
            "doc_id": "d1",
            "type": "direct",
            "content": at("لن نتدخل"),
            "cue": at("وأضاف"),
            "speaker": None,
            "speaker_resolved": at("وزير الخارجية الروسي"),
            "role": None,
        },
        {"doc_id": "d2", "type": "indirect", "content": at("اقتباس هنا", "d2"), "cue": at("لا", "d2")},
    ]
    result = evaluate(texts, gold, pred)
    assert (result.matched, result.speaker_right, result.speaker_and_role_right) == (2, 1, 0)
    assert result.quote.rounded() == (0.6667, 1.0, 0.8)
    assert result.e2e.rounded() == (0.3333, 0.5, 0.4)
    assert result.e2e_role.f1 == 0.0
    direct = result.by_type[0]
    assert (direct.type, direct.gold, direct.predicted, direct.correct) == ("direct", 1, 1, 1)
    assert [error.kind for error in result.errors] == ["false_alarm", "wrong_speaker", "wrong_role"]
    assert set(ERROR_KINDS) >= {error.kind for error in result.errors}
    wrong_speaker = result.errors_of("wrong_speaker")[0]
    assert "pred='وزير الخارجية الروسي' gold='سيرجي لافروف'" in wrong_speaker.describe()
    assert result.errors_of("wrong_role")[0].describe().endswith("pred=None gold='وزير الخارجية الروسي'")
    assert result.errors_of("false_alarm")[0].describe() == "d2 [indirect] «اقتباس هنا» ← —"
    assert_agrees(texts, gold, pred)
    with pytest.raises(ValueError, match="unknown error kind 'missing'; kinds: missed, false_alarm"):
        result.errors_of("missing")


def test_quote_objects_score_like_their_records() -> None:
    texts, gold = dev("pud_dev")
    conllu = (GOLD / "pud_dev.conllu").read_text(encoding="utf-8")
    quotes: list[Quote] = [quote for _, found in extractor().extract_conllu(conllu) for quote in found]
    assert evaluate(texts, gold, quotes).to_dict() == evaluate(texts, gold, [q.to_dict() for q in quotes]).to_dict()


# ---------------------------------------------------------------- the baseline


def test_baseline_finds_the_seeds_first_quote() -> None:
    texts, _ = dev("seed")
    text = texts["seed-001"]
    quotes = RegexBaseline.from_lexicon().extract(text, "seed-001")
    first = quotes[0]
    assert (first.type, first.cue.text, first.cue.lemma) == ("indirect", "ذكرت", "ذكر")
    assert first.speaker is not None and first.speaker.text == "صحيفة كوميرسانت"
    assert first.content.text.startswith("أن الرئيس الروسي فلاديمير بوتين عرض")
    assert first.evidence.rule_id == "baseline-complementizer"
    for quote in quotes:
        for value in (quote.content, quote.cue.span, quote.speaker):
            assert value is None or text[value.start : value.end] == value.text


def test_baseline_colon_and_quote_marks() -> None:
    text = 'وأضاف: "يكمن الخطر في الانقسامات". وقالت الوزارة «لن نتراجع».'
    quotes = RegexBaseline.from_lexicon().extract(text, "d")
    assert [(q.type, q.cue.text, q.speaker.text if q.speaker else None, q.content.text) for q in quotes] == [
        ("direct", "وأضاف", None, "يكمن الخطر في الانقسامات"),
        ("direct", "وقالت", "الوزارة", "لن نتراجع"),
    ]
    assert RegexBaseline.from_lexicon().extract("ذهب الوزير إلى المؤتمر.", "d") == []


def test_baseline_records_have_the_extractors_shape() -> None:
    texts, _ = dev("seed")
    baseline = RegexBaseline.from_lexicon().extract(texts["seed-001"], "seed-001")
    system = pud_predictions()
    assert list(baseline[0].to_dict()) == list(system[0])


def test_the_extractor_beats_the_baseline_on_the_pud_gold_parses() -> None:
    texts, gold = dev("pud_dev")
    system = evaluate(texts, gold, pud_predictions())
    baseline = evaluate(texts, gold, baseline_predictions("pud_dev"))
    assert system.e2e.f1 > baseline.e2e.f1 + 0.2


# ---------------------------------------------------------------- quotes eval


def run_eval(*args: str, stdin: str | None = None) -> Any:
    group = QuotesGroup(name="quotes")
    for command in COMMANDS:
        group.add_command(command)
    return CliRunner().invoke(group, ["eval", *args], input=stdin)


PUD_ARGS = ("--docs", str(GOLD / "pud_dev_docs.jsonl"), "--gold", str(GOLD / "pud_dev_gold.jsonl"))


def test_eval_on_the_pud_parses_prints_the_table_and_errors() -> None:
    result = run_eval(*PUD_ARGS, "--conllu", str(GOLD / "pud_dev.conllu"), "--baseline", "--errors", "2")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("155 documents, 66 gold quotes, ")
    for label in (
        "extractor",
        "baseline",
        "quotes",
        "end-to-end role",
        "direct (27)",
        "indirect (30)",
        "mixed (5)",
        "according_to (4)",
        "-- missed gold quotes: ",
        "-- false alarms: ",
        "-- wrong speaker (pred vs gold): ",
        "-- wrong role, right speaker (pred vs gold): ",
    ):
        assert label in out, label
    texts, gold = dev("pud_dev")
    system = evaluate(texts, gold, pud_predictions())
    assert f"end-to-end F1 {system.e2e.f1:.4f}, end-to-end role F1 {system.e2e_role.f1:.4f} (baseline " in out
    missed = system.errors_of("missed")
    if len(missed) > 2:
        assert f"  … and {len(missed) - 2} more" in out


def test_eval_json_with_baseline_and_errors() -> None:
    result = run_eval(*PUD_ARGS, "--conllu", str(GOLD / "pud_dev.conllu"), "--baseline", "--errors", "1", "--json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["docs"] == 155 and record["gold"] == 66
    assert set(record["by_type"]) == {"direct", "indirect", "mixed", "according_to"}
    assert record["baseline"]["e2e_f1"] < record["e2e_f1"]
    assert {error["kind"] for error in record["errors"]} <= set(ERROR_KINDS)


def test_eval_reads_predictions_from_stdin() -> None:
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in pud_predictions())
    result = run_eval(*PUD_ARGS, "--pred", "-", "--json", stdin=lines)
    assert result.exit_code == 0, result.output
    texts, gold = dev("pud_dev")
    assert json.loads(result.stdout)["e2e_f1"] == evaluate(texts, gold, pud_predictions()).to_dict()["e2e_f1"]


def test_eval_errors_are_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "pred.jsonl"
    bad.write_text('{"doc_id": "n01001011"}\nnot json\n', encoding="utf-8")
    result = run_eval(*PUD_ARGS, "--pred", str(bad))
    assert result.exit_code == 2
    assert result.stderr == f"quotes: error: {bad}:2: not JSON: Expecting value\n"
    both = run_eval(*PUD_ARGS, "--pred", str(bad), "--conllu", str(GOLD / "pud_dev.conllu"))
    assert both.exit_code == 2
    assert "give --pred or --conllu, not both" in both.stderr


def test_eval_warns_about_predictions_that_do_not_index_the_text(tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    record = {"doc_id": "n01001011", "type": "direct", "content": {"text": "غير", "start": 0, "end": 3}}
    pred.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run_eval(*PUD_ARGS, "--pred", str(pred))
    assert result.exit_code == 0
    assert "quotes eval: pred line 1 (n01001011): content span does not match the text" in result.stderr
    assert "bad predicted spans: 1" in result.stdout


def test_eval_help_documents_every_option() -> None:
    result = run_eval("--help")
    assert result.exit_code == 0
    for option in (
        "--docs",
        "--gold",
        "--pred",
        "--conllu",
        "--model",
        "--rules",
        "--errors",
        "--json",
        "--baseline",
        "--id-field",
        "--text-field",
    ):
        assert option in result.stdout


def test_eval_is_a_command_of_quotes(capsys: pytest.CaptureFixture[str]) -> None:
    from quotes.cli import main

    assert main(["eval", *PUD_ARGS, "--conllu", str(GOLD / "pud_dev.conllu"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["docs"] == 155
