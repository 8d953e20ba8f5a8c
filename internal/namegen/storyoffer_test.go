package namegen

import (
	"slices"
	"testing"
)

// Long founder paragraphs whose first sentence tells a story: the sentence
// that states the trade is read as the offer's (storyOffer), so its object
// leads the keywords and the story's words do not (see storyoffer.go for
// the evidence of batches 11-20).
func TestStoryOfferLeads(t *testing.T) {
	lx := generatedLexicon()
	for _, tc := range []struct {
		desc       string
		lead, lose string // lead must come before lose among the keywords
	}{
		{
			"People walk in expecting bouquets, but we're not a florist. My partner and I grow about four acres of lavender in the Okanagan, near Naramata, and we distil it ourselves in a copper still we bought from a retired gin maker in Oregon. We sell the oil and hydrosol to soap makers and spas, and in July we open the fields for a few picnic weekends. No weddings, sorry, the bees take priority. We'd like something calm and grown-up, not purple and cutesy.",
			"lavender", "walk",
		},
		{
			"So, I'm a gunsmith's daughter who became a locksmith, and my actual business is neither: I rent out heavy gun safes and install them for farmers in rural New South Wales, who are legally required to store their rifles locked away. Delivery is the hard part, they weigh three hundred kilos and farmhouses have narrow doors. I bolt them to the slab and give the paperwork the police ask for at inspection. We don't sell guns or ammunition, ever. It should sound solid and rural.",
			"safe", "gunsmith",
		},
		{
			"I worked twenty years as a ship's cook, then in a hospital kitchen, and my wife is a speech therapist. People guess we're opening a restaurant. What we actually make is ready meals for people who have trouble swallowing: pureed and softened food that is shaped to look like real food again.",
			"meal", "ship",
		},
		{
			"Lots of people from our town in Podlasie moved to the UK or Ireland and can't look after their family graves. I clean the headstones, plant flowers, light candles before All Saints and send photos. It sounds a bit grim when I explain it but people are so grateful. Need a name in Polish or English.",
			"headstone", "town",
		},
		{
			// The object of the stated trade leads its verb
			// (storyVerbFactor): catfish, not farm.
			"My uncle dug the first ponds behind his house in Ibadan twenty years ago, and when he retired I took over with my wife. We now have fourteen concrete ponds and a smoking kiln, and supermarkets in Lagos order every week. Some friends laugh when I tell them what I do, but the demand is real. We farm and smoke catfish.",
			"catfish", "farm",
		},
		{
			// The offer sentence's "truffle hunts" weigh the truffles the
			// story mentioned first (storyOfferFirst).
			"We planted oak and hazel trees near Manjimup fifteen years ago, and for the last ten winters our two dogs, Pepper and Bo, have been finding black truffles under them. We sell to chefs in Perth and Singapore, and in June and July we run truffle hunts where guests follow the dogs and then have lunch in the barn. The name has to fit on a small wax seal, so nine characters or fewer.",
			"truffle", "hunt",
		},
	} {
		a := lx.analyse(tc.desc)
		var words []string
		for _, c := range a.keywords {
			words = append(words, c.word)
		}
		for _, c := range a.long {
			words = append(words, c.word)
		}
		li, lo := slices.Index(words, tc.lead), slices.Index(words, tc.lose)
		if li < 0 || lo >= 0 && lo < li {
			t.Errorf("%.40q: keywords %v: want %q before %q", tc.desc, words, tc.lead, tc.lose)
		}
	}
}

