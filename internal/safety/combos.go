package safety

import (
	"slices"
	"sort"
)

// Four kinds of harm the lexicon's rules missed because their words are
// everyday words on their own, and only their combination is the harm:
//
//   - cocaine sold as "snow" with a dealer's words for it: "Pure Colombian
//     snow, next-day delivery across Europe" (purity, origin, grams);
//   - fire set to buildings, cars or property for payment: "we set fire to
//     buildings for a fee", "you pay, we burn";
//   - replica, prop, blank-firing or deactivated guns converted to fire live
//     rounds: "we convert blank-firing replica pistols into working guns";
//   - a gun handed over without a background or licence check, which no
//     film or prop context explains: "Movie prop guns, fully functional, no
//     background check" (the lexicon's rule gun + "no background check" is
//     excused by the film context, as a film's props should be).
//
// Each is matched on the words here, not in the lexicon: the learned
// stage's features (the lexicon's concepts) stay as trained. Each keeps its
// lawful neighbours: snow as weather (winter trades, snow cones, artificial
// snow for events), controlled burns and fire-service training, props that
// cannot fire, deactivation to a proof house's standard, licensed gunsmiths.

const (
	rComboDrug = "This looks like selling cocaine under a slang name, by purity, origin or the gram " +
		"(illegal drugs)."
	rComboArson = "This looks like setting fire to buildings, vehicles or property for payment " +
		"(arson for hire, violent extremism)."
	rComboConvert = "This looks like converting replica, blank-firing or deactivated guns to fire live " +
		"ammunition (weapons trafficking)."
	rComboCheck = "This looks like handing over guns without a background or licence check " +
		"(weapons trafficking)."
)

// comboVerdict is the first of the four combinations found in the analysed
// description, then an organ or a child sold (humantrade.go).
func (a *analysis) comboVerdict() (Verdict, bool) {
	if m, ok := a.cocaineSnow(); ok {
		return Verdict{Category: IllegalDrugs, Reason: rComboDrug, Matched: m}, true
	}
	if m, ok := a.paidArson(); ok {
		return Verdict{Category: ViolentExtremism, Reason: rComboArson, Matched: m}, true
	}
	if m, ok := a.liveConversion(); ok {
		return Verdict{Category: WeaponsTrafficking, Reason: rComboConvert, Matched: m}, true
	}
	if m, ok := a.uncheckedGuns(); ok {
		return Verdict{Category: WeaponsTrafficking, Reason: rComboCheck, Matched: m}, true
	}
	if v, m, ok := a.humanTrade(); ok {
		v.Matched = m
		return v, true
	}
	return Verdict{}, false
}

// seqAt is the length of the first of seqs that the tokens from i on spell
// (within one sentence), or 0.
func seqAt(toks []token, i int, seqs [][]string) int {
	for _, m := range seqs {
		if matchesAt(toks, i, m) {
			return len(m)
		}
	}
	return 0
}

// negatedBefore reports a negator within n words before token i, in its
// clause: "none can be converted", "ne peuvent pas être converties".
func (a *analysis) negatedBefore(i, n int) bool {
	for j := i - 1; j >= 0 && j >= i-n && a.toks[j].clause == a.toks[i].clause; j-- {
		if a.toks[j].has(fNegator) || slices.Contains(extraNegators, a.toks[j].text) {
			return true
		}
	}
	return false
}

// extraNegators say a thing cannot happen without being negators of the
// lexicon: "impossible to convert", "unable to fire".
var extraNegators = []string{"impossible", "unable", "incapable", "none", "ninguna", "ninguno", "nenhuma",
	"nessuna", "nessuno", "jamas", "nunca", "nem", "aucune", "aucun"}

// excusedAt reports an exception context of near (outside text addressed to
// a model) within exceptionWindow words of token i in its sentence.
func (a *analysis) excusedAt(i int, near set) bool {
	if !a.doc.any(near) {
		return false
	}
	for k := a.tagFrom(i - exceptionWindow); k < len(a.tags) && a.tags[k].pos <= i+exceptionWindow; k++ {
		t := &a.tags[k]
		if !t.masked && t.sentence == a.toks[i].sentence && t.mask.any(near) {
			return true
		}
	}
	return false
}

