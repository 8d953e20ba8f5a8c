package namegen

import (
	"math/rand/v2"
	"strings"
)

// Strategy labels reported in Candidate.Strategy.
const (
	StrategyCompound     = "compound"     // two concept words: "hearthloaf"
	StrategyBlend        = "blend"        // overlapping sounds: "breadventure"
	StrategyAffix        = "affix"        // a concept with a brandable ending or opening: "crumbora"
	StrategyAlliteration = "alliteration" // two words on the same sound: "boldbrew"
	StrategyClipping     = "clipping"     // a shortened word with a fresh ending: "bakio"
	StrategyInvented     = "invented"     // a new word from the character model
	StrategyPlace        = "place"        // a place from the description: "lyonloaf"
	StrategyNumber       = "number"       // a name with a number, when the description asks: "loaf24"
)

// cand is a candidate name with the concepts it was made from.
type cand struct {
	name     string
	strategy string
	parts    [2]concept
	nparts   int
	affix    string  // ending or opening added, if any
	quality  float64 // freshness of the technique used, 0..1
	score    float64
	rank     float64 // score plus the seed's jitter; only orders the picking
}

// maxHeads bounds the main concepts per call, which bounds the work.
const maxHeads = 12

// pools are the concept lists the strategies draw from.
type pools struct {
	heads  []concept // what a name is mainly about
	tails  []concept // second halves
	mods   []concept // adjectives
	places []concept
	long   []concept // description words too long to glue whole
	core   *concept  // required words: every name must contain it
}

// builder collects unique candidates within the length window.
type builder struct {
	minLen, maxLen int
	seen           map[string]bool
	out            []cand
}

func (b *builder) add(name, strategy string, quality float64, parts ...concept) {
	b.addAffixed(name, strategy, "", quality, parts...)
}

// addAffixed records the ending or opening used, so that one list does not
// end every name in "-ly".
func (b *builder) addAffixed(name, strategy, affix string, quality float64, parts ...concept) {
	if len(name) < b.minLen || len(name) > b.maxLen || b.seen[name] {
		return
	}
	b.seen[name] = true
	c := cand{name: name, strategy: strategy, affix: affix, quality: quality}
	c.nparts = copy(c.parts[:], parts)
	b.out = append(b.out, c)
}

// buildPools turns the analysis into concept pools, sampling with rng so
// that different seeds explore different corners of the vocabulary.
func (g *Generator) buildPools(a *analysis, core string, count int, rng *rand.Rand) pools {
	lx := g.lex
	var p pools
	p.places = a.places
	p.long = a.long
	// Long lists need more raw material to stay varied.
	scale := 1 + count/8

	industryWeights := []float64{0.85, 0.7, 0.55}
	industryTake := []int{10 * scale, 6 * scale, 4 * scale}
	var indWords []concept
	for rank, id := range a.industries {
		words := lx.industries[id].words
		order := rng.Perm(len(words))
		for i, j := range order {
			if i >= industryTake[rank] {
				break
			}
			w := words[j]
			// Earlier words in the lexicon are the more evocative ones.
			weight := industryWeights[rank] - 0.005*float64(j)
			indWords = append(indWords, concept{word: w, key: lx.matchKey(w), weight: weight, kind: kindIndustry})
		}
	}
	generic := sample(rng, lx.generic, 10*scale)
	var gen []concept
	for _, w := range generic {
		gen = append(gen, concept{word: w, key: lx.matchKey(w), weight: 0.2, kind: kindGeneric})
	}
	for _, w := range sample(rng, lx.modifiers, 18*scale) {
		p.mods = append(p.mods, concept{word: w, key: lx.matchKey(w), weight: 0.25, kind: kindModifier})
	}

	if core != "" {
		p.core = &concept{word: core, key: core, weight: 1, kind: kindCore}
		p.heads = []concept{*p.core}
	} else {
		// Heads get the description's own words and the best industry
		// words; tails (below) get the whole sample.
		p.heads = append(p.heads, a.keywords[:min(len(a.keywords), 4)]...)
		p.heads = append(p.heads, indWords[:min(len(indWords), maxHeads*scale-len(p.heads))]...)
		if len(p.heads) < 8*scale {
			p.heads = append(p.heads, gen[:min(len(gen), 8*scale-len(p.heads))]...)
		}
	}
	p.tails = append(p.tails, indWords...)
	p.tails = append(p.tails, gen...)
	if core != "" {
		p.tails = append(p.tails, a.keywords...)
	}
	// Never pair the core with itself.
	if p.core != nil {
		p.tails = without(p.tails, p.core.key)
	}
	return p
}

