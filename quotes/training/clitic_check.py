"""Measure prefix-split errors on news before and after the lexicon correction.

On the ~300 SaudiNewsNet sentences of the speed sample, every written word
that begins with و ف ب ل س is a candidate. The correction changes the
decision for some word types: those are all judged by hand, so the change
in errors is exact. Errors the correction leaves alone are estimated from
a hand-checked random sample of the unchanged candidates.

Hand judgements live in ``clitic_judgements.tsv`` next to this module:
``word<TAB>prefixes`` where prefixes is the correct proclitic split written
with ``+`` (``و+قال``) or the bare word when nothing is split off.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path
from typing import Any

from quotes.training.clitics import Lexicon, is_arabic

JUDGEMENTS = Path(__file__).with_name("clitic_judgements.tsv")
CLITIC_LETTERS = ("و", "ف", "ب", "ل", "س")
SAMPLE_UNCHANGED = 150
SEED = 11
# news sample for the measurement; the keep list was reviewed on seed 7 (the speed sample)
NEWS_SEED = 13


def _prefix_view(pieces: list[str]) -> str:
    """The word with its proclitic split shown by '+' (suffix splits are ignored)."""
    leading = []
    for piece in pieces[:-1]:
        if len(piece) == 1 and piece in (*CLITIC_LETTERS, "ك"):
            leading.append(piece)
        else:
            break
    return "+".join([*leading, "".join(pieces[len(leading) :])])


def candidates(tokenize: Any, lexicon: Lexicon, paragraphs: list[str]) -> tuple[list[tuple[str, str, str, str]], int]:
    """(word, before, after, context) for each candidate written word; and the word count."""
    from quotes.clitic_pass import _orthographic_words, correct_tokens
    from quotes.parser import _offsets_fixed

    rows = []
    n_words = 0
    docs = tokenize.bulk_process(list(paragraphs))
    for doc, text in zip(docs, paragraphs, strict=True):
        for sentence in doc.sentences:
            before = _offsets_fixed([(t.text, t.start_char, t.end_char) for t in sentence.tokens], text)
            after = correct_tokens(before, lexicon)
            before_groups = _orthographic_words(before)
            after_groups = {g[0][1]: g for g in _orthographic_words(after)}
            n_words += len(before_groups)
            for group in before_groups:
                start = group[0][1]
                word = text[start : group[-1][2]]
                if not is_arabic(word) or word[0] not in CLITIC_LETTERS or len(word) < 3:
                    continue
                fixed = after_groups.get(start, group)
                context = text[max(0, start - 30) : group[-1][2] + 30].replace("\n", " ")
                rows.append((word, _prefix_view([t[0] for t in group]), _prefix_view([t[0] for t in fixed]), context))
    return rows, n_words


def read_judgements(path: Path = JUDGEMENTS) -> dict[str, str]:
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, _, gold = line.partition("\t")
            out[word.strip()] = gold.strip()
    return out


def measure(model_dir: Path, lexicon: Lexicon, news: Path, out_dir: Path, *, threads: int = 2) -> dict[str, Any]:
    import stanza
    import torch

    from quotes.training.evaluate import news_sample

    torch.set_num_threads(threads)
    tokenize = stanza.Pipeline(
        lang="ar",
        dir=str(model_dir),
        processors="tokenize",
        download_method=None,
        allow_unknown_language=True,
        tokenize_model_path=str(model_dir / "tokenizer.pt"),
        logging_level="WARN",
    )
    rows, n_words = candidates(tokenize, lexicon, news_sample(news, seed=NEWS_SEED))
    out_dir.mkdir(parents=True, exist_ok=True)
    changed = [r for r in rows if r[1] != r[2]]
    unchanged = [r for r in rows if r[1] == r[2]]
    sample = random.Random(SEED).sample(unchanged, min(SAMPLE_UNCHANGED, len(unchanged)))
    (out_dir / "changed.tsv").write_text("".join("\t".join(r) + "\n" for r in changed), encoding="utf-8")
    (out_dir / "unchanged_sample.tsv").write_text("".join("\t".join(r) + "\n" for r in sample), encoding="utf-8")
    gold = read_judgements()
    report: dict[str, Any] = {"words": n_words, "candidates": len(rows), "changed": len(changed), "unchanged_sample": len(sample)}
    missing = sorted({r[0] for r in changed + sample if r[0] not in gold})
    report["unjudged"] = len(missing)
    if missing:
        (out_dir / "unjudged.txt").write_text("\n".join(missing) + "\n", encoding="utf-8")
        return report
    errors: Counter[str] = Counter()
    for word, before, after, _ in changed:
        for stage, decision in (("before", before), ("after", after)):
            wrong = decision != gold[word]
            errors[f"changed_{stage}"] += wrong
            if wrong:
                too_few = decision.count("+") < gold[word].count("+")
                errors[f"{stage}_{'left_unsplit' if too_few else 'split_wrongly'}"] += 1
    sample_errors = sum(r[1] != gold[r[0]] for r in sample)
    rate_unchanged = sample_errors / len(sample) if sample else 0.0
    shared = rate_unchanged * len(unchanged)
    before_total = errors["changed_before"] + shared
    after_total = errors["changed_after"] + shared
    report.update(
        {
            "errors_in_changed_before": errors["changed_before"],
            "errors_in_changed_after": errors["changed_after"],
            "unchanged_sample_errors": sample_errors,
            "changed_before_left_unsplit": errors["before_left_unsplit"],
            "changed_before_split_wrongly": errors["before_split_wrongly"],
            "changed_after_left_unsplit": errors["after_left_unsplit"],
            "changed_after_split_wrongly": errors["after_split_wrongly"],
            "estimated_errors_before": round(before_total, 1),
            "estimated_errors_after": round(after_total, 1),
            "error_rate_before_per_candidate": round(100 * before_total / len(rows), 2),
            "error_rate_after_per_candidate": round(100 * after_total / len(rows), 2),
            "error_rate_before_per_word": round(100 * before_total / n_words, 2),
            "error_rate_after_per_word": round(100 * after_total / n_words, 2),
        }
    )
    return report
