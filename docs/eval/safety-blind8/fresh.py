#!/usr/bin/env python3
"""fresh8.csv: the rows of safety8.csv with no near cousin in the guardrail's training data or an
earlier set. A row is dropped when the Jaccard overlap of its words longer than three letters with
any description of data/*.csv, data/safety/*.csv, docs/eval/safety-blind*/ or docs/eval/ordinary*/
reaches 0.5 (AI writers return to the same businesses: 67 of 240 rows did, two word for word).
Decided and written before any score of this set was looked at."""
import csv, glob, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
def words(s):
    return {w for w in re.findall(r'\w+', s.lower()) if len(w) > 3}
files = [f for pat in ('data/*.csv', 'data/safety/*.csv', 'docs/eval/safety-blind*/*.csv', 'docs/eval/ordinary*/*.csv')
         for f in glob.glob(os.path.join(ROOT, pat)) if 'safety-blind8' not in f]
pool = [words(r['description']) for f in files for r in csv.DictReader(open(f, encoding='utf-8')) if r.get('description')]
with open(os.path.join(HERE, 'safety8.csv'), encoding='utf-8') as f:
    reader = csv.DictReader(f)
    cols, rows = reader.fieldnames, list(reader)
def near(r):
    t = words(r['description'])
    return any(len(t & p) / len(t | p) >= 0.5 for p in pool if t | p)
keep = [r for r in rows if not near(r)]
with open(os.path.join(HERE, 'fresh8.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, cols)
    w.writeheader()
    w.writerows(keep)
print(len(keep), 'of', len(rows), 'kept')