func without(cs []concept, key string) []concept {
	out := cs[:0:0]
	for _, c := range cs {
		if c.key != key && !strings.Contains(key, c.key) {
			out = append(out, c)
		}
	}
	return out
}

// sample returns up to n items of list in a seeded random order.
func sample(rng *rand.Rand, list []string, n int) []string {
	if n > len(list) {
		n = len(list)
	}
	out := make([]string, 0, n)
	for _, i := range rng.Perm(len(list))[:n] {
		out = append(out, list[i])
	}
	return out
}

// generateAll runs every strategy over the pools. Clipped and invented
// words only read as names next to a topic; without one (a description in a
// script we cannot spell, or nothing but an injection) they look random, so
// only whole evocative words are combined.
func (g *Generator) generateAll(b *builder, p pools, m *ngramModel, rng *rand.Rand, topical bool) {
	g.compounds(b, p, rng)
	g.blends(b, p)
	g.affixes(b, p, rng)
	g.alliterations(b, p, rng)
	g.placeNames(b, p, rng)
	if topical || p.core != nil {
		g.clippings(b, p, rng)
		g.inventions(b, p, m, rng)
	}
}

func (g *Generator) compounds(b *builder, p pools, rng *rand.Rand) {
	if len(p.tails) == 0 {
		return
	}
	for _, h := range p.heads {
		for range 8 {
			t := p.tails[rng.IntN(len(p.tails))]
			if t.key == h.key {
				continue
			}
			b.add(joinWords(h.word, t.word), compoundKind(h, t), 1, h, t)
			if p.core != nil {
				b.add(joinWords(t.word, h.word), compoundKind(t, h), 1, h, t)
			}
		}
		// An adjective in front: "goldcrust", "truecrumb".
		for range 3 {
			md := p.mods[rng.IntN(len(p.mods))]
			if md.key != h.key {
				b.add(joinWords(md.word, h.word), compoundKind(md, h), 0.95, h, md)
			}
		}
	}
}

func compoundKind(x, y concept) string {
	if x.word[0] == y.word[0] {
		return StrategyAlliteration
	}
	return StrategyCompound
}

// blends overlaps the end of one word with the start of another.
func (g *Generator) blends(b *builder, p pools) {
	var targets []concept
	for _, w := range g.lex.blends {
		targets = append(targets, concept{word: w, key: g.lex.matchKey(w), weight: 0.2, kind: kindGeneric})
	}
	targets = append(targets, p.tails...)
	for _, h := range p.heads {
		if h.kind == kindPlace {
			continue
		}
		for _, t := range targets {
			if t.key == h.key {
				continue
			}
			if name, k := blend(h.word, t.word); k > 0 {
				b.add(name, StrategyBlend, blendQuality(k), h, t)
			}
			if p.core == nil {
				continue
			}
			// With a required word the core may also be the second half,
			// as long as it survives the overlap intact.
			if name, k := blend(t.word, h.word); k > 0 && strings.Contains(name, h.word) {
				b.add(name, StrategyBlend, blendQuality(k), h, t)
			}
		}
	}
}

func blendQuality(k int) float64 {
	switch {
	case k >= 3:
		return 1
	case k == 2:
		return 0.9
	}
	return 0.75
}

// blend merges x and y on their longest overlap (x's end = y's start). A
// one-letter overlap only counts on a vowel, where it sounds like a blend
// rather than a typo. k is the overlap length, 0 when there is none.
func blend(x, y string) (string, int) {
	for k := min(len(x), len(y)) - 1; k >= 1; k-- {
		if k >= len(y)-1 {
			continue // y would vanish into x
		}
		if x[len(x)-k:] != y[:k] {
			continue
		}
		if k == 1 && !isVowel(y[0]) {
			return "", 0
		}
		return x + y[k:], k
	}
	return "", 0
}

