#!/usr/bin/env python3
"""Build the names23 blind evaluation set: 120 hand-written business descriptions."""
import csv, random, os

HERE = os.path.dirname(os.path.abspath(__file__))

# (language, length_class, constraint, trap_tag, description)
ROWS = [
# ---------------- English, short (35) ----------------
("en", "short", "", "word with a second sense", "Bat exclusion and guano cleanup for attics around Brisbane."),
("en", "short", "Must include the word 'Kent'.", "word with a second sense", "Mole trapping for Kent golf courses; the name must include 'Kent'."),
("en", "short", "", "", "Lighthouse lens polishing and restoration for maritime museums."),
("en", "short", "", "", "Custom goalkeeper gloves for youth football academies in Rosario."),
("en", "short", "", "", "Reindeer-hide mittens sewn by Sámi crafters in Kautokeino."),
("en", "short", "", "", "Muay Thai fight shorts sewn to order in Chiang Mai."),
("en", "short", "", "", "Used chopsticks recycled into tabletops and shelves in Vancouver."),
("en", "short", "At most 7 letters.", "", "Vinyl record pressing plant in Detroit; at most seven letters."),
("en", "short", "", "", "Boomerang-making workshops for school groups in Alice Springs."),
("en", "short", "", "word with a second sense", "Kite aerial photography of archaeological digs in Jordan."),
("en", "short", "", "", "Sand sculpture contests organised for beach towns in Belgium."),
("en", "short", "", "place that is also a word", "Mobile cocktail bar in a converted horsebox, based in Reading."),
("en", "short", "", "word with a second sense", "Bass clarinet rentals for school orchestras in Ohio."),
("en", "short", "", "word with a second sense", "Tarot deck printing for independent illustrators, short runs."),
("en", "short", "", "", "Customs paperwork for galleries shipping sculpture to art fairs."),
("en", "short", "", "", "Tree climbers collecting rainforest seeds for nurseries in Borneo."),
("en", "short", "", "", "Aurora alert text messages for hotels around Tromsø."),
("en", "short", "One word only.", "", "Volleyball camps for teenage girls in Belgrade; one word only."),
("en", "short", "", "", "Bananas grown in geothermal greenhouses in Iceland."),
("en", "short", "Real English words only.", "", "Old ski-lift chairs rebuilt as garden benches; real English words only."),
("en", "short", "", "", "Lovo earth-oven catering for weddings in Suva."),
("en", "short", "", "", "Sunday polo lessons for complete beginners near Nairobi."),
("en", "short", "Must start with the letter K.", "", "Hijab pins and magnetic brooches from Istanbul; must start with K."),
("en", "short", "", "", "Vietnamese lacquer painting classes in Hanoi's Old Quarter."),
("en", "short", "", "word with a second sense", "Pilot whale stranding response volunteers on Cape Cod."),
("en", "short", "", "word with a second sense", "Lab mouse cage bedding supplied to university research units."),
("en", "short", "", "", "Referee kits and whistles for grassroots football leagues in Cameroon."),
("en", "short", "Rhyming name.", "", "Flea-market stall pitches rented out in Brussels; rhyming name please."),
("en", "short", "", "", "Thanaka bark cosmetics from Myanmar for Burmese shops abroad."),
("en", "short", "", "", "Robot jockey repair for camel racing stables in Qatar."),
("en", "short", "Avoid the words 'lost' and 'found'.", "", "Returning guests' forgotten belongings for Bali hotels; avoid 'lost' and 'found'."),
("en", "short", "", "", "Grain silo cleaning crews for farm co-ops in Saskatchewan."),
("en", "short", "", "", "Simit cart refurbishment for street vendors in Istanbul."),
("en", "short", "Number-based name.", "", "Rugby sevens tournament organiser in Fiji; number-based name preferred."),
("en", "short", "", "", "Cement tile floors made to order in Beirut."),
# ---------------- English, medium (40) ----------------
("en", "medium", "", "place that is also a word", "Mardi Gras float building in Mobile, Alabama, for parade societies, with warehouse storage between seasons."),
("en", "medium", "", "place that is also a word", "Summer corn detasseling crews in Normal, Illinois: we hire and drive local teenagers out to seed-corn fields every July."),
("en", "medium", "", "place that is also a word", "Nanny agency in Nice placing English-speaking nannies with yacht-owning families for the summer season."),
("en", "medium", "", "word with a second sense", "Drill design for high school marching bands: we chart every step of the halftime show and send animated files the students can learn from."),
("en", "medium", "", "what we do NOT do", "Voice coaching for founders before demo day in Berlin. We don't write slide decks; we work on how you sound when you pitch."),
("en", "medium", "", "word with a second sense", "Fly ash bricks pressed for builders in Andhra Pradesh, cheaper and lighter than fired clay bricks."),
("en", "medium", "", "", "A soil lab on a truck that visits cocoa farms in Côte d'Ivoire and texts the results to farmers in French and Baoulé."),
("en", "medium", "", "", "Rest-stop coworking pods for long-haul truckers on the A2 motorway in Poland, with showers, laundry and quiet booths for paperwork."),
("en", "medium", "At most two syllables.", "", "DNA parentage testing for beef cattle breeders in Uruguay, with hair samples collected at the ranch. Please keep the name to two syllables."),
("en", "medium", "", "", "We write a ready-to-read pub quiz every week for landlords in Dublin, with answer sheets and a picture round."),
("en", "medium", "", "", "Made-to-measure agbada and kaftans for grooms and groomsmen in Lagos, fitted over three sessions."),
("en", "medium", "", "", "Hand-pulled noodle training for restaurant cooks who want to learn the Lanzhou technique in a two-week course."),
("en", "medium", "", "", "Shipwreck survey dives for insurers and salvage firms off the coast of Mozambique."),
("en", "medium", "", "", "Solar-powered milk chillers leased to herders' groups in northern Kenya so evening milk survives until the morning truck."),
("en", "medium", "", "", "Windsocks and wind cones made for small airfields, heliports and chemical plants in Brazil."),
("en", "medium", "", "", "Climbing crews who replace aviation warning lights on radio towers across Texas."),
("en", "medium", "", "", "Portable stages, tents and lighting rented for church revivals and crusades in Kinshasa."),
("en", "medium", "", "", "Beach umbrella and lounger concessions run for resort hotels along Cancún's hotel zone."),
("en", "medium", "Must include the word 'ferry'.", "", "Guarded bike parking next to the ferry terminal in Devonport, Auckland, for commuters who ride down to the boat. The name must include the word 'ferry'."),
("en", "medium", "", "", "Scaffold inspection app for construction sites in Singapore: tag each bay, snap a photo, and the weekly certificate fills itself in."),
("en", "medium", "", "", "Moot court coaching for law students in Kenya preparing for international mooting competitions."),
("en", "medium", "Alliterative name.", "", "Mobile bike wash for mountain bikers at trailheads around Rotorua on weekends. We'd like an alliterative name."),
("en", "medium", "", "", "LPG cylinder refills delivered by cargo bicycle to flats in Nairobi's Eastlands."),
("en", "medium", "", "", "Lifeguard cover and water-safety staff supplied to island resorts in the Maldives on season contracts."),
("en", "medium", "", "", "Date-seed coffee roasted in Al Ain and sold to health food shops across the Gulf as a caffeine-free drink."),
("en", "medium", "", "word with a second sense", "Recruitment agency placing Java and Kotlin developers with banks and insurers in Warsaw."),
("en", "medium", "", "", "We ship frozen breast milk home for mothers on business trips, collected from their hotels in Singapore."),
("en", "medium", "", "word with a second sense", "Fuel tank sludge removal and leak testing for filling stations across Kenya, with certificates for the regulator."),
("en", "medium", "", "word with a second sense", "Shutdown crews for sugar mill plants in Mauritius during the off-season, rebuilding crushers and boilers."),
("en", "medium", "", "word with a second sense", "Dung beetle colonies bred and released on cattle farms in Western Australia to break down manure and cut fly numbers."),
("en", "medium", "", "", "Paper made from elephant dung in Sri Lanka, sold as notebooks and cards to zoo shops."),
("en", "medium", "", "word with a second sense", "Medical records digitisation for clinics in Ghana: we scan paper files on site and hand back a searchable archive."),
("en", "medium", "", "word with a second sense", "Match-day stewarding staff for football stadiums across Scotland, trained and licensed."),
("en", "medium", "Should sound Latin.", "", "Roman-style mosaic floor restoration for villas and churches in Malta. The name should sound Latin."),
("en", "medium", "Number-based name.", "", "We build farm sheds in New South Wales in 48 hours: slab, frame and roof. We prefer a number-based name."),
("en", "medium", "Must start with the letter T.", "", "Custom cake toppers laser-cut from acrylic and wood for home bakers in Johannesburg. The name must start with T."),
("en", "medium", "At most 6 letters.", "", "Sheepskin seat covers for vintage tractors, sewn in Gore and posted across New Zealand. No more than six letters, please."),
("en", "medium", "At most three syllables.", "", "Travel insurance for mountaineers on 8000-metre peaks, including helicopter rescue. Three syllables maximum."),
("en", "medium", "", "", "Hire of wheelchair-friendly beach mats and floating chairs to councils in Portugal for the summer."),
("en", "medium", "", "", "Ultralight backpacking food dehydrated in small batches in Boulder and sold to thru-hikers."),
# ---------------- English, long (25) ----------------
("en", "long", "", "past job in story", "For twenty-two years I flew Airbus jets for a charter airline, and every layover I'd go birding with a scruffy notebook in my pocket. Now I'm retired in Cley, on the Norfolk coast, and I make hand-bound field notebooks for birdwatchers: waterproof paper, a tide table inside the cover, pages ruled for tallies. My daughter does the website and my wife sews the bindings. We don't sell binoculars or run bird tours, people keep asking. I want a name that feels like the marshes, not like aviation."),
("en", "long", "", "past job in story", "I was a nurse at the University Hospital in Kingston for fifteen years, and my grandmother in St. Elizabeth always had a breadfruit tree. Last year I started drying and milling breadfruit into a gluten-free flour, and now three farmers in the parish sell me their fruit. We pack it in Mandeville and sell to bakeries in Kingston and to Jamaican shops in Toronto and London. We are not a health clinic and we don't sell supplements, it's just flour. I'd like a name that feels Jamaican but is easy for bakers abroad."),
("en", "long", "", "past job in story", "I was a software engineer at a big outsourcing company in Pune for nine years. My father ran a tyre puncture stall on the highway near Satara, and I kept thinking about how scooter riders get stuck with a flat at night. So I built a network: forty puncture mechanics across Pune with a phone number and a small app, and we dispatch the nearest one in twenty minutes. We don't sell tyres and we don't do car breakdowns, only two-wheelers. The name should be simple for riders who mostly speak Marathi."),
("en", "long", "", "past job in story", "I taught art in a public high school in Quezon City for twelve years. My lolo painted jeepneys in Las Piñas, the chrome horses, the saints and the lettering along the side. Most of the old painters are gone, and the new modern jeepneys are plain boxes. I restore the painted panels on old jeepneys for owners who still drive them, and I make framed panels for restaurants and collectors abroad. I am not a sign shop and I don't do vehicle wraps. I want a name that sounds Filipino and proud."),
("en", "long", "", "past job in story", "I practised dentistry in Osaka for twenty years, and my hands got tired of drills but not of fine work. At fifty I apprenticed with a potter in Shigaraki, and now I make tea bowls for the tea ceremony in a small wood kiln behind my house in Kyoto. My son sells them to tea schools and a gallery in Paris. We don't make dinner sets or mugs, and I don't give pottery classes. I would like a quiet name, nothing that reminds anyone of teeth."),
("en", "long", "", "past job in story", "I was a police dog handler with Greater Manchester for eighteen years, mostly drugs and firearms searches. When I retired, my sister's house in Stockport had black mould behind the plasterboard that nobody could find. So I trained two springer spaniels to sniff out hidden mould and damp in houses and rented flats. Surveyors and housing associations book us before they pull walls apart. We don't do the remediation ourselves and we don't do pest control. I'd like a name that is friendly, not security-firm tough."),
("en", "long", "At most 9 letters.", "", "My wife and I spent ten years in the City as stockbrokers and we were both very tired of screens. Now we restore Victorian magic lanterns and the hand-painted glass slides that go with them, in a barn outside Ludlow in Shropshire. We also give lantern shows at museums, schools and Christmas fairs, with live narration and a piano. We don't sell projectors or do modern cinema hire. The name has to fit on a small brass plate, so at most nine letters."),
("en", "long", "", "past job in story", "I was a newspaper reporter in Beirut for almost twenty years, and I wrote a lot about old houses being torn down. After the port explosion I started saving the patterned cement tiles from damaged buildings in Gemmayzeh and Mar Mikhael. My brother, a builder, and I clean them, cast replacements in the old moulds and re-lay whole floors for families restoring their homes. We don't sell new ceramic tiles and we don't do general renovation. I want a name in Arabic or French that Lebanese people will smile at."),
("en", "long", "", "what we do NOT do", "I served eighteen years as a Gurkha engineer in the British Army and came home to Pokhara. In the villages above the Kali Gandaki, children still cross rivers on logs or old cables. With six men from my regiment I now build steel suspension footbridges for village councils, paid by district budgets and some diaspora donors in the UK and Hong Kong. We are not a trekking company and we don't take tourists, although trekkers use our bridges. The name should work in Nepali and English."),
("en", "long", "", "what we do NOT do", "I studied geology in Tucson and worked for a copper mine for eleven years before I got laid off. Now I take people rockhounding in Arizona: I know which BLM land is legal to collect on, where the geodes and fire agate are, and how to dig without wrecking anything. My son drives the second truck. We don't sell specimens, we don't buy your finds, and we don't go on private claims. Groups are small, families and retirees mostly. I want something rugged and a bit funny."),
("en", "long", "", "past job in story", "I worked as a concierge at a luxury hotel in Bangkok for fourteen years, and the worst nights were when a guest ended up in hospital and couldn't explain anything. So I set up a phone line with twenty interpreters who speak Thai plus English, Russian, Chinese, German or Arabic and who join the call with the doctor, day or night. Travel insurers and hotels pay a monthly fee. We are not a hospital, we don't give medical advice and we don't book tours. The name should feel calm."),
("en", "long", "", "past job in story", "For ten years I was a radio DJ in Accra, Saturday nights, highlife and hiplife. Funerals here are big events, three days sometimes, and the power cuts always come at the worst moment. So I started renting silent generators, lighting, chairs and canopies for funerals around Kumasi and Accra, with two boys to run everything. We don't do the catering, we don't do music any more, and we are not undertakers. I want a respectful name that still has some life in it."),
("en", "long", "", "past job in story", "I spent fifteen years as an IT consultant for banks in Tbilisi, and my grandfather made qvevri, the clay jars Georgians bury in the ground to make wine. When he got sick I went to his workshop in Imereti and learned the whole process, coiling, firing, beeswax lining. Now I build qvevri for small wineries in Kakheti and abroad, and I install them in the cellar myself. We don't make wine, we don't sell garden pots and we don't run tastings. I want a name that honours him."),
("en", "long", "", "past job in story", "I was a corporate lawyer in Toronto until my nephew, who lost a leg at twelve, wanted to play hockey. Sled hockey gear was expensive and always on backorder from the States. So I learned to weld and now build adjustable sleds and short sticks with picks in a garage in Mississauga, sold to clubs and rehab hospitals across Canada. My brother-in-law handles the shipping. We don't make regular hockey sticks, we don't run a team, and we are not a charity. The name should sound sporty."),
("en", "long", "", "past job in story", "I fought fires in Duluth for twenty-four years, and after I retired my buddy in a wheelchair said he hadn't fished off his own dock in a decade. So I started building wheelchair-accessible fishing docks and ramps for lake cabins in northern Minnesota, with wide decking, rails at the right height and a gentle slope from the parking spot. My son-in-law does the carpentry. We don't build houses, decks for patios or boathouses. I'd like a name that says lake and welcome, nothing about fire."),
("en", "long", "Should sound Italian.", "past job in story", "I danced with a ballet company in Riga for twelve years, and I always hated how stiff cheap tutus were. Now I make classical tutus and practice skirts by hand, with twelve layers of net and hand-sewn bodices, in a studio in the old town. My mother does the beading. Dance schools in Latvia, Finland and Germany order them for exams and galas. We don't rent costumes and we don't make shoes. My teacher was Italian, so I'd like the name to sound Italian."),
("en", "long", "", "past job in story", "I was a ship's engineer on container vessels for sixteen years, mostly out of Manila. Back home in Cebu, every fisherman uses a bangka with a loud, smoky gasoline engine. I convert bangka outriggers to electric drives with swappable batteries, and we run a charging hut with solar panels in Bantayan. Fishermen pay per charge, not for the boat. We don't build new boats and we don't sell cars or scooters. I want a name the fishermen will say easily, Cebuano or English."),
("en", "long", "", "past job in story", "I was a loans officer at a bank in Nairobi for eight years, and every weekend I was under my late father's Peugeot 504. In Kenya the 504 was everything: taxi, safari car, family car. Now I restore 504 saloons and pickups in a workshop in Kiambu, and I ship rebuilt parts to owners in Uganda and Tanzania. Two young mechanics work with me. We don't do new cars, we don't do insurance repairs, and we don't sell Peugeots for scrap. I want a name with some nostalgia."),
("en", "long", "", "word with a second sense", "I was a flight attendant with an Irish airline for seventeen years and I've held a lot of shaking hands. Now I run an escort service for older people who have to fly alone: one of our six retired cabin crew meets them at home in Dublin, travels with them all the way to Boston, Sydney or Lagos, and hands them over to family at arrivals. We handle wheelchairs, medication times and connections. We are not a travel agency, we don't book the flights, and we don't provide nursing. The name should feel reassuring and respectable."),
("en", "long", "", "past job in story", "I was an accountant in Dhaka for eleven years, but my mother's family are jamdani weavers in Rupganj. Young weavers are leaving for garment factories because the pay is better. I started a small workshop where six master weavers train apprentices and we sell jamdani saris and scarves directly to buyers in London, Toronto and Dubai, paying the weavers double the market rate. We don't do mass printing and we don't sell synthetic fabric. I want a name that respects the craft and its river."),
("en", "long", "", "past job in story", "I spent twenty years as a physicist at CERN in Geneva, working on detectors. Now I grind and polish telescope mirrors by hand in my garage in Nyon, the old way, with glass tools, pitch laps and a Foucault tester. Amateur astronomers across Europe order mirrors from 15 to 40 centimetres, and I also refigure old ones. My wife handles orders and packing. We don't sell whole telescopes and we don't run stargazing evenings. The name should be precise, maybe a little nerdy."),
("en", "long", "", "past job in story", "I played professional football for Asante Kotoko for six seasons until my knee went. In Kumasi young players train in boots that fall apart after a month, so I opened a boot repair workshop near the Baba Yara stadium: we restitch uppers, replace studs and rebuild soles. Academies pay a monthly fee for their players. My cousin runs the counter. We don't sell new boots and we don't run an academy ourselves. I want a name that players will shout across the pitch."),
("en", "long", "", "past job in story", "I worked as a paper conservator at the Egyptian Museum in Cairo for fourteen years. Now I grow papyrus in the Delta and make sheets the ancient way, and I paint careful replicas of real museum papyri for universities, museums and film productions, with documentation of each source. My two daughters help with the sheets. We don't sell cheap banana-leaf souvenirs to tourists, and we don't deal in antiquities. I want a name that scholars will take seriously."),
("en", "long", "", "past job in story", "I was a zookeeper at San Diego for thirteen years, mostly primates and bears. Animals in zoos get bored, and most zoos can't afford custom puzzle feeders. Now I design and build enrichment toys: puzzle boxes, scent tubes and hanging feeders made from fire hose and food-safe plastics, sold to zoos and sanctuaries across the Americas. My partner does the engineering drawings. We don't sell pet toys and we don't run animal encounters. I want a name that zoo people will get immediately."),
("en", "long", "", "past job in story", "I worked as a midwife in Auckland for twenty years, and I saw new parents spend hundreds on baby carriers that didn't fit them. So I opened a sling library in Ponsonby: parents borrow wraps, ring slings and carriers for two weeks, and a trained babywearing consultant shows them how to use them safely. We also visit parent groups in South Auckland. We don't sell prams and we don't offer medical care. I'd like a name that sounds warm and Kiwi."),
# ---------------- French (4) ----------------
("fr", "short", "", "", "Cordonnerie spécialisée en chaussons et pointes de danse à Montréal."),
("fr", "medium", "Must start with the letter A.", "", "Affûtage de lames de patins à glace pour les clubs de hockey et de patinage de Grenoble, avec retour sous 48 heures. Le nom doit commencer par la lettre A."),
("fr", "medium", "At most 8 letters.", "", "Déneigement des toitures de chalets en Haute-Savoie, avec intervention sous 24 heures après chaque grosse chute. Un nom de huit lettres au maximum."),
("fr", "long", "", "past job in story", "J'ai été contrôleur aérien à l'aéroport de Dakar pendant dix-neuf ans. Mon père fabriquait des jouets en fil de fer pour les enfants du quartier de la Médina, et j'ai repris son atelier à ma retraite. Aujourd'hui, quatre jeunes artisans fabriquent avec moi des voitures, des avions et des vélos en fil de fer et en canettes recyclées, que nous vendons aux boutiques de musées en France et en Belgique. Nous ne faisons pas de souvenirs en plastique et nous ne vendons pas sur les plages. Je voudrais un nom qui rappelle la Médina."),
# ---------------- Spanish (4) ----------------
("es", "short", "Rhyming name.", "", "Bordado de mantones de Manila en Sevilla; que el nombre rime."),
("es", "medium", "One word only.", "", "Guías locales para observar cóndores al amanecer en el Cañón del Colca, con transporte desde Arequipa. Una sola palabra, por favor."),
("es", "medium", "", "", "Fabricamos a mano pelotas de cuero para pelota vasca en Navarra y las vendemos a clubes y federaciones de Europa y América."),
("es", "long", "", "past job in story", "Fui enfermera en el hospital de Salta durante veinte años, y mi abuela tejía ponchos salteños, los rojos con la franja negra de Güemes. Cuando me jubilé armé un taller en Cachi con cinco tejedoras que trabajan en telar criollo con lana de oveja hilada a mano. Vendemos ponchos, mantas y caminos de mesa a tiendas de Buenos Aires y a compradores en España. No somos una cooperativa de turismo y no vendemos ponchos industriales. Quiero un nombre que suene a los Valles Calchaquíes."),
# ---------------- German (4) ----------------
("de", "short", "", "", "Drechslerei für Treppengeländer und Baluster in der Oberlausitz."),
("de", "medium", "At most 7 letters.", "", "Mobiles Sägewerk: Wir schneiden Baumstämme direkt auf dem Hof von Landwirten im Schwarzwald zu Brettern und Balken. Der Name soll höchstens sieben Buchstaben haben."),
("de", "medium", "", "", "Diskrete Partnervermittlung für Landwirtinnen und Landwirte in Niedersachsen, mit persönlichen Gesprächen auf dem Hof statt Online-Profilen."),
("de", "long", "", "past job in story", "Ich war zweiundzwanzig Jahre Lokführer bei der Bahn, meistens Güterzüge zwischen Hamburg und München. Seit meiner Rente baue ich in einer alten Scheune bei Celle Landschaften für Modelleisenbahnen: Berge aus Gips, Bäume aus Draht, Bahnhöfe nach echten Vorbildern aus der Region. Sammler und Vereine bestellen ganze Anlagen oder einzelne Module, meine Tochter macht die Fotos und den Versand. Wir verkaufen keine Lokomotiven und reparieren keine Elektronik. Ich hätte gern einen Namen, der gemütlich klingt und nicht nach Baumarkt."),
# ---------------- Portuguese (4) ----------------
("pt", "short", "", "", "Fabricação de berimbaus para grupos de capoeira em Salvador."),
("pt", "medium", "Must include the word 'rio'.", "", "Restauramos carrancas, as figuras de proa dos barcos do rio São Francisco, para colecionadores e museus. O nome deve incluir a palavra «rio»."),
("pt", "medium", "", "", "Fabricamos boias e coletes salva-vidas para barcos de pesca artesanal em Santa Catarina, com preço acessível para as colônias de pescadores."),
("pt", "long", "", "word with a second sense", "Trabalhei doze anos como bancário em Luanda, e a minha mãe era professora numa escola primária no Huambo onde as crianças se sentavam no chão. Há três anos abri uma carpintaria em Benguela que faz carteiras escolares de madeira, resistentes e baratas, para escolas públicas e missões. Também consertamos carteiras velhas. Seis jovens carpinteiros trabalham comigo. Não fazemos carteiras de couro nem móveis de escritório, só mobiliário escolar. Quero um nome que fale de aprender e de Angola."),
# ---------------- Italian (4) ----------------
("it", "short", "", "", "Riparazione di ombrelli artigianali a Napoli."),
("it", "medium", "At most two syllables.", "", "Corsi di canto lirico per adulti principianti a Parma, con saggio finale al teatro. Il nome deve avere al massimo due sillabe."),
("it", "medium", "", "", "Potatura degli ulivi per piccoli proprietari in Puglia, con squadre che si spostano di masseria in masseria da novembre a marzo."),
("it", "long", "", "what we do NOT do", "Ho fatto l'ingegnere navale a Genova per quindici anni, ma sono nato a Venezia e mio nonno costruiva sandoli e s'cioponi in uno squero di Cannaregio. Ora ho riaperto lo squero con due giovani apprendisti: costruiamo e restauriamo barche tradizionali della laguna per veneziani che vogano davvero, società remiere e qualche collezionista. Non facciamo gondole per turisti e non noleggiamo barche a motore. Vorrei un nome che suoni veneziano e che i vogatori riconoscano."),
]


def main():
    assert len(ROWS) == 120, len(ROWS)
    rows = list(ROWS)
    random.Random(23).shuffle(rows)
    with open(os.path.join(HERE, "names23.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(["id", "description", "language", "constraint"])
        for i, (lang, length, cons, trap, desc) in enumerate(rows, 1):
            w.writerow([f"t{i:03d}", desc, lang, cons])
    with open(os.path.join(HERE, "meta.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(["id", "length_class", "trap_tag"])
        for i, (lang, length, cons, trap, desc) in enumerate(rows, 1):
            w.writerow([f"t{i:03d}", length, trap])


if __name__ == "__main__":
    main()
