#!/usr/bin/env python3
import re, glob
p = '/work/wt/senses/internal/namegen/lexicon/senses.txt'
heads_ok = set()
for f in glob.glob('/work/helpers/senses/heads*.txt'):
    for l in open(f):
        if ':' in l: heads_ok.add(l.split(':', 1)[0].strip())
generic = set('shop service services business company local small quality custom family online store studio made make sell sells selling people customer customers client clients new best good great home homes wedding weddings car cars party parties music lessons removal salon installation hire club clubs vehicle vehicles construction vintage recovery board players cleaning kids collection wellness events event venue property treatment water screen beauty energy software dog dogs garden bar bars drinks artist artists pets electronics battery night nights clubbing clubber partying'.split())
out, bad, heads = [], 0, set()
for f in sorted(glob.glob('/work/helpers/senses/senses[0-9].txt')):
    for l in open(f):
        l = l.strip()
        if not l: continue
        m = re.match(r'^([a-z, +]+) \| ([a-z ]+): ([a-z ]+)$', l)
        if not m or m.group(1).strip() not in heads_ok:
            bad += 1; print('BAD', l[:90]); continue
        h = m.group(1).strip()
        hs = {x.strip() for x in h.split(',')}
        ctx = [c for c in dict.fromkeys(m.group(2).split()) if c not in generic and c not in hs and len(c) >= 3]
        ideas = [w for w in dict.fromkeys(m.group(3).split()) if 2 <= len(w) <= 12 and w not in hs]
        if len(ctx) < 3 or len(ideas) < 6:
            bad += 1; print('THIN', l[:90]); continue
        out.append(f'{h} | {" ".join(ctx)}: {" ".join(ideas)}'); heads.add(h)
s = open(p).read().rstrip('\n')
s += '\n# Business senses, written in the nineteenth session (2026-12-07) by helpers reading only the association\n# lines: a word several kinds of business use, read in the sense of the one whose words the description has.\n' + '\n'.join(out) + '\n'
open(p, 'w').write(s)
print('sense lines', len(out), 'heads', len(heads), 'bad', bad)
