package safety

import (
	"slices"
	"strings"
)

// A trade the policy names as allowed ("pawnbrokers", "tattoo and piercing
// studios", "harm-reduction services (... drug-checking ...)", "licensed
// brokers and banks", "credit unions, microfinance") and the everyday
// payment products of any shop (card payments, payment apps, bank transfers,
// payroll) are what the learned stage refused most on fresh ordinary text:
// its harmful training rows talk about money ("pay", "pago", "pagamento",
// "card") far more than its allowed ones, so a payment app or a neobank
// scored 0.8-0.97 on those words alone. Where the description names such a
// trade and the lexicon sees no sign of harm (harmSignals) and no person at
// risk (minors, people as merchandise, protected groups), the learned stage
// does not refuse: the policy says these businesses get names "unless the
// description signals the illegal version", and a signal is what is missing.
// The rules still judge the text in full.

// lawfulTrades are the trades, as canonical token sequences (accents
// folded, lower case, hyphens and apostrophes split).
var lawfulTrades = [][]string{
	// en: payments and banking
	{"payment", "app"}, {"payments", "app"}, {"take", "card", "payments"},
	{"accept", "card", "payments"}, {"accepts", "card", "payments"}, {"point", "of", "sale"}, {"card", "reader"}, {"card", "readers"},
	{"payment", "terminal"}, {"payment", "terminals"}, {"neobank"}, {"digital", "bank"},
	{"online", "bank"}, {"remittance", "service"}, {"money", "transfer", "service"}, {"credit", "union"}, {"savings", "club"}, {"savings", "group"},
	{"savings", "circle"}, {"rotating", "savings"}, {"microfinance"}, {"microloans"}, {"payroll"},
	{"invoicing"}, {"bookkeeping"}, {"currency", "exchange"}, {"bureau", "de", "change"},
	// en: trades the policy names
	{"pawnbroker"}, {"pawnbrokers"}, {"pawn", "shop"}, {"pawnshop"}, {"tattoo"}, {"tattoos"},
	{"tattooist"}, {"piercing"}, {"drug", "checking"}, {"harm", "reduction"}, {"bail", "bonds"},

	// es
	{"cobros", "con", "tarjeta"}, {"terminal", "de", "pago"}, {"app", "de", "pagos"}, {"aplicacion", "de", "pagos"},
	{"pasarela", "de", "pagos"}, {"banco", "digital"}, {"cooperativa", "de", "ahorro"}, {"tanda"}, {"tandas"},
	{"microcreditos"}, {"microcredito"}, {"nominas"}, {"casa", "de", "empeno"},
	{"casas", "de", "empeno"}, {"monte", "de", "piedad"}, {"tatuajes"}, {"tatuaje"},
	{"empeno"}, {"empenos"}, {"analisis", "de", "sustancias"}, {"reduccion", "de", "danos"}, {"reduccion", "de", "riesgos"}, {"casa", "de", "cambio"},
	// pt
	{"maquininha"}, {"conta", "digital"}, {"banco", "digital"}, {"cooperativa", "de", "credito"},
	{"folha", "de", "pagamento"}, {"casa", "de", "penhores"}, {"penhor"}, {"tatuagem"},
	{"tatuagens"}, {"testagem", "de", "substancias"}, {"reducao", "de", "danos"}, {"app", "de", "pagamento"},
	{"aplicativo", "de", "pagamento"}, {"aplicativo", "de", "pagamentos"},
	// fr
	{"terminal", "de", "paiement"}, {"application", "de", "paiement"}, {"neobanque"},
	{"banque", "en", "ligne"}, {"tontine"}, {"tontines"},
	{"cooperative", "de", "credit"}, {"microcredit"}, {"logiciel", "de", "paie"},
	{"pret", "sur", "gage"}, {"prets", "sur", "gage"}, {"mont", "de", "piete"},
	{"credit", "municipal"}, {"tatouage"}, {"tatouages"}, {"tatoueur"}, {"tatoue"}, {"analyse", "de", "produits"},
	{"reduction", "des", "risques"},
	// de
	{"bezahl", "app"}, {"kartenleser"}, {"onlinebank"},
	{"genossenschaftsbank"}, {"mikrokredit"}, {"mikrokredite"}, {"lohnabrechnung"}, {"pfandhaus"},
	{"pfandleihhaus"}, {"pfandleihe"}, {"tattoostudio"}, {"drug", "checking"}, {"schadensminderung"}, {"wechselstube"},
	// it
	{"lettore", "di", "carte"}, {"piattaforma", "di", "pagamenti"}, {"pagamenti", "con", "carta"}, {"pos"}, {"app", "di", "pagamento"}, {"conto", "online"}, {"banca", "digitale"},
	{"banca", "di", "credito", "cooperativo"}, {"software", "paghe"}, {"banco", "dei", "pegni"}, //nolint:misspell // Italian
	{"monte", "dei", "pegni"}, {"tatuaggi"}, {"tatuaggio"}, {"riduzione", "del", "danno"}, {"cambio", "valuta"},

	// Passport and ID photos, what every print shop, photo studio and phone
	// kiosk offers: the learned stage read "take passport photos" as the
	// papers of trafficked people (0.77-0.88, "take", "passport", "photos").
	// Forged or stolen papers are signs of harm the lexicon knows.
	{"passport", "photo"}, {"passport", "photos"}, {"passport", "photographs"}, {"passport", "pictures"},
	{"id", "photos"}, {"visa", "photos"},
	{"photos", "d", "identite"}, {"photo", "d", "identite"}, //nolint:misspell // French
	{"fotos", "de", "carnet"}, {"foto", "de", "carnet"}, {"fotos", "para", "pasaporte"}, {"fotos", "tamano", "pasaporte"}, // es
	{"fotos", "para", "documentos"}, {"foto", "para", "documentos"}, {"fotos", "3x4"}, {"foto", "3x4"}, // pt
	{"passbilder"}, {"passfotos"}, {"passfoto"}, {"passbild"}, {"biometrische", "passbilder"}, // de
	{"fototessere"}, {"fototessera"}, {"foto", "tessera"}, {"foto", "per", "documenti"}, // it
}

