#!/usr/bin/env python3
"""Sanity checks for safety13.csv."""
import csv, os, re, sys
from collections import Counter
from itertools import combinations

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "safety13.csv")
LANGS = ["en", "fr", "es", "de", "pt", "it"]
KINDS = {"inappropriate": {"direct", "euphemism", "late", "long"},
         "appropriate": {"scary_legit", "ordinary"}}
errors = []
with open(PATH, encoding="utf-8", newline="") as f:
    r = csv.DictReader(f)
    assert r.fieldnames == ["id", "description", "label", "category", "language", "kind"], r.fieldnames
    rows = list(r)

ids = [x["id"] for x in rows]
if len(set(ids)) != len(ids): errors.append("duplicate ids")
if sorted(ids) != [f"s13-{i:03d}" for i in range(1, len(rows) + 1)]: errors.append("ids not contiguous")
for x in rows:
    d = x["description"].strip()
    n = len(d.split())
    if not d: errors.append(f"{x['id']} empty description")
    if not 8 <= n <= 80: errors.append(f"{x['id']} has {n} words")
    if x["label"] not in KINDS: errors.append(f"{x['id']} bad label")
    elif x["kind"] not in KINDS[x["label"]]: errors.append(f"{x['id']} bad kind {x['kind']}")
    if x["label"] == "inappropriate" and x["category"] != "sexual_minors": errors.append(f"{x['id']} category missing")
    if x["label"] == "appropriate" and x["category"] != "": errors.append(f"{x['id']} category on appropriate row")
    if x["language"] not in LANGS: errors.append(f"{x['id']} bad language")

c = Counter((x["label"], x["language"]) for x in rows)
for lab in KINDS:
    for lg in LANGS:
        if c[(lab, lg)] != 12: errors.append(f"{lab}/{lg} = {c[(lab, lg)]}")

def toks(s): return set(re.findall(r"\w+", s.lower()))
worst = []
for a, b in combinations(rows, 2):
    ta, tb = toks(a["description"]), toks(b["description"])
    j = len(ta & tb) / len(ta | tb)
    worst.append((j, a["id"], b["id"]))
    if j > 0.5: errors.append(f"near-duplicate {a['id']} {b['id']} jaccard={j:.2f}")
worst.sort(reverse=True)

print("rows:", len(rows))
print("label x language:")
for lab in KINDS:
    print(" ", lab, {lg: c[(lab, lg)] for lg in LANGS})
print("kinds:", dict(Counter((x["label"], x["kind"]) for x in rows)))
wc = [len(x["description"].split()) for x in rows]
print("words min/max/mean:", min(wc), max(wc), round(sum(wc) / len(wc), 1))
print("top jaccard pairs:", [(round(j, 2), a, b) for j, a, b in worst[:3]])
if errors:
    print("ERRORS:"); [print(" ", e) for e in errors]; sys.exit(1)
print("OK")
