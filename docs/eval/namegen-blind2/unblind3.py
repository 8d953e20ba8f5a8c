#!/usr/bin/env python3
"""Unblind a three-generator judgement. usage: unblind3.py PACKET_DIR
scores.json: {"<id>": {"A": [{"name":..,"relevance":0-5,"creativity":..,"brandability":..,"conciseness":..}, ...], "B": [...], "C": [...]}}
An empty list (no names) scores 0 on every criterion: a generator that gives nothing is not skipped."""
import json, sys, os, random
d = sys.argv[1]
key = json.load(open(os.path.join(d, "key.json")))
scores = json.load(open(os.path.join(d, "scores.json")))
C = ["relevance", "creativity", "brandability", "conciseness"]
G = ["v1", "v2", "v3"]
per = {g: {c: [] for c in C} for g in G}
q = {g: {} for g in G}
for i, lists in scores.items():
    for lab, names in lists.items():
        g = key[f"{i}/{lab}"]
        for c in C:
            per[g][c] += [n[c] for n in names] or [0]
        q[g][i] = (sum(sum(n[c] for c in C) / 4 for n in names) / len(names) / 5) if names else 0.0
ids = sorted(scores, key=lambda i: (len(i), i))  # "7" < "10"; "n007" < "n010"
print(f"## blind judgement ({len(ids)} descriptions)\n")
print("| criterion | v1 | v2 | v3 |")
print("|---|---|---|---|")
for c in C:
    print(f"| {c} | " + " | ".join(f"{sum(per[g][c])/len(per[g][c]):.2f}" for g in G) + " |")
print("| quality (mean/5) | " + " | ".join(f"{sum(q[g][i] for i in ids)/len(ids):.3f}" for g in G) + " |\n")
def paired(a, b):
    diffs = [q[b][i] - q[a][i] for i in ids]
    rng = random.Random(1); boots = []
    for _ in range(5000):
        s = [rng.choice(diffs) for _ in diffs]; boots.append(sum(s) / len(s))
    boots.sort()
    w = sum(x > 0 for x in diffs); l = sum(x < 0 for x in diffs)
    print(f"- {b} vs {a}: mean quality difference {sum(diffs)/len(diffs):+.3f} (95% paired bootstrap CI {boots[125]:+.3f} to {boots[4875]:+.3f}); {b} wins {w}, loses {l}, ties {len(diffs)-w-l}")
paired("v1", "v3"); paired("v2", "v3"); paired("v1", "v2")
