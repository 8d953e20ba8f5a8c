package safety

import "strings"

// wordInfo is everything the matcher needs to know about one word, so each
// token costs a single map lookup.
type wordInfo struct {
	mask      set // concepts of the word on its own
	phraseMax int // longest lexicon phrase starting with the word, in words
	flags     wordFlag
}

type wordFlag uint16

// Words the matcher inspects by role rather than by concept.
const (
	fNegator        wordFlag = 1 << iota // cancels a following verb or red flag
	fConjunction                         // joins two things: "beer and games for kids"
	fFiller                              // may stand between a verb and the person sold
	fTail                                // may follow a person sold as merchandise
	fRole                                // "system", "assistant" ... when written as a role marker
	fOverride                            // "ignore", "disregard" ...
	fOverrideObject                      // "instructions", "rules" ...
	fAgeUnit                             // "yo", "years" after an age
	fLinker                              // "of", "featuring": ties a subject to what precedes
	fAudiencePrep                        // "to", "for", "at": whom something is aimed at
	fSchoolWord                          // "middle", "school": may describe that audience
)

var flagWords = []struct {
	flag  wordFlag
	words string
}{
	{fNegator, `no not never dont doesnt didnt wont cannot cant nobody neither nor isnt arent
		wasnt werent refuse refuses zero`},
	// Also words that attach a second item: "a casino with a water park for kids".
	{fConjunction, `and or but plus also while whereas nor either as well with including
		alongside beside besides next`},
	// "buy a young wife"
	{fFiller, `a an the young little underage teen teenage virgin fresh foreign real live your
		our some any more cheap new`},
	// "sell girls online"; any other word after the person (usually a noun,
	// "sell girls dresses") means the person word only describes a product.
	{fTail, `for to from online in at across into as who that abroad overseas here now today
		fast cheap discreetly worldwide by through via`},
	{fRole, `system assistant developer instruction instructions`},
	{fOverride, `ignore ignoring disregard forget override overriding bypass`},
	{fOverrideObject, `instructions instruction rules prompt prompts guidelines guardrail
		guardrails policy policies filter filters safety above everything directives`},
	{fAgeUnit, `yo yr yrs year years y`},
	{fLinker, `of featuring involving depicting showing starring with`},
	{fAudiencePrep, `to for at towards`},
	{fSchoolWord, `middle high elementary primary secondary junior school young little your our
		the local`},
}

// Compiled lexicon, built once at package initialisation and read-only after.
var (
	// words maps every word of the lexicon (and of flagWords) to its record.
	// Leetspeak folding and segmentation accept only readings found here.
	words map[string]*wordInfo
	// phrases maps a space-joined phrase of two or more words to its concepts.
	phrases map[string]set
	// prefixes holds every proper multi-word prefix of a phrase, so phrase
	// matching stops as soon as the words read so far start no phrase.
	prefixes map[string]bool
	// maxWordLen is the longest word, bounding segmentation.
	maxWordLen int
)

func init() {
	words = map[string]*wordInfo{}
	phrases = map[string]set{}
	prefixes = map[string]bool{}
	for _, e := range lexicon {
		for _, term := range strings.Split(e.terms, ",") {
			fields := strings.Fields(term)
			if len(fields) == 0 {
				continue
			}
			for _, phrase := range expand(fields) {
				for _, w := range phrase {
					word(w)
				}
				first := word(phrase[0])
				if len(phrase) == 1 {
					first.mask = first.mask.or(e.concepts)
					continue
				}
				key := strings.Join(phrase, " ")
				phrases[key] = phrases[key].or(e.concepts)
				first.phraseMax = max(first.phraseMax, len(phrase))
				for k := 2; k < len(phrase); k++ {
					prefixes[strings.Join(phrase[:k], " ")] = true
				}
			}
		}
	}
	for _, fw := range flagWords {
		for _, w := range strings.Fields(fw.words) {
			word(w).flags |= fw.flag
		}
	}
}

// word returns the record for w, creating it.
func word(w string) *wordInfo {
	if wi, ok := words[w]; ok {
		return wi
	}
	wi := &wordInfo{}
	words[w] = wi
	maxWordLen = max(maxWordLen, len(w))
	return wi
}

// known reports whether w is a lexicon word.
func known(w string) bool { return words[w] != nil }

// expand returns every combination of the inflections of words that end in
// '+' ("kill+ police" → "kill police", "kills police", "killing police" ...).
func expand(fields []string) [][]string {
	out := [][]string{nil}
	for _, w := range fields {
		forms := []string{w}
		// "21+" is a literal age gate, not an inflected "21".
		if stem, ok := strings.CutSuffix(w, "+"); ok && !isDigit(stem[len(stem)-1]) {
			forms = inflect(stem)
		}
		next := make([][]string, 0, len(out)*len(forms))
		for _, prefix := range out {
			for _, f := range forms {
				next = append(next, append(append([]string(nil), prefix...), f))
			}
		}
		out = next
	}
	return out
}