// tagFrom is the index of the first tag that ends at or after token i (tags
// are in text order): a window's scan starts there, so every search of
// this file stays linear in the description.
func (a *analysis) tagFrom(i int) int {
	return sort.Search(len(a.tags), func(k int) bool { return a.tags[k].end >= i })
}

// tagAt is the index of the tag that covers token i, or -1.
func (a *analysis) tagAt(i int) int {
	if k := a.tagFrom(i); k < len(a.tags) && a.tags[k].pos <= i {
		return k
	}
	return -1
}

// ---- cocaine as "snow" --------------------------------------------------

// cokeSlang are the lexicon's slang words for cocaine (tag texts), in the
// six languages.
var cokeSlang = []string{"snow", "neige", "nieve", "neve", "schnee", "perico", "perica", "farlopa", "farla",
	"merca", "bamba", "branquinha", "nose candy"}

// snowNouns make snow the head of a compound that is weather, food or
// scenery: snow cones, snow peas, snow-capped peaks, snow machines.
var snowNouns = []string{"cone", "cones", "pea", "peas", "globe", "globes", "crab", "crabs", "leopard",
	"leopards", "capped", "covered", "machine", "machines", "cannon", "cannons", "making", "maker", "makers",
	"sport", "sports", "boots", "shoes", "storm", "storms", "fall", "report", "reports", "effect", "effects",
	"park", "parks", "sculpture", "sculptures", "tubing", "trek", "treks", "shoe", "board", "boards", "day",
	"days", "line", "melt", "cover", "depth", "conditions", "season"}

// snowMakers before the word make it weather or scenery: artificial snow for
// events, fresh powder snow.
var snowMakers = []string{"fake", "artificial", "fresh", "powder", "real", "machine", "made", "faux",
	"artificielle", "fraiche", "artificiale", "fresca", "artificiais", "kunstlicher", "kunstlichen", "frischer",
	"frischem", "polvere", "poudreuse", "polvo"}

// cokeOrigins are where cocaine is sold as coming from.
var cokeOrigins = []string{"colombian", "colombia", "peruvian", "peru", "bolivian", "bolivia", "colombienne",
	"colombien", "colombie", "peruvienne", "peruvien", "perou", "bolivienne", "bolivien", "bolivie", "colombiana",
	"colombiano", "peruana", "peruano", "boliviana", "boliviano", "peruviana", "peruviano", "kolumbianisch",
	"kolumbianische", "kolumbianischer", "kolumbianischen", "kolumbianisches", "kolumbien", "peruanisch",
	"peruanische", "peruanischer", "peruanischen", "peruanisches", "bolivianisch", "bolivianische",
	"bolivianischer", "bolivianischen"}

// cokeCuts say how much the drug is cut (purity), strong words of a dealer.
var cokeCuts = [][]string{
	{"uncut"}, {"purity"}, {"sin", "cortar"}, {"non", "coupee"}, {"non", "coupe"}, {"ungestreckt"},
	{"ungestreckte"}, {"ungestreckter"}, {"ungestrecktes"}, {"ungestreckten"}, {"sem", "corte"},
	{"nao", "cortada"}, {"non", "tagliata"}, {"pureza"}, {"purete"}, {"reinheit"}, {"purezza"},
}

// cokePure is plain "pure": pure air and pure snow on a ski slope too, so it
// counts only beside a dealer's stronger word.
var cokePure = []string{"pure", "pur", "puro", "pura", "rein", "reine", "reiner", "reines", "reinen",
	"purissima", "purissimo"}

// cokeAmounts are the quantities cocaine is sold by.
var cokeAmounts = [][]string{
	{"gram"}, {"grams"}, {"gramme"}, {"grammes"}, {"gramo"}, {"gramos"}, {"gramm"}, {"gramas"}, {"grama"},
	{"grammi"}, {"grammo"}, {"eight", "ball"}, {"8", "ball"}, {"eightball"}, {"eight", "balls"},
	{"8", "balls"}, {"eightballs"}, {"teener"},
}

