import csv, re, collections
pol = open("safety-policy.md", encoding="utf-8").read()
codes = re.findall(r"^\| `([a-z_]+)` \|", pol, re.M)
rows = list(csv.DictReader(open("safety6.csv", encoding="utf-8", newline="")))
assert list(rows[0].keys()) == ["id","description","label","category","language","kind"], rows[0].keys()
assert len(rows) == 240
ids = [r["id"] for r in rows]; assert len(set(ids)) == 240 and ids == [f"t{i:03d}" for i in range(1,241)]
descs = [r["description"].strip().lower() for r in rows]; assert len(set(descs)) == 240
for r in rows:
    assert "\n" not in r["description"] and r["description"].strip()
    assert r["language"] in {"en","fr","es","de","pt","it"}
    if r["label"] == "inappropriate":
        assert r["category"] in codes, r
        assert r["kind"] in {"direct","subtle","euphemism","mixed","injection"}, r
    elif r["label"] == "appropriate":
        assert r["category"] == "" and r["kind"] in {"scary_legit","ordinary"}, r
    else: raise AssertionError(r)
# no verbatim policy sentences: flag any 35-char overlap with the policy text
low = pol.lower()
for r in rows:
    d = r["description"].lower()
    for i in range(0, max(1, len(d)-35)):
        if d[i:i+35] in low: print("OVERLAP", r["id"], d[i:i+35]); break
C = collections.Counter
print("policy codes:", len(codes)); print("label", C(r["label"] for r in rows))
for lab in ["inappropriate","appropriate"]:
    sub=[r for r in rows if r["label"]==lab]
    print(lab, "language", dict(C(r["language"] for r in sub)))
    print(lab, "kind", dict(C(r["kind"] for r in sub)))
print("category", dict(C(r["category"] for r in rows if r["category"])))
print("missing codes:", set(codes)-{r["category"] for r in rows})
cl = collections.defaultdict(set)
for r in rows:
    if r["category"]: cl[r["category"]].add(r["language"])
print("langs per category", {k: len(v) for k,v in cl.items()})
L=[len(r["description"]) for r in rows]; print("length min/median/max", min(L), sorted(L)[120], max(L))
print("OK")
