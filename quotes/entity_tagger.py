"""The trained named-entity tagger, applied to the parser's words.

The model (``models/ar_ner/ner.pt``, trained by ``python -m quotes.training
ner`` on ANERcorp) tags words already segmented the way the parser segments
them, so it runs on cached parses too: nothing in the parse changes. It reads
the parser's word vectors (``models/ar_compact/pretrain.pt``) and was trained
with one exact file: ``ner.json`` records its SHA-256, and a tagger whose
vectors changed is not loaded (a warning says to retrain it). A tagger
trained with character language models (``charlm_forward.pt`` and
``charlm_backward.pt`` beside ``ner.pt``, named with their SHA-256 under
``charlm`` in ``ner.json``) reads them too. It is optional: without it,
mentions come from the rules alone.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from quotes.entity_tag_repair import RepairLexicons, repair_tags
from quotes.errors import ModelError
from quotes.loaded import settle_after_loading
from quotes.stanza_loading import shared_foundation_cache, without_optimizers
from quotes.tagging_inference import speed_up_entity_tagger

MODEL_FILE = "ner.pt"
INFO_FILE = "ner.json"
PRETRAIN_FILE = "pretrain.pt"
#: Word vectors the tagger may have of its own, beside it (``ner.json``'s ``pretrain`` names them).
OWN_VECTORS_FILE = "ner_vectors.pt"
BATCH_SIZE = 64
MODELS = Path(__file__).resolve().parent / "models"
logger = logging.getLogger(__name__)


def default_model_dir() -> Path:
    return MODELS / "ar_ner"


def default_vectors() -> Path:
    return MODELS / "ar_compact" / PRETRAIN_FILE


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class EntityTagger:
    """BIOES tags (PERS, ORG, LOC, MISC) for word sequences; with ``repair`` lexicons, :meth:`tag_documents` also
    tags the names each document's other sentences tagged (:mod:`quotes.entity_tag_repair`)."""

    def __init__(self, trainer: Any, repair: RepairLexicons | None = None) -> None:
        self._trainer = trainer
        self.repair = repair

    @classmethod
    def load(
        cls,
        model: Path,
        pretrain: Path,
        charlm: tuple[Path, Path] | None = None,
        *,
        fast: bool = True,
        repair: RepairLexicons | None = None,
    ) -> EntityTagger:
        """The tagger in ``model``; ``charlm`` is its (forward, backward) character language models when it was
        trained with them. ``fast``: each spelling read letter by letter once, no training loss computed, the
        batch decoded at once (``quotes.tagging_inference``: the same tags). ``repair``: the lexicons with which
        :meth:`tag_documents` repairs a document's tags (None: the tagger's own tags)."""
        from stanza.models.ner.trainer import Trainer

        forward, backward = (str(path) for path in charlm) if charlm else (None, None)
        try:
            vectors = shared_foundation_cache().load_pretrain(str(pretrain))  # the parser's, when it read them
            charlm_files = {"charlm_forward_file": forward, "charlm_backward_file": backward}
            with without_optimizers():  # it predicts, never trains
                trainer = Trainer(args=charlm_files, model_file=str(model), pretrain=vectors, device="cpu")
        except Exception as exc:  # stanza raises many types for unreadable files
            raise ModelError(f"cannot load the entity tagger {model} ({type(exc).__name__}: {exc}); restore it or delete it") from exc
        if fast:
            speed_up_entity_tagger(trainer)
        settle_after_loading()
        return cls(trainer, repair)

    @classmethod
    def bundled(cls, directory: Path | None = None, vectors: Path | None = None) -> EntityTagger | None:
        """The shipped tagger, or None when it is not there or its word vectors are not the ones it was trained with;
        it repairs documents' tags with the shipped rules' lexicons.

        Loaded once per process (every Extractor shares it: loading reads 20 MB of vectors)."""
        return _bundled(directory or default_model_dir(), vectors or default_vectors())

    @classmethod
    def _from_directory(cls, directory: Path, vectors: Path) -> EntityTagger | None:
        model = directory / MODEL_FILE
        info_path = directory / INFO_FILE
        info = json.loads(info_path.read_text(encoding="utf-8")) if info_path.is_file() else {}
        if info.get("pretrain") == OWN_VECTORS_FILE:  # trained with word vectors of its own, shipped beside it
            vectors = directory / OWN_VECTORS_FILE
        if not model.is_file() or not vectors.is_file():
            return None
        expected = info.get("pretrain_sha256")
        if expected and expected != file_sha256(vectors):
            logger.warning(
                "%s was trained with other word vectors than %s; entities come from the rules alone "
                "(retrain it: python -m quotes.training ner)",
                model,
                vectors,
            )
            return None
        charlm = None
        if info.get("charlm"):
            charlm = _charlm_files(directory, info["charlm"])
            if charlm is None:
                return None
        return cls.load(model, vectors, charlm, repair=RepairLexicons.bundled())

    def tag_documents(self, documents: Sequence[Sequence[Sequence[str]]]) -> list[list[tuple[str, ...]]]:
        """Each document's sentences' tags (all sentences tagged in shared batches), each document repaired with the
        names its sentences tagged (:func:`quotes.entity_tag_repair.repair_tags`) when the tagger has ``repair``
        lexicons. The one place where the extractor and ``quotes parse`` get their tags."""
        tags = iter(self.tag_many([sentence for document in documents for sentence in document]))
        result = []
        for document in documents:
            tagged = [next(tags) for _ in document]
            result.append(repair_tags(document, tagged, self.repair) if self.repair is not None else tagged)
        return result

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[tuple[str, ...]]:
        from stanza.models.ner.data import DataLoader

        result: list[tuple[str, ...]] = [() for _ in sentences]
        filled = [i for i, words in enumerate(sentences) if words]
        if not filled:
            return result
        document = _Words([sentences[i] for i in filled])
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


class _Words:
    """The words of the sentences to tag, as Stanza's NER DataLoader reads a Document: ``get([TEXT, NER,
    MULTI_NER], as_sentences=True, from_token=True)``, untagged. Building a Stanza Document (a Token and a Word
    object per word) took a third of the tagger's time for no other use."""

    def __init__(self, sentences: Sequence[Sequence[str]]) -> None:
        self._sentences = sentences

    def get(self, fields: Sequence[str], *, as_sentences: bool = False, from_token: bool = False) -> list[list[tuple[Any, ...]]]:
        if len(fields) != 3 or not as_sentences:  # the one query the DataLoader makes
            raise NotImplementedError(f"the entity tagger's words answer only the NER DataLoader's query, not {fields!r}")
        return [[(word, None, None) for word in sentence] for sentence in self._sentences]


def _charlm_files(directory: Path, recorded: dict[str, str]) -> tuple[Path, Path] | None:
    """The (forward, backward) character language models ``ner.json`` names (``{"forward": file, "forward_sha256":
    …, "backward": …}``), or None (with a warning) when one is missing or is not the file the tagger was trained with."""
    paths = []
    for direction in ("forward", "backward"):
        path = directory / recorded[direction]
        if not path.is_file() or file_sha256(path) != recorded.get(f"{direction}_sha256"):
            logger.warning(
                "%s is missing or is not the character language model the entity tagger was trained with; "
                "entities come from the rules alone (retrain it: python -m quotes.training ner --charlm)",
                path,
            )
            return None
        paths.append(path)
    return paths[0], paths[1]


@lru_cache(maxsize=4)
def _bundled(directory: Path, vectors: Path) -> EntityTagger | None:
    return EntityTagger._from_directory(directory, vectors)
