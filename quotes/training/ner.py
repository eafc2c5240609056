"""Named-entity training data from ANERcorp, segmented the way the parser segments, and the Stanza NER run.

ANERcorp (CAMeL Lab split, CC BY-SA 4.0) writes clitics attached to their
word (``والسعودية``); the parser writes them as words of their own
(و + السعودية, the UD Arabic-PUD way). The tagger is trained on the
parser's words so that it can tag a parse directly: every ANERcorp token
goes through the same proclitic lexicon the parser's correction uses
(:class:`quotes.training.clitics.Lexicon`), and a conjunction or
preposition split off the front of an entity's first token is outside the
entity (``و`` O, ``السعودية`` B-LOC).

The CAMeL release has a train and a test file; dev is the last tenth of
the train sentences, taken sequentially like the release's own split. The
test file is only ever scored.

WikiFANE (Alotaibi & Lee 2014, CC BY-SA 3.0; 15.8k Wikipedia sentences)
may be added to the training sentences, a seeded sample of
``fane_sentences`` of them. It is tagged with 50 fine types that
:data:`FANE_TYPES` maps onto ANERcorp's four (a politician or an athlete
is PERS, a ministry or a newspaper ORG, a country or a river LOC, a book
or a film MISC; groups of people such as العرب and facilities such as مسجد
are not ANERcorp entities and become O). Its text is alef-normalised
(أ/إ/آ written ا) with و and pronoun suffixes split off, so it also teaches
the tagger the hamza-less spellings that news often uses. A sentence that
shares eight consecutive words with an ANERcorp dev or test sentence
(compared alef-normalised) is left out. NewsFANE, the same authors' news
set, is not used: it is ANERcorp's text annotated again (3,119 of its
4,760 sentences share eight consecutive words with ANERcorp train, 1,108
with dev or test), so it adds no new text and would leak the test split.

Mention replacement (:func:`replace_mentions`) may add copies of ANERcorp
training sentences that hold a person, each person replaced by another name
from the shared name lists (Wikidata / DziriNames full names, CC0 and MIT;
arabnamer's Arabic spellings of names, CC BY 4.0), and optionally each
organisation by another of train's organisations: the same contexts with
names the tagger has not seen, which teaches it to read a name from its
context and its letters rather than to remember it. No name that is an
entity of the dev or test split (and never one of train) is drawn. Tried
once (``--replace-names 1.5 --replace-orgs``, NER.md): person recall rose,
precision and dev F1 fell (most replacement names are unknown words to the
vectors, so unknown words became persons); not in the shipped recipe.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import logging
import random
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from quotes.entity_tag_repair import RepairLexicons, repair_tags
from quotes.graph import tag_spans
from quotes.training.clitics import Lexicon, rough_tokens

logger = logging.getLogger(__name__)

DEFAULT_ANERCORP = Path("../shared/data/anercorp")
TRAIN_FILE = "ANERCorp_CamelLab_train.txt.gz"
TEST_FILE = "ANERCorp_CamelLab_test.txt.gz"
FANE_FILE = "WikiFANE_Gold_2014_500K.txt.gz"
FANE_SEED = 20261202
OVERLAP_WORDS = 8
DEV_FRACTION = 0.1
TYPES = ("PERS", "ORG", "LOC", "MISC")
MODEL_NAME = "ner.pt"
#: The most words of the word vectors the tagger reads (the shipped recipe: all of the parser's 49,314).
PRETRAIN_MAX_VOCAB = 50_000

Sentence = list[tuple[str, str]]  # (word, BIO tag)

# NewsFANE's fine types (ACE-style) as ANERcorp's coarse ones; a type not listed is O.
FANE_TYPES: dict[str, str] = {
    **dict.fromkeys(
        ("Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist", "Businessperson", "Lawyer", "Engineer", "Police"),
        "PERS",
    ),
    **dict.fromkeys(
        (
            "Non-Governmental",
            "Sports",
            "Government",
            "Media",
            "Commercial",
            "Educational",
            "Medical-Science",
            "Religious_ORG",
            "Entertainment",
        ),
        "ORG",
    ),
    **dict.fromkeys(
        (
            *("Nation", "Population-Center", "State-or-Province", "GPE-Cluster", "County-or-District", "Continent"),
            *("Water-Body", "Land", "Land-Region-Natural", "Celestial"),
        ),
        "LOC",
    ),
    **dict.fromkeys(("Book", "Movie", "Software", "Hardware"), "MISC"),
}
_ALEF = str.maketrans("أإآ", "ااا")

DEFAULT_NAMES = Path("../shared/data/names")
WIKIDATA_NAMES = Path("wikidata-dzirinames") / "full_names.tsv.gz"
NAME_UNITS = Path("wikidata-dzirinames") / "name_units.tsv.gz"
ARABNAMER_NAMES = Path("arabnamer") / "dict_FINAL.json.gz"
REPLACE_SEED = 20261203
#: An Arabic name word: letters only (no marks, tatweel, digits or Latin), two letters at least.
_NAME_WORD = re.compile(r"[\u0621-\u063A\u0641-\u064A]{2,}")


def _tagged_sentences(path: Path, separator: str, expected: str) -> list[Sentence]:
    """Sentences of ``token<separator>tag`` lines, a blank line between sentences (gzip or plain; a byte-order mark
    and direction marks are dropped)."""
    opener = gzip.open if path.suffix == ".gz" else open
    sentences: list[Sentence] = []
    current: Sentence = []
    with opener(path, "rt", encoding="utf-8-sig") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.strip().replace("\u200e", "").replace("\u200f", "").replace("\ufeff", "")
            if not line:
                if current:
                    sentences.append(current)
                    current = []
                continue
            token, _, tag = line.rpartition(separator)
            if not token.strip() or not (tag == "O" or tag[:2] in ("B-", "I-")):
                raise ValueError(f"{path}:{number}: expected {expected}, got {raw!r}")
            current.append((token.strip(), tag))
    if current:
        sentences.append(current)
    return sentences


def read_conll(path: Path) -> list[Sentence]:
    """ANERcorp's ``token TAG`` lines."""
    return _tagged_sentences(path, " ", "'token TAG'")


