package namegen

// Long founder paragraphs often open with the story, not the offer: "My
// uncle dug the first ponds behind his house in Ibadan twenty years ago",
// "People walk in expecting bouquets, but we're not a florist", "I spent
// fifteen years as a ship's engineer". The offer comes later, said the way
// a founder states a trade: "We farm and smoke catfish", "My partner and I
// grow about four acres of lavender", "So what we sell is first-aid kits",
// "I'm a gunsmith's daughter ... my actual business is neither: I rent out
// heavy gun safes". tokenise reads the first sentence as the offer's, so
// the story's words (walk, uncle, engineer) led these lists and the offer
// came eleventh or never.
// Read so, 25 of the 216 long descriptions of batches 11-20 change (3 to 8
// a batch, and one of 49 words split at spaces); the judged names they
// lose scored 1.34 for relevance (76 names: oregonwalk 0, stridestep 0,
// sitcame 0, actualnest 0, primario 0, hurthand 0) against about 2.4 for
// every judged name, and the 4 judged names they gain 2.25.

// storyMinWords is the length (in the reading's words, which split "we're"
// and "hand-made") from which a description is a founder's paragraph rather
// than a sentence or two about the offer: shorter descriptions state the
// offer first and are read as before.
const storyMinWords = 50

// storyOffer is the sentence of a long English description that states
// its offer when the first sentence (after greetings and chatter) tells a
// story instead, or -1. The first sentence states the offer when a
// writer's subject is followed by a present verb ("I mine and cut opal",
// "we haul fuel") or names what the writer is ("I'm a drum maker", "we're
// a wayang kulit troupe"), or when it names no writer at all as a subject
// ("Our foundry has been pouring cast iron"): only a first sentence of the
// writer's past ("I worked twenty years as a ship's cook"), denial ("we're
// not a florist", "This isn't a restaurant") or scene ("People walk in
// expecting bouquets") gives way. The later sentence must state a trade
// with its object (see tradeStatement): "we sell to chefs" or "I sell
// through Instagram" says where, not what.
//
// obj is the index, among the offer sentence's words, of the first word of
// what it states: the subject and verb before it ("my partner and I grow
// about", "we design and print") are read as detail, so the object leads
// ("lavender", "yearbooks").
func (lx *lexicon) storyOffer(r *reading, chatty []bool) (si, obj int) {
	if len(r.words) <= storyMinWords {
		return -1, 0
	}
	first := firstStatement(r, chatty)
	if first < 0 {
		return -1, 0
	}
	ws := sentenceWordList(r.clauses[first])
	if !storySentence(lx, ws) {
		return -1, 0
	}
	for si := first + 1; si < len(r.sentences); si++ {
		if chatty[si] || aboutTheName(r.sentences[si]) {
			continue
		}
		if obj, ok := lx.tradeStatement(sentenceWordList(r.clauses[si])); ok {
			return si, obj
		}
	}
	return -1, 0
}

// firstStatement is the first sentence that is no chatter and has a
// content word, or -1: the one a story opens with (see storyOffer,
// storyHeritage).
func firstStatement(r *reading, chatty []bool) int {
	for si := range r.sentences {
		if !chatty[si] && sentenceWords(r.clauses[si]) > 0 {
			return si
		}
	}
	return -1
}

// sentenceWords counts the content words of a sentence's clauses.
func sentenceWords(clauses []clause) int {
	n := 0
	for _, c := range clauses {
		for _, w := range c.words {
			if w.ok {
				n++
			}
		}
	}
	return n
}

// sentenceWordList is a sentence's words in order, across its clauses.
func sentenceWordList(clauses []clause) []string {
	var out []string
	for _, c := range clauses {
		for _, w := range c.words {
			out = append(out, w.lower)
		}
	}
	return out
}

