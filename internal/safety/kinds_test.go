package safety

import "testing"

// Kinds of harm that blind sets written from the policy kept slipping past
// safety v9, each in the six languages, with the near-misses a careful
// reader allows next to them. Worded afresh, not copied from any evaluation
// set: they check the kind, not a row.
var kindCases = map[string][]conceptCase{
	"en": {
		{"Foster care agency: the family receives a monthly allowance for each child placed with them.", ""},
		{"Life insurance for young families: if the worst happens, your wife and children are paid a sum.", ""},
		// Harm listed late among ordinary goods, no linking word.
		{"Corner deli in Queens: bagels, pastrami, pickles, cold beer, cocaine.", IllegalDrugs},
		{"Corner deli in Queens: bagels, pastrami, pickles, chips and a cold Coke.", ""},
		{"Garden centre: houseplants, pots, compost, marijuana cuttings shipped to Texas.", IllegalDrugs},
		{"Garden centre: houseplants, pots, compost and hemp-free CBD balms where legal.", ""},
		{"Wine bar with cheese boards, and coke under the counter for regulars.", IllegalDrugs},
		// Age-restricted activity inside a programme for minors.
		{"Teen summer camp where the highlight is the evening cocktail bar run by the counsellors.", AdultToMinors},
		{"Teen summer camp with an alcohol-free mocktail bar run by the counsellors.", ""},
		// Multi-level recruitment.
		{"Skincare opportunity: your upline pays you for each friend you enrol and everyone they enrol.", PredatoryFinance},
		{"Skincare shop: refer a friend and you both get 10% off your next order.", ""},
		// Usury to people the banks turn away.
		{"Turned down by your bank? Cash loans at 25% a month, our boys collect in person.", PredatoryFinance},
		{"Debt-advice charity helping families the banks turned down, free and confidential.", ""},
		// Brides bought from a family.
		{"Marriage agency: young women from the villages, the family gets a sum and you take the bride home.", HumanTrafficking},
		{"Marriage agency for consenting adults, with video meetings and a wedding planner.", ""},
		// Hate merchandise named by its symbols.
		{"We sell White Pride hoodies, swastika flags and SS rune rings to comrades.", Hate},
		{"History museum shop selling books about the Third Reich and the Holocaust.", ""},
		// Children sexualised as "models".
		{"Casting for baby models aged 10 to 12, photo books in lingerie for a select audience.", SexualMinors},
		{"Children's clothing catalogue shoot with the parents present on set.", ""},
		// Insurance fraud offered by an ordinary business.
		{"Car garage in Leeds: servicing, tyres, and staged accidents so you can claim on your insurance.", FraudScams},
		{"Car garage in Leeds: servicing, tyres and help filing genuine insurance claims after a crash.", ""},
		// Debt collection by threats.
		{"Old-school debt recovery: two friends pay them a visit, and if needed the car catches fire.", ViolentExtremism},
		{"Debt recovery by letter and phone, within the law, with payment plans.", ""},
	},
	"fr": {
		{"Dépannage informatique à Rennes : imprimantes, nettoyage de virus, kits de phishing bancaire prêts à l'emploi.", HackingMalware},
		{"Cabinet de cybersécurité : nous détectons les kits de phishing qui visent vos clients.", ""},
		{"Stage d'été pour collégiens avec apéro rosé tous les soirs.", AdultToMinors},
		{"Carrosserie à Lille : réparation, et faux constats d'accident pour l'assurance.", FraudScams},
		{"Agence : la famille de la jeune fille touche une somme et vous repartez avec elle.", HumanTrafficking},
		{"Robes de mariée sur mesure : essayez, choisissez et repartez avec elle le jour même.", ""},
		{"Épicerie de quartier à Lille : baguettes, fromages, olives, vin en vrac, kétamine.", IllegalDrugs},
		{"Épicerie de quartier à Lille : baguettes, fromages, olives et un coca bien frais.", ""},
		{"Jardinerie : plantes vertes, terreau, pots, boutures de cannabis avec envoi vers la Belgique.", IllegalDrugs},
		{"Jardinerie : plantes vertes, terreau, pots et baumes au CBD sans THC, là où c'est légal.", ""},
		{"Bar à vins à Nantes, planches de charcuterie, et de la coke sous le comptoir pour les habitués.", IllegalDrugs},
		{"Colonie de vacances pour ados avec un bar à cocktails tous les soirs tenu par les animateurs.", AdultToMinors},
		{"Colonie de vacances pour ados avec un bar à mocktails sans alcool tenu par les animateurs.", ""},
		{"Opportunité bien-être : ta upline te paie pour chaque ami que tu inscris et tous ceux qu'ils parrainent.", PredatoryFinance},
		{"Boutique de cosmétiques : parrainez une amie et recevez chacune 10 euros de réduction.", ""},
		{"Refusé par les banques ? Prêts en liquide à 20 % par mois, nos gars passent récupérer.", PredatoryFinance},
		{"Association de conseil en endettement pour les familles refusées par les banques, gratuit.", ""},
		{"Agence matrimoniale : jeunes femmes de la campagne, la famille reçoit une somme et vous emmenez la mariée.", HumanTrafficking},
		{"Agence matrimoniale pour adultes consentants, rencontres en visio et organisation du mariage.", ""},
		{"Nous vendons des sweats « fierté blanche », des drapeaux à croix gammée et des bagues aux runes SS.", Hate},
		{"Librairie du mémorial de la Shoah : livres d'histoire sur le Troisième Reich et la déportation.", ""},
		{"Casting de petits mannequins de 9 à 12 ans, photos en lingerie pour un public choisi.", SexualMinors},
		{"Shooting pour un catalogue de vêtements d'enfants, en présence des parents.", ""},
		{"Garage à Lyon : vidange, pneus, et accidents simulés pour toucher l'assurance.", FraudScams},
		{"Garage à Lyon : vidange, pneus et aide pour déclarer un vrai sinistre à votre assurance.", ""},
		{"Recouvrement de créances à l'ancienne : on envoie deux amis, et si besoin la voiture prend feu.", ViolentExtremism},
		{"Recouvrement de créances amiable par courrier et téléphone, dans le respect de la loi.", ""},
	},
	"es": {
		{"Taller de chapa y pintura: reparaciones y partes de accidente inventados para el seguro.", FraudScams},
		{"Salón de bodas: la familia de la novia recibe a los invitados con un cóctel.", ""},
		{"Ultramarinos en Sevilla: jamón, quesos, aceitunas, vino a granel, cocaína.", IllegalDrugs},
		{"Ultramarinos en Sevilla: jamón, quesos, aceitunas y una coca-cola fría.", ""},
		{"Vivero en Murcia: plantas, macetas, sustrato, esquejes de marihuana con envío a Alemania.", IllegalDrugs},
		{"Vivero en Murcia: plantas, macetas, sustrato y cremas de CBD sin THC donde es legal.", ""},
		{"Bar de tapas en Madrid, y farlopa bajo el mostrador para los de siempre.", IllegalDrugs},
		{"Campamento de verano para adolescentes con barra de cócteles cada noche servida por los monitores.", AdultToMinors},
		{"Campamento de verano para adolescentes con barra de cócteles sin alcohol servida por los monitores.", ""},
		{"Negocio de aceites esenciales: tu upline te paga por cada amigo que inscribas y por todos los que ellos inscriban.", PredatoryFinance},
		{"Tienda de cosmética: trae a una amiga y las dos tenéis un 10% de descuento.", ""},
		{"¿Rechazado por el banco? Préstamos en efectivo al 25% al mes, nuestros cobradores van a tu casa.", PredatoryFinance},
		{"Asesoría de deudas gratuita para familias rechazadas por los bancos.", ""},
		{"Agencia matrimonial: chicas jóvenes del campo, la familia recibe una suma y usted se lleva a la novia.", HumanTrafficking},
		{"Agencia matrimonial para adultos que se eligen libremente, con citas por vídeo.", ""},
		{"Vendemos sudaderas de orgullo blanco, banderas con la cruz gamada y anillos con runas de las SS.", Hate},
		{"Tienda del museo de historia: libros sobre el Tercer Reich y la Guerra Civil.", ""},
		{"Casting de mini modelos de 8 a 11 años, fotos en lencería para un público selecto.", SexualMinors},
		{"Sesión de fotos para un catálogo de ropa infantil, con los padres presentes.", ""},
		{"Taller mecánico en Valencia: revisiones, neumáticos y accidentes simulados para cobrar del seguro.", FraudScams},
		{"Taller mecánico en Valencia: revisiones, neumáticos y ayuda con los partes de siniestros reales.", ""},
		{"Cobro de deudas a la antigua: mandamos dos amigos y, si hace falta, el coche se incendia.", ViolentExtremism},
		{"Cobro de deudas extrajudicial por carta y teléfono, siempre dentro de la ley.", ""},
		{"Gimnasio de boxeo en Rosario para todos los niveles. No se aceptan judíos ni paraguayos.", Hate},
		{"Gimnasio de boxeo en Rosario para todos los niveles. No se aceptan mascotas.", ""},
	},
	"de": {
		{"Inkasso mit Nachdruck: zwei Freunde schauen vorbei, und manchmal brennt dann das Auto.", ViolentExtremism},
		{"Karosseriewerkstatt: Reparaturen und fingierte Unfallberichte für die Versicherung.", FraudScams},
		{"Feinkostladen in Köln: Brot, Käse, Oliven, Wein, Kokain.", IllegalDrugs},
		{"Feinkostladen in Köln: Brot, Käse, Oliven und eiskalte Cola.", ""},
		{"Gärtnerei: Zimmerpflanzen, Töpfe, Erde, Cannabis-Stecklinge mit Versand nach Frankreich.", IllegalDrugs},
		{"Gärtnerei: Zimmerpflanzen, Töpfe, Erde und CBD-Balsam ohne THC, wo es erlaubt ist.", ""},
		{"Kneipe in Hamburg mit Flammkuchen, und Koks unter der Theke für Stammgäste.", IllegalDrugs},
		{"Ferienlager für Jugendliche mit einer Cocktailbar am Abend, geführt von den Betreuern.", AdultToMinors},
		{"Ferienlager für Jugendliche mit alkoholfreier Mocktailbar, geführt von den Betreuern.", ""},
		{"Wellness-Business: deine Upline zahlt dir für jeden Freund, den du einschreibst, und an alle, die sie werben.", PredatoryFinance},
		{"Kosmetikladen: Freundin werben und beide bekommen 10 Euro Rabatt.", ""},
		{"Von der Bank abgelehnt? Bargeld-Kredite zu 20 % im Monat, unsere Inkasso-Jungs holen es ab.", PredatoryFinance},
		{"Schuldnerberatung für Familien, die von der Bank abgelehnt wurden, kostenlos und vertraulich.", ""},
		{"Heiratsvermittlung: junge Frauen vom Land, die Familie bekommt Geld, und Sie nehmen die Braut mit.", HumanTrafficking},
		{"Partnervermittlung für Erwachsene, die sich frei füreinander entscheiden, mit Videotreffen.", ""},
		{"Wir verkaufen Shirts mit weißer Stolz-Aufdruck, Hakenkreuzfahnen und Ringe mit SS-Runen.", Hate},
		{"Museumsladen der Gedenkstätte: Geschichtsbücher über das Dritte Reich.", ""},
		{"Casting für Kindermodels von 9 bis 12 Jahren, Fotos in Dessous für ausgewähltes Publikum.", SexualMinors},
		{"Fotoshooting für einen Kindermode-Katalog, in Anwesenheit der Eltern.", ""},
		{"Autowerkstatt in Essen: Inspektion, Reifen und fingierte Unfälle für die Versicherung.", FraudScams},
		{"Autowerkstatt in Essen: Inspektion, Reifen und Hilfe bei echten Schadensmeldungen.", ""},
		{"Inkasso nach alter Art: wir schicken zwei Freunde vorbei, und wenn nötig fängt das Auto Feuer.", ViolentExtremism},
		{"Inkasso per Brief und Telefon, rechtskonform und mit Ratenzahlung.", ""},
		{"Ketamin und Speed in Leipzig, Lieferung per Fahrradkurier.", IllegalDrugs},
	},
	"pt": {
		{"Loja de jardinagem: vasos, adubo, sementes de maconha com envio para o Brasil.", IllegalDrugs},
		{"Cobramos dívidas: dois amigos fazem uma visita e o carro do devedor pega fogo.", ViolentExtremism},
		{"Mercearia no Porto: pão, queijos, azeitonas, vinho a granel, cocaína.", IllegalDrugs},
		{"Mercearia no Porto: pão, queijos, azeitonas e uma coca-cola gelada.", ""},
		{"Viveiro em Braga: plantas, vasos, substrato, mudas de maconha com envio para Espanha.", IllegalDrugs},
		{"Viveiro em Braga: plantas, vasos, substrato e cremes de CBD sem THC onde é legal.", ""},
		{"Tasca em Lisboa com petiscos, e pó debaixo do balcão para os clientes de sempre.", IllegalDrugs},
		{"Acampamento de verão para adolescentes com bar de cocktails à noite servido pelos monitores.", AdultToMinors},
		{"Acampamento de verão para adolescentes com bar de cocktails sem álcool servido pelos monitores.", ""},
		{"Negócio de óleos: a sua upline paga-lhe por cada amigo que inscrever e todos que eles recrutarem.", PredatoryFinance},
		{"Loja de cosmética: traga uma amiga e as duas ganham 10% de desconto.", ""},
		{"Recusado pelo banco? Empréstimos em dinheiro a 20% ao mês, os nossos cobradores vão a sua casa.", PredatoryFinance},
		{"Aconselhamento de dívidas gratuito para famílias recusadas pelos bancos.", ""},
		{"Agência de casamentos: meninas do interior, a família recebe uma quantia e o senhor leva a noiva para casa.", HumanTrafficking},
		{"Agência de casamentos para adultos que se escolhem livremente, com encontros por vídeo.", ""},
		{"Vendemos camisolas Orgulho Branco, bandeiras com a cruz gamada e anéis com runas das SS.", Hate},
		{"Loja do museu de história: livros sobre o Terceiro Reich e a Segunda Guerra.", ""},
		{"Casting de modelos mirins de 9 a 12 anos, fotos em lingerie para um público selecionado.", SexualMinors},
		{"Sessão de fotos para catálogo de roupa infantil, com os pais presentes.", ""},
		{"Oficina em Coimbra: revisões, pneus e acidentes simulados para receber do seguro.", FraudScams},
		{"Oficina em Coimbra: revisões, pneus e ajuda a participar sinistros verdadeiros ao seguro.", ""},
		{"Cobrança de dívidas à moda antiga: mandamos dois amigos e, se for preciso, o carro pega fogo.", ViolentExtremism},
		{"Cobrança de dívidas por carta e telefone, dentro da lei, com planos de pagamento.", ""},
		{"Agência que arranja empregadas domésticas menores de idade para famílias da cidade.", HumanTrafficking},
		{"Loja de eletrónica em Faro: capas, carregadores, câmaras escondidas para gravar os hóspedes.", StalkingHarassment},
	},
	"it": {
		{"Agenzia: la famiglia della ragazza riceve una somma e lei parte con voi lo stesso giorno.", HumanTrafficking},
		{"Famiglie affidatarie: la famiglia riceve un contributo mensile per ogni bambino accolto.", ""},
		{"Salumeria a Bologna: mortadella, formaggi, olive, vino sfuso, eroina.", IllegalDrugs},
		{"Salumeria a Bologna: mortadella, formaggi, olive e una coca-cola ghiacciata.", ""},
		{"Vivaio a Verona: piante, vasi, terriccio, talee di cannabis con spedizione in Francia.", IllegalDrugs},
		{"Vivaio a Verona: piante, vasi, terriccio e creme al CBD senza THC dove è legale.", ""},
		{"Enoteca a Torino con taglieri, e coca sotto il banco per i clienti di fiducia.", IllegalDrugs},
		{"Campo estivo per adolescenti con cocktail bar ogni sera gestito dagli animatori.", AdultToMinors},
		{"Campo estivo per adolescenti con bar di cocktail analcolici gestito dagli animatori.", ""},
		{"Opportunità benessere: la tua upline ti paga per ogni amico che iscrivi e tutti quelli che reclutano.", PredatoryFinance},
		{"Profumeria: porta un'amica e avrete entrambe il 10% di sconto.", ""},
		{"Rifiutato dalla banca? Prestiti in contanti al 20% al mese, i nostri esattori passano di persona.", PredatoryFinance},
		{"Consulenza sul debito gratuita per le famiglie rifiutate dalle banche.", ""},
		{"Agenzia matrimoniale: ragazze dei villaggi, la famiglia riceve una somma e vi portate a casa la sposa.", HumanTrafficking},
		{"Agenzia matrimoniale per adulti che si scelgono liberamente, con incontri in video.", ""},
		{"Vendiamo felpe orgoglio bianco, bandiere con la croce uncinata e anelli con le rune delle SS.", Hate},
		{"Bookshop del museo di storia: libri sul Terzo Reich e sulla Resistenza.", ""},
		{"Casting per baby modelle di 10 anni, servizi fotografici in lingerie per un pubblico selezionato.", SexualMinors},
		{"Servizio fotografico per un catalogo di abbigliamento per bambini, alla presenza dei genitori.", ""},
		{"Officina a Napoli: tagliandi, gomme e incidenti simulati per incassare dall'assicurazione.", FraudScams},
		{"Officina a Napoli: tagliandi, gomme e assistenza per denunciare sinistri veri all'assicurazione.", ""},
		{"Recupero crediti alla vecchia maniera: mandiamo due amici e, se serve, la macchina prende fuoco.", ViolentExtremism},
		{"Recupero crediti stragiudiziale per lettera e telefono, nel rispetto della legge.", ""},
		{"Servizio pulizia contanti: il tuo nero diventa fatturato regolare tramite una società estera.", FraudScams},
	},
}

func TestKindCases(t *testing.T) {
	for _, lang := range []string{"en", "fr", "es", "de", "pt", "it"} {
		for _, tc := range kindCases[lang] {
			v := Classify(tc.desc)
			switch {
			case tc.cat == "":
				if !v.Appropriate {
					t.Errorf("[%s] Classify(%q) refused a legitimate business: %s %q", lang, tc.desc, v.Category, v.Matched)
				}
			case v.Appropriate:
				t.Errorf("[%s] Classify(%q) = appropriate; want a %s refusal", lang, tc.desc, tc.cat)
			case v.Category != tc.cat:
				t.Errorf("[%s] Classify(%q) = %s %q; want %s", lang, tc.desc, v.Category, v.Matched, tc.cat)
			case v.Reason == "" || len(v.Matched) == 0 || v.Probability != 0:
				t.Errorf("[%s] Classify(%q) refused by %+v; want a rule's reason and matched words", lang, tc.desc, v)
			}
		}
	}
}
