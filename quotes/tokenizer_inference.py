"""Faster inference for Stanza's tokenizer: the same model, the same tokens and sentences.

`TokenizeProcessor.bulk_process` joins the texts with blank lines, cuts the
result into paragraphs, predicts a label per character with the model (an
LSTM over characters, batches of 32 paragraphs sorted by length, paragraphs
over 1,000 characters read in windows that restart at the last sentence end),
turns the labels into tokens with their character offsets, builds a stanza
`Document`, and cuts it back into one document per text. A profile over
SaudiNewsNet articles (one torch thread) put about a third of its time in
Python work around the model, none of which the parser needs:

1. the features of every character are computed by three lambdas and two
   position tests per character (`para_to_sentences`), and every character is
   looked up in the vocabulary one call at a time: `FastTokenizer` remembers
   each distinct character's id and features and sets the two position
   columns of a paragraph at once;
2. torch's `DataLoader` collates the batches and copies each row in turn;
   here the batch is filled with NumPy;
3. the labels are read back character by character, a string grown one
   character at a time (`decode_predictions`); here each token is one slice
   between two labels, looked up in the text as Stanza looks it up;
4. a stanza `Document` (a `Token` and a `Word` object per token, whitespace
   and comments per sentence) is built and then cut per text, although the
   parser only reads each token's text and offsets and builds a document of
   its own from the corrected tokens: `tokenize_many` returns those
   ``(text, start, end)`` triples per sentence per text.

The model itself runs as Stanza runs it: the same batches (same order, same
padding, the same windows for long paragraphs), the same forward call, the
same argmax, the same e-mail and URL repair (`update_pred_regex`), so the
labels are the same numbers; `tests/test_tokenizer_inference.py` compares the
tokens and sentences with Stanza's own on real articles. Tokenizers this does
not cover (a dictionary or character language model, multi-word tokens,
structural features, speaker tags, a postprocessor, another variant) keep
Stanza's path: `FastTokenizer.of` returns None for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

#: A token as the parser reads it: its text and its offsets in the document's text.
Token = tuple[str, int, int]

#: Feature functions this reimplementation knows (Stanza's per-character ones and the two positions).
_KNOWN_FEATURES = frozenset({"space_before", "capitalized", "numeric", "end_of_para", "start_of_para"})


class FastTokenizer:
    """Stanza's tokenizer processor, run with less Python around the same model."""

    def __init__(self, processor: Any) -> None:
        from stanza.models.tokenization.data import PER_CHAR_FEAT_FUNCS

        self.processor = processor
        trainer = processor.trainer
        self.model = trainer.model
        self.vocab = processor.vocab
        config = processor.config
        from stanza.pipeline.tokenize_processor import TokenizeProcessor

        #: tokens longer than this become ``<UNK>`` (the processor's own rule)
        self.token_limit = config.get("max_seqlen", TokenizeProcessor.MAX_SEQ_LENGTH_DEFAULT)
        #: the model's window over a long paragraph (`output_predictions`)
        self.window = max(1000, self.token_limit)
        self.batch_size = trainer.args["batch_size"]
        self.padid = self.vocab.unit2id("<PAD>")
        feat_funcs = list(config["feat_funcs"])
        self._char_funcs = [PER_CHAR_FEAT_FUNCS[name] for name in feat_funcs if name in PER_CHAR_FEAT_FUNCS]
        self._end_column = len(self._char_funcs) if "end_of_para" in feat_funcs else -1
        self._start_column = len(self._char_funcs) + (self._end_column >= 0) if "start_of_para" in feat_funcs else -1
        self.feature_count = len(self._char_funcs) + (self._end_column >= 0) + (self._start_column >= 0)
        #: character (code point) → its vocabulary id and per-character features
        self._rows: dict[int, np.ndarray] = {}

    @classmethod
    def of(cls, pipeline: Any) -> FastTokenizer | None:
        """The fast tokenizer for `pipeline`'s tokenize processor, or None where it does not apply."""
        processor = pipeline.processors.get("tokenize") if pipeline is not None else None
        if processor is None or hasattr(processor, "_variant") or getattr(processor, "_speaker_opener", None) is not None:
            return None
        config = processor.config
        trainer: Any = getattr(processor, "trainer", None)
        model = getattr(trainer, "model", None)
        if model is None or getattr(processor, "_postprocessor", None) is not None:
            return None
        if any(parameter.device.type != "cpu" for parameter in model.parameters()):
            return None
        args = trainer.args
        if (
            config.get("pretokenized")
            or config.get("no_ssplit", False)
            or config.get("skip_newline", False)
            or config.get("use_dictionary", False)
            or args.get("use_mwt")
            or args.get("shorthand") == "la_ittb"
            or getattr(model, "charmodel", None) is not None
            or not set(config.get("feat_funcs", ())) <= _KNOWN_FEATURES
            or len(config.get("feat_funcs", ())) != len(set(config.get("feat_funcs", ())))
            or args.get("feat_dim") != len(config.get("feat_funcs", ()))
        ):
            return None
        return cls(processor)

    # -- input -----------------------------------------------------------------

    def _row(self, code: int) -> np.ndarray:
        """The unit id and per-character features of the character `code`, as `para_to_sentences` computes them."""
        char = chr(code)
        row = np.array([self.vocab.unit2id(char), *(f(char) for f in self._char_funcs)], dtype=np.int64)
        self._rows[code] = row
        return row

    def _paragraph(self, paragraph: str) -> tuple[np.ndarray, np.ndarray]:
        """Unit ids and features of one paragraph, as `para_to_sentences` computes them: each distinct character
        looked up once."""
        codes = np.frombuffer(paragraph.encode("utf-32-le"), dtype=np.uint32)
        distinct, where = np.unique(codes, return_inverse=True)
        rows = self._rows
        table = np.stack([rows[code] if code in rows else self._row(code) for code in distinct.tolist()])[where]
        features = np.zeros((len(codes), self.feature_count), dtype=np.float32)
        features[:, : len(self._char_funcs)] = table[:, 1:]
        if self._end_column >= 0:
            features[-1, self._end_column] = 1
        if self._start_column >= 0:
            features[0, self._start_column] = 1
        return np.ascontiguousarray(table[:, 0]), features

    @staticmethod
    def paragraphs(raw_text: str) -> list[str]:
        """The paragraphs `TokenizationDataset` reads from `raw_text`, each as the string of its units."""
        from stanza.models.tokenization.data import NEWLINE_WHITESPACE_RE, WHITESPACE_RE

        chunks = [chunk.rstrip() for chunk in NEWLINE_WHITESPACE_RE.split(raw_text)]
        out = []
        for chunk in chunks:
            if not chunk:
                continue
            # every whitespace or C1 control character is one space; a space after a space is dropped
            units = WHITESPACE_RE.sub(" ", chunk)
            while "  " in units:
                units = units.replace("  ", " ")
            out.append(units)
        return out

    # -- the model -------------------------------------------------------------

    def _labels(self, units: np.ndarray, features: np.ndarray, lengths: list[int]) -> np.ndarray:
        import torch

        pred = self.model(torch.from_numpy(units), torch.from_numpy(features), lengths)
        return np.argmax(pred.data.cpu().numpy(), axis=2)

    def _batch_labels(self, batch: Sequence[tuple[np.ndarray, np.ndarray]]) -> list[np.ndarray]:
        """Labels of a batch of paragraphs (longest first), as `stanza.models.tokenization.utils.predict` computes them."""
        lengths = [len(ids) for ids, _ in batch]
        pad_len = lengths[0] + 1  # every row ends with at least one pad
        units = np.full((len(batch), pad_len), self.padid, dtype=np.int64)
        features = np.zeros((len(batch), pad_len, self.feature_count), dtype=np.float32)
        for row, (ids, feats) in enumerate(batch):
            units[row, : len(ids)] = ids
            features[row, : len(ids)] = feats
        text_lengths = [length + 1 for length in lengths]  # Stanza's raw rows: the units and one <PAD>
        if pad_len <= self.window:
            labels = self._labels(units, features, text_lengths)
            return [labels[row, :length] for row, length in enumerate(lengths)]
        # a paragraph over the window: windows of at most `window` characters, each paragraph going on after its
        # last predicted sentence end, the rows that are done (or shorter) read as padding, as Stanza does
        window = self.window
        done = [0] * len(batch)
        pieces: list[list[np.ndarray]] = [[] for _ in batch]
        while True:
            ends = [min(length - at, window) for at, length in zip(done, lengths, strict=True)]
            end = max(ends)
            # Stanza reads the paragraphs that are done as rows of padding until the longest one is done, and
            # discards what it predicts for them: only the others are read here (a batch of two 9,000-character
            # paragraphs and thirty short ones is thirty rows of padding, ten windows long)
            active = [row for row in range(len(batch)) if done[row] < lengths[row]]
            labels = np.zeros((len(batch), end), dtype=np.int64)
            labels[active] = self._labels(
                np.ascontiguousarray(units[active, :end]),
                np.ascontiguousarray(features[active, :end]),
                [min(text_lengths[row], end) for row in active],
            )
            advances = []
            for row in range(len(batch)):
                row_labels = labels[row]
                breaks = np.where((row_labels == 2) + (row_labels == 4))[0]
                if len(breaks) <= 0 or done[row] >= lengths[row] - window:
                    advance = ends[row]
                else:
                    advance = int(np.max(breaks)) + 1
                pieces[row].append(row_labels[:advance])
                done[row] += advance
                advances.append(advance)
            if all(at >= length for at, length in zip(done, lengths, strict=True)):
                break
            # `TokenizationDataset.advance_old_batch`: each row moves on by its advance, padded to the longest rest
            valid = (units != self.padid).sum(1).tolist()
            new_len = max(count - advance for advance, count in zip(advances, valid, strict=True))
            new_units = np.full((len(batch), new_len), self.padid, dtype=np.int64)
            new_features = np.zeros((len(batch), new_len, self.feature_count), dtype=np.float32)
            for row, (advance, count) in enumerate(zip(advances, valid, strict=True)):
                start = min(advance, count)
                new_units[row, : count - start] = units[row, start:count]
                new_features[row, : count - start] = features[row, start:count]
            units, features = new_units, new_features
            text_lengths = [new_len] * len(batch)
        return [np.concatenate(row_pieces, 0) for row_pieces in pieces]

    def _paragraph_labels(self, paragraphs: list[str]) -> list[np.ndarray]:
        """Each paragraph's labels (input order), with the last character a sentence end and URLs and e-mails
        kept whole, as `predict` leaves them."""
        from stanza.models.tokenization.utils import update_pred_regex

        order = sorted(range(len(paragraphs)), key=lambda i: len(paragraphs[i]), reverse=True)  # stable, as Stanza's
        out: list[Any] = [None] * len(paragraphs)
        size = self.batch_size
        for first in range(0, len(order), size):
            members = order[first : first + size]
            for index, labels in zip(members, self._batch_labels([self._paragraph(paragraphs[i]) for i in members]), strict=True):
                length = len(paragraphs[index])
                labels = labels[:length]
                if labels[length - 1] < 2:
                    labels[length - 1] = 2
                elif labels[length - 1] > 2:
                    labels[length - 1] = 4
                out[index] = update_pred_regex(list(paragraphs[index]), labels)
        return out

    # -- output ----------------------------------------------------------------

    def _sentences(self, raw_text: str) -> list[list[Token]]:
        """Sentences of `raw_text` as ``(text, start, end)`` tokens, as `decode_predictions` finds them."""
        from stanza.models.tokenization.data import WHITESPACE_RE
        from stanza.models.tokenization.utils import SPACE_SPLIT_RE

        paragraphs = self.paragraphs(raw_text)
        if not paragraphs:
            return []
        all_labels = self._paragraph_labels(paragraphs)
        text = WHITESPACE_RE.sub(" ", raw_text)
        # the units hold no whitespace but spaces (`paragraphs`), which `Vocab.normalize_token` keeps: it only strips
        # the spaces before a token, unless the language drops spaces within tokens
        plain = not self.vocab.lang_replaces_spaces
        normalize = self.vocab.normalize_token
        limit = self.token_limit
        char_offset = 0
        sentences: list[list[Token]] = []
        for paragraph, labels in zip(paragraphs, all_labels, strict=True):
            current: list[Token] = []
            begin = 0
            cuts = np.flatnonzero(labels >= 1)
            for cut, label in zip(cuts.tolist(), labels[cuts].tolist(), strict=True):
                piece = paragraph[begin : cut + 1]
                begin = cut + 1
                stripped = piece.lstrip()
                token = stripped if plain else normalize(piece)
                if len(token) <= 0:
                    continue
                if " " not in stripped:  # one part (`SPACE_SPLIT_RE`): the piece, maybe after a space
                    found = text.index(piece, char_offset)
                    start, char_offset = found + len(piece) - len(stripped), found + len(piece)
                else:
                    start = -1
                    for part in SPACE_SPLIT_RE.split(piece):
                        if len(part) == 0:
                            continue
                        offset = text.index(part, char_offset) - char_offset
                        if start < 0:
                            start = char_offset + offset + (len(part) - len(part.lstrip()))
                        char_offset += offset + len(part)
                current.append((token if len(token) <= limit else "<UNK>", start, char_offset))
                if label == 2 or label == 4:
                    sentences.append(current)
                    current = []
            if begin < len(paragraph):
                raise ValueError("Finished processing tokens, but there is still text left!")
            if current:
                sentences.append(current)
        return sentences

    def tokenize_many(self, texts: Sequence[str]) -> list[list[list[Token]]]:
        """Each text's sentences of ``(text, start, end)`` tokens, offsets into that text: the tokens, sentences and
        offsets of ``processor.bulk_process`` over the same texts."""
        import torch

        if not texts:
            return []
        self.model.eval()
        with torch.no_grad():
            sentences = self._sentences("\n\n".join(texts))
        out: list[list[list[Token]]] = []
        next_sentence = 0
        char_offset = 0
        for text in texts:
            first = next_sentence
            while next_sentence < len(sentences) and sentences[next_sentence][-1][2] - char_offset <= len(text):
                next_sentence += 1
            out.append(
                [
                    [(token, start - char_offset, end - char_offset) for token, start, end in sentence]
                    for sentence in sentences[first:next_sentence]
                ]
            )
            char_offset += len(text) + 2
        return out
