import csv, re, sys
tok = lambda s: set(re.findall(r"\w+", s.lower()))
earlier = [tok(l) for f in ("earlier.txt", "data_descs.txt") for l in open(f, encoding="utf-8") if l.strip()]
rows = list(csv.DictReader(open("names25.csv", encoding="utf-8")))
J = lambda a, b: len(a & b) / len(a | b) if a | b else 0
mx, bad = 0, []
for i, r in enumerate(rows):
    t = tok(r["description"])
    e = max(J(t, x) for x in earlier)
    o = max(J(t, tok(s["description"])) for j, s in enumerate(rows) if j != i)
    m = max(e, o); mx = max(mx, m)
    if m > 0.5: bad.append((r["id"], round(e, 3), round(o, 3)))
print("max overlap:", round(mx, 3))
for b in bad: print("FAIL", *b)
sys.exit(1 if bad else 0)
