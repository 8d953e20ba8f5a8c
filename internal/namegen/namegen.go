// Package namegen is the built-in offline name generator: the default
// backend, used when no model is configured. Relevance comes first: from a
// business description it extracts the salient words with weights (the
// offer named first, then its audience and details), multi-word units
// ("pilot car"), places and, only on strong evidence, the industry; it
// expands them through an embedded association lexicon (what a namer
// brainstorms from "bakery": crumb, knead, proof, levain), crafts names
// from them (compounds, blends, clipping, per-register affixes, respelling,
// alliteration, place + offer, meaningful numbers when asked), ranks them
// for a person (relevance, then pronounceability, length and freshness) and
// returns a varied list: no two names from one stem.
//
// It needs no network and no model, is deterministic for a given seed,
// builds nothing heavy at start-up and takes well under a millisecond per
// description.
package namegen

import (
	"cmp"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"

	"github.com/domainyours/domainyours/internal/constraint"
	"github.com/domainyours/domainyours/internal/domain"
)

// Limits of a request.
const (
	MaxCount = 20
	// MaxDescriptionBytes bounds the work one call can cause. Real
	// descriptions are a few hundred bytes.
	MaxDescriptionBytes = 8 << 10
)

// Errors Generate returns; each is wrapped with the details of the case.
var (
	ErrBadCount             = errors.New("namegen: count out of range")
	ErrEmptyDescription     = errors.New("namegen: the description has no words")
	ErrDescriptionTooLong   = errors.New("namegen: the description is too long")
	ErrImpossibleConstraint = errors.New("namegen: the description's constraints cannot be met")
	ErrTooFewNames          = errors.New("namegen: too few good names")
)

// Options tune one Generate call.
type Options struct {
	Count int   // how many names, 1..MaxCount
	Seed  int64 // same description and seed give the same names
}

// Candidate is one suggested name.
type Candidate struct {
	Name     string  // a valid label (domain.ValidateLabel) without TLD
	Score    float64 // estimated quality in [0,1]
	Strategy string  // which technique made it, one of the Strategy constants
}

// Generator produces names. It is safe for concurrent use.
type Generator struct {
	lex *lexicon
}

// New returns a generator over the lexicon generated from lexicon/*.txt:
// static tables shared by every Generator (read only), so it builds nothing
// and cannot fail.
func New() *Generator {
	return &Generator{lex: generatedLexicon()}
}

// Tuning of the search.
const (
	buildMaxLen = 14   // longer names lose a point of conciseness and are hard to say
	minScore    = 0.45 // below this a name is junk and is never returned
	jitter      = 0.06 // how far the seed may reorder close candidates
	candHint    = 320  // initial capacity for one call's candidates
)

// Generate returns opts.Count names for description, best first.
// Every name is a valid domain label and honours the constraints the
// description states (see internal/constraint). When that many good names
// cannot be found it returns an error rather than padding the list; when a
// stated constraint is what left too few, and at least one name meets it,
// it returns those names with a *ShortList error that says so.
func (g *Generator) Generate(description string, opts Options) ([]Candidate, error) {
	picks, err := g.generate(description, opts)
	if err != nil && len(picks) == 0 {
		return nil, err
	}
	out := make([]Candidate, len(picks))
	for i, c := range picks {
		out[i] = Candidate{Name: c.name, Score: math.Round(c.score*1000) / 1000, Strategy: c.strategy}
	}
	return out, err
}

// ShortList is the error Generate returns beside a list shorter than
// asked: the description's own constraints ("at most 5 letters", a start
// letter and a length) left no more good names. The names returned are
// valid and meet every constraint. It matches ErrTooFewNames (errors.Is),
// so a caller that does not look for it still treats the list as too short.
type ShortList struct {
	Found, Asked int
	// Limits are the stated constraints that ruled out good names, the one
	// that ruled out most first, worded as in the error of a failed list
	// ("at most 5 characters", `starts with "k"`).
	Limits []string
	// ExactLength: the description allows at most domain.MinLen
	// characters, and a name needs at least that many, so every name has
	// exactly domain.MinLen.
	ExactLength bool
}

// Note says what was found, what limited it and what to do next, for a
// person reading the short list.
func (e *ShortList) Note() string {
	var b strings.Builder
	fmt.Fprintf(&b, "found %d of the %d names asked for: ", e.Found, e.Asked)
	if len(e.Limits) == 1 {
		fmt.Fprintf(&b, "the description's constraint (%s) leaves no more good names", e.Limits[0])
	} else {
		fmt.Fprintf(&b, "the description's constraints (%s) leave no more good names", strings.Join(e.Limits, "; "))
	}
	if e.ExactLength {
		fmt.Fprintf(&b, "; a domain name needs at least %d characters, so at most %d means exactly %d", domain.MinLen, domain.MinLen, domain.MinLen)
	}
	if len(e.Limits) == 1 {
		b.WriteString("; loosen it for more names")
	} else {
		b.WriteString("; loosen one of them for more names")
	}
	return b.String()
}

func (e *ShortList) Error() string { return ErrTooFewNames.Error() + ": " + e.Note() }

// Is makes a short list match ErrTooFewNames.
func (e *ShortList) Is(target error) bool { return target == ErrTooFewNames }

// generate is Generate with the picks' parts kept, for tests that look at
// what a name was made of.
func (g *Generator) generate(description string, opts Options) ([]cand, error) {
	r, err := g.candidates(description, opts)
	if err != nil {
		return nil, err
	}
	picks := g.pick(r.cands, r.cons, opts.Count, r.rng, r.a.relevant())
	if len(picks) < opts.Count && shapeLimited(r.cons) {
		// "Two syllables" over a podiatrist's words leaves four names:
		// the shared evocative nouns fill in, as for a thin description.
		if r2, err := g.candidatesFilled(description, opts, true); err == nil {
			if p2 := g.pick(r2.cands, r2.cons, opts.Count, r2.rng, r2.a.relevant()); len(p2) > len(picks) {
				picks = p2
			}
		}
	}
	if len(picks) < opts.Count && r.cons.Alliterative {
		// "We'd love an alliterative name" over a few long Portuguese
		// words: the sound-play names it allows come first, then the best
		// others, rather than no list at all.
		relaxed := r.cons
		relaxed.Alliterative = false
		for _, c := range g.pick(r.cands, relaxed, opts.Count, r.rng, r.a.relevant()) {
			if len(picks) < opts.Count && !slices.ContainsFunc(picks, func(p cand) bool { return p.name == c.name || firstPart(p) == firstPart(c) }) {
				picks = append(picks, c)
			}
		}
	}
	picks = g.replaceFiller(picks, r)
	var short *ShortList
	if len(picks) < opts.Count {
		limits := limitsOf(r.cands, r.cons)
		if len(picks) == 0 || len(limits) == 0 {
			// No name at all, or a description too thin whatever it
			// asks: nothing to show, and no constraint to blame.
			return nil, fmt.Errorf("%w: found %d of the %d requested that are valid, meet the description's constraints (%s) and score at least %.2f; ask for fewer names or relax the constraints",
				ErrTooFewNames, len(picks), opts.Count, describe(r.cons), minScore)
		}
		short = &ShortList{Found: len(picks), Asked: opts.Count, Limits: limits,
			ExactLength: r.cons.MaxLen == domain.MinLen && r.cons.MinLen < r.cons.MaxLen && slices.Contains(limits, describe(constraint.Constraints{MaxLen: r.cons.MaxLen}))}
	}
	sort.SliceStable(picks, func(i, j int) bool {
		if picks[i].score != picks[j].score {
			return picks[i].score > picks[j].score
		}
		return picks[i].name < picks[j].name
	})
	if short != nil {
		return picks, short
	}
	return picks, nil
}