// cocaineSnow finds cocaine slang (not snow as weather) with a dealer's
// word beside it: an origin or purity right next to it ("pure Colombian
// snow", "nieve colombiana", "uncut snow"), or an amount a few words away
// ("a gram of snow"); and a second such word, or a word of selling or
// delivery, in the description.
func (a *analysis) cocaineSnow() ([]string, bool) {
	toks := a.toks
	var sells []int // the first two words of selling or delivery
	for s := range a.tags {
		if a.tags[s].mask.has(cSell) && len(sells) < 2 {
			sells = append(sells, s)
		}
	}
	for k := range a.tags {
		tg := &a.tags[k]
		if !tg.mask.has(cDrugSlang) || !slices.Contains(cokeSlang, tg.text) || weatherSnow(a, tg) {
			continue
		}
		if tg.end+1 < len(toks) && toks[tg.end+1].sentence == tg.sentence && slices.Contains(snowNouns, toks[tg.end+1].text) {
			continue
		}
		if tg.pos > 0 && slices.Contains(snowMakers, toks[tg.pos-1].text) {
			continue
		}
		strong, weak := -1, -1
		var marks []int // tokens of every dealer's word near the slang
		for i := max(0, tg.pos-4); i <= tg.end+4 && i < len(toks); i++ {
			if toks[i].sentence != tg.sentence || i >= tg.pos && i <= tg.end {
				continue
			}
			near := i >= tg.pos-2 && i <= tg.end+2
			switch {
			case near && (slices.Contains(cokeOrigins, toks[i].text) || seqAt(toks, i, cokeCuts) > 0):
				strong = i
				marks = append(marks, i)
			case seqAt(toks, i, cokeAmounts) > 0:
				strong = i
				marks = append(marks, i)
			case near && slices.Contains(cokePure, toks[i].text):
				weak = i
				marks = append(marks, i)
			}
		}
		if strong < 0 {
			continue
		}
		second := len(marks) > 1 || weak >= 0
		sell := -1
		for _, s := range sells {
			if s != k {
				sell = s
				break
			}
		}
		if !second && sell < 0 {
			continue
		}
		if a.excusedAt(tg.pos, exDrugs) || a.doc.any(of(cExHarmRed)) {
			continue
		}
		m := []string{}
		for _, i := range marks {
			if i < tg.pos {
				m = append(m, toks[i].text)
			}
		}
		m = append(m, tg.text)
		for _, i := range marks {
			if i > tg.end {
				m = append(m, toks[i].text)
			}
		}
		if sell >= 0 && !second {
			m = append(m, a.tags[sell].text)
		}
		return m, true
	}
	return nil, false
}

// ---- arson for payment --------------------------------------------------

// burnActs set fire: the lexicon's violent acts ("set fire to", "arson",
// "incendier") are tags; these are the plain verbs, harmful only with
// property as their object and payment in the sentence.
var burnActs = [][]string{
	{"burn"}, {"burns"}, {"burning"}, {"burn", "down"}, {"burns", "down"}, {"torch"}, {"torches"},
	{"torching"}, {"set", "alight"}, {"sets", "alight"}, {"set", "on", "fire"}, {"sets", "on", "fire"},
	{"bruler"}, {"brulons"}, {"brule"}, {"brulent"}, {"quemar"}, {"quemamos"}, {"quema"}, {"queman"},
	{"queimar"}, {"queimamos"}, {"queima"}, {"bruciare"}, {"bruciamo"}, {"brucia"}, {"verbrennen"},
	{"verbrennt"}, {"anzunden"}, {"zunden"}, {"in", "brand", "setzen"}, {"in", "brand", "stecken"},
	{"setzen", "in", "brand"}, {"stecken", "in", "brand"}, {"mettre", "le", "feu"}, {"mettons", "le", "feu"},
	{"met", "le", "feu"}, {"prender", "fuego"}, {"pegar", "fuego"}, {"por", "fogo"}, {"pomos", "fogo"},
	{"atear", "fogo"}, {"dar", "fuoco"}, {"diamo", "fuoco"}, {"appiccare", "il", "fuoco"},
}

