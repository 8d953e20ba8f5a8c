package safety

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
)

// The lexicon tables first: the model's features include the lexicon's
// concepts, so it must be trained on the tables the binary will hold (go
// generate runs a file's directives in order, files in name order, and
// words.go sorts after learned.go).
//go:generate go test -run ^TestLexiconTables$ -update .
//go:generate go test -run ^TestLearnedModel$ -update .

// The learned stage is the guardrail's second line inside Classify: when no
// rule refuses a description, a linear classifier (logistic regression over
// hashed features) refuses it if it rates it harmful with probability at
// least the model's threshold. Rules stay first because they explain
// themselves precisely and were written from the policy; the classifier
// catches the wording rules have no words for: euphemisms, paraphrases,
// combinations and the other languages of the training data.
//
// Features are chosen to carry across languages and spellings: the rules'
// own normalisation (diacritics folded, look-alikes and leetspeak folded,
// spaced letters joined) gives the words; each word adds itself, its pair
// with the previous word of the sentence, and its character 3- to 5-grams
// with word-boundary marks (so "cocaína", "kokain" and "cocainе" share most
// of their grams); and the lexicon's concepts (seller, minors, alcohol,
// safeguard ...) add themselves and every pair of concepts met in one
// sentence, which is how "kids" + "poker" can weigh more than either alone.
// Every feature is hashed (FNV-1a, then a murmur finaliser) into a fixed
// table; the top hash bit gives the feature a sign so that collisions cancel
// on average instead of adding up.
//
// The weights are trained from data/safety/ by go generate (learn_test.go)
// into learned.bin, embedded as static data, and parsed on the first Classify
// that reaches the classifier: a process that never classifies pays nothing.

//go:embed learned.bin
var learnedBin string

// learnedMagic opens learned.bin; the digit is the file format's version.
const learnedMagic = "DYSL2"

// maxGramWord bounds the words whose character n-grams are counted: longer
// runs are junk or padding, and counting them would only cost time.
const maxGramWord = 64

var gramMin = 3

// learnedModel is learned.bin parsed. The weight tables are views of the
// embedded string: one signed byte per bucket, times a scale.
type learnedModel struct {
	bits, catBits uint32
	bias, scale   float64
	tau           float64 // refuse when p ≥ tau
	catScale      float64
	catBias       []float64 // one per Categories entry
	w, owner, cw  string    // 1<<bits weights and owners; 1<<catBits × len(Categories) weights
}

// parseLearned reads the format written by the generator (all numbers
// little-endian): magic, bits and catBits (one byte each), the category
// count (one byte), bias, scale, tau and the category scale (float32 each),
// the category biases (float32 each), then the weights (one signed byte per
// bucket), the owners (the fingerprint of each bucket's feature, 0 when no
// training feature fell there), and the category weights.
func parseLearned(b string) (*learnedModel, error) {
	if !strings.HasPrefix(b, learnedMagic) {
		return nil, errors.New("learned.bin: not a " + learnedMagic + " file")
	}
	b = b[len(learnedMagic):]
	if len(b) < 3+16 {
		return nil, errors.New("learned.bin: truncated header")
	}
	m := &learnedModel{bits: uint32(b[0]), catBits: uint32(b[1])}
	ncat := int(b[2])
	if ncat != len(Categories) || m.bits < 8 || m.bits > 24 || m.catBits < 4 || m.catBits > 20 {
		return nil, fmt.Errorf("learned.bin: %d categories, %d and %d bits; want %d categories", ncat, m.bits, m.catBits, len(Categories))
	}
	b = b[3:]
	f32 := func() float64 {
		v := math.Float32frombits(binary.LittleEndian.Uint32([]byte(b[:4])))
		b = b[4:]
		return float64(v)
	}
	m.bias, m.scale, m.tau, m.catScale = f32(), f32(), f32(), f32()
	if want := 4*ncat + 2<<m.bits + ncat<<m.catBits; len(b) != want {
		return nil, fmt.Errorf("learned.bin: %d bytes of tables; want %d", len(b), want)
	}
	m.catBias = make([]float64, ncat)
	for i := range m.catBias {
		m.catBias[i] = f32()
	}
	m.w, m.owner, m.cw = b[:1<<m.bits], b[1<<m.bits:2<<m.bits], b[2<<m.bits:]
	return m, nil
}