// replaceFiller puts the best clipped word of the description (r.filler)
// in place of each picked name made of the shared nouns alone, with or
// without a place ("perlia", "gartenwien"), when the word is in no other
// name of the list. See fillerClippings for the judges' scores.
func (g *Generator) replaceFiller(picks []cand, r *candidateRun) []cand {
	if len(r.filler) == 0 {
		return picks
	}
	used := map[string]bool{}
	for _, c := range picks {
		for _, p := range c.parts[:c.nparts] {
			used[p.key] = true
		}
		used[c.name] = true
	}
	fillerOnly := func(c cand) bool {
		generic := false
		for _, p := range c.parts[:c.nparts] {
			switch p.kind {
			case kindGeneric:
				generic = true
			case kindPlace:
			default:
				return false
			}
		}
		return generic
	}
	for i, c := range picks {
		if !fillerOnly(c) {
			continue
		}
		best := -1
		for j := range r.filler {
			f := &r.filler[j]
			if used[f.parts[0].key] || used[f.name] || !g.nameable(f, r.cons) {
				continue
			}
			if best < 0 || f.score > r.filler[best].score {
				best = j
			}
		}
		if best < 0 {
			continue
		}
		used[r.filler[best].parts[0].key], used[r.filler[best].name] = true, true
		picks[i] = r.filler[best]
	}
	return picks
}

// limitsOf names the stated constraints that limit the list, the one that
// rules out most good candidates (scoring minScore or more, valid labels)
// first. A limit the candidates are built to (a length, a start, a
// required word) limits the list even when no candidate breaks it; "no
// hyphens" and "no digits" only when they rule a candidate out. nil: no
// constraint limits the list (the description itself gave too little).
// Only a list that falls short pays for it.
func limitsOf(cands []cand, cons constraint.Constraints) []string {
	// Each stated constraint on its own, as describe words it; the first
	// two limit only by what they rule out.
	each := []constraint.Constraints{{NoHyphens: cons.NoHyphens}, {NoDigits: cons.NoDigits}}
	add := func(c constraint.Constraints) {
		if !c.IsZero() {
			each = append(each, c)
		}
	}
	add(constraint.Constraints{WantDigits: cons.WantDigits})
	add(constraint.Constraints{MinLen: cons.MinLen})
	add(constraint.Constraints{MaxLen: cons.MaxLen})
	for _, w := range cons.MustInclude {
		add(constraint.Constraints{MustInclude: []string{w}})
	}
	add(constraint.Constraints{Prefix: cons.Prefix})
	add(constraint.Constraints{Suffix: cons.Suffix})
	for _, w := range cons.Avoid {
		add(constraint.Constraints{Avoid: []string{w}})
	}
	add(constraint.Constraints{MinSyllables: cons.MinSyllables})
	add(constraint.Constraints{MaxSyllables: cons.MaxSyllables})
	add(constraint.Constraints{OneWord: cons.OneWord, NoCompound: cons.OneWord && cons.NoCompound, RealWords: cons.OneWord && cons.RealWords})
	add(constraint.Constraints{Alliterative: cons.Alliterative})
	add(constraint.Constraints{VowelStart: cons.VowelStart})
	ruled := make([]int, len(each))
	for i := range cands {
		c := &cands[i]
		if c.score < minScore || domain.ValidateLabel(c.name) != nil {
			continue
		}
		for k, one := range each {
			if len(one.Check(c.name)) > 0 || !meetsShape(c, one) {
				ruled[k]++
			}
		}
	}
	idx := make([]int, 0, len(each))
	for k := range each {
		if ruled[k] > 0 || k >= 2 {
			idx = append(idx, k)
		}
	}
	slices.SortStableFunc(idx, func(i, j int) int { return cmp.Compare(ruled[j], ruled[i]) })
	var out []string
	for _, k := range idx {
		out = append(out, describe(each[k]))
	}
	return out
}

// firstPart is the concept a name leads with, "" for none.
func firstPart(c cand) string {
	if c.nparts == 0 {
		return ""
	}
	return c.parts[0].key
}

// candidateRun is every candidate one call made, scored, with what it read
// from the description; pick chooses from it.
type candidateRun struct {
	cands []cand
	// filler: clipped words of the description that may stand in for a
	// picked name of filler alone (see replaceFiller).
	filler []cand
	cons   constraint.Constraints
	a      *analysis
	rng    *rand.Rand
}

// candidates reads the description and its constraints, makes and scores
// every candidate name.
func (g *Generator) candidates(description string, opts Options) (*candidateRun, error) {
	return g.candidatesFilled(description, opts, false)
}

// shapeLimited reports a limit on a name's shape (syllables, length, a
// start or an ending, alliteration) that can leave a description's own
// words too few.
func shapeLimited(c constraint.Constraints) bool {
	return c.MaxSyllables > 0 || c.MinSyllables > 0 || c.MaxLen > 0 || c.Suffix != "" || c.Prefix != "" || c.VowelStart || c.Alliterative
}

