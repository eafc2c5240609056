"""A tagger training loop that checkpoints and resumes.

Stanza's parser resumes by itself from ``<save_name>_checkpoint.pt``; its
tagger (``stanza.models.tagger.train``) cannot. This loop is the tagger's
own (same data loading, Trainer, dev scoring and best-model choice) plus a
checkpoint every evaluation: the model, the optimiser state, the step and
the dev history, written atomically. Run it again with the same arguments
and it continues where the checkpoint left off.
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)


def _atomic_save(obj: Any, path: Path) -> None:
    import torch

    tmp = path.with_name(path.name + ".tmp")
    torch.save(obj, tmp, _use_new_zipfile_serialization=False)
    os.replace(tmp, path)


def train_tagger(argv: list[str], *, resume: bool = True, curve: Path | None = None) -> Path:
    """Train Stanza's tagger with ``argv`` (its own options); return the best model's path.

    The checkpoint lives next to the model (``<model>.resume.pt`` and
    ``<model>.resume_state.pt``); ``curve`` (JSON lines) gets one line per
    dev evaluation: step, dev score, train loss, seconds.
    """
    import io

    import torch
    from stanza.models import tagger
    from stanza.models.common import utils
    from stanza.models.pos import scorer
    from stanza.models.pos.data import Dataset
    from stanza.models.pos.trainer import Trainer
    from stanza.utils.conll import CoNLL

    args = tagger.parse_args(args=argv)
    model_file = Path(tagger.model_file_name(args))
    model_file.parent.mkdir(parents=True, exist_ok=True)
    ckpt_model = model_file.with_name(model_file.stem + ".resume.pt")
    ckpt_state = model_file.with_name(model_file.stem + ".resume_state.pt")

    pretrain = tagger.load_pretrain(args)
    args["word_cutoff"] = utils.update_word_cutoff(pretrain, args["word_cutoff"])
    vocab, _, train_batches = tagger.load_training_data(args, pretrain)
    dev_doc = CoNLL.conll2doc(input_file=args["eval_file"])
    dev_data = Dataset(dev_doc, args, pretrain, vocab=vocab, evaluation=True, sort_during_eval=True)
    dev_batch = dev_data.to_loader(batch_size=args["batch_size"])
    eval_type = tagger.get_eval_type(dev_data)

    state: dict[str, Any] = {"step": 0, "history": [], "best_step": 0}
    if resume and ckpt_model.exists() and ckpt_state.exists():
        trainer = Trainer(args=args, vocab=vocab, pretrain=pretrain, model_file=str(ckpt_model), device="cpu")
        state = torch.load(ckpt_state, map_location="cpu", weights_only=False)
        for name, optimizer in trainer.optimizers.items():
            optimizer.load_state_dict(state["optimizers"][name])
        logger.info("resuming the tagger at step %d (best dev %.4f)", state["step"], max(state["history"], default=0.0))
    else:
        utils.set_random_seed(args["seed"])
        trainer = Trainer(args=args, vocab=vocab, pretrain=pretrain, device="cpu")
    utils.set_random_seed(args["seed"] + state["step"])  # a resumed run does not replay the same batches

    step, history, best_step = state["step"], list(state["history"]), state["best_step"]
    train_loss, started = 0.0, time.time()
    while step < args["max_steps"] and step - best_step < args["max_steps_before_stop"]:
        for batch in train_batches:
            step += 1
            train_loss += trainer.update(batch, eval=False)
            if step % args["log_step"] == 0:
                logger.info(
                    "tagger step %d/%d loss %.4f",
                    step,
                    args["max_steps"],
                    train_loss / (step % args["eval_interval"] or args["eval_interval"]),
                )
            if step % args["eval_interval"] == 0:
                preds, indices = [], []
                for dev in dev_batch:
                    preds += trainer.predict(dev)
                    indices.extend(dev.idx)
                tagger.set_predictions(dev_data.doc, trainer, utils.unsort(preds, indices))
                _, _, score = scorer.score(io.StringIO(f"{dev_data.doc:C}\n\n"), args["eval_file"], eval_type=eval_type)
                logger.info("tagger step %d: train loss %.4f, dev score %.4f", step, train_loss / args["eval_interval"], score)
                if not history or score > max(history):
                    best_step = step
                    trainer.save(str(model_file))
                history.append(score)
                if curve is not None:
                    with curve.open("a", encoding="utf-8") as handle:
                        record = {
                            "model": "tagger",
                            "step": step,
                            "dev_score": round(100 * score, 2),
                            "train_loss": round(train_loss / args["eval_interval"], 4),
                        }
                        handle.write(json.dumps({**record, "seconds": round(time.time() - started)}) + "\n")
                train_loss = 0.0
                tmp_model = ckpt_model.with_name(ckpt_model.name + ".tmp")
                trainer.save(str(tmp_model))
                os.replace(tmp_model, ckpt_model)
                optimizers = {name: optimizer.state_dict() for name, optimizer in trainer.optimizers.items()}
                _atomic_save({"step": step, "history": history, "best_step": best_step, "optimizers": optimizers}, ckpt_state)
            if step >= args["max_steps"] or step - best_step >= args["max_steps_before_stop"]:
                break
    logger.info("tagger stopped at step %d; best dev %.4f at step %d", step, max(history, default=0.0), best_step)
    return model_file
