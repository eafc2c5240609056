"""Score the proclitic pass (tokenizer + clitic lexicon) on the QCRI WikiNews segmentation test.

WikiNews.pos.ref (github.com/kdarwish/Farasa, shared/data/wikinews-segmentation/) writes each word of 400 news
lines in Farasa's segmentation (و+قال, ل+ال+مخرج). The text is rebuilt from it (ل+ال is written لل), cut by the
compact tokenizer, corrected as `quotes parse` corrects it, and each written word's leading proclitics
(و ف ب ل س, and ك reported apart) are compared with Farasa's. ال is no proclitic here (PUD writes للسلطة as
ل + لسلطة, بالقرب as ب + القرب).

    .venv/bin/python scripts/clitic_wikinews.py ../shared/data/wikinews-segmentation/WikiNews.pos.ref.gz \
        --cache /tmp/wikinews_tokens.json [--errors 40]

The tokenizer's output is cached (`--cache`): the correction is re-run on it in seconds when the lexicon changes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

PROCLITICS = ("و", "ف", "ب", "ل", "س", "ك")


def read_reference(path: Path) -> list[list[tuple[str, tuple[str, ...]]]]:
    """Documents (split at the `#` lines) of (written word, its gold proclitics)."""
    documents: list[list[tuple[str, tuple[str, ...]]]] = [[]]
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            segmented = line.rstrip("\r\n").split("\t")[0].strip()
            if not segmented:
                continue
            if segmented == "#":
                if documents[-1]:
                    documents.append([])
                continue
            pieces = [p for p in segmented.split("+") if p]
            written, gold = "", []
            for i, piece in enumerate(pieces):
                if piece == "ال" and written.endswith("ل") and i > 0 and pieces[i - 1] == "ل":
                    written += "ل"  # ل+ال is written لل
                else:
                    written += piece
            for piece in pieces[:-1]:
                if piece in PROCLITICS and len(gold) < 3:
                    gold.append(piece)
                else:
                    break
            documents[-1].append((written, tuple(gold)))
    return [d for d in documents if d]


def predicted(tokens: list[tuple[str, int, int]], spans: list[tuple[int, int]]) -> list[tuple[str, ...]]:
    """Each written word's leading one-letter proclitic pieces."""
    out: list[list[str]] = [[] for _ in spans]
    closed = [False] * len(spans)
    starts = {start: i for i, (start, _) in enumerate(spans)}
    ends = sorted(spans)
    j = 0
    for text, start, end in sorted(tokens, key=lambda t: t[1]):
        while j < len(ends) and ends[j][1] <= start:
            j += 1
        if j >= len(ends) or ends[j][0] > start:
            continue
        i = starts[ends[j][0]]
        if closed[i]:
            continue
        if text in PROCLITICS and end < spans[i][1]:
            out[i].append(text)
        else:
            closed[i] = True
    return [tuple(p) for p in out]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference", type=Path)
    parser.add_argument("--cache", type=Path, help="the tokenizer's output, written once and read after")
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong words")
    parser.add_argument("--no-correction", action="store_true", help="score the tokenizer alone")
    args = parser.parse_args(argv)

    from quotes.cleantext import clean_for_parser
    from quotes.parser import (
        StanzaParser,
        _offsets_fixed,
        correct_tokens,
        cut_glued_punctuation,
        cut_marks_apart,
        restore_offsets,
    )

    documents = read_reference(args.reference)
    texts = [" ".join(word for word, _ in document) for document in documents]
    cleaned = [clean_for_parser(text) for text in texts]
    if args.cache is not None and args.cache.exists():
        tokenized = json.loads(args.cache.read_text(encoding="utf-8"))
        model = StanzaParser.__new__(StanzaParser)
        lexicon = _lexicon()
    else:
        model = StanzaParser(threads=1)
        tokenized = model.tokenize_many([c.text for c in cleaned])
        if args.cache is not None:
            args.cache.write_text(json.dumps(tokenized, ensure_ascii=False), encoding="utf-8")
        lexicon = model._lexicon
    errors: Counter[str] = Counter()
    shown = 0
    total = candidates = wrong = 0
    wrong_k = candidates_k = 0
    for document, text, clean, sentences in zip(documents, texts, cleaned, tokenized, strict=True):
        spans = []
        cursor = 0
        for word, _ in document:
            start = text.index(word, cursor)
            spans.append((start, start + len(word)))
            cursor = start + len(word)
        tokens: list[tuple[str, int, int]] = []
        for sentence in sentences:
            pieces = cut_glued_punctuation(cut_marks_apart(restore_offsets(_offsets_fixed(sentence, clean.text), clean)))
            if not args.no_correction and lexicon is not None:
                pieces = correct_tokens(pieces, lexicon)
            tokens.extend(pieces)
        guesses = predicted(tokens, spans)
        for (word, gold), guess in zip(document, guesses, strict=True):
            total += 1
            if not word or word[0] not in PROCLITICS or len(word) < 3:
                continue
            if word[0] == "ك" or "ك" in gold or "ك" in guess:
                candidates_k += 1
                wrong_k += gold != guess
                continue
            candidates += 1
            if gold != guess:
                wrong += 1
                kind = "missed" if len(guess) < len(gold) else "extra" if len(guess) > len(gold) else "other"
                errors[kind] += 1
                if shown < args.errors:
                    shown += 1
                    print(f"{kind}\t{word}\tgold {'+'.join(gold) or '-'}\tpred {'+'.join(guess) or '-'}")
    print(
        f"words {total} candidates(و ف ب ل س) {candidates} wrong {wrong} acc {1 - wrong / max(candidates, 1):.4f}"
        f" ({dict(errors)}); with ك: candidates {candidates_k} wrong {wrong_k}"
    )
    return 0


def _lexicon():  # type: ignore[no-untyped-def]
    """The lexicon `quotes parse` corrects with."""
    from quotes.name_tags import NameLexicons
    from quotes.parser import LEXICON_FILE, resolve_model
    from quotes.verb_homographs import VerbHomographs

    path, names, verbs = resolve_model(None).path / LEXICON_FILE, NameLexicons.bundled(), VerbHomographs.bundled()
    try:
        from quotes.clitic_pass import correction_lexicon
    except ImportError:  # a checkout before session 20 (compared with PYTHONPATH)
        from quotes.clitic_pass import PRONOUN_SUFFIXES
        from quotes.training.clitics import Lexicon

        return (
            Lexicon.load(path)
            .keeping_whole(names.written_given_names, suffixes=PRONOUN_SUFFIXES)
            .splitting_before(verbs.reporting_forms)
        )
    return correction_lexicon(path, names, verbs)


if __name__ == "__main__":
    sys.exit(main())
