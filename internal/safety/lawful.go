package safety

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
	{"analisis", "de", "sustancias"}, {"reduccion", "de", "danos"}, {"reduccion", "de", "riesgos"}, {"casa", "de", "cambio"},
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
	{"credit", "municipal"}, {"tatouage"}, {"tatouages"}, {"tatoueur"}, {"analyse", "de", "produits"},
	{"reduction", "des", "risques"},
	// de
	{"bezahl", "app"}, {"kartenleser"}, {"onlinebank"},
	{"genossenschaftsbank"}, {"mikrokredit"}, {"mikrokredite"}, {"lohnabrechnung"}, {"pfandhaus"},
	{"pfandleihhaus"}, {"pfandleihe"}, {"tattoostudio"}, {"drug", "checking"}, {"schadensminderung"}, {"wechselstube"},
	// it
	{"lettore", "di", "carte"}, {"app", "di", "pagamento"}, {"conto", "online"}, {"banca", "digitale"},
	{"banca", "di", "credito", "cooperativo"}, {"software", "paghe"}, {"banco", "dei", "pegni"}, //nolint:misspell // Italian
	{"monte", "dei", "pegni"}, {"tatuaggi"}, {"tatuaggio"}, {"riduzione", "del", "danno"}, {"cambio", "valuta"},
}

// lawfulTrade reports whether the tokens name one of lawfulTrades outside
// text addressed to a model (masked, when not nil, marks such tokens).
func lawfulTrade(toks []token, masked []bool) bool {
	for i := range toks {
		if masked != nil && masked[i] {
			continue
		}
	next:
		for _, m := range lawfulTrades {
			if i+len(m) > len(toks) {
				continue
			}
			for k, w := range m {
				if toks[i+k].text != w || toks[i+k].sentence != toks[i].sentence {
					continue next
				}
			}
			return true
		}
	}
	return false
}

// atRisk are the people whose mention keeps the learned stage's say over a
// lawful trade: minors, people offered as merchandise, protected groups.
var atRisk = of(cMinor, cMinorAud, cYouthPlace, cPerson, cProt)

// lawfulVeto reports a lawful trade with no sign of harm and no person at
// risk, outside text addressed to a model: the learned stage then does not
// refuse.
func lawfulVeto(a *analysis) bool {
	return !harmSignal(a) && !a.doc.any(atRisk) && lawfulTrade(a.toks, a.masked)
}
