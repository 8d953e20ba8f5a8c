#!/usr/bin/env python3
"""Unblind a judgement of N generators. usage: unblind.py KEY.json SCORES.json [IDS.csv]
Only descriptions listed in IDS.csv (column id) are counted when it is given.
An empty list (no names) scores 0 on every criterion: a generator that gives nothing is not skipped."""
import json, sys, random, csv
key = json.load(open(sys.argv[1])); scores = json.load(open(sys.argv[2]))
if len(sys.argv) > 3:
    keep = {r['id'] for r in csv.DictReader(open(sys.argv[3], encoding='utf-8'))}
    scores = {i: v for i, v in scores.items() if i in keep}
C = ["relevance", "creativity", "brandability", "conciseness"]
G = sorted(set(key.values()))
per = {g: {c: [] for c in C} for g in G}
q = {g: {} for g in G}
for i, lists in scores.items():
    for lab, names in lists.items():
        g = key[f"{i}/{lab}"]
        for c in C:
            per[g][c] += [n[c] for n in names] or [0]
        q[g][i] = (sum(sum(n[c] for c in C) / 4 for n in names) / len(names) / 5) if names else 0.0
ids = sorted(scores)
print(f"## blind judgement ({len(ids)} descriptions)\n")
print("| criterion | " + " | ".join(G) + " |")
print("|---|" + "---|" * len(G))
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
for j in reversed(range(len(G))):  # the newest generator's comparisons first
    for a in G[:j]:
        paired(a, G[j])