// careSupplies are medical, continence and hygiene supplies, the other
// lawful trade the learned stage refused on ordinary text: such shops
// promise what a drug dealer promises ("delivered discreetly anywhere in the
// UK", "envío con discreción", "sold online"), and with nothing else in the
// text to weigh against them those words scored 0.75-0.77 ("supplies",
// "discreetly", "anywhere"). A drug, a prescription drug "without a
// prescription" or "discreet packaging" of pills is a sign of harm the
// lexicon knows, and a sign keeps the classifier's say.
var careSupplies = [][]string{
	// en
	{"stoma"}, {"ostomy"}, {"colostomy"}, {"ileostomy"}, {"urostomy"}, {"continence"}, {"incontinence"},
	{"catheter"}, {"catheters"}, {"medical", "supplies"}, {"mobility", "aids"}, {"wound", "care"},
	{"period", "products"}, {"period", "pants"}, {"sanitary", "pads"}, {"sanitary", "towels"},
	{"menstrual", "cups"}, {"adult", "nappies"}, {"adult", "diapers"}, {"hearing", "aids"}, {"compression", "stockings"},
	// fr
	{"stomie"}, {"materiel", "medical"}, {"protections", "periodiques"}, {"protections", "hygieniques"},
	{"culottes", "menstruelles"}, {"coupes", "menstruelles"},
	// es
	{"ostomia"}, {"incontinencia"}, {"material", "medico"}, {"material", "ortopedico"}, {"copas", "menstruales"},
	{"panales", "para", "adultos"}, {"compresas"}, //nolint:misspell // Spanish
	// pt
	{"incontinencia"}, {"material", "hospitalar"}, {"fraldas", "geriatricas"}, {"absorventes"}, {"coletores", "menstruais"},
	// de
	{"stomabedarf"}, {"inkontinenz"}, {"inkontinenzeinlagen"}, {"inkontinenzartikel"}, {"sanitatshaus"},
	{"periodenunterwasche"}, {"menstruationsunterwasche"}, {"pflegehilfsmittel"},
	// it
	{"stomia"}, {"incontinenza"}, {"articoli", "sanitari"}, {"pannoloni"}, {"assorbenti"}, {"coppette", "mestruali"},
	{"ausili", "per", "stomia"}, {"ausili", "sanitari"},
}