// burnTargets are property: what a paid fire destroys. Fields, stubble,
// brush and heath are what controlled burns burn, and are not here.
var burnTargets = []string{"building", "buildings", "house", "houses", "home", "homes", "car", "cars",
	"vehicle", "vehicles", "property", "properties", "shop", "shops", "store", "stores", "warehouse",
	"warehouses", "business", "businesses", "restaurant", "restaurants", "barn", "barns", "premises",
	"office", "offices", "factory", "factories", "batiment", "batiments", "immeuble", "immeubles", "maison",
	"maisons", "voiture", "voitures", "vehicule", "vehicules", "commerce", "commerces", "magasin", "magasins", //nolint:misspell // French, Spanish, Portuguese, Italian
	"entrepot", "entrepots", "edificio", "edificios", "casa", "casas", "coche", "coches", "carro", "carros",
	"auto", "autos", "vehiculo", "vehiculos", "propiedad", "propiedades", "negocio", "negocios", "tienda",
	"tiendas", "local", "locales", "gebaude", "haus", "hauser", "wagen", "fahrzeug", "fahrzeuge",
	"laden", "geschaft", "geschafte", "lager", "predio", "predios", "veiculo", "veiculos", "imovel",
	"imoveis", "loja", "lojas", "edifici", "case", "macchina", "macchine", "veicolo", "veicoli",
	"immobile", "immobili", "negozio", "negozi", "capannone", "capannoni"}

// paidFor are the words of payment for a deed.
var paidFor = [][]string{
	{"for", "a", "fee"}, {"for", "money"}, {"for", "cash"}, {"for", "payment"}, {"for", "a", "price"},
	{"for", "pay"}, {"you", "pay"}, {"paid", "per"}, {"per", "job"}, {"contre", "paiement"},
	{"contre", "remuneration"}, {"contre", "de", "l", "argent"}, {"pour", "de", "l", "argent"},
	{"moyennant", "finance"}, {"moyennant", "paiement"}, {"vous", "payez"}, {"tu", "paies"},
	{"por", "dinero"}, {"a", "cambio", "de", "dinero"}, {"por", "una", "tarifa"}, {"por", "un", "precio"},
	{"previo", "pago"}, {"tu", "pagas"}, {"usted", "paga"}, {"gegen", "bezahlung"}, {"gegen", "geld"},
	{"gegen", "gebuhr"}, {"gegen", "honorar"}, {"gegen", "cash"}, {"du", "zahlst"}, {"sie", "zahlen"},
	{"por", "dinheiro"}, {"mediante", "pagamento"}, {"por", "uma", "taxa"}, {"a", "troco", "de", "dinheiro"},
	{"voce", "paga"}, {"a", "pagamento"}, {"dietro", "compenso"}, {"dietro", "pagamento"}, {"per", "soldi"},
	{"tu", "paghi"},
}

// youPay are the payment words that make a bare "we burn" a deed for hire.
var youPay = [][]string{
	{"you", "pay"}, {"vous", "payez"}, {"tu", "paies"}, {"tu", "pagas"}, {"usted", "paga"}, {"du", "zahlst"},
	{"sie", "zahlen"}, {"voce", "paga"}, {"tu", "paghi"},
}

