"""Copy trained models into the package, without optimizer state, and write the card.

``results`` is the JSON the training command collects (evaluation, speed,
comparison, clitic measurement, timings); MODEL.md and scores.json are
rendered from it so the card always matches the measured figures.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from quotes.training.clitics import KEEP_FILE
from quotes.training.evaluate import METRICS, RELATIONS

SHIPPED = ("tokenizer.pt", "tagger.pt", "lemmatizer.pt", "parser.pt")
# keys Stanza may save next to the weights that inference never reads
TRAINING_ONLY_KEYS = ("optimizer", "optimizer_state", "scheduler", "optimizers", "schedulers")
MODEL_NAME = "ar_compact"
# what `quotes models` prints; a model trained on PADT is CC BY-NC-SA 3.0 instead (MODEL.md)
PUD_LICENCE = (
    "tokenizer, tagger, lemmatizer and parser trained on UD Arabic-PUD: CC BY-SA 3.0; word vectors (pretrain.pt) and "
    "clitic lexicon derived from SaudiNewsNet: CC BY-NC-SA 4.0, non-commercial research only (see MODEL.md)"
)


def strip_training_state(source: Path, target: Path) -> list[str]:
    """Save ``source`` to ``target`` without optimizer/scheduler state; return what was dropped."""
    import torch

    checkpoint = torch.load(source, map_location="cpu", weights_only=False)
    dropped = [key for key in TRAINING_ONLY_KEYS if key in checkpoint]
    for key in dropped:
        del checkpoint[key]
    config = checkpoint.get("config")
    if isinstance(config, dict):
        # local training paths mean nothing on another machine
        for key in list(config):
            if key.endswith(("_file", "_gold")) or key in ("save_dir", "save_name", "data_dir", "wordvec_dir", "continue_from"):
                config[key] = None
    torch.save(checkpoint, target, _use_new_zipfile_serialization=False)
    return dropped


def _copy_models(models: Path, target: Path) -> list[str]:
    """The shipped model files into ``target`` without their training state; a note for each file that had some."""
    target.mkdir(parents=True, exist_ok=True)
    notes = []
    for name in SHIPPED:
        dropped = strip_training_state(models / name, target / name)
        if dropped:
            notes.append(f"{name}: dropped {', '.join(dropped)}")
    return notes


def ship(models: Path, pretrain: Path | None, lexicon: Path, target: Path, results: dict[str, Any]) -> list[str]:
    notes = _copy_models(models, target)
    if pretrain is not None:
        shutil.copyfile(pretrain, target / "pretrain.pt")
    elif (target / "pretrain.pt").exists():
        (target / "pretrain.pt").unlink()
    shutil.copyfile(lexicon, target / "clitic_lexicon.tsv.gz")
    shutil.copyfile(KEEP_FILE, target / KEEP_FILE.name)
    (target / "resources.json").write_text("{}\n", encoding="utf-8")
    write_scores(target / "scores.json", results)
    (target / "MODEL.md").write_text(render_card(results, target), encoding="utf-8")
    return notes


COMPARISON_LABELS = {
    "vectors_dev": "dev, all four models trained on train, with SaudiNewsNet vectors",
    "novectors_dev": "dev, same without vectors (tagger and parser runs shortened)",
    "vectors_test": "test, all four models trained on train, with vectors",
    "novectors_test": "test, same without vectors (shortened)",
}


def _final(results: dict[str, Any]) -> dict[str, Any]:
    evaluations = results.get("evaluations", {})
    final = {"trained_on": results.get("trained_on", ""), "test": evaluations["final_test"]}
    if "final_test_bare" in evaluations:
        final["test_bare"] = evaluations["final_test_bare"]
    return final


def write_scores(path: Path, results: dict[str, Any]) -> None:
    final = _final(results)
    scores = {
        "name": MODEL_NAME,
        "licence": results.get("licence", PUD_LICENCE),
        "trained_on": final["trained_on"],
        "test": {**final["test"]["metrics"], **{f"F1:{k}": v for k, v in final["test"]["relations"].items()}},
        "test_without_clitic_correction": final.get("test_bare", {}).get("metrics", {}),
        "speed": results.get("speed", {}),
        "clitics": results.get("clitics", {}),
    }
    path.write_text(json.dumps(scores, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _row(label: str, metrics: dict[str, float]) -> str:
    return f"| {label} | " + " | ".join(f"{metrics.get(m, float('nan')):.2f}" for m in METRICS) + " |"


def _size_table(target: Path) -> str:
    rows = []
    total = 0
    for path in sorted(target.iterdir()):
        size = path.stat().st_size
        total += size
        rows.append(f"| {path.name} | {size / 1e6:.1f} MB |")
    rows.append(f"| **total** | **{total / 1e6:.1f} MB** |")
    return "\n".join(["| file | size |", "| --- | --- |", *rows])


def _speed_note(results: dict[str, Any]) -> str:
    grid = results.get("speed_grid", [])
    if not grid:
        return "Not measured."
    best = max(grid, key=lambda s: s["words_per_s"])
    return (
        f"Fastest setting: {best['threads']} torch threads, batch size {best['batch_size']} words "
        f"({best['sentences_per_s']} sentences/s, {best['words_per_s']:.0f} words/s). `StanzaParser` defaults to "
        "`batch_size=3000`; pass `threads=` to match the cores you have (one process per core pair scales better "
        "than more threads in one process)."
    )


def _clitics_note(report: dict[str, Any]) -> str:
    if not report.get("candidates") or report.get("unjudged"):
        return "Not measured."
    return (
        f"On {report['words']:,} written words of SaudiNewsNet (paragraphs of random articles, seed 13, about 300 "
        f"sentences), {report['candidates']:,} begin with و ف ب ل س. The lexicon correction changed the prefix split of "
        f"{report['changed']}; all of them were judged by hand (PUD conventions), and so was a random sample of "
        f"{report['unchanged_sample']} of the unchanged ones ({report['unchanged_sample_errors']} wrong). "
        f"Among the changed words the tokenizer alone was wrong {report['errors_in_changed_before']} times "
        f"({report.get('changed_before_left_unsplit', '?')} prefixes left attached, e.g. وقال; "
        f"{report.get('changed_before_split_wrongly', '?')} wrong splits, e.g. و + زير), the correction "
        f"{report['errors_in_changed_after']} times ({report.get('changed_after_left_unsplit', '?')} left attached, "
        f"{report.get('changed_after_split_wrongly', '?')} wrong splits).\n\n"
        f"| | prefix-split errors (estimated) | per candidate word | per written word |\n"
        f"| --- | --- | --- | --- |\n"
        f"| tokenizer alone | {report['estimated_errors_before']} | {report['error_rate_before_per_candidate']}% | "
        f"{report['error_rate_before_per_word']}% |\n"
        f"| with the lexicon correction (shipped) | {report['estimated_errors_after']} | "
        f"{report['error_rate_after_per_candidate']}% | {report['error_rate_after_per_word']}% |\n\n"
        "Judgements: `quotes/training/clitic_judgements.tsv`; re-run with `python -m quotes.training clitics`."
    )


def render_card(results: dict[str, Any], target: Path) -> str:
    final = _final(results)
    header = "| setting | " + " | ".join(METRICS) + " |\n|" + " --- |" * (len(METRICS) + 1)
    rows = [_row("**shipped model**, with the clitic correction", final["test"]["metrics"])]
    if "test_bare" in final:
        rows.append(_row("shipped model, tokenizer output as is (no correction)", final["test_bare"]["metrics"]))
    for key, label in COMPARISON_LABELS.items():
        if key in results.get("evaluations", {}):
            rows.append(_row(label, results["evaluations"][key]["metrics"]))
    relations = "| relation | " + " | ".join(RELATIONS) + " |\n|" + " --- |" * (len(RELATIONS) + 1)
    relations += "\n| F1 (test, shipped) | " + " | ".join(f"{final['test']['relations'][r]:.2f}" for r in RELATIONS) + " |"
    counts = final["test"].get("gold_relation_counts")
    if counts:
        relations += "\n| gold count in test | " + " | ".join(str(counts[r]) for r in RELATIONS) + " |"
    speed = results.get("speed", {})
    speed_rows = "\n".join(
        f"| {s['threads']} | {s['batch_size']} | {s['sentences']} | {s['words']} | {s['seconds']} | "
        f"{s['sentences_per_s']} | {s['words_per_s']:.0f} | {s['load_s']} | {s.get('load_average', '')} |"
        for s in results.get("speed_grid", [])
    )
    text = TEMPLATE.format(
        command=results.get("command", "python -m quotes.training all"),
        split=results["split"],
        header=header,
        rows="\n".join(rows),
        relations=relations,
        speed_rows=speed_rows,
        speed_choice=speed.get("note", "") or _speed_note(results),
        comparison_note=results.get("comparison_note", ""),
        clitics_note=results.get("clitics_note", "") + "\n\n" + _clitics_note(results.get("clitics", {})),
        timing_note=results.get("timing_note", ""),
        training_note=results.get("training_note", ""),
        sizes=_size_table(target) if target.exists() else "",
    )
    return text


TEMPLATE = """\
# ar_compact — a compact Arabic Stanza model for `quotes`