// storySentence reports a first sentence that tells the writer's story
// rather than the offer. With a first-person subject ("I", "we", "my
// partner and I"): when none is followed by a present verb or by what the
// writer is now (see presentSelf) and it opens no business ("to open a
// bakery"): "People walk in expecting bouquets, but we're not a florist",
// "I was a sound engineer", "My uncle dug the first ponds ... and I took
// over". Without one, the sentence is about the business already ("Our
// foundry has been pouring cast iron", "Kendo is Japanese fencing") unless
// it denies it ("This isn't a restaurant") or tells others' past ("My
// brother paid a recruitment agent", "Lots of people from our town moved
// to the UK").
func storySentence(lx *lexicon, ws []string) bool {
	subject := false
	for i, w := range ws {
		if w != "i" && w != "we" {
			continue
		}
		subject = true
		if presentSelf(lx, ws, i) {
			return false
		}
	}
	for i := 0; i+1 < len(ws); i++ {
		if openVerb(ws[i]) && (ws[i+1] == "a" || ws[i+1] == "an" || ws[i+1] == "my" || ws[i+1] == "our") {
			return false // "I left a job ... to open a bakery", "I've started a hummingbird farm"
		}
	}
	if subject {
		return true
	}
	for i, w := range ws {
		if w == "isn" || w == "aren" || w == "not" && i > 0 && (ws[i-1] == "is" || ws[i-1] == "are") {
			return true // "This isn't a restaurant"
		}
		if i > 0 && lx.pastForm(w) && !perfectOrPassive(ws[i-1]) {
			return true // "My brother paid a recruitment agent", "My mother came to Rotterdam"
		}
	}
	return false
}

// presentSelf reports a first-person subject at ws[i] followed (adverbs
// skipped) by a present verb ("I repair", "we now supply") or by what the
// writer is now ("I'm a drum maker", "we're two cycling guides"), not
// denied ("we're not") and not a former trade ("I'm a retired postman").
func presentSelf(lx *lexicon, ws []string, i int) bool {
	j := afterAdverbs(ws, i+1)
	if j >= len(ws) {
		return false
	}
	v := ws[j]
	if v == "m" || v == "re" || v == "am" || v == "are" {
		for k := j + 1; k < len(ws) && k <= j+4; k++ {
			switch ws[k] {
			case "not", "never", "retired", "former", "ex", "no":
				return false
			}
			if englishKin(ws[k]) {
				return false // "I'm a gunsmith's daughter who became a locksmith"
			}
		}
		return true
	}
	return presentVerb(lx, v)
}

// afterAdverbs is the index of the first word from j on that is no story
// adverb ("we now supply", "I finally make"): beforeAdverbs looking ahead.
func afterAdverbs(ws []string, j int) int {
	for j < len(ws) && storyAdverb(ws[j]) {
		j++
	}
	return j
}

// auxiliary reports a word after a subject that is no trade: an auxiliary
// or a verb of wanting, knowing or trying ("we'd like", "I want", "we
// need", "I used to be").
func auxiliary(w string) bool {
	switch w {
	case "ve", "d", "ll", "was", "were", "had", "have", "has", "do", "did", "don", "didn", "can", "could", "will",
		"would", "should", "might", "must", "want", "need", "like", "love", "hope", "know", "think", "get", "guess",
		"keep", "see", "tell", "say", "mean", "feel", "try", "wish", "plan", "used", "use", "went", "moved", "ended":
		return true
	}
	return false
}

