"""The trained named-entity tagger, applied to the parser's words.

The model (``ner.pt`` beside the parser, trained by ``python -m
quotes.training ner`` on ANERcorp) tags words already segmented the way
the parser segments them, so it runs on cached parses too: nothing in the
parse changes. It is optional: without the file, mentions come from the
rules alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from quotes.errors import ModelError

MODEL_FILE = "ner.pt"
PRETRAIN_FILE = "pretrain.pt"
BATCH_SIZE = 64


def default_model_dir() -> Path:
    return Path(__file__).resolve().parent / "models" / "ar_compact"


class EntityTagger:
    """BIOES tags (PERS, ORG, LOC, MISC) for word sequences."""

    def __init__(self, trainer: Any) -> None:
        self._trainer = trainer

    @classmethod
    def load(cls, model: Path, pretrain: Path) -> EntityTagger:
        from stanza.models.common.pretrain import Pretrain
        from stanza.models.ner.trainer import Trainer

        try:
            vectors = Pretrain(str(pretrain), None, save_to_file=False)
            no_charlm = {"charlm_forward_file": None, "charlm_backward_file": None}
            trainer = Trainer(args=no_charlm, model_file=str(model), pretrain=vectors, device="cpu")
        except Exception as exc:  # stanza raises many types for unreadable files
            raise ModelError(f"cannot load the entity tagger {model} ({type(exc).__name__}: {exc}); restore it or delete it") from exc
        return cls(trainer)

    @classmethod
    def bundled(cls, directory: Path | None = None) -> EntityTagger | None:
        """The tagger shipped beside the parser, or None when it is not there."""
        directory = directory or default_model_dir()
        model = directory / MODEL_FILE
        if not model.is_file() or not (directory / PRETRAIN_FILE).is_file():
            return None
        return cls.load(model, directory / PRETRAIN_FILE)

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[tuple[str, ...]]:
        from stanza.models.common.doc import Document
        from stanza.models.ner.data import DataLoader

        result: list[tuple[str, ...]] = [() for _ in sentences]
        filled = [i for i, words in enumerate(sentences) if words]
        if not filled:
            return result
        document = Document([[{"id": (n,), "text": word} for n, word in enumerate(sentences[i], start=1)] for i in filled])
        trainer = self._trainer
        batch = DataLoader(
            document, BATCH_SIZE, trainer.args, vocab=trainer.vocab, evaluation=True, preprocess_tags=False, bert_tokenizer=None
        )
        predictions: list[list[str]] = []
        for piece in batch:
            predictions += trainer.predict(piece)
        for index, tags in zip(filled, predictions, strict=True):
            result[index] = tuple(tags)
        return result
