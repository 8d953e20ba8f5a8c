import csv, collections
rows = list(csv.DictReader(open("/work/helpers/safety8set/safety8.csv", encoding="utf-8")))
C = collections.Counter
codes = {"sexual_minors","human_trafficking","violent_extremism","weapons_trafficking","illegal_drugs","hacking_malware","stalking_harassment","fraud_scams","predatory_finance","circumvention_piracy","academic_dishonesty","hate","self_harm","adult_to_minors","adult_sexual_content"}
print("rows", len(rows), "ids ok", [r["id"] for r in rows] == [f"w{i:03d}" for i in range(1,241)])
print("label x lang", sorted(C((r["label"], r["language"]) for r in rows).items()))
print("label", C(r["label"] for r in rows))
print("kind", C(r["kind"] for r in rows))
for r in rows:
    if r["label"]=="inappropriate": assert r["category"] in codes and r["kind"] in {"direct","euphemism","mixed","subtle","injection"}, r
    else: assert r["category"]=="" and r["kind"] in {"scary_legit","ordinary"}, r
for lang in ["en","fr","es","de","pt","it"]:
    miss = codes - {r["category"] for r in rows if r["language"]==lang}
    print(lang, "missing cats:", miss or "none")
print("dup descriptions", [d for d,n in C(r["description"] for r in rows).items() if n>1])
wl = [len(r["description"].split()) for r in rows]; print("words min/max", min(wl), max(wl))
print("per category", sorted(C(r["category"] for r in rows if r["category"]).items()))
