package namegen

import (
	_ "embed"
	"slices"
	"strings"
)

// wordnetUnitData holds English compound nouns from WordNet 3.1 (Princeton
// University, under the WordNet licence in WORDNET_LICENSE) whose meaning
// is not that of their words read one by one: "chain mail" is armour, not
// post; a "water buffalo" has nothing of water. One line per compound,
// sorted, its words joined by a space, in the format of wordnet.txt
// ("chain mail<TAB>armor|cue cue ... @artifact"); the compound's own words
// are not among its ideas. scripts/wordnet-compounds.py rebuilds it. Looked
// up by binary search on the embedded string, like wordnetData.
//
//go:embed wordnet_units.txt
var wordnetUnitData string

// maxUnitWords is the longest compound looked up ("box end wrench").
const maxUnitWords = 3

// compoundUnits reads the adjacent words of an English description that
// form a WordNet compound noun as one unit, as the hand-written units are
// read (see analyse): the unit joins a.units, its senses' words join the
// associations, and its words are consumed, no longer counted alone. Words
// a hand-written unit took are left alone; a compound whose glued form
// ("icecream") has hand-written ideas is read with those. Only words
// written next to each other in the text make a compound: "the water. Buffalo
// ..." or "water, buffalo" do not. A compound with a word the hand-written
// industries take as a trade ("coffee shop") is read word by word, and
// so is one with a word senses.txt already reads in its other sense ("dust
// jackets" beside "books").
func (lx *lexicon) compoundUnits(text string, toks []token, consumed []bool, a *analysis) {
	if a.lang != "" {
		return
	}
	lower := ""
	for i := 0; i+1 < len(toks); i++ {
		for n := min(maxUnitWords, len(toks)-i); n >= 2; n-- {
			span := toks[i : i+n]
			if !freeSpan(span, consumed[i:i+n], a) {
				continue
			}
			line := compoundLine(span)
			if line == "" || lx.namesTrade(span) || slices.ContainsFunc(span, func(t token) bool { _, ok := a.otherSense[t.key]; return ok }) {
				continue
			}
			if lower == "" {
				lower = strings.ToLower(text)
			}
			if !writtenTogether(lower, span) {
				continue
			}
			lx.addCompound(span, line, toks, a)
			for j := i; j < i+n; j++ {
				consumed[j] = true
			}
			i += n - 1
			break
		}
	}
}

// namesTrade reports whether a word of toks is an unambiguous trigger of
// a hand-written industry ("coffee" in "coffee shop", "farm" in "stud
// farm"): the lexicon already reads the pair word by word, the category
// and the kind (see specified in analyse).
func (lx *lexicon) namesTrade(toks []token) bool {
	for _, t := range toks {
		if len(lx.triggers.get(t.key)) > 0 && !lx.weak.get(t.key) {
			return true
		}
	}
	return false
}

// freeSpan reports whether toks are words no unit or place has taken and
// no proper name: "Gold Coast", "Rift Valley" written with capitals inside
// a sentence name a place, not a wealthy district or a valley.
func freeSpan(toks []token, consumed []bool, a *analysis) bool {
	for j, t := range toks {
		if t.digits || consumed[j] || a.placeTokens[t.key] || t.cap && !t.initial {
			return false
		}
	}
	return true
}

// compoundLine returns the senses of the compound toks spell, the last
// word also singular ("hearing aids"), "" when WordNet has none.
func compoundLine(toks []token) string {
	var b strings.Builder
	for _, t := range toks[:len(toks)-1] {
		b.WriteString(t.text)
		b.WriteByte(' ')
	}
	prefix := b.String()
	last := toks[len(toks)-1]
	for _, form := range singulars(last.text) {
		if line := sortedLine(wordnetUnitData, prefix+form); line != "" {
			return line
		}
	}
	return ""
}

// singulars are the forms of a word a lemma may have: itself, then its
// singular if it looks plural ("aids", "ponies", "glasses").
func singulars(w string) []string {
	out := []string{w}
	if strings.HasSuffix(w, "ies") && len(w) > 4 {
		out = append(out, w[:len(w)-3]+"y")
	}
	if strings.HasSuffix(w, "es") && len(w) > 3 {
		out = append(out, w[:len(w)-2])
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3 {
		out = append(out, w[:len(w)-1])
	}
	return out
}

// writtenTogether reports whether the words of toks follow each other in
// lower (the description, lower-case) with only spaces or hyphens between
// them: a sentence or clause boundary, or a grammar word, splits them.
func writtenTogether(lower string, toks []token) bool {
	first := toks[0].text
	for from := 0; ; {
		i := strings.Index(lower[from:], first)
		if i < 0 {
			return false
		}
		i += from
		from = i + 1
		if i > 0 && isASCIILetter(lower[i-1]) {
			continue
		}
		j := i + len(first)
		ok := true
		for _, t := range toks[1:] {
			k := j
			for k < len(lower) && (lower[k] == ' ' || lower[k] == '-') {
				k++
			}
			if k == j || !strings.HasPrefix(lower[k:], t.text) {
				ok = false
				break
			}
			j = k + len(t.text)
		}
		if ok && (j == len(lower) || !isASCIILetter(lower[j])) {
			return true
		}
	}
}

// addCompound records the compound toks spell, with its senses line, as a
// unit of a and its ideas as associations.
func (lx *lexicon) addCompound(toks []token, line string, all []token, a *analysis) {
	var key, glued strings.Builder
	w := 0.0
	for _, t := range toks {
		key.WriteString(t.key)
		glued.WriteString(lx.readable(t.text))
		w = max(w, t.salience)
	}
	k, word := key.String(), glued.String()
	if _, ok := a.roles[k]; !ok {
		a.roles[k] = toks[0].role
	}
	last := toks[len(toks)-1]
	if len(a.units) < 3 {
		if len(word) <= maxKeywordLen+1 && hasVowel(word) {
			a.units = append(a.units, concept{word: word, key: k, weight: w, kind: kindKeyword, src: k})
		} else if head := lx.readable(last.text); !lx.nonPart.get(last.text) && !lx.nonPart.get(last.key) && len(head) >= minKeywordLen && len(head) <= maxKeywordLen && hasVowel(head) {
			a.units = append(a.units, concept{word: head, key: last.key, weight: w * 0.9, kind: kindKeyword, src: k})
		}
	}
	if hand := lx.assocFor(lx.matchKey(word), ""); hand != nil {
		// Written by hand under its glued form ("icecream"): those ideas.
		a.addAssocs(lx, hand, w, k, false)
		return
	}
	ideas := lx.compoundIdeas(parseSenses(line), all)
	n := len(a.assocs)
	a.addAssocs(lx, ideas, w*wordnetFactor, k, false)
	for j := n; j < len(a.assocs); j++ {
		a.assocs[j].wordnet = true
	}
}

// compoundIdeas returns the words of the compound's sense the description
// points to: the first (most frequent) unless another has more of its
// words or cues among the description's words, through senseIdeas.
func (lx *lexicon) compoundIdeas(senses []wordnetSense, toks []token) []string {
	best, bestHits := 0, 0
	for i, s := range senses {
		hits := 0
		for _, list := range [][]string{s.words, s.cues} {
			for _, w := range list {
				k := lx.matchKey(w)
				for _, t := range toks {
					if t.key == k {
						hits++
						break
					}
				}
			}
		}
		if hits > bestHits {
			best, bestHits = i, hits
		}
	}
	if best >= len(senses) {
		return nil
	}
	return lx.senseIdeas(senses[best])
}
