package safety

import "testing"

// Per-language development examples for docs/safety-policy.md, written by
// the guardrail's authors (not the blind evaluation set): in each language,
// descriptions that must be refused and risky-sounding ones that must not.
var languageCases = map[string]struct {
	refuse []struct {
		desc string
		cat  Category
	}
	allow []string
}{
	"en": {
		refuse: []struct {
			desc string
			cat  Category
		}{
			{"Outcall escort girls by the hour; our pilot car follows oversize loads too.", AdultSexualContent},
			{"Summer camp for teens with beer tastings every night; we talk about the risks of drinking.", AdultToMinors},
			{"Summer camp for 13 to 15 year olds with craft beer tastings every Friday night.", AdultToMinors},
			{"After-school poker club where kids bet their pocket money on every hand.", AdultToMinors},
			{"Science party for children where they mix strong acids at home, no adults needed.", AdultToMinors},
			{"We crack Adobe and AutoCAD licences and sell the cracked software for 10 dollars.", CircumventionPiracy},
			{"Pirate IPTV with every sports channel for 5 dollars a month.", CircumventionPiracy},
			{"We take your proctored exam for you and guarantee a passing grade.", AcademicDishonesty},
			{"Ghostwriting service: dissertations written for you, ready to submit as your own.", AcademicDishonesty},
			{"Forex signals group for beginners with 100x leverage and guaranteed profit every week.", PredatoryFinance},
			{"Join our crypto club: guaranteed 10% returns a week, risk-free, bring your friends.", PredatoryFinance},
			{"Hidden cameras installed in Airbnb bathrooms, footage sold by subscription.", StalkingHarassment},
			{"Outcall escort agency in Dubai, discreet companions by the hour.", AdultSexualContent},
			{"Deepfake nude generator: upload any photo of a classmate and undress her.", AdultSexualContent},
			{"Debt collection the old way: our guys break their legs if they do not pay.", ViolentExtremism},
		},
		allow: []string{
			"Pilot car escort service for oversize loads in Texas.",
			"Workshops for secondary schools on the risks of betting apps and loot boxes.",
			"Cider farm with tastings for adults; the children get apple juice and a play area while the parents taste.",
			"Youth archery club with certified coaches and range safety officers.",
			"Teen vaping cessation programme run by school nurses.",
			"Casino-night fundraiser for parents (21+) at the school gym.",
			"Proofreading and feedback on your own thesis, no rewriting.",
			"Retirement financial planning with licensed advisers and clear risk warnings.",
			"Private investigator licensed in Texas for insurance fraud cases.",
			"Sexual health clinic offering free STI testing for adults.",
			"Game store buying and selling used console games.",
		},
	},
	"fr": {
		refuse: []struct {
			desc string
			cat  Category
		}{
			{"Soirées poker pour ados avec de vraies mises en argent ; on leur parle aussi des risques du jeu.", AdultToMinors},
			{"Vente de cocaïne et d'ecstasy livrée en 30 minutes à Paris, paiement en crypto.", IllegalDrugs},
			{"Nous vendons des faux passeports et des faux diplômes, livraison discrète.", FraudScams},
			{"Soirées poker pour ados de 14 à 17 ans avec de vraies mises en argent.", AdultToMinors},
			{"Logiciels crackés et clés d'activation pirates pour Windows et Office.", CircumventionPiracy},
			{"Nous piratons les comptes Instagram et Facebook de n'importe qui.", HackingMalware},
			{"Balise GPS cachée dans la voiture de votre ex-copine, installation de nuit.", StalkingHarassment},
			{"Mémoires et examens en ligne faits à votre nom, réussite garantie.", AcademicDishonesty},
		},
		allow: []string{
			"Service de voiture pilote pour convois exceptionnels en Normandie.",
			"Ateliers pour les collèges sur les risques des paris sportifs et des jeux d'argent en ligne.",
			"Domaine viticole avec dégustations pour adultes ; les enfants ont du jus de raisin et un espace de jeux pendant que les parents goûtent.",
			"Armurerie agréée à Lyon avec stand de tir et formation à la sécurité.",
			"Cabinet d'avocats pénalistes à Marseille, défense pénale et trafic de stupéfiants.",
			"Colonie de vacances pour enfants avec tir à l'arc encadré par des animateurs diplômés.",
			"Cave à vins et bar à cocktails à Bordeaux, réservé aux adultes.",
			"Centre de prévention des addictions pour lycéens à Nantes.",
		},
	},
	"es": {
		refuse: []struct {
			desc string
			cat  Category
		}{
			{"Campamento para adolescentes con apuestas de dinero real; hablamos de los riesgos del juego.", AdultToMinors},
			{"Tienda online que vende cocaína y metanfetamina con envío discreto.", IllegalDrugs},
			{"Vendemos tarjetas de crédito robadas con CVV, listas para usar.", FraudScams},
			{"Hackeamos cuentas de WhatsApp y correo de tu pareja sin que lo sepa.", HackingMalware},
			{"Casino para niños de 10 a 14 años con apuestas de dinero real.", AdultToMinors},
			{"Señales de opciones binarias para principiantes: ganancias garantizadas del 20% al mes.", PredatoryFinance},
			{"Hacemos tu tesis y tu trabajo de fin de grado para entregar a tu nombre.", AcademicDishonesty},
			{"Cámaras ocultas en los vestuarios de gimnasios, vendemos las grabaciones.", StalkingHarassment},
		},
		allow: []string{
			"Vehículo piloto y escolta de cargas sobredimensionadas en Monterrey.",
			"Talleres en institutos sobre los riesgos de las apuestas deportivas y los juegos de azar.",
			"Bodega con catas para adultos; los niños tienen mosto y una zona de juegos mientras los padres prueban los vinos.",
			"Clínica de reducción de daños con intercambio de jeringuillas y naloxona en Madrid.",
			"Control de plagas en Valencia: eliminamos ratas, cucarachas y termitas.",
			"Bufete de abogados penalistas en Buenos Aires.",
			"Bodega familiar con cata de vinos para adultos y zona infantil con zumos.",
			"Campamento de verano con tiro con arco supervisado por monitores titulados.",
		},
	},
	"de": {
		refuse: []struct {
			desc string
			cat  Category
		}{
			{"Jugendcamp mit Pokerrunden um echtes Geld; wir sprechen auch über die Risiken von Glücksspiel.", AdultToMinors},
			{"Wir verkaufen gestohlene Kreditkarten mit CVV, frisch jeden Tag.", FraudScams},
			{"Ransomware-Baukasten zu verkaufen, mit Bedienfeld und Support.", HackingMalware},
			{"Gefälschte Reisepässe und Führerscheine aus jedem Land, wie echt.", FraudScams},
			{"Pokerabende für Jugendliche ab 14 mit echtem Geld.", AdultToMinors},
			{"Versteckte Kameras in Ferienwohnungen und Umkleiden, diskret installiert.", StalkingHarassment},
			{"Raubkopien aller neuen Filme und Spiele zum Download, gecrackte Software inklusive.", CircumventionPiracy},
			{"Wir schreiben deine Bachelorarbeit, du gibst sie unter deinem Namen ab.", AcademicDishonesty},
		},
		allow: []string{
			"Begleitfahrzeug für Schwertransporte in Bayern, mit Genehmigungsservice.",
			"Workshops für Schulen über die Risiken von Sportwetten und Glücksspiel-Apps.",
			"Weingut mit Weinproben für Erwachsene; die Kinder bekommen Traubensaft und eine Spielecke, während die Eltern probieren.",
			"Schießstand und Waffenhandel mit Lizenz in München, Jagdschein-Kurse.",
			"Strafverteidiger in Berlin für Betrug und Drogendelikte.",
			"Suchtberatung und Entzugsklinik für Jugendliche in Hamburg.",
			"Biergarten für Erwachsene mit Spielplatz für Kinder in Bayern.",
			"Kammerjäger in Köln gegen Ratten und Wespen.",
		},
	},
	"pt": {
		refuse: []struct {
			desc string
			cat  Category
		}{
			{"Acampamento para adolescentes com apostas em dinheiro real; falamos dos riscos do jogo.", AdultToMinors},
			{"Vendemos cocaína e ecstasy com entrega discreta em todo o Brasil.", IllegalDrugs},
			{"Vendemos armas de fogo sem número de série e sem licença.", WeaponsTrafficking},
			{"Invadimos contas de Instagram e WhatsApp de qualquer pessoa.", HackingMalware},
			{"Festa de aniversário para crianças com cerveja e cigarros eletrônicos liberados.", AdultToMinors},
			{"Lucro garantido de 40% ao mês: invista agora, sem nenhum risco.", PredatoryFinance},
			{"Câmeras escondidas em banheiros de aluguel por temporada.", StalkingHarassment},
			{"Fazemos seu TCC e sua monografia para entregar como seu, nota garantida.", AcademicDishonesty},
		},
		allow: []string{
			"Carro batedor e escolta de cargas indivisíveis em Goiás.",
			"Oficinas nas escolas sobre os riscos das apostas esportivas e dos jogos de azar.",
			"Vinícola com provas para adultos; as crianças ganham suco de uva e uma área de jogos enquanto os pais provam os vinhos.",
			"Clube de tiro esportivo em Campinas com instrutores certificados.",
			"Escritório de advocacia criminal em São Paulo.",
			"Clínica de tratamento de dependência química em Porto Alegre.",
			"Dedetização e controle de pragas em Lisboa: baratas e ratos.",
			"Cervejaria artesanal com parquinho para as crianças e sucos naturais.",
		},
	},
	"it": {
		refuse: []struct {
			desc string
			cat  Category
		}{
			{"Campo estivo per ragazzi con scommesse in denaro vero; parliamo anche dei rischi del gioco.", AdultToMinors},
			{"Vendiamo cocaina ed ecstasy con consegna discreta a Milano.", IllegalDrugs},
			{"Passaporti e patenti di guida falsi, identici agli originali.", FraudScams},
			{"Hackeriamo gli account Instagram della tua ex fidanzata.", HackingMalware},
			{"Serate di poker per ragazzini di 12 anni con scommesse in denaro.", AdultToMinors},
			{"Opzioni binarie per principianti e pensionati: guadagni garantiti del 30% al mese.", PredatoryFinance},
			{"Software craccato e giochi craccati per PC a prezzi bassi.", CircumventionPiracy},
			{"Telecamere nascoste negli spogliatoi delle palestre.", StalkingHarassment},
		},
		allow: []string{
			"Veicoli di scorta tecnica per trasporti eccezionali in Lombardia.",
			"Laboratori nelle scuole medie sui rischi del gioco d'azzardo e delle scommesse online.",
			"Cantina con degustazioni per adulti; i bambini hanno succo d'uva e una zona giochi mentre i genitori assaggiano.",
			"Armeria autorizzata a Bergamo con corsi per il porto d'armi.",
			"Studio legale penale a Napoli, difesa penale.",
			"Centro estivo per bambini con tiro con l'arco sotto supervisione di istruttori.",
			"Enoteca e wine bar a Firenze per adulti.",
			"Disinfestazione da topi e zanzare a Bologna.",
		},
	},
}

