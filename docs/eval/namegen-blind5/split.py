#!/usr/bin/env python3
"""Split names5.csv 60/60 into tune5/holdout5, stratified by (non-English, constrained), seed 20261205."""
import csv, random, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
rows = list(csv.DictReader(open(os.path.join(HERE, 'names5.csv'), encoding='utf-8')))
groups = collections.defaultdict(list)
for r in rows:
    groups[(r['language'] != 'en', bool(r['constraint']))].append(r)
rng = random.Random(20261205)
tune, hold = [], []
flip = 0
for k in sorted(groups):
    g = groups[k]; rng.shuffle(g)
    h = len(g) // 2 + (len(g) % 2) * flip
    flip ^= len(g) % 2
    hold += g[:h]; tune += g[h:]
for name, part in (('tune5', tune), ('holdout5', hold)):
    part.sort(key=lambda r: r['id'])
    with open(os.path.join(HERE, f'{name}.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, ['id', 'description', 'language', 'constraint']); w.writeheader(); w.writerows(part)
    print(name, len(part), collections.Counter((r['language'] != 'en', bool(r['constraint'])) for r in part))