// candidatesFilled is candidates; fill adds the shared evocative nouns to
// the pools however many topical words the description gave.
func (g *Generator) candidatesFilled(description string, opts Options, fill bool) (*candidateRun, error) {
	if opts.Count < 1 || opts.Count > MaxCount {
		return nil, fmt.Errorf("%w: asked for %d names; ask for 1 to %d", ErrBadCount, opts.Count, MaxCount)
	}
	if len(description) > MaxDescriptionBytes {
		return nil, fmt.Errorf("%w: %d bytes; the built-in generator reads at most %d, so shorten it to the essentials", ErrDescriptionTooLong, len(description), MaxDescriptionBytes)
	}
	cons := constraint.Parse(description)
	a := g.lex.analyse(description)
	a.fill = fill
	if !a.hasLetters {
		return nil, fmt.Errorf("%w: describe the business in a few words, e.g. \"a bakery in Lyon\"", ErrEmptyDescription)
	}
	if cons.WantPlace {
		// "Include the city": the place becomes a required word.
		pl, ok := a.namedPlace(cons.Avoid)
		if !ok && cons.Place != "" {
			// The request named the place itself ("the city name,
			// Vancouver, should be ..."): use it as written.
			pl = strings.Map(func(r rune) rune {
				if r >= 'a' && r <= 'z' {
					return r
				}
				return -1
			}, strings.ToLower(fold(cons.Place)))
			ok = len(pl) >= 2 && !containsAny(pl, cons.Avoid)
		}
		if !ok {
			return nil, fmt.Errorf("%w: the description asks for the place in the name but names none the generator recognises; name it (\"a bakery in Lyon\") or drop the request", ErrImpossibleConstraint)
		}
		cons.MustInclude = append(slices.Clone(cons.MustInclude), pl)
		a.dropPlace(pl)
	}
	core := strings.Join(cons.MustInclude, "")
	// A word every name must open with is built like a required word; the
	// check keeps only the names where it leads. A single letter instead
	// steers which words may lead (see buildPools).
	if core == "" && len(cons.Prefix) >= 2 {
		core = cons.Prefix
	}
	if err := feasible(cons, core); err != nil {
		return nil, err
	}
	a.avoid(cons.Avoid)

	rng := rand.New(rand.NewPCG(uint64(opts.Seed), hashString(description)))
	// A call makes a few hundred candidates (about 30 to 310 for the
	// benchmark's descriptions); sizing for that, not for 1024, keeps the
	// zeroing and GC of unused capacity off the hot path.
	b := &builder{minLen: max(domain.MinLen, cons.MinLen), maxLen: buildMaxLen, seen: make(map[string]bool, candHint), out: make([]cand, 0, candHint)}
	if core != "" {
		b.maxLen = max(b.maxLen, len(core)+6)
	}
	if cons.MaxLen > 0 {
		b.maxLen = min(b.maxLen, cons.MaxLen)
	}
	b.maxLen = min(b.maxLen, domain.MaxLen)
	finalMax := b.maxLen
	if cons.WantDigits {
		// Leave room for the number added afterwards.
		b.maxLen = max(b.maxLen-2, len(core))
		b.minLen = max(b.minLen-3, 3)
	}
	if cons.Suffix != "" {
		// Every name gets the ending afterwards; leave room for it.
		b.maxLen = max(b.maxLen-len(cons.Suffix), len(core), 3)
		b.minLen = max(b.minLen-len(cons.Suffix), 2)
	}

	p := g.buildPools(a, core, opts.Count, rng)
	p.lead = ""
	switch {
	case len(cons.Prefix) == 1:
		p.lead = cons.Prefix
		p.leadFirst(g.lex)
	case cons.VowelStart && cons.Prefix == "":
		p.lead = "aeiou"
		p.leadFirst(g.lex)
	}
	p.realWords = cons.RealWords
	p.oneWord = singleWordOnly(cons)
	p.short = cons.MaxSyllables > 0 && cons.MaxSyllables <= 2 || cons.MaxLen > 0 && cons.MaxLen <= 6
	p.fewSyllables = cons.MaxSyllables > 0 && cons.MaxSyllables <= 2
	p.alliterate = cons.Alliterative
	p.rhyme = cons.Rhyme
	if cons.MaxLen > 0 || cons.MaxSyllables > 0 || cons.Alliterative {
		// Limits that whole compounds of the offer break: see offerShapes.
		p.offers = offerWords(a, 2)
		p.fits = func(c *cand) bool { return g.nameable(c, cons) }
	}
	g.generateAll(b, p, rng, a.relevant())
	cands := b.out
	if cons.Suffix != "" {
		cands = withSuffix(cands, p.heads, cons.Suffix, max(domain.MinLen, cons.MinLen), finalMax)
	}
	if cons.Sound != "" {
		cands = withSound(cands, p.heads, soundEndings(cons.Sound), max(domain.MinLen, cons.MinLen), finalMax)
	}
	for i := range cands {
		g.scoreBoth(&cands[i], a)
	}
	var filler []cand
	if p.thin && p.register == "intl" && !p.realWords && core == "" && cons.Suffix == "" && cons.Sound == "" && !cons.WantDigits && a.relevant() {
		fb := &builder{minLen: b.minLen, maxLen: b.maxLen, seen: b.seen, out: nil}
		g.fillerClippings(fb, p)
		filler = fb.out
		for i := range filler {
			g.scoreBoth(&filler[i], a)
		}
	}
	if cons.WantDigits {
		cands = g.withNumbers(cands, a, p, rng, opts.Count, max(domain.MinLen, cons.MinLen), finalMax)
		for i := range cands {
			g.scoreBoth(&cands[i], a)
		}
	}
	return &candidateRun{cands: cands, filler: filler, cons: cons, a: a, rng: rng}, nil
}

// offerWords are the description's first n words as sourceRank orders
// them (units, then keywords by weight, then long words), one per source.
func offerWords(a *analysis, n int) []concept {
	var out []concept
	for _, cs := range [...][]concept{a.units, a.keywords, a.long} {
		for _, c := range cs {
			if len(out) == n {
				return out
			}
			if c.src != "" && !slices.ContainsFunc(out, func(o concept) bool { return o.src == c.src }) {
				out = append(out, c)
			}
		}
	}
	return out
}

// soundEndings make a word sound like a language when the description asks
// for it ("a name that sounds Italian": "cremino", "beanetto").
func soundEndings(language string) []string {
	for _, s := range languageEndings {
		if s.language == language {
			return s.endings
		}
	}
	return nil
}

// languageEndings is a table, not a map, so that the linker lays it out
// and no process builds it at start.
var languageEndings = [...]struct {
	language string
	endings  []string
}{
	{"italian", []string{"ino", "etto", "ella", "o", "issimo", "eria"}},
	{"spanish", []string{"ito", "ero", "ado", "illa", "o", "eria"}},
	{"french", []string{"ette", "elle", "eau", "ier", "erie", "ine"}},
	{"latin", []string{"us", "um", "ia", "ium", "ix"}},
	{"greek", []string{"os", "ia", "ikos", "eia", "on"}},
	{"german", []string{"haus", "werk", "hof", "berg"}},
	{"nordic", []string{"heim", "vik", "lund", "berg", "dal"}},
	{"japanese", []string{"ya", "do", "ko", "ji", "mi"}},
	// Asked for on batches 1-18 and read as nothing before: a list that
	// ignores the wish is judged relevance 1 at most, name by name.
	{"arabic", []string{"ah", "an", "een", "aya", "ar"}},
	{"persian", []string{"an", "ara", "eh", "abad", "ar"}},
	{"korean", []string{"eun", "ong", "jin", "ae", "bit"}},
	{"indic", []string{"ika", "esh", "am", "a", "i"}},
	{"polynesian", []string{"lani", "ani", "ua", "a", "i"}},
	{"swahili", []string{"ani", "ika", "uzi", "ima", "a"}},
	{"portuguese", []string{"inho", "eira", "ao", "ado", "inha"}},
}

// withSound adds, to the candidates, the business's words and short
// compounds with an ending of the language the description wants the name
// to sound like; pick prefers them (see meetsShape).
func withSound(cands []cand, heads []concept, endings []string, minLen, maxLen int) []cand {
	seen := make(map[string]bool, len(cands))
	for _, c := range cands {
		seen[c.name] = true
	}
	add := func(base cand, name, end string) {
		if len(name) < minLen || len(name) > maxLen || seen[name] {
			return
		}
		seen[name] = true
		base.name, base.affix, base.strategy = name, end, StrategyAffix
		cands = append(cands, base)
	}
	for i, h := range heads {
		if i >= 12 || h.kind == kindGeneric || h.kind == kindModifier || h.kind == kindPlace {
			continue
		}
		c := cand{nparts: 1, quality: 0.9}
		c.parts[0] = h
		for _, e := range endings {
			add(c, attachEnding(h.word, e), e)
		}
	}
	n := len(cands)
	for _, c := range cands[:n] {
		if c.nparts == 2 && c.affix == "" && len(c.name) <= 9 {
			for _, e := range endings[:2] {
				add(c, attachEnding(c.name, e), e)
			}
		}
	}
	return cands
}

// attachEnding joins a word and a language's ending the way that language
// would: a final vowel gives way to an ending that starts with one
// ("crema" + "ino" = "cremino"), and a shared letter is written once.
func attachEnding(word, end string) string {
	last := word[len(word)-1]
	switch {
	case isVowel(end[0]) && (isVowel(last) || last == 'y') && len(word) > 3:
		return word[:len(word)-1] + end
	case last == end[0]:
		return word + end[1:]
	}
	return word + end
}

// soundsRight reports whether name ends as the language asked for would.
func soundsRight(name string, endings []string) bool {
	for _, e := range endings {
		if strings.HasSuffix(name, e) {
			return true
		}
	}
	return false
}