// paidArson finds an act of setting fire with property as its object (or a
// customer's payment right before it: "you pay, we burn") and a word of
// payment in the same sentence. Fire fighters' training and an exception
// context (a film's stunts, a prevention service) explain it, as they do
// the lexicon's arson rule.
func (a *analysis) paidArson() ([]string, bool) {
	toks := a.toks
	trainedIn, trained := -1, false
	for i := range toks {
		n := seqAt(toks, i, burnActs)
		if k := a.tagAt(i); k >= 0 && a.tags[k].pos == i && a.tags[k].mask.has(cViolentAct) {
			n = a.tags[k].end - i + 1
		}
		if n == 0 || a.likenedTok(i) {
			continue
		}
		s := toks[i].sentence
		target := -1
		for j := max(0, i-3); j < i+n+5 && j < len(toks); j++ {
			// The act may hold its object: "burn down houses", "torch cars".
			if toks[j].sentence == s && slices.Contains(burnTargets, toks[j].text) {
				target = j
				break
			}
		}
		pay, payLen := -1, 0
		for j := max(0, i-15); j < i+n+15 && j < len(toks); j++ {
			if toks[j].sentence != s {
				continue
			}
			if l := seqAt(toks, j, paidFor); l > 0 {
				pay, payLen = j, l
				break
			}
		}
		if pay < 0 {
			continue
		}
		// "you pay, we burn": the customer paying is object enough.
		if target < 0 && !(pay < i && pay+payLen+3 >= i && seqAt(toks, pay, youPay) > 0) {
			continue
		}
		// fireTrainingNear reads the whole sentence: once per sentence.
		if toks[i].sentence != trainedIn {
			trainedIn, trained = toks[i].sentence, a.fireTrainingNear(i)
		}
		if trained || a.excusedAt(i, exDefensive) {
			continue
		}
		m := []string{joinTexts(toks[i : i+n])}
		if target >= 0 {
			m = append(m, toks[target].text)
		}
		m = append(m, joinTexts(toks[pay:pay+payLen]))
		return m, true
	}
	return nil, false
}

// likenedTok reports token i inside a founder's disclaimer (disclaimer.go).
func (a *analysis) likenedTok(i int) bool {
	return i < len(a.liked) && a.liked[i]
}

// ---- replicas converted to fire live rounds -----------------------------

// replicaWords name guns that cannot fire live rounds as made.
var replicaWords = []string{"replica", "replicas", "prop", "props", "blank", "blanks", "deactivated",
	"deactivation", "dummy", "dummies", "airsoft", "starter", "imitation", "imitations", "replique",
	"repliques", "factice", "factices", "neutralisee", "neutralisees", "neutralise", "neutralises", "fogueo",
	"detonadora", "detonadoras", "inutilizada", "inutilizadas", "desactivada", "desactivadas", "schreckschuss",
	"schreckschusswaffe", "schreckschusswaffen", "schreckschusspistole", "schreckschusspistolen",
	"dekowaffe", "dekowaffen", "deaktiviert", "deaktivierte", "deaktivierten", "nachbildung",
	"nachbildungen", "festim", "desativada", "desativadas", "disattivata", "disattivate", "salve",
	"scacciacani", "attrezzo", "utileria", "aderecos", "requisiten", "theatrical"} //nolint:misspell // French

// convertVerbs turn one thing into another.
var convertVerbs = []string{"convert", "converts", "converted", "converting", "conversion", "conversions",
	"convertible", "turn", "turns", "turned", "modify", "modified", "convertir", "convertis", "convertissons", //nolint:misspell // French, Spanish, Portuguese, Italian
	"converti", "convertie", "converties", "transformer", "transformons", "transforme", "transformees", //nolint:misspell // French, Spanish, Portuguese, Italian
	"convertimos", "convertidas", "convertidos", "convertida", "transformar", "transformamos",
	"transformadas", "umbauen", "umgebaut", "umbau", "bauen", "umrusten", "umgerustet", "converter",
	"convertemos", "convertidas", "convertire", "convertiamo", "convertite", "convertita", "trasformare", //nolint:misspell // French, Spanish, Portuguese, Italian
	"trasformiamo", "trasformate", "modificare", "modifichiamo"}

// reactivateVerbs make a deactivated gun fire again: a conversion to live
// fire with no target named.
var reactivateVerbs = []string{"reactivate", "reactivates", "reactivated", "reactivating", "reactivation",
	"reactiver", "reactivons", "reactivees", "reactivar", "reactivamos", "reactivadas", "reaktivieren",
	"reaktiviert", "reativar", "reativamos", "reativadas", "riattivare", "riattiviamo", "riattivate"}

