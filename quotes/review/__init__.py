"""The linguist's workbench: every quote, its parse and its rule in one HTML file, correctable into gold.

>>> documents, problems = load_documents(["corpus.conllu"], extractor)
>>> report = build_report(extractor, documents, gold=records, problems=problems)
>>> Path("report.html").write_text(render_report(report), encoding="utf-8")

Report building (:mod:`.build`, :mod:`.segments`, :mod:`.gold`) knows no HTML;
:mod:`.render` writes it with the Jinja2 templates in ``templates/``; the
command is ``quotes review`` (:mod:`quotes.cli.review`).
"""

from quotes.review.build import build_report
from quotes.review.gold import check_gold, cue_context, gold_record
from quotes.review.inputs import load_documents
from quotes.review.model import Report
from quotes.review.render import render_explanations, render_report

__all__ = [
    "Report",
    "build_report",
    "check_gold",
    "cue_context",
    "gold_record",
    "load_documents",
    "render_explanations",
    "render_report",
]
