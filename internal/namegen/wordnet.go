package namegen

import (
	_ "embed"
	"strings"
)

// wordnetData holds associations derived from WordNet 3.1 (Princeton
// University, under the WordNet licence in WORDNET_LICENSE) for the common
// English nouns and verbs: one line per lemma, sorted, "lemma<TAB>sense
// <TAB>sense..." where a sense is "word word ...|cue cue ...". The words
// are what a name can carry for that sense (synonyms, the nouns of its
// definition, its parts and kinds, its broader term), the cues what else
// a description may say when it means that sense. scripts/wordnet-assoc.py
// rebuilds it. It is looked up by binary search on the embedded string, so
// a process builds nothing from it.
//
//go:embed wordnet.txt
var wordnetData string

// wordnetLine returns the senses of lemma, "" when WordNet has none.
func wordnetLine(lemma string) string {
	return sortedLine(wordnetData, lemma)
}

// sortedLine returns the rest of the line of data, a text of sorted
// "key<TAB>rest" lines, whose key is lemma; "" when there is none.
func sortedLine(data, lemma string) string {
	lo, hi := 0, len(data)
	for lo < hi {
		mid := lo + (hi-lo)/2
		// The line that holds mid.
		start := strings.LastIndexByte(data[:mid], '\n') + 1
		end := strings.IndexByte(data[start:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += start
		}
		line := data[start:end]
		tab := strings.IndexByte(line, '\t')
		if tab < 0 {
			return ""
		}
		switch c := strings.Compare(lemma, line[:tab]); {
		case c == 0:
			return line[tab+1:]
		case c < 0:
			hi = start
		default:
			lo = end + 1
		}
	}
	return ""
}

// wordnetSense is one sense of a WordNet lemma.
type wordnetSense struct {
	words, cues []string
}

// wordnetSenses parses the senses of lemma, most frequent first.
func wordnetSenses(lemma string) []wordnetSense {
	return parseSenses(wordnetLine(lemma))
}

// parseSenses parses a line's senses: "word word|cue cue<TAB>...".
func parseSenses(line string) []wordnetSense {
	if line == "" {
		return nil
	}
	var out []wordnetSense
	for s := range strings.SplitSeq(line, "\t") {
		words, cues, _ := strings.Cut(s, "|")
		out = append(out, wordnetSense{strings.Fields(words), strings.Fields(cues)})
	}
	return out
}

// senseDomain is the broad domain of one unparsed sense of a line (a
// tab-separated field, "word word|cue cue"): its last cue when that is a
// domain ("@food"), else "". It reads the field in place, for look-ups
// that run on every salient word.
func senseDomain(sense string) string {
	if d := sense[strings.LastIndexAny(sense, " |")+1:]; strings.HasPrefix(d, "@") {
		return d
	}
	return ""
}

// domain is the sense's broad domain, its last cue ("@food"), or "".
func (s wordnetSense) domain() string {
	if n := len(s.cues); n > 0 && strings.HasPrefix(s.cues[n-1], "@") {
		return s.cues[n-1]
	}
	return ""
}