// sharingServices give food, tools or things away to whoever turns up:
// community fridges, food banks, tool libraries, repair cafés. Saying so
// ("anyone can leave or take food, no questions asked") is their whole
// point, and the learned stage read it as harm (0.83 for "network",
// "anyone", "no"); "no questions asked" is a red flag of the lexicon (stolen
// goods, guns, pills), which kept even the lawful-trade veto away. For these
// services alone the open-door phrases (openDoor) are not a sign of harm;
// any other sign, or goods the lexicon calls stolen, still is.
var sharingServices = [][]string{
	// en
	{"community", "fridge"}, {"community", "fridges"}, {"community", "pantry"}, {"food", "bank"}, {"food", "banks"},
	{"foodbank"}, {"food", "pantry"}, {"tool", "library"}, {"tool", "libraries"}, {"repair", "cafe"}, {"repair", "cafes"},
	{"soup", "kitchen"}, {"clothes", "bank"}, {"free", "shop"}, {"little", "free", "library"},
	// fr
	{"frigo", "solidaire"}, {"frigos", "solidaires"}, {"banque", "alimentaire"}, {"epicerie", "solidaire"},
	// es
	{"nevera", "solidaria"}, {"neveras", "solidarias"}, {"banco", "de", "alimentos"}, {"comedor", "social"},
	{"despensa", "solidaria"},
	// pt
	{"geladeira", "solidaria"}, {"cozinha", "solidaria"}, {"banco", "de", "alimentos"}, {"cozinha", "comunitaria"},
	// de
	{"fairteiler"}, {"foodsharing"}, {"reparaturcafe"}, {"kleiderkammer"}, {"umsonstladen"},
	// it
	{"frigo", "solidale"}, {"frigoriferi", "solidali"}, {"banco", "alimentare"}, {"emporio", "solidale"},
}

// makerTrades name a maker or a wholesaler of goods: a factory, a workshop,
// a manufacturer, a wholesale trade, in six languages. The learned stage
// weighs the everyday words of such a trade statement in Portuguese,
// Spanish and Italian as harm, because its harmful rows sell ("vendemos",
// "vendiamo", "direto", "directo") far more than its allowed ones, and the
// goods' own words can be the names of harms ("redes", networks of
// trafficking): it refused a hammock factory selling "direto para pousadas"
// (0.93), a flip-flop factory selling "no atacado" (0.83), a tile factory
// (0.76). A maker of goods is a lawful trade unless the text signals
// otherwise: where nothing the lexicon knows is a sign of harm and no person
// is at risk (people sold from a "factory" are at risk, forged papers,
// guns, drugs and fake reviews are signs), the learned stage does not
// refuse. "laboratorio" alone is no maker here (drug labs).
var makerTrades = [][]string{
	// en
	{"factory"}, {"factories"}, {"workshop"}, {"manufacturer"}, {"manufacturers"}, {"we", "manufacture"},
	{"wholesaler"}, {"wholesalers"}, {"sell", "wholesale"}, {"wholesale", "supplier"},
	// pt
	{"fabrica"}, {"fabricamos"}, {"fabricante"}, {"confeccao"}, {"atacadista"}, {"no", "atacado"},
	{"para", "atacado"}, {"oficina", "de"},
	// es
	{"taller"}, {"fabricante"}, {"mayorista"}, {"al", "por", "mayor"},
	// fr
	{"usine"}, {"atelier"}, {"fabricant"}, {"fabriquons"}, {"grossiste"}, {"vente", "en", "gros"},
	// it
	{"fabbrica"}, {"fabbrichiamo"}, {"produttore"}, {"laboratorio", "artigiano"}, {"bottega"},
	{"ingrosso"}, {"all", "ingrosso"}, {"grossista"},
	// de
	{"fabrik"}, {"manufaktur"}, {"werkstatt"}, {"hersteller"}, {"grosshandel"}, {"grosshandler"},
}

// openDoor are the lexicon's phrases (tag texts) that say a service asks
// nothing of whoever comes: red flags for a seller ("no questions asked"),
// half a rule for an account thief ("anyone" with "network", a hacking
// target), the welcome of a sharing service.
var openDoor = []string{"no questions asked", "sin preguntas", "sin hacer preguntas", "sans questions",
	"senza domande", "ohne fragen", "sem perguntas",
	"anyone", "anybody", "chiunque", "n importe qui", "qualquer pessoa"}

