"""Parser data with predicted tags: the words, heads and relations of a treebank, the tags of a tagger.

Stanza's own recipe (``run_depparse``) trains the dependency parser on
tags the POS model predicted, so the parser learns to live with the
tagger's errors. ``news-prep --predicted-tags`` writes such copies of the
mixed train and dev files: UPOS, XPOS, FEATS and LEMMA from a model
folder's tagger and lemmatizer (the shipped ones by default), every other
column (id, form, head, relation, enhanced graph, misc) as in the gold file.
The parser is then continued from a trained ``parser.pt``
(``news-train --stage parser --predicted-tags --from-shipped``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from quotes.training import data

#: per word: (lemma, upos, xpos, feats), CoNLL-U columns 3-6
Tags = tuple[str, str, str, str]

#: ``<split>`` → the name of its predicted-tag copy (``mix_train`` → ``mix_train_predtags``)
SUFFIX = "_predtags"

#: the gold files ``news-prep --predicted-tags`` retags, and the copies it writes (names ``stanza_runs.Run`` reads)
RETAGGED = {"mix_train.conllu": f"mix_train{SUFFIX}.conllu", "mix_dev.gold.conllu": f"mix_dev{SUFFIX}.gold.conllu"}


def retag_sentence(sentence: data.Sentence, tags: Sequence[Tags]) -> data.Sentence:
    """``sentence`` with its words' lemma, UPOS, XPOS and FEATS replaced by ``tags`` (one per word, in order)."""
    words = sum(1 for row in sentence.rows if row[0].isdigit())
    if words != len(tags):
        raise ValueError(f"{len(tags)} tagged words for a sentence of {words} ({sentence.doc_id})")
    supply = iter(tags)
    rows = []
    for row in sentence.rows:
        if row[0].isdigit():
            lemma, upos, xpos, feats = (value or "_" for value in next(supply))
            row = (row[0], row[1], lemma, upos, xpos, feats, *row[6:])
        rows.append(row)
    return data.Sentence(sentence.doc_id, sentence.comments, tuple(rows))


def predict_tags(model_dir: Path, sentences: Sequence[Sequence[str]], *, batch_size: int = 3000) -> list[list[Tags]]:
    """Lemma, UPOS, XPOS and FEATS of the given words from ``model_dir``'s tagger and lemmatizer (no parser).

    The tags are the tagger's own, before the corrections ``quotes`` makes
    after parsing (given names, first-person verbs): the parser sees these.
    """
    import stanza

    options = {
        "lang": "ar",
        "dir": str(model_dir),
        "download_method": None,
        "allow_unknown_language": True,
        "logging_level": "WARN",
        "use_gpu": False,
        "processors": "tokenize,pos,lemma",
        "tokenize_pretokenized": True,
        "pos_model_path": str(model_dir / "tagger.pt"),
        "lemma_model_path": str(model_dir / "lemmatizer.pt"),
        "pos_batch_size": batch_size,
    }
    if (model_dir / "pretrain.pt").is_file():
        options["pos_pretrain_path"] = str(model_dir / "pretrain.pt")
    pipeline = stanza.Pipeline(**options)
    doc = pipeline([list(words) for words in sentences])
    return [[(word.lemma or "_", word.upos or "_", word.xpos or "_", word.feats or "_") for word in sent.words] for sent in doc.sentences]


def retag_file(model_dir: Path, source: Path, target: Path) -> int:
    """Write ``source`` with predicted tags to ``target``; return the number of sentences."""
    sentences = data.read_conllu(source)
    tags = predict_tags(model_dir, [sentence.forms for sentence in sentences])
    data.write_conllu(target, [retag_sentence(sentence, words) for sentence, words in zip(sentences, tags, strict=True)])
    return len(sentences)


def tag_agreement(gold: Path, predicted: Path) -> dict[str, float]:
    """Share of words whose UPOS, FEATS and lemma the predicted copy kept (how far the tags moved)."""
    pairs = [
        (g, p)
        for gs, ps in zip(data.read_conllu(gold), data.read_conllu(predicted), strict=True)
        for g, p in zip((r for r in gs.rows if r[0].isdigit()), (r for r in ps.rows if r[0].isdigit()), strict=True)
    ]
    total = len(pairs) or 1
    return {
        "words": len(pairs),
        "upos": round(100 * sum(g[3] == p[3] for g, p in pairs) / total, 2),
        "feats": round(100 * sum(g[5] == p[5] for g, p in pairs) / total, 2),
        "lemma": round(100 * sum(g[2] == p[2] for g, p in pairs) / total, 2),
    }


def prepare(model_dir: Path, data_dir: Path) -> dict[str, dict[str, float]]:
    """The predicted-tag copies of the mixed train and dev files (:data:`RETAGGED`), with their tag agreement."""
    report = {}
    for source, target in RETAGGED.items():
        retag_file(model_dir, data_dir / source, data_dir / target)
        report[target] = tag_agreement(data_dir / source, data_dir / target)
    return report