// storyOffer leaves alone short descriptions, first sentences that state
// the offer (a present verb, what the writer is, no writer as subject) and
// stories whose later sentences only say where or to whom the goods go.
func TestStoryOfferSentence(t *testing.T) {
	lx := generatedLexicon()
	for _, tc := range []struct {
		desc string
		want int
	}{
		// The story's trade statement.
		{"My uncle dug the first ponds behind his house in Ibadan twenty years ago, and when he retired I took over with my wife. We now have fourteen concrete ponds and a smoking kiln, and supermarkets in Lagos order every week. Some friends laugh when I tell them what I do, but the demand is real. We farm and smoke catfish.", 3},
		{"I was a sound engineer on touring shows for fifteen years. These days I rent and install hearing loops for theatres, churches and council chambers around Scotland. Most of my clients are small venues that didn't realise they were supposed to have one. I'd like to grow to three vans and an apprentice.", 1},
		// Short: read as before.
		{"I was a sound engineer for fifteen years. Now I rent hearing loops to theatres.", -1},
		// The first sentence states the offer.
		{"We raise heritage turkeys, Bourbon Reds and Narragansetts, on pasture in the Shenandoah Valley in Virginia. Most people order them for Thanksgiving, but we're trying to sell year-round to restaurants in DC. My husband does the birds and I do the sales and the books. A name with a bit of country charm would suit us.", -1},
		{"I'm a drum maker in Conakry. I carve djembes from lenke wood the way my uncle taught me, and I tune them with goatskin and rope. Teachers and drum circles in France, Canada and the US order from me through a friend in Lyon, but I'd like my own website so they can order directly.", -1},
		{"Our foundry near Howrah has been pouring cast iron since 1964. We make manhole covers, gully gratings and tree grates for municipalities, and we export to the Gulf and the UK. People assume we do drain cleaning or sewer work. We don't; we only make the castings. A name that says solid and heavy would be great.", -1},
		{"I left a job at a software company in Bengaluru to open a bakery that uses only millets: ragi, jowar and foxtail. My mother is diabetic and I was tired of not finding bread she could eat. We now supply three cafés and deliver to homes in Indiranagar and Koramangala. Eventually I'd love a second branch in Mysuru.", -1},
		// A later sentence that only says where the goods go.
		{"My family has been making fish sauce on Phu Quoc since my grandfather came back from the war, and every barrel still ferments for a year. Anchovies and salt, nothing else. We sell mostly to restaurants in Ho Chi Minh City and to grocers in California and Melbourne. Something that sounds like the island would be good.", -1},
	} {
		r := lx.read(fold(tc.desc))
		got, _ := lx.storyOffer(r, lx.chatter(r, lx.english(r)))
		if got != tc.want {
			t.Errorf("%.50q: storyOffer = %d, want %d", tc.desc, got, tc.want)
		}
	}
}

// Italian and Spanish negated copulas and German "kein" deny the phrase
// after them, as "we're not a" does: the denied word's ideas leave the
// list ("Non siamo una vetreria" gave soffio, fiamma, fornace, cristallo
// to a re-silverer of antique mirrors).
func TestForeignCopulaDenies(t *testing.T) {
	lx := generatedLexicon()
	for _, tc := range []struct{ desc, denied, idea string }{
		{"Non siamo una vetreria: a Venezia rifacciamo l'argentatura degli specchi antichi, come si faceva una volta, per antiquari, palazzi e alberghi.", "vetreria", "soffio"},
		{"No somos una agencia de viajes: organizamos retiros de silencio para ejecutivos en la Patagonia chilena.", "viajes", "brujula"},
		{"Wir sind keine Hundeschule, sondern ein Gnadenhof für alte Pferde in der Lüneburger Heide.", "hundeschule", ""},
	} {
		a := lx.analyse(tc.desc)
		var words []string
		for _, cs := range [][]concept{a.keywords, a.long, a.assocs} {
			for _, c := range cs {
				words = append(words, c.word)
			}
		}
		if slices.Contains(words, tc.denied) || tc.idea != "" && slices.Contains(words, tc.idea) {
			t.Errorf("%.40q: raw material %v keeps %q or %q", tc.desc, words, tc.denied, tc.idea)
		}
	}
	// "no" before anything but the copula is still Portuguese "in the".
	if den := lx.deniedIdeas(lx.read(fold("Sou enfermeira em Maputo e visito idosos em casa depois do meu turno no hospital."))); slices.Contains(den, "enfermeira") {
		t.Errorf("denied %v", den)
	}
}