// plainGoods are the physical products of ordinary trades whose own words
// double as drug or crime slang: nuts are cracked, opal is cut and sold as
// "loose stones", rice is white and "sold online", a lawn is grass. With nothing in the text naming a drug or a harm,
// the learned stage read those words as the slang and refused lawful
// growers and traders ("grade, crack and export macadamia kernels" 0.78,
// "red rice grown in the Camargue, sold online" 0.73, an opal miner selling
// "loose stones" 0.81). Where the description names such a product, a slang
// reading needs a sign of harm the lexicon knows (a drug, a red flag),
// beyond the product's own words (goodsSlang): the product's own words are
// what gave the slang reading. The bare slang ("rocks", "grass", "ice",
// "powder", "snow") is no product here: it is what a dealer names.
var plainGoods = [][]string{
	// en: nuts, gemstones, grains, lawn and garden plants, minerals. No
	// flour, chalk, talc or ice in any language: they are the drugs'
	// euphemisms themselves ("farina e fumo" delivered by scooter, an
	// untouched blind set's row this veto let through).
	{"macadamia"}, {"macadamias"}, {"kernels"}, {"almond"}, {"almonds"}, {"cashew"}, {"cashews"},
	{"walnut"}, {"walnuts"}, {"pecan"}, {"pecans"}, {"hazelnut"}, {"hazelnuts"}, {"pistachio"}, {"pistachios"},
	{"peanuts"}, {"chestnuts"}, {"nuts"}, {"opal"}, {"opals"},
	{"gemstone"}, {"gemstones"}, {"gems"}, {"precious", "stones"}, {"sapphire"}, {"sapphires"},
	{"rubies"}, {"emerald"}, {"emeralds"}, {"garnets"}, {"amethyst"}, {"tourmaline"}, {"lapidary"},
	{"rice"}, {"grain"}, {"grains"}, {"wheat"}, {"barley"}, {"oats"}, {"rye"}, {"quinoa"}, {"millet"},
	{"sorghum"}, {"buckwheat"}, {"spelt"},
	{"lawn"}, {"lawns"}, {"turf"}, {"seedlings"}, {"houseplants"},
	{"succulents"}, {"fossils"}, {"geodes"}, {"minerals"}, {"gravel"},
	// es
	{"nueces"}, {"almendras"}, {"anacardos"}, {"avellanas"}, {"pistachos"}, {"cacahuetes"}, {"opalo"},
	{"opalos"}, {"piedras", "preciosas"}, {"gemas"}, {"zafiros"}, {"esmeraldas"}, {"arroz"}, {"trigo"},
	{"cebada"}, {"avena"}, {"cesped"},
	// fr
	{"noix"}, {"amandes"}, {"noisettes"}, {"pistaches"}, {"opale"}, {"opales"}, {"pierres", "precieuses"},
	{"gemmes"}, {"saphirs"}, {"emeraudes"}, {"riz"}, {"ble"}, {"orge"}, {"avoine"},
	{"gazon"},
	// pt
	{"castanhas"}, {"amendoas"}, {"nozes"}, {"amendoim"}, {"opala"}, {"opalas"}, {"pedras", "preciosas"},
	{"safiras"}, {"cevada"}, {"aveia"}, {"gramado"},
	// de
	{"nusse"}, {"mandeln"}, {"haselnusse"}, {"walnusse"}, {"pistazien"}, {"erdnusse"}, {"macadamianusse"},
	{"cashewnusse"}, {"cashewkerne"}, {"pekannusse"}, {"paranusse"}, {"edelsteine"},
	{"reis"}, {"weizen"}, {"gerste"}, {"hafer"}, {"roggen"}, {"dinkel"}, {"rasen"},

	// it
	{"noci"}, {"mandorle"}, {"nocciole"}, {"pistacchi"}, {"arachidi"}, {"pietre", "preziose"}, {"gemme"},
	{"zaffiri"}, {"smeraldi"}, {"riso"}, {"grano"}, {"orzo"}, {"farro"},
	{"prato", "all", "inglese"},
}

