"""The one split of a blind set into a tune half and a holdout half.

Rows are grouped by key(row); each group is shuffled with the seed and cut in half, the odd row
of odd-sized groups going to the holdout and the tune half in turn. Both halves keep the source's
columns and are sorted by id. Each set's split.py names its file, its key and its halves."""
import collections, csv, os, random


def split(here, source, key, tune, holdout, seed=20261205):
    with open(os.path.join(here, source), encoding='utf-8') as f:
        reader = csv.DictReader(f)
        cols, rows = reader.fieldnames, list(reader)
    groups = collections.defaultdict(list)
    for r in rows:
        groups[key(r)].append(r)
    rng = random.Random(seed)
    parts = {tune: [], holdout: []}
    flip = 0
    for k in sorted(groups):
        g = groups[k]
        rng.shuffle(g)
        h = len(g) // 2 + (len(g) % 2) * flip
        flip ^= len(g) % 2
        parts[holdout] += g[:h]
        parts[tune] += g[h:]
    for name, part in parts.items():
        part.sort(key=lambda r: r['id'])
        with open(os.path.join(here, f'{name}.csv'), 'w', newline='', encoding='utf-8') as f:
            w = csv.DictWriter(f, cols)
            w.writeheader()
            w.writerows(part)
        print(name, len(part), sorted(collections.Counter(key(r) for r in part).items()))
