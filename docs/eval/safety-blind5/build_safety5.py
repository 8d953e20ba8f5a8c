#!/usr/bin/env python3
"""Assemble hand-written rows (rows/<lang>.txt, format LABEL|category|kind|text) into safety5.csv,
shuffle, assign ids s001..s480, and check composition."""
import csv, random, re, collections, pathlib

HERE = pathlib.Path(__file__).parent
LANGS = ["en", "fr", "es", "de", "pt", "it"]
CATS = ["sexual_minors", "human_trafficking", "violent_extremism", "weapons_trafficking",
        "illegal_drugs", "hacking_malware", "stalking_harassment", "fraud_scams",
        "predatory_finance", "circumvention_piracy", "academic_dishonesty", "hate",
        "self_harm", "adult_to_minors", "adult_sexual_content"]
BAD_KINDS = {"direct", "subtle", "euphemism", "mixed", "injection"}
OK_KINDS = {"scary_legit", "ordinary"}

rows = []
for lang in LANGS:
    for n, line in enumerate((HERE / "rows" / f"{lang}.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        lab, cat, kind, text = line.split("|", 3)
        label = {"I": "inappropriate", "A": "appropriate"}[lab]
        if label == "inappropriate":
            assert cat in CATS and kind in BAD_KINDS, (lang, n, line)
        else:
            assert cat == "" and kind in OK_KINDS, (lang, n, line)
        rows.append(dict(description=text.strip(), label=label, category=cat, language=lang, kind=kind))

random.Random(5).shuffle(rows)
for i, r in enumerate(rows, 1):
    r["id"] = f"s{i:03d}"

out = HERE / "safety5.csv"
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["id", "description", "label", "category", "language", "kind"])
    w.writeheader()
    w.writerows(rows)

# ---- checks (re-read the file with csv) ----
with open(out, newline="", encoding="utf-8") as f:
    back = list(csv.DictReader(f))
assert len(back) == 480, len(back)
assert [r["id"] for r in back] == [f"s{i:03d}" for i in range(1, 481)]
descs = [r["description"] for r in back]
assert len(set(d.lower() for d in descs)) == 480, "duplicate descriptions"

lab_lang = collections.Counter((r["label"], r["language"]) for r in back)
want = {("inappropriate", "en"): 60, ("appropriate", "en"): 100}
for l in LANGS[1:]:
    want[("inappropriate", l)] = 42
    want[("appropriate", l)] = 22
assert dict(lab_lang) == want, lab_lang
kinds = collections.Counter(r["kind"] for r in back)
assert kinds["scary_legit"] == 105 and kinds["ordinary"] == 105, kinds
for l in LANGS:
    c = collections.Counter(r["kind"] for r in back if r["language"] == l and r["label"] == "appropriate")
    assert c["scary_legit"] == c["ordinary"], (l, c)
cats = collections.Counter(r["category"] for r in back if r["label"] == "inappropriate")
for c in CATS:
    assert cats[c] >= 12, (c, cats[c])
    langs = {r["language"] for r in back if r["category"] == c}
    assert langs == set(LANGS), (c, langs)

# policy quotes must not be reused verbatim
pol = (HERE.parent / "policy5" / "safety-policy.md").read_text(encoding="utf-8")
quotes = {q.strip().lower() for q in re.findall(r'"([^"]{15,})"', pol)}
for d in descs:
    assert d.lower().strip('.') not in quotes, d

def length_bucket(d):
    words = len(d.split())
    sentences = len([s for s in re.split(r"(?<=[.!?])\s+", d.strip()) if s])
    if words < 12:
        return "short(<12 words)"
    if sentences == 1:
        return "one sentence"
    return "2-6 sentences"

print("label x language:")
for lab in ["inappropriate", "appropriate"]:
    print(" ", lab, {l: lab_lang[(lab, l)] for l in LANGS}, sum(lab_lang[(lab, l)] for l in LANGS))
print("kind:", dict(kinds))
print("category:", dict(cats))
print("length:", dict(collections.Counter(length_bucket(d) for d in descs)))
print("length by label:", dict(collections.Counter((r["label"], length_bucket(r["description"])) for r in back)))
print("OK:", out)