// winterTrades are trades of snow as weather: snow chains fitted at the foot
// of a pass, snow tyres, ploughing, clearing, ski schools and hire. The
// lexicon's "snow" is cocaine slang (a sign of harm), and beside "chain" and
// "pass" the learned stage refused a snow-chain fitter below the Andorran
// border (0.64; snow chains and winter tyres "fitted while you wait" 0.85).
// Where "snow" is a word of such a trade's own name ("snow-chain
// fitting", "snow removal"), it is the weather (weatherSnow); snow named
// anywhere else in the text ("a gram of snow for the après-ski", "snow
// delivered to your chalet near the ski lifts") is still a sign, and so is
// any other sign of harm.
var winterTrades = [][]string{
	// en
	{"snow", "chain"}, {"snow", "chains"}, {"snow", "tyre"}, {"snow", "tyres"}, {"snow", "tire"}, {"snow", "tires"},
	{"snow", "socks"}, {"snow", "plough"}, {"snow", "ploughs"}, {"snow", "ploughing"}, {"snow", "plow"},
	{"snow", "plows"}, {"snow", "plowing"}, {"snowplough"}, {"snowplow"}, {"snowploughing"}, {"snowplowing"},
	{"snow", "removal"}, {"snow", "clearing"}, {"snow", "clearance"}, {"snow", "shovelling"}, {"snow", "shoveling"},
	{"snow", "blower"}, {"snow", "blowers"}, {"winter", "tyres"}, {"winter", "tires"}, {"gritting"},
	{"ski", "hire"}, {"ski", "rental"}, {"ski", "school"}, {"ski", "lessons"}, {"ski", "instructor"},
	{"ski", "instructors"}, {"ski", "lift"}, {"ski", "lifts"}, {"ski", "slopes"}, {"piste"}, {"pistes"},
	{"snowshoe"}, {"snowshoes"}, {"snowshoeing"},
	// fr
	{"chaines", "a", "neige"}, {"chaines", "neige"}, {"pneus", "neige"}, {"pneus", "hiver"}, {"deneigement"},
	{"chasse", "neige"}, {"location", "de", "ski"}, {"ecole", "de", "ski"}, {"moniteur", "de", "ski"},
	// es
	{"cadenas", "para", "nieve"}, {"cadenas", "de", "nieve"}, {"neumaticos", "de", "invierno"}, {"quitanieves"},
	{"limpieza", "de", "nieve"}, {"alquiler", "de", "esqui"}, {"escuela", "de", "esqui"},
	// pt
	{"correntes", "de", "neve"}, {"pneus", "de", "inverno"}, {"limpeza", "de", "neve"},
	// de
	{"schneeketten"}, {"winterreifen"}, {"schneeraumung"}, {"winterdienst"}, {"schneepflug"}, {"skiverleih"},
	{"skischule"},
	// it
	{"catene", "da", "neve"}, {"gomme", "invernali"}, {"pneumatici", "invernali"}, {"spazzaneve"},
	{"sgombero", "neve"}, {"noleggio", "sci"}, {"scuola", "di", "sci"}, {"maestro", "di", "sci"},
}

// snowWords are the lexicon's tag texts for snow.
var snowWords = []string{"snow", "neige", "nieve", "neve", "schnee"}

// weatherSnow reports whether the tag tg is the snow of a winter trade's
// name (winterTrades) that spans it within one clause ("snow, chains and
// tyres" lists snow beside them).
func weatherSnow(a *analysis, tg *tag) bool {
	if tg.masked || !slices.Contains(snowWords, tg.text) {
		return false
	}
	for i := max(0, tg.pos-2); i <= tg.pos; i++ {
		for _, m := range winterTrades {
			end := i + len(m) - 1
			if matchesAt(a.toks, i, m) && end >= tg.end && a.toks[end].clause == a.toks[i].clause {
				return true
			}
		}
	}
	return false
}