// A long paragraph in the other languages whose first sentence tells the
// writer's past reads the later sentence of now or of opening as the
// offer's (storyOfferForeign); a first sentence in the present stays the
// offer's.
func TestStoryOfferForeign(t *testing.T) {
	lx := generatedLexicon()
	for _, tc := range []struct {
		desc      string
		want, obj int
	}{
		{"Ich war fünfzehn Jahre Altenpfleger in Hamburg, und meine Frau ist Landwirtin. Seit drei Jahren kommen Menschen mit Demenz tagsüber auf unseren Hof bei Lüneburg: Sie füttern die Hühner, sortieren Kartoffeln, pflücken Äpfel oder sitzen einfach mit der Katze in der Sonne. Die Angehörigen erzählen, dass ihre Eltern danach besser schlafen. Wir sind kein Pflegeheim, abends fahren alle wieder nach Hause. Die Pflegekasse übernimmt einen Teil der Kosten.", 1, 1},
		{"J'ai appris la couture avec ma grand-mère à Thiès, puis j'ai travaillé dix ans dans un atelier à Dakar. Aujourd'hui j'ouvre ma propre boutique de boubous et de tenues de mariage sur mesure. Beaucoup de mes clientes vivent en France et commandent par WhatsApp avec leurs mesures. J'aimerais un nom qui contienne « Thiès », la ville où tout a commencé.", 1, 4}, //nolint:misspell // French
		{"Ho lavorato vent'anni in banca a Milano, poi sono tornata a Ustica, dove è nata mia madre. Con mio cugino, che fa il sub, abbiamo aperto un piccolo centro che accompagna scuole e famiglie a fare snorkeling nella riserva marina, raccontando le praterie di posidonia e le cernie. D'inverno puliamo le spiagge con i volontari e facciamo lezioni nelle scuole di Palermo. Vorremmo un nome che suoni bene anche agli stranieri.", 1, 9},
		// The present: the writer's own trade, as the family's.
		{"Toco el tambor en comparsas de candombe del Barrio Sur de Montevideo desde los once años, como mi padre. Hace cinco años empecé a dar clases a chicos del barrio en el garaje de casa, y ahora tenemos una escuela con tres profesores, treinta alumnos y una cuerda de tambores que sale en las Llamadas de febrero. También fabricamos tambores con madera de pino y cuero, y los vendemos a grupos de Buenos Aires y Madrid.", -1, 0},
		// Short: read as before.
		{"Ich war Lehrerin in Freiburg. Jetzt vermittle ich Leihgroßeltern.", -1, 0},
	} {
		got, obj := lx.storyOfferForeign(lx.read(fold(tc.desc)))
		if got != tc.want || got >= 0 && obj != tc.obj {
			t.Errorf("%.50q: storyOfferForeign = %d, %d, want %d, %d", tc.desc, got, obj, tc.want, tc.obj)
		}
	}
}

// A story that hands an elder's trade down keeps that trade's words for
// the offer (storyHeritage): the mokoro the father poled comes before the
// trip ideas of "Now I run trips"; the cardamom the grandfather planted
// before the commodities the writer analysed.
func TestStoryHeritage(t *testing.T) {
	lx := generatedLexicon()
	for _, tc := range []struct{ desc, lead, lose string }{
		{"My father poled a mokoro through the Okavango Delta for forty years, and I started helping him when I was ten. Now I run trips of two to four days from our village near Seronga, with six polers from my family and neighbours. Guests glide through the channels, sleep in tents on islands and walk with us in the mornings to look for elephants and birds. We are not a safari lodge and we don't use motorboats, the only noise is the pole in the water. My sister cooks. I'd like a name that is easy for visitors and proud of the Bayei people.", "mokoro", "village"},
		{"My grandfather planted cardamom in Idukki, and I worked as a commodities analyst in Mumbai for ten years before coming home to run the estate. We grow about four tonnes a year on steep land near Vandanmedu, dry it in a wood-fired curing house and grade it by size and colour. Instead of selling everything at the auction, we now pack it ourselves and sell directly to home cooks in India and the Gulf through a monthly subscription. We don't blend other people's spices.", "cardamom", "land"},
	} {
		a := lx.analyse(tc.desc)
		var words []string
		for _, c := range a.keywords {
			words = append(words, c.word)
		}
		li, lo := slices.Index(words, tc.lead), slices.Index(words, tc.lose)
		if li < 0 || lo >= 0 && lo < li {
			t.Errorf("%.40q: keywords %v: want %q before %q", tc.desc, words, tc.lead, tc.lose)
		}
	}
	// Others' past and the writer's own former trade are the story's.
	for _, desc := range []string{
		"My brother paid a recruitment agent in Kathmandu four thousand dollars for a job in Qatar that turned out not to exist.",
		"My mother came to Rotterdam from Morocco in 1974 and she still can't read the letters from the tax office.",
		"I was a sommelier in Cape Town until my wife inherited her father's orchard.",
	} {
		r := lx.read(fold(desc))
		if lo, hi := heritageObject(lx, r.clauses[0]); lo < hi {
			t.Errorf("%.40q: heritage %d-%d", desc, lo, hi)
		}
	}
}