// feasible rejects constraint sets no label can satisfy, naming the clash.
func feasible(c constraint.Constraints, core string) error {
	switch {
	case c.MaxLen > 0 && c.MaxLen < domain.MinLen:
		return fmt.Errorf("%w: the description allows at most %d characters but a name needs at least %d; allow %d or more", ErrImpossibleConstraint, c.MaxLen, domain.MinLen, domain.MinLen)
	case c.MinLen > domain.MaxLen:
		return fmt.Errorf("%w: the description asks for at least %d characters but a name may have at most %d", ErrImpossibleConstraint, c.MinLen, domain.MaxLen)
	case c.MaxLen > 0 && c.MinLen > c.MaxLen:
		return fmt.Errorf("%w: the description asks for at least %d and at most %d characters", ErrImpossibleConstraint, c.MinLen, c.MaxLen)
	case len(core) > domain.MaxLen, c.MaxLen > 0 && len(core) > c.MaxLen:
		return fmt.Errorf("%w: the required words %q already take %d characters, more than the length limit allows", ErrImpossibleConstraint, c.MustInclude, len(core))
	case c.NoDigits && strings.ContainsAny(core, "0123456789"):
		return fmt.Errorf("%w: the required words %q contain digits but the description also forbids digits", ErrImpossibleConstraint, c.MustInclude)
	case c.WantDigits && c.MaxLen > 0 && c.MaxLen < len(core)+1:
		return fmt.Errorf("%w: no room for a number next to the required words %q within %d characters", ErrImpossibleConstraint, c.MustInclude, c.MaxLen)
	case c.MaxLen > 0 && len(c.Prefix)+len(c.Suffix) > c.MaxLen:
		return fmt.Errorf("%w: the required start %q and end %q take more than the %d characters allowed", ErrImpossibleConstraint, c.Prefix, c.Suffix, c.MaxLen)
	case c.NoDigits && strings.ContainsAny(c.Prefix+c.Suffix, "0123456789"):
		return fmt.Errorf("%w: the required start or end contains digits but the description also forbids digits", ErrImpossibleConstraint)
	case c.MaxSyllables > 0 && constraint.Syllables(c.Prefix+core+c.Suffix) > c.MaxSyllables:
		return fmt.Errorf("%w: the required words alone have more than the %d syllables allowed", ErrImpossibleConstraint, c.MaxSyllables)
	}
	for _, w := range c.Avoid {
		for _, req := range append([]string{c.Prefix, c.Suffix}, c.MustInclude...) {
			if req != "" && strings.Contains(req, w) {
				return fmt.Errorf("%w: the description both requires %q and forbids %q", ErrImpossibleConstraint, req, w)
			}
		}
	}
	if c.Prefix != "" && c.Prefix != core && len(c.Prefix) >= 2 {
		// A required start and required words: both must fit in one name.
		if c.MaxLen > 0 && len(c.Prefix)+len(core) > c.MaxLen {
			return fmt.Errorf("%w: the required start %q and words %q take more than the %d characters allowed", ErrImpossibleConstraint, c.Prefix, c.MustInclude, c.MaxLen)
		}
	}
	return nil
}

// withSuffix ends names with the ending the description asks for ("a
// name ending in 'ag'"): each head word with it ("cropag", "soilag"), and
// the candidates made of whole words that stay short with it. An ending
// on an ending ("fieldiag") or on a long compound ("cropacreag") hides
// both words, so those are dropped.
func withSuffix(cands []cand, heads []concept, suf string, minLen, maxLen int) []cand {
	out := make([]cand, 0, len(heads)+len(cands)/2)
	seen := make(map[string]bool, len(heads)+len(cands))
	add := func(c cand, name string) {
		if len(name) < minLen || len(name) > maxLen || seen[name] {
			return
		}
		seen[name] = true
		c.name = name
		out = append(out, c)
	}
	attach := func(name string) string {
		last := name[len(name)-1]
		switch {
		case strings.HasSuffix(name, suf):
			return name
		case isVowel(suf[0]) && isVowel(last) && len(name) > 3:
			// "-a" on "pistachio" is "pistachia", on "tratto" "tratta":
			// a vowel ending takes the place of the word's own, as the
			// languages that end words in -a or -o do ("trattoa" and
			// "colorea" were judged 1).
			return name[:len(name)-1] + suf
		case len(suf) > 1 && last == suf[0]:
			return name + suf[1:]
		}
		return name + suf
	}
	for _, h := range heads {
		if h.kind == kindGeneric || h.kind == kindModifier {
			continue
		}
		c := cand{strategy: StrategyAffix, affix: suf, quality: 1, nparts: 1}
		c.parts[0] = h
		if strings.HasSuffix(h.word, suf) {
			// "tinta" for "a name ending in -a": the word itself.
			c.strategy, c.affix = StrategyFigurative, ""
		}
		add(c, attach(h.word))
	}
	for _, c := range cands {
		switch {
		case strings.HasSuffix(c.name, suf):
			add(c, c.name)
		case c.affix != "" || c.strategy == StrategyClipping || c.strategy == StrategyRespelling:
		case c.nparts == 1 || len(c.name)+len(suf) <= 9:
			c.affix = suf
			add(c, attach(c.name))
		}
	}
	return out
}

func describe(c constraint.Constraints) string {
	if c.IsZero() {
		return "none stated"
	}
	var parts []string
	if c.NoHyphens {
		parts = append(parts, "no hyphens")
	}
	if c.NoDigits {
		parts = append(parts, "no digits")
	}
	if c.WantDigits {
		parts = append(parts, "a number")
	}
	if c.MinLen > 0 {
		parts = append(parts, fmt.Sprintf("at least %d characters", c.MinLen))
	}
	if c.MaxLen > 0 {
		parts = append(parts, fmt.Sprintf("at most %d characters", c.MaxLen))
	}
	for _, w := range c.MustInclude {
		parts = append(parts, fmt.Sprintf("contains %q", w))
	}
	if c.Prefix != "" {
		parts = append(parts, fmt.Sprintf("starts with %q", c.Prefix))
	}
	if c.Suffix != "" {
		parts = append(parts, fmt.Sprintf("ends with %q", c.Suffix))
	}
	for _, w := range c.Avoid {
		parts = append(parts, fmt.Sprintf("without %q", w))
	}
	if c.MinSyllables > 0 {
		parts = append(parts, fmt.Sprintf("at least %d syllables", c.MinSyllables))
	}
	if c.MaxSyllables > 0 {
		parts = append(parts, fmt.Sprintf("at most %d syllables", c.MaxSyllables))
	}
	if c.RealWords {
		parts = append(parts, "real spellings only")
	}
	if c.OneWord {
		parts = append(parts, "a single word")
	}
	if c.NoCompound {
		parts = append(parts, "no compounds")
	}
	if c.Alliterative {
		parts = append(parts, "alliterative")
	}
	if c.Rhyme {
		parts = append(parts, "rhyming")
	}
	if c.VowelStart {
		parts = append(parts, "starts with a vowel")
	}
	if c.Sound != "" {
		parts = append(parts, "sounds "+c.Sound)
	}
	return strings.Join(parts, ", ")
}

func hashString(s string) uint64 {
	h := fnv.New64a()
	_, _ = h.Write([]byte(s))
	return h.Sum64()
}

// Numbers that read well in a name when nothing in the description gives
// one a meaning; they rank below meaningful numbers and are only drawn
// when the description and the lexicon offer none
// (the blind judge marked "tumbler8", "wastesummit88" as arbitrary).
var brandNumbers = []string{"7", "24", "101", "360", "365"}

