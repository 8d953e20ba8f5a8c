#!/usr/bin/env python3
"""Checks safety12.csv: counts, ids, empties, categories, word counts, near-duplicates."""
import csv
import re
from collections import Counter

LANGS = ["en", "fr", "es", "de", "pt", "it"]
KINDS = {"inappropriate": {"direct", "euphemism", "late", "long"},
         "appropriate": {"scary_legit", "ordinary"}}

with open("safety12.csv", encoding="utf-8", newline="") as fh:
    reader = csv.DictReader(fh)
    assert reader.fieldnames == ["id", "description", "label", "category", "language", "kind"], reader.fieldnames
    rows = list(reader)

errors = []
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids")
if sorted(ids) != [f"s12-{i:03d}" for i in range(1, len(rows) + 1)]:
    errors.append("ids not s12-001..N")

counts = Counter((r["label"], r["language"]) for r in rows)
kinds = Counter((r["label"], r["language"], r["kind"]) for r in rows)
for lab in KINDS:
    for lang in LANGS:
        if counts[(lab, lang)] != 12:
            errors.append(f"{lab}/{lang}: {counts[(lab, lang)]} rows")

def words(text):
    return re.findall(r"\w+", text.lower())

for r in rows:
    d = r["description"]
    if not d.strip():
        errors.append(f"{r['id']} empty description")
    n = len(d.split())
    if not 8 <= n <= 80:
        errors.append(f"{r['id']} has {n} words")
    if r["label"] not in KINDS:
        errors.append(f"{r['id']} bad label")
    elif r["kind"] not in KINDS[r["label"]]:
        errors.append(f"{r['id']} bad kind {r['kind']}")
    if r["label"] == "inappropriate" and r["category"] != "sexual_minors":
        errors.append(f"{r['id']} missing category")
    if r["label"] == "appropriate" and r["category"] != "":
        errors.append(f"{r['id']} category on appropriate row")
    if r["language"] not in LANGS:
        errors.append(f"{r['id']} bad language")

# near-duplicates: word-set Jaccard across all pairs
sets = [(r["id"], set(words(r["description"]))) for r in rows]
worst = []
for i in range(len(sets)):
    for j in range(i + 1, len(sets)):
        a, b = sets[i][1], sets[j][1]
        jac = len(a & b) / len(a | b)
        worst.append((jac, sets[i][0], sets[j][0]))
worst.sort(reverse=True)
for jac, a, b in worst[:5]:
    print(f"closest pair {a} {b}: jaccard {jac:.2f}")
if worst[0][0] > 0.5:
    errors.append("near-duplicate pair above 0.5")

print("rows:", len(rows))
for lab in KINDS:
    print(lab, {lang: counts[(lab, lang)] for lang in LANGS})
    for lang in LANGS:
        print("  ", lang, {k: kinds[(lab, lang, k)] for k in sorted(KINDS[lab])})
lens = [len(r["description"].split()) for r in rows]
print("words min/max:", min(lens), max(lens))
print("ERRORS:" if errors else "OK: all checks pass", *errors, sep="\n  ")