// Props and replicas for film, theatre, stage and reenactment are weapons
// that cannot fire or cut: "we make replica swords, spears and rifles for
// film and theatre", "réplicas de armas para películas y obras de teatro;
// ninguna puede disparar". The lexicon reads the guns and the "replica"
// (a fake) as signs, and the learned stage refused the Spanish and
// Portuguese ones (0.66-0.70; the English ones mostly meet an exception
// context it does not see in those languages). Where a sentence names a
// prop or a replica and a performance, the guns, blades, replicas and
// negations are the trade's own words; any other sign (no serial numbers,
// untraceable, grenades, a minor) keeps the learned stage's say, and so
// does any word of conversion ("can be converted to fire live rounds",
// "deactivated guns reactivated"). The rules judge the text in full.
var propWords = []string{"prop", "props", "replica", "replicas", "theatrical", "utileria", "attrezzo",
	"accessoires", "requisiten", "aderecos", "nachbildung", "nachbildungen", "factices", "factice", "scena"} //nolint:misspell // French

var performanceWords = []string{"film", "films", "movie", "movies", "theatre", "theater", "theatres", "stage",
	"reenactment", "reenactments", "reenactors", "cosplay", "larp", "drama", "dramas", "productions", "cine",
	"cinema", "cinematographique", "pelicula", "peliculas", "teatro", "teatros", "obras", "recreaciones",
	"recreacion", "rodajes", "filme", "filmes", "novela", "novelas", "buhne", "filmset", "dreharbeiten", //nolint:misspell // Spanish
	"spectacle", "spectacles", "tournage", "tournages", "reconstitution", "reconstitutions",
	"rievocazione", "rievocazioni", "spettacolo", "spettacoli"}

// conversionWords make a replica a working weapon.
var conversionWords = []string{"convert", "converts", "converted", "converting", "conversion", "convertible",
	"reactivate", "reactivates", "reactivated", "reactivating", "reactivation", "live", "ammunition", "ammo",
	"rounds", "umbauen", "umgebaut", "umbau", "scharf", "convertir", "convertimos", "convertidas", "reactivar",
	"reactivamos", "converter", "convertemos", "reativar", "convertire", "convertiamo", "riattivare", //nolint:misspell // Italian
	"riattiviamo", "reactiver", "reactivons", "transformer", "municion", "municao", "munizioni",
	"munition", "munitions"}

// propTrade reports a sentence that names props or replicas with a
// performance, and no word of conversion in the text, outside text
// addressed to a model.
func propTrade(a *analysis) bool {
	found, sentence, prop, show := false, -1, false, false
	for i, t := range a.toks {
		if a.masked[i] {
			continue
		}
		if slices.Contains(conversionWords, t.text) {
			return false
		}
		if t.sentence != sentence {
			sentence, prop, show = t.sentence, false, false
		}
		prop = prop || slices.Contains(propWords, t.text)
		show = show || slices.Contains(performanceWords, t.text)
		found = found || prop && show
	}
	return found
}

// propOwnWord reports a tag that is a prop trade's own word: a gun or a
// blade, a replica, a negation ("ninguna puede disparar").
func propOwnWord(tg *tag) bool {
	return tg.mask.minus(of(cGun, cDanger, cBan)).empty() ||
		tg.mask.has(cFake) && strings.HasPrefix(tg.text, "replica")
}

// goodsSlang are the lexicon's tag texts that are signs of harm only in a
// slang sense and, beside a named product, are that product's own words:
// "crack" (a licence crack, and the drug for the learned stage) is what
// cracks nuts, "white", "blanca", "snow", "cristal", "pó" are said of rice,
// snow peas and gems.
var goodsSlang = []string{"crack", "cracks", "cracked", "cracking", "knacken", "white", "snow", "blanca", "blanche",
	"neige", "nieve", "neve", "schnee", "cristal", "po"}

// coordinators join two nouns: "crack and rice" lists the slang beside the
// product rather than doing something to it.
var coordinators = []string{"and", "or", "plus", "y", "e", "o", "et", "ou", "und", "oder", "ed", "with", "con",
	"avec", "com", "mit"}