Stanza 1.15 tokenizer, POS/morphological-feature tagger, lemmatizer and
dependency parser trained on CPU from UD Arabic-PUD, with word vectors
trained on SaudiNewsNet. `quotes` loads it offline
(`download_method=None`) when no other model is given and Stanza's
official Arabic models are not installed.

## Data and licence

- **UD Arabic-PUD** (1,000 sentences of news and Wikipedia translated into
  Arabic; the Parallel Universal Dependencies test set of the CoNLL 2017
  shared task), licence **CC BY-SA 3.0** (the treebank's own LICENSE.txt). The model files are derived from
  it and are distributed under CC BY-SA 3.0 as well. PUD writes every
  clitic as its own token (و + قال, ل + لسلطة) and has no multi-word
  token ranges; the model does the same.
- **SaudiNewsNet** (Mazen Abdulaziz: 31,030 articles from 14 Saudi online
  newspapers in Modern Standard Arabic, 8.76M words;
  github.com/inparallel/SaudiNewsNet, whose README gives **CC BY-NC-SA 4.0,
  for open scientific research only**; the Hugging Face card says unknown).
  The word vectors and the clitic lexicon below are derived from it and are
  therefore non-commercial; the model as bundled is not fit for commercial
  use, even though its four Stanza models are trained on PUD alone. Used here as raw text only (the 29k articles with text in
  `../shared/data/saudinewsnet/`), for the word vectors (`pretrain.pt`,
  word2vec skip-gram, 100 dimensions, vocabulary capped at 50,000) and the
  clitic frequency lexicon (`clitic_lexicon.tsv.gz`, word forms seen at
  least 5 times with their counts).
- The project's quote dev set `gold/dev/pud_dev.conllu` (155 sentences) is
  taken from PUD too, so those sentences are part of this model's training
  or dev/test data (see the split file written by `prep`): parses of them
  are better than on unseen text.

## Split

{split}

## Training command

```
{command}
```

{training_note}

{timing_note}

## Test-split figures (never used for model selection)

CoNLL 2018 scorer (`udtools.udeval`), F1, from **raw text** (the test
sentences joined into paragraphs of 8, so sentence splitting is scored too):

{header}
{rows}

{comparison_note}

Labelled F1 (right head and label) per relation on the same run:

{relations}

## Speed

Full pipeline (tokenize, clitic correction, pos, lemma, depparse) on about
300 SaudiNewsNet sentences (paragraphs of randomly chosen articles, seed 7),
CPU, one process:

| torch threads | batch size (words) | sentences | words | seconds | sentences/s | words/s | model load (s) | machine load average |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
{speed_rows}

{speed_choice}

## Clitic prefixes on news

{clitics_note}

## Files

{sizes}

`resources.json` is the empty index Stanza wants in a model directory when
loading offline. No optimizer state is shipped; the word-vector vocabulary
is capped at 50,000 words.
"""


# ---- the news model (`all --corpus mix`) ----

NEWS_CARD = Path(__file__).with_name("news_card.md")
MIX_LICENCE = (
    "tagger, lemmatizer and parser trained on UD Arabic-PADT (CC BY-NC-SA 3.0) + UD Arabic-PUD (CC BY-SA 3.0): "
    "CC BY-NC-SA 3.0, non-commercial; tokenizer trained on UD Arabic-PUD: CC BY-SA 3.0; word vectors (pretrain.pt) and "
    "clitic lexicon derived from SaudiNewsNet: CC BY-NC-SA 4.0, non-commercial research only (see MODEL.md)"
)
TRAINED_ON = {
    "mix": "UD Arabic-PADT train + UD Arabic-PUD train (tokenizer: UD Arabic-PUD train+dev)",
    "pud": "UD Arabic-PUD train (tokenizer: UD Arabic-PUD train+dev)",
}
LICENCES = {"mix": MIX_LICENCE, "pud": PUD_LICENCE}
GOLD_WORD_METRICS = ("UPOS", "UFeats", "Lemmas", "UAS", "LAS")
RAW_METRICS = ("Tokens", "Words", "UPOS", "UFeats", "Lemmas", "UAS", "LAS")
QUOTE_FIGURES = {"quote_f1": "quote F1", "speaker_acc": "speaker acc", "role_acc": "role acc", "e2e_f1": "e2e F1"}
QUOTE_SETS = ("snn_dev", "seed", "pud_dev", "check")


def ship_news(models: Path, pretrain: Path, lexicon: Path, target: Path, results: dict[str, Any], *, corpus: str = "mix") -> list[str]:
    """Copy the assembled news model into ``target`` (no optimiser state) with scores.json and MODEL.md."""
    results = {**results, "licence": LICENCES[corpus], "trained_on": TRAINED_ON[corpus], "corpus": corpus}
    notes = _copy_models(models, target)
    shutil.copyfile(pretrain, target / "pretrain.pt")
    shutil.copyfile(lexicon, target / "clitic_lexicon.tsv.gz")
    shutil.copyfile(KEEP_FILE, target / KEEP_FILE.name)
    (target / "resources.json").write_text("{}\n", encoding="utf-8")
    (target / "scores.json").write_text(json.dumps(news_scores(results), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (target / "MODEL.md").write_text(render_news_card(results, target), encoding="utf-8")
    return notes


def news_scores(results: dict[str, Any]) -> dict[str, Any]:
    """scores.json: ``test`` is PUD test from raw text (what `quotes models` prints), then PADT test and the quote sets."""
    evaluation = results["news_eval"][results["corpus"]]
    pud, padt = evaluation["pud_test_raw"], evaluation["padt_test"]
    return {
        "name": MODEL_NAME,
        "licence": results["licence"],
        "trained_on": results["trained_on"],
        "test": {**pud["metrics"], **{f"F1:{k}": v for k, v in pud["relations"].items()}},
        "padt_test_gold_words": {**padt["metrics"], **{f"F1:{k}": v for k, v in padt["relations"].items()}},
        "downstream": {
            name: {key: scores[key] for key in QUOTE_FIGURES} for name, scores in evaluation.get("downstream", {}).items()
        },
        "speed": results.get("news_speed", {}).get(results["corpus"], {}),
    }


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _number(value: Any, digits: int = 2) -> str:
    return f"{value:.{digits}f}" if isinstance(value, (int, float)) else ""


def _evaluated(results: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(label, evaluation) for the replaced model (when scored) and the new one."""
    evaluations = results.get("news_eval", {})
    shown = [("before", evaluations["before"])] if "before" in evaluations else []
    return [*shown, (f"**{results['corpus']}** (this model)", evaluations[results["corpus"]])]


def _scored_table(results: dict[str, Any], part: str, metrics: tuple[str, ...]) -> str:
    """One row per scored model: ``metrics``, then labelled F1 of the news relations the evaluation holds."""
    from quotes.training.news_eval import NEWS_RELATIONS

    scored = [(label, evaluation[part]) for label, evaluation in _evaluated(results) if part in evaluation]
    relations = [r for r in NEWS_RELATIONS if any(r in figures["relations"] for _, figures in scored)]
    rows = [
        [label, *(_number(figures["metrics"].get(m)) for m in metrics), *(_number(figures["relations"].get(r)) for r in relations)]
        for label, figures in scored
    ]
    return _table(["model", *metrics, *relations], rows) if rows else "Not measured."


def _downstream_table(results: dict[str, Any]) -> str:
    rows = []
    for label, evaluation in _evaluated(results):
        sets = evaluation.get("downstream", {})
        for name in QUOTE_SETS:
            if name in sets:
                rows.append([label, name, *(_number(sets[name].get(key), 3) for key in QUOTE_FIGURES)])
    return _table(["model", "set", *QUOTE_FIGURES.values()], rows) if rows else "Not measured."


def _curve_table(results: dict[str, Any]) -> str:
    curves = results.get(f"news_curves_{results['corpus']}", {})
    parts = []
    for model, label in (("tagger", "tagger AllTags"), ("parser", "parser LAS (gold tags)")):
        points = curves.get(model, [])
        if points:
            rows = [[str(point["step"]), _number(point["dev_score"])] for point in points]
            parts.append(_table(["step", label], rows))
    return "\n\n".join(parts) if parts else "Not recorded."


def _split_table(results: dict[str, Any]) -> str:
    sizes = results.get("news_split_sizes", {})
    names = {
        "padt_train": "PADT train",
        "padt_dev": "PADT dev",
        "padt_test": "PADT test",
        "pud_train": "PUD train",
        "pud_dev": "PUD dev",
        "pud_test": "PUD test",
        "mix_train": "training (PADT train + PUD train)",
        "mix_dev": "dev (PADT dev + PUD dev)",
    }
    rows = [[label, f"{sizes[key]:,}"] for key, label in names.items() if key in sizes]
    return _table(["part", "sentences"], rows) if rows else ""


def _stage_table(results: dict[str, Any]) -> str:
    finished = results.get(f"all_{results['corpus']}_finished", {})
    rows = [[name, f"{record['seconds'] / 60:.0f} min", record.get("finished", "")] for name, record in finished.items()]
    return _table(["stage", "time", "finished (UTC)"], rows) if rows else "Not recorded."


def _news_speed_table(results: dict[str, Any]) -> str:
    speeds = results.get("news_speed", {})
    rows = [
        [label, str(s["sentences"]), str(s["words"]), _number(s["seconds"]), f"{s['words_per_s']:.0f}", _number(s.get("load_average"), 1)]
        for label, s in (("before", speeds.get("before")), (results["corpus"], speeds.get(results["corpus"])))
        if s
    ]
    header = ["model", "sentences", "words", "seconds", "words/s", "machine load average"]
    return _table(header, rows) if rows else "Not measured."


def render_news_card(results: dict[str, Any], target: Path) -> str:
    from string import Template

    default_command = (
        "python -m quotes.training --corpus mix --pud ../shared/data/ud-arabic-pud/ar_pud-ud-test.conllu "
        "--padt ../shared/data/ud-arabic-padt-v1 --news ../shared/data/saudinewsnet/saudinewsnet.jsonl.gz --threads 2 all"
    )
    return Template(NEWS_CARD.read_text(encoding="utf-8")).substitute(
        trained_on=results["trained_on"],
        licence=results["licence"],
        split=_split_table(results),
        command=results.get("news_command", default_command),
        stages=_stage_table(results),
        curves=_curve_table(results),
        padt=_scored_table(results, "padt_test", GOLD_WORD_METRICS),
        pud=_scored_table(results, "pud_test_raw", RAW_METRICS),
        downstream=_downstream_table(results),
        speed=_news_speed_table(results),
        sizes=_size_table(target),
    )
