"""Faster inference for Stanza's tagger and entity tagger: the same models, the same tags.

A profile of `quotes parse` after the parser's own speed-up
(`quotes.parser_inference`) showed four costs that produce nothing new:

1. the character LSTMs of the tagger, the parser and the entity tagger read
   every occurrence of every word again (`quotes.char_memory` remembers each
   spelling's vector);
2. the tagger turns each word's predicted feature ids back into a string
   (``Gender=Masc|Number=Sing|…``) by formatting every feature of it, about
   fourteen `str.format` calls per word, although a corpus uses a few hundred
   distinct combinations: `remember_units` remembers the strings;
3. the lemmatizer turns every word into character ids for a data loader of
   which it reads only the document, although it looks most words up in its
   dictionary and runs its seq2seq model (with a loader of its own) only for
   the others: `speed_up_lemmatizer` builds only that second loader;
4. the entity tagger computes its CRF training loss (the forward algorithm
   over every sentence) on every prediction, and decodes the sentences one by
   one with a NumPy Viterbi: `speed_up_entity_tagger` skips the loss when
   predicting and decodes the whole batch at once (`viterbi_many`: the same
   sums, maxima and first-index argmaxes per sentence, so the same paths).

Only instances are changed, never Stanza's classes, so a stock pipeline in the
same process is untouched; `tests/test_tagging_inference.py` checks that the
tags are those of the unchanged models.
"""

from __future__ import annotations

import types
from collections.abc import Sequence
from typing import Any

import numpy as np

from quotes.char_memory import remember_words

#: Distinct units a vocabulary remembers (feature combinations: a few hundred in practice).
UNIT_MEMORY = 50_000


def remember_units(vocab: Any, limit: int = UNIT_MEMORY) -> bool:
    """Remember what `vocab.id2unit` answers for each id tuple (a `CompositeVocab` joining its parts into one
    string); False, unchanged, for any other vocabulary."""
    from stanza.models.common.vocab import CompositeVocab

    if not isinstance(vocab, CompositeVocab) or vocab.sep is None:  # sep None: a list per word, not a string
        return False
    own = vocab.id2unit
    memory: dict[Any, str] = {}

    def id2unit(self: Any, id: Any) -> str:
        key = tuple(id) if isinstance(id, list) else id
        unit = memory.get(key)
        if unit is None:
            unit = own(id)
            if len(memory) >= limit:
                memory.clear()
            memory[key] = unit
        return unit

    vocab.id2unit = types.MethodType(id2unit, vocab)
    return True


def remember_ids(vocab: Any, limit: int = UNIT_MEMORY) -> bool:
    """Remember what `vocab.unit2id` answers for each unit, and map lists of units through that memory (the tagger's
    and parser's data loaders map every word, every letter of every word, and each tag and feature string of every
    word, one `unit2id` call at a time); False, unchanged, where `vocab` has no `unit2id`."""
    from stanza.models.common.vocab import CompositeVocab

    own_unit2id = getattr(vocab, "unit2id", None)
    own_map = getattr(vocab, "map", None)
    if own_unit2id is None or own_map is None:
        return False
    composite = isinstance(vocab, CompositeVocab)  # its ids are a list per unit: each caller gets its own copy
    memory: dict[Any, Any] = {}

    def learn(unit: Any) -> Any:
        found = own_unit2id(unit)
        if len(memory) >= limit:
            memory.clear()
        memory[unit] = found
        return found

    def unit2id(self: Any, unit: Any) -> Any:
        try:
            found = memory.get(unit)
        except TypeError:  # an unhashable unit: as before
            return own_unit2id(unit)
        if found is None:
            found = learn(unit)
        return list(found) if composite else found

    def map_units(self: Any, units: Any) -> list[Any]:
        get = memory.get
        try:
            ids: list[Any] = [get(unit) for unit in units]
        except TypeError:
            return list(own_map(units))
        if None in ids:
            ids = [learn(unit) if found is None else found for unit, found in zip(units, ids, strict=True)]
        return [list(found) for found in ids] if composite else ids

    vocab.unit2id = types.MethodType(unit2id, vocab)
    vocab.map = types.MethodType(map_units, vocab)
    return True