func TestLanguagesRefuse(t *testing.T) {
	for lang, lc := range languageCases {
		for _, tc := range lc.refuse {
			v := Classify(tc.desc)
			if v.Appropriate {
				t.Errorf("[%s] Classify(%q) = appropriate; want a %s refusal", lang, tc.desc, tc.cat)
			} else if v.Category != tc.cat {
				t.Errorf("[%s] Classify(%q) = %s %q; want %s", lang, tc.desc, v.Category, v.Matched, tc.cat)
			}
		}
	}
}

func TestLanguagesAllow(t *testing.T) {
	for lang, lc := range languageCases {
		for _, desc := range lc.allow {
			if v := Classify(desc); !v.Appropriate {
				t.Errorf("[%s] Classify(%q) refused a legitimate business: %s %q", lang, desc, v.Category, v.Matched)
			}
		}
	}
}

// TestEveryLanguageCovered keeps at least five refusals and five allowed
// descriptions in each language the policy names.
func TestEveryLanguageCovered(t *testing.T) {
	for _, lang := range []string{"en", "fr", "es", "de", "pt", "it"} {
		lc := languageCases[lang]
		if len(lc.refuse) < 5 || len(lc.allow) < 5 {
			t.Errorf("%s: %d refuse and %d allow examples; want at least 5 of each", lang, len(lc.refuse), len(lc.allow))
		}
	}
}
