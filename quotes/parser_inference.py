"""Faster inference for Stanza's graph-based dependency parser: the same model, the same trees.

Stanza's `GraphParser.predict` scores every (dependent, head, label) triple of
the padded batch, turns all of them into log-probabilities and decodes each
sentence with a pure-Python Chu-Liu-Edmonds. A profile of the parser on news
put half of its time in that decoder and in the label scores. Here, for a
parser instance of ours (never the class, so a stock pipeline in the same
process is untouched):

1. arc scores are computed as Stanza computes them (same layers, same
   linearization and distance terms, same log-softmax);
2. each sentence is decoded by the compiled maximum-spanning-tree decoder of
   `ufal.chu_liu_edmonds` (TurboParser's), after the same root reweighting
   Stanza applies so that exactly one word attaches to the root;
3. label scores are computed only for the arcs of the chosen tree (the
   biaffine label scorer is evaluated for one head per word instead of all
   of them), and the argmax label is taken as Stanza does.

The output is the same (head, label) per word; `tests/test_parser_inference.py`
compares both on parses, and `benchmarks/run.py` reports the speed.
"""

from __future__ import annotations

import logging
import types
from typing import Any

import numpy as np


def chu_liu_edmonds_one_root(scores: np.ndarray) -> np.ndarray:
    """The maximum spanning tree of `scores` (dependent × head, root at 0) with exactly one root child.

    Same contract as stanza's `chuliu_edmonds_one_root`: heads[0] is the root's own (unused) cell.
    """
    from ufal.chu_liu_edmonds import chu_liu_edmonds

    weighted = scores.astype(np.float64, copy=True)
    finite = np.isfinite(weighted)
    min_score = weighted[finite].min()
    # Stanza's reweighting: a root arc costs more than any tree of ordinary arcs can gain
    weighted[:, 0] += min_score * weighted.shape[0]
    weighted[~finite] = np.nan  # the decoder skips NaN cells (the diagonal)
    heads, _ = chu_liu_edmonds(weighted)
    tree = np.asarray(heads, dtype=np.int64)
    tree[0] = 0
    return tree


def _arc_log_probs(model: Any, lstm_outputs: Any, word: Any, head: Any) -> Any:
    """Log-probabilities of every head for every word, exactly as `GraphParser.forward_scores` + `forward` give them."""
    import torch
    import torch.nn.functional as F

    unlabeled = model.unlabeled(lstm_outputs, lstm_outputs).squeeze(3)
    positions = torch.arange(word.size(1), device=head.device)
    head_offset = positions.view(1, 1, -1).expand(word.size(0), -1, -1) - positions.view(1, -1, 1).expand(word.size(0), -1, -1)
    if model.args["linearization"]:
        lin_scores = model.linearization(lstm_outputs, lstm_outputs).squeeze(3)
        unlabeled += F.logsigmoid(lin_scores * torch.sign(head_offset).float())
    if model.args["distance"]:
        dist_scores = model.distance(lstm_outputs, lstm_outputs).squeeze(3)
        dist_pred = 1 + F.softplus(dist_scores)
        unlabeled += -torch.log((torch.abs(head_offset).float() - dist_pred) ** 2 / 2 + 1)
    diag = torch.eye(head.size(-1) + 1, dtype=torch.bool, device=head.device).unsqueeze(0)
    unlabeled.masked_fill_(diag, -float("inf"))
    return F.log_softmax(unlabeled, 2)


def _labels_of_arcs(model: Any, lstm_outputs: Any, arcs: list[tuple[int, int, int]]) -> list[int]:
    """Argmax label id of each (sentence, dependent, head) arc with the parser's biaffine label scorer."""
    import torch

    scorer = model.deprel  # DeepBiaffineScorer: W1/W2 + relu, then a pairwise bilinear over [h; 1]
    dependents = scorer.hidden_func(scorer.W1(lstm_outputs))
    heads = scorer.hidden_func(scorer.W2(lstm_outputs))
    index = torch.tensor(arcs, dtype=torch.long)
    left = dependents[index[:, 0], index[:, 1]]
    right = heads[index[:, 0], index[:, 2]]
    left = torch.cat([left, left.new_ones(left.size(0), 1)], 1)
    right = torch.cat([right, right.new_ones(right.size(0), 1)], 1)
    bilinear = scorer.scorer.W_bilin
    scores = torch.einsum("pi,ijo,pj->po", left, bilinear.weight, right) + bilinear.bias
    return [int(label) for label in scores.argmax(1)]


def fast_predict(
    model: Any,
    word: Any,
    word_mask: Any,
    wordchars: Any,
    wordchars_mask: Any,
    upos: Any,
    xpos: Any,
    ufeats: Any,
    pretrained: Any,
    lemma: Any,
    head: Any,
    deprel: Any,
    word_orig_idx: Any,
    sentlens: Any,
    wordlens: Any,
    text: Any,
    resolve_head_constraints: bool = False,
) -> list[list[list[Any]]]:
    """`GraphParser.predict` with the compiled decoder and labels for the chosen arcs only."""
    import torch
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE

    args = (
        word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained,
        lemma, head, deprel, word_orig_idx, sentlens, wordlens, text,
    )  # fmt: skip
    if resolve_head_constraints or model.args.get("use_arc_embedding") or model.training:
        return type(model).predict(model, *args, resolve_head_constraints=resolve_head_constraints)
    with torch.no_grad():
        lstm_outputs = model.embed(*args)
        log_probs = _arc_log_probs(model, lstm_outputs, word, head).cpu().numpy()
        trees = [chu_liu_edmonds_one_root(log_probs[i][:length, :length]) for i, length in enumerate(sentlens)]
        arcs = [(i, dep, int(tree[dep])) for i, tree in enumerate(trees) for dep in range(1, len(tree))]
        labels = iter(_labels_of_arcs(model, lstm_outputs, arcs)) if arcs else iter(())
    vocab = model.vocab["deprel"]
    predictions = []
    for tree in trees:
        heads = [int(h) for h in tree[1:]]
        names = vocab.unmap([next(labels) + VOCAB_PREFIX_SIZE for _ in heads])
        predictions.append([[h, name] for h, name in zip(heads, names, strict=True)])
    return predictions[: word.size(0)]


def speed_up(pipeline: Any) -> bool:
    """Make this pipeline's graph parser use `fast_predict`; False (and nothing changed) if it has none,
    or if the compiled decoder is not installed (a dependency of quotes; Stanza's own decoder then runs)."""
    try:
        import ufal.chu_liu_edmonds  # noqa: F401
    except ImportError:
        logging.getLogger(__name__).warning(
            "ufal.chu_liu_edmonds is not installed: parsing with Stanza's slower decoder (pip install ufal.chu_liu_edmonds)"
        )
        return False
    processor = getattr(pipeline, "processors", {}).get("depparse")
    trainer = getattr(processor, "trainer", None) if processor is not None else None
    model = getattr(trainer, "model", None)
    if model is None or not hasattr(model, "unlabeled") or not hasattr(model, "deprel"):
        return False
    model.predict = types.MethodType(fast_predict, model)
    return True
