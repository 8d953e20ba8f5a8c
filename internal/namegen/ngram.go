package namegen

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
)

// The character model is a 4-gram over a-z plus a word boundary, smoothed by
// Witten-Bell interpolation down to an add-one unigram. It is small (about
// 3 MB of counts), trains in milliseconds and serves two purposes: scoring
// how name-like a string sounds, and inventing new pronounceable words.

const (
	symbols  = 27 // boundary + a..z
	boundary = 0
	order    = 4
	// minSeedNames is how many names the seed data must give before the
	// model trusts it alone; below that the lexicon words are added.
	minSeedNames = 100
)

type ngramModel struct {
	c1    [symbols]float64
	n1    float64
	c2    []float32 // [h1][c]
	c3    []float32 // [h2][c]
	c4    []float32 // [h3][c]
	tot   [3][]float32
	types [3][]float32
	// mean and spread of per-symbol log2 probability over the training
	// words, used to map a score onto [0,1].
	mean, spread float64
	words        map[string]bool // training names, so inventions are new
}

func sym(c byte) int { return int(c-'a') + 1 }

func newModel() *ngramModel {
	m := &ngramModel{
		c2:    make([]float32, symbols*symbols),
		c3:    make([]float32, symbols*symbols*symbols),
		c4:    make([]float32, symbols*symbols*symbols*symbols),
		words: map[string]bool{},
	}
	for i, n := range []int{symbols, symbols * symbols, symbols * symbols * symbols} {
		m.tot[i] = make([]float32, n)
		m.types[i] = make([]float32, n)
	}
	return m
}

// trainModel builds the model from names; it needs at least one word.
func trainModel(words []string) *ngramModel {
	m := newModel()
	for _, w := range words {
		m.words[w] = true
		m.add(w)
	}
	var sum, sumSq float64
	var n int
	for _, w := range words {
		lp := m.avgLogProb(w)
		sum += lp
		sumSq += lp * lp
		n++
	}
	if n > 0 {
		m.mean = sum / float64(n)
		m.spread = math.Sqrt(math.Max(sumSq/float64(n)-m.mean*m.mean, 0.01))
	}
	return m
}

func (m *ngramModel) add(w string) {
	a, b, c := boundary, boundary, boundary
	for i := 0; i <= len(w); i++ {
		d := boundary
		if i < len(w) {
			d = sym(w[i])
		}
		m.c1[d]++
		m.n1++
		h1, h2, h3 := c, b*symbols+c, (a*symbols+b)*symbols+c
		bump := func(cnt []float32, level, h int) {
			if cnt[h*symbols+d] == 0 {
				m.types[level][h]++
			}
			cnt[h*symbols+d]++
			m.tot[level][h]++
		}
		bump(m.c2, 0, h1)
		bump(m.c3, 1, h2)
		bump(m.c4, 2, h3)
		a, b, c = b, c, d
	}
}

// prob is P(d | a b c) with Witten-Bell interpolation.
func (m *ngramModel) prob(a, b, c, d int) float64 {
	p := (m.c1[d] + 1) / (m.n1 + symbols)
	hs := [3]int{c, b*symbols + c, (a*symbols+b)*symbols + c}
	counts := [3][]float32{m.c2, m.c3, m.c4}
	for level := 0; level < 3; level++ {
		h := hs[level]
		t := float64(m.tot[level][h])
		if t == 0 {
			continue
		}
		u := float64(m.types[level][h])
		lambda := t / (t + u)
		p = lambda*float64(counts[level][h*symbols+d])/t + (1-lambda)*p
	}
	return p
}

// avgLogProb is the mean log2 probability per symbol of w, end included.
// It expects lower-case a-z only (callers pass lettersOnly).
func (m *ngramModel) avgLogProb(w string) float64 {
	a, b, c := boundary, boundary, boundary
	// Multiply and take one logarithm: every factor is at least about
	// 1e-5, so products of names up to 50 letters stay far from underflow.
	prod := 1.0
	for i := 0; i <= len(w); i++ {
		d := boundary
		if i < len(w) {
			d = sym(w[i])
		}
		prod *= m.prob(a, b, c, d)
		a, b, c = b, c, d
	}
	return math.Log2(prod) / float64(len(w)+1)
}

