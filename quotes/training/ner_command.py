"""``python -m quotes.training ner``: the entity tagger prepared, trained, scored and shipped with its licence."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path
from typing import Any

from quotes.training.workspace import results_of, save_results

#: What the shipped entity tagger is derived from: ANERcorp and the parser's SaudiNewsNet word vectors.
FANE_LICENCE = "; with WikiFANE sentences (Alotaibi & Lee 2014): CC BY-SA 3.0"
NAMES_LICENCE = (
    "; with copies of its sentences in which other person names were put (mention replacement), names from "
    "Wikidata (CC0 1.0) and DziriNames (MIT) via arabic-name-romanizer 0.2.0, and arabnamer (E. Yousef 2026, CC BY 4.0)"
)
NER_LICENCE = (
    "trained on ANERcorp (Benajiba & Rosso; CAMeL Lab release): CC BY-SA 4.0; reads the word vectors of "
    "ar_compact (pretrain.pt), derived from SaudiNewsNet: CC BY-NC-SA 4.0, non-commercial research only (see NER.md)"
)
NER_VECTORS = "ner_vectors.pt"  # the name quotes.entity_tagger.OWN_VECTORS_FILE reads
NER_VECTORS_LICENCE = f"; reads word vectors of its own ({NER_VECTORS}), SaudiNewsNet: CC BY-NC-SA 4.0, non-commercial research only"
CHARLM_LICENCE = (
    "; reads character language models trained on SaudiNewsNet (charlm_forward.pt, charlm_backward.pt): "
    "CC BY-NC-SA 4.0, non-commercial research only"
)


def cmd_ner(args: argparse.Namespace) -> None:
    """ANERcorp segmented like the parser's words, then Stanza's NER tagger with the shipped word vectors.

    With ``--charlm``, forward and backward character language models are
    trained on SaudiNewsNet first (step ``charlm``, resumable chunk by chunk)
    and the tagger reads words through them. Resumes from ``--models``/ner.pt
    when a run was stopped; ``--step ship`` copies the trained model to
    ``models/ar_ner`` with its scores and the SHA-256 of the vectors (and
    character models) it was trained with.
    """
    from quotes.training import ner
    from quotes.training.clitics import Lexicon

    data = args.work / "ner"
    pretrain = args.work / NER_VECTORS if args.ner_vectors else args.target / "pretrain.pt"
    charlm_dir = args.charlm_dir or args.work / "charlm"
    charlm = _charlm_models(charlm_dir) if args.charlm else None
    if args.step in ("prep", "all"):
        fane = args.fane if args.fane_sentences > 0 else None
        lexicon = Lexicon.load(args.target / "clitic_lexicon.tsv.gz")
        names = args.names if args.replace_names > 0 else None
        sizes = ner.prepare(
            args.anercorp,
            lexicon,
            data,
            fane,
            args.fane_sentences,
            names=names,
            replace_names=args.replace_names,
            replace_orgs=args.replace_orgs,
            vocabulary=ner.vector_words(pretrain) if args.replace_known_names else None,
        )
        save_results(args, {"ner_split_sizes": sizes})
        print(json.dumps(sizes))
        if args.charlm:
            from quotes.training import charlm as charlm_training

            corpus = charlm_training.write_corpus(args.news, lexicon, charlm_dir / "corpus", max_chars=args.charlm_chars)
            save_results(args, {"charlm_corpus": corpus})
            print(json.dumps(corpus))
    if args.ner_vectors and args.step in ("vectors", "all"):
        from quotes.training.vectors import train_vectors

        lexicon = Lexicon.load(args.target / "clitic_lexicon.tsv.gz")
        train_vectors(args.news, lexicon, pretrain, workers=args.threads, **_ner_vector_options(args))
    if args.charlm and args.step in ("charlm", "all"):
        from quotes.training import charlm as charlm_training

        for direction in charlm_training.DIRECTIONS:
            charlm_training.train(charlm_dir / "corpus", charlm_dir / "models", direction, hidden_dim=args.charlm_hidden)
    if args.step in ("train", "all"):
        max_vocab = max(ner.PRETRAIN_MAX_VOCAB, args.ner_vectors_words) if args.ner_vectors else ner.PRETRAIN_MAX_VOCAB
        ner.train(data, pretrain, args.models, max_steps=args.max_steps, charlm=charlm, pretrain_max_vocab=max_vocab)
    if args.step in ("evaluate", "all", "ship"):
        from quotes.entity_tag_repair import RepairLexicons

        model = args.models / ner.MODEL_NAME
        repair = RepairLexicons.bundled()
        results = {split: ner.evaluate(model, pretrain, data, split, charlm=charlm, repair=repair) for split in ("dev", "test")}
        scores = {split: result["scores"] for split, result in results.items()}
        repaired = {split: result["repaired"] for split, result in results.items()}
        save_results(args, {"ner_scores": scores, "ner_repaired_scores": repaired})
        print(json.dumps({"tagger": scores, "repaired": repaired}, ensure_ascii=False))
    if args.step == "ship":
        _ship_ner(args, pretrain, charlm)


def _ner_vector_sizes(args: argparse.Namespace) -> dict[str, int]:
    return {"dim": args.ner_vectors_dim, "min_count": args.ner_vectors_min_count, "max_vocab": args.ner_vectors_words}


def _ner_vector_options(args: argparse.Namespace) -> dict[str, Any]:
    return _ner_vector_sizes(args) | {"float16": args.ner_vectors_float16}


def _charlm_models(charlm_dir: Path) -> tuple[Path, Path]:
    from quotes.training.charlm import MODEL_FILES

    return charlm_dir / "models" / MODEL_FILES["forward"], charlm_dir / "models" / MODEL_FILES["backward"]


def _ship_ner(args: argparse.Namespace, pretrain: Path, charlm: tuple[Path, Path] | None) -> None:
    """``ner.pt`` (and the character models it reads) into ``--ner-target``, with ``ner.json``: scores, sizes,
    licence and the SHA-256 of every file the tagger reads."""
    from quotes.entity_tagger import INFO_FILE, file_sha256
    from quotes.training import ner

    target = args.ner_target
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(args.models / ner.MODEL_NAME, target / ner.MODEL_NAME)
    if args.ner_vectors:
        shutil.copyfile(pretrain, target / NER_VECTORS)
    else:
        (target / NER_VECTORS).unlink(missing_ok=True)
    vectors_name = NER_VECTORS if args.ner_vectors else "../ar_compact/pretrain.pt"
    info: dict[str, Any] = {"pretrain": vectors_name, "pretrain_sha256": file_sha256(pretrain)}
    if charlm is not None:
        info["charlm"] = {}
        for direction, source in zip(("forward", "backward"), charlm, strict=True):
            shutil.copyfile(source, target / source.name)
            info["charlm"] |= {direction: source.name, f"{direction}_sha256": file_sha256(source)}
    else:
        for stale in target.glob("charlm_*.pt"):
            stale.unlink()
    licence = NER_LICENCE + (CHARLM_LICENCE if charlm else "") + (NER_VECTORS_LICENCE if args.ner_vectors else "")
    licence += (FANE_LICENCE if args.fane_sentences > 0 else "") + (NAMES_LICENCE if args.replace_names > 0 else "")
    info |= {
        "training": _ner_training_note(args),
        "split_sizes": results_of(args).get("ner_split_sizes"),
        "scores": results_of(args)["ner_scores"],
        "repaired_scores": results_of(args).get("ner_repaired_scores"),
        "licence": licence,
    }
    (target / INFO_FILE).write_text(json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"shipped {ner.MODEL_NAME} to {target}")


def _ner_training_note(args: argparse.Namespace) -> str:
    data = "ANERcorp, CAMeL Lab split; dev = last tenth of train"
    if args.fane_sentences > 0:
        data += f"; train + {args.fane_sentences} WikiFANE sentences (seeded sample, fine types mapped)"
    if args.replace_names > 0:
        kinds = "persons and organisations" if args.replace_orgs else "persons"
        data += f"; train + {args.replace_names:g}x its sentences with a person, {kinds} replaced (seeded)"
    if args.charlm:
        data += f"; words read through forward and backward character language models (SaudiNewsNet, {args.charlm_hidden}-d)"
    command = f"python -m quotes.training ner --fane-sentences {args.fane_sentences}"
    if args.ner_vectors:
        sizes = _ner_vector_sizes(args)
        data += f"; word vectors of its own (SaudiNewsNet word2vec, {sizes['dim']}-d, up to {sizes['max_vocab']:,} words)"
        command += f" --ner-vectors --ner-vectors-dim {sizes['dim']} --ner-vectors-min-count {sizes['min_count']}"
        command += f" --ner-vectors-words {sizes['max_vocab']}" + (" --ner-vectors-float16" if args.ner_vectors_float16 else "")
    if args.charlm:
        command += f" --charlm --charlm-hidden {args.charlm_hidden} --charlm-chars {args.charlm_chars}"
    if args.replace_names > 0:
        command += f" --replace-names {args.replace_names:g}" + (" --replace-orgs" if args.replace_orgs else "")
        command += " --replace-known-names" if args.replace_known_names else ""
    return f"{data}; {command}"
