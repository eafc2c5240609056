"""Training data for the news-grade model: PADT + PUD in one set of conventions.

``prepare_news`` writes, next to the PUD files of :func:`data.prepare`:

- ``mix_train.conllu``: PADT train (converted, :mod:`harmonize`) + PUD train
  (converted, half with Arabic punctuation), with orthographic noise in part
  of the sentences; ``mix_dev.gold.conllu``: PADT dev + PUD dev (chooses
  checkpoints); ``padt_test.gold.conllu``: PADT test, only ever scored.
- ``pud_train.conllu`` / ``pud_dev.gold.conllu``: PUD alone in the same
  conventions, for the PUD-only (CC BY-SA) model.
- ``padt_split.tsv``: which document went where.

PADT is split by document (``# orig_file_sentence`` prefix), never by
sentence: documents are shuffled with a fixed seed; test takes whole
documents until it holds ``PADT_SPLIT["test"]`` sentences, then dev, and
train keeps the rest.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from pathlib import Path

import attrs

from quotes.training import data, harmonize
from quotes.training.data import Sentence

SEED = 20251
PADT_SPLIT = {"test": 200, "dev": 150}
# orthographic noise real news has, each applied to a share of the training sentences
NOISE_SHARES = {"hamza": 0.35, "alef_maqsura": 0.15, "ta_marbuta": 0.10}
_HAMZA_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


def split_documents(sentences: Sequence[Sentence], sizes: dict[str, int], *, seed: int = SEED) -> dict[str, list[Sentence]]:
    """Split by ``doc_id``: shuffled documents fill the parts of ``sizes`` in order; train keeps the rest."""
    counts: dict[str, int] = {}
    for sentence in sentences:
        counts[sentence.doc_id] = counts.get(sentence.doc_id, 0) + 1
    doc_ids = sorted(counts)
    random.Random(seed).shuffle(doc_ids)
    filled = dict.fromkeys(sizes, 0)
    part_of = {}
    for doc_id in doc_ids:
        part = next((p for p in sizes if filled[p] < sizes[p]), "train")
        part_of[doc_id] = part
        if part in filled:
            filled[part] += counts[doc_id]
    parts: dict[str, list[Sentence]] = {"train": [], **{p: [] for p in sizes}}
    for sentence in sentences:
        parts[part_of[sentence.doc_id]].append(sentence)
    return parts


def _rewrite_forms(sentence: Sentence, rewrite: Callable[[str], str]) -> Sentence:
    rows = tuple((row[0], rewrite(row[1]), *row[2:]) if row[0].isdigit() else row for row in sentence.rows)
    return attrs.evolve(sentence, rows=rows)


def _final(old: str, new: str) -> Callable[[str], str]:
    return lambda form: form[:-1] + new if len(form) > 1 and form.endswith(old) else form


def add_orthographic_noise(sentences: Sequence[Sentence], *, seed: int = SEED) -> list[Sentence]:
    """Hamza dropped on alef (أ/إ/آ→ا), final ى→ي and final ة→ه, each in a seeded share of the sentences.

    The same seed always picks the same sentences; every word of a picked
    sentence is rewritten (a writer who drops hamza drops it throughout).
    """
    rng = random.Random(seed)
    noisy = []
    for sentence in sentences:
        draws = {name: rng.random() < share for name, share in NOISE_SHARES.items()}
        if draws["hamza"]:
            sentence = _rewrite_forms(sentence, lambda form: form.translate(_HAMZA_ALEF))
        if draws["alef_maqsura"]:
            sentence = _rewrite_forms(sentence, _final("ى", "ي"))
        if draws["ta_marbuta"]:
            sentence = _rewrite_forms(sentence, _final("ة", "ه"))
        noisy.append(sentence)
    return noisy


def read_padt_dir(padt: Path) -> list[Sentence]:
    files = sorted(padt.glob("ar-ud-*.conllu*"))
    if not files:
        raise FileNotFoundError(f"no ar-ud-*.conllu(.gz) files in {padt}")
    return [sentence for path in files for sentence in harmonize.read_padt(path)]


def prepare_news(pud: Path, padt: Path, out: Path) -> dict[str, int]:
    """Write every file the news-grade runs need into ``out``; return sentence counts."""
    sizes = data.prepare(pud, out)  # PUD split, tokenizer files, raw test text
    pud_parts = data.split(data.read_conllu(pud))
    pud_upos = harmonize.upos_by_form(pud_parts["train"])
    names = harmonize.load_given_names()
    padt_parts = split_documents(read_padt_dir(padt), PADT_SPLIT)
    converted = {
        name: [harmonize.convert_padt(s, pud_upos=pud_upos, given_names=names) for s in sentences] for name, sentences in padt_parts.items()
    }
    pud_train = [harmonize.convert_pud(s) for s in data.augment_punct(pud_parts["train"])]
    pud_dev = [harmonize.convert_pud(s) for s in pud_parts["dev"]]
    pud_test = [harmonize.convert_pud(s) for s in pud_parts["test"]]
    files = {
        "mix_train.conllu": add_orthographic_noise(converted["train"] + pud_train),
        "mix_dev.gold.conllu": converted["dev"] + pud_dev,
        "padt_train.gold.conllu": converted["train"],
        "padt_dev.gold.conllu": converted["dev"],
        "padt_test.gold.conllu": converted["test"],
        "pud_train.conllu": add_orthographic_noise(pud_train),
        "pud_dev.gold.conllu": pud_dev,
        "pud_test.gold.conllu": pud_test,
    }
    for name, sentences in files.items():
        data.write_conllu(out / name, sentences)
    (out / "padt_split.tsv").write_text(
        "".join(f"{doc}\t{part}\n" for part in ("train", "dev", "test") for doc in dict.fromkeys(s.doc_id for s in padt_parts[part])),
        encoding="utf-8",
    )
    counts = {name.split(".")[0]: len(sentences) for name, sentences in files.items()}
    return {**{f"pud_{k}": v for k, v in sizes.items()}, **counts}