// learned returns the embedded model, parsed once on first use. A broken
// embedded file is a build defect that TestParseLearned catches; at run time
// it panics rather than silently dropping the second line. (A sync.Once
// and a pointer, not sync.OnceValue: a package-level OnceValue allocates at
// init, and a process that never classifies should pay nothing.)
func learned() *learnedModel {
	learnedOnce.Do(func() {
		m, err := parseLearned(learnedBin)
		if err != nil {
			panic(err)
		}
		learnedModelPtr = m
	})
	return learnedModelPtr
}

var (
	learnedOnce     sync.Once
	learnedModelPtr *learnedModel
)

// weight is the signed, scaled weight of a hashed feature: zero unless the
// feature is the one its bucket learned from (same fingerprint). Without
// that check every unknown word or gram read some other feature's weight,
// and a description in invented words ("bakotu sivera ...") could sum to a
// refusal.
func (m *learnedModel) weight(h uint32) float64 {
	b := h & (1<<m.bits - 1)
	if m.owner[b] != fingerprint(h) {
		return 0
	}
	q := float64(int8(m.w[b]))
	if h>>31 != 0 {
		q = -q
	}
	return q * m.scale
}

// prob returns the probability that a's description is harmful, and the
// number of features it has (0 means no words: nothing to judge).
func (m *learnedModel) prob(a *analysis) (float64, int) {
	sum, n := 0.0, 0
	a.features(func(h uint32, _, _ int32) {
		sum += m.weight(h)
		n++
	})
	if n == 0 {
		return 0, 0
	}
	return sigmoid(m.bias + sum*featureNorm(n)), n
}

// normFeatures is the feature count up to which every description's
// features weigh the same (1/√1000 each, the scale the model was first
// trained at); a description with n > normFeatures features has each of them
// weigh normFeatures/n of that, so its score is the average of its parts, not
// their sum.
//
// Not unit length (1/√n): that lets a five-word description ride on two or
// three words ("Molly's Bakery", "crack repair"). Not the plain sum either:
// the harmful training rows are about a quarter longer than the allowed ones
// (median 200 features against 160), so a model whose score grows with
// length learns length as harm, through letter grams that every word has
// ("-os", "-amo", "te"). Until 2026-12-05 it did, and refused ordinary
// descriptions by the weight of their words alone, long pitches most (15 of
// 120 of a fresh ordinary set, a third of them pitches of 3 to 7 sentences;
// a 1,800-character school-carpool pitch at 93%). Averaging beyond 200
// features (a description of two or three sentences) removes that, and
// out-of-fold F1 held (data/safety/cv.txt).
// The price: harm padded with a long harmless text is diluted; the rules,
// which match within sentences, are unaffected by padding.
const normFeatures = 200

// featureNorm is the value of one feature occurrence in a description with n.
func featureNorm(n int) float64 {
	return normFeatures / math.Sqrt(1000) / float64(max(n, normFeatures))
}

// fingerprint is 8 bits of a feature hash that neither the bucket (low
// bits) nor the sign (top bit) uses, never 0 (0 marks an empty bucket).
func fingerprint(h uint32) byte { return byte(h>>23) | 1 }

// minKnownShare is the share of a description's words the model must have
// seen in training before it may refuse: text it cannot read (invented
// words, a language it was not trained on, a wall of product codes) still
// hits letter grams that occur in harmful rows, and their sum is noise.
const minKnownShare = 0.25

