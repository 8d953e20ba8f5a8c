package safety

import "slices"

// People's organs and babies sold: "we buy kidneys from donors and sell
// them to clinics", "babies sold to couples abroad" were let through (names
// "kidneybean", "babybolt"): the lexicon had the harm words of trafficking
// but not the plain trade of an organ or a child. Like the combinations of
// combos.go, the words are matched here, so the learned stage's features
// stay as trained. Each needs three things in one sentence: the trade verb,
// its object within three words (or the object "for sale"/"sold"), and a
// sign that people are the source or the buyers (donors, clinics,
// couples), so steak-and-kidney pies, chicken livers, baby clothes and
// baby goats stay lawful.

const (
	rOrganTrade = "This looks like buying or selling human organs (organ trafficking, human trafficking)."
	rBabyTrade  = "This looks like selling babies or children (human trafficking)."
)

// tradeVerbs buy or sell, in the six languages, folded to ASCII.
var tradeVerbs = []string{
	"sell", "sells", "selling", "sold", "buy", "buys", "buying", "bought", "broker", "brokering", "supply", "supplies",
	"wholesale", "wholesaler", "purchase", "purchasing", "trade", "trading",
	"vendemos", "vende", "vender", "vendo", "compramos", "compra", "comprar", "atacadista", "mayorista", "fornecemos",
	"vendons", "achetons", "vendre", "acheter", "grossiste",
	"vendiamo", "compriamo", "vendere", "comprare", "grossista",
	"verkaufen", "kaufen", "handeln", "grosshandel",
}

// organWords are the organs a person can be made to sell.
var organWords = []string{
	"kidney", "kidneys", "liver", "livers", "cornea", "corneas",
	"rim", "rins", "figado", "rinon", "rinones", "higado", "reins", "reni", "rene", "niere", "nieren",
	"organs", "orgaos", "organos", "organes", "organi", "organe", //nolint:misspell // French
}

// anyOrgans are organs of any kind, pipe organs too: they need a donor or a
// transplant in the sentence, not only a clinic or a buyer.
var anyOrgans = []string{"organs", "orgaos", "organos", "organes", "organi", "organe"} //nolint:misspell // French

// donorSigns say the organs come from people.
var donorSigns = []string{"donor", "donors", "transplant", "transplants", "doadores", "doador", "donantes", "donante", "donneurs", "donatori", "spender", "human", "humans"}

// babyWords are children as the object of a sale.
var babyWords = []string{
	"baby", "babies", "infant", "infants", "newborn", "newborns", "child", "children",
	"bebes", "bebe", "criancas", "ninos", "enfants", "bambini", "neonati", "babys", "kinder",
}

// goodsAfterBaby make "baby X" a thing, not a child: clothes, food, goats.
var goodsAfterBaby = []string{
	"s", // the possessive: "children's bikes"
	"clothes", "clothing", "food", "formula", "products", "product", "gear", "shoes", "toys", "toy", "dolls", "doll",
	"monitors", "monitor", "carriers", "wipes", "bottles", "furniture", "care", "books", "photos", "photography",
	"goats", "chicks", "animals", "plants", "spinach", "carrots", "corn", "back", "ribs", "shower", "swimming",
	"sign", "massage", "yoga", "classes", "seats", "seat", "strollers", "blankets", "bedding",
}

// notTheOrgan follow an organ's word when it names something else: a
// clinic, a disease, a pie ("kidney clinics", "kidney beans").
var notTheOrgan = []string{
	"clinic", "clinics", "patients", "patient", "disease", "diseases", "stones", "stone", "beans", "bean", "pie", "pies",
	"care", "dialysis", "health", "centre", "center", "foundation", "charity", "function", "failure", "support",
	"doctors", "specialists", "unit", "units", "research", "cancer", "tests", "test", "pate", "sausage",
}

// meatWords make the sentence's organs an animal's: "chicken livers and
// kidneys sold to restaurants and hospitals".
var meatWords = []string{
	"chicken", "chickens", "lamb", "lambs", "beef", "pork", "veal", "pig", "pigs", "calf", "duck", "goose", "ox", "cattle",
	"sheep", "poultry", "butcher", "butchers", "offal", "meat", "meats", "pet", "pets", "dog", "dogs", "cat", "cats",
	"frango", "cordeiro", "carne", "pollo", "cerdo", "poulet", "agneau", "viande", "maiale", "agnello", "fleisch", "lamm",
}

