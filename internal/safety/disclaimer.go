package safety

import "slices"

// A founder who fears the guardrail says so: "I know it sounds like arson as
// a service" (a maker of live-fire training houses for fire services), "the
// name shouldn't sound like an arms dealer" (a maker of stage props). What
// follows "sounds like" is what the business is not, yet its words are the
// lexicon's strongest ("arson" with "as a service", "arms dealer"), and the
// rules refused both descriptions of a blind naming batch. A rule match
// made only of words inside such a disclaimer does not refuse; one tag of
// the match outside it (a real "service", a real "no background check")
// keeps the rule's say. The learned stage's features do not change: the
// tags keep their concepts, only the rules' matching reads the mark.

// likeVerbs are the verbs of a likeness ("it sounds like"), each with the
// words that may follow it to open the disclaimed phrase.
var likeVerbs = map[string][]string{
	"sound": {"like"}, "sounds": {"like"}, "sounded": {"like"}, "sounding": {"like"},
	"klingt": {"nach", "wie"}, "klingen": {"nach", "wie"}, "suena": {"a", "como"}, "suenan": {"a", "como"},
	"soa": {"como"}, "soam": {"como"}, "suona": {"come"}, "suonano": {"come"}, "sonne": {"comme"},
	"ressemble": {"a"}, "ressemblent": {"a"}, //nolint:misspell // French
}

// disclaimerStops end a disclaimed phrase: a conjunction or a subject
// starts what the business does ("it sounds like a joke but we sell ...").
var disclaimerStops = []string{"and", "or", "but", "yet", "though", "although", "because", "while", "whereas",
	"so", "then", "we", "i", "you", "they", "et", "ou", "mais", "nous", "y", "o", "pero", "nosotros", "und",
	"oder", "aber", "wir", "e", "ma", "noi", "mas", "nos"}

// disclaimerWords is how many words after the likeness a disclaimed phrase
// may run: a noun phrase ("an arms dealer", "arson as a service").
const disclaimerWords = 6

// markLikened marks the tags inside a disclaimer (tag.likened). A selling
// or making word is a deed even there, and text addressed to a model never
// disclaims anything (it can never supply an exception).
func (a *analysis) markLikened() {
	toks := a.toks
	a.liked = slices.Grow(a.liked[:0], len(toks))[:len(toks)]
	clear(a.liked)
	for i := 0; i+1 < len(toks); i++ {
		start := disclaimerStart(toks, i)
		if start < 0 || a.masked[i] || a.activityBefore(i) {
			continue
		}
		end := start
		for end < len(toks) && end < start+disclaimerWords && toks[end].clause == toks[i].clause &&
			!slices.Contains(disclaimerStops, toks[end].text) {
			a.liked[end] = true
			end++
		}
		for k := range a.tags {
			tg := &a.tags[k]
			if tg.pos >= start && tg.end < end && !tg.mask.any(of(cSell, cSellStrict, cMake)) {
				tg.likened = true
			}
		}
	}
}

// disclaimerStart is the first token of the phrase a disclaimer opening at
// token i disclaims, or -1: "sounds like", "klingt nach", "not actually a".
func disclaimerStart(toks []token, i int) int {
	next := toks[i+1]
	if next.clause != toks[i].clause {
		return -1
	}
	if follow, ok := likeVerbs[toks[i].text]; ok && slices.Contains(follow, next.text) {
		return i + 2
	}
	// "we're not actually an arms dealer": a noun phrase, not a deed ("we
	// don't actually check ID" disclaims nothing).
	if next.text == "actually" && (toks[i].has(fNegator) || toks[i].text == "t") && i+2 < len(toks) &&
		slices.Contains([]string{"a", "an", "the"}, toks[i+2].text) {
		return i + 2
	}
	return -1
}

// activityBefore reports a selling, making or service word earlier in token
// i's clause: "we make it sound like an accident" is a deception, not a
// disclaimer.
func (a *analysis) activityBefore(i int) bool {
	for k := range a.tags {
		tg := &a.tags[k]
		if tg.pos < i && tg.clause == a.toks[i].clause && tg.sentence == a.toks[i].sentence &&
			tg.mask.any(of(cSell, cSellStrict, cMake, cService, cPromote)) {
			return true
		}
	}
	return false
}

// A fire service's training is the lawful purpose of fires set on purpose:
// live-fire training houses that "fire services set alight on purpose, again
// and again, so recruits can practise", controlled burns for firefighter
// training. The lexicon reads "arson", "set fire to" beside a service word
// as arson for hire; where the same sentence names fire fighters and their
// training, the violent-act rule does not refuse. Both must be there: a fire
// brigade alone ("the fire brigade never finds out") explains nothing.
var fireServices = [][]string{
	{"firefighter"}, {"firefighters"}, {"firefighting"}, {"fire", "fighters"}, {"fire", "fighting"},
	{"fire", "service"}, {"fire", "services"}, {"fire", "brigade"}, {"fire", "brigades"}, {"fire", "crews"},
	{"fire", "and", "rescue"}, {"fire", "academy"}, {"fire", "academies"}, {"fire", "department"}, {"fire", "departments"},
	{"feuerwehr"}, {"feuerwehren"}, {"feuerwehrleute"}, {"pompiers"}, {"sapeurs", "pompiers"}, {"bomberos"}, //nolint:misspell // Spanish
	{"bombeiros"}, {"vigili", "del", "fuoco"},
}

var fireTraining = [][]string{
	{"training"}, {"train"}, {"trains"}, {"recruits"}, {"drills"}, {"drill"}, {"practise"}, {"practice"},
	{"exercises"}, {"formation"}, {"entrenamiento"}, {"formacion"}, {"ausbildung"}, {"ubung"}, {"ubungen"},
	{"addestramento"}, {"formazione"}, {"esercitazioni"}, {"treinamento"}, {"formacao"},
}

// fireTrainingNear reports fire fighters and their training named in the
// sentence of token i (outside text addressed to a model).
func (a *analysis) fireTrainingNear(i int) bool {
	s := a.toks[i].sentence
	named := func(list [][]string) bool {
		for j := range a.toks {
			if a.toks[j].sentence == s && !a.masked[j] && seqAt(a.toks, j, list) > 0 {
				return true
			}
		}
		return false
	}
	return named(fireServices) && named(fireTraining)
}
