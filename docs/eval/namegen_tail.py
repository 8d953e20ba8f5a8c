#!/usr/bin/env python3
"""Which concept sources make the names the blind judges scored low.

usage: namegen_tail.py [BATCH ...]   (default 4 5 6 7 8; run from the repository root)

Collects every judged name of the batches' judgements (docs/eval/namegen-blind<N>/**/scores.json
with the packet.json beside it), runs the current generator on the batches' descriptions (seed 1,
five names, as the judgements are run) through namegen's TestExplain (NAMEGEN_TAIL_DUMP=FILE also
writes the joined names, parts and judgements as JSON), and for the current names a
judge has scored (any judgement; several are averaged) reports the relevance distribution and, for
the names judged 0-1, which kind of concept they were made of: a description word (keyword), an
association of one (assoc; wordnet when WordNet gave it), an industry's word, a shared adjective
(modifier) or noun (generic), a place. Unjudged names are only counted."""
import collections, glob, json, os, subprocess, sys, tempfile

batches = sys.argv[1:] or ["4", "5", "6", "7", "8"]
judged = collections.defaultdict(list)  # (description, name) -> [(rel, cre, bra, con)]
descs = []
for b in batches:
    for sp in sorted(glob.glob(f"docs/eval/namegen-blind{b}/**/scores.json", recursive=True)):
        packet = {p["id"]: p["description"] for p in json.load(open(os.path.join(os.path.dirname(sp), "packet.json")))}
        for rid, lists in json.load(open(sp)).items():
            d = packet[rid].replace("\n", " ")
            if d not in descs:
                descs.append(d)
            for label, ns in lists.items():
                for n in ns:
                    judged[(d, n["name"])].append((n["relevance"], n["creativity"], n["brandability"], n["conciseness"]))

with tempfile.TemporaryDirectory() as tmp:
    inp, out = os.path.join(tmp, "in.txt"), os.path.join(tmp, "out.jsonl")
    open(inp, "w").write("\n".join(descs) + "\n")
    env = dict(os.environ, NAMEGEN_EXPLAIN=inp, NAMEGEN_EXPLAIN_OUT=out)
    subprocess.run(["go", "test", "./internal/namegen/", "-run", "^TestExplain$", "-count=1"], env=env, check=True, capture_output=True)
    rows = [json.loads(l) for l in open(out)]


def mean(xs):
    return sum(xs) / len(xs) if xs else float("nan")


def source(n):
    """The weakest kind of part a name has, the likely cause of a low relevance."""
    kinds = [p["kind"] + ("/wordnet" if p.get("wordnet") else "") + ("/vague" if p.get("vague") else "") for p in n["parts"]]
    for k in ("generic", "modifier", "industry", "assoc/wordnet", "assoc/vague", "assoc", "place", "keyword", "core"):
        if any(x.startswith(k) for x in kinds):
            return k
    return "?"


total = scored = 0
dist = collections.Counter()
by_source = collections.defaultdict(list)
by_strategy = collections.defaultdict(list)
low = []
for r in rows:
    for n in r["names"] or []:
        total += 1
        s = judged.get((r["description"], n["name"]))
        if not s:
            continue
        scored += 1
        rel = mean([x[0] for x in s])
        dist[round(rel)] += 1
        by_source[source(n)].append(rel)
        by_strategy[n["strategy"]].append(rel)
        if rel <= 1.5:
            low.append((rel, r["description"], n))
if os.environ.get("NAMEGEN_TAIL_DUMP"):
    json.dump([{"description": r["description"], "names": [dict(n, judged=judged.get((r["description"], n["name"]), [])) for n in r["names"] or []]} for r in rows],
              open(os.environ["NAMEGEN_TAIL_DUMP"], "w"), indent=0)
print(f"{len(descs)} descriptions, {total} current names, {scored} of them judged before")
print("relevance (rounded):", dict(sorted(dist.items())))
print("\nweakest part kind: judged names, mean relevance, share judged 0-1")
for k, v in sorted(by_source.items(), key=lambda kv: -len(kv[1])):
    print(f"  {k:15s} {len(v):4d}  {mean(v):.2f}  {sum(1 for x in v if x <= 1.5) / len(v):.0%}")
print("\nstrategy: judged names, mean relevance, share judged 0-1")
for k, v in sorted(by_strategy.items(), key=lambda kv: -len(kv[1])):
    print(f"  {k:15s} {len(v):4d}  {mean(v):.2f}  {sum(1 for x in v if x <= 1.5) / len(v):.0%}")
print(f"\n{len(low)} names judged 0-1:")
for rel, d, n in sorted(low, key=lambda x: (source(x[2]), x[0])):
    parts = " + ".join(f"{p['word']}({p['kind']}{'/wn' if p.get('wordnet') else ''}{'/vague' if p.get('vague') else ''} <{p['src']}> {p['weight']:.2f})" for p in n["parts"])
    print(f"  {rel:.1f} {n['name']:14s} {n['strategy']:12s} {parts}   | {d[:70]}")
