// Package safety is the local guardrail every business description passes
// before any name is generated. It refuses clearly harmful businesses and lets
// through legitimate ones that merely use risky words.
//
// It is a rule engine, not a word list. A description is normalised (Unicode
// NFKC, invisible characters stripped, diacritics dropped, look-alike letters
// and leetspeak folded, spaced-out letters joined), cut into tokens, and each
// token or phrase is tagged with concepts such as "sell", "stolen", "payment
// card" or "harm-reduction context". A rule fires only when an activity and an
// object co-occur close together in one sentence (sell + stolen cards,
// firearms + "no background check"), and is cancelled by exception concepts
// near the match (penetration testing, needle exchange, criminal defence,
// suicide prevention ...). Text that tries to instruct a model ("ignore
// previous instructions", a fake "SYSTEM:" block) is recognised and can never
// supply an exception, while harm inside it still counts.
//
// What it refuses is docs/safety-policy.md, including its combination
// principle: a population of minors (kids, teens, a school, a summer camp)
// with an age-restricted activity (gambling, alcohol, tobacco, vaping) or a
// dangerous one left without supervision, unless a safeguard explains it
// ("alcohol-free", "play chips, no real money", "for parents 21+",
// "supervised by certified instructors").
//
// The lexicon (lexicon_test.go, compiled by go generate into the static
// tables of lexicon_tables.go) covers English, French, Spanish, German,
// Portuguese and Italian. A process pays nothing for it at start; Classify is
// pure, deterministic and safe for concurrent use, and runs in time linear in
// the description (a few µs for a sentence, tens of µs for 2,000 characters).
//
// When no rule refuses, a second stage inside Classify, a linear classifier
// trained on labelled descriptions (learned.go, data/safety, trained by go
// generate), refuses what it rates harmful with probability at least its
// threshold; a verdict says which words weighed most. It catches paraphrases,
// euphemisms and combinations the lexicon has no words for, and asks for a
// higher probability where the rules see an explicit safeguard or exception
// context, or where the description holds no sign of harm the lexicon knows
// (more still when such a description is long: its score is then the average
// of everyday words); it does not refuse a trade the policy names as allowed
// (pawnbrokers, tattoo studios, drug checking, payment apps, banks ...), nor
// medical, continence and hygiene supplies, when the description holds no
// sign of harm and names no person at risk, nor a sharing service (community
// fridge, food bank, tool library) whose only signs are its open door ("no
// questions asked", "anyone"), nor a trade in an ordinary product whose words
// double as slang (nuts cracked, opal cut and sold as loose stones, white
// rice, lawns; never flour, chalk or ice) when nothing but those words reads as harm,
// nor a winter trade whose own name holds "snow" (snow chains, snow
// removal) when nothing else reads as harm, nor props and replicas for
// film, theatre or reenactment with no word of conversion or other sign
// (lawful.go). A late add-on clause ("we also ...") is judged on its own, to
// the end of its sentence (lateclause.go). Four combinations of everyday
// words are refused after the rules (combos.go): cocaine as "snow" with a
// dealer's purity, origin or grams; fire set to property for payment;
// replica or blank-firing guns converted to fire live rounds; guns handed
// over without a background or licence check, whatever the film context.
//
// Limits: other languages pass unless they share words with those six;
// encoded payloads (base64 and the like) are not decoded; both stages miss
// some paraphrases (development figures in data/safety/cv.txt). It is the
// first line, not the only one: the model is also told to refuse.
package safety

// Category is a stable code for the kind of harm a description shows. The
// codes match the dataset's category column, the prompt's refusal enum, the
// judge's rubric and docs/safety-policy.md, which defines each of them.
type Category string

// The categories Classify can return for a refused description.
const (
	SexualMinors       Category = "sexual_minors"
	AdultToMinors      Category = "adult_to_minors"
	WeaponsTrafficking Category = "weapons_trafficking"
	IllegalDrugs       Category = "illegal_drugs"
	FraudScams         Category = "fraud_scams"
	HackingMalware     Category = "hacking_malware"
	ViolentExtremism   Category = "violent_extremism"
	Hate               Category = "hate"
	SelfHarm           Category = "self_harm"
	HumanTrafficking   Category = "human_trafficking"
	// Added with docs/safety-policy.md (prompt suggest-v2).
	StalkingHarassment  Category = "stalking_harassment"
	PredatoryFinance    Category = "predatory_finance"
	CircumventionPiracy Category = "circumvention_piracy"
	AcademicDishonesty  Category = "academic_dishonesty"
	AdultSexualContent  Category = "adult_sexual_content"
)

// Categories lists every category in the order rules are tried (most severe
// first), so a description matching two kinds of harm is reported the same
// way on every run.
var Categories = []Category{
	SexualMinors, HumanTrafficking, ViolentExtremism, WeaponsTrafficking, IllegalDrugs,
	HackingMalware, StalkingHarassment, FraudScams, PredatoryFinance, CircumventionPiracy,
	AcademicDishonesty, Hate, SelfHarm, AdultToMinors, AdultSexualContent,
}

// Valid reports whether c is one of Categories.
func (c Category) Valid() bool {
	for _, k := range Categories {
		if c == k {
			return true
		}
	}
	return false
}

// Verdict is the guardrail's answer for one description.
type Verdict struct {
	// Appropriate is true when no rule fired; names may be generated.
	Appropriate bool
	// Category is empty when Appropriate, otherwise the kind of harm.
	Category Category
	// Reason is a sentence a user can read, empty when Appropriate.
	Reason string
	// Matched lists the normalised terms that made the rule fire, in text
	// order, so a refusal can be explained and audited.
	Matched []string
	// Probability is the learned classifier's estimate that the description
	// is harmful when the classifier refused it; 0 when a rule refused or
	// nothing did.
	Probability float64
}

// Classify decides whether a business description may be named: the rules
// first, then, when no rule refuses, the learned classifier (learned.go). An
// empty or blank description is Appropriate: rejecting input that is too
// short is the caller's job, the guardrail judges only harm.
func Classify(description string) Verdict {
	a := analyses.Get().(*analysis)
	defer release(a)
	a.run(withDecoded(description))
	if v, ok := a.ruleVerdict(); ok {
		return v
	}
	if v, ok := learned().verdict(a); ok {
		return v
	}
	if v, ok := lateVerdict(a); ok {
		return v
	}
	return Verdict{Appropriate: true}
}

// ruleVerdict is the first rule that fires on the analysed description.
func (a *analysis) ruleVerdict() (Verdict, bool) {
	rs := rules()
	for i := range rs {
		r := &rs[i]
		if m, ok := a.find(r); ok {
			return Verdict{Category: r.cat, Reason: r.reason, Matched: m}, true
		}
	}
	return a.comboVerdict()
}