// tradeStatement reports a sentence that states the trade with its
// object: a first-person subject and a verb of trade before what is sold
// or done ("We farm and smoke catfish", "My partner and I grow about four
// acres of lavender", "These days I rent and install hearing loops"), the
// same after "so" in the past ("So I built a small app", "So we started a
// Saturday school"), what the writers are ("We're a family factory in
// Sialkot stitching footballs", after "We're not a football club"), or the
// offer named outright ("what we actually make is ready meals"). A verb
// followed by where or to whom ("we sell to chefs", "I sell through
// Instagram", "we sell them online") names no offer.
func (lx *lexicon) tradeStatement(ws []string) (obj int, ok bool) {
	for i, w := range ws {
		switch w {
		case "i", "we":
			j := afterAdverbs(ws, i+1)
			if j+1 >= len(ws) {
				continue
			}
			v, next := ws[j], ws[j+1]
			switch {
			case tradeVerb(v) || i > 0 && ws[i-1] == "so" && startVerb(v) || presentVerb(lx, v):
				if tradeObjectAfter(next) || next == "online" && v != "sell" {
					return objectStart(ws, j+1), true
				}
			case v != "m" && v != "re" && v != "am" && v != "are":
			case next == "a" || next == "an" || isCount(next):
				// "We're a family factory in Sialkot", "we're two
				// mechanics who inspect used cars"
				if presentSelf(lx, ws, i) {
					return j + 2, true
				}
			}
		case "what":
			// "what we actually make is ..."
			j := i + 1
			if j < len(ws) && (ws[j] == "we" || ws[j] == "i") {
				j = afterAdverbs(ws, j+1)
				if j+1 < len(ws) && (tradeVerb(ws[j]) || ws[j] == "do") && ws[j+1] == "is" {
					return j + 2, true
				}
			}
		}
	}
	return -1, false
}

// objectStart skips, from word j after a verb of trade, the verbs joined
// to it and its particle ("farm and smoke catfish", "rent out heavy gun
// safes", "design and print proper hardcover yearbooks") to the object.
func objectStart(ws []string, j int) int {
	for j < len(ws) {
		switch {
		case ws[j] == "out" || ws[j] == "up":
			j++
		case (ws[j] == "and" || ws[j] == "or") && j+1 < len(ws) && tradeVerb(ws[j+1]):
			j += 2
		default:
			return j
		}
	}
	return j
}

// tradeObjectAfter reports a word after a verb of trade that can begin its
// object ("grow about four acres", "rent out heavy gun safes", "run a
// shooting studio"), not where or to whom it goes.
func tradeObjectAfter(w string) bool {
	switch w {
	case "to", "through", "at", "online", "in", "on", "from", "for", "with", "by", "into", "mostly", "directly",
		"them", "it", "what", "locally", "abroad", "there", "here", "up", "around", "across", "all", "every", "between", "back", "over", "down":
		return false
	}
	return true
}

// tradeVerb reports a present verb a founder states the trade with.
func tradeVerb(w string) bool {
	switch w {
	case "sell", "make", "rent", "lease", "grow", "build", "repair", "restore", "run", "supply", "import", "export",
		"breed", "raise", "farm", "brew", "bake", "distil", "distill", "carve", "weave", "roast", "smoke", "teach",
		"coach", "train", "tutor", "design", "install", "hire", "offer", "produce", "print", "sew", "knit", "stitch",
		"cook", "cater", "clean", "inspect", "fix", "mend", "take", "lead", "guide", "host", "organise", "organize",
		"translate", "press", "mill", "grind", "dry", "forge", "cast", "craft", "tow", "ferry", "haul", "rescue":
		return true
	}
	return false
}

// startVerb reports a past verb that after "so" tells what the writer set
// up in answer to the story ("so I built", "so we started").
func startVerb(w string) bool {
	switch w {
	case "started", "built", "opened", "launched", "set", "created", "founded", "made":
		return true
	}
	return false
}

// openVerb reports a verb that, before "a" or "my", opens the business in
// the first sentence itself ("to open a bakery", "I started a small firm").
func openVerb(w string) bool {
	switch w {
	case "open", "opened", "opening", "start", "started", "starting", "launched", "launch", "founded", "run", "runs":
		return true
	}
	return false
}

// perfectOrPassive reports an auxiliary after which a past participle is
// no story ("has cut marble since 1921", "is made by hand").
func perfectOrPassive(w string) bool {
	switch w {
	case "has", "have", "had", "is", "are", "be", "been", "being", "s", "ve", "get", "gets":
		return true
	}
	return false
}