def read_fane(path: Path) -> list[Sentence]:
    """FANE's ``token<TAB>FineType`` lines as ANERcorp-style BIO sentences (:data:`FANE_TYPES`)."""
    sentences = []
    for sentence in _tagged_sentences(path, "\t", "'token<TAB>tag'"):
        mapped = [(token, f"{tag[:2]}{FANE_TYPES[tag[2:]]}" if tag[2:] in FANE_TYPES else "O") for token, tag in sentence]
        sentences.append(_repair_bio(mapped))
    return sentences


def _overlap_key(sentence: Sentence) -> list[str]:
    """Words compared alef-normalised with و split off, as FANE writes them."""
    words: list[str] = []
    for token, _ in sentence:
        token = token.translate(_ALEF)
        if len(token) > 2 and token.startswith("و"):
            words.extend(("و", token[1:]))
        else:
            words.append(token)
    return words


def _ngrams(words: Sequence[str], n: int = OVERLAP_WORDS) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def without_overlap(sentences: Sequence[Sentence], held_out: Iterable[Sentence]) -> list[Sentence]:
    """``sentences`` less those sharing :data:`OVERLAP_WORDS` consecutive words with any held-out sentence.

    Checked on both spellings of a NewsFANE token (و split off or not), so a
    held-out ``والسعودية`` meets FANE's ``و السعودية``.
    """
    seen: set[tuple[str, ...]] = set()
    for sentence in held_out:
        seen |= _ngrams(_overlap_key(sentence))
    kept = []
    for sentence in sentences:
        words = _overlap_key(sentence)
        if not (_ngrams(words) & seen):
            kept.append(sentence)
    return kept


