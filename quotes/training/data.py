"""UD Arabic-PUD: read, split by document, and write Stanza's training files.

The split is by ``# newdoc id`` (PUD has one sentence per document), shuffled
with a fixed seed, so every run produces the same train/dev/test files.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs

SEED = 20240
SPLIT_SIZES = {"train": 800, "dev": 100, "test": 100}
# PUD gives every sentence its own document; news paragraphs hold several.
PSEUDO_DOC_SENTENCES = 8
# Share of sentences (and tokenizer pseudo-documents) rewritten with Arabic
# punctuation, so the models see both PUD's Latin , " and news's ، « ».
ARABIC_PUNCT_SHARE = 0.5


@attrs.frozen
class Sentence:
    doc_id: str
    comments: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # ten CoNLL-U columns each

    @property
    def forms(self) -> list[str]:
        return [row[1] for row in self.rows if row[0].isdigit()]

    def text(self) -> str:
        """The sentence text rebuilt from forms and SpaceAfter=No."""
        parts: list[str] = []
        for row in self.rows:
            if not row[0].isdigit():
                continue
            parts.append(row[1])
            if "SpaceAfter=No" not in row[9].split("|"):
                parts.append(" ")
        return "".join(parts).strip()

    def to_conllu(self, *, with_comments: bool = True) -> str:
        lines = list(self.comments) if with_comments else []
        lines += ["\t".join(row) for row in self.rows]
        return "\n".join(lines) + "\n\n"

    def with_arabic_punct(self) -> Sentence:
        """The same sentence with , → ، and paired " → « »."""
        rows = []
        opening = True
        for row in self.rows:
            fields = list(row)
            if row[0].isdigit() and row[1] == ",":
                fields[1] = fields[2] = "،"
            elif row[0].isdigit() and row[1] == '"':
                mark = "«" if opening else "»"
                opening = not opening
                fields[1] = fields[2] = mark
            rows.append(tuple(fields))
        new = attrs.evolve(self, rows=tuple(rows))
        text = new.text()
        comments = tuple(f"# text = {text}" if c.startswith("# text =") else c for c in self.comments)
        return attrs.evolve(new, comments=comments)


def read_conllu(path: str | Path) -> list[Sentence]:
    sentences: list[Sentence] = []
    doc_id = ""
    comments: list[str] = []
    rows: list[tuple[str, ...]] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc id"):
            doc_id = line.split("=", 1)[1].strip()
        if line.startswith("#"):
            comments.append(line)
        elif line.strip():
            rows.append(tuple(line.split("\t")))
        elif rows:
            sentences.append(Sentence(doc_id, tuple(comments), tuple(rows)))
            comments, rows = [], []
    if rows:
        sentences.append(Sentence(doc_id, tuple(comments), tuple(rows)))
    return sentences


def split(sentences: Sequence[Sentence], *, seed: int = SEED) -> dict[str, list[Sentence]]:
    """Deterministic train/dev/test split by document id.

    Documents (1-5 sentences each) are shuffled with a fixed seed; test takes
    documents until it holds SPLIT_SIZES["test"] sentences, then dev, and
    train keeps the rest. File order is kept inside each part.
    """
    sizes: dict[str, int] = {}
    for sentence in sentences:
        sizes[sentence.doc_id] = sizes.get(sentence.doc_id, 0) + 1
    doc_ids = sorted(sizes)
    random.Random(seed).shuffle(doc_ids)
    part_of: dict[str, str] = {}
    filled = {"test": 0, "dev": 0}
    for doc_id in doc_ids:
        part = next((p for p in ("test", "dev") if filled[p] < SPLIT_SIZES[p]), "train")
        part_of[doc_id] = part
        if part in filled:
            filled[part] += sizes[doc_id]
    parts: dict[str, list[Sentence]] = {"train": [], "dev": [], "test": []}
    for sentence in sentences:
        parts[part_of[sentence.doc_id]].append(sentence)
    return parts


def augment_punct(sentences: Sequence[Sentence], *, seed: int = SEED) -> list[Sentence]:
    """Rewrite a fixed share of the sentences with Arabic punctuation."""
    rng = random.Random(seed + 1)
    return [s.with_arabic_punct() if rng.random() < ARABIC_PUNCT_SHARE else s for s in sentences]


def pseudo_docs(sentences: Sequence[Sentence], size: int = PSEUDO_DOC_SENTENCES) -> list[list[Sentence]]:
    return [list(sentences[i : i + size]) for i in range(0, len(sentences), size)]


def write_conllu(path: Path, sentences: Iterable[Sentence]) -> None:
    path.write_text("".join(s.to_conllu() for s in sentences), encoding="utf-8")


def write_tokenizer_files(stem: Path, sentences: Sequence[Sentence]) -> tuple[Path, Path, Path]:
    """Stanza tokenizer inputs: raw text, per-character labels, gold CoNLL-U.

    Sentences are grouped into pseudo-documents (one paragraph each) so the
    tokenizer learns sentence boundaries inside a paragraph. Labels: 0 inside
    a token or on whitespace, 1 at the end of a token, 2 at the end of a
    sentence; paragraphs are separated by a blank line in both files.
    """
    texts: list[str] = []
    labels: list[str] = []
    for doc in pseudo_docs(sentences):
        doc_text: list[str] = []
        doc_labels: list[str] = []
        for k, sentence in enumerate(doc):
            if k:
                doc_text.append(" ")
                doc_labels.append("0")
            tokens = [row for row in sentence.rows if row[0].isdigit()]
            for i, row in enumerate(tokens):
                form = row[1]
                doc_text.append(form)
                last = "2" if i == len(tokens) - 1 else "1"
                doc_labels.append("0" * (len(form) - 1) + last)
                if i < len(tokens) - 1 and "SpaceAfter=No" not in row[9].split("|"):
                    doc_text.append(" ")
                    doc_labels.append("0")
        texts.append("".join(doc_text))
        labels.append("".join(doc_labels))
        assert len(texts[-1]) == len(labels[-1])
    txt, lab, gold = (stem.parent / f"{stem.name}.{ext}" for ext in ("txt", "toklabels", "conllu"))
    txt.write_text("\n\n".join(texts) + "\n", encoding="utf-8")
    lab.write_text("\n\n".join(labels) + "\n", encoding="utf-8")
    write_conllu(gold, sentences)
    return txt, lab, gold


def raw_text(sentences: Sequence[Sentence]) -> str:
    """Raw text of the sentences, paragraphs of PSEUDO_DOC_SENTENCES each."""
    return "\n\n".join(" ".join(s.text() for s in doc) for doc in pseudo_docs(sentences)) + "\n"


def prepare(pud: Path, out: Path) -> dict[str, int]:
    """Write every data file the trainers need into ``out``; return sizes."""
    out.mkdir(parents=True, exist_ok=True)
    parts = split(read_conllu(pud))
    parts["traindev"] = parts["train"] + parts["dev"]
    for name, sentences in parts.items():
        write_conllu(out / f"{name}.gold.conllu", sentences)
        augmented = augment_punct(sentences) if name in ("train", "traindev") else sentences
        write_conllu(out / f"{name}.conllu", augmented)
        write_tokenizer_files(out / f"{name}.tok", augmented)
        (out / f"{name}.raw.txt").write_text(raw_text(sentences), encoding="utf-8")
    (out / "split.tsv").write_text(
        "".join(f"{s.doc_id}\t{name}\n" for name in ("train", "dev", "test") for s in parts[name]),
        encoding="utf-8",
    )
    return {name: len(sentences) for name, sentences in parts.items()}