def _remember_all_ids(processor: Any) -> list[str]:
    """`remember_ids` for each vocabulary a tagger's or parser's data loader reads (and its word vectors'); the
    names of those remembered."""
    vocabs = dict(getattr(getattr(getattr(processor, "trainer", None), "vocab", None), "_vocabs", None) or {})
    pretrain_vocab = getattr(getattr(processor, "pretrain", None), "vocab", None)
    if pretrain_vocab is not None:
        vocabs["pretrain"] = pretrain_vocab
    remembered = []
    for name, vocab in vocabs.items():
        if not getattr(vocab, "_quotes_ids", False) and remember_ids(vocab):
            vocab._quotes_ids = True  # shared word vectors: remembered once
            remembered.append(name)
    return remembered


def speed_up_tagger(pipeline: Any) -> list[str]:
    """The tagger's and the parser's character memories and the tagger's unit memory; what was changed."""
    changed = []
    processors = getattr(pipeline, "processors", {})
    for name in ("pos", "depparse"):
        trainer = getattr(processors.get(name), "trainer", None)
        model = getattr(trainer, "model", None)
        if model is not None and remember_words(model) is not None:
            changed.append(f"{name}: character memory")
    vocab = getattr(getattr(processors.get("pos"), "trainer", None), "vocab", None)
    if vocab is not None:
        remembered = [column for column in ("xpos", "feats") if column in vocab and remember_units(vocab[column])]
        changed += [f"pos: {column} memory" for column in remembered]
    for name in ("pos", "depparse"):
        processor = processors.get(name)
        if processor is not None:
            changed += [f"{name}: {vocab} id memory" for vocab in _remember_all_ids(processor)]
    if speed_up_lemmatizer(pipeline):
        changed.append("lemma: no character ids for dictionary words")
    return changed


def _lemmatize(self: Any, document: Any) -> Any:
    """`LemmaProcessor.process` with the dictionary ensemble: the same lemmas, without first turning every word
    into character ids for a data loader of which only the document is read (the seq2seq model gets its own
    loader of the words outside the dictionary, as before)."""
    import torch
    from stanza.models.common import doc
    from stanza.models.lemma.data import DataLoader

    word_tags = DataLoader(document, self.config["batch_size"], self.config, evaluation=True, conll_only=True).doc.get(
        [doc.TEXT, doc.UPOS]
    )
    skip = self.trainer.skip_seq2seq(word_tags)
    unknown = DataLoader(
        document, self.config["batch_size"], self.config, vocab=self.vocab, evaluation=True, skip=skip, expand_unk_vocab=True
    )
    predictions: list[str] = []
    edits: list[Any] = []
    with torch.no_grad():
        for batch in unknown:
            found, found_edits = self.trainer.predict(batch, self.config["beam_size"], unknown.vocab)
            predictions += found
            if found_edits is not None:
                edits += found_edits
    words = [word for word, skipped in zip(word_tags, skip, strict=True) if not skipped]
    predictions = self.trainer.postprocess([word[0] for word in words], predictions, edits=edits)
    if self.store_results:
        self.trainer.train_dict([(word[0], word[1], lemma) for word, lemma in zip(words, predictions, strict=True)], update_word_dict=False)
    remaining = iter(predictions)
    lemmas = self.trainer.ensemble(word_tags, ["" if skipped else next(remaining) for skipped in skip])
    document.set([doc.LEMMA], [max([(len(lemma), lemma), (0, "_")])[1] for lemma in lemmas])
    return document


