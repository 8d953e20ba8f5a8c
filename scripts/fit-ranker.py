#!/usr/bin/env python3
"""Fit the built-in generator's learned ranker on blind-judged names.

  python3 scripts/fit-ranker.py flatten OUT.jsonl [--batches SPEC]
      every judged name of docs/eval/namegen-blind*/ (scores.json + packet.json)
      as one JSON line: judgement, batch, id, desc, name, rel, cre, bra, con;
      --batches takes only some judgements: '1-6,7:tune*' is batches 1 to 6 and
      the judgements of batch 7 in folders named tune* (see selected)
  NAMEGEN_RANK_JUDGED=OUT.jsonl NAMEGEN_RANK_DUMP=FEAT.tsv go test ./internal/namegen -run TestRankFeatureDump
      the features of each judged name the generator can still make
  python3 scripts/fit-ranker.py fit FEAT.tsv [--write internal/namegen/rank_weights.go]
      leave-one-batch-out report, then the weights fitted on every batch; the
      written file's header names the --batches SPEC the data came from, so a
      rerun reads the same judgements after new batches are added. Each held-out
      batch is ranked three ways: the hand score alone, the hand score plus the
      weights rank_weights.go holds now ("committed": the baseline a refit must
      beat out of batch; only batches outside the committed weights' own
      --batches are out of sample for it) and plus a refit on the other batches;
      a second mean covers the newest batches (RECENT, default 7 on). MIX (0.35),
      LAMBDA (0.003) and BLEND (rank.go's learnedShare, as pick ranks) set the fit.

The model is ridge regression within judgements: features and targets are
centred per (judgement, description), so a judge's overall harshness and a
description's difficulty drop out and only the order of names for one
description is learnt. The target mixes relevance and the four criteria.
Standard library only, deterministic.
"""
import fnmatch
import glob
import json
import os
import re
import subprocess
import sys

CRIT = ('relevance', 'creativity', 'brandability', 'conciseness')


ROOT = 'docs/eval'


def judgements():
    """Every judgement on disk as (batch, judgement, scores.json path): batch '1' for
    namegen-blind/, judgement the folder under the batch's ('' at its top)."""
    out = []
    for f in sorted(glob.glob(ROOT + '/namegen-blind*/**/scores.json', recursive=True)):
        j = os.path.relpath(os.path.dirname(f), ROOT)
        top, _, sub = j.partition('/')
        out.append((top.replace('namegen-blind', '') or '1', sub, f))
    return out


def selected(spec, batch, judgement):
    """Whether --batches SPEC takes a judgement: SPEC is a comma list of batches (7),
    ranges (1-6) and single judgements of a batch (7:tuneA, or 7:tune* for several)."""
    for part in spec.split(','):
        b, colon, pattern = part.strip().partition(':')
        if colon:
            if b == batch and fnmatch.fnmatchcase(judgement, pattern):
                return True
        elif '-' in b:
            lo, hi = b.split('-')
            if int(lo) <= int(batch) <= int(hi):
                return True
        elif b == batch:
            return True
    return False


def batch_spec(taken):
    """The --batches SPEC that selects the set taken of (batch, judgement) among the
    judgements on disk: whole batches as ranges, the others judgement by judgement."""
    on_disk = {}
    for b, j, _ in judgements():
        on_disk.setdefault(b, set()).add(j)
    whole, parts = [], []
    for b in sorted({b for b, _ in taken}, key=int):
        mine = {j for bb, j in taken if bb == b}
        if mine == on_disk.get(b):
            whole.append(int(b))
        else:
            parts += ['%s:%s' % (b, j) for j in sorted(mine)]
    ranges = []
    for b in whole:
        if ranges and ranges[-1][1] == b - 1:
            ranges[-1][1] = b
        else:
            ranges.append([b, b])
    return ','.join([str(lo) if lo == hi else '%d-%d' % (lo, hi) for lo, hi in ranges] + parts)


def flatten(out, spec=None):
    rows = {}
    for batch, sub, f in judgements():
        if spec is not None and not selected(spec, batch, sub):
            continue
        d = os.path.dirname(f)
        j = os.path.relpath(d, ROOT)
        scores = json.load(open(f))
        desc = {x['id']: x['description'] for x in json.load(open(d + '/packet.json'))}
        for i, lists in scores.items():
            for names in lists.values():
                for n in names:
                    r = rows.setdefault((j, i, n['name']), {'judgement': j, 'batch': batch, 'id': i,
                                                           'desc': desc[i], 'name': n['name'], 'sc': []})
                    r['sc'].append([n.get(c, 0) for c in CRIT])
    with open(out, 'w') as w:
        for r in rows.values():
            sc = r.pop('sc')
            r['rel'], r['cre'], r['bra'], r['con'] = [sum(x[c] for x in sc) / len(sc) for c in range(4)]
            w.write(json.dumps(r) + '\n')
    print(len(rows), 'judged names')