// knownShare is the share of the words that give features (see features,
// which must have run on a) whose own word feature the model learned.
func (m *learnedModel) knownShare(a *analysis) float64 {
	words, known := 0, 0
	for i := range a.toks {
		if a.skip[i] || a.toks[i].has(fNegator) {
			continue
		}
		words++
		h := mix(fnvString(fnvByte(fnvOffset, nsWord), a.toks[i].text))
		if m.owner[h&(1<<m.bits-1)] == fingerprint(h) {
			known++
		}
	}
	if words == 0 {
		return 0
	}
	return float64(known) / float64(words)
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// verdict runs the classifier on an analysed description the rules let
// through, and explains a refusal: the probability, the category whose
// weights fit best, and the words that pushed the score up most.
func (m *learnedModel) verdict(a *analysis) (Verdict, bool) { return m.verdictAbove(a, 0) }

// verdictAbove is verdict with the bar raised to at least plain where the
// lexicon sees no sign of harm (lateTau for a late clause). It never refuses
// a lawful trade without a sign of harm (lawfulVeto, lawful.go).
func (m *learnedModel) verdictAbove(a *analysis, plain float64) (Verdict, bool) {
	p, n := m.prob(a)
	bar := m.bar(a, n)
	if !harmSignal(a) {
		bar = max(bar, plain)
	}
	if n == 0 || p < bar || m.knownShare(a) < minKnownShare || lawfulVeto(a) {
		return Verdict{}, false
	}
	return m.explain(a, p, n), true
}

// exceptionTau is the probability the classifier needs to refuse where the
// rules see an explicit safeguard or exception context (supervised by
// instructors, penetration testing, harm reduction, adults only ...). The
// rules weigh such a context against the harm they see; a bag of words
// cannot tell which part it applies to, so there it asks for more. It was a
// veto until 2026-12-05; out-of-fold, a bar of 0.8 instead lifted block F1
// from 0.877 to 0.887 at the same false refusals, and lower bars refused
// allow examples of this package's tests (see data/safety/cv.txt).
const exceptionTau = 0.8

// plainTau is the probability the classifier needs where the description
// holds no sign of harm the lexicon knows (harmSignals): its score then
// rests on words alone, and on ordinary text written away from the training
// rows those are generic commerce and place words ("vende", "toda",
// "envíos", "private", "partner", "subscription") that lean towards refusal
// only because the training data's harmful rows use them a little more
// often. Such refusals were most of what fresh ordinary sets met (5% of a
// naming batch, 4% of non-English ordinary text on safety v7). Out-of-fold
// on the training data, with this bar and τ chosen again under a tighter
// bound, the guardrail refuses 1.1% of allowed rows instead of 1.9%, for 2.5
// points of recall (data/safety/cv.txt; BENCHMARKS.md, safety v8).
const plainTau = 0.7

// longTau is the probability the classifier needs where the description
// holds no sign of harm and more than longFeatures features: a pitch of four
// or more sentences, a founder's story with a request for a name. Beyond
// normFeatures the score is the average of the features, and a long text's
// average rests on its everyday words: the ordinary sets and naming batches'
// long pitches (over 400 features) average 0.23 against 0.14 for their
// shorter rows, and the classifier refused a choir-rehearsal app at 0.73 for
// "husband", "upload" and "needed". The blind safety sets' harmful rows are
// short (11 of 1,747 that long, none of them refused by the classifier
// alone without a sign); a harm padded into a long text is diluted either
// way and is left to the rules and the late clause (lateclause.go).
const longTau = 0.8

// longFeatures is the feature count above which a description is long
// (twice normFeatures).
const longFeatures = 2 * normFeatures

// bar is the lowest probability at which the classifier refuses a's
// description, which has n features.
func (m *learnedModel) bar(a *analysis, n int) float64 {
	return refusalBar(m.tau, exceptionContext(a), harmSignal(a), n)
}

// refusalBar is the bar at threshold tau, with or without an exception
// context and a sign of harm, for a description of n features; training
// picks tau by the decisions this bar gives.
func refusalBar(tau float64, exception, signal bool, n int) float64 {
	if exception {
		tau = max(tau, exceptionTau)
	}
	if !signal {
		tau = max(tau, plainTau)
		if n > longFeatures {
			tau = max(tau, longTau)
		}
	}
	return tau
}

// explain builds the refusal for a description rated p with n features.
func (m *learnedModel) explain(a *analysis, p float64, n int) Verdict {
	norm := featureNorm(n)
	contrib := make([]float64, len(a.toks))
	cat := make([]float64, len(Categories))
	copy(cat, m.catBias)
	cmask := uint32(1)<<m.catBits - 1
	ncat := len(Categories)
	a.features(func(h uint32, t1, t2 int32) {
		w := m.weight(h) * norm
		if t2 >= 0 {
			contrib[t1] += w / 2
			contrib[t2] += w / 2
		} else if t1 >= 0 {
			contrib[t1] += w
		}
		row := m.cw[int(h&cmask)*ncat:]
		sign := m.catScale * norm
		if h>>31 != 0 {
			sign = -sign
		}
		for k := range cat {
			cat[k] += float64(int8(row[k])) * sign
		}
	})
	best := 0
	for k := range cat {
		if cat[k] > cat[best] {
			best = k
		}
	}
	words := topWords(a.toks, contrib, 3)
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = fmt.Sprintf("%q", w)
	}
	c := Categories[best]
	reason := fmt.Sprintf("The learned classifier rates this %.0f%% likely to be refused under the policy, "+
		"mostly for the words %s; it reads most like %s (%s).", 100*p, strings.Join(quoted, ", "),
		categoryName(c), c)
	return Verdict{Category: c, Reason: reason, Matched: words, Probability: p}
}