// liveTargets are what a conversion makes: live rounds, working guns.
var liveTargets = [][]string{
	{"fire", "live"}, {"fire", "real"}, {"shoot", "live"}, {"shoot", "real"}, {"live", "rounds"},
	{"live", "round"}, {"live", "ammunition"}, {"live", "ammo"}, {"live", "fire"}, {"live", "firing"},
	{"working", "gun"}, {"working", "guns"}, {"working", "firearm"}, {"working", "firearms"},
	{"working", "pistol"}, {"working", "pistols"}, {"working", "weapons"}, {"real", "gun"}, {"real", "guns"},
	{"real", "firearms"}, {"real", "weapons"}, {"real", "bullets"}, {"functional", "guns"},
	{"functional", "firearms"}, {"functional", "weapons"}, {"balles", "reelles"}, {"munitions", "reelles"},
	{"armes", "reelles"}, {"vraies", "armes"}, {"armes", "fonctionnelles"}, {"tirer", "a", "balles"},
	{"municion", "real"}, {"balas", "reales"}, {"armas", "reales"}, {"armas", "de", "verdad"},
	{"armas", "funcionales"}, {"fuego", "real"}, {"scharfe", "waffen"}, {"scharfen", "waffen"},
	{"scharfe", "pistolen"}, {"scharfen", "pistolen"}, {"scharfe", "munition"}, {"scharfer", "munition"},
	{"echte", "waffen"}, {"echten", "waffen"}, {"funktionsfahige"}, {"funktionsfahigen"}, {"municao", "real"},
	{"balas", "reais"}, {"armas", "reais"}, {"armas", "de", "verdade"}, {"armas", "funcionais"},
	{"munizioni", "vere"}, {"munizioni", "reali"}, {"proiettili", "veri"}, {"armi", "vere"},
	{"armi", "funzionanti"}, {"colpi", "veri"},
}

// directionWords lead to what a conversion makes: "converted to fire live
// rounds", "into working guns", "en armes réelles", "zu scharfen Waffen".
var directionWords = []string{"to", "into", "en", "a", "in", "zu", "em", "para", "per"}

// liveConversion finds a replica, prop, blank-firing or deactivated gun and
// a conversion of it to live fire: a verb of conversion not negated ("none
// can be converted"), with what it makes after a word of direction ("into
// working guns", "to fire live rounds"), or a reactivation.
func (a *analysis) liveConversion() ([]string, bool) {
	toks := a.toks
	replica := -1
	for i := range toks {
		if slices.Contains(replicaWords, toks[i].text) {
			replica = i
			break
		}
	}
	if replica < 0 {
		return nil, false
	}
	for i := range toks {
		conv, react := slices.Contains(convertVerbs, toks[i].text), slices.Contains(reactivateVerbs, toks[i].text)
		if !conv && !react || a.negatedBefore(i, 5) || a.likenedTok(i) || abs(i-replica) > 30 {
			continue
		}
		if react && (i == 0 || toks[i-1].text != "never") {
			if a.excusedAt(i, of(cExDef, cExLegal)) {
				continue
			}
			return []string{toks[replica].text, toks[i].text}, true
		}
		s := toks[i].sentence
		for j := max(1, i-6); j < i+10 && j < len(toks); j++ {
			if j == i || toks[j].sentence != s {
				continue
			}
			l := seqAt(toks, j, liveTargets)
			if l == 0 || !a.directed(j, i) {
				continue
			}
			if a.excusedAt(i, of(cExDef, cExLegal)) {
				break
			}
			return []string{toks[replica].text, toks[i].text, joinTexts(toks[j : j+l])}, true
		}
	}
	return nil, false
}

