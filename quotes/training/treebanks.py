"""Training data for the news-grade model: PADT + PUD in one set of conventions.

``prepare_news`` writes, next to the PUD files of :func:`data.prepare`:

- ``mix_train.conllu``: PADT train (converted, :mod:`harmonize`) + PUD train
  (converted, half with Arabic punctuation), with orthographic noise in part
  of the sentences; ``mix_dev.gold.conllu``: PADT dev + PUD dev (chooses
  checkpoints); ``padt_test.gold.conllu``: PADT test, only ever scored.
- ``pud_train.conllu`` / ``pud_dev.gold.conllu``: PUD alone in the same
  conventions, for the PUD-only (CC BY-SA) model.
- ``padt_split.tsv``: which document went where.

With ``name_variants`` (the default; ``news-prep --no-name-variants`` leaves them out), ``mix_train.conllu``
also holds a copy of each training sentence that names a person by a given
name of the lexicon, the name replaced by a given name of the same gender
that the treebanks also use as an ordinary word (عادل "just", سعيد "happy",
صالح "suitable"): the tagger learns that a name position makes a name.

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


def word_like_given_names(sentences: Sequence[Sentence], given_names: dict[str, str]) -> dict[str, list[str]]:
    """By gender, the given names (``{form: "m"|"f"}``) that ``sentences`` also tag as an ordinary word
    (NOUN, ADJ, VERB): the names a tagger can mistake for a word. Sorted, so a seed draws the same ones."""
    normal = {harmonize.normal_form(form): form for form in given_names}
    seen = set()
    for sentence in sentences:
        for row in sentence.rows:
            if row[0].isdigit() and row[3] in ("NOUN", "ADJ", "VERB"):
                seen.add(harmonize.normal_form(row[1]))
    by_gender: dict[str, list[str]] = {}
    for key in sorted(seen & normal.keys()):
        form = normal[key]
        by_gender.setdefault(given_names[form], []).append(form)
    return by_gender


def add_name_variants(
    sentences: Sequence[Sentence], given_names: dict[str, str], word_like: dict[str, list[str]], *, seed: int = SEED
) -> list[Sentence]:
    """Copies of the sentences whose names open with a given name of the lexicon (a PROPN word that is not the
    ``flat`` part of a name, outside a multi-word token: not ديفيد of كامب ديفيد), each such name replaced
    throughout the copy by a seeded draw from ``word_like`` of the same gender; the lemma becomes the new form
    and MISC keeps only the spacing; tags, features and tree stay. The copies follow the originals and carry
    ``# name_variant_of = <sent_id>`` instead of their text."""
    rng = random.Random(seed)
    gender_of = {harmonize.normal_form(form): gender for form, gender in given_names.items()}
    variants = []
    for sentence in sentences:
        in_tokens = {i for row in sentence.rows if "-" in row[0] for i in _range(row[0])}
        names = sorted({
            harmonize.normal_form(row[1])
            for row in sentence.rows
            if _proper_noun_word(row, in_tokens) and row[7] != "flat" and harmonize.normal_form(row[1]) in gender_of
        })  # fmt: skip
        replacement = {}
        for name in names:
            choices = [form for form in word_like.get(gender_of[name], []) if harmonize.normal_form(form) != name]
            if choices:
                replacement[name] = rng.choice(choices)
        if not replacement:
            continue
        rows = tuple(
            (*row[:1], new, new, *row[3:9], _layout_only(row[9]))
            if _proper_noun_word(row, in_tokens) and (new := replacement.get(harmonize.normal_form(row[1]))) is not None
            else row
            for row in sentence.rows
        )  # fmt: skip
        sent_id = next((c[len("# sent_id") :].lstrip(" =") for c in sentence.comments if c.startswith("# sent_id")), sentence.doc_id)
        comments = tuple(c for c in sentence.comments if not c.startswith(("# text", "# sent_id")))
        comments = (f"# sent_id = {sent_id}-names", f"# name_variant_of = {sent_id}", *comments)
        variants.append(attrs.evolve(sentence, comments=comments, rows=rows))
    return variants


def _proper_noun_word(row: tuple[str, ...], in_tokens: set[int]) -> bool:
    """A syntactic word tagged PROPN outside a multi-word token (whose written token would keep the old name)."""
    return row[0].isdigit() and row[3] == "PROPN" and int(row[0]) not in in_tokens


def _layout_only(misc: str) -> str:
    """MISC without what described the old name (its gloss, transliteration): SpaceAfter and the like stay."""
    kept = [item for item in misc.split("|") if item.startswith(("SpaceAfter", "SpacesAfter"))]
    return "|".join(kept) or "_"


def _range(word_id: str) -> range:
    first, last = word_id.split("-")
    return range(int(first), int(last) + 1)


def read_padt_dir(padt: Path) -> list[Sentence]:
    files = sorted(padt.glob("ar-ud-*.conllu*"))
    if not files:
        raise FileNotFoundError(f"no ar-ud-*.conllu(.gz) files in {padt}")
    return [sentence for path in files for sentence in harmonize.read_padt(path)]


def prepare_news(pud: Path, padt: Path, out: Path, *, name_variants: bool = True) -> dict[str, int]:
    """Write every file the news-grade runs need into ``out``; return sentence counts. ``name_variants``
    adds :func:`add_name_variants` copies to the training sentences (PADT and PUD) before the noise."""
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
    train = converted["train"] + pud_train
    if name_variants:
        lexicon = harmonize.load_given_name_genders()
        train += add_name_variants(train, lexicon, word_like_given_names(train, lexicon))
    files = {
        "mix_train.conllu": add_orthographic_noise(train),
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
