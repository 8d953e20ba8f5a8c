import csv,collections as C,re
rows=list(csv.DictReader(open("safety7.csv",encoding="utf-8")))
print("rows",len(rows), "ids ok", [r["id"] for r in rows]==[f"u{i:03d}" for i in range(1,241)])
print(C.Counter((r["label"],r["language"]) for r in rows))
print(C.Counter((r["label"],r["kind"]) for r in rows))
cats={"sexual_minors","human_trafficking","violent_extremism","weapons_trafficking","illegal_drugs","hacking_malware","stalking_harassment","fraud_scams","predatory_finance","circumvention_piracy","academic_dishonesty","hate","self_harm","adult_to_minors","adult_sexual_content"}
for r in rows:
    assert (r["label"]=="appropriate")==(r["category"]==""), r
    assert r["label"]=="appropriate" or r["category"] in cats, r
for l in ["en","fr","es","de","pt","it"]:
    have={r["category"] for r in rows if r["language"]==l and r["label"]=="inappropriate"}
    print(l,"missing",cats-have)
print("dup desc",len(rows)-len({r["description"] for r in rows}))
w=[len(r["description"].split()) for r in rows]; print("words min/max",min(w),max(w))
print(C.Counter(r["category"] for r in rows if r["category"]))
