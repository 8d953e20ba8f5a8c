#!/usr/bin/env python3
"""Blind judge packet for N generators: for each description, every generator's
five-name list under a letter label in a per-description random order; the key
(which generator made which list) is written apart and never shown to the judge.
usage: make_packet.py DESCRIPTIONS.csv OUT_DIR NAME=BINARY [NAME=BINARY ...]
The lists are shuffled in the order the generators are given; every blind naming batch
(namegen-blind: old=OLD new=NEW; namegen-blind2 and 3: v1= v2= v3=) was made this way."""
import csv, json, random, subprocess, sys, os
desc_csv, out, gens_spec = sys.argv[1], sys.argv[2], sys.argv[3:]
os.makedirs(out, exist_ok=True)
rows = list(csv.DictReader(open(desc_csv, encoding='utf-8')))
def names(binary):
    inp = "\n".join(r['description'].replace("\n", " ") for r in rows) + "\n"
    p = subprocess.run([binary, "suggest", "--backend", "builtin", "--seed", "1", "--count", "5", "--file", "-"],
                       input=inp, capture_output=True, text=True)
    lines = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    assert len(lines) == len(rows), (binary, len(lines), p.stderr[-500:])
    return [[s['name'] for s in (l.get('suggestions') or [])] for l in lines]
gens = {}
for spec in gens_spec:
    name, binary = spec.split("=", 1)
    gens[name] = names(binary)
rng = random.Random(20261205)
labels = "ABCDEFGH"[:len(gens)]
packet, key = [], {}
for i, r in enumerate(rows):
    lists = [(g, gens[g][i]) for g in gens]
    rng.shuffle(lists)
    item = {"id": r['id'], "description": r['description'], "lists": {}}
    for label, (src, ns) in zip(labels, lists):
        item["lists"][label] = ns
        key[f"{r['id']}/{label}"] = src
    packet.append(item)
rng.shuffle(packet)
json.dump(packet, open(os.path.join(out, "packet.json"), "w"), indent=1, ensure_ascii=False)
json.dump(key, open(os.path.join(out, "key.json"), "w"), indent=1)
json.dump({g: dict(zip([r['id'] for r in rows], v)) for g, v in gens.items()},
          open(os.path.join(out, "names.json"), "w"), indent=1, ensure_ascii=False)
print(len(packet), "descriptions,", len(gens), "generators")
