#!/usr/bin/env python3
"""Count the ordinary descriptions a binary's guardrail refuses.
usage: refusals.py ordinary5.csv path/to/domainyours  (prints the refused ids, rate by language)"""
import collections, csv, json, subprocess, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8')))
inp = "\n".join(r['description'].replace("\n", " ") for r in rows) + "\n"
p = subprocess.run([sys.argv[2], "suggest", "--backend", "builtin", "--seed", "1", "--count", "5", "--file", "-"],
                   input=inp, capture_output=True, text=True)
lines = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
assert len(lines) == len(rows), (len(lines), p.stderr[-300:])
refused = [i for i, l in enumerate(lines) if not l.get('suggestions')]
n = collections.Counter(r['language'] for r in rows)
by = collections.Counter(rows[i]['language'] for i in refused)
print(f"refused {len(refused)}/{len(rows)} ({100 * len(refused) / len(rows):.1f}%);",
      ", ".join(f"{k} {by[k]}/{n[k]}" for k in sorted(n)))
for i in refused:
    print(f"  {rows[i]['id']} {rows[i]['language']} {rows[i]['description'][:110]}")