// fluency maps avgLogProb onto [0,1]. The training names themselves score
// optimistically (the model has seen them), so a new word counts as fully
// fluent two spreads below their mean; a word no likelier than random
// letters scores 0.
func (m *ngramModel) fluency(w string) float64 {
	if w == "" {
		return 0
	}
	hi := m.mean - 2*m.spread
	if hi <= randomLogProb {
		return 0
	}
	return clamp01((m.avgLogProb(w) - randomLogProb) / (hi - randomLogProb))
}

// randomLogProb is the per-symbol log2 probability of uniformly random text.
var randomLogProb = math.Log2(1.0 / symbols)

// invent samples a new word that starts with prefix and has minLen..maxLen
// letters. ok is false when the sample ran past maxLen or came out empty.
func (m *ngramModel) invent(rng *rand.Rand, prefix string, minLen, maxLen int) (string, bool) {
	buf := make([]byte, 0, maxLen+1)
	buf = append(buf, prefix...)
	a, b, c := boundary, boundary, boundary
	for i := 0; i < len(prefix); i++ {
		if prefix[i] < 'a' || prefix[i] > 'z' {
			// A digit in a required word: continue as if a word began here.
			a, b, c = boundary, boundary, boundary
			continue
		}
		a, b, c = b, c, sym(prefix[i])
	}
	var dist [symbols]float64
	for len(buf) <= maxLen {
		total := 0.0
		for d := 0; d < symbols; d++ {
			p := m.prob(a, b, c, d)
			if d == boundary && len(buf) < minLen {
				p = 0
			}
			// p^1.5 sharpens the distribution (a temperature of 2/3), so
			// inventions stay on well-trodden letter paths.
			p *= math.Sqrt(p)
			dist[d] = p
			total += p
		}
		r := rng.Float64() * total
		d := symbols - 1
		for i, p := range dist {
			if r < p {
				d = i
				break
			}
			r -= p
		}
		if d == boundary {
			return string(buf), len(buf) >= minLen
		}
		buf = append(buf, byte('a'+d-1))
		a, b, c = b, c, d
	}
	return "", false
}

// seedNames reads the names out of the seed dataset CSV (header
// description,suggestions,label,category; suggestions a JSON array). Rows
// that do not parse are skipped: the seed only has to teach the model how
// names sound, and one bad row must not stop the product from starting.
func seedNames(data []byte) []string {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	header, err := r.Read()
	if err != nil {
		return nil
	}
	col := -1
	for i, h := range header {
		if strings.EqualFold(strings.TrimSpace(h), "suggestions") {
			col = i
		}
	}
	if col < 0 {
		return nil
	}
	var out []string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				continue
			}
			break
		}
		if col >= len(rec) {
			continue
		}
		var names []string
		if json.Unmarshal([]byte(rec[col]), &names) != nil {
			continue
		}
		for _, n := range names {
			out = append(out, letterRuns(n)...)
		}
	}
	return out
}

// letterRuns lower-cases a name, drops any TLD and returns its runs of
// letters that are long enough to teach the model something.
func letterRuns(name string) []string {
	name = strings.ToLower(name)
	if i := strings.IndexByte(name, '.'); i >= 0 {
		name = name[:i]
	}
	var out []string
	start := -1
	for i := 0; i <= len(name); i++ {
		if i < len(name) && name[i] >= 'a' && name[i] <= 'z' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && i-start >= 3 && i-start <= 24 {
			out = append(out, name[start:i])
		}
		start = -1
	}
	return out
}

// trainingWords picks what the model learns from: the seed names, topped up
// with the lexicon when the seed is missing or too small to be trusted.
func trainingWords(seed []byte, lx *lexicon) []string {
	words := seedNames(seed)
	if len(words) < minSeedNames {
		words = append(words, lx.allWords...)
	}
	sort.Strings(words)
	return dedupe(words)
}

func clamp01(x float64) float64 {
	switch {
	case x < 0 || math.IsNaN(x):
		return 0
	case x > 1:
		return 1
	}
	return x
}
