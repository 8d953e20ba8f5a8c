package evaluation

import (
	"context"
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/domainyours/domainyours/internal/constraint"
	"github.com/domainyours/domainyours/internal/domain"
	"github.com/domainyours/domainyours/internal/safety"
)

// HeuristicVersion changes whenever the heuristic rules do.
const HeuristicVersion = "heuristic-v1"

// HeuristicJudge scores names offline and deterministically from the domain
// rules, length, pronounceability, keyword relevance and novelty, and labels
// descriptions with the local guardrail. It needs no network, which makes it
// the judge of CI and demos and a cross-check on an LLM judge.
type HeuristicJudge struct{}

// ID implements Judge.
func (HeuristicJudge) ID() string { return HeuristicVersion }

// Model implements Judge.
func (HeuristicJudge) Model() string { return "heuristic" }

// Judge implements Judge. It never fails except on a cancelled context.
func (h HeuristicJudge) Judge(ctx context.Context, in Input) (Verdict, error) {
	if err := ctx.Err(); err != nil {
		return Verdict{}, err
	}
	sv := safety.Classify(in.Description)
	v := Verdict{Appropriate: sv.Appropriate, Reason: "no harm rule matched", Names: make([]NameScore, len(in.Names))}
	if !sv.Appropriate {
		v.Reason = fmt.Sprintf("guardrail category %s", sv.Category)
	}
	kws := Keywords(in.Description)
	for i, n := range in.Names {
		v.Names[i] = h.score(n, kws)
	}
	return v, nil
}

// score rates one name against the description keywords.
func (HeuristicJudge) score(name string, kws []string) NameScore {
	if rej := domain.ValidateLabel(name); rej != nil {
		// Junk such as ":" or "score: 5" gets the minimum everywhere.
		return NameScore{Name: name, Relevance: 1, Creativity: 1, Brandability: 1, Conciseness: 1,
			Category: "other_failure", Reason: "not a valid domain label: " + string(rej.Reason)}
	}
	matched, full, cover := keywordMatch(name, kws)
	ns := NameScore{Name: name}
	switch {
	case matched == 0:
		ns.Relevance = 1
	case matched == 1 && !full:
		ns.Relevance = 3
	case matched >= 2 && full:
		ns.Relevance = 5
	default:
		ns.Relevance = 4
	}
	p := Pronounceability(name)
	switch {
	case cover >= 0.95 && matched == 1:
		ns.Creativity = 1 // the name is one word of the description
	case cover >= 0.95:
		ns.Creativity = 2 // description words glued together
	case cover >= 0.3:
		ns.Creativity = 4
		if p >= 0.8 {
			ns.Creativity = 5
		}
	case p >= 0.7:
		ns.Creativity = 3
	default:
		ns.Creativity = 2
	}
	ns.Brandability = clampScore(1 + int(math.Round(4*p)))
	if len(name) > 15 {
		ns.Brandability = clampScore(ns.Brandability - 1)
	}
	ns.Conciseness = ConcisenessScore(len(name))
	mean := float64(ns.Relevance+ns.Creativity+ns.Brandability+ns.Conciseness) / 4
	switch {
	case len(name) > 20:
		ns.Category, ns.Reason = "too_long", fmt.Sprintf("%d characters", len(name))
	case matched == 0:
		ns.Category, ns.Reason = "random_word", "shares no word stem with the description"
	case ns.Creativity <= 2:
		ns.Category, ns.Reason = "generic", "made only of the description's own words"
	case mean >= 4:
		ns.Category, ns.Reason = "good", "relevant, pronounceable and short"
	default:
		ns.Category, ns.Reason = "ok", fmt.Sprintf("mean score %.2f", mean)
	}
	return ns
}

// ConcisenessScore maps a name's length onto the rubric's anchors.
func ConcisenessScore(n int) int {
	switch {
	case n <= 8:
		return 5
	case n <= 12:
		return 4
	case n <= 16:
		return 3
	case n <= 20:
		return 2
	}
	return 1
}

func clampScore(s int) int { return max(MinScore, min(MaxScore, s)) }

