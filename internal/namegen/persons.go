package namegen

import "strings"

// personFactor scales the ideas of a word for a person (see personWord)
// that is not the offer, or that the writer says of themselves: the
// engineer, vet or lineman a description names is most often who runs the
// business ("we're four retired engineers who repair hospital equipment"),
// who it serves or who joins it, and that person's tools ("gear", "wire",
// "sister") say nothing of what it offers. On batches 12-18 main's judged
// names built on such an idea scored relevance 2.08 beside a description
// word (53 names, against 2.76 for the other ideas' 1,202) and 1.94 beside
// another idea (31, against 2.32): 1.95 when the writer was the person,
// 1.59 for a client or member, 2.50 when the person was the offer ("Mobile
// optician", "Luthier workshop"), which keeps its weight. At 0.85 the
// judged names of batches 1-18 that leave the seed-1 lists scored 2.21
// (118 names), those that come 2.74 (46); 0.8 and 0.9 did less well.
const personFactor = 0.85

// afterSelf reports whether a sentence of the description says key after
// "I" or "we": "I'm a vet in Portland", "we're four retired engineers".
func (r *reading) afterSelf(key string) bool {
	for _, cs := range r.clauses {
		self := false
		for _, c := range cs {
			for _, w := range c.words {
				switch {
				case w.lower == "i" || w.lower == "we":
					self = true
				case self && w.ok && w.tok.key == key:
					return true
				}
			}
		}
	}
	return false
}

// personWord reports an English word for a person: WordNet's first sense
// of it is a person and it is formed like one ("-er", "-or", "-ist",
// "-ian", "-man"...). The ending matters: wordnet.txt keeps no animal,
// food or substance senses, so "dog", "honey" and "pig" would otherwise
// read as people. "copper" (WordNet's first sense is a policeman) still
// does; as the offer ("copper pans") it keeps its weight.
func personWord(w string) bool {
	if !hasAnySuffix(w, "er", "or", "ist", "ian", "eer", "man", "ant", "ent", "wife") {
		return false
	}
	// Read off the line, not parsed: this runs for every salient word.
	i := 0
	for sense := range strings.SplitSeq(wordnetLine(w), "\t") {
		switch d := senseDomain(sense); {
		case i == 0 && d != "@person":
			return false
		case d == "@animal", d == "@artifact", d == "@object", d == "@food", d == "@plant", d == "@substance":
			// A thing too ("monitor", "trailer"): the description
			// may mean that.
			return false
		}
		i++
	}
	return true
}
