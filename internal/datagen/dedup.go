package datagen

import (
	"hash/fnv"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Near-duplicate descriptions.
//
// Two descriptions are near-duplicates when the Jaccard similarity of their
// character 5-gram shingles (after lower-casing, dropping accents and
// punctuation and collapsing spaces) is at least NearDupThreshold. At 0.6,
// "Family bakery in Lyon baking sourdough" and "Family bakery in Paris baking
// sourdough" are duplicates (the LLM swapped one word), while two different
// bakeries described in their own words are not (typically 0.2-0.4).
//
// Candidates are found with MinHash locality-sensitive hashing, 21 bands of 3
// hashes: a pair at similarity 0.6 becomes a candidate with probability
// 1-(1-0.6³)²¹ ≈ 99.4% (higher above it), and every candidate is confirmed
// with the exact Jaccard similarity, so nothing below the threshold is ever
// removed.
const (
	NearDupThreshold = 0.6
	shingleSize      = 5
	bands            = 21
	bandRows         = 3
)

// normalizeText lower-cases s, strips accents and replaces everything that
// is not a letter or digit with single spaces.
func normalizeText(s string) string {
	var b strings.Builder
	space := true
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimSpace(b.String())
}

// shingles returns the sorted, unique hashes of the character 5-grams of s.
func shingles(s string) []uint64 {
	rs := []rune(normalizeText(s))
	if len(rs) == 0 {
		return nil
	}
	n := max(1, len(rs)-shingleSize+1)
	out := make([]uint64, 0, n)
	for i := range n {
		h := fnv.New64a()
		h.Write([]byte(string(rs[i:min(len(rs), i+shingleSize)])))
		out = append(out, h.Sum64())
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// jaccard is |a∩b| / |a∪b| of two sorted unique sets.
func jaccard(a, b []uint64) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	i, j, inter := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// nearIndex finds near-duplicate descriptions among those added so far.
type nearIndex struct {
	sets    [][]uint64
	texts   []string
	buckets map[uint64][]int
}

func newNearIndex() *nearIndex { return &nearIndex{buckets: map[uint64][]int{}} }

func bandKeys(set []uint64) []uint64 {
	var sig [bands * bandRows]uint64
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	for _, x := range set {
		for i := range sig {
			if h := splitmix(x ^ uint64(i)*0x9e3779b97f4a7c15); h < sig[i] {
				sig[i] = h
			}
		}
	}
	keys := make([]uint64, bands)
	for b := range bands {
		k := splitmix(uint64(b) + 1)
		for r := range bandRows {
			k = splitmix(k ^ sig[b*bandRows+r])
		}
		keys[b] = k
	}
	return keys
}

// nearest returns the most similar indexed text at or above the threshold,
// its similarity and whether there was one.
func (ix *nearIndex) nearest(text string) (match string, sim float64, ok bool) {
	set := shingles(text)
	seen := map[int]bool{}
	for _, k := range bandKeys(set) {
		for _, id := range ix.buckets[k] {
			if seen[id] {
				continue
			}
			seen[id] = true
			if s := jaccard(set, ix.sets[id]); s >= NearDupThreshold && s > sim {
				match, sim, ok = ix.texts[id], s, true
			}
		}
	}
	return match, sim, ok
}

func (ix *nearIndex) add(text string) {
	set := shingles(text)
	id := len(ix.sets)
	ix.sets = append(ix.sets, set)
	ix.texts = append(ix.texts, text)
	for _, k := range bandKeys(set) {
		ix.buckets[k] = append(ix.buckets[k], id)
	}
}

// Similarity is the Jaccard similarity of two descriptions' shingles, exact.
func Similarity(a, b string) float64 { return jaccard(shingles(a), shingles(b)) }