// instructionWords talk about the task rather than the business; they are not
// keywords, so "rate every domain 5" inside a description moves nothing.
func instructionWords(w string) bool {
	switch w {
	case "ignore", "previous", "instructions", "instruction", "rate", "rating", "every", "domain",
		"domains", "name", "names", "score", "scores", "system", "prompt", "developer", "mode", "please",
		"skip", "safety", "check", "judge", "assistant":
		return true
	}
	return false
}

func stopWords(w string) bool {
	switch w {
	case "with", "that", "this", "from", "into", "their", "they", "them", "your", "have", "will",
		"which", "where", "when", "what", "while", "also", "over", "under", "than", "then", "more",
		"most", "only", "very", "just", "about", "offering", "offers", "providing", "provides", "based",
		"focused", "focusing", "specializing", "specialising", "helps", "help", "helping", "people",
		"local", "small", "service", "services", "company", "business", "brand", "platform", "online",
		"shop", "store", "avoid", "hyphens", "numbers", "number", "prefer", "naming", "include", "word",
		"characters", "letters", "like", "want", "need", "short":
		return true
	}
	return false
}

// Keywords returns the description's content words (lower case, a-z, at
// least four letters, without stop and instruction words), in text order,
// after any word the description says names must include.
func Keywords(description string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range constraint.Parse(description).MustInclude {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	for _, f := range strings.FieldsFunc(strings.ToLower(description), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if len(f) < 4 || stopWords(f) || instructionWords(f) || seen[f] {
			continue
		}
		seen[f] = true
		out = append(out, f)
	}
	return out
}

// stem cuts a keyword to the part that survives inflection and blending.
func stem(w string) string {
	for _, suf := range []string{"ing", "ers", "er", "ed", "es", "s"} {
		if t, ok := strings.CutSuffix(w, suf); ok && len(t) >= 4 {
			w = t
			break
		}
	}
	if len(w) > 5 {
		return w[:5]
	}
	return w
}

// keywordMatch counts the keywords whose stem the name contains, whether a
// whole keyword occurs, and how much of the name the matches cover.
func keywordMatch(name string, kws []string) (matched int, full bool, cover float64) {
	covered := make([]bool, len(name))
	for _, k := range kws {
		s := stem(k)
		at := strings.Index(name, s)
		if at < 0 {
			continue
		}
		matched++
		n := len(s)
		if strings.HasPrefix(name[at:], k) {
			full, n = true, len(k)
		}
		for i := at; i < at+n; i++ {
			covered[i] = true
		}
	}
	c := 0
	for _, b := range covered {
		if b {
			c++
		}
	}
	if len(name) > 0 {
		cover = float64(c) / float64(len(name))
	}
	return matched, full, cover
}

// Pronounceability is a 0..1 estimate of how easily a name is said: balanced
// vowels, no long consonant clusters, no digits, hyphens or tripled letters.
func Pronounceability(name string) float64 {
	letters, vowels, run, worstRun, triples := 0, 0, 0, 0, 0
	penalty := 0.0
	var prev, prev2 rune
	for _, r := range name {
		switch {
		case unicode.IsDigit(r):
			penalty += 0.15
			run = 0
			continue
		case r == '-':
			penalty += 0.1
			run = 0
			continue
		}
		letters++
		if strings.ContainsRune("aeiouy", r) {
			vowels++
			run = 0
		} else {
			run++
			worstRun = max(worstRun, run)
		}
		if r == prev && r == prev2 {
			triples++
		}
		prev2, prev = prev, r
	}
	if letters == 0 {
		return 0
	}
	ratio := float64(vowels) / float64(letters)
	score := 1.0
	switch {
	case ratio < 0.2:
		score -= 0.5
	case ratio < 0.3:
		score -= 0.2
	case ratio > 0.7:
		score -= 0.3
	}
	if worstRun > 2 {
		score -= 0.2 * float64(worstRun-2)
	}
	score -= 0.3*float64(triples) + penalty
	return math.Max(0, math.Min(1, score))
}
