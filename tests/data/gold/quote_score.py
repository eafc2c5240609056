#!/usr/bin/env python3
# ruff: noqa  (verbatim copy of the reference scorer; the only line added to it is this one)
"""Score extracted quotes against gold quotes (see ../spec/quote-annotation.md).

    quote_score.py check DOCS.jsonl GOLD.jsonl           # validate a gold file
    quote_score.py score DOCS.jsonl GOLD.jsonl PRED.jsonl [--json] [--errors N]

Only the standard library is used, so it runs anywhere.
"""
import argparse
import json
import re
import sys

DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
CLITIC = re.compile(r"(?<!\S)[وفلب](?=\S{3,})")
ARTICLE = re.compile(r"(?<!\S)ال(?=\S{2,})")


def _strip(w):
    """Drop one proclitic and the article: والرئيس → رئيس, للشركة → شركه."""
    if w.startswith("لل") and len(w) >= 5:
        return w[2:]
    return ARTICLE.sub("", CLITIC.sub("", w)) or w


def norm(s):
    s = DIACRITICS.sub("", s or "")
    s = s.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}))
    s = re.sub(r"[^\w\s]", " ", s)
    s = " ".join(_strip(w) for w in s.split())
    return s


def load_jsonl(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if line:
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as e:
                    sys.exit(f"{path}:{n}: not JSON: {e}")
    return out


def locate(text, needle, near=None):
    """Start of needle in text; with several, the one closest to `near`."""
    if not needle:
        return None
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    if not starts:
        return None
    if near is None or len(starts) == 1:
        return starts[0]
    return min(starts, key=lambda s: abs(s - near))


def gold_spans(docs, gold, strict=True):
    """Turn gold strings into character spans; collect problems."""
    problems, out = [], []
    for i, g in enumerate(gold, 1):
        doc = docs.get(g.get("doc_id"))
        if doc is None:
            problems.append(f"gold line {i}: unknown doc_id {g.get('doc_id')!r}")
            continue
        text = doc["text"]
        ctx = g.get("cue_context") or g.get("cue")
        cstarts = [m.start() for m in re.finditer(re.escape(ctx or "\0"), text)]
        if len(cstarts) != 1:
            problems.append(f"gold line {i} ({g['doc_id']}): cue_context {ctx!r} occurs {len(cstarts)} times")
            anchor = cstarts[0] if cstarts else None
        else:
            anchor = cstarts[0]
        cue_start = None
        if anchor is not None and g.get("cue"):
            off = text[anchor:anchor + len(ctx)].find(g["cue"])
            cue_start = anchor + off if off >= 0 else locate(text, g["cue"], anchor)
        rec = {"doc_id": g["doc_id"], "type": g.get("type"), "line": i}
        for field in ("content", "cue", "speaker", "speaker_resolved", "role", "via"):
            val = g.get(field)
            if val in (None, ""):
                rec[field] = None
                continue
            near = cue_start if cue_start is not None else anchor
            s = cue_start if field == "cue" and cue_start is not None else locate(text, val, near)
            if s is None:
                problems.append(f"gold line {i} ({g['doc_id']}): {field} not found in text: {val[:60]!r}")
                rec[field] = None
            else:
                rec[field] = {"text": val, "start": s, "end": s + len(val)}
        if g.get("type") not in ("direct", "indirect", "mixed", "according_to"):
            problems.append(f"gold line {i}: bad type {g.get('type')!r}")
        if rec.get("content") is None:
            problems.append(f"gold line {i}: no content span")
            continue
        out.append(rec)
    return out, problems


def span_overlap(a, b):
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def text_match(p, g):
    """Speaker/role agreement: F1 of the normalised words is at least 0.6."""
    if p is None and g is None:
        return True
    if p is None or g is None:
        return False
    pw, gw = norm(p["text"]).split(), norm(g["text"]).split()
    if not pw or not gw:
        return False
    common = sum(min(pw.count(w), gw.count(w)) for w in set(pw))
    return 2 * common / (len(pw) + len(gw)) >= 0.6


def match(pred, gold):
    pairs = []
    for pi, p in enumerate(pred):
        for gi, g in enumerate(gold):
            if p["doc_id"] != g["doc_id"]:
                continue
            ov = span_overlap(p["content"], g["content"])
            longer = max(p["content"]["end"] - p["content"]["start"], g["content"]["end"] - g["content"]["start"])
            if longer and ov / longer >= 0.5:
                pairs.append((ov / longer, pi, gi))
    pairs.sort(reverse=True)
    used_p, used_g, out = set(), set(), []
    for score, pi, gi in pairs:
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            out.append((pi, gi))
    return out


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def check_pred(docs, pred):
    bad = []
    for i, p in enumerate(pred, 1):
        doc = docs.get(p.get("doc_id"))
        if doc is None:
            bad.append(f"pred line {i}: unknown doc_id")
            continue
        for field in ("content", "cue", "speaker", "speaker_resolved", "role", "via"):
            s = p.get(field)
            if s is None:
                continue
            if not isinstance(s, dict) or doc["text"][s["start"]:s["end"]] != s.get("text"):
                bad.append(f"pred line {i} ({p['doc_id']}): {field} span does not match the text")
    return bad


def score(docs, gold, pred):
    pairs = match(pred, gold)
    n = len(pairs)
    spk = sum(1 for pi, gi in pairs if text_match(pred[pi].get("speaker_resolved") or pred[pi].get("speaker"),
                                                   gold[gi].get("speaker_resolved") or gold[gi].get("speaker")))
    role = sum(1 for pi, gi in pairs if text_match(pred[pi].get("role"), gold[gi].get("role")))
    cue = sum(1 for pi, gi in pairs if pred[pi].get("cue") and gold[gi].get("cue")
              and span_overlap(pred[pi]["cue"], gold[gi]["cue"]) > 0)
    typ = sum(1 for pi, gi in pairs if pred[pi].get("type") == gold[gi].get("type"))
    by_type = {}
    for t in ("direct", "indirect", "mixed", "according_to"):
        gt = [g for g in gold if g["type"] == t]
        found = sum(1 for pi, gi in pairs if gold[gi]["type"] == t)
        by_type[t] = {"gold": len(gt), "recall": round(found / len(gt), 4) if gt else None}
    full = sum(1 for pi, gi in pairs
               if text_match(pred[pi].get("speaker_resolved") or pred[pi].get("speaker"),
                             gold[gi].get("speaker_resolved") or gold[gi].get("speaker"))
               and text_match(pred[pi].get("role"), gold[gi].get("role")))
    qp, qr, qf = prf(n, len(pred), len(gold))
    ep, er, ef = prf(spk, len(pred), len(gold))
    _, _, ff = prf(full, len(pred), len(gold))
    return {
        "docs": len(docs), "gold": len(gold), "pred": len(pred), "matched": n,
        "quote_p": qp, "quote_r": qr, "quote_f1": qf,
        "speaker_acc": round(spk / n, 4) if n else 0.0,
        "role_acc": round(role / n, 4) if n else 0.0,
        "cue_acc": round(cue / n, 4) if n else 0.0,
        "type_acc": round(typ / n, 4) if n else 0.0,
        "e2e_p": ep, "e2e_r": er, "e2e_f1": ef, "e2e_role_f1": ff,
        "recall_by_type": by_type,
    }, pairs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["check", "score"])
    ap.add_argument("docs")
    ap.add_argument("gold")
    ap.add_argument("pred", nargs="?")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("--errors", type=int, default=0, help="print up to N misses and false alarms")
    a = ap.parse_args()
    docs = {d["id"]: d for d in load_jsonl(a.docs)}
    gold, problems = gold_spans(docs, load_jsonl(a.gold))
    if a.mode == "check":
        for p in problems:
            print(p)
        print(f"{len(gold)} gold quotes in {len(docs)} documents, {len(problems)} problems")
        sys.exit(1 if problems else 0)
    if not a.pred:
        sys.exit("score needs PRED.jsonl")
    pred = load_jsonl(a.pred)
    bad = check_pred(docs, pred)
    for b in bad[:20]:
        print(b, file=sys.stderr)
    pred = [p for p in pred if p.get("doc_id") in docs and isinstance(p.get("content"), dict)]
    res, pairs = score(docs, gold, pred)
    res["bad_pred_spans"] = len(bad)
    if a.errors:
        mp = {pi for pi, _ in pairs}
        mg = {gi for _, gi in pairs}
        print("-- missed gold quotes")
        for gi, g in enumerate(gold):
            if gi not in mg and a.errors > 0:
                print(f"  {g['doc_id']} [{g['type']}] {g['content']['text'][:90]!r} ← {(g.get('speaker_resolved') or {}).get('text')}")
        print("-- false alarms")
        for pi, p in enumerate(pred):
            if pi not in mp:
                print(f"  {p['doc_id']} [{p.get('type')}] {p['content']['text'][:90]!r}")
        print("-- wrong speaker")
        for pi, gi in pairs:
            ps = pred[pi].get("speaker_resolved") or pred[pi].get("speaker")
            gs = gold[gi].get("speaker_resolved") or gold[gi].get("speaker")
            if not text_match(ps, gs):
                print(f"  {gold[gi]['doc_id']} pred={(ps or {}).get('text')!r} gold={(gs or {}).get('text')!r}")
    if a.json:
        print(json.dumps(res, ensure_ascii=False))
    else:
        for k, v in res.items():
            print(f"{k}: {v}")


if __name__ == "__main__":
    main()
