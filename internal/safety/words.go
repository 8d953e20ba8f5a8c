package safety

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

// The compiled lexicon lives in lexicon_tables.go, generated from the source
// tables (lexicon_test.go, flagWords in lexgen_test.go) by go generate. It is
// static data, hash tables included, so a process pays nothing to load it:
// no init work, no maps to build.
type lexWord struct {
	w    string
	info wordInfo
}

type lexPhrase struct {
	key  string
	info phraseInfo
}

// phraseInfo describes a space-joined sequence of two or more words: its
// concepts when it is a lexicon phrase (full), and whether it starts a longer
// phrase (prefix), so phrase matching stops as soon as no phrase can follow.
type phraseInfo struct {
	mask         set
	full, prefix bool
}

// lexHash is 32-bit FNV-1a; the generator places every key in its table's
// slots with the same function (open addressing, linear probing, load ≤ 1/2).
func lexHash[S string | []byte](s S) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

// lookupWord returns the record of a lexicon word, or nil.
func lookupWord(w string) *wordInfo {
	const mask = uint32(len(lexWordSlots) - 1)
	for h := lexHash(w) & mask; ; h = (h + 1) & mask {
		i := lexWordSlots[h]
		if i == 0 {
			return nil
		}
		if lexWords[i-1].w == w {
			return &lexWords[i-1].info
		}
	}
}

// lookupPhrase returns what the lexicon knows about a space-joined key.
func lookupPhrase(key []byte) (phraseInfo, bool) {
	const mask = uint32(len(lexPhraseSlots) - 1)
	for h := lexHash(key) & mask; ; h = (h + 1) & mask {
		i := lexPhraseSlots[h]
		if i == 0 {
			return phraseInfo{}, false
		}
		if lexPhrases[i-1].key == string(key) {
			return lexPhrases[i-1].info, true
		}
	}
}

// known reports whether w is a lexicon word.
func known(w string) bool { return lookupWord(w) != nil }
