#!/usr/bin/env python3
"""usage: paired.py KEY.json SCORES.json X Y — per-criterion paired (per description) mean of X minus Y, 95% bootstrap CI."""
import json, sys, random
key, sc, X, Y = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), sys.argv[3], sys.argv[4]
crit = ['relevance', 'creativity', 'brandability', 'conciseness']
def mean(lst, c):
    if not lst: return 0.0
    return sum(n[c] for n in lst) / len(lst)
rows = []
for rid, lists in sc.items():
    by = {key[f'{rid}/{l}']: v for l, v in lists.items()}
    if X in by and Y in by:
        d = {c: mean(by[X], c) - mean(by[Y], c) for c in crit}
        d['quality'] = sum(d[c] for c in crit) / 20
        rows.append(d)
rng = random.Random(1)
for c in crit + ['quality']:
    vals = [r[c] for r in rows]; m = sum(vals) / len(vals)
    bs = sorted(sum(rng.choice(vals) for _ in vals) / len(vals) for _ in range(5000))
    print(f'{c:13s} {m:+.3f} (CI {bs[125]:+.3f} to {bs[4875]:+.3f})  n={len(vals)}')