// directed reports a target at token j that a conversion at token i makes:
// after it with a word of direction between them, or (German: "zu scharfen
// Waffen umbauen") right after a word of direction before it.
func (a *analysis) directed(j, i int) bool {
	toks := a.toks
	if j < i {
		return slices.Contains(directionWords, toks[j-1].text) && toks[j-1].text != "a"
	}
	for k := i + 1; k < j; k++ {
		if slices.Contains(directionWords, toks[k].text) {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// ---- guns without a check -------------------------------------------------

// withoutWords open a missing check: "no background check", "without any
// licence check", "sans vérification des antécédents".
var withoutWords = []string{"no", "without", "sans", "sin", "ohne", "sem", "senza", "skip", "zero"}

// checkWords and checkSubjects are the two halves of a check on a buyer, in
// either order ("licence check", "verificación de antecedentes").
var checkWords = []string{"check", "checks", "checking", "verification", "verifications", "controle",
	"controles", "control", "comprobacion", "verificacion", "verificacao", "checagem", "controllo", //nolint:misspell // French, Spanish, Portuguese, Italian
	"controlli", "verifica", "verifiche", "kontrolle", "prufung", "uberprufung", "screening"}

var checkSubjects = []string{"background", "backgrounds", "licence", "license", "licences", "licenses",
	"licensing", "permit", "permits", "antecedents", "antecedentes", "precedenti", "permis", "licencia",
	"licencias", "licenca", "licenza", "porto", "lizenz", "waffenschein", "penales"}

// checkCompounds are German compounds holding both halves.
var checkCompounds = []string{"hintergrundprufung", "hintergrunduberprufung", "hintergrundcheck",
	"lizenzprufung", "lizenzkontrolle", "waffenscheinkontrolle", "waffenscheinprufung"}

// harmlessGuns make the gun after them no firearm: rubber and resin props,
// toys, airsoft, glue and nail guns.
var harmlessGuns = []string{"rubber", "resin", "foam", "wooden", "toy", "toys", "plastic", "cardboard", "airsoft",
	"nerf", "paintball", "water", "glue", "nail", "heat", "spray", "staple", "massage"}

var fireVerbs = []string{"fire", "shoot", "tirer", "disparar", "disparan", "schiessen", "sparare", "sparano",
	"disparam"}

// uncheckedGuns finds a gun and a missing background or licence check in
// one sentence. A film or prop context does not explain it (a prop that
// cannot fire needs no check and is no gun: rubber, resin, "they cannot
// fire"); a negator earlier in the clause does ("we never sell without a
// licence check").
func (a *analysis) uncheckedGuns() ([]string, bool) {
	toks := a.toks
	for i := range toks {
		if !slices.Contains(withoutWords, toks[i].text) || toks[i].prevNeg >= 0 && toks[i].prevNeg < i {
			continue
		}
		end := -1
		sub, chk := false, false
		for j := i + 1; j <= i+5 && j < len(toks) && toks[j].clause == toks[i].clause; j++ {
			t := toks[j].text
			if slices.Contains(checkCompounds, t) {
				sub, chk = true, true
			}
			sub = sub || slices.Contains(checkSubjects, t)
			chk = chk || slices.Contains(checkWords, t)
			if sub && chk {
				end = j
				break
			}
		}
		if end < 0 {
			continue
		}
		s := toks[i].sentence
		gun := -1
		for k := a.tagFrom(i - 14); k < len(a.tags) && a.tags[k].pos <= end+14; k++ {
			t := &a.tags[k]
			if t.sentence == s && t.mask.has(cGun) && !a.harmlessGun(t.pos) {
				gun = k
				break
			}
		}
		if gun < 0 || a.likenedTok(i) || a.excusedAt(i, of(cExDef, cExLegal)) {
			continue
		}
		return []string{a.tags[gun].text, joinTexts(toks[i : end+1])}, true
	}
	return nil, false
}

// harmlessGun reports a gun at token i that its sentence says, within 20
// words, cannot fire.
func (a *analysis) harmlessGun(i int) bool {
	toks := a.toks
	if i > 0 && slices.Contains(harmlessGuns, toks[i-1].text) {
		return true
	}
	for j := max(0, i-20); j < len(toks) && j <= i+20; j++ {
		if toks[j].sentence == toks[i].sentence && !a.masked[j] && slices.Contains(fireVerbs, toks[j].text) &&
			a.negatedBefore(j, 3) {
			return true
		}
		if toks[j].sentence == toks[i].sentence && !a.masked[j] && (toks[j].text == "nonfiring" ||
			toks[j].text == "firing" && j > 0 && toks[j-1].text == "non") {
			return true
		}
	}
	return false
}
