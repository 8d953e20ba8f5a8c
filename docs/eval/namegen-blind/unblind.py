#!/usr/bin/env python3
"""Unblind judge scores. usage: unblind.py PACKET_DIR HOLDOUT_CSV
scores.json: {"<id>": {"A": [{"name":..,"relevance":0-5,"creativity":..,"brandability":..,"conciseness":..}, ...], "B": [...]}}"""
import csv, json, sys, os, math, random
d, holdout_csv = sys.argv[1:3]
key = json.load(open(os.path.join(d, "key.json")))
scores = json.load(open(os.path.join(d, "scores.json")))
hold = {r['id'] for r in csv.DictReader(open(holdout_csv, encoding='utf-8'))}
C = ["relevance", "creativity", "brandability", "conciseness"]
def report(ids, title):
    per = {"old": {c: [] for c in C}, "new": {c: [] for c in C}}
    q = {"old": {}, "new": {}}
    for i in ids:
        for lab in ("A", "B"):
            src = key[f"{i}/{lab}"]
            names = scores[i][lab]
            if not names:
                continue
            for c in C:
                per[src][c] += [n[c] for n in names]
            q[src][i] = sum(sum(n[c] for c in C) / 4 for n in names) / len(names) / 5
    print(f"## {title} ({len(ids)} descriptions)")
    print("| criterion | old | new | new-old |")
    print("|---|---|---|---|")
    for c in C:
        o = sum(per['old'][c]) / len(per['old'][c]); n = sum(per['new'][c]) / len(per['new'][c])
        print(f"| {c} | {o:.2f} | {n:.2f} | {n-o:+.2f} |")
    common = [i for i in ids if i in q['old'] and i in q['new']]
    qo = sum(q['old'][i] for i in common) / len(common); qn = sum(q['new'][i] for i in common) / len(common)
    diffs = [q['new'][i] - q['old'][i] for i in common]
    rng = random.Random(1); boots = []
    for _ in range(5000):
        s = [rng.choice(diffs) for _ in diffs]; boots.append(sum(s) / len(s))
    boots.sort()
    wins = sum(x > 0 for x in diffs); losses = sum(x < 0 for x in diffs); ties = len(diffs) - wins - losses
    print(f"| quality (mean/5) | {qo:.3f} | {qn:.3f} | {qn-qo:+.3f} (95% paired bootstrap CI {boots[125]:+.3f} to {boots[4875]:+.3f}) |")
    print(f"\npaired descriptions: new wins {wins}, loses {losses}, ties {ties} (n={len(common)})\n")
report(sorted(hold, key=int), "held-out half (never seen while tuning)")
report(sorted(set(scores) - hold, key=int), "tuning half")
