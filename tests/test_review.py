"""The review report: gold records and their cue_context, text segments, statuses, rule figures, escaping."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.api import Extractor
from quotes.cli import _register, cli
from quotes.conllu_reading import documents_from_conllu
from quotes.evaluate import evaluate, read_documents, read_jsonl
from quotes.review import build_report, check_gold, cue_context, gold_record, render_report
from quotes.review.segments import Layer, segment_text

DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "gold"
SEED = DATA / "seed" / "seed.conllu"
ESCAPING = DATA / "review" / "escaping.conllu"
REFERENCE = GOLD / "quote_score.py"


def _documents(path: Path):
    return documents_from_conllu(path.read_text(encoding="utf-8"), source=str(path))


# ---------------------------------------------------------------- cue_context


def test_a_cue_that_occurs_once_is_its_own_context() -> None:
    text = "أعلن المدير أن المصنع سيفتح غدا. وقال العامل إن الأجور تأخرت."
    start = text.index("أعلن")
    assert cue_context(text, start, start + len("أعلن")) == "أعلن"


def test_a_repeated_cue_grows_by_whole_words_until_it_occurs_once() -> None:
    text = "قال المدير إن المصنع سيفتح. ثم قال العامل إن الأجور تأخرت. قال المدير أيضا إن الإنتاج زاد."
    second = text.index("قال العامل")
    context = cue_context(text, second, second + 3)
    assert context == "ثم قال العامل"
    assert text.count(context) == 1 and text.index(context) + context.index("قال") == second


def test_predictions_written_as_gold_pass_the_check_and_score_perfectly(extractor: Extractor) -> None:
    (document,) = _documents(SEED)
    quotes = extractor.extract_parsed(document)
    records = [gold_record(quote, document.text) for quote in quotes]
    texts = {document.doc_id: document.text}
    assert check_gold(texts, records) == []
    scores = evaluate(texts, records, quotes)
    assert (scores.matched, scores.speaker_and_role_right, scores.cue_right) == (len(quotes),) * 3


def test_check_gold_reports_what_the_reference_check_reports(tmp_path: Path) -> None:
    text = "قال الوزير إن الطريق سيفتح. وقال الوزير إن الجسر جاهز."
    records = [
        {
            "doc_id": "d1",
            "type": "indirect",
            "cue": "قال",
            "cue_context": "قال الوزير",
            "content": "إن الطريق سيفتح",
            "speaker": "الوزير",
        },
        {
            "doc_id": "d1",
            "type": "said",
            "cue": "وقال",
            "cue_context": "وقال",
            "content": "إن الجسر جاهز",
            "role": "رئيس البلدية",
        },
        {"doc_id": "d2", "type": "direct", "cue": "قال", "content": "شيء"},
    ]
    docs, gold = tmp_path / "docs.jsonl", tmp_path / "gold.jsonl"
    docs.write_text(json.dumps({"id": "d1", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    gold.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")
    reference = subprocess.run(
        [sys.executable, str(REFERENCE), "check", str(docs), str(gold)], capture_output=True, text=True, check=False
    )
    expected = reference.stdout.splitlines()[:-1]
    assert reference.returncode == 1
    assert check_gold({"d1": text}, records) == expected
    assert len(expected) == 4  # cue_context twice, role not found, bad type, unknown doc


# ---------------------------------------------------------------- segments


def test_segments_spell_the_text_and_carry_every_span_over_them() -> None:
    text = "وقال الوزير إن المدارس ستفتح"
    layers = [
        Layer(12, len(text), "content", "q1", "content of quote 1"),
        Layer(0, 4, "cue", "q1", "cue of quote 1"),
        Layer(5, 11, "speaker", "q1", "speaker of quote 1", entity="e1"),
        Layer(15, 22, "speaker", "q2", "speaker of quote 2"),
    ]
    segments = segment_text(text, layers)
    assert "".join(segment.text for segment in segments) == text
    assert all(text[segment.start : segment.end] == segment.text for segment in segments)
    inside = next(segment for segment in segments if segment.text == "المدارس")
    assert inside.fields == ("speaker", "content") and inside.items == ("q2", "q1")
    assert next(segment for segment in segments if segment.text == "الوزير").entities == ("e1",)
    assert [segment.text for segment in segments if not segment.layers] == [" ", " "]


# ---------------------------------------------------------------- the report


def test_seed_report_marks_every_quote_right_and_binds_each_field(extractor: Extractor) -> None:
    report = build_report(extractor, _documents(SEED), read_jsonl(GOLD / "seed_gold.jsonl"))
    (document,) = report.documents
    assert [item.status for item in document.items] == ["right"] * 14
    assert report.evaluation is not None and report.evaluation.e2e.f1 == 1.0
    frolov = next(
        item for item in document.items if item.span("speaker") and item.span("speaker").text == "فلاديمير فرولوف"
    )
    assert frolov.rule_id and frolov.span("cue").path == "cue"
    assert document.text[frolov.span("role").start : frolov.span("role").end] == "دبلوماسي روسي سابق رفيع المستوى"
    sentence = next(view for view in document.sentences if view.index == frolov.sentence)
    assert "فرولوف" in sentence.svg and 'data-word="' in sentence.svg and "fired" in sentence.trace


def test_pud_report_statuses_match_the_scorer_and_documents_sort_by_errors(extractor: Extractor) -> None:
    documents = _documents(GOLD / "pud_dev.conllu")
    gold = read_jsonl(GOLD / "pud_dev_gold.jsonl")
    report = build_report(extractor, documents, gold)
    scores = report.evaluation
    assert scores is not None
    for kind in ("missed", "false_alarm", "wrong_speaker", "wrong_role"):
        assert report.count(kind) == len(scores.errors_of(kind)), kind
    assert report.count("right") == scores.speaker_and_role_right
    errors = [document.errors for document in report.documents]
    assert errors == sorted(errors, reverse=True) and errors[0] > 0
    missed = next(item for document in report.documents for item in document.items if item.status == "missed")
    assert missed.rule_id is None and missed.gold_record is not None and missed.accept_record is None
    rows = {row.rule_id: row for row in report.rules}
    assert sum(row.quotes for row in rows.values()) == len(scores.predicted)
    assert sum(row.right or 0 for row in rows.values()) == scores.speaker_right
    busiest = max(rows.values(), key=lambda row: row.quotes)
    assert busiest.fired >= busiest.quotes > 0 and busiest.precision == busiest.right / busiest.quotes


def test_document_text_is_escaped_everywhere(extractor: Extractor) -> None:
    html = render_report(build_report(extractor, _documents(ESCAPING), None, title="<b>review & check</b>"))
    assert "<script>alert" not in html and "</script> لن" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "الرسوم &amp; الضرائب" in html and "&lt;b&gt;review &amp; check&lt;/b&gt;" in html
    assert 'data-doc="escaping-&lt;&amp;&#34;&#39;&gt;"' in html
    assert html.count("<script") == 2  # the data block and the page's own script, nothing from the text
    assert "\\u003cscript\\u003e" in html  # the JSON data keeps it as an escape


def test_review_command_writes_a_self_contained_page(tmp_path: Path) -> None:
    _register()
    output = tmp_path / "report.html"
    result = CliRunner().invoke(
        cli, ["review", str(GOLD / "pud_dev.conllu"), "--gold", str(GOLD / "pud_dev_gold.jsonl"), "-o", str(output)]
    )
    assert result.exit_code == 0, result.output
    html = output.read_text(encoding="utf-8").replace('xmlns="http://www.w3.org/2000/svg"', "")  # a name, not a fetch
    assert "155 documents" in result.output and "errors against the gold" in result.output
    assert "http://" not in html and "https://" not in html and "<link" not in html and "src=" not in html
    assert "default-src 'none'" in html
    assert len(html.encode()) < 5_000_000


def test_rules_explain_html_puts_each_rule_trace_beside_the_parse(tmp_path: Path) -> None:
    _register()
    page = tmp_path / "explain.html"
    result = CliRunner().invoke(
        cli, ["rules", "explain", "--conllu", str(DATA / "conllu" / "frolov_padt.conllu"), "--html", str(page)]
    )
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert html.count('class="side-by-side"') >= 1 and "<svg" in html
    assert 'class="fired" data-rule="' in html and "فرولوف" in html


@pytest.mark.parametrize("name", ["seed_docs.jsonl"])
def test_document_texts_match_their_parses(name: str) -> None:
    """The pre-parsed seed used by the browser tests is the same text as the gold documents."""
    (document,) = _documents(SEED)
    assert read_documents(GOLD / name)[document.doc_id] == document.text


@pytest.mark.model
def test_text_input_is_parsed_and_kept_in_input_order_beside_conllu(grammar) -> None:
    from quotes.errors import ModelError
    from quotes.review import load_documents

    extractor = Extractor(rules=grammar)
    try:
        documents, problems = load_documents([str(ESCAPING), str(GOLD / "seed_docs.jsonl")], extractor)
    except ModelError as exc:
        pytest.skip(f"no parser model: {exc}")
    assert problems == []
    assert [document.doc_id for document in documents] == ["escaping-<&\"'>", "seed-001"]
    assert documents[1].text == read_documents(GOLD / "seed_docs.jsonl")["seed-001"] and documents[1].sentences
    report = build_report(extractor, documents, read_jsonl(GOLD / "seed_gold.jsonl"))
    seed = next(document for document in report.documents if document.doc_id == "seed-001")
    assert [item.status for item in seed.items] == ["right"] * 14
    assert report.count("false_alarm") == 1  # the other document has no gold quote: its quote is a false alarm


def test_a_document_id_seen_twice_is_a_problem_and_shown_once(extractor: Extractor) -> None:
    from quotes.review import load_documents

    documents, problems = load_documents([str(ESCAPING), str(ESCAPING)], extractor)
    assert len(documents) == 1
    assert problems == ["document id 'escaping-<&\"\\'>' occurs more than once: only the first is shown"]
