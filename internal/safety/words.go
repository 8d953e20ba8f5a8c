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
// no init work, no maps to build. The keys are one string constant each for
// words and phrases, located by offsets, and the records hold no pointers:
// a table of string headers was 1.2 MB of pointers in .data, whose GC
// bitmap every process built at start.

// lexWordKey returns lexicon word i.
func lexWordKey(i int) string { return lexWordKeys[lexWordAt[i] : lexWordAt[i+1]-1] }

// lexPhraseKey returns lexicon phrase i.
func lexPhraseKey(i int) string { return lexPhraseKeys[lexPhraseAt[i] : lexPhraseAt[i+1]-1] }

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
		if lexWordKey(int(i)-1) == w {
			return &lexWordInfo[i-1]
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
		if lexPhraseKey(int(i)-1) == string(key) {
			return lexPhraseInfo[i-1], true
		}
	}
}

// known reports whether w is a lexicon word.
func known(w string) bool { return lookupWord(w) != nil }