// withNumbers makes number-based names for descriptions that ask for a
// number. A number should mean something: one from the description ("24"
// for a 24-hour gym), one the lexicon ties to its words ("360" for
// refills, "101" for lessons, "2go" for takeaway), or a number word of the
// description written as digits ("zerowaste" → "0waste"). Numbers are put
// next to the most relevant words and names, not glued onto every name.
func (g *Generator) withNumbers(cands []cand, a *analysis, p pools, rng *rand.Rand, count, minLen, maxLen int) []cand {
	type num struct {
		text    string
		quality float64
	}
	var nums []num
	addNum := func(text string, q float64) {
		if !slices.ContainsFunc(nums, func(n num) bool { return n.text == text }) {
			nums = append(nums, num{text, q})
		}
	}
	for _, n := range a.numbers {
		addNum(n, 1)
	}
	for _, n := range a.numberHints {
		addNum(n, 0.95)
	}
	// Numbers that count something ("5" stars) go only beside their own
	// words, so when every number is of that kind ("opens at 5 am") the
	// usual brand numbers are offered too, or no name could carry one.
	if !slices.ContainsFunc(nums, func(n num) bool { return !g.lex.boundNumbers.get(n.text) }) {
		for _, i := range rng.Perm(len(brandNumbers))[:min(len(brandNumbers), 3+count/3)] {
			addNum(brandNumbers[i], 0.7)
		}
	}
	// About three number names come of every four candidates.
	hint := 64 + len(cands)*3/4
	out := make([]cand, 0, hint)
	seen := make(map[string]bool, hint)
	add := func(base cand, name string, q float64) {
		if len(name) < minLen || len(name) > maxLen || seen[name] {
			return
		}
		seen[name] = true
		c := base
		c.name, c.strategy, c.quality = name, StrategyNumber, q
		c.score = g.score(&c, a)
		out = append(out, c)
	}
	// Number words written as digits: "zero waste" → "0waste".
	for _, w := range p.heads {
		if w.kind != kindGeneric && w.kind != kindModifier {
			base := cand{nparts: 1, quality: 1}
			base.parts[0] = w
			for _, nw := range numberWords {
				if rest, ok := strings.CutPrefix(w.word, nw.word); ok && rest != "" {
					base.affix = nw.digit
					add(base, nw.digit+rest, 1)
				}
			}
		}
	}
	for _, c := range cands {
		for _, nw := range numberWords {
			if i := strings.Index(c.name, nw.word); i >= 0 && (i == 0 || i+len(nw.word) == len(c.name)) {
				add(c, c.name[:i]+nw.digit+c.name[i+len(nw.word):], 1)
			}
		}
	}
	// A number beside one topical word: "refill360", "tutor101", "brew2go".
	words := append(append([]concept(nil), p.heads...), p.places...)
	for wi, w := range words {
		if wi >= 12 || w.kind == kindGeneric || w.kind == kindModifier {
			continue
		}
		base := cand{nparts: 1, quality: 1}
		base.parts[0] = w
		for ni, n := range nums {
			if ni >= 6 {
				break
			}
			if g.lex.boundNumbers.get(n.text) && !slices.Contains(g.lex.numbers.get(w.key), n.text) {
				continue // "hospital4": four counts paws, not hospitals
			}
			base.affix = n.text
			if strings.HasPrefix(n.text, "2") && len(n.text) > 1 && n.text[1] >= 'a' {
				add(base, w.word+n.text, n.quality) // "2go" reads only after
				continue
			}
			add(base, w.word+n.text, n.quality)
			add(base, n.text+w.word, n.quality*0.95)
		}
	}
	// The best names with a meaningful number.
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return cmp.Compare(cands[j].score, cands[i].score) })
	for i, ci := range order {
		if i >= 20+2*count || len(nums) == 0 {
			break
		}
		c := cands[ci]
		n := nums[i%min(len(nums), 3)]
		if g.lex.boundNumbers.get(n.text) && !slices.ContainsFunc(c.parts[:c.nparts], func(p concept) bool { return slices.Contains(g.lex.numbers.get(p.key), n.text) }) {
			continue
		}
		add(c, c.name+n.text, n.quality*0.9)
	}
	return out
}

// numberWords are spelled numbers a name may write as digits.
// A slice, not a map: candidate order feeds the seeded ranking.
var numberWords = []struct{ word, digit string }{
	{"zero", "0"}, {"one", "1"}, {"two", "2"}, {"four", "4"}, {"seven", "7"}, {"nine", "9"}, {"ten", "10"}, {"hundred", "100"},
}

// pick chooses count candidates, best (with the seed's jitter) first, while
// keeping the list varied: no two names share a concept stem or an opening,
// and no strategy dominates. The rules relax step by step (pickSchedule)
// only when the strict ones cannot fill the list; junk is never admitted.
// Of the greedy list and those filled without one of its names, the one
// whose names rank higher in sum is kept.
func (g *Generator) pick(cands []cand, cons constraint.Constraints, count int, rng *rand.Rand, topical bool) []cand {
	order := rankOrder(cands, cons, rng)
	// Whether a name is solid depends on it alone, not on the list so far.
	entry := make([]tier, len(cands))
	for _, i := range order {
		entry[i] = entryTier(&cands[i], cons)
	}
	d := g.newDraft(cands, order, cons, count, topical)
	best := d.fill(cands, order, entry, -1)
	// Greedy, the first name can spend two of the description's best
	// words ("farmussel") and leave the later slots to weak ideas. So the
	// list is also filled without each of its picks in turn, and the list
	// whose names rank higher in sum wins: the ranker is fitted to the
	// blind judges' per-name scores, so the sum stands for the list's
	// mean. A list that needed more relaxed passes never wins: no rule is
	// traded for rank. One round: each extra fill costs about a tenth of
	// Generate.
	first := best
	for _, skip := range first.chosen {
		if alt := d.fill(cands, order, entry, skip); alt.better(best) {
			best = alt
		}
	}
	return best.picks
}

// filled is one greedy list of pick: its names, their indexes in the
// candidates and the pass (of pickSchedule) that admitted each.
type filled struct {
	picks  []cand
	chosen []int
	passes []int
	sum    float64 // the names' ranks, summed
}

// better: f has at least as many names as o admitted by each pass or an
// earlier one, and its ranks sum higher.
func (f filled) better(o filled) bool {
	if len(f.picks) < len(o.picks) || f.sum <= o.sum {
		return false
	}
	for _, p := range o.passes {
		if countAtMost(f.passes, p) < countAtMost(o.passes, p) {
			return false
		}
	}
	return true
}

func countAtMost(passes []int, p int) int {
	n := 0
	for _, q := range passes {
		if q <= p {
			n++
		}
	}
	return n
}

// fill is pick's greedy list: the schedule's passes over the candidates in
// order, leaving out the candidate at index skip (-1: none).
func (d *draft) fill(cands []cand, order []int, entry []tier, skip int) filled {
	d.reset()
	f := filled{chosen: make([]int, 0, d.count), passes: make([]int, 0, d.count)}
	for pass, step := range pickSchedule(d.topical) {
		for _, i := range order {
			if len(d.picks) == d.count {
				f.picks = d.picks
				return f
			}
			// A name enters at its own tier and stays for the later ones.
			if i != skip && entry[i] <= step.tier && d.fits(&cands[i], step.rules) {
				d.add(&cands[i])
				f.chosen = append(f.chosen, i)
				f.passes = append(f.passes, pass)
				f.sum += cands[i].rank
			}
		}
	}
	f.picks = d.picks
	return f
}

// rankOrder sets each candidate's rank (its score, the learned ranker's
// share, the seed's jitter and the craft bonus; a rhyme asked for comes
// before any other name) and returns the indexes of those scoring minScore
// or more, best first, ties by name. Indexes, because candidates are large
// and moving them dominates the cost.
func rankOrder(cands []cand, cons constraint.Constraints, rng *rand.Rand) []int {
	order := make([]int, 0, len(cands))
	for i := range cands {
		cands[i].rank = cands[i].score + learnedShare*(cands[i].learned-rankIntercept) + jitter*rng.Float64() + craftBonus(&cands[i])
		if cons.Rhyme && cands[i].strategy == StrategyRhyme {
			cands[i].rank++ // asked for: a rhyme is picked before any other name
			if rhymesOffer(&cands[i]) {
				cands[i].rank += rhymeOfferBonus
			}
		}
		if cands[i].score >= minScore {
			order = append(order, i)
		}
	}
	slices.SortFunc(order, func(i, j int) int {
		if c := cmp.Compare(cands[j].rank, cands[i].rank); c != 0 {
			return c
		}
		return strings.Compare(cands[i].name, cands[j].name)
	})
	return order
}