def load(path):
    lines = open(path).read().split('\n')
    head = lines[0].split('\t')
    fi = head.index('hand_score') + 1
    names = head[fi:]
    rows = []
    for ln in lines[1:]:
        if not ln:
            continue
        c = ln.split('\t')
        rows.append({'g': c[0] + '/' + c[2], 'judgement': c[0], 'batch': c[1], 'name': c[3],
                     'rel': float(c[4]), 'q': (float(c[4]) + float(c[5]) + float(c[6]) + float(c[7])) / 20,
                     'picked': c[9] == 'true', 'hand': float(c[10]), 'x': [float(v) for v in c[fi:]]})
    return names, rows


def target(r, mix):
    # mix of relevance (0..5 -> 0..1) and quality (0..1)
    return mix * r['rel'] / 5 + (1 - mix) * r['q']


def solve(A, b):
    n = len(b)
    M = [A[i][:] + [b[i]] for i in range(n)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(M[r][c]))
        M[c], M[p] = M[p], M[c]
        if abs(M[c][c]) < 1e-12:
            continue
        for r in range(n):
            if r != c and M[r][c] != 0:
                f = M[r][c] / M[c][c]
                M[r] = [a - f * b for a, b in zip(M[r], M[c])]
    return [M[i][n] / M[i][i] if abs(M[i][i]) > 1e-12 else 0 for i in range(n)]


def groups(rows):
    g = {}
    for r in rows:
        g.setdefault(r['g'], []).append(r)
    return g


def fit(rows, mix, lam):
    k = len(rows[0]['x'])
    A = [[0.0] * k for _ in range(k)]
    b = [0.0] * k
    for grp in groups(rows).values():
        if len(grp) < 2:
            continue
        mx = [sum(r['x'][i] for r in grp) / len(grp) for i in range(k)]
        my = sum(target(r, mix) for r in grp) / len(grp)
        for r in grp:
            x = [r['x'][i] - mx[i] for i in range(k)]
            y = target(r, mix) - my
            for i in range(k):
                if x[i] == 0:
                    continue
                b[i] += x[i] * y
                Ai = A[i]
                for j in range(k):
                    Ai[j] += x[i] * x[j]
    n = len(rows)
    for i in range(k):
        A[i][i] += lam * n
    w = solve(A, b)
    # intercept: the mean target at the mean features, so scores read as quality
    mx = [sum(r['x'][i] for r in rows) / n for i in range(k)]
    my = sum(target(r, mix) for r in rows) / n
    return my - sum(wi * m for wi, m in zip(w, mx)), w


def blend(model, r):
    # the hand-written score plus the learned correction, weighted by BLEND
    return r['hand'] + BLEND * predict(model, r)


def go_const(path, name):
    """The value of a Go constant 'const NAME = VALUE' in path."""
    m = re.search(r'^const %s = (\S+)$' % name, open(path).read(), re.M)
    return float(m.group(1))


# How much of the prediction pick adds to the hand score: rank.go's
# learnedShare unless BLEND says otherwise, so the report ranks as pick does.
BLEND = float(os.environ.get('BLEND') or go_const('internal/namegen/rank.go', 'learnedShare'))


def committed(names, path='internal/namegen/rank_weights.go'):
    """The weights rank_weights.go holds now, by feature name, as a model over
    names (the dump's order): the baseline a refit has to beat out of batch."""
    src = open(path).read()
    w = dict((n, float(v)) for v, n in re.findall(r'^\s*(-?[0-9.e+-]+),\s*// (\S+)$', src, re.M))
    missing = [n for n in names if n not in w]
    if missing:
        return None, missing
    return (go_const(path, 'rankIntercept'), [w[n] for n in names]), []


def predict(model, r):
    c, w = model
    return c + sum(a * b for a, b in zip(w, r['x']))


