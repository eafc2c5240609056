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
import bisect
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

PROCLITICS = ("و", "ف", "ب", "ل", "س", "ك")
#: The third-person pronoun suffixes scored at a word's end (Farasa writes محاضر+ت+ه: the pronoun is its last piece).
PRONOUNS = ("ه", "ها", "هم", "هما", "هن")


def read_reference(path: Path) -> list[list[tuple[str, tuple[str, ...], str]]]:
    """Documents (split at the `#` lines) of (written word, its gold proclitics, its gold third-person pronoun suffix
    or "")."""
    documents: list[list[tuple[str, tuple[str, ...], str]]] = [[]]
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
            written, gold = "", list[str]()
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
            suffix = pieces[-1] if len(pieces) > 1 and pieces[-1] in PRONOUNS else ""
            documents[-1].append((written, tuple(gold), suffix))
    return [d for d in documents if d]


def predicted_suffixes(tokens: list[tuple[str, int, int]], spans: list[tuple[int, int]]) -> list[str]:
    """Each written word's last piece where it is a third-person pronoun cut off the word, else ""."""
    last: dict[int, tuple[str, int]] = {}
    count: Counter[int] = Counter()
    ends = {end: i for i, (_, end) in enumerate(spans)}
    starts = sorted(start for start, _ in spans)
    for text, start, end in tokens:
        position = bisect.bisect_right(starts, start) - 1
        if position < 0 or spans[position][1] < end:
            continue
        count[position] += 1
        if end in ends and ends[end] == position:
            last[position] = (text, start)
    return [
        last[i][0] if i in last and count[i] > 1 and last[i][0] in PRONOUNS and last[i][1] > spans[i][0] else ""
        for i in range(len(spans))
    ]


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
    texts = [" ".join(word for word, _, _ in document) for document in documents]
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
    suffixes: Counter[tuple[str, str]] = Counter()
    shown = shown_suffix = 0
    total = candidates = wrong = 0
    wrong_k = candidates_k = 0
    for document, text, clean, sentences in zip(documents, texts, cleaned, tokenized, strict=True):
        spans = []
        cursor = 0
        for word, _, _ in document:
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
        for (word, _, gold_suffix), guess_suffix in zip(document, predicted_suffixes(tokens, spans), strict=True):
            ta = "ta" if word[: len(word) - len(gold_suffix or guess_suffix)].endswith("ت") else "other"
            if gold_suffix and guess_suffix == gold_suffix:
                suffixes["right", ta] += 1
            elif gold_suffix:
                suffixes["missed", ta] += 1
                if shown_suffix < args.errors:
                    shown_suffix += 1
                    print(f"missed suffix\t{word}\tgold {gold_suffix}")
            elif guess_suffix:
                suffixes["extra", ta] += 1
                if shown_suffix < args.errors:
                    shown_suffix += 1
                    print(f"extra suffix\t{word}\tpred {guess_suffix}")
        for (word, gold, _), guess in zip(document, guesses, strict=True):
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
    for ta in ("ta", "other"):
        right, missed, extra = (suffixes[kind, ta] for kind in ("right", "missed", "extra"))
        print(
            f"third-person pronoun suffixes, stem {'ending in ت' if ta == 'ta' else 'other'}: gold {right + missed}, "
            f"cut {right}, missed {missed}, cut where Farasa has none {extra}"
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
