"""Why a rule fired or did not on a sentence: the parse, each rule's bindings or first failure.

Built on the matcher's traces and the evidence that travels with each quote
(Odin-debugger style). The parse can be shown as an indented tree, a table,
or a picture (SVG) with the bound words highlighted.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

import attrs

from quotes.graph import ParsedDocument, SentenceGraph, Word
from quotes.match import Matcher, RuleTrace
from quotes.model import Quote


@attrs.frozen
class SentenceExplanation:
    sentence: SentenceGraph
    traces: tuple[RuleTrace, ...]
    quotes: tuple[Quote, ...]


def explain_document(matcher: Matcher, document: ParsedDocument, quotes: list[Quote]) -> list[SentenceExplanation]:
    explained = []
    for sentence in document.sentences:
        traces = tuple(matcher.trace_sentence(sentence))
        mine = tuple(quote for quote in quotes if quote.sentence_index == sentence.index)
        explained.append(SentenceExplanation(sentence, traces, mine))
    return explained


def _feats(word: Word) -> str:
    return "|".join(f"{name}={value}" for name, value in word.feats) or "_"


def render_table(sentence: SentenceGraph) -> str:
    rows = [("id", "form", "lemma", "upos", "head", "deprel", "feats")]
    rows.extend(
        (str(word.index), word.text, word.lemma, word.upos, str(word.head), word.deprel, _feats(word))
        for word in sentence.words
    )
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows
    )


def render_tree(sentence: SentenceGraph, marks: Mapping[int, str] | None = None) -> str:
    """The parse as an indented tree: `deprel form (lemma UPOS) [index]`, bound words tagged."""
    marks = marks or {}
    lines: list[str] = []

    def visit(word: Word, prefix: str, last: bool, top: bool) -> None:
        branch = "" if top else ("└─ " if last else "├─ ")
        tag = f"  ◀ {marks[word.index]}" if word.index in marks else ""
        lines.append(f"{prefix}{branch}{word.deprel} {word.text} ({word.lemma} {word.upos}) [{word.index}]{tag}")
        children = sentence.children(word.index)
        for position, child in enumerate(children):
            extension = "" if top else ("   " if last else "│  ")
            visit(child, prefix + extension, position == len(children) - 1, False)

    for root in sentence.roots():
        visit(root, "", True, True)
    return "\n".join(lines)


def render_trace(trace: RuleTrace) -> str:
    rule = trace.rule
    if trace.matches:
        lines = [f"✔ {rule.id} fired"]
        for match in trace.matches:
            for node, word in match.bindings.items():
                shown = f"{word.text!r} [{word.index}]" if word is not None else "(unbound, optional)"
                route = match.routes.get(node, "")
                lines.append(f"    {node:<14} = {shown}  via {route}")
        return "\n".join(lines)
    if not trace.tried:
        return f"· {rule.id}: not tried — {trace.failures[0].reason}"
    lines = [f"✘ {rule.id} did not fire"]
    lines.extend(f"    {failure}" for failure in trace.failures[:6])
    if len(trace.failures) > 6:
        lines.append(f"    … {len(trace.failures) - 6} more anchor words failed")
    return "\n".join(lines)


def render_quote(quote: Quote) -> str:
    def show(label: str, value: object) -> str:
        text = getattr(value, "text", None) if value is not None else None
        return f"    {label:<17}{text!r}" if text is not None else f"    {label:<17}—"

    lines = [
        f"quote {quote.quote_id} [{quote.type}] by rule {quote.evidence.rule_id} (confidence {quote.confidence})",
        show("cue", quote.cue),
        show("speaker", quote.speaker),
        show("speaker_resolved", quote.speaker_resolved),
        show("role", quote.role),
        show("via", quote.via),
        show("content", quote.content),
    ]
    lines.extend(
        f"    binding          {binding.node} = {binding.word_text!r} [{binding.word_index}] via {binding.path}"
        for binding in quote.evidence.bindings
    )
    lines.extend(f"    note             {note}" for note in quote.evidence.notes)
    lines.extend(f"    warning          {warning}" for warning in quote.warnings)
    return "\n".join(lines)


def bound_words(explanation: SentenceExplanation) -> dict[int, str]:
    """Word index → the node names bound to it by rules that produced a quote."""
    marks: dict[int, str] = {}
    for quote in explanation.quotes:
        for binding in quote.evidence.bindings:
            marks.setdefault(binding.word_index, binding.node)
    return marks


def render_explanation(explanation: SentenceExplanation, *, layout: str = "tree", rule_id: str | None = None) -> str:
    sentence = explanation.sentence
    parts = [f"sentence {sentence.index + 1}" + (f" ({sentence.sent_id})" if sentence.sent_id else "")]
    marks = bound_words(explanation)
    parts.append(render_tree(sentence, marks) if layout == "tree" else render_table(sentence))
    parts.append("")
    parts.append("rules:")
    for trace in explanation.traces:
        if rule_id is None or trace.rule.id == rule_id:
            parts.append(render_trace(trace))
    parts.append("")
    if explanation.quotes:
        parts.append("quotes:")
        parts.extend(render_quote(quote) for quote in explanation.quotes)
    else:
        parts.append("quotes: none")
    return "\n".join(parts)


# ---------------------------------------------------------------- picture

_PALETTE = {
    "cue": "#d62728",
    "speaker": "#1f77b4",
    "content": "#2ca02c",
    "role": "#9467bd",
    "via": "#ff7f0e",
    "marker": "#d62728",
    "complementizer": "#17becf",
    "main_speaker": "#1f77b4",
}


def render_svg(sentence: SentenceGraph, marks: Mapping[int, str] | None = None) -> str:
    """The parse as an SVG arc diagram, words right to left as Arabic is read, bound words coloured.

    Each word's text element carries ``data-word`` (its index), so a page can mark the words of one quote.
    """
    marks = marks or {}
    spacing = 110
    count = len(sentence.words)
    width = spacing * count + 40
    base = 40 + 22 * min(12, max((abs(word.head - word.index) for word in sentence.words if word.head), default=1))
    height = base + 70

    def x_of(index: int) -> float:
        return width - 20 - spacing * (index - 0.5)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'font-family="Noto Naskh Arabic, Amiri, DejaVu Sans, sans-serif" font-size="15">',
        '<defs><marker id="arrow" markerWidth="8" markerHeight="8" refX="4" refY="4" orient="auto">'
        '<path d="M0,0 L8,4 L0,8 z" fill="#555"/></marker></defs>',
    ]
    for word in sentence.words:
        x = x_of(word.index)
        colour = _PALETTE.get(marks.get(word.index, ""), "#222")
        weight = "bold" if word.index in marks else "normal"
        parts.append(
            f'<text class="word" data-word="{word.index}" x="{x:.0f}" y="{base + 20}" text-anchor="middle" '
            f'fill="{colour}" font-weight="{weight}">'
            f"{escape(word.text)}</text>"
        )
        parts.append(
            f'<text x="{x:.0f}" y="{base + 40}" text-anchor="middle" fill="#777" font-size="11">'
            f"{escape(word.upos)}{' · ' + escape(marks[word.index]) if word.index in marks else ''}</text>"
        )
        if word.head == 0:
            parts.append(
                f'<line x1="{x:.0f}" y1="10" x2="{x:.0f}" y2="{base}" stroke="#555" marker-end="url(#arrow)"/>'
                f'<text x="{x + 4:.0f}" y="20" font-size="11" fill="#555">root</text>'
            )
            continue
        x_head, x_dep = x_of(word.head), x_of(word.index)
        lift = 22 * min(12, abs(word.head - word.index))
        top = base - lift
        parts.append(
            f'<path d="M{x_head:.0f},{base} C{x_head:.0f},{top} {x_dep:.0f},{top} {x_dep:.0f},{base}" '
            f'fill="none" stroke="#555" marker-end="url(#arrow)"/>'
        )
        parts.append(
            f'<text x="{(x_head + x_dep) / 2:.0f}" y="{base - lift * 0.75 - 2:.0f}" text-anchor="middle" '
            f'font-size="11" fill="#333">{escape(word.deprel)}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)
