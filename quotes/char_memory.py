"""Each word's character-model vector, computed once per spelling.

Stanza's tagger, parser and entity tagger each read every word letter by
letter (`stanza.models.common.char_model.CharacterModel`: a character LSTM
whose output is pooled into one vector per word) before their word-level
LSTMs. In evaluation mode that vector depends on the word's characters only,
not on the sentence or the batch, yet it is computed again for every
occurrence: in news a few thousand spellings (و، في، أن، قال …) make up most
of the running words. A `CharacterMemory` keeps the vectors it has computed,
keyed by the word's character ids, and runs the LSTM only for the spellings of
a batch it has not seen; the batch's vectors are then gathered from the
memory and handed on exactly as the model's own `forward` hands them on.

The vectors are the model's own, computed over a smaller batch: the same
arithmetic, up to the last bit of float rounding that a different batch size
may bring (`tests/test_tagging_inference.py` compares them; `benchmarks/run.py`
compares whole parses). The memory holds at most `limit` words and starts
over when it is full (`CHARACTER_MEMORY_WORDS`). Only instances are changed,
never Stanza's classes, so a stock pipeline in the same process is untouched;
training (``model.training``) always takes the model's own path.
"""

from __future__ import annotations

import types
from typing import Any

#: Words a memory holds before it starts over. Its table is reserved at once but the operating system gives it
#: memory only as rows are written: at most 50,000 × 200 floats (40 MB) for the shipped tagger's and parser's
#: character models each and 50,000 × 256 (51 MB) for the entity tagger's, 131 MB a parsing worker in all, reached
#: only after tens of thousands of distinct spellings (40 news articles hold about 4,600); the most frequent
#: spellings, which make up most running words, are read again within a few documents after it starts over.
CHARACTER_MEMORY_WORDS = 50_000


class CharacterMemory:
    """The remembered word vectors of one character model."""

    def __init__(self, model: Any, limit: int = CHARACTER_MEMORY_WORDS) -> None:
        self.model = model
        self.limit = limit
        self._rows: dict[tuple[int, ...], int] = {}
        self._table: Any = None  # limit × width tensor, made at the first batch (the width is the model's)
        self.computed = 0  # words the LSTM ran for
        self.recalled = 0  # words read from the memory

    def __len__(self) -> int:
        return len(self._rows)

    def forward(self, chars: Any, chars_mask: Any, word_orig_idx: Any, sentlens: Any, wordlens: Any) -> Any:
        """`CharacterModel.forward` (words sorted longest first, as Stanza's data loaders give them)."""
        import torch
        from stanza.models.common.utils import tensor_unsort
        from torch.nn.utils.rnn import pack_sequence, pad_packed_sequence

        model = self.model
        lengths = [int(length) for length in wordlens]
        keys = [tuple(row[:length]) for row, length in zip(chars.tolist(), lengths, strict=True)]
        rows = self._rows
        if len(rows) + len(keys) > self.limit:
            rows.clear()
        new: dict[tuple[int, ...], int] = {}
        for position, key in enumerate(keys):
            if key not in rows and key not in new:
                new[key] = position
        with torch.no_grad():
            if new:
                positions = list(new.values())  # increasing: their lengths stay sorted, longest first
                vectors = word_vectors(model, chars[positions, : lengths[positions[0]]], [lengths[p] for p in positions])
                if self._table is None:
                    self._table = vectors.new_empty((self.limit, vectors.size(1)))
                start = len(rows)
                self._table[start : start + len(positions)] = vectors
                rows.update(zip(new, range(start, start + len(positions)), strict=True))
            self.computed += len(new)
            self.recalled += len(keys) - len(new)
            result = self._table.index_select(0, torch.tensor([rows[key] for key in keys], dtype=torch.long))
        result = tensor_unsort(result, word_orig_idx)
        packed = pack_sequence(result.split(sentlens))
        return pad_packed_sequence(packed, batch_first=True)[0] if model.pad else packed


def word_vectors(model: Any, chars: Any, wordlens: list[int]) -> Any:
    """One vector per word (rows in the given order, lengths longest first): the first half of
    `CharacterModel.forward`, before the words are put back in their sentences."""
    import torch
    from torch.nn.utils.rnn import PackedSequence, pack_padded_sequence, pad_packed_sequence

    embeddings = model.char_emb(chars)  # dropout: none in evaluation
    count = embeddings.size(0)
    layers = model.num_dir * model.args["char_num_layers"]
    hidden = model.args["char_hidden_dim"]
    output = model.charlstm(
        pack_padded_sequence(embeddings, wordlens, batch_first=True),
        wordlens,
        hx=(
            model.charlstm_h_init.expand(layers, count, hidden).contiguous(),
            model.charlstm_c_init.expand(layers, count, hidden).contiguous(),
        ),
    )
    if model.attn:
        states = output[0]
        weights = torch.sigmoid(model.char_attn(states.data))
        weighted, _ = pad_packed_sequence(PackedSequence(states.data * weights, states.batch_sizes), batch_first=True)
        return weighted.sum(1)
    final, _ = output[1]
    return final[-2:].transpose(0, 1).contiguous().view(count, -1)


def remember_words(module: Any, limit: int = CHARACTER_MEMORY_WORDS) -> CharacterMemory | None:
    """Give `module`'s character model (its ``charmodel``, a `CharacterModel`) a memory; None if it has none.

    The instance's `forward` is replaced: in training it runs the model's own,
    in evaluation the memory's.
    """
    from stanza.models.common.char_model import CharacterModel

    model = getattr(module, "charmodel", None)
    if not isinstance(model, CharacterModel):
        return None
    memory = CharacterMemory(model, limit)
    own = model.forward

    def forward(self: Any, chars: Any, chars_mask: Any, word_orig_idx: Any, sentlens: Any, wordlens: Any) -> Any:
        if self.training:
            return own(chars, chars_mask, word_orig_idx, sentlens, wordlens)
        return memory.forward(chars, chars_mask, word_orig_idx, sentlens, wordlens)

    model.forward = types.MethodType(forward, model)
    return memory