// topWords returns up to k distinct words with the largest positive
// contributions, in text order; when no word contributes positively (the
// bias alone decided), the first word, so a refusal always names a term.
func topWords(toks []token, contrib []float64, k int) []string {
	idx := make([]int, 0, len(toks))
	for i := range toks {
		if contrib[i] > 0 {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(x, y int) int {
		switch {
		case contrib[x] > contrib[y]:
			return -1
		case contrib[x] < contrib[y]:
			return 1
		}
		return 0
	})
	var chosen []int
	seen := map[string]bool{}
	for _, i := range idx {
		if len(chosen) == k {
			break
		}
		if !seen[toks[i].text] {
			seen[toks[i].text] = true
			chosen = append(chosen, i)
		}
	}
	if len(chosen) == 0 && len(toks) > 0 {
		chosen = append(chosen, 0)
	}
	slices.Sort(chosen)
	out := make([]string, len(chosen))
	for i, c := range chosen {
		out[i] = toks[c].text
	}
	return out
}

// categoryName is the policy's short name of c, for the classifier's reason
// (a switch, not a map: a map literal is built at package init).
func categoryName(c Category) string {
	switch c {
	case SexualMinors:
		return "sexual content involving minors"
	case HumanTrafficking:
		return "human trafficking"
	case ViolentExtremism:
		return "violent extremism"
	case WeaponsTrafficking:
		return "illegal weapons"
	case IllegalDrugs:
		return "illegal drugs"
	case HackingMalware:
		return "hacking or malware"
	case StalkingHarassment:
		return "stalking or harassment"
	case FraudScams:
		return "fraud or scams"
	case PredatoryFinance:
		return "predatory finance"
	case CircumventionPiracy:
		return "circumvention or piracy"
	case AcademicDishonesty:
		return "academic dishonesty"
	case Hate:
		return "hate"
	case SelfHarm:
		return "self-harm"
	case AdultToMinors:
		return "age-restricted products or activities for minors"
	case AdultSexualContent:
		return "adult sexual content"
	}
	return string(c)
}

// exceptionContext reports an explicit safeguard or exception context the
// rules recognise (supervised by instructors, penetration testing, harm
// reduction, adults only ...) outside text addressed to a model; the
// classifier then needs exceptionTau.
func exceptionContext(a *analysis) bool { return a.doc.any(exceptionConcepts) }

// learnedEvidence reports whether the description holds any concept of harm
// the lexicon knows (a harmful object, a red flag, a population at risk),
// outside text addressed to a model.
func learnedEvidence(a *analysis) bool { return a.doc.any(harmEvidence) }

// harmEvidence is every concept but the activities, the exception contexts
// and the injection marker: "sell", "make" or "for hire" alone is any shop.
var harmEvidence = set{^uint64(0), ^uint64(0), ^uint64(0)}.minus(exceptionConcepts).minus(
	of(cSell, cMake, cService, cPromote, cRecruit, cForSale, cSellStrict, cNeutral, cInject,
		cClientele, cMassage).or(rulesOnlyContext))

// unseenByLearned are the concepts the learned stage's features leave out
// (see features).
var unseenByLearned = of(cInject, cClientele, cMassage, cAbroad, cConceal, cBride).or(rulesOnly)

// harmSignal reports whether the description holds a concept that signals
// harm by itself more than ordinary text does (harmSignals), outside text
// addressed to a model.
func harmSignal(a *analysis) bool { return harmSignalIn(a, a.doc) }

// harmSignalIn is harmSignal over the concepts doc, a's own or a part of
// them (lawful.go leaves out a sharing service's open-door phrases).
func harmSignalIn(a *analysis, doc set) bool {
	s := doc.and(harmSignals) // the signals present
	for _, h := range halfPatterns {
		if s.has(h.c) && !doc.any(h.with) {
			s = s.minus(of(h.c))
		}
	}
	if s.has(cReview) && onlyBareLike(a) {
		s = s.minus(of(cReview))
	}
	return !s.empty()
}

// onlyBareLike reports that every review the lexicon sees in a's description
// (outside text addressed to a model) is the word "like". The lexicon
// counts "like" as a review for the rules ("likes and followers"), but in
// nearly every description it is a verb or a preposition: "we'd like a name
// that ends in -a" made a pistachio farm's description a sign of harm, and
// the learned stage refused it at τ (0.67) instead of asking for plainTau.
// The naming batches have 44 descriptions with "like", all lawful; safety
// sets 1-10 have 3 harmful rows with it, and the one whose only sign it was
// (novelty licences that "scan like the real thing") is rated 0.86, over
// plainTau. "likes", what a fake-engagement shop sells, stays a sign.
// (Not a lexicon change: the learned stage's features stay as trained.)
func onlyBareLike(a *analysis) bool {
	for k := range a.tags {
		tg := &a.tags[k]
		if tg.masked || !tg.mask.has(cReview) {
			continue
		}
		if tg.pos != tg.end || a.toks[tg.pos].text != "like" {
			return false
		}
	}
	return true
}

// halfPatterns are harm signals that are half of a rule's pattern and, alone,
// everyday words: "card", "cartão", "Karte" (stolen + card), "debt",
// "débito", "pagan" (passports held + a debt to work off), "anyone",
// "qualquer pessoa" (into + someone else's account). Each is a sign of harm
// only when the description also names what it is half of (with): alone, a
// payment app's "card payments" or a tool library's "anyone can borrow" left
// the learned stage's bar at τ instead of plainTau. Over every labelled set
// in the repository this changes no verdict by itself; it lets lawfulVeto
// see a payment app. Other half-patterns were tried and kept as signals,
// because harmful rows of those sets have them as their only sign:
// "reviews" (fake reviews written "by our team"), "crypto" (SIM swaps, coin
// mixers), "exams" (essays handed in under the student's name) and the red flags "no
// questions asked", "no ID" (home-made explosives "sem perguntas").
var halfPatterns = []struct {
	c    concept
	with set
}{
	{cCard, of(cStolen, cFraudStrong)},
	{cWorkDebt, of(cHoldWorker)},
	{cOthers, of(cGetInto, cHack, cHackTarget, cSpy)},
}

// harmSignals is harmEvidence without the concepts that ordinary businesses
// name every day: who is served or targeted (children, schools, people,
// partners, beginners, accounts, banks), what is sold (goods, documents,
// alcohol, cannabis, loans, returns, debt collection) and words whose harm
// lies only in a rule's combination (ban, out, hack, dangerous tools,
// self-harm topics, "under the counter", a destination abroad, "turned down
// by your bank"). What remains are flags, harmful objects and their strong
// forms: stolen, counterfeit, malware, drug names and slang, "no background
// check", "guaranteed", "without supervision", "passports kept" ...
// TestHarmSignalSides lists every concept's side, so a new concept's side is
// a line in review.
var harmSignals = harmEvidence.minus(of(cMinor, cMinorForm, cMinorAud, cPerson, cYouthPlace, cTrusted,
	cHackTarget, cSpyTarget, cStalkTarget, cBeginner, cPII, cGoods, cDoc, cReturn, cLoan, cCharity,
	cAdultProduct, cDanger, cBan, cExpel, cOut, cHack, cScam, cGetInto, cSHTopic, cSHPromote,
	cDrugsGeneric, cLabor, cDebtCollect, cConceal, cCannabis, cAbroad, cBankRefused, cBride))

// exceptionConcepts are the contexts that excuse a rule match.
var exceptionConcepts = of(cSafeguard, cFamilyVenue, cExStudy, cExDef, cExSec, cExLegal, cExHealth,
	cExHarmRed, cExContext, cExAdult, cExLicensed, cExSupply, cExPest)

// Feature namespaces: the first byte hashed, so a word, a pair and a gram
// with the same letters are different features.
const (
	nsWord    = 'w'
	nsBigram  = 'b'
	nsGram    = 'g'
	nsConcept = 'k'
	nsPair    = 'p'
)

const fnvOffset, fnvPrime = 2166136261, 16777619

func fnvByte(h uint32, c byte) uint32 { return (h ^ uint32(c)) * fnvPrime }

func fnvString(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

// mix is murmur3's finaliser: FNV's low bits alone collide too often for
// small tables.
func mix(h uint32) uint32 {
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}

// features calls emitAll for every distinct feature of the analysed description, in a
// fixed order, with the token (or the two tokens) it belongs to; t2 is -1
// for a single-token feature and t1 is -1 for none. Duplicates are emitted
// once.
func (a *analysis) features(emitAll func(h uint32, t1, t2 int32)) {
	// Each distinct feature counts once, at its first occurrence: repeating
	// a sentence must not double its weight.
	seen := &a.seen
	seen.reset()
	emit := func(h uint32, t1, t2 int32) {
		if seen.add(h) {
			emitAll(h, t1, t2)
		}
	}
	toks := a.toks
	// Text addressed to a model is not about the business, and a word a
	// negator cancelled ("no scams", "never sell") is not offered: neither
	// gives word features (the rules still weigh harm inside injected text).
	skip := append(a.skip[:0], a.masked...)
	for k := range a.tags {
		if a.tags[k].negated {
			for j := a.tags[k].pos; j <= a.tags[k].end; j++ {
				skip[j] = true
			}
		}
	}
	for i := range toks {
		if functionWord(toks[i].text) {
			skip[i] = true
		}
	}
	a.skip = skip
	for i := range toks {
		w := toks[i].text
		if skip[i] {
			continue
		}
		if i > 0 && toks[i-1].sentence == toks[i].sentence && !skip[i-1] {
			h := fnvString(fnvByte(fnvOffset, nsBigram), toks[i-1].text)
			emit(mix(fnvString(fnvByte(h, ' '), w)), int32(i-1), int32(i))
		}
		// A negator alone says nothing ("no hidden fees"); with the word
		// after it, it says a lot ("no prescription", "no ID"): it only
		// enters pairs.
		if toks[i].has(fNegator) {
			continue
		}
		emit(mix(fnvString(fnvByte(fnvOffset, nsWord), w)), int32(i), -1)
		if len(w) > maxGramWord || gramMin > 5 {
			continue
		}
		// Grams of "<word>": the marks make prefixes and suffixes features
		// of their own. Bytes, not runes: the same text always gives the same
		// grams, which is all hashing needs.
		n := len(w) + 2
		for s := 0; s+3 <= n; s++ {
			h := fnvByte(fnvOffset, nsGram)
			for j := s; j < s+5 && j < n; j++ {
				c := byte('<')
				switch {
				case j == n-1:
					c = '>'
				case j > 0:
					c = w[j-1]
				}
				h = fnvByte(h, c)
				if j >= s+gramMin-1 {
					emit(mix(h), int32(i), -1)
				}
			}
		}
	}
	// Concepts, and pairs of concepts within one sentence, each attributed
	// to the first word that carried it in that sentence; none from text
	// addressed to a model, and the injection concept itself never.
	var first [numConcepts]int32
	var sent set
	sentence := -1
	flush := func() {
		var ids [3 * 64]byte
		n := 0
		for w := range len(set{}) {
			for bs := sent[w]; bs != 0; bs &= bs - 1 {
				ids[n] = byte(w*64 + bits.TrailingZeros64(bs))
				n++
			}
		}
		for i := 0; i < n; i++ {
			c1 := ids[i]
			emit(mix(fnvByte(fnvByte(fnvOffset, nsConcept), c1)), first[c1], -1)
			for _, c2 := range ids[i+1 : n] {
				h := fnvByte(fnvByte(fnvByte(fnvOffset, nsPair), c1), c2)
				emit(mix(h), first[c1], first[c2])
			}
		}
		sent = set{}
	}
	for k := range a.tags {
		tg := &a.tags[k]
		if tg.sentence != sentence {
			flush()
			sentence = tg.sentence
		}
		if tg.masked {
			continue
		}
		// Clientele, massage, a destination abroad, "under the counter" and
		// brides exist for the rules; as features they would lean every "for
		// customers", every massage therapist, every "envíos a Francia",
		// every bar's counter and every bridal shop towards refusal, after
		// the drug, sex-service, smuggling and trafficking rows that use them.
		// The rules-only concepts (rulesOnly) never reach the features.
		mask := tg.mask.minus(unseenByLearned)
		for w := range len(set{}) {
			for bs := mask[w] &^ sent[w]; bs != 0; bs &= bs - 1 {
				first[w*64+bits.TrailingZeros64(bs)] = int32(tg.pos)
			}
		}
		sent = sent.or(mask)
	}
	flush()
}

// functionWord reports articles, pronouns, prepositions and auxiliaries of
// the six languages. They carry no harm but do carry a writer's style, and a
// model trained on a few hundred rows learns style: "your", "that" and "the"
// scored as harmful before they were dropped. Negators ("no", "sans",
// "ohne", "senza") are not here; they decide "no ID check" against
// "alcohol-free".
func functionWord(w string) bool {
	switch w {
	case "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by",
		"with", "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these",
		"those", "there", "here", "we", "our", "ours", "us", "you", "your", "yours", "they", "their",
		"them", "he", "she", "his", "her", "i", "my", "me", "who", "which", "what", "where", "when",
		"while", "into", "onto", "than", "then", "so", "also", "just", "can", "will", "would",
		"could", "should", "may", "do", "does", "did", "have", "has", "had", "all", "any", "each",
		"every", "some", "more", "most", "other", "up", "out", "about", "s",
		// French
		"le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "ou", "mais", "en",
		"au", "aux", "pour", "par", "sur", "dans", "avec", "vos", "votre", "nous", "notre", "nos",
		"vous", "ils", "elles", "il", "elle", "qui", "que", "qu", "est", "sont", "ce", "cette",
		"ces", "son", "sa", "ses", "leur", "leurs", "se", "y",
		// Spanish
		"el", "los", "las", "unos", "unas", "del", "o", "pero", "al", "para", "por", "con", "su",
		"sus", "tu", "tus", "nuestro", "nuestra", "nuestros", "nuestras", "lo", "es",
		"este", "esta", "estos", "estas",
		// German
		"der", "die", "das", "den", "dem", "ein", "eine", "einen", "einem", "einer", "und", "oder",
		"aber", "im", "am", "auf", "aus", "zu", "zum", "zur", "fur", "mit", "von", "vom",
		"bei", "wir", "unser", "unsere", "ihr", "ihre", "sie", "ist", "sind", "dass", "als", "auch",
		// Portuguese
		"os", "um", "uma", "da", "dos", "e", "em", "na", "nas", "ao",
		"seu", "sua", "seus", "suas",
		// Italian
		"gli", "di", "della", "dei", "delle", "ma", "nel", "nella", "alla", "ai",
		"che", "si":
		return true
	}
	return false
}

// hashSet is a reusable open-addressing set of feature hashes.
type hashSet struct {
	slots []uint64 // 0 empty, else 1<<32 | hash
	n     int
}

func (s *hashSet) reset() {
	if len(s.slots) > 1<<16 {
		s.slots = nil // a huge description does not pin its table
	}
	clear(s.slots)
	s.n = 0
}

// add inserts h and reports whether it was new.
func (s *hashSet) add(h uint32) bool {
	if 2*(s.n+1) > len(s.slots) {
		old := s.slots
		s.slots = make([]uint64, max(256, 2*len(old)))
		s.n = 0
		for _, v := range old {
			if v != 0 {
				s.add(uint32(v))
			}
		}
	}
	mask := uint32(len(s.slots) - 1)
	for i := mix(h) & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case 0:
			s.slots[i] = 1<<32 | uint64(h)
			s.n++
			return true
		case 1<<32 | uint64(h):
			return false
		}
	}
}