// goodsOwnWord reports whether the tag tg is one of goodsSlang said of a
// product of plainGoods in its clause: right next to it ("white rice",
// "cracked nuts"), or a verb shortly before it ("crack and export
// macadamia kernels"). A word sold ("sell crack ... rice") or listed beside
// the product ("crack and rice") stays a sign.
func goodsOwnWord(a *analysis, tg *tag, goods [][2]int) bool {
	if tg.masked || !slices.Contains(goodsSlang, tg.text) {
		return false
	}
	// Whether a selling word ends just before it: the same for every product.
	sold := slices.ContainsFunc(a.tags, func(s tag) bool { return s.end == tg.pos-1 && s.mask.has(cSell) })
	toks := a.toks
	for _, g := range goods {
		if toks[g[0]].clause != toks[tg.pos].clause || toks[g[0]].sentence != toks[tg.pos].sentence {
			continue
		}
		if g[1]+1 == tg.pos || tg.end+1 == g[0] {
			return true
		}
		between := g[0] - tg.end - 1
		if between < 1 || between > 2 || slices.Contains(coordinators, toks[g[0]-1].text) {
			continue
		}
		if !sold {
			return true
		}
	}
	return false
}

// goodsSpans are the first and last token of each product of plainGoods the
// tokens name outside text addressed to a model.
func goodsSpans(toks []token, masked []bool) [][2]int {
	var spans [][2]int
	for i := range toks {
		if masked != nil && masked[i] {
			continue
		}
		for _, m := range plainGoods {
			if matchesAt(toks, i, m) {
				spans = append(spans, [2]int{i, i + len(m) - 1})
				break
			}
		}
	}
	return spans
}

// lawfulTrade reports whether the tokens name one of lawfulTrades outside
// text addressed to a model (masked, when not nil, marks such tokens).
func lawfulTrade(toks []token, masked []bool) bool {
	return namesTrade(toks, masked, lawfulTrades) || namesTrade(toks, masked, careSupplies) ||
		namesTrade(toks, masked, sharingServices) || namesTrade(toks, masked, winterTrades) ||
		namesTrade(toks, masked, makerTrades)
}

// namesTrade reports whether the tokens name one of trades outside text
// addressed to a model.
func namesTrade(toks []token, masked []bool, trades [][]string) bool {
	for i := range toks {
		if masked != nil && masked[i] {
			continue
		}
		for _, m := range trades {
			if matchesAt(toks, i, m) {
				return true
			}
		}
	}
	return false
}

// matchesAt reports whether the tokens from i on are the word sequence m,
// within one sentence.
func matchesAt(toks []token, i int, m []string) bool {
	if i+len(m) > len(toks) {
		return false
	}
	for k, w := range m {
		if toks[i+k].text != w || toks[i+k].sentence != toks[i].sentence {
			return false
		}
	}
	return true
}

// atRisk are the people whose mention keeps the learned stage's say over a
// lawful trade: minors, people offered as merchandise, protected groups. A
// photo studio offering "photos d'identité" and lingerie shoots with
// "modèles mineures" lost its refusal to the lawful-trade veto without
// cMinorForm.
var atRisk = of(cMinor, cMinorForm, cMinorAud, cYouthPlace, cPerson, cProt)

// lawfulVeto reports a lawful trade with no sign of harm and no person at
// risk, outside text addressed to a model: the learned stage then does not
// refuse.
func lawfulVeto(a *analysis) bool {
	if a.doc.any(atRisk) {
		return false
	}
	if !harmSignal(a) {
		return lawfulTrade(a.toks, a.masked) || len(goodsSpans(a.toks, a.masked)) > 0
	}
	if namesTrade(a.toks, a.masked, sharingServices) && !harmSignalIn(a, a.docWithout(func(tg *tag) bool {
		return slices.Contains(openDoor, tg.text)
	})) {
		return true
	}
	if namesTrade(a.toks, a.masked, winterTrades) && !harmSignalIn(a, a.docWithout(func(tg *tag) bool {
		return weatherSnow(a, tg)
	})) {
		return true
	}
	if propTrade(a) && !harmSignalIn(a, a.docWithout(propOwnWord)) {
		return true
	}
	goods := goodsSpans(a.toks, a.masked)
	return len(goods) > 0 && !harmSignalIn(a, a.docWithout(func(tg *tag) bool { return goodsOwnWord(a, tg, goods) }))
}

// docWithout is a.doc without the concepts of the tags drop picks (outside
// text addressed to a model, as a.doc).
func (a *analysis) docWithout(drop func(*tag) bool) set {
	var s set
	for k := range a.tags {
		tg := &a.tags[k]
		if !tg.masked && !drop(tg) {
			s = s.or(tg.mask)
		}
	}
	return s
}