def _pieces(token: str, lexicon: Lexicon) -> list[tuple[str, bool]]:
    """The parser's words for one corpus token, each marked whether it is a clitic or punctuation (not the entity's core)."""
    pieces: list[tuple[str, bool]] = []
    for rough in rough_tokens(token):
        parts = lexicon.segment(rough)
        for index, part in enumerate(parts):
            is_core = index == len(parts) - 1 and any(ch.isalnum() for ch in part)
            pieces.append((part, not is_core))
    return pieces


def segment_sentence(sentence: Sentence, lexicon: Lexicon) -> Sentence:
    """Split clitics off each token; an entity starts at its first core piece, clitics before it are O."""
    words: Sentence = []
    for token, tag in sentence:
        pieces = _pieces(token, lexicon)
        if tag == "O":
            words.extend((piece, "O") for piece, _ in pieces)
            continue
        kind = tag[2:]
        started = tag.startswith("I-")
        for piece, peripheral in pieces:
            if not started and peripheral:
                words.append((piece, "O"))
            elif not started:
                words.append((piece, f"B-{kind}"))
                started = True
            else:
                words.append((piece, f"I-{kind}"))
    return _repair_bio(words)


def _repair_bio(words: Sentence) -> Sentence:
    """An I- tag after O or after another type begins an entity (corpus slips, or a B token that was all punctuation)."""
    repaired: Sentence = []
    previous = "O"
    for word, tag in words:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        repaired.append((word, tag))
        previous = tag
    return repaired


def to_stanza_json(sentences: Iterable[Sentence]) -> list[list[dict[str, str]]]:
    return [[{"text": word, "ner": tag} for word, tag in sentence] for sentence in sentences]


@attrs.frozen
class Split:
    train: list[Sentence]
    dev: list[Sentence]
    test: list[Sentence]

    def sizes(self) -> dict[str, dict[str, int]]:
        return {name: _size(getattr(self, name)) for name in ("train", "dev", "test")}


def _size(sentences: Sequence[Sentence]) -> dict[str, int]:
    entities = {kind: 0 for kind in TYPES}
    for sentence in sentences:
        for _, tag in sentence:
            if tag.startswith("B-"):
                entities[tag[2:]] = entities.get(tag[2:], 0) + 1
    return {"sentences": len(sentences), "words": sum(len(s) for s in sentences), **entities}


def entity_spans(sentence: Sentence) -> list[tuple[int, int, str]]:
    """(start, end, type) of each BIO entity, end exclusive."""
    spans: list[tuple[int, int, str]] = []
    for index, (_, tag) in enumerate(sentence):
        if tag.startswith("B-") or (tag.startswith("I-") and (not spans or spans[-1][1] != index or spans[-1][2] != tag[2:])):
            spans.append((index, index + 1, tag[2:]))
        elif tag.startswith("I-"):
            start, _, kind = spans[-1]
            spans[-1] = (start, index + 1, kind)
    return spans


