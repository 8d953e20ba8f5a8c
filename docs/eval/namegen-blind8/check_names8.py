import csv,re
def ws(s): return {w for w in re.findall(r"\w+",s.lower()) if len(w)>3}
E=[l.strip() for l in open("earlier.txt",encoding="utf-8") if l.strip()]
R=list(csv.DictReader(open("names8.csv",encoding="utf-8")))
def jac(a,b):
    a,b=ws(a),ws(b); return len(a&b)/len(a|b) if a|b else 0
bad=0
for i,r in enumerate(R):
    d=r["description"]
    for e in E:
        j=jac(d,e)
        if j>=0.5: print("EARLIER",r["id"],round(j,2),d,"||",e); bad+=1
    for r2 in R[i+1:]:
        j=jac(d,r2["description"])
        if j>=0.5: print("SELF",r["id"],r2["id"],round(j,2)); bad+=1
    # also show max
top=sorted(((max(jac(r["description"],e) for e in E),r["id"],r["description"]) for r in R),reverse=True)[:8]
for t in top: print(round(t[0],2),t[1],t[2])
print("bad",bad)
from collections import Counter
print(len(R),Counter(r["language"] for r in R),"constrained",sum(1 for r in R if r["constraint"]),"constrained non-en",sum(1 for r in R if r["constraint"] and r["language"]!="en"))
notes=open("NOTES.md",encoding="utf-8").read()
print("traps",notes.count(": trap:"), "ids", [r["id"] for r in R][:1],[r["id"] for r in R][-1])