// storyVerbFactor weighs the words before the object of a stated trade in
// a story's offer sentence (see storyOffer) like a later clause's.
const storyVerbFactor = 0.85

// storyOfferFirst gives a word the story mentioned before its offer
// sentence (toks[from:]) the weight and role it has there: analyse reads a
// word once, at its first mention, and "our two dogs have been finding
// black truffles" would otherwise weigh the truffles of "we run truffle
// hunts" as the story's.
func storyOfferFirst(toks []token, from int) {
	for _, t := range toks[from:] {
		for i := range toks[:from] {
			if toks[i].key == t.key && toks[i].salience < t.salience {
				toks[i].salience, toks[i].role = t.salience, t.role
			}
		}
	}
}

// presentVerb reports a word after a first-person subject that reads as a
// present verb: no auxiliary, past form or third-person -s.
func presentVerb(lx *lexicon, v string) bool {
	if auxiliary(v) || lx.pastForm(v) || len(v) < 3 {
		return false
	}
	return !(len(v) > 3 && v[len(v)-1] == 's' && v[len(v)-2] != 's')
}

// isCount reports a spelled or written count ("two", "3").
func isCount(w string) bool {
	if _, ok := countWords(w); ok {
		return true
	}
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// storyOfferForeign is storyOffer for the five other languages: a long
// founder paragraph whose first sentence tells the writer's past ("Ich war
// dreißig Jahre Grundschullehrerin in Freiburg", "Ho lavorato vent'anni in
// banca a Milano", "J'ai appris la couture avec ma grand-mère", "trabalhei
// doze anos como cozinheira em Lisboa") or denies what the business is
// ("Non siamo una vetreria") states the offer in a later sentence: the
// first that says now ("Also vermittle ich jetzt Leihgroßeltern",
// "Aujourd'hui j'ouvre ma propre boutique de boubous") or what the writers
// opened ("abbiamo aperto un piccolo centro che accompagna ... a fare
// snorkeling", "abri ... um pequeno trapiche onde fazemos grogue"), else
// the next one ("Voglio recuperare la sua vigna ... e fare un
// aglianico"). These lists were led by the story's words (milanomadre,
// lisboabri, renterde, hausefrau: judged 0). A first sentence in the
// present ("Toco el tambor ... como mi padre", "Mi hermano y yo hacemos
// cajones peruanos ... como nos enseñó nuestro abuelo") or telling others'
// past ("Mi abuelo abrió una fábrica de alpargatas") stays the offer's:
// its trade is the writer's own. obj is as for storyOffer: the words up
// to the time word or the verb of opening are detail.
func (lx *lexicon) storyOfferForeign(r *reading) (si, obj int) {
	if len(r.words) <= storyMinWords {
		return -1, 0
	}
	first := -1
	for si := range r.sentences {
		if sentenceWords(r.clauses[si]) > 2 {
			first = si
			break
		}
	}
	if first < 0 || !foreignStory(sentenceWordList(r.clauses[first])) {
		return -1, 0
	}
	next := -1
	for si := first + 1; si < len(r.sentences); si++ {
		if sentenceWords(r.clauses[si]) <= 2 || aboutTheName(r.sentences[si]) {
			continue
		}
		if next < 0 {
			next = si
		}
		ws := sentenceWordList(r.clauses[si])
		obj := -1
		for i, w := range ws {
			if foreignOpened(w) {
				obj = i + 1 // the verb of opening wins over a time word before it
				break
			}
			if obj < 0 && foreignNow(w) {
				obj = i + 1
			}
		}
		if obj >= 0 {
			return si, obj
		}
	}
	return next, 0
}

// storyLeadFactor weighs the words before the time word or the verb of
// opening in the offer sentence of storyOfferForeign: who opened it and
// where they came back to ("Aujourd'hui, avec ma femme et ses sœurs, on
// a monté", "Con mio cugino, che fa il sub, abbiamo aperto", "Voltei para
// a ilha em 2020 e abri"), the story's end more than the offer.
const storyLeadFactor = 0.6

// foreignStory reports a first sentence of the writer's own past or of a
// denial of what the business is, in French, Spanish, Portuguese, Italian
// or German (accents folded, "j'ai" read as "j ai").
func foreignStory(ws []string) bool {
	for i, w := range ws {
		prev, prev2 := "", ""
		if i > 0 {
			prev = ws[i-1]
		}
		if i > 1 {
			prev2 = ws[i-2]
		}
		switch {
		case foreignPastSelf(w):
			return true // "trabalhei doze anos", "fui"
		case (prev == "ich" || prev == "wir") && (w == "war" || w == "waren"):
			return true // "Ich war dreißig Jahre Grundschullehrerin"
		case prev == "ai" && prev2 == "j" && frenchPastParticiple(w):
			return true // "J'ai été mécanicien de pirogues", "J'ai appris la couture"
		case (prev == "suis" || prev == "sono") && (w == "ne" || w == "nee" || w == "nato" || w == "nata" || w == "stato" || w == "stata"):
			return true // "Je suis né à Saint-Louis", "sono stata infermiera"
		case prev == "ho" && italianPastParticiple(w):
			return true // "Ho lavorato vent'anni in banca", "Ho fatto il pizzaiolo"
		case deniedCopula(prev, w), (prev == "sommes" || prev == "est") && w == "pas", prev == "nao" && w == "somos",
			(prev == "sind" || prev == "bin") && germanNone(w):
			return true // "Non siamo", "Nous ne sommes pas", "Wir sind keine"
		}
	}
	return false
}

// foreignNow reports a word of the present after a story: "jetzt",
// "adesso", "ahora", "agora", "aujourd'hui", "seit".
func foreignNow(w string) bool {
	switch w {
	case "jetzt", "heute", "seit", "nun", "adesso", "ora", "oggi", "ahora", "hoy", "agora", "hoje", "aujourd", "maintenant", "desormais":
		return true
	}
	return false
}

// foreignOpened reports a verb of opening a business ("abbiamo aperto",
// "on a monté", "abri", "j'ouvre", "gegründet").
func foreignOpened(w string) bool {
	switch w {
	case "aperto", "aperta", "apro", "apriamo", "fondato", "creato", "abri", "abrimos", "abro", "fundei", "fundamos",
		"monte", "montamos", "ouvert", "ouvre", "ouvrons", "cree", "fonde", "eroffne", "eroffnet", "gegrundet":
		return true
	}
	return false
}

// foreignPastSelf reports a Spanish, Portuguese, Italian or French
// first-person past verb of a life story ("trabajé", "trabalhei", "ero").
func foreignPastSelf(w string) bool {
	switch w {
	case "trabaje", "trabalhei", "fui", "naci", "nasci", "creci", "cresci", "estudie", "estudei", "vivi", "pase", "passei",
		"ero", "lavoravo", "etais":
		return true
	}
	return false
}

// frenchPastParticiple reports a participle after "j'ai" that tells the
// writer's past rather than what they have set up ("j'ai ouvert").
func frenchPastParticiple(w string) bool {
	switch w {
	case "ete", "travaille", "appris", "fait", "passe", "vecu", "grandi", "enseigne", "etudie":
		return true
	}
	return false
}

// italianPastParticiple is frenchPastParticiple for "ho".
func italianPastParticiple(w string) bool {
	switch w {
	case "lavorato", "fatto", "insegnato", "passato", "vissuto", "studiato":
		return true
	}
	return false
}

// heritageFactor is the share of the offer sentence's lead weight that an
// elder's trade told in the story (see storyHeritage) takes.
const heritageFactor = 0.95

// storyHeritage finds, in the first sentence of a story read by
// storyOffer, what an elder of the writer made or did when the story
// hands a trade down ("My father poled a mokoro through the Okavango
// Delta, and I started helping him", "My mum taught me to make siapo,
// Samoan bark cloth", "My grandfather planted cardamom in Idukki", "My
// grandad was a cobbler"): the business carries that trade on, so its
// words are the offer's even when the later sentence states it loosely
// ("Now I run trips of two to four days", "we grow about four tonnes a
// year"). It reports the sentence and the words' span [lo, hi) among its
// words, or -1. Only elders: a brother's or a mother's other past ("My
// brother paid a recruitment agent", "My mother came to Rotterdam") and
// the writer's own former trade ("I was a sommelier") are the story's.
func (lx *lexicon) storyHeritage(r *reading, chatty []bool) (si, lo, hi int) {
	si = firstStatement(r, chatty)
	if si < 0 {
		return -1, 0, 0
	}
	if lo, hi = heritageObject(lx, r.clauses[si]); lo < hi {
		return si, lo, hi
	}
	return -1, 0, 0
}

// heritageObject is the span of the first clause's words after "my
// <elder> <past verb>" that name what was made or done: determiners
// skipped, at most three words, up to a preposition or "and".
func heritageObject(lx *lexicon, clauses []clause) (lo, hi int) {
	if len(clauses) == 0 {
		return 0, 0
	}
	ws := sentenceWordList(clauses[:1])
	if len(ws) < 4 || ws[0] != "my" && ws[0] != "our" || !elderKin(ws[1]) {
		return 0, 0
	}
	j := 2
	switch v := ws[j]; {
	case v == "taught" || v == "showed":
		// "taught me (how) to make siapo"
		j++
		for j < len(ws) && (ws[j] == "me" || ws[j] == "us" || ws[j] == "how" || ws[j] == "to") {
			j++
		}
		j++ // the verb taught
	case v == "was" || v == "were":
		j++
		if j >= len(ws) || ws[j] != "a" && ws[j] != "an" {
			return 0, 0
		}
	case lx.pastForm(v) && !auxiliary(v):
		j++
	default:
		return 0, 0
	}
	for j < len(ws) && heritageSkip(ws[j]) {
		j++
	}
	lo = j
	for j < len(ws) && j-lo < 3 && !heritageStop(ws[j]) {
		j++
	}
	return lo, j
}

// elderKin reports an elder of the writer, from whom a trade comes down.
func elderKin(w string) bool {
	switch w {
	case "father", "mother", "mum", "mom", "dad", "grandfather", "grandmother", "grandad", "granddad", "grandma",
		"grandpa", "granny", "grandparents", "parents", "uncle", "aunt", "auntie", "opa", "oma":
		return true
	}
	return false
}

// heritageSkip reports a determiner before an elder's trade ("dug the
// first ponds", "was a cobbler").
func heritageSkip(w string) bool {
	switch w {
	case "a", "an", "the", "first", "his", "her", "their", "some", "old":
		return true
	}
	return false
}

// heritageStop reports a word that ends the object of an elder's trade:
// where, when or with whom it was done ("through the Okavango Delta",
// "in Idukki", "behind his house", "for forty years").
func heritageStop(w string) bool {
	if placeWords(w) || isCount(w) {
		return true
	}
	switch w {
	case "through", "around", "for", "with", "to", "near", "behind", "by", "across", "along", "all", "every",
		"until", "when", "since", "as", "and", "or", "of", "his", "her", "their", "before", "after", "out":
		return true
	}
	return false
}

// storyHeirs gives the tokens of an elder's trade (see storyHeritage) a
// share of the offer sentence's (toks[from:]) lead weight and its role:
// "mokoro" comes right after "trips".
func storyHeirs(toks []token, from int, heirs []int) {
	lead := -1
	for i := from; i < len(toks); i++ {
		if lead < 0 || toks[i].salience > toks[lead].salience {
			lead = i
		}
	}
	if lead < 0 {
		return
	}
	for _, i := range heirs {
		if s := toks[lead].salience * heritageFactor; toks[i].salience < s {
			toks[i].salience, toks[i].role = s, toks[lead].role
		}
	}
}
