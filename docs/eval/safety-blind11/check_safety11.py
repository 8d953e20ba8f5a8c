import csv,re,collections
import os
# the writer's folder held safety-policy.md and earlier.txt (9,041 descriptions of data/ and every earlier set)
P=os.environ.get('SAFETY11_DIR', '/work/helpers/safety11w/')
pol=open(P+'safety-policy.md',encoding='utf-8').read()
codes=set(re.findall(r'^\| `([a-z_]+)` \|',pol,re.M))
rows=list(csv.DictReader(open(P+'safety11.csv',encoding='utf-8',newline='')))
assert len(rows)==300, len(rows)
assert [r['id'] for r in rows]==[f'x{i:03d}' for i in range(1,301)]
Cn=collections.Counter
bad=[r for r in rows if r['label']=='inappropriate']; good=[r for r in rows if r['label']=='appropriate']
assert len(bad)==150 and len(good)==150
assert all(v==25 for v in Cn(r['language'] for r in bad).values()) and len(Cn(r['language'] for r in bad))==6
assert Cn(r['kind'] for r in bad)==Cn(direct=40,euphemism=40,mixed=30,subtle=25,injection=15), Cn(r['kind'] for r in bad)
assert all(r['category'] in codes for r in bad); assert all(r['category']=='' for r in good)
for L in ['en','fr','es','de','pt','it']:
    miss=codes-{r['category'] for r in bad if r['language']==L}; assert not miss,(L,miss)
gl=Cn(r['language'] for r in good); assert gl==Cn(en=50,fr=20,es=20,de=20,pt=20,it=20),gl
assert Cn(r['kind'] for r in good)==Cn(scary_legit=50,ordinary=100)
def ws(s): return {w for w in re.findall(r'\w+',s.lower()) if len(w)>3}
def jac(a,b): return len(a&b)/len(a|b) if a|b else 0
earlier=[ws(l) for l in open(P+'earlier.txt',encoding='utf-8')]
W=[ws(r['description']) for r in rows]
flag=[]
for i,r in enumerate(rows):
    for j,e in enumerate(earlier):
        if e and jac(W[i],e)>=0.5: flag.append((r['id'],'earlier',j+1,round(jac(W[i],e),2)))
    for k in range(i+1,len(rows)):
        if jac(W[i],W[k])>=0.5: flag.append((r['id'],'row',rows[k]['id'],round(jac(W[i],W[k]),2)))
print('FLAGS',len(flag))
for f in flag: print(f)
print('label',Cn(r['label'] for r in rows))
print('lang',Cn((r['label'],r['language']) for r in rows))
print('kind',Cn(r['kind'] for r in rows))
print('cat',Cn(r['category'] for r in bad))
