#!/usr/bin/env python3
"""Blind judge packet: names from two generators for each description,
shuffled per description under neutral ids; the key is kept apart.
usage: make_packet.py descriptions.csv OLD_BIN NEW_BIN OUT_DIR"""
import csv, json, random, subprocess, sys, os
desc_csv, old_bin, new_bin, out = sys.argv[1:5]
os.makedirs(out, exist_ok=True)
rows = list(csv.DictReader(open(desc_csv, encoding='utf-8')))
def names(binary):
    inp = "\n".join(r['description'].replace("\n", " ") for r in rows) + "\n"
    p = subprocess.run([binary, "suggest", "--backend", "builtin", "--seed", "1", "--count", "5", "--file", "-"],
                       input=inp, capture_output=True, text=True)
    lines = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    assert len(lines) == len(rows), (binary, len(lines), p.stderr[-500:])
    return [[s['name'] for s in (l.get('suggestions') or [])] for l in lines]
old, new = names(old_bin), names(new_bin)
rng = random.Random(20261205)
packet, key = [], {}
for r, o, n in zip(rows, old, new):
    lists = [("old", o), ("new", n)]
    rng.shuffle(lists)
    item = {"id": r['id'], "description": r['description'], "lists": {}}
    for label, (src, ns) in zip(["A", "B"], lists):
        item["lists"][label] = ns
        key[f"{r['id']}/{label}"] = src
    packet.append(item)
rng.shuffle(packet)
json.dump(packet, open(os.path.join(out, "packet.json"), "w"), indent=1, ensure_ascii=False)
json.dump(key, open(os.path.join(out, "key.json"), "w"), indent=1)
json.dump({"old": dict(zip([r['id'] for r in rows], old)), "new": dict(zip([r['id'] for r in rows], new))},
          open(os.path.join(out, "names.json"), "w"), indent=1, ensure_ascii=False)
print(len(packet), "descriptions")