def speed_up_lemmatizer(pipeline: Any) -> bool:
    """`_lemmatize` for this pipeline's lemmatizer when it is a seq2seq model with the dictionary ensemble (the
    compact model's); False, unchanged, otherwise."""
    processor = getattr(pipeline, "processors", {}).get("lemma")
    trainer = getattr(processor, "trainer", None)
    if processor is None or trainer is None or processor.use_identity:
        return False
    config = processor.config
    if not config.get("ensemble_dict") or config.get("dict_only") or trainer.has_contextual_lemmatizers():
        return False
    processor.process = types.MethodType(_lemmatize, processor)
    return True


def viterbi_many(scores: np.ndarray, lengths: Sequence[int], transitions: np.ndarray) -> list[list[int]]:
    """The best tag path of each sentence (`scores`: sentences × words × tags, padded; `transitions`: from × to),
    as `stanza.models.common.crf.viterbi_decode` finds it for each sentence alone."""
    trellis = np.zeros_like(scores)
    backpointers = np.zeros(scores.shape, dtype=np.int32)
    trellis[:, 0] = scores[:, 0]
    for t in range(1, scores.shape[1]):
        candidates = trellis[:, t - 1, :, None] + transitions  # sentences × from × to
        trellis[:, t] = scores[:, t] + candidates.max(1)
        backpointers[:, t] = candidates.argmax(1)
    paths = []
    for sentence, length in enumerate(lengths):
        path = [int(np.argmax(trellis[sentence, length - 1]))]
        for pointers in backpointers[sentence, length - 1 : 0 : -1]:
            path.append(int(pointers[path[-1]]))
        path.reverse()
        paths.append(path)
    return paths


def _predict_entities(trainer: Any, batch: Any, unsort: bool = True) -> list[list[str]]:
    """`stanza.models.ner.trainer.Trainer.predict`, decoding the batch's sentences together."""
    import torch
    from stanza.models.common import utils
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
    from stanza.models.ner.trainer import fix_singleton_tags, unpack_batch

    device = next(trainer.model.parameters()).device
    inputs, orig_idx, word_orig_idx, char_orig_idx, sentlens, wordlens, charlens, charoffsets = unpack_batch(batch, device)
    word, wordchars, wordchars_mask, chars, tags = inputs
    trainer.model.eval()
    with torch.no_grad():
        _, logits, transitions = trainer.model(
            word, wordchars, wordchars_mask, tags, word_orig_idx, sentlens, wordlens, chars, charoffsets, charlens, char_orig_idx
        )
    columns = [viterbi_many(x.detach().cpu().numpy(), sentlens, y.detach().cpu().numpy()) for x, y in zip(logits, transitions, strict=True)]
    tagset = trainer.args["predict_tagset"]
    sequences = []
    for sentence in range(len(sentlens)):
        paths = [[tag if tag >= VOCAB_PREFIX_SIZE else VOCAB_PREFIX_SIZE for tag in column[sentence]] for column in columns]
        units = trainer.vocab["tag"].unmap(list(zip(*paths, strict=True)))
        sequences.append(fix_singleton_tags([unit[tagset] if isinstance(unit, list) else unit for unit in units]))
    return utils.unsort(sequences, orig_idx) if unsort else sequences


def _transitions_only(self: Any, inputs: Any, masks: Any, tag_indices: Any) -> tuple[Any, Any]:
    """`CRFLoss.forward` when predicting: the loss is never read, only the transition matrix."""
    if self.training:
        return type(self).forward(self, inputs, masks, tag_indices)
    return 0.0, self._transitions


def speed_up_entity_tagger(trainer: Any) -> list[str]:
    """The entity tagger's character memory, no loss when predicting, and batched decoding; what was changed."""
    from stanza.models.common.crf import CRFLoss

    model = getattr(trainer, "model", None)
    if model is None:
        return []
    changed = []
    if remember_words(model) is not None:
        changed.append("ner: character memory")
    crits = [crit for crit in getattr(model, "crits", ()) if isinstance(crit, CRFLoss)]
    for crit in crits:
        crit.forward = types.MethodType(_transitions_only, crit)
    if crits:
        changed.append("ner: no loss when predicting")
    trainer.predict = types.MethodType(_predict_entities, trainer)
    changed.append("ner: batched decoding")
    return changed
