"""Parser data with predicted tags (``news-prep --predicted-tags``) and the parser continued from a trained one.

Nothing here trains or runs a tagger: the retagging is given its tags, the
command line is only parsed, and the vocabulary patch is checked with a
recording data loader.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from quotes.training import __main__ as training
from quotes.training import retag, stanza_runs
from quotes.training.data import read_conllu, write_conllu

# a multi-word token range row, a word with enhanced dependencies and misc, punctuation
GOLD = """\
# sent_id t-1
# text = وقال المتحدث إن اللجنة ستجتمع.
1-2	وقال	_	_	_	_	_	_	_	_
1	و	وَ	CCONJ	_	_	2	cc	_	_
2	قال	قَال	VERB	_	Aspect=Perf|Person=3	0	root	0:root	_
3	المتحدث	مُتَحَدِّث	NOUN	_	Case=Nom|Definite=Def	2	nsubj	2:nsubj	Gloss=speaker
4	إن	إِنَّ	SCONJ	_	_	6	mark	_	_
5	اللجنة	لَجنَة	NOUN	_	Case=Acc|Definite=Def	6	nsubj	_	_
6	ستجتمع	اِجتَمَع	VERB	_	Aspect=Imp	2	ccomp	_	SpaceAfter=No
7	.	.	PUNCT	_	_	2	punct	_	_

