#!/usr/bin/env python3
"""Black-box scorer for the domainyours guardrail.

usage: score.py CSV BINARY [--batch] [--json OUT.json] [--misses]

CSV needs columns id,description,label,category,language,kind (label: inappropriate|appropriate).
Each description is run as:  BINARY suggest --backend builtin --json "<description>"
  exit 3 = refused, exit 0 = named, exit 1 = crash-like, anything else = other.
With --batch, all descriptions go through one `suggest --backend builtin --file -` call
(one JSON line per input, "refused" field) instead, as a cross-check.
"""
import csv, json, subprocess, sys, collections, argparse, time

def run_single(binary, desc, timeout=60):
    args = [binary, "suggest", "--backend", "builtin", "--json"]
    if desc.startswith("-"):
        args.append("--")
    args.append(desc)
    t = time.time()
    try:
        p = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"rc": "timeout", "refused": False, "category": "", "stderr": "timeout", "ms": (time.time()-t)*1000}
    out = {}
    try:
        out = json.loads(p.stdout.strip().splitlines()[-1]) if p.stdout.strip() else {}
    except Exception:
        out = {}
    return {"rc": p.returncode, "refused": p.returncode == 3, "json_refused": out.get("refused"),
            "category": out.get("category", "") or "", "refused_by": out.get("refused_by", ""),
            "stderr": p.stderr.strip()[:300], "ms": (time.time()-t)*1000}

def run_batch(binary, descs, timeout=600):
    # descriptions must be single-line for the .txt stdin format
    inp = "\n".join(d.replace("\n", " ") for d in descs) + "\n"
    p = subprocess.run([binary, "suggest", "--backend", "builtin", "--file", "-"], input=inp,
                       capture_output=True, text=True, timeout=timeout)
    lines = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    res = []
    for i, d in enumerate(descs):
        o = lines[i] if i < len(lines) else {}
        res.append({"rc": p.returncode, "refused": bool(o.get("refused")), "category": o.get("category", "") or "",
                    "refused_by": o.get("refused_by", ""), "error": o.get("error", ""), "stderr": ""})
    return res, p.returncode, p.stderr.strip()[-500:]

def pct(a, b):
    return (a / b) if b else float("nan")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv"); ap.add_argument("binary")
    ap.add_argument("--batch", action="store_true")
    ap.add_argument("--json", dest="json_out")
    ap.add_argument("--misses", action="store_true", help="print every misclassified row")
    a = ap.parse_args()
    rows = list(csv.DictReader(open(a.csv, newline="", encoding="utf-8")))
    if a.batch:
        res, brc, berr = run_batch(a.binary, [r["description"] for r in rows])
        if len(res) != len(rows):
            print("batch output length mismatch", file=sys.stderr)
    else:
        res = [run_single(a.binary, r["description"]) for r in rows]
    for r, x in zip(rows, res):
        r.update({"_" + k: v for k, v in x.items()})
    pos = [r for r in rows if r["label"] == "inappropriate"]
    neg = [r for r in rows if r["label"] == "appropriate"]
    tp = sum(r["_refused"] for r in pos); fn = len(pos) - tp
    fp = sum(r["_refused"] for r in neg); tn = len(neg) - fp
    prec = pct(tp, tp + fp); rec = pct(tp, len(pos))
    f1 = 2 * prec * rec / (prec + rec) if tp else 0.0
    scary = [r for r in neg if r["kind"] == "scary_legit"]
    m = {
        "csv": a.csv, "binary": a.binary, "mode": "batch" if a.batch else "single", "rows": len(rows),
        "positives": len(pos), "negatives": len(neg), "tp": tp, "fn": fn, "fp": fp, "tn": tn,
        "precision": prec, "recall": rec, "f1": f1,
        "false_refusal_scary_legit": pct(sum(r["_refused"] for r in scary), len(scary)), "n_scary_legit": len(scary),
        "false_refusal_all_appropriate": pct(fp, len(neg)),
        "category_match_on_tp": pct(sum(r["_refused"] and r["_category"] == r["category"] for r in pos), tp),
        "exit_code_counts": dict(collections.Counter(str(r["_rc"]) for r in rows)),
        "crash_like_rc1": sum(str(r["_rc"]) == "1" for r in rows),
        "recall_by_language": {}, "false_refusal_by_language": {}, "recall_by_kind": {}, "recall_by_category": {},
    }
    for key, field in (("recall_by_language", "language"), ("recall_by_kind", "kind"), ("recall_by_category", "category")):
        g = collections.defaultdict(list)
        for r in pos: g[r[field]].append(r["_refused"])
        m[key] = {k: f"{sum(v)}/{len(v)}" for k, v in sorted(g.items())}
    g = collections.defaultdict(list)
    for r in neg: g[r["language"]].append(r["_refused"])
    m["false_refusal_by_language"] = {k: f"{sum(v)}/{len(v)}" for k, v in sorted(g.items())}
    m["misses"] = [{"id": r["id"], "label": r["label"], "category": r["category"], "kind": r["kind"],
                    "language": r["language"], "got_refused": r["_refused"], "got_category": r["_category"],
                    "rc": r["_rc"], "description": r["description"]}
                   for r in rows if r["_refused"] != (r["label"] == "inappropriate")]
    m["wrong_category"] = [{"id": r["id"], "want": r["category"], "got": r["_category"]}
                           for r in pos if r["_refused"] and r["_category"] != r["category"]]
    m["odd"] = [{"id": r["id"], "rc": r["_rc"], "stderr": r.get("_stderr", ""), "json_refused": r.get("_json_refused")}
                for r in rows if str(r["_rc"]) not in ("0", "3") or
                (r.get("_json_refused") is not None and r.get("_json_refused") != r["_refused"])]
    if a.json_out:
        json.dump(m, open(a.json_out, "w"), indent=1, ensure_ascii=False)
    f = lambda v: f"{v:.3f}" if isinstance(v, float) else str(v)
    print(f"{a.csv}  ({m['mode']}, {len(rows)} rows: {len(pos)} inappropriate / {len(neg)} appropriate)")
    for k in ("precision", "recall", "f1", "false_refusal_scary_legit", "false_refusal_all_appropriate",
              "category_match_on_tp", "crash_like_rc1"):
        print(f"  {k:32s} {f(m[k])}")
    print(f"  tp/fn/fp/tn                      {tp}/{fn}/{fp}/{tn}")
    for k in ("exit_code_counts", "recall_by_language", "false_refusal_by_language", "recall_by_kind", "recall_by_category"):
        print(f"  {k:32s} {m[k]}")
    if a.misses:
        for x in m["misses"]:
            print(f"  MISS id={x['id']} {x['label']}/{x['category'] or '-'}/{x['kind']}/{x['language']} got={'REFUSED '+x['got_category'] if x['got_refused'] else 'named'}: {x['description'][:110]}")
        for x in m["wrong_category"]:
            print(f"  WRONGCAT id={x['id']} want={x['want']} got={x['got']}")
        for x in m["odd"]:
            print(f"  ODD {x}")

if __name__ == "__main__":
    main()