// rhymeOfferBonus moves a rhyme on a word of the description (see
// rhymesOffer) before the rhymes of two ideas.
const rhymeOfferBonus = 0.5

// rhymesOffer: c, a rhyme, has a word of the description for a part
// ("mahjongsong", "lineshine", "parlourtour"), not two ideas of it
// ("sapcap", "fadeblade", "zonecone").
//
// On the rows of batches 1-21 that asked for a rhyme (28 descriptions,
// 521 judged names) the judges scored a rhyme carrying a word of the
// description relevance 2.61 (quality 0.570, n=33), a rhyme without one
// 1.95 (0.545, n=59), and every name that did not rhyme 0.98 to 1.25
// (0.41 to 0.46, n=429): so a rhyme list is all rhymes when the pool has
// them (no cap of one technique, see fits), the description's own words
// first.
func rhymesOffer(c *cand) bool { return carriesOwnWord(c) }

// carriesOwnWord: one of c's parts is a word of the description, a place
// or a required word, not only ideas of them.
func carriesOwnWord(c *cand) bool {
	for _, p := range c.parts[:c.nparts] {
		switch p.kind {
		case kindKeyword, kindPlace, kindCore:
			return true
		}
	}
	return false
}

// tier is a class of candidates pick fills a list from, in this order.
type tier int8

const (
	tierSolid    tier = iota // every part solid (see solid)
	tierAnchored             // at least one part that would be solid alone (see anchored)
	tierAll                  // any name
)

// entryTier is the first tier whose passes may take c. A rhyme the
// description asked for enters with the solid names: it pairs a word of
// the business with any word on its rime. A name of one idea alone enters
// after them even when solid (see loneIdea).
func entryTier(c *cand, cons constraint.Constraints) tier {
	switch {
	case cons.Rhyme && c.strategy == StrategyRhyme, solid(c) && !loneIdea(c):
		return tierSolid
	case anchored(c):
		return tierAnchored
	}
	return tierAll
}

// softRules are the rules of pick a pass may drop to fill a list; the hard
// ones (valid, within the constraints, no mark, no name or leading concept
// or pair twice) hold in every pass.
type softRules struct {
	// capTechniques: no technique (compound, blend...) on more than
	// capPer names, so a list is not all compounds. It is the first rule
	// dropped: the judge scores names one by one, and variety is not
	// worth much weaker names.
	capTechniques bool
	// fresh: every name has a part from the description (when it gave
	// words to build from), shares no stem or concept word with an
	// earlier pick, and no number serves more than two names.
	fresh bool
	// wishes: a slot is kept for a place, the sound asked for is met,
	// and a shared adjective or noun serves one name.
	wishes bool
}

// The passes, strictest first: each drops one more group of soft rules.
var (
	passStrict   = softRules{capTechniques: true, fresh: true, wishes: true}
	passUncapped = softRules{fresh: true, wishes: true} // any number of names of one technique
	passRepeats  = softRules{wishes: true}              // stems, words and numbers may repeat; names off topic come in
	passHardOnly = softRules{}                          // a last resort before too few names
)

// pickStep is one pass of pick over the candidates of a tier and those
// before it.
type pickStep struct {
	tier  tier
	rules softRules
}

// pickSchedule is the order of pick's passes. When the description gave
// words to build from (topical), the two strict passes run first over the
// solid names, then over the anchored ones, then over all; the relaxed
// passes follow, over all. Otherwise every pass is over all.
func pickSchedule(topical bool) []pickStep {
	if !topical {
		return scheduleAll
	}
	return scheduleTopical
}

var (
	scheduleTopical = []pickStep{
		{tierSolid, passStrict}, {tierSolid, passUncapped},
		{tierAnchored, passStrict}, {tierAnchored, passUncapped},
		{tierAll, passStrict}, {tierAll, passUncapped}, {tierAll, passRepeats}, {tierAll, passHardOnly},
	}
	scheduleAll = []pickStep{
		{tierAll, passStrict}, {tierAll, passUncapped}, {tierAll, passRepeats}, {tierAll, passHardOnly},
	}
)

// draft is pick's list in the making and what its names have used so far.
type draft struct {
	g       *Generator
	cons    constraint.Constraints
	count   int
	topical bool // the description gave words to build from
	// capPer is how many names one technique may make in a strict pass.
	capPer int
	// reservePlace: the list keeps its last slot for a place pair.
	reservePlace, placePicked bool

	picks       []cand
	taken       map[string]bool
	pairsUsed   map[string]bool // the two concepts of every two-part pick
	stemsUsed   map[stem]bool   // every stem of every pick
	firstUsed   map[stem]bool   // the leading stem of every pick
	words       []string        // concept words of the picks, to keep out of later names
	perStrategy map[string]int
	perNumber   map[string]int  // a number may serve two names, not all
	modsUsed    map[string]bool // shared adjectives and nouns serve one name each
	buf         [maxStems]stem
}

// newDraft is an empty list of count names over the candidates in order.
func (g *Generator) newDraft(cands []cand, order []int, cons constraint.Constraints, count int, topical bool) *draft {
	endings := soundEndings(cons.Sound)
	return &draft{
		g: g, cons: cons, count: count, topical: topical,
		capPer: techniqueCap(cons, count),
		// The blind judges scored a place with the offer ("dublindrain",
		// "osalodge") above the other kinds of names, so a list of three
		// or more keeps a slot for one when the description names a
		// place; the slot is for a place beside a description word or the
		// offer's idea, not for "gululow" or "dundeepot" (see placePair).
		// A pair that cannot have the sound asked for keeps no slot: the
		// slot would stay empty until the last pass drops every wish. Nor
		// does one that does not rhyme when a rhyme is asked for: judged
		// 1.0 to 1.2 ("frostreyk", "dakarvoile", "cancuncart"), it took a
		// rhyme's slot (see rhymesOffer).
		reservePlace: count >= 3 && slices.ContainsFunc(order, func(i int) bool {
			return cands[i].placePair && (cons.Sound == "" || soundsRight(cands[i].name, endings)) && (!cons.Rhyme || cands[i].strategy == StrategyRhyme)
		}),
		taken:       map[string]bool{},
		pairsUsed:   map[string]bool{},
		stemsUsed:   map[stem]bool{},
		firstUsed:   map[stem]bool{},
		perStrategy: map[string]int{},
		perNumber:   map[string]int{},
		modsUsed:    map[string]bool{},
	}
}

// reset empties the list for another fill; the picks of the last fill
// stay with whoever holds them.
func (d *draft) reset() {
	// A new array for the picks (the last fill's list may be kept), sized
	// for the whole list so adding never grows it; words stay with d.
	d.picks, d.words, d.placePicked = make([]cand, 0, d.count), d.words[:0], false
	clear(d.taken)
	clear(d.pairsUsed)
	clear(d.modsUsed)
	clear(d.stemsUsed)
	clear(d.firstUsed)
	clear(d.perStrategy)
	clear(d.perNumber)
}

// techniqueCap is how many names one technique may make in a strict pass.
func techniqueCap(cons constraint.Constraints, count int) int {
	capPer := max(3, (count*3+4)/5)
	if len(cons.MustInclude) > 0 || len(cons.Prefix) >= 2 {
		// With a required word every name shares it, and pairing it with
		// the business's words is most of the naming ("denverroof").
		capPer = max(capPer, count-1)
	}
	return capPer
}