// destinations between a trade verb and a word make that word the buyer's,
// not the thing sold: "sold to kidney clinics".
var destinations = []string{"to", "for", "into", "para", "pour", "per", "a", "an", "fur", "aux"}

// phraseEnds may follow a child who is the thing sold.
var phraseEnds = []string{
	"to", "for", "from", "and", "or", "abroad", "online", "sold", "at", "in", "with", "without", "via",
	"a", "para", "de", "pour", "aux", "per", "ai", "an", "nach", "ins", "y", "e", "et", "und",
}

// peopleSigns say people are the source or the buyers.
var peopleSigns = []string{
	"donor", "donors", "clinic", "clinics", "transplant", "transplants", "patient", "patients", "hospital", "hospitals",
	"couples", "parents", "families", "surrogate", "surrogates", "mothers", "abroad", "poor", "villages", "orphanage",
	"doadores", "doador", "clinicas", "donantes", "donante", "donneurs", "cliniques", "donatori", "cliniche", "spender", //nolint:misspell // Portuguese, Spanish
	"kliniken", "casais", "parejas", "coppie", "paare",
}

// humanTrade is the first organ or baby sale found.
func (a *analysis) humanTrade() (Verdict, []string, bool) {
	toks := a.toks
	for i := range toks {
		isVerb := slices.Contains(tradeVerbs, toks[i].text)
		for _, kind := range []struct {
			words  []string
			reason string
			baby   bool
		}{{organWords, rOrganTrade, false}, {babyWords, rBabyTrade, true}} {
			obj := -1
			if isVerb {
				// "we buy kidneys", "sell healthy babies", "atacadista de rins".
				for j := i + 1; j <= i+3 && j < len(toks) && toks[j].sentence == toks[i].sentence; j++ {
					if slices.Contains(destinations, toks[j].text) {
						break
					}
					if slices.Contains(kind.words, toks[j].text) {
						obj = j
						break
					}
				}
			} else if slices.Contains(kind.words, toks[i].text) && i+1 < len(toks) && toks[i+1].sentence == toks[i].sentence &&
				(toks[i+1].text == "sold" || (toks[i+1].text == "for" && i+2 < len(toks) && toks[i+2].text == "sale")) {
				obj = i // "babies sold", "kidneys for sale"
			}
			if obj < 0 || a.negatedBefore(obj, 4) || a.likenedTok(obj) {
				continue
			}
			next := ""
			if obj+1 < len(toks) && toks[obj+1].sentence == toks[obj].sentence {
				next = toks[obj+1].text
			}
			// A child sold is the end of its phrase ("sell babies to
			// couples", "babies sold"); "children's bikes" reads as
			// "children bikes", so any other word after it is a thing.
			endsPhrase := next == "" || toks[obj+1].clauseGap || slices.Contains(phraseEnds, next)
			if kind.baby && (slices.Contains(goodsAfterBaby, next) || !endsPhrase && obj != i) ||
				!kind.baby && (slices.Contains(notTheOrgan, next) || next == "s" || a.sentenceWord(obj, meatWords) >= 0 ||
					slices.Contains(anyOrgans, toks[obj].text) && a.sentenceWord(obj, donorSigns) < 0) {
				continue
			}
			if j := a.sentenceWord(obj, peopleSigns); j >= 0 {
				return Verdict{Category: HumanTrafficking, Reason: kind.reason}, []string{toks[i].text, toks[obj].text, toks[j].text}, true
			}
		}
	}
	return Verdict{}, nil, false
}

// sentenceWord is the index of the first token of token i's sentence that
// is one of words, or -1.
func (a *analysis) sentenceWord(i int, words []string) int {
	for j := range a.toks {
		if a.toks[j].sentence == a.toks[i].sentence && slices.Contains(words, a.toks[j].text) {
			return j
		}
	}
	return -1
}