def evaluate(rows, score):
    """Within each (judgement, description): pairwise order agreement with the
    judged relevance and quality, and the mean judged relevance/quality of the
    best 5 by score among the judged names in the pool."""
    agree = {'rel': [0, 0], 'q': [0, 0]}
    top = {'rel': [], 'q': []}
    for grp in groups(rows).values():
        s = [score(r) for r in grp]
        for key in ('rel', 'q'):
            for i in range(len(grp)):
                for j in range(i + 1, len(grp)):
                    dy = grp[i][key] - grp[j][key]
                    ds = s[i] - s[j]
                    if dy == 0:
                        continue
                    agree[key][1] += 1
                    if ds == 0:
                        agree[key][0] += 0.5
                    elif (dy > 0) == (ds > 0):
                        agree[key][0] += 1
        if len(grp) >= 8:
            order = sorted(range(len(grp)), key=lambda i: -s[i])[:5]
            for key in ('rel', 'q'):
                top[key].append(sum(grp[i][key] for i in order) / 5)
    return {'pair_rel': agree['rel'][0] / max(1, agree['rel'][1]), 'pair_q': agree['q'][0] / max(1, agree['q'][1]),
            'top5_rel': sum(top['rel']) / max(1, len(top['rel'])), 'top5_q': sum(top['q']) / max(1, len(top['q'])),
            'groups': len(top['rel'])}


def lobo(rows, mix, lam, base=None):
    """For each batch: fit on the others and score it; also score it by the hand
    score alone and, given base (the committed model), by the hand score plus base."""
    batches = sorted(set(r['batch'] for r in rows), key=int)
    out = []
    for b in batches:
        train = [r for r in rows if r['batch'] != b]
        test = [r for r in rows if r['batch'] == b]
        m = fit(train, mix, lam)
        e_new = evaluate(test, lambda r: blend(m, r))
        e_old = evaluate(test, lambda r: r['hand'])
        e_base = evaluate(test, lambda r: blend(base, r)) if base else None
        out.append((b, len(test), e_old, e_base, e_new))
    return out


# The newest batches, whose names come from the generators closest to today's:
# the report's second mean, the one a change of target or lambda is chosen by.
RECENT = int(os.environ.get('RECENT', '7'))


def fmt(e):
    return 'pairs rel %.3f q %.3f | top5 rel %.2f q %.3f' % (e['pair_rel'], e['pair_q'], e['top5_rel'], e['top5_q'])


def render(names, model, mix, lam, spec, path):
    c, w = model
    lines = ['// Code generated by scripts/fit-ranker.py; DO NOT EDIT.', '',
             'package namegen', '',
             '// rankIntercept and rankWeights: ridge regression (lambda %g) within blind' % lam,
             '// judgements of %.2f x relevance/5 + %.2f x quality, on docs/eval/namegen-blind*/' % (mix, 1 - mix),
             '// as selected by: scripts/fit-ranker.py flatten OUT --batches %s' % spec,
             'const rankIntercept = %.6f' % c, '',
             'var rankWeights = [nRankFeatures]float64{']
    for n, v in zip(names, w):
        lines.append('\t%.6f, // %s' % (v, n))
    lines.append('}')
    open(path, 'w').write('\n'.join(lines) + '\n')
    subprocess.run(['gofmt', '-w', path], check=True)


def main():
    if sys.argv[1] == 'flatten':
        spec = sys.argv[sys.argv.index('--batches') + 1] if '--batches' in sys.argv else None
        flatten(sys.argv[2], spec)
        return
    names, rows = load(sys.argv[2])
    spec = batch_spec({(r['batch'], r['judgement'].partition('/')[2]) for r in rows})
    print('judgements: flatten --batches %s' % spec)
    mix = float(os.environ.get('MIX', '0.35'))
    lam = float(os.environ.get('LAMBDA', '0.003'))
    base, missing = committed(names)
    if missing:
        print('committed weights: no weight for %s (features changed), no baseline row' % ', '.join(missing))
    print('blend %g, mix %g, lambda %g' % (BLEND, mix, lam))
    res = lobo(rows, mix, lam, base)
    for b, n, eo, eb, en in res:
        print('held out batch %s (%d names)\n  hand score: %s' % (b, n, fmt(eo)))
        if eb:
            print('  committed:  %s' % fmt(eb))
        print('  refit:      %s' % fmt(en))
    recent = [t for t in res if int(t[0]) >= RECENT]
    for title, sel in (('all batches', res), ('batches %d+' % RECENT, recent)):
        for label, col in (('hand', 2), ('committed', 3), ('refit', 4)):
            es = [t[col] for t in sel]
            if es and es[0]:
                print('mean, %-12s %-9s: ' % (title, label) + fmt({k: sum(e[k] for e in es) / len(es) for k in es[0]}))
    model = fit(rows, mix, lam)
    for n, v in sorted(zip(names, model[1]), key=lambda t: -abs(t[1])):
        print('  %-16s %+.4f' % (n, v))
    if '--write' in sys.argv:
        render(names, model, mix, lam, spec, sys.argv[sys.argv.index('--write') + 1])


if __name__ == '__main__':
    main()