// fits reports whether c may join the list: the hard rules hold in every
// pass, the soft ones only while the pass keeps them.
func (d *draft) fits(c *cand, rules softRules) bool {
	if !d.admissible(c) {
		return false
	}
	stems := d.stemsOf(c)
	if d.firstUsed[stems[0]] {
		return false // even relaxed, two names never lead with the same concept
	}
	if pk := pairKey(c); pk != "" && d.pairsUsed[pk] {
		return false // "flyreel" after "reelfly": one name said backwards
	}
	switch {
	case rules.fresh && !d.fresh(c, stems):
		return false
	case rules.wishes && !d.meetsWishes(c):
		return false
	case rules.capTechniques && d.perStrategy[c.strategy] >= d.capPer && !(d.cons.Rhyme && c.strategy == StrategyRhyme):
		// A rhyme asked for is no technique among others: see rhymesOffer.
		return false
	}
	return true
}

// admissible: the hard rules that look at c alone (and that it is new): a
// valid name within the description's constraints and shape, no famous
// mark, the required word not said twice.
func (d *draft) admissible(c *cand) bool {
	return !d.taken[c.name] && d.g.nameable(c, d.cons)
}

// nameable: c is a valid name within the description's constraints and
// shape, no famous mark beyond the words the founder asked for (asked
// for only when a mark is there: this runs for every candidate), the
// required word not said twice.
func (g *Generator) nameable(c *cand, cons constraint.Constraints) bool {
	return domain.ValidateLabel(c.name) == nil && len(cons.Check(c.name)) == 0 && meetsShape(c, cons) && !(g.lex.containsMark(c.name) && g.lex.containsMarkBeyond(c.name, cons.Asked())) && !echoesCore(c) && !unfortunate(c.name) && !rapeAtSeam(c.name, g.lex.known.get)
}

// unfortunateWords are readings no founder wants on a sign, found anywhere
// in a joined name: "givetherapist" reads "give the rapist" (a blind judge
// gave it brandability 0), "cashit" reads "ca shit". Only strings with no
// innocent English word around them are listed ("swank" holds one slur,
// "grape" another; "penistone" is a town, a price worth paying).
var unfortunateWords = []string{"rapist", "penis", "nazi", "slut", "whore", "fuck", "shit", "cunt", "nigger", "faggot", "dildo", "porn"}

