"""Write a report (or a rule explanation) as one self-contained HTML file.

Jinja2 templates with autoescaping, shipped as package data in
``quotes/review/templates``; the stylesheet and the script are inlined, the
parse pictures come from :func:`quotes.explain.render_svg` (which escapes
every word), and the data the script needs travels as JSON that Jinja makes
safe inside ``<script>``. Nothing is fetched: the file opens from disk.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from quotes.explain import SentenceExplanation, bound_words, render_quote, render_svg, render_trace
from quotes.review.model import FIELD_LABELS, FIELDS, STATUS_LABELS, Report, ReviewItem


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("quotes.review", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    # Arabic stays readable (and three times smaller) in the embedded JSON; tojson still escapes < > & '.
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    env.filters["svg"] = Markup  # only ever applied to render_svg's output, which escapes every text it draws
    env.globals.update(field_labels=FIELD_LABELS, status_labels=STATUS_LABELS, fields=FIELDS)
    return env


@cache
def asset(name: str) -> Markup:
    """A static file of the templates folder, inlined as it is (our own CSS and script, not data)."""
    source = resources.files("quotes.review").joinpath("templates", name).read_text(encoding="utf-8")
    return Markup(source)  # noqa: S704 - the package's own stylesheet or script, never document data


def _item_data(item: ReviewItem, sentence_keys: dict[int, str]) -> dict[str, Any]:
    return {
        "id": item.item_id,
        "n": item.number,
        "doc": item.doc_id,
        "status": item.status,
        "type": item.type,
        "goldType": item.gold_type,
        "sentence": sentence_keys.get(item.sentence) if item.sentence is not None else None,
        "rule": item.rule_id,
        "confidence": item.confidence,
        "entity": item.entity,
        "spans": {span.field: [span.start, span.end, span.text, span.path] for span in item.spans},
        "gold": {span.field: [span.start, span.end, span.text] for span in item.gold_spans},
        "bindings": [[binding.node, binding.word_index, binding.word_text, binding.path] for binding in item.bindings],
        "notes": list(item.notes),
        "warnings": list(item.warnings),
        "goldRecord": dict(item.gold_record) if item.gold_record is not None else None,
        "acceptRecord": dict(item.accept_record) if item.accept_record is not None else None,
    }


def client_data(report: Report) -> dict[str, Any]:
    """What the script needs beyond the page: each quote's spans, bindings and gold records, by document."""
    documents = []
    for document in report.documents:
        keys = {sentence.index: sentence.key for sentence in document.sentences}
        documents.append(
            {
                "id": document.doc_id,
                "position": document.position,
                "items": [_item_data(item, keys) for item in document.items],
            }
        )
    return {"title": report.title, "hasGold": report.has_gold, "documents": documents}


def render_report(report: Report, *, serve: Mapping[str, Any] | None = None) -> str:
    """The report as one HTML page.

    `serve` (from :mod:`quotes.review.app` only) holds the links of the app that
    serves the page: it gains a save button and a rerun button, and may talk to
    its own origin. Without it the page is the self-contained file.
    """
    template = environment().get_template("report.html.j2")
    data = client_data(report)
    if serve is not None:
        data["serve"] = dict(serve)
    return template.render(
        report=report, data=data, serve=serve, css=asset("review.css"), js=asset("review.js")
    )


def render_explanations(
    explanations: list[tuple[str, list[SentenceExplanation]]], *, title: str = "quotes rules explain"
) -> str:
    """`quotes rules explain --html`: per sentence, the parse beside every rule's trace, then its quotes."""
    sentences = []
    for doc_id, explained in explanations:
        for explanation in explained:
            sentence = explanation.sentence
            fired = [trace for trace in explanation.traces if trace.matches]
            sentences.append(
                {
                    "doc_id": doc_id,
                    "number": sentence.index + 1,
                    "sent_id": sentence.sent_id,
                    "text": " ".join(word.text for word in sentence.words),
                    "svg": render_svg(sentence, bound_words(explanation)),
                    "traces": [
                        {
                            "rule": trace.rule.id,
                            "fired": bool(trace.matches),
                            "tried": trace.tried,
                            "text": render_trace(trace),
                        }
                        for trace in sorted(explanation.traces, key=lambda trace: (not trace.matches, not trace.tried))
                    ],
                    "fired": len(fired),
                    "quotes": [render_quote(quote) for quote in explanation.quotes],
                }
            )
    template = environment().get_template("explain.html.j2")
    return template.render(title=title, sentences=sentences, css=asset("review.css"))
