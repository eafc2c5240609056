"""A feature-rich CRF beside the shipped entity tagger, with the name lists as features (NER.md, 2026-12-05; not kept).

Needs ``pip install python-crfsuite==0.9.12`` (not a dependency of quotes) and the segmented ANERcorp splits of
``python -m quotes.training ner --anercorp ../shared/data/anercorp --step prep`` (``--data``: their folder). Trains a
linear-chain CRF on the train split (word, affixes, neighbours, the name lists' given/surname counts, arabnamer,
ESCO titles and the project's lexicons), tags dev and test with it and with the shipped BiLSTM, and prints exact-span
scores of each tagger, of the BiLSTM plus the CRF's spans of some types where the BiLSTM said O, and of each after
the document repair (``quotes.entity_tag_repair``). Choose on dev; read test once.

    .venv/bin/python scripts/ner_crf_experiment.py --data work/train/ner
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pycrfsuite  # type: ignore[import-not-found]

from quotes.entity_tag_repair import RepairLexicons, repair_tags
from quotes.graph import tag_spans
from quotes.normalize import normalize
from quotes.training.ner import predict, score, vector_words

LEXICONS = Path("rules/lexicons")
NAMES = Path("../shared/data/names")
ESCO = Path("../shared/data/esco-occupations-ar/occupations_ar.csv.gz")
MODEL = Path("quotes/models/ar_ner/ner.pt")
VECTORS = Path("quotes/models/ar_compact/pretrain.pt")
#: word features read from the words one before and after (the first five also two away)
NEIGHBOUR_KEYS = (
    "w",
    "role",
    "given",
    "orgh",
    "honor",
    "b",
    "s2",
    "nm_tot",
    "nm_sur",
    "nm_giv",
    "esco",
    "report",
    "al",
    "oov",
    "arabnamer",
)
RULES = {"organisations": {"ORG"}, "persons": {"PERS"}, "persons and organisations": {"PERS", "ORG"}, "all": {"PERS", "ORG", "LOC", "MISC"}}


def without_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def lexicon_rows(name: str, key_column: int = 0) -> dict[str, dict[str, str]]:
    lines = [
        line for line in (LEXICONS / f"{name}.tsv").read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")
    ]
    header = lines[0].split("\t")
    rows = {}
    for line in lines[1:]:
        cells = line.split("\t") + [""] * len(header)
        rows[normalize(cells[key_column])] = dict(zip(header, cells, strict=False))
    return rows


def gazetteers(use: bool) -> dict[str, Any]:
    """Normalised word sets and counts; empty (but the vectors' words) when ``use`` is false (the ablation)."""
    found: dict[str, Any] = {"vocab": vector_words(VECTORS)}
    if not use:
        return found
    units = {}
    with gzip.open(NAMES / "wikidata-dzirinames/name_units.tsv.gz", "rt", encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            key, given, surname, _unknown, total = line.rstrip("\n").split("\t")
            units[normalize(key)] = (int(given), int(surname), int(total))
    with gzip.open(NAMES / "arabnamer/dict_FINAL.json.gz", "rt", encoding="utf-8") as handle:
        spellings = {normalize(value) for value in json.load(handle).values() if " " not in value}
    given = lexicon_rows("given_names")
    esco = set()
    with gzip.open(ESCO, "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for label in [*row["preferredLabel"].split("/"), *row["altLabels"].split("\n")]:
                if label.split():
                    esco.add(without_article(normalize(label.split()[0])))
    heads = set(lexicon_rows("organisation_anaphors", 1)) | set(lexicon_rows("media_nouns"))
    return found | {
        "units": units,
        "arabnamer": spellings,
        "given": set(given),
        "given_common": {word for word, row in given.items() if row.get("common")},
        "role": {word: row.get("kind") or "1" for word, row in lexicon_rows("role_nouns").items()},
        "orgh": heads | {without_article(word) for word in lexicon_rows("institution_nouns")},
        "media": set(lexicon_rows("media_names")),
        "honor": set(lexicon_rows("honorifics")) | {without_article(word) for word in lexicon_rows("honorifics")},
        "placen": set(lexicon_rows("place_nouns")),
        "report": set(lexicon_rows("reporting_verbs")),
        "esco": esco,
    }


def word_features(word: str, gaz: dict[str, Any], memory: dict[str, dict[str, str]]) -> dict[str, str]:
    if word in memory:
        return memory[word]
    n = normalize(word)
    b = without_article(n)
    f = {
        "w": n,
        "b": b,
        "p2": n[:2],
        "p3": n[:3],
        "s1": n[-1:],
        "s2": n[-2:],
        "s3": n[-3:],
        "bp2": b[:2],
        "bs2": b[-2:],
        "len": str(min(len(n), 8)),
    }
    flags = {"al": n.startswith("ال"), "dig": any(c.isdigit() for c in n), "lat": any("a" <= c.lower() <= "z" for c in n)}
    flags["punct"] = not any(c.isalnum() for c in n)
    f |= {key: "1" for key, on in flags.items() if on}
    f["oov"] = "0" if word in gaz["vocab"] else "1"
    if "units" in gaz:
        counts = gaz["units"].get(n) or gaz["units"].get(b)
        if counts:
            given, surname, total = counts
            f |= {
                "nm_tot": str(min(5, int(math.log10(total)) + 1)),
                "nm_giv": str(round(4 * given / total)),
                "nm_sur": str(round(4 * surname / total)),
            }
        else:
            f["nm_tot"] = "none"
        if n in gaz["given"]:
            f["given"] = "c" if n in gaz["given_common"] else "1"
        if b in gaz["role"]:
            f["role"] = gaz["role"][b]
        f |= {key: "1" for key in ("arabnamer", "media", "honor", "placen", "report") if n in gaz[key]}
        if b in gaz["orgh"] or n in gaz["orgh"]:
            f["orgh"] = "1"
        if b in gaz["esco"]:
            f["esco"] = "1"
    memory[word] = f
    return f


def sentence_features(words: Sequence[str], gaz: dict[str, Any], memory: dict[str, dict[str, str]]) -> list[dict[str, float]]:
    each = [word_features(word, gaz, memory) for word in words]
    result = []
    for i in range(len(words)):
        f = {"bias": 1.0} | {f"{k}={v}": 1.0 for k, v in each[i].items()}
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if not 0 <= j < len(words):
                f[f"{offset}:pad"] = 1.0
                continue
            keys = NEIGHBOUR_KEYS if abs(offset) == 1 else NEIGHBOUR_KEYS[:5]
            f |= {f"{offset}:{k}={each[j][k]}": 1.0 for k in keys if k in each[j]}
        if i > 0:
            f[f"bi-={each[i - 1]['w']}|{each[i]['w']}"] = 1.0
        if i + 1 < len(words):
            f[f"bi+={each[i]['w']}|{each[i + 1]['w']}"] = 1.0
        result.append(f)
    return result


def bio(tags: Sequence[str]) -> list[str]:
    return [tag if tag == "O" else ("B-" if tag[0] in "BS" else "I-") + tag[2:] for tag in tags]


def bioes(tags: Sequence[str]) -> list[str]:
    result = ["O"] * len(tags)
    for start, end, kind in tag_spans(tags):
        if end - start == 1:
            result[start] = f"S-{kind}"
            continue
        result[start:end] = [f"B-{kind}"] + [f"I-{kind}"] * (end - start - 2) + [f"E-{kind}"]
    return result


def combined(bilstm: Sequence[Sequence[str]], crf: Sequence[Sequence[str]], kinds: set[str]) -> list[list[str]]:
    """The BiLSTM's tags plus the CRF's spans of ``kinds`` whose words the BiLSTM all tagged O."""
    result = []
    for ours, theirs in zip(bilstm, crf, strict=True):
        tags = bio(ours)
        for start, end, kind in tag_spans(theirs):
            if kind in kinds and all(tag == "O" for tag in tags[start:end]):
                tags[start:end] = [f"B-{kind}"] + [f"I-{kind}"] * (end - start - 1)
        result.append(bioes(tags))
    return result


def load(data: Path, split: str) -> tuple[list[list[str]], list[list[str]]]:
    sentences = json.loads((data / f"ner.{split}.json").read_text(encoding="utf-8"))
    return [[w["text"] for w in s] for s in sentences], [[w["ner"] for w in s] for s in sentences]


def line(name: str, gold: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]) -> str:
    scores = score(gold, tags)
    return f"{name:44s} " + "  ".join(
        f"{k} {scores[k]['p']:.1f}/{scores[k]['r']:.1f}/{scores[k]['f1']:.2f}" for k in ("PERS", "ORG", "LOC", "MISC", "ALL")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("work/train/ner"))
    parser.add_argument("--out", type=Path, default=Path("work/ner_crf"))
    parser.add_argument("--c1", type=float, default=0.1)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=100)
    parser.add_argument("--no-gazetteers", action="store_true", help="the ablation: no name lists, ESCO or lexicons")
    parser.add_argument("--splits", nargs="+", default=["dev"], help="dev to choose; add test once")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    gaz, memory = gazetteers(not args.no_gazetteers), {}
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in zip(*load(args.data, "train"), strict=True):
        trainer.append(sentence_features(words, gaz, memory), bio(tags))
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations, "feature.possible_transitions": True})
    trainer.train(str(args.out / "crf.model"))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(args.out / "crf.model"))
    repair = RepairLexicons.bundled()
    for split in args.splits:
        words, gold = load(args.data, split)
        crf = [bioes(tagger.tag(sentence_features(w, gaz, memory))) for w in words]
        bilstm = predict(MODEL, VECTORS, words)
        runs = {"BiLSTM (shipped)": bilstm, "CRF": crf} | {
            f"BiLSTM + the CRF's {name}": combined(bilstm, crf, kinds) for name, kinds in RULES.items()
        }
        print(f"== {split}")
        for name, tags in runs.items():
            print(line(name, gold, tags))
            print(line(name + " + repair", gold, repair_tags(words, tags, repair)))


if __name__ == "__main__":
    main()