"""

TAGS = [
    ("و", "CCONJ", "_", "_"),
    ("قال", "VERB", "_", "Aspect=Perf|Gender=Masc|Number=Sing|Person=3|Voice=Act"),
    ("متحدث", "ADJ", "_", "Case=Nom|Definite=Def"),
    ("إن", "PART", "_", "_"),
    ("لجنة", "NOUN", "_", "Case=Acc|Definite=Def|Gender=Fem"),
    ("اجتمع", "VERB", "_", ""),
    (".", "PUNCT", "_", "_"),
]


def _gold(tmp_path: Path) -> Path:
    path = tmp_path / "gold.conllu"
    path.write_text(GOLD, encoding="utf-8")
    return path


def test_retagging_keeps_words_heads_and_relations_and_replaces_the_tags(tmp_path: Path) -> None:
    (gold,) = read_conllu(_gold(tmp_path))
    retagged = retag.retag_sentence(gold, TAGS)
    assert retagged.comments == gold.comments
    assert retagged.rows[0] == gold.rows[0]  # the token range row is left as it was
    words = [row for row in retagged.rows if row[0].isdigit()]
    gold_words = [row for row in gold.rows if row[0].isdigit()]
    for new, old, tags in zip(words, gold_words, TAGS, strict=True):
        assert (new[0], new[1], *new[6:]) == (old[0], old[1], *old[6:])  # id, form, head, deprel, deps, misc
        assert new[2:6] == tuple(value or "_" for value in tags)
    assert words[2][3] == "ADJ" and words[5][5] == "_"  # a wrong tag is kept; an empty feature column is written "_"


def test_retagging_refuses_a_different_number_of_words(tmp_path: Path) -> None:
    (gold,) = read_conllu(_gold(tmp_path))
    with pytest.raises(ValueError, match="6 tagged words for a sentence of 7"):
        retag.retag_sentence(gold, TAGS[:-1])


def test_retag_file_writes_the_predicted_copy_and_agreement_counts_what_moved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gold = _gold(tmp_path)
    seen: list[list[str]] = []

    def tagger(model_dir: Path, sentences: list[list[str]], **_: Any) -> list[list[retag.Tags]]:
        seen.extend(list(words) for words in sentences)
        return [TAGS]

    monkeypatch.setattr(retag, "predict_tags", tagger)
    target = tmp_path / "pred.conllu"
    assert retag.retag_file(tmp_path, gold, target) == 1
    assert seen == [["و", "قال", "المتحدث", "إن", "اللجنة", "ستجتمع", "."]]
    agreement = retag.tag_agreement(gold, target)
    assert agreement["words"] == 7
    assert agreement["upos"] == round(100 * 5 / 7, 2)
    assert agreement["feats"] == round(100 * 4 / 7, 2)  # و, المتحدث, إن and .
    (copy,) = read_conllu(target)
    write_conllu(tmp_path / "again.conllu", [copy])
    assert read_conllu(tmp_path / "again.conllu") == [copy]


def test_prepare_names_the_files_the_parser_run_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in retag.RETAGGED:
        (tmp_path / name).write_text(GOLD, encoding="utf-8")
    monkeypatch.setattr(retag, "predict_tags", lambda model_dir, sentences, **_: [TAGS for _ in sentences])
    report = retag.prepare(tmp_path, tmp_path)
    run = stanza_runs.Run(data=tmp_path, models=tmp_path, train="mix_train_predtags", dev="mix_dev_predtags", pretrain=None)
    assert set(report) == {Path(run.file("mix_train_predtags.conllu")).name, Path(run.file("mix_dev_predtags.gold.conllu")).name}
    assert all((tmp_path / name).exists() for name in report)


def test_the_command_line_takes_the_predicted_tag_options() -> None:
    prep = training.parse_args(["news-prep", "--predicted-tags"])
    assert prep.predicted_tags and prep.tag_model == training.TARGET
    train = training.parse_args(["news-train", "--stage", "parser", "--predicted-tags", "--from-shipped", "--resume"])
    assert train.predicted_tags and train.from_shipped == training.TARGET and train.max_steps == 1200
    other = training.parse_args(["news-train", "--stage", "parser", "--predicted-tags", "--from-shipped", "models/x", "--max-steps", "300"])
    assert other.from_shipped == Path("models/x") and other.max_steps == 300
    plain = training.parse_args(["news-train", "--stage", "parser"])
    assert not plain.predicted_tags and plain.from_shipped is None


def test_predicted_tags_without_a_starting_parser_is_refused(tmp_path: Path) -> None:
    args = training.parse_args(["--work", str(tmp_path), "news-train", "--stage", "parser", "--predicted-tags"])
    with pytest.raises(SystemExit, match="go together"):
        training.cmd_news_train(args)


def test_every_data_loader_of_the_continued_run_gets_the_starting_models_vocabulary(monkeypatch: pytest.MonkeyPatch) -> None:
    from stanza.models import parser

    calls: list[Any] = []

    def recorder(doc: Any, batch_size: int, args: Any, pretrain: Any, vocab: Any = None, **kwargs: Any) -> str:
        calls.append(vocab)
        return "loader"

    monkeypatch.setattr(parser, "DataLoader", recorder)
    model = training.TARGET / "parser.pt"
    with stanza_runs.loaders_with_vocabulary_of(model):
        parser.DataLoader("train", 2000, {}, None, evaluation=False)
        parser.DataLoader("dev", 2000, {}, None, vocab="given", evaluation=True)
    assert parser.DataLoader is recorder
    assert calls[1] == "given"
    assert set(calls[0].keys()) >= {"word", "upos", "feats", "lemma", "deprel"}


def test_a_candidate_without_a_tagger_of_its_own_takes_the_base_models_tagger(tmp_path: Path) -> None:
    from quotes.training import news_eval

    base, trained = tmp_path / "base", tmp_path / "trained"
    base.mkdir()
    trained.mkdir()
    for name in ("tokenizer.pt", "tagger.pt", "lemmatizer.pt", "parser.pt", "pretrain.pt"):
        (base / name).write_text(f"base {name}", encoding="utf-8")
    (trained / "parser.pt").write_text("retrained parser", encoding="utf-8")
    out = news_eval.assemble(base, trained, tmp_path / "candidate")
    assert (out / "parser.pt").read_text(encoding="utf-8") == "retrained parser"
    assert (out / "tagger.pt").read_text(encoding="utf-8") == "base tagger.pt"
    assert (out / "resources.json").exists()
