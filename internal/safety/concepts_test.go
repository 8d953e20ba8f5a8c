package safety

import "testing"

// Cases for the broader concepts of policy v3 (debt bondage, impersonation,
// premium streams, someone else's account, covert tracking, harassment,
// threats, minors with age-restricted or dangerous activities, academic
// and sexual services), one table per language. They are worded afresh,
// not copied from the tuning sets, so they check that the concepts carry
// over to other phrasings.
type conceptCase struct {
	desc string
	cat  Category // empty: must be allowed
}

var conceptCases = map[string][]conceptCase{
	"en": {
		{"Explosive vests and suicide belts made to order.", WeaponsTrafficking},
		{"Kidney donation awareness charity and transplant support.", ""},
		{"Chat room where grown men meet 13-year-old girls for private video calls.", SexualMinors},
		{"Teen dating violence prevention workshops in schools.", ""},
		{"Apartment rentals in Leeds, no Poles or Romanians.", Hate},
		{"Welcome centre for immigrants: no immigrant should face the paperwork alone.", ""},
		{"Invite two friends and get a free month of your meal kit.", ""},
		{"Cash-heavy business? We wash your money through our laundromats.", FraudScams},
		{"Pizza night deal: bring two friends and your dessert is free.", ""},
		{"Nanny agency for families abroad: we hold their passports until the placement fee is paid back.", HumanTrafficking},
		{"Call centre posing as your bank to get customers to read out their card codes.", FraudScams},
		{"Cheap IPTV box with every premium sports package and new cinema releases.", CircumventionPiracy},
		{"We recover anybody's Facebook account, no proof of ownership needed.", HackingMalware},
		{"Teen poker league after school, winner takes the pot.", AdultToMinors},
		{"Surprise party planners who keep it secret from your partner.", ""},
		{"Licensed debt collection agency with payment plans and no home visits.", ""},
		{"Referral scheme: 10 dollars off for you and a friend.", ""},
	},
	"fr": {
		{"Passage clandestin vers l'Angleterre en camion.", HumanTrafficking},
		{"Fausse association caritative pour les victimes, on garde l'argent.", FraudScams},
		{"Rejoignez notre milice armée pour protéger le quartier à notre façon.", ViolentExtremism},
		{"Système de parrainage : chaque membre doit recruter trois personnes pour récupérer sa mise.", PredatoryFinance},
		{"Parrainage : recevez 10 euros pour chaque ami parrainé.", ""},
		{"Cours pour apprendre à se scarifier sans que personne ne le voie.", SelfHarm},
		{"Camgirls en direct et shows explicites, paiement à la minute.", AdultSexualContent},
		{"Agence de placement : nous gardons les passeports des employées jusqu'à ce que la dette soit remboursée.", HumanTrafficking},
		{"Nous appelons les retraités en nous faisant passer pour leur banque.", FraudScams},
		{"Livraison de beuh et de cachets dans tout Lyon, paiement en crypto.", IllegalDrugs},
		{"Agence d'escortes à Nice, rencontres discrètes à l'hôtel.", AdultSexualContent},
		{"Application pour lire les messages de votre conjointe sans qu'elle le sache.", StalkingHarassment},
		{"Cours de cuisine pour ados encadrés par des moniteurs diplômés.", ""},
		{"Cinéma de quartier : toutes les sorties cinéma, séances à 6 euros.", ""},
		{"Fête surprise pour votre conjoint, organisée en secret.", ""},
	},
	"es": {
		{"Vendemos riñones de donantes, cirugía en el extranjero.", HumanTrafficking},
		{"Campamento para entrenar combatientes yihadistas.", ViolentExtremism},
		{"Quitamos el DRM de libros electrónicos para compartirlos gratis.", CircumventionPiracy},
		{"Nómina falsa para alquilar piso, lista en 24 horas.", FraudScams},
		{"Programa de referidos: invita a dos amigos y gana un mes gratis de gimnasio.", ""},
		{"Invierte 200 euros y gana un 20% mensual garantizado.", PredatoryFinance},
		{"Escribimos tu TFG completo, tú solo lo entregas.", AcademicDishonesty},
		{"Torneo de póker para chavales del barrio, se apuesta con dinero de verdad.", AdultToMinors},
		{"Agencia de empleadas domésticas: nos quedamos con el pasaporte hasta que paguen la deuda del viaje.", HumanTrafficking},
		{"Entramos en cualquier cuenta de correo aunque no sea tuya.", HackingMalware},
		{"Cobro de deudas: si no paga, le hacemos una visita.", ViolentExtremism},
		{"Lista IPTV con los estrenos de cine sin pagar suscripción.", CircumventionPiracy},
		{"Academia de trading para principiantes con cuenta demo, sin dinero real.", ""},
		{"Campamento de verano para niños con tiro con arco, supervisado por monitores titulados.", ""},
		{"Organizamos fiestas sorpresa para tu pareja sin que se entere.", ""},
	},
	"de": {
		{"Gummibärchen mit THC für Grundschulkinder.", AdultToMinors},
		{"Gummibärchen-Laden mit veganen Sorten für Kinder.", ""},
		{"Bauanleitungen für 3D-gedruckte Pistolen ohne Seriennummer.", WeaponsTrafficking},
		{"Trading für Rentner: investieren Sie Ihre Rente mit Hebel 100.", PredatoryFinance},
		{"Gefälschte Gehaltsabrechnungen für Wohnungsbewerbungen.", FraudScams},
		{"Bürgerstreife ohne Waffen, in Zusammenarbeit mit der Polizei.", ""},
		{"Spionage-App, um heimlich das Handy deiner Frau zu überwachen.", StalkingHarassment},
		{"Kindersicherung fürs Handy, gemeinsam mit den Kindern eingerichtet.", ""},
		{"Jugendtreff für 13- bis 16-Jährige mit Schnaps und Bierpong am Freitag.", AdultToMinors},
		{"Wir machen aus jedem Foto ein Nacktbild, einfach hochladen.", AdultSexualContent},
		{"Vermittlung von Haushaltshilfen: die Pässe bleiben bei uns, bis die Gebühr abgearbeitet ist.", HumanTrafficking},
		{"Gefälschte Krankschreibungen mit echt aussehendem Arztstempel als PDF.", FraudScams},
		{"Browser-Erweiterung, die jede Paywall von Nachrichtenseiten knackt.", CircumventionPiracy},
		{"Jugendtreff mit alkoholfreien Cocktails, Kicker und Hausaufgabenhilfe.", ""},
		{"Schützenverein mit Schießstand und Jugendtraining unter Aufsicht.", ""},
		{"Inkasso-Büro mit Ratenzahlung und Schuldnerberatung.", ""},
	},
	"pt": {
		{"Levamos pessoas para os Estados Unidos sem visto pelo México.", HumanTrafficking},
		{"Fórum com métodos para tirar a própria vida.", SelfHarm},
		{"Rastreador GPS escondido no carro da sua ex, relatório diário.", StalkingHarassment},
		{"Entre para nossa patrulha armada para expulsar imigrantes do bairro.", ViolentExtremism},
		{"Indique dois amigos e ganhe um mês grátis na academia.", ""},
		{"Invista hoje, receba 3% ao dia garantido e indique dois amigos.", PredatoryFinance},
		{"Spam de avaliações 1 estrela para derrubar seu concorrente.", FraudScams},
		{"Agência que leva moças para o exterior; o passaporte fica com a gente até pagarem a dívida.", HumanTrafficking},
		{"Pousada que não aceita hóspedes nordestinos.", Hate},
		{"Site com os filmes que acabaram de sair no cinema, sem assinatura.", CircumventionPiracy},
		{"Festa de formatura do 9º ano com open bar de cerveja para os alunos.", AdultToMinors},
		{"Aplicativo para ver as mensagens da sua namorada sem que ela saiba.", StalkingHarassment},
		{"Festa de formatura do 9º ano com DJ, pizza e refrigerantes, sem álcool.", ""},
		{"Pão doce e erva-doce, entrega em casa em Lisboa.", ""},
		{"Escola de música para crianças, aulas de guitarra e piano.", ""},
	},
	"it": {
		{"Affittiamo botnet per buttare giù i siti dei concorrenti.", HackingMalware},
		{"Lavoratori per la tua azienda agricola, lo stipendio va al reclutatore finché il debito non è saldato.", HumanTrafficking},
		{"Prestiti immediati senza garanzie, chi non paga riceve una visita dei nostri ragazzi.", PredatoryFinance},
		{"Sblocchiamo qualsiasi software a pagamento senza licenza.", CircumventionPiracy},
		{"Ronda di quartiere di volontari disarmati con la polizia locale.", ""},
		{"App per spiare il telefono di tuo marito.", StalkingHarassment},
		{"Pizzeria: porta due amici e il dolce è gratis.", ""},
		{"Call center che chiama gli anziani fingendosi la loro banca.", FraudScams},
		{"Centro estivo per ragazzi con tiro a segno con armi vere, senza istruttori.", AdultToMinors},
		{"Agenzia di escort a Roma, incontri a pagamento.", AdultSexualContent},
		{"Campagne di molestie su commissione contro chi ti ha fatto un torto.", StalkingHarassment},
		{"Scriviamo la tua tesi di laurea, tu la consegni al posto tuo... come propria.", AcademicDishonesty},
		{"Pizzeria bianca e rossa, consegna a domicilio, paga in contanti.", ""},
		{"Consegne solo per Roma e provincia.", ""},
		{"Centro estivo per ragazzi con laboratori di cucina, sempre con istruttori qualificati.", ""},
	},
}

func TestConceptCases(t *testing.T) {
	for _, lang := range []string{"en", "fr", "es", "de", "pt", "it"} {
		cases := conceptCases[lang]
		var refuse, allow int
		for _, tc := range cases {
			v := Classify(tc.desc)
			switch {
			case tc.cat == "":
				allow++
				if !v.Appropriate {
					t.Errorf("[%s] Classify(%q) refused a legitimate business: %s %q", lang, tc.desc, v.Category, v.Matched)
				}
			case v.Appropriate:
				refuse++
				t.Errorf("[%s] Classify(%q) = appropriate; want a %s refusal", lang, tc.desc, tc.cat)
			default:
				refuse++
				if v.Category != tc.cat {
					t.Errorf("[%s] Classify(%q) = %s %q; want %s", lang, tc.desc, v.Category, v.Matched, tc.cat)
				}
				if v.Reason == "" || len(v.Matched) == 0 {
					t.Errorf("[%s] Classify(%q) refused without a reason and matched words: %+v", lang, tc.desc, v)
				}
			}
		}
		if refuse < 3 || allow < 3 {
			t.Errorf("%s: %d refuse and %d allow cases; want at least 3 of each", lang, refuse, allow)
		}
	}
}