func (g *Generator) affixes(b *builder, p pools, rng *rand.Rand) {
	for _, h := range p.heads {
		strategy := StrategyAffix
		if h.kind == kindPlace {
			strategy = StrategyPlace
		}
		for _, s := range g.lex.suffixes {
			if p.core == nil && rng.Float64() > 0.1+0.4*s.weight {
				continue
			}
			if name, ok := attachSuffix(h.word, s.text); ok {
				b.addAffixed(name, strategy, s.text, s.weight, h)
			}
		}
		for _, pre := range g.lex.prefixes {
			if p.core == nil && rng.Float64() > 0.4*pre.weight {
				continue
			}
			if name, ok := attachPrefix(pre.text, h.word); ok {
				b.addAffixed(name, strategy, pre.text, pre.weight, h)
			}
		}
	}
}

// attachSuffix joins a word and an ending the way a person would write it:
// "crumb"+"ora" = "crumbora", "nova"+"ora" = "novora", "nest"+"topia" =
// "nestopia". ok is false when the join would read badly.
func attachSuffix(word, suf string) (string, bool) {
	last := word[len(word)-1]
	switch {
	case isVowel(suf[0]) && (isVowel(last) || last == 'y'):
		if len(word) <= 3 {
			return "", false
		}
		return word[:len(word)-1] + suf, true
	case (suf == "ly" || suf == "ify") && last == 'y', suf == "ly" && last == 'l':
		return "", false // "honeyly", "playfuly"
	case last == suf[0]:
		return word + suf[1:], true
	}
	return word + suf, true
}

func attachPrefix(pre, word string) (string, bool) {
	last := pre[len(pre)-1]
	switch {
	case isVowel(last) && isVowel(word[0]):
		return "", false
	case last == word[0]:
		return pre + word[1:], true
	}
	return pre + word, true
}

// joinWords glues two words, merging a shared letter at the seam when
// doubling it would look like a typo ("nova"+"aura" = "novaura").
func joinWords(x, y string) string {
	last := x[len(x)-1]
	if last == y[0] && (isVowel(last) || strings.IndexByte("hwyjqxvk", last) >= 0) {
		return x + y[1:]
	}
	return x + y
}

// alliterations pairs a concept with adjectives and nouns on the same sound.
func (g *Generator) alliterations(b *builder, p pools, rng *rand.Rand) {
	generic := g.lex.generic
	for _, h := range p.heads {
		if h.kind == kindPlace {
			continue
		}
		for _, md := range p.mods {
			if sameSound(md.word, h.word) && md.key != h.key {
				b.add(joinWords(md.word, h.word), StrategyAlliteration, 1, h, md)
			}
		}
		// Nouns are tried from a seeded starting point so different seeds
		// meet different partners.
		start, found := rng.IntN(len(generic)), 0
		for i := range generic {
			w := generic[(start+i)%len(generic)]
			if found == 2 {
				break
			}
			if sameSound(w, h.word) && w != h.word {
				found++
				gn := concept{word: w, key: g.lex.matchKey(w), weight: 0.2, kind: kindGeneric}
				b.add(joinWords(h.word, w), StrategyAlliteration, 0.9, h, gn)
			}
		}
	}
}

// sameSound compares opening sounds, so "crumb" alliterates with "kind".
func sameSound(x, y string) bool {
	sound := func(s string) byte {
		switch {
		case strings.HasPrefix(s, "ch"), strings.HasPrefix(s, "sh"), strings.HasPrefix(s, "th"), strings.HasPrefix(s, "ph"):
			return s[0] + 128 // a digraph is its own sound
		case s[0] == 'c' && len(s) > 1 && strings.IndexByte("eiy", s[1]) >= 0:
			return 's'
		case s[0] == 'c' || s[0] == 'q':
			return 'k'
		}
		return s[0]
	}
	return sound(x) == sound(y)
}

// Endings that turn a clipped syllable into a brandable word.
var clipEndings = []string{"o", "a", "io", "ia", "y", "ly", "ix", "ora", "elo"}

