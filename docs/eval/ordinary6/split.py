#!/usr/bin/env python3
"""Split ordinary6.csv into tune6/holdout6 halves, stratified by language (seed 20261205).

The tune half goes to the guardrail tuner; the holdout half is scored only before tuning and once on
the final main."""
import csv, random, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
rows = list(csv.DictReader(open(os.path.join(HERE, 'ordinary6.csv'), encoding='utf-8')))
groups = collections.defaultdict(list)
for r in rows:
    groups[r['language']].append(r)
rng = random.Random(20261205)
tune, hold = [], []
for k in sorted(groups):
    g = groups[k]; rng.shuffle(g)
    h = len(g) // 2
    hold += g[:h]; tune += g[h:]
for name, part in (('tune6', tune), ('holdout6', hold)):
    part.sort(key=lambda r: r['id'])
    with open(os.path.join(HERE, f'{name}.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, ['id', 'description', 'language']); w.writeheader(); w.writerows(part)
    print(name, len(part), sorted(collections.Counter(r['language'] for r in part).items()))
