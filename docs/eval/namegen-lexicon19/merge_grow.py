#!/usr/bin/env python3
import re, sys, glob
p = '/work/wt/grow/internal/namegen/lexicon/associations.txt'
lines = open(p).read().split('\n')
orig = list(lines)
bad = 0; rew = 0
for f in sorted(glob.glob('/work/helpers/grow/rewrite*.out')):
    for l in open(f):
        l = l.rstrip('\n')
        if not l: continue
        m = re.match(r'^(\d+)\t([^:]+): (.+)$', l)
        if not m: print('BAD', f, l[:80]); bad += 1; continue
        i, heads, words = int(m.group(1)), m.group(2), m.group(3).split()
        if orig[i].split(':', 1)[0].strip() != heads.strip():
            print('HEAD MISMATCH', i, orig[i][:60], '|', heads); bad += 1; continue
        ws = []
        hs = {h.strip() for h in heads.split(',')}
        for w in words:
            if re.fullmatch(r'[a-z]{2,12}', w) and w not in ws and w not in hs: ws.append(w)
        if len(ws) < 6: print('FEW', i, l[:80]); bad += 1; continue
        lines[i] = f'{heads}: {" ".join(ws)}'; rew += 1
new = []; seen = set()
for f in sorted(glob.glob('/work/helpers/grow/new*.out')):
    for l in open(f):
        l = l.rstrip('\n')
        m = re.match(r'^([a-z]+): (.+)$', l)
        if not m: 
            if l.strip(): print('BAD', f, l[:80]); bad += 1
            continue
        h = m.group(1)
        if h in seen or not 2 <= len(h) <= 20: continue
        seen.add(h)
        ws = [w for w in dict.fromkeys(m.group(2).split()) if re.fullmatch(r'[a-z]{2,12}', w) and w != h]
        if len(ws) >= 6: new.append(f'{h}: {" ".join(ws)}')
out = '\n'.join(lines).rstrip('\n') + '\n\n@en\n# Grown in the nineteenth session (2026-12-06): heads read in the descriptions of naming batches\n# 1-22 that had no line, written by helpers as an experienced brand namer would brainstorm.\n' + '\n'.join(new) + '\n'
open(p, 'w').write(out)
print('rewritten', rew, 'new', len(new), 'bad', bad)