func (g *Generator) clippings(b *builder, p pools, rng *rand.Rand) {
	if p.core != nil {
		for _, e := range clipEndings {
			if name, ok := attachSuffix(p.core.word, e); ok {
				b.addAffixed(name, StrategyAffix, e, 0.7, *p.core)
			}
		}
		return
	}
	sources := append(append([]concept(nil), p.long...), p.heads...)
	for i, s := range sources {
		if s.kind == kindPlace || i >= 12 {
			continue
		}
		stub := clip(s.word)
		if len(stub) < 3 || stub == s.word {
			continue
		}
		part := s
		part.weight *= 0.8
		for _, e := range clipEndings {
			// "ret"+"ly" reads as a typo; a three-letter stub needs a
			// vowel ending to become a word ("bakio", "medora").
			if len(stub) == 3 && !isVowel(e[0]) {
				continue
			}
			if rng.Float64() < 0.6 {
				if name, ok := attachSuffix(stub, e); ok && name != s.word {
					b.addAffixed(name, StrategyClipping, e, 0.85, part)
				}
			}
		}
		// A clipped long word can still carry a whole second word:
		// "photography" + "lens" = "photlens".
		if s.kind == kindKeyword && len(s.word) > maxKeywordLen && len(p.tails) > 0 {
			for range 3 {
				t := p.tails[rng.IntN(len(p.tails))]
				b.add(joinWords(stub, t.word), StrategyClipping, 0.8, part, t)
			}
		}
	}
}

// clip keeps a word's first syllable with its closing consonant:
// "bakery" → "bak", "crumb" → "crum", "oven" → "ove".
func clip(w string) string {
	i := 0
	for i < len(w) && !isVowel(w[i]) {
		i++
	}
	for i < len(w) && isVowel(w[i]) {
		i++
	}
	if i < len(w) {
		i++
	}
	for i < 3 && i < len(w) {
		i++
	}
	return w[:i]
}

func (g *Generator) placeNames(b *builder, p pools, rng *rand.Rand) {
	for _, pl := range p.places {
		if p.core != nil {
			b.add(joinWords(pl.word, p.core.word), StrategyPlace, 1, *p.core, pl)
			b.add(joinWords(p.core.word, pl.word), StrategyPlace, 1, *p.core, pl)
			continue
		}
		for i, t := range p.tails {
			if t.kind != kindIndustry && i%3 != 0 {
				continue
			}
			b.add(joinWords(pl.word, t.word), StrategyPlace, 1, pl, t)
			if rng.IntN(2) == 0 {
				b.add(joinWords(t.word, pl.word), StrategyPlace, 0.9, t, pl)
			}
		}
		for _, h := range p.heads {
			if h.kind == kindKeyword && len(h.word) <= 6 {
				b.add(joinWords(pl.word, h.word), StrategyPlace, 0.9, pl, h)
			}
		}
	}
}

// inventions asks the character model for new words that open like a
// concept word, so even invented names hint at the business.
func (g *Generator) inventions(b *builder, p pools, m *ngramModel, rng *rand.Rand) {
	maxLen := min(b.maxLen, 9)
	if p.core != nil {
		lo, hi := max(b.minLen, len(p.core.word)+2), min(b.maxLen, max(9, len(p.core.word)+4))
		for range 10 {
			if lo > hi {
				break
			}
			if w, ok := m.invent(rng, p.core.word, lo, hi); ok && !g.lex.known[w] {
				b.add(w, StrategyInvented, 0.9, *p.core)
			}
		}
		return
	}
	heads := p.heads
	if len(heads) > 10 {
		heads = heads[:10]
	}
	for _, h := range heads {
		if h.kind == kindPlace {
			continue
		}
		for range 3 {
			prefix := clip(h.word)
			if rng.IntN(2) == 0 && len(prefix) > 3 {
				prefix = prefix[:len(prefix)-1]
			}
			if len(prefix) >= len(h.word) || len(prefix)+2 > maxLen {
				continue
			}
			w, ok := m.invent(rng, prefix, max(b.minLen, len(prefix)+2), maxLen)
			if !ok || m.words[w] || g.lex.known[w] || strings.HasPrefix(w, h.word) {
				continue
			}
			part := h
			part.weight *= 0.3 + 0.1*float64(min(len(prefix), 4))
			b.add(w, StrategyInvented, 0.9, part)
		}
	}
	for range 6 {
		w, ok := m.invent(rng, "", b.minLen, maxLen)
		if ok && !m.words[w] && !g.lex.known[w] {
			b.add(w, StrategyInvented, 0.8)
		}
	}
}
