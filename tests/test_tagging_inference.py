"""Faster tagging gives the models' own answers: each spelling's character vector remembered, the tagger's
feature strings remembered, the lemmatizer's dictionary words never turned into character ids, the entity
tagger decoding a batch at once without its training loss (quotes.char_memory, quotes.tagging_inference)."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from quotes.char_memory import CharacterMemory, remember_words
from quotes.entity_tagger import EntityTagger, default_model_dir, default_vectors
from quotes.parser import StanzaParser
from quotes.stanza_loading import without_optimizers
from quotes.tagging_inference import remember_ids, remember_units, viterbi_many

NEWS = [
    "وقال وزير المالية فهد السديري في تصريح صحفي اليوم إن الميزانية ستعلن الأسبوع المقبل.",
    "وأوضحت هيئة الطيران المدني في بيان أن الرحلات الدولية ستستأنف تدريجياً من مطار الملك خالد.",
    "من جانبه، أشار الخبير الاقتصادي سامي الحربي إلى أن أسعار النفط تراجعت، وقال الحربي إن السوق مستقرة.",
    "وذكرت صحيفة الرياض أن الوزير سيزور باريس ولندن، فيما أكد مصدر مطلع أن الزيارة تأجلت.",
]


@pytest.mark.parametrize("seed", range(4))
def test_batched_viterbi_finds_each_sentences_own_path(seed: int) -> None:
    from stanza.models.common.crf import viterbi_decode

    rng = np.random.default_rng(seed)
    lengths = [1, 2, 7, 19, 30, 3]
    tags = 9
    scores = rng.normal(size=(len(lengths), max(lengths), tags)).astype(np.float32)
    transitions = rng.normal(size=(tags, tags)).astype(np.float32)
    paths = viterbi_many(scores, lengths, transitions)
    for sentence, length in enumerate(lengths):
        alone, _ = viterbi_decode(scores[sentence, :length], transitions)
        assert paths[sentence] == [int(tag) for tag in alone]


def test_tied_scores_take_the_first_tag_as_stanza_does() -> None:
    from stanza.models.common.crf import viterbi_decode

    scores = np.zeros((2, 4, 3), dtype=np.float32)
    transitions = np.zeros((3, 3), dtype=np.float32)
    paths = viterbi_many(scores, [4, 2], transitions)
    assert paths == [[int(tag) for tag in viterbi_decode(scores[0], transitions)[0]], [0, 0]]


@pytest.fixture(scope="module")
def parsers() -> Iterator[tuple[StanzaParser, StanzaParser]]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STANZA_RESOURCES_DIR", "/nonexistent/stanza_resources")
        yield StanzaParser(threads=1), StanzaParser(threads=1, fast_tagging=False)


def _columns(documents: list) -> list[tuple]:
    return [(w.text, w.upos, w.xpos, w.feats, w.lemma, w.head, w.deprel) for d in documents for s in d.sentences for w in s.words]


@pytest.mark.model
def test_remembering_tagger_gives_the_same_tags_lemmas_and_trees(parsers: tuple[StanzaParser, StanzaParser]) -> None:
    fast, plain = parsers
    assert "pos: character memory" in fast.fast_tagging and "depparse: character memory" in fast.fast_tagging
    assert "lemma: no character ids for dictionary words" in fast.fast_tagging
    assert plain.fast_tagging == ()
    # twice: the second pass reads every spelling from the memories and every lemma from the dictionary
    for _ in range(2):
        assert _columns(fast.parse_many(NEWS)) == _columns(plain.parse_many(NEWS))


@pytest.mark.model
def test_character_memory_returns_the_models_own_vectors(parsers: tuple[StanzaParser, StanzaParser]) -> None:
    import torch

    _, plain = parsers
    model = plain._full.processors["pos"].trainer.model.charmodel  # the model's own forward, unchanged
    model.eval()
    chars = torch.tensor([[5, 9, 12, 7], [5, 9, 12, 0], [8, 6, 0, 0], [5, 9, 12, 0]])  # two words spelled alike
    lengths, order, sentences = [4, 3, 2, 3], torch.tensor([0, 1, 2, 3]), [3, 1]
    chars, lengths = chars[[0, 1, 3, 2]], [4, 3, 3, 2]  # longest first, as Stanza's loaders sort them
    with torch.no_grad():
        own = model(chars, chars == 0, order, sentences, lengths)
    memory = CharacterMemory(model, limit=10)
    with torch.no_grad():
        first = memory.forward(chars, chars == 0, order, sentences, lengths)
        again = memory.forward(chars, chars == 0, order, sentences, lengths)
    assert (memory.computed, memory.recalled, len(memory)) == (3 + 0, 1 + 4, 3)
    for ours in (first, again):
        assert torch.equal(ours.batch_sizes, own.batch_sizes)
        assert torch.allclose(ours.data, own.data, atol=1e-6)


@pytest.mark.model
def test_a_full_character_memory_starts_over(parsers: tuple[StanzaParser, StanzaParser]) -> None:
    import torch

    _, plain = parsers
    model = plain._full.processors["pos"].trainer.model.charmodel
    memory = CharacterMemory(model, limit=3)
    with torch.no_grad():
        memory.forward(torch.tensor([[5, 9], [8, 6]]), None, torch.tensor([0, 1]), [2], [2, 2])
        assert len(memory) == 2
        memory.forward(torch.tensor([[7, 7], [4, 4]]), None, torch.tensor([0, 1]), [2], [2, 2])
    assert len(memory) == 2  # two more would pass the limit of 3: the memory holds only the last batch's words


@pytest.mark.model
def test_a_model_in_training_reads_every_word_again(parsers: tuple[StanzaParser, StanzaParser]) -> None:
    import copy

    import torch

    _, plain = parsers
    module = copy.deepcopy(plain._full.processors["pos"].trainer.model)
    memory = remember_words(module)
    assert memory is not None
    module.charmodel.train()
    module.charmodel(torch.tensor([[5, 9]]), torch.tensor([[False, False]]), torch.tensor([0]), [1], [2])
    assert memory.computed == memory.recalled == 0
    assert remember_words(object()) is None  # nothing to remember for a module without a character model


def test_remembered_feature_strings_are_the_vocabularys_own() -> None:
    from stanza.models.common.vocab import CompositeVocab

    data = [[("Gender=Masc|Number=Sing",), ("Gender=Fem|Number=Plur",), ("_",), ("Number=Dual",)]]
    vocab = CompositeVocab(data, "ar", idx=0, sep="|", keyed=True)
    plain = CompositeVocab(data, "ar", idx=0, sep="|", keyed=True)
    assert remember_units(vocab)
    for unit in ("Gender=Masc|Number=Sing", "Gender=Fem|Number=Plur", "_", "Number=Dual", "Gender=Fem|Number=Dual"):
        ids = plain.unit2id(unit)
        assert vocab.id2unit(ids) == vocab.id2unit(list(ids)) == plain.id2unit(ids)
    assert not remember_units(object())


def test_remembered_ids_are_the_vocabularys_own() -> None:
    from stanza.models.common.vocab import CharVocab, CompositeVocab

    data = [[("Gender=Masc|Number=Sing",), ("Gender=Fem|Number=Plur",), ("_",), ("Number=Dual",)]]
    feats, plain_feats = (CompositeVocab(data, "ar", idx=0, sep="|", keyed=True) for _ in range(2))
    letters = [[("قال",), ("وزير",), ("الصحة",)]]
    chars, plain_chars = (CharVocab(letters, "ar", idx=0) for _ in range(2))
    assert remember_ids(feats) and remember_ids(chars)
    units = ["Gender=Masc|Number=Sing", "_", "Number=Dual", "Gender=Fem|Number=Dual", "Number=Dual"]
    for _ in range(2):  # learning, then from the memory
        assert feats.map(units) == plain_feats.map(units)
        assert [feats.unit2id(unit) for unit in units] == [plain_feats.unit2id(unit) for unit in units]
        assert chars.map(list("قالت سلمى")) == plain_chars.map(list("قالت سلمى"))
    first, second = feats.map(["Number=Dual", "Number=Dual"])
    first.append(99)  # each caller gets its own list of part ids
    assert second == feats.unit2id("Number=Dual") == plain_feats.unit2id("Number=Dual")
    assert not remember_ids(object())


@pytest.fixture(scope="module")
def entity_taggers() -> tuple[EntityTagger, EntityTagger]:
    model = default_model_dir() / "ner.pt"
    if not model.is_file():
        pytest.skip("no bundled entity tagger")
    return EntityTagger.load(model, default_vectors()), EntityTagger.load(model, default_vectors(), fast=False)


@pytest.mark.model
def test_fast_entity_tagger_gives_the_same_tags(
    parsers: tuple[StanzaParser, StanzaParser], entity_taggers: tuple[EntityTagger, EntityTagger]
) -> None:
    fast, plain = entity_taggers
    sentences = [[w.text for w in s.words] for d in parsers[0].parse_many(NEWS) for s in d.sentences]
    sentences.insert(1, [])  # an empty sentence keeps its place
    for _ in range(2):
        tags = fast.tag_many(sentences)
        assert tags == plain.tag_many(sentences)
    assert tags[1] == () and any(tag.endswith("PERS") for tag in tags[0])


def test_inside_the_loading_block_stanza_builds_no_optimizer_and_afterwards_it_does_again() -> None:
    import torch
    from stanza.models.common import utils

    layer = torch.nn.Linear(2, 2)
    factories = utils.get_optimizer, utils.get_split_optimizer
    with without_optimizers():
        assert utils.get_optimizer("adam", layer, lr=0.1) is None
        assert utils.get_split_optimizer("adam", layer, lr=0.1) == {}
    assert (utils.get_optimizer, utils.get_split_optimizer) == factories
    with pytest.raises(RuntimeError), without_optimizers():
        raise RuntimeError("a model that cannot be read")
    assert (utils.get_optimizer, utils.get_split_optimizer) == factories
    assert isinstance(utils.get_optimizer("adam", layer, lr=0.1), torch.optim.Adam)


@pytest.mark.model
def test_a_fresh_process_loads_parser_and_entity_tagger_without_optimizers_and_reads_the_vectors_once() -> None:
    import subprocess
    import sys

    program = (
        "import sys\n"
        "from quotes.parser import StanzaParser\n"
        "from quotes.entity_tagger import EntityTagger\n"
        "parser = StanzaParser(threads=1)\n"
        "EntityTagger.bundled()\n"
        "words = [w.deprel for w in parser.parse('وقال الوزير إن الاجتماع كان ناجحاً.').sentences[0].words]\n"
        "from quotes.stanza_loading import shared_foundation_cache\n"
        "vectors = len(shared_foundation_cache().pretrains)\n"
        "print('root' in words, parser._full.processors['pos'].trainer.optimizers, 'torch._dynamo' in sys.modules, vectors)\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=300, check=True)
    # a parse, no optimizer, torch's compiler never imported, and one table of word vectors for all three models
    assert done.stdout.split() == ["True", "{}", "False", "1"]