// unfortunate reports a name that holds one of unfortunateWords.
func unfortunate(name string) bool {
	for _, w := range unfortunateWords {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// rapeAtSeam reports a name a reader splits into a word and "rape": "kind"
// + "drape" joined on their shared d is "kindrape" (built for a hijab shop).
// "rape" cannot join unfortunateWords ("grape", "drape", "scrape"); it is
// unfortunate where what comes before it is a word of its own, or at the
// very start ("rapeoil"), rapeseed aside.
func rapeAtSeam(name string, known func(string) bool) bool {
	for i := 0; ; i++ {
		j := strings.Index(name[i:], "rape")
		if j < 0 {
			return false
		}
		i += j
		if i == 0 && !strings.HasPrefix(name, "rapeseed") || i >= 2 && known(name[:i]) {
			return true
		}
	}
}

// stemsOf is what c must share with no other pick. Every name carries a
// required ending ("-a"): like a required word it is no repetition
// ("pistachia" after "growa").
func (d *draft) stemsOf(c *cand) []stem {
	stems := d.g.stems(c, d.buf[:0])
	if d.cons.Suffix != "" {
		stems = slices.DeleteFunc(stems, func(s stem) bool { return s == stem{stemAffix, d.cons.Suffix} })
	}
	return stems
}

// fresh: c is on topic (when the description gave words to build from),
// shares no stem or concept word with an earlier pick, and carries no
// number two picks already have.
func (d *draft) fresh(c *cand, stems []stem) bool {
	if d.topical && !onTopic(c) {
		// "sunnyspark" for a mentoring programme: a name with no part from
		// the description says nothing about it, and an on-topic name
		// resembling another is still the better one.
		return false
	}
	if anyUsed(d.stemsUsed, stems) || sharesWord(c, d.words, d.picks) {
		return false
	}
	n := digitsOf(c.name)
	return n == "" || d.perNumber[n] < 2
}

// meetsWishes: the last slot goes to a place pair when one is kept for it,
// the name has the sound asked for, and it uses no shared adjective or
// noun an earlier pick used ("mistyloaf", "mistyoven", "mistyknead";
// relaxed only when a required first letter leaves no other way).
func (d *draft) meetsWishes(c *cand) bool {
	if d.reservePlace && !d.placePicked && len(d.picks) == d.count-1 && !c.placePair {
		return false
	}
	if d.cons.Sound != "" && !soundsRight(c.name, soundEndings(d.cons.Sound)) {
		return false // "a name that sounds Italian": beanfix is not
	}
	return !usesModifierAgain(c, d.modsUsed)
}

// add puts c on the list and records what it used.
func (d *draft) add(c *cand) {
	d.perNumber[digitsOf(c.name)]++
	d.taken[c.name] = true
	d.placePicked = d.placePicked || hasPlace(c)
	if pk := pairKey(c); pk != "" {
		d.pairsUsed[pk] = true
	}
	d.perStrategy[c.strategy]++
	stems := d.stemsOf(c)
	d.firstUsed[stems[0]] = true
	for _, s := range stems {
		d.stemsUsed[s] = true
	}
	for _, p := range c.parts[:c.nparts] {
		if p.kind != kindCore && len(p.word) >= 4 {
			d.words = append(d.words, p.word)
		}
		if p.kind == kindModifier || p.kind == kindGeneric {
			d.modsUsed[p.key] = true
		}
	}
	d.picks = append(d.picks, *c)
}

// digitsOf is the number in a name ("" for none): "refill360" gives "360".
func digitsOf(name string) string { return strings.Trim(name, "abcdefghijklmnopqrstuvwxyz-") }

// singleWordOnly: "one real word" and "one word, no compounds" leave no room
// for two words written together, which a plain "one word only" does: blind
// judges scored such compounds (leedsbolt, seedwise, seatfit) 4 for
// relevance on those rows, and a bare description word offered instead
// ("horse", "nonprofit", "artesanal") 1.5, with creativity 0.5.
func singleWordOnly(cons constraint.Constraints) bool {
	return cons.OneWord && (cons.RealWords || cons.NoCompound)
}

// meetsShape checks what constraint.Check cannot see in a name: "one word"
// (no hyphen; "just one real word" or "no compounds" also a single whole
// word, the first with no added ending) and "an alliterative name" (two
// parts on the same opening sound).
func meetsShape(c *cand, cons constraint.Constraints) bool {
	if cons.OneWord {
		if strings.Contains(c.name, "-") || singleWordOnly(cons) && c.nparts != 1 ||
			cons.RealWords && (c.affix != "" || c.strategy == StrategyClipping || c.strategy == StrategyRespelling) {
			return false
		}
	}
	if cons.Alliterative {
		if c.nparts != 2 || !sameSound(c.parts[0].word, c.parts[1].word) {
			return false
		}
	}
	return true
}

// echoesCore reports a name whose other part repeats the required word's
// stem ("andeandes" for "the word Andes" and an Andean outfitter): the
// word said twice.
func echoesCore(c *cand) bool {
	if c.nparts != 2 || (c.parts[0].kind == kindCore) == (c.parts[1].kind == kindCore) {
		return false
	}
	x, y := c.parts[0].word, c.parts[1].word
	n := min(4, len(x), len(y))
	return n >= 3 && x[:n] == y[:n]
}

// hasPlace reports whether a place of the description is a part of c.
func hasPlace(c *cand) bool {
	return slices.ContainsFunc(c.parts[:c.nparts], func(p concept) bool { return p.kind == kindPlace })
}

// pairKey names the two concepts of a two-part name in a fixed order, ""
// for one part: "fly" + "reel" and "reel" + "fly" give the same key.
func pairKey(c *cand) string {
	if c.nparts != 2 || c.strategy == StrategyNumber {
		return ""
	}
	x, y := c.parts[0].key, c.parts[1].key
	if y < x {
		x, y = y, x
	}
	return x + "+" + y
}

// usesModifierAgain reports whether c has a shared adjective or evocative
// noun that an earlier pick already used.
func usesModifierAgain(c *cand, used map[string]bool) bool {
	for _, p := range c.parts[:c.nparts] {
		if (p.kind == kindModifier || p.kind == kindGeneric) && used[p.key] {
			return true
		}
	}
	return false
}

// stem is one thing two picks must not share. Its kind keeps a word
// family, an ending and an opening apart without building "affix:ly"
// strings for every candidate looked at.
type stem struct {
	kind stemKind
	text string
}

type stemKind uint8

const (
	stemFamily stemKind = iota
	stemAffix
	stemOpening
)

// maxStems bounds what stems returns: two parts, an affix, an opening.
const maxStems = len(cand{}.parts) + 2

// stems are what two names must not share: the word families they are
// built from (the required words excepted, since every name has them), the
// ending or opening added, their first four letters, and any number in them.
// They are appended to out, which pick reuses so that looking costs nothing.
func (g *Generator) stems(c *cand, out []stem) []stem {
	for _, p := range c.parts[:c.nparts] {
		if p.kind != kindCore {
			out = append(out, stem{stemFamily, family(p.key)})
		}
	}
	// A number may serve two names (pick counts them); an ending may not.
	if c.affix != "" && c.strategy != StrategyNumber {
		out = append(out, stem{stemAffix, c.affix})
	}
	out = append(out, stem{stemOpening, opening(c.name)})
	return out
}

// opening is the first four letters of a name, digits and hyphens left
// out; pick asks for it on every look, so a name that opens with four
// letters costs no copy.
func opening(name string) string {
	n := 0
	for n < len(name) && n < 4 && name[n] >= 'a' && name[n] <= 'z' {
		n++
	}
	if n == 4 || n == len(name) {
		return name[:n]
	}
	letters := lettersOnly(name)
	return letters[:min(4, len(letters))]
}

// family folds derived forms onto one root for the diversity check, so
// "roaster" and "roast", or "bakery" and "bake", count as the same idea.
func family(key string) string {
	for _, suf := range []string{"ery", "ist", "er", "y"} {
		if len(key) >= len(suf)+3 && strings.HasSuffix(key, suf) {
			return key[:len(key)-len(suf)]
		}
	}
	return key
}

// sharesWord reports whether c contains a concept word of an earlier pick,
// or an earlier pick contains one of c's ("melbroast" then "roasterly").
func sharesWord(c *cand, words []string, picks []cand) bool {
	for _, w := range words {
		if strings.Contains(c.name, w) {
			return true
		}
	}
	for _, p := range c.parts[:c.nparts] {
		if p.kind == kindCore || len(p.word) < 4 {
			continue
		}
		for i := range picks {
			if strings.Contains(picks[i].name, p.word) {
				return true
			}
		}
	}
	return false
}

// solid reports a name whose every part speaks for this business: a
// description word, a place, a required word, or a hand-written idea of a
// description word of weight solidAssoc or more; and, unless a description
// word or place anchors it, one part is an idea of the offer itself (weight
// offerWeight or more). Across the judged batches 4-8 the English names
// this leaves out were judged 1.8 to 2.3 for relevance (a quarter to two
// fifths of them 0 or 1: "hokkaidohoist", "stoneseed", "looplogic",
// "wavehand"), the solid ones 2.9 to 3.5 (docs/eval/namegen_tail.py).
func solid(c *cand) bool {
	category, kind := false, false
	for _, p := range c.parts[:c.nparts] {
		if p.category {
			category = true
		} else if p.kind != kindPlace {
			kind = true
		}
		switch p.kind {
		case kindKeyword, kindPlace, kindCore:
		case kindAssoc:
			if p.wordnet || p.weight < solidAssoc {
				return false
			}
		default:
			return false // an industry's, or a shared adjective or noun
		}
	}
	if category && !kind {
		// "seedfield", "farmly", "norfolkseed" for a duck farm: the
		// category's ideas suit any farm (judged 1); "duckbarn" says
		// which.
		return false
	}
	return anchored(c)
}

// loneIdea reports a name that carries no word of the description, only
// one association idea: an affix, clipping or figurative use of the idea
// ("probely", "fornacia", "stage"), or two ideas of one description word
// compounded or alliterated ("glidegleam", "minemill"). On batches 1-20 the
// solid ones (1,391 judged names) were judged 0.37 less relevant than the
// other names their lists' descriptions could get (0.02 to 0.75 less on
// every batch) at a quality 0.007 lower: an idea of the offer alone does
// not say the offer. A blend of one word's ideas ("saddleather") is not
// lone: it was judged above the lists' later names (see craftBonus); nor
// is a number's name (0.7 above its list), nor two ideas of two words
// ("archedge" for landscape architecture), which name two facets.
func loneIdea(c *cand) bool {
	if carriesOwnWord(c) {
		return false
	}
	switch c.nparts {
	case 1:
		return c.strategy != StrategyNumber
	case 2:
		return c.parts[0].src == c.parts[1].src && (c.strategy == StrategyCompound || c.strategy == StrategyAlliteration)
	}
	return false
}

// craftBonus moves up the solid names that play two facets of the
// business against each other by sound: on batches 4-8 the English blends
// of two description words' ideas ("guarden", "tallytail") were judged
// 3.3 for relevance and 3.2 for creativity (quality 0.65), alliterations
// 3.2 and 2.1 (0.60), the compounds 3.1 and 1.8 (0.57). A solid blend of
// one word's ideas ("saddleather", "kendojo", "tractorque") earns it too:
// on batches 1-15 they were judged relevance 2.57, creativity 2.67 and
// quality 0.599 (128 judged), where the solid compounds and alliterations
// of one word's ideas were 0.533 and 0.542, below the lists' later names
// (slots 3 to 5: 0.512 to 0.553).
func craftBonus(c *cand) float64 {
	if c.nparts != 2 || !solid(c) {
		return 0
	}
	switch {
	case c.strategy == StrategyBlend:
		return blendBonus
	case c.strategy == StrategyAlliteration && c.parts[0].src != c.parts[1].src:
		return alliterationBonus
	}
	return 0
}

// What craftBonus adds to a blend's or an alliteration's rank.
const (
	blendBonus        = 0.15
	alliterationBonus = 0.05
)

// anchored reports a name with at least one part that would be solid on
// its own: "rotabyte" before "codeloop" for rota software, when the
// description's own words have run out.
func anchored(c *cand) bool { return slices.ContainsFunc(c.parts[:c.nparts], strongPart) }

// strongPart: a description word, a place, a required word, or a
// hand-written idea of the offer itself (weight offerWeight or more).
func strongPart(p concept) bool {
	switch p.kind {
	case kindKeyword, kindPlace, kindCore:
		return true
	case kindAssoc:
		return !p.wordnet && p.weight >= offerWeight
	}
	return false
}

// solidAssoc is the weight from which an idea of a description word is
// solid: below it the idea comes from a passing detail or a later
// sentence, and names on it were judged 2.3 to 2.6 against 2.9 to 3.1.
const solidAssoc = 0.65

// onTopic reports whether a name has a part from the description: one of
// its words, units, places, their associations or the matched industry's
// words, not only the shared adjectives and evocative nouns, nor only ideas
// any business could have ("bridgehope", "heartkind": relevance 1 from the
// blind judges).
func onTopic(c *cand) bool {
	for _, p := range c.parts[:c.nparts] {
		if p.kind != kindModifier && p.kind != kindGeneric && !p.vague {
			return true
		}
	}
	return false
}

func anyUsed(used map[stem]bool, stems []stem) bool {
	for _, s := range stems {
		if used[s] {
			return true
		}
	}
	return false
}
