"""Evaluate a model directory from raw text with the CoNLL 2018 scorer, and time it.

The scorer is ``udtools.udeval`` (Stanza 1.15 no longer ships
``conll18_ud_eval.py``). Per-relation F1 is computed here on the same
character-span alignment the scorer uses (there are no multi-word tokens).
"""

from __future__ import annotations

import gzip
import json
import os
import random
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

METRICS = ("Tokens", "Sentences", "Words", "UPOS", "UFeats", "Lemmas", "UAS", "LAS")
RELATIONS = ("nsubj", "ccomp", "parataxis", "appos", "obj")
SPEED_SENTENCES = 300
SPEED_SEED = 7


def to_conllu(docs: list[Any]) -> str:
    return "".join(f"{doc:C}\n\n" for doc in docs)


def udeval_scores(gold: Path, system: Path) -> dict[str, float]:
    from udtools import udeval

    result = udeval.evaluate(udeval.load_conllu_file(str(gold)), udeval.load_conllu_file(str(system)))
    return {name: round(100 * result[name].f1, 2) for name in METRICS}


def _words_by_span(path: Path) -> list[dict[tuple[int, int], tuple[tuple[int, int] | None, str]]]:
    """Per file: word span in the non-whitespace character stream → (head span, deprel)."""
    spans: dict[tuple[int, int], tuple[tuple[int, int] | None, str]] = {}
    position = 0
    sentence: list[tuple[str, str, str]] = []

    def flush() -> None:
        nonlocal position
        word_span: dict[str, tuple[int, int]] = {}
        for word_id, form, _ in sentence:
            length = len(re.sub(r"\s", "", form))
            word_span[word_id] = (position, position + length)
            position += length
        for word_id, _, rest in sentence:
            head, deprel = rest.split("\t")
            spans[word_span[word_id]] = (word_span.get(head), deprel.split(":")[0])
        sentence.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            flush()
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                sentence.append((cols[0], cols[1], f"{cols[6]}\t{cols[7]}"))
    flush()
    return [spans]


def relation_counts(gold: Path, relations: tuple[str, ...] = RELATIONS) -> dict[str, int]:
    counts: Counter[str] = Counter(deprel for _, deprel in _words_by_span(gold)[0].values())
    return {relation: counts[relation] for relation in relations}


def relation_f1(gold: Path, system: Path, relations: tuple[str, ...] = RELATIONS) -> dict[str, float]:
    """Labelled F1 per relation: right head and right (universal) label."""
    gold_words = _words_by_span(gold)[0]
    system_words = _words_by_span(system)[0]
    n_gold: Counter[str] = Counter(deprel for _, deprel in gold_words.values())
    n_system: Counter[str] = Counter(deprel for _, deprel in system_words.values())
    correct: Counter[str] = Counter(deprel for span, (head, deprel) in system_words.items() if gold_words.get(span) == (head, deprel))
    scores = {}
    for relation in relations:
        p = correct[relation] / n_system[relation] if n_system[relation] else 0.0
        r = correct[relation] / n_gold[relation] if n_gold[relation] else 0.0
        scores[relation] = round(100 * 2 * p * r / (p + r), 2) if p + r else 0.0
    return scores


def evaluate_model(
    model_dir: Path, data_dir: Path, out_dir: Path, *, split: str = "test", correct: bool = True, threads: int = 2
) -> dict[str, Any]:
    """Parse the split's raw text with the full pipeline and score it."""
    from quotes.parser import StanzaParser

    parser = StanzaParser(model_dir, threads=threads)
    if not correct:
        parser._lexicon = None  # measure the bare model too
    text = (data_dir / f"{split}.raw.txt").read_text(encoding="utf-8")
    docs = parser.parse_many([text])
    out_dir.mkdir(parents=True, exist_ok=True)
    system = out_dir / f"{split}.{'corrected' if correct else 'bare'}.pred.conllu"
    system.write_text(to_conllu(docs), encoding="utf-8")
    gold = data_dir / f"{split}.gold.conllu"
    return {
        "metrics": udeval_scores(gold, system),
        "relations": relation_f1(gold, system),
        "gold_sentences": sum(1 for line in gold.read_text(encoding="utf-8").splitlines() if line.startswith("# sent_id")),
    }


def news_sample(news: Path, n_sentences: int = SPEED_SENTENCES, seed: int = SPEED_SEED) -> list[str]:
    """Paragraphs from randomly chosen SaudiNewsNet articles, about n_sentences in all."""
    with gzip.open(news, "rt", encoding="utf-8") as handle:
        articles = [json.loads(line)["text"] for line in handle]
    rng = random.Random(seed)
    paragraphs: list[str] = []
    counted = 0
    for index in rng.sample(range(len(articles)), len(articles)):
        for paragraph in articles[index].split("\n"):
            paragraph = paragraph.strip()
            if len(paragraph) < 40:
                continue
            paragraphs.append(paragraph)
            counted += max(1, len(re.findall(r"[.!؟?](\s|$)", paragraph)))
            if counted >= n_sentences:
                return paragraphs
    return paragraphs


def measure_speed(model_dir: Path, paragraphs: list[str], *, threads: int = 2, batch_size: int | None = None) -> dict[str, float]:
    from quotes.parser import DEFAULT_BATCH_SIZE, StanzaParser

    started = time.perf_counter()
    parser = StanzaParser(model_dir, threads=threads, batch_size=batch_size or DEFAULT_BATCH_SIZE)
    loaded = time.perf_counter()
    parser.parse_many(paragraphs[:3])  # warm-up
    begin = time.perf_counter()
    docs = parser.parse_many(paragraphs)
    seconds = time.perf_counter() - begin
    load_average = os.getloadavg()[0]  # other work on the machine slows the measurement
    sentences = sum(len(doc.sentences) for doc in docs)
    words = sum(len(sentence.words) for doc in docs for sentence in doc.sentences)
    return {
        "threads": threads,
        "batch_size": batch_size or DEFAULT_BATCH_SIZE,
        "load_s": round(loaded - started, 2),
        "seconds": round(seconds, 2),
        "sentences": sentences,
        "words": words,
        "sentences_per_s": round(sentences / seconds, 1),
        "words_per_s": round(words / seconds, 0),
        "load_average": round(load_average, 1),
    }