def _name_key(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(word.translate(_ALEF) for word in words)


def held_out_entities(train: Iterable[Sentence], held_out: Iterable[Sentence]) -> set[tuple[str, ...]]:
    """Entities (any type, alef-normalised words) of the held-out sentences that are no entity of train: names a
    replacement must not contain."""

    def keys(sentences: Iterable[Sentence]) -> set[tuple[str, ...]]:
        return {_name_key(word for word, _ in s[a:b]) for s in sentences for a, b, _ in entity_spans(s)}

    return keys(held_out) - keys(train)


@attrs.frozen
class NamePool:
    """Replacement person names: ``full`` of two or three words, ``single`` one-word names."""

    full: list[tuple[str, ...]]
    single: list[str]

    def without(self, forbidden: set[tuple[str, ...]]) -> NamePool:
        """The pool less every name that holds a forbidden entity as a run of its words."""

        def clean(words: tuple[str, ...]) -> bool:
            key = _name_key(words)
            return not any(key[i:j] in forbidden for i in range(len(key)) for j in range(i + 1, len(key) + 1))

        return NamePool([n for n in self.full if clean(n)], [w for w in self.single if clean((w,))])

    def within(self, vocabulary: frozenset[str]) -> NamePool:
        """The pool less every name with a word outside `vocabulary` (the word vectors' words): a tagger that learns
        names from unknown words learns that an unknown word is a name (NER.md, mention replacement)."""
        return NamePool([n for n in self.full if all(w in vocabulary for w in n)], [w for w in self.single if w in vocabulary])


def vector_words(pretrain: Path) -> frozenset[str]:
    """The words of a Stanza ``pretrain.pt`` (the word vectors the tagger reads)."""
    from stanza.models.common.pretrain import Pretrain

    return frozenset(Pretrain(str(pretrain)).vocab._id2unit)


def read_names(names: Path) -> NamePool:
    """Wikidata / DziriNames full names (alef-normalised, 2–3 words) and arabnamer's one-word Arabic spellings
    (hamza kept, as news writes them), Arabic letters only; a name of 2–3 words is also drawn as two arabnamer words."""
    full: set[tuple[str, ...]] = set()
    with gzip.open(names / WIKIDATA_NAMES, "rt", encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            words = tuple(line.split("\t")[0].split())
            if 2 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(w) for w in words):
                full.add(words)
    with gzip.open(names / ARABNAMER_NAMES, "rt", encoding="utf-8") as handle:
        spellings = set(json.load(handle).values())
    single = {w for w in spellings if _NAME_WORD.fullmatch(w)}
    return NamePool(sorted(full), sorted(single))


def replace_mentions(
    train: Sequence[Sentence],
    pool: NamePool,
    lexicon: Lexicon,
    factor: float,
    *,
    orgs: bool = False,
    seed: int = REPLACE_SEED,
) -> list[Sentence]:
    """``factor`` times as many copies as there are training sentences with a person, each person replaced by a name
    from ``pool``; with ``orgs``, each organisation by another organisation of ``train``.

    ``train`` is segmented (:func:`segment_sentence`); a new name is segmented the same way, as one entity. A
    one-word person becomes a one-word name (a surname after its first mention: الرئيس بوش), a longer one a
    name of two or three words (a Wikidata full name, or two arabnamer spellings, half the time each).
    Sentences are drawn from a seeded shuffle, cycling when ``factor`` exceeds 1.
    """
    with_person = [s for s in train if any(kind == "PERS" for _, _, kind in entity_spans(s))]
    count = round(factor * len(with_person))
    if not with_person or count <= 0:
        return []
    organisations = sorted({tuple(s[a:b]) for s in train for a, b, kind in entity_spans(s) if kind == "ORG"})
    rng = random.Random(seed)
    order = list(with_person)
    rng.shuffle(order)
    copies: list[Sentence] = []
    for index in range(count):
        sentence = order[index % len(order)]
        out: Sentence = []
        position = 0
        for start, end, kind in entity_spans(sentence):
            out.extend(sentence[position:start])
            original = sentence[start:end]
            if kind == "PERS":
                out.extend(_new_name(original, pool, lexicon, rng))
            elif kind == "ORG" and orgs and len(organisations) > 1:
                choice = list(rng.choice(organisations))
                while choice == original:
                    choice = list(rng.choice(organisations))
                out.extend(choice)
            else:
                out.extend(original)
            position = end
        out.extend(sentence[position:])
        copies.append(_repair_bio(out))
    return copies


def _new_name(original: Sentence, pool: NamePool, lexicon: Lexicon, rng: random.Random) -> Sentence:
    old = [word for word, _ in original]
    while True:
        if len(original) == 1 or not pool.full:
            words: Sequence[str] = [rng.choice(pool.single)]
        elif rng.random() < 0.5:
            words = rng.choice(pool.full)
        else:
            words = [rng.choice(pool.single), rng.choice(pool.single)]
        if list(words) != old:
            break
    tagged = [(word, "B-PERS" if i == 0 else "I-PERS") for i, word in enumerate(words)]
    return segment_sentence(tagged, lexicon)


def build_split(
    anercorp: Path,
    lexicon: Lexicon,
    fane: Path | None = None,
    fane_sentences: int = 0,
    *,
    names: Path | None = None,
    replace_names: float = 0.0,
    replace_orgs: bool = False,
    vocabulary: frozenset[str] | None = None,
) -> Split:
    """ANERcorp's train (less its last tenth, the dev split) and test; with ``fane``, a sample of WikiFANE added to train;
    with ``names`` and ``replace_names``, train's sentences with a person copied with other names (:func:`replace_mentions`)."""
    train = read_conll(anercorp / TRAIN_FILE)
    test = read_conll(anercorp / TEST_FILE)
    cut = len(train) - round(len(train) * DEV_FRACTION)
    extra: list[Sentence] = []
    if fane is not None and fane_sentences > 0:
        candidates = without_overlap(read_fane(fane / FANE_FILE), [*train[cut:], *test])
        random.Random(FANE_SEED).shuffle(candidates)
        extra = candidates[:fane_sentences]
        logger.info("WikiFANE: %d of %d sentences without overlap with ANERcorp dev/test", len(extra), len(candidates))
    segment = [segment_sentence(s, lexicon) for s in train]
    added = [segment_sentence(s, lexicon) for s in extra]
    tested = [segment_sentence(s, lexicon) for s in test]
    if names is not None and replace_names > 0:
        pool = read_names(names).without(held_out_entities(segment[:cut], [*segment[cut:], *tested]))
        if vocabulary is not None:
            pool = pool.within(vocabulary)
        replaced = replace_mentions(segment[:cut], pool, lexicon, replace_names, orgs=replace_orgs)
        logger.info("mention replacement: %d copies (%d full names, %d one-word names)", len(replaced), len(pool.full), len(pool.single))
        added += replaced
    return Split(segment[:cut] + added, segment[cut:], tested)


def prepare(
    anercorp: Path,
    lexicon: Lexicon,
    out: Path,
    fane: Path | None = None,
    fane_sentences: int = 0,
    *,
    names: Path | None = None,
    replace_names: float = 0.0,
    replace_orgs: bool = False,
    vocabulary: frozenset[str] | None = None,
) -> dict[str, dict[str, int]]:
    """Write ``ner.{train,dev,test}.json`` (Stanza's NER format) under ``out``; return the sizes."""
    split = build_split(
        anercorp,
        lexicon,
        fane,
        fane_sentences,
        names=names,
        replace_names=replace_names,
        replace_orgs=replace_orgs,
        vocabulary=vocabulary,
    )
    out.mkdir(parents=True, exist_ok=True)
    for name in ("train", "dev", "test"):
        path = out / f"ner.{name}.json"
        path.write_text(json.dumps(to_stanza_json(getattr(split, name)), ensure_ascii=False) + "\n", encoding="utf-8")
    return split.sizes()


def train(
    data: Path,
    pretrain: Path,
    models: Path,
    *,
    max_steps: int = 3500,
    charlm: tuple[Path, Path] | None = None,
    pretrain_max_vocab: int = PRETRAIN_MAX_VOCAB,
) -> Path:
    """Train Stanza's BiLSTM-CRF tagger on ``data`` with the parser's word vectors; dev picks the checkpoint.

    Sized for a shared 2-core CPU: 256-d word LSTM, a 128-d character LSTM
    (names the vectors do not know are read letter by letter: the wider
    character LSTM raised test PERS F1 66.8 → 69.3, ORG 54.1 → 56.6 over the
    128/64 model, NER.md), light word dropout, Adam.
    With ``charlm`` (forward and backward character language models,
    :mod:`quotes.training.charlm`), words are read through them instead of
    the character LSTM (tried, not kept: dev F1 fell, NER.md); only that run
    installs :mod:`quotes.training.patches` (the same values, faster backward
    passes), so the shipped recipe runs exactly as it was shipped.
    ``pretrain_max_vocab``: the most words of ``pretrain`` the tagger reads (the shipped recipe's 50,000 hold all
    of the parser's; a larger table of the tagger's own, ``--ner-vectors-words``, needs its own size here).
    A run resumes from ``models/ner.pt`` when it exists (the best checkpoint
    so far), so a killed run can be continued with the same command.
    """
    from stanza.models import ner_tagger

    from quotes.training import patches

    models.mkdir(parents=True, exist_ok=True)
    model = models / MODEL_NAME
    args = [
        "--mode", "train",
        "--shorthand", "ar_anercorp",
        "--train_file", str(data / "ner.train.json"),
        "--eval_file", str(data / "ner.dev.json"),
        "--wordvec_pretrain_file", str(pretrain),
        "--save_dir", str(models),
        "--save_name", MODEL_NAME,
        "--seed", "1234",
        "--hidden_dim", "256",
        "--char_hidden_dim", "128",
        "--char_emb_dim", "64",
        "--word_dropout", "0.02",
        "--pretrain_max_vocab", str(pretrain_max_vocab),
        "--optim", "adam",
        "--lr", "2e-3",
        "--min_lr", "5e-5",
        "--patience", "2",
        "--batch_size", "32",
        "--max_steps", str(max_steps),
        "--eval_interval", "100",
        "--max_steps_no_improve", "1000",
        "--log_step", "50",
    ]  # fmt: skip
    if charlm is not None:
        forward, backward = charlm
        args += ["--charlm", "--charlm_shorthand", "ar_snn", "--charlm_forward_file", str(forward), "--charlm_backward_file", str(backward)]
    if model.exists():
        logger.info("resuming from %s", model)
        args.append("--finetune")
    with patches.installed() if charlm is not None else contextlib.nullcontext():
        ner_tagger.main(args)
    return model


def score(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> dict[str, dict[str, float]]:
    """Exact-span precision, recall and F1 per type and over all types (percent)."""
    counts: dict[str, list[int]] = {}
    for gold_tags, predicted_tags in zip(gold, predicted, strict=True):
        gold_spans, predicted_spans = set(tag_spans(gold_tags)), set(tag_spans(predicted_tags))
        for kind in {span[2] for span in gold_spans | predicted_spans} | {"ALL"}:
            g = {s for s in gold_spans if kind in ("ALL", s[2])}
            p = {s for s in predicted_spans if kind in ("ALL", s[2])}
            tp_fp_fn = counts.setdefault(kind, [0, 0, 0])
            tp_fp_fn[0] += len(g & p)
            tp_fp_fn[1] += len(p - g)
            tp_fp_fn[2] += len(g - p)
    result: dict[str, dict[str, float]] = {}
    for kind, (tp, fp, fn) in sorted(counts.items()):
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[kind] = {"p": round(100 * precision, 2), "r": round(100 * recall, 2), "f1": round(100 * f1, 2), "gold": tp + fn}
    return result


def predict(model: Path, pretrain: Path, sentences: Sequence[Sequence[str]], charlm: tuple[Path, Path] | None = None) -> list[list[str]]:
    """BIOES tags for pre-segmented sentences."""
    from quotes.entity_tagger import EntityTagger

    tagger = EntityTagger.load(model, pretrain, charlm)
    return [list(tags) for tags in tagger.tag_many(sentences)]


def evaluate(
    model: Path,
    pretrain: Path,
    data: Path,
    split: str = "test",
    *,
    charlm: tuple[Path, Path] | None = None,
    repair: RepairLexicons | None = None,
) -> dict[str, Any]:
    """The tagger's exact-span scores on ``split``; with ``repair`` lexicons, also (``repaired``) those of its tags
    repaired as the extractor repairs a document's (:func:`quotes.entity_tag_repair.repair_tags`), the split read
    as one document (ANERcorp keeps no document boundaries; each sentence sees the names of the
    ``entity_tag_repair.WINDOW`` sentences before and after it, as in an article)."""
    sentences = json.loads((data / f"ner.{split}.json").read_text(encoding="utf-8"))
    words = [[w["text"] for w in s] for s in sentences]
    gold = [[w["ner"] for w in s] for s in sentences]
    predicted = predict(model, pretrain, words, charlm)
    result: dict[str, Any] = {"split": split, "scores": score(gold, predicted)}
    if repair is not None:
        result["repaired"] = score(gold, repair_tags(words, predicted, repair))
    return result
