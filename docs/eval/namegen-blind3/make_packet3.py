#!/usr/bin/env python3
"""Blind judge packet for three generators: for each description, the three
five-name lists under labels A/B/C in a per-description random order; the key
(which generator made which list) is written apart and never shown to the judge.
usage: make_packet3.py descriptions.csv BIN_V1 BIN_V2 BIN_V3 OUT_DIR"""
import csv, json, random, subprocess, sys, os
desc_csv, b1, b2, b3, out = sys.argv[1:6]
os.makedirs(out, exist_ok=True)
rows = list(csv.DictReader(open(desc_csv, encoding='utf-8')))
def names(binary):
    inp = "\n".join(r['description'].replace("\n", " ") for r in rows) + "\n"
    p = subprocess.run([binary, "suggest", "--backend", "builtin", "--seed", "1", "--count", "5", "--file", "-"],
                       input=inp, capture_output=True, text=True)
    lines = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    assert len(lines) == len(rows), (binary, len(lines), p.stderr[-500:])
    return [[s['name'] for s in (l.get('suggestions') or [])] for l in lines]
gens = {"v1": names(b1), "v2": names(b2), "v3": names(b3)}
rng = random.Random(20261205)
packet, key = [], {}
for i, r in enumerate(rows):
    lists = [(g, gens[g][i]) for g in ("v1", "v2", "v3")]
    rng.shuffle(lists)
    item = {"id": r['id'], "description": r['description'], "lists": {}}
    for label, (src, ns) in zip("ABC", lists):
        item["lists"][label] = ns
        key[f"{r['id']}/{label}"] = src
    packet.append(item)
rng.shuffle(packet)
json.dump(packet, open(os.path.join(out, "packet.json"), "w"), indent=1, ensure_ascii=False)
json.dump(key, open(os.path.join(out, "key.json"), "w"), indent=1)
json.dump({g: dict(zip([r['id'] for r in rows], v)) for g, v in gens.items()},
          open(os.path.join(out, "names.json"), "w"), indent=1, ensure_ascii=False)
print(len(packet), "descriptions")
