#!/usr/bin/env python3
"""Build names16.csv / meta.csv: 120 fresh business descriptions for a blind naming test.

Each row: (description, language, length_class, constraint, trap_tag).
Rows are shuffled with random.Random(16) so kinds are mixed in id order.
"""
import csv
import random
from collections import Counter

S, M, L = "short", "medium", "long"

ROWS = [
    # ---------------- English, short ----------------
    ("Crossbow range and target archery lessons just outside Calgary.", "en", S, "", "alarming_lawful"),
    ("Kilt hire and alterations for Highland weddings in Inverness.", "en", S, "", ""),
    ("Guinea fowl farm near Bobo-Dioulasso selling eggs and keets to smallholders.", "en", S, "", ""),
    ("Denture relines and repairs while you wait, in central Durban.", "en", S, "", ""),
    ("Hearse and limousine hire for funeral directors across Ohio.", "en", S, "", "b2b_trade"),
    ("Seismic strengthening of old brick buildings in Wellington.", "en", S, "", ""),
    ("Kimono rental and dressing for visitors in Kyoto.", "en", S, "", ""),
    ("Burned-in subtitles and captions for indie documentaries, Mumbai.", "en", S, "", ""),
    ("Snow-chain fitting at the foot of the pass into Andorra.", "en", S, "", ""),
    ("Pole vault coaching for high school athletes in Eugene, Oregon.", "en", S, "", "second_sense"),
    ("Jaguar tracking trips from a small eco-lodge in the Pantanal.", "en", S, "", "second_sense"),
    ("Sweeping boardrooms for hidden bugs and listening devices.", "en", S, "", "second_sense"),
    ("Hurley making and repairs for hurling players in Kilkenny.", "en", S, "", ""),
    ("Kebab shop and grill house in Batman, south-eastern Turkey.", "en", S, "", "place_word"),
    ("Wooden surfboards shaped by hand from paulownia in Taghazout.", "en", S, "", ""),
    ("Pay-by-the-hour podcast booths in Lagos, with an engineer on call.", "en", S, "", ""),
    ("Goat milk soap made on a family farm in the Karoo.", "en", S, "", ""),
    ("Sandhill crane viewing blinds on the Platte River in Nebraska.", "en", S, "", "second_sense"),
    ("Latin and ancient Greek tutoring for homeschooled teenagers.", "en", S, "", ""),
    ("Steelpan tuning and repair in Port of Spain.", "en", S, "", ""),
    ("Wax seal stamps engraved with your initials, posted from Edinburgh.", "en", S, "", ""),
    ("Rental of polar boots and parkas for Antarctic voyages leaving Ushuaia.", "en", S, "", ""),
    ("Kidnap and ransom insurance for NGOs working in remote regions.", "en", S, "", "alarming_lawful"),
    ("Historical longsword fencing club in Brno, beginners welcome.", "en", S, "", "alarming_lawful"),
    ("Moka pot gaskets, filters and spare handles for Bialetti pots.", "en", S, "", "brand_mentioned"),
    ("Polaroid and instant camera refurbishing, shipped worldwide from Łódź.", "en", S, "", "brand_mentioned"),
    ("Ferret rescue and rehoming in Minnesota; an alliterative name please.", "en", S,
     "alliterative name", ""),
    ("A rhyming name for our shoe-shine stands at Chicago's train stations.", "en", S,
     "name should rhyme", ""),
    ("Rural veterinary supply store in Saskatchewan, open on Sundays at calving time.", "en", S, "", ""),
    ("Sheepskin slippers and rugs made in the Falkland Islands.", "en", S, "", ""),
    ("We don't sell flowers: we grow cut foliage for florists in Kenya.", "en", S, "", "not_described"),
    ("Block ice delivered at dawn to fishing boats in Negombo.", "en", S, "", ""),
    ("Snowmobile repair and winter storage in Whitehorse, Yukon.", "en", S, "", ""),
    ("Kora lessons and instrument building in Banjul, The Gambia.", "en", S, "", ""),
    ("Woven willow hurdles for garden fencing, made on the Somerset Levels.", "en", S, "", "second_sense"),

    # ---------------- English, medium ----------------
    ("We sharpen and service clippers and blades for dog groomers across the Midlands, posting them back within three days.",
     "en", M, "", "b2b_trade"),
    ("A bookshop with no new books: only ex-library hardbacks, sold by the kilo from a warehouse in Glasgow.",
     "en", M, "", "not_described"),
    ("Not a dating app. We match retirees who want a travel companion for coach tours and river cruises, and we meet every member in person.",
     "en", M, "", "not_described"),
    ("Excel and Power BI training for small accounting firms, taught on site in half-day sessions so nobody loses a whole week.",
     "en", M, "", "brand_mentioned"),
    ("Geothermal heat pump drilling for farmhouses and guesthouses in north Iceland, with a crew that stays through the winter.",
     "en", M, "", ""),
    ("Dendrochronology lab dating old roof timbers and barn beams for conservation architects and archaeologists.",
     "en", M, "", "b2b_trade"),
    ("Quinoa threshing and cleaning machines rented by the day to growers' associations around Oruro.",
     "en", M, "", ""),
    ("Bamboo scaffolding crews for shopfront renovations in Hong Kong, working nights so the shops can stay open.",
     "en", M, "", ""),
    ("Night-shift childcare for nurses and factory workers in Manila, open from six in the evening to seven in the morning.",
     "en", M, "", ""),
    ("Crop spraying by drone for apple and cherry growers around Orange, New South Wales.",
     "en", M, "", "place_word"),
    ("Small cider taproom in Reading, Pennsylvania, pressing apples from farms across Berks County.",
     "en", M, "", "place_word"),
    ("Fire-breathing and fire-dance classes for circus students and street performers in Bristol, with full safety training.",
     "en", M, "", "alarming_lawful"),
    ("Explosives magazine hire: secure, licensed storage containers for quarries and mining contractors in northern Chile.",
     "en", M, "", "alarming_lawful"),
    ("Frozen momo dumplings made by Nepali grandmothers in Queens and sold to delis and corner shops.",
     "en", M, "", ""),
    ("Swahili lessons for expat children in Dar es Salaam, taught through songs, cooking and football.",
     "en", M, "", ""),
    ("A village peanut butter co-op in northern Ghana that grinds to order and sells in refillable tubs.",
     "en", M, "", ""),
    ("Hand-built cob pizza ovens for backyards and community gardens in the Willamette Valley.",
     "en", M, "", ""),
    ("Rickshaw painting workshops in Old Dhaka where visitors learn the craft from the painters themselves.",
     "en", M, "", ""),
    ("An app that lets farmers in Punjab book a combine harvester by the hour, with the driver included.",
     "en", M, "", ""),
    ("Rice-husk briquette presses leased to village co-ops in Cambodia as a cheaper cooking fuel than charcoal.",
     "en", M, "", ""),
    ("WhatsApp ordering bot for butchers in São Paulo: customers send a voice note and get their cut list confirmed.",
     "en", M, "", "brand_mentioned"),
    ("Kindle and Kobo e-reader screen replacements by post; we're independent and not affiliated with either brand.",
     "en", M, "", "brand_mentioned"),
    ("Independent repair shop for MacBooks and iPads in Taipei; no brand names or trademarks in our name, please.",
     "en", M, "no brand names or trademarks", "brand_mentioned"),
    ("A one-woman lampshade-making workshop in Ghent, using old maps, sheet linen and hand-marbled paper.",
     "en", M, "", ""),
    ("Kite-making workshops for children in Karachi before the spring festival; one word only, seven letters max.",
     "en", M, "one word, at most 7 letters", ""),
    ("Five-a-side football cages on rooftops in Cairo, rented by the hour; we'd like a number-based name.",
     "en", M, "number-based name", ""),
    ("Mobile climbing wall hire for school fairs in Johannesburg; the name has to start with V.",
     "en", M, "must start with the letter V", ""),
    ("A pupusa stand at the Sunday market in Santa Ana; we want a name that ends with an 'a' sound.",
     "en", M, "name ends with an 'a' sound", ""),
    ("Sea-kayak rentals and guided paddles around the bay of Kotor; please include Kotor in the name.",
     "en", M, "include the place name Kotor", ""),
    ("Bicycle-powered phone charging kiosks at bus parks in Kampala; two syllables, easy to say in Luganda and English.",
     "en", M, "two syllables", ""),
    ("Fresh-pasta vending machines in the lobbies of Melbourne office towers, restocked every morning.",
     "en", M, "", ""),
    ("We're not a tutoring centre: we run a quiet homework room with snacks and a retired teacher on hand, for kids whose parents work late in Leicester.",
     "en", M, "", "not_described"),
    ("Solar lanterns sold pay-as-you-go to fishing families on the shores of Lake Malawi.",
     "en", M, "", ""),
    ("Wet-plate tintype portraits made in a darkroom van that parks at fairs around Santa Fe.",
     "en", M, "", ""),
    ("Tree-climbing lessons for adults who want to feel like kids again, in the old oaks of a park outside Lyon.",
     "en", M, "", ""),
    ("Servicing and spare blades for ice-resurfacing machines at small hockey arenas across rural Quebec.",
     "en", M, "", ""),
    ("Hydroponic fodder units for dairy farmers in the Negev, growing barley grass in seven days.",
     "en", M, "", ""),
    ("Marine engine mechanic working from a boat that visits fishing villages along the coast of Mozambique.",
     "en", M, "", ""),
    ("Fonio dehulling and packing for women's groups in southern Mali, sold to grocers in Bamako.",
     "en", M, "", ""),
    ("Ukulele-building workshops on Rarotonga, where visitors carve and string their own instrument in three days.",
     "en", M, "", ""),

    # ---------------- English, long ----------------
    ("I've been a deckhand for fifteen years and now I'm buying my own small crab boat out of Dutch Harbor. "
     "The plan is to sell part of every catch straight to restaurants in Seattle by air freight. "
     "I need a name that works painted on the hull and on a website. Nothing cheesy with claws, please.",
     "en", L, "", ""),
    ("This isn't a restaurant, and please don't make it sound like one. We run a commissary kitchen in Atlanta: "
     "food trucks, caterers and bakers rent prep stations, ovens and walk-in cold storage by the hour. "
     "Everything is inspected and we help newer vendors with their permits. People keep calling to book tables, which is why we're renaming.",
     "en", L, "", "not_described"),
    ("I trim cows' hooves for a living. I drive a trailer with a tilt chute between dairy farms in Friesland and "
     "do maybe forty cows a day. Farmers book me every six months and call me in emergencies when a cow goes lame. "
     "My van just says my surname and I think it's time for a proper business name.",
     "en", L, "", "b2b_trade"),
    ("My partner and I are opening a tiny onigiri counter in Kensington Market, Toronto. Rice balls, miso soup, "
     "pickles, that's it, and everything wrapped to take away. We'd like the name to sound Japanese but be easy "
     "for Canadians to say. Three syllables at most.",
     "en", L, "should sound Japanese; at most 3 syllables", ""),
    ("We're three friends in Medellín building software for small gyms: bookings, memberships and WhatsApp "
     "reminders. Most gyms here still run on a notebook and a cash box. We want a name that works in Spanish and "
     "English, and please avoid the word 'fit' — every competitor is fit-something.",
     "en", L, "avoid the word 'fit'", ""),
    ("I'm a retired maths teacher in Hobart and I've started tutoring adults who are scared of numbers. "
     "Nurses retraining, tradies doing their own books, people who were told at school they were hopeless. "
     "Sessions are one-to-one at the library, no exams, no judgement. I want the name to feel kind, not like school.",
     "en", L, "", ""),
    ("Hi, I'm Amaka, a community pharmacist in Enugu. I want to start delivering monthly refills for blood pressure "
     "and diabetes medicine to elderly patients at home, on motorbikes, with a quick check of their readings at the door. "
     "If it works here we'll go to Onitsha next. It should sound trustworthy to older people and their children.",
     "en", L, "", ""),
    ("My company photographs and measures bathrooms for plumbers and tilers so they can quote without driving out. "
     "We send a trained person with a phone scanner, and the tradesperson gets a floor plan, wall heights and photos "
     "the same day. We're in Birmingham and work for about thirty small firms. It needs to sound practical, not techy.",
     "en", L, "", "b2b_trade"),
    ("I grew up in a Jaipur family of block printers and now I run half-day workshops for travellers in our courtyard. "
     "People carve a simple motif, mix the dyes and print their own scarf to take home. My uncle still does the big "
     "commercial orders. I'd like a name that respects the craft and isn't just 'Jaipur Prints'.",
     "en", L, "", ""),
    ("We test garden soil for lead in Detroit. A lot of people grow vegetables in yards next to old houses and "
     "have no idea what's in the ground. We pick up a sample, send results by text within a week, and tell you "
     "which beds are safe and which need raised boxes. Prices are low because a foundation covers part of it.",
     "en", L, "", ""),
    ("Okay, this will sound dramatic, but we teach people to survive being swept into cold water. "
     "We run practical sessions in a pool and in the sea off Cornwall for fishermen, kayakers and open-water swimmers. "
     "We're all ex-lifeboat crew. The name should feel calm and serious, not extreme-sports.",
     "en", L, "", ""),
    ("We're a small non-profit in Rotterdam that teaches adult women to ride a bicycle for the first time. "
     "Most of our learners grew up somewhere girls weren't allowed to cycle, and now they want to take their kids to school "
     "or get to work without a bus pass. Lessons are in a car park on Sunday mornings and we lend the bikes. "
     "We want a name that sounds brave and joyful.",
     "en", L, "", ""),
    ("Hi! My cousin and I run electric cargo tricycles for the market women in Kumasi. They used to pay porters to "
     "carry yams and plantains from the lorry park to their stalls; now they book us by phone. We have six trikes "
     "and want to get to twenty by next year. Something short that people can shout across the market.",
     "en", L, "", ""),
    ("We're building a savings app for susu groups in Accra and the diaspora in London. Members put in the same amount "
     "every week and take turns receiving the pot, like they've always done, but the app keeps the records and "
     "sends reminders. Trust is everything here. We don't want it to sound like a bank.",
     "en", L, "", ""),
    ("I build live-fire training houses: steel container buildings that fire services set alight on purpose, "
     "again and again, so recruits can practise on real smoke and heat. We weld them in Ballarat and truck them "
     "anywhere in Australia. I know it sounds like arson as a service. The name should sound solid and safe.",
     "en", L, "", "alarming_lawful"),
    ("We're a family of hill farmers in Snowdonia who started letting walkers camp in one of our fields. "
     "There's a composting loo, a cold-water tap and views of the Glyderau, and that's about it. "
     "We'd like a name in Welsh or one that at least doesn't sound like a holiday park. We have about twelve pitches.",
     "en", L, "", ""),
    ("I'm building an offline-first stock app for hardware shops in Indonesian towns. Most owners track nails, "
     "paint and cement in a notebook and lose track of credit given to builders. The app works without signal and "
     "syncs when it can. It's in Bahasa Indonesia first, so the name shouldn't be English-heavy.",
     "en", L, "", ""),
    ("We restore antique steamer trunks and old leather suitcases in a workshop in Cape Town. A lot of our customers "
     "inherited one from a grandparent and want it usable again, with new linings and working locks. "
     "We also sell a few restored pieces to hotels for decor. The name should feel old-world without being stuffy.",
     "en", L, "", ""),
    ("My mum and I are starting a small business in Nouakchott roasting and packing zrig and bissap syrups for cafés. "
     "At home everyone makes them, but the shops only sell imported soft drinks. We'll sell from a stand at the "
     "Capitale market and deliver to a few hotels. We want something fun that works in French and Hassaniya.",
     "en", L, "", ""),
    ("This will sound strange: we run a shooting studio. A photo and video shooting studio, that is, in Warsaw, "
     "with a cyclorama wall, lighting kits and a makeup room for hire by the hour. Mostly e-commerce brands and "
     "musicians use it. The current name keeps getting flagged by ad platforms, so we need a new one.",
     "en", L, "", "second_sense"),
    ("Our company does something people find alarming: we make replica swords, spears and rifles for film and theatre. "
     "Nothing we make can fire or cut; the blades are aluminium or rubber and every prop is logged. "
     "We're in Budapest and most of our clients are period-drama productions. The name shouldn't sound like an arms dealer.",
     "en", L, "", "alarming_lawful"),
    ("I teach older people in Santiago how to spot phone and WhatsApp scams. It started with my own grandmother "
     "losing her savings. Now I give free talks at senior centres and sell a small paid course for families. "
     "Please no names with 'shield' or 'guard', it sounds like antivirus software.",
     "en", L, "avoid the words 'shield' and 'guard'", ""),
    ("We're two nurses who started a mobile clinic in a converted bus that visits First Nations communities in "
     "northern Manitoba. We do foot checks, blood pressure, vaccinations and a bit of dental screening. "
     "The communities helped design it and we want the name to feel like it belongs to them, not to a hospital.",
     "en", L, "", ""),
    ("Hello! We're a husband-and-wife team opening a yoga and pilates studio in Mobile, Alabama. "
     "The space is an old cotton warehouse with big windows near the river. Classes in the morning, prenatal "
     "sessions in the afternoon, and a Saturday class for people who think they're too stiff for yoga.",
     "en", L, "", "place_word"),
    ("I run a one-person business giving tours of the old tin mining tunnels under a farm near St Just. "
     "Groups of eight, hard hats, head torches, and about an hour underground with stories of the miners. "
     "I'm a retired geologist so there's a bit of rock science too. I'd like a name that hints at being underground.",
     "en", L, "", ""),

    # ---------------- French ----------------
    ("Transport de marchandises en pinasse motorisée sur le fleuve Niger, depuis Mopti.", "fr", S, "", ""),
    ("Location de toilettes sèches pour mariages et festivals en Bretagne. Un seul mot, huit lettres maximum.",
     "fr", M, "one word, at most 8 letters", ""),
    ("Chai familial d'armagnac à Condom, dans le Gers : visites, dégustations et vente directe. Le nom doit commencer par la lettre A.",
     "fr", M, "must start with the letter A", "place_word"),
    ("Bonjour, je m'appelle Awa et je tiens un atelier de sérigraphie à Dakar. On imprime des t-shirts pour les "
     "lutteurs et leurs supporters, les mariages, les baptêmes et les campagnes des associations de quartier. "
     "Je veux un nom qui sonne bien en wolof et en français. Pas le mot « print » dans le nom, tout le monde l'utilise.",
     "fr", L, "avoid the word 'print'", ""),

    # ---------------- Spanish ----------------
    ("Alquiler de andamios y montacargas para obras en Rosario.", "es", S, "", ""),
    ("Clases de cerámica para jubilados en Mar del Plata, dos tardes por semana. Nos gustaría un nombre que rime.",
     "es", M, "name should rhyme", ""),
    ("Alquiler de trajes de charro para bodas y quinceañeras en Guadalajara; el nombre tiene que incluir la palabra «Jalisco».",
     "es", M, "include the word 'Jalisco'", ""),
    ("Somos una cooperativa de mujeres mariscadoras en Chiloé. Ahumamos choritos y los vendemos en frascos a tiendas "
     "de Santiago y Puerto Montt. Queremos un nombre corto, de dos sílabas como máximo, que se entienda también fuera de Chile.",
     "es", L, "at most 2 syllables", ""),

    # ---------------- German ----------------
    ("Firmencatering mit regionaler Küche in Essen und im ganzen Ruhrgebiet.", "de", S, "", "place_word"),
    ("Holzofen-Pizzawagen für Firmenfeiern und Hochzeiten rund um Zürich. Der Name soll italienisch klingen.",
     "de", M, "should sound Italian", ""),
    ("Verleih von Dirndl und Lederhosen für Touristen zur Wiesn in München. Bitte nur echte deutsche Wörter, keine Fantasienamen.",
     "de", M, "real German words only, no invented words", ""),
    ("Hallo! Ich bin Tischlerin in Leipzig und baue Särge und Urnen aus heimischem Holz, auf Wunsch auch unbehandelt "
     "zum Bemalen mit der Familie. Klingt vielleicht düster, ist aber eine sehr schöne Arbeit. "
     "Der Name soll warm klingen und höchstens zwei Silben haben.",
     "de", L, "at most 2 syllables", "alarming_lawful"),

    # ---------------- Portuguese ----------------
    ("Aluguel de Kombis antigas para casamentos em Curitiba.", "pt", S, "", "brand_mentioned"),
    ("Aulas de forró para turistas em Recife, às sextas e sábados; o nome deve começar com a letra O.",
     "pt", M, "must start with the letter O", ""),
    ("Alambique de cachaça artesanal em Paraty, na mesma família desde 1888. Queremos um nome com número que tenha significado.",
     "pt", M, "number-based name with a meaningful number", ""),
    ("Olá! Tenho uma oficina em Luanda que converte motorizadas a gasolina em elétricas, sobretudo para os kupapatas. "
     "Trocamos o motor, instalamos a bateria e damos formação aos motoristas. "
     "Queremos um nome curto, no máximo sete letras, fácil de pintar no capacete.",
     "pt", L, "at most 7 letters", ""),

    # ---------------- Italian ----------------
    ("Noleggio di costumi e maschere di Carnevale a Venezia.", "it", S, "", ""),
    ("Laboratorio artigianale di cioccolato di Modica, lavorato a freddo con zucchero di canna. Vorremmo un nome con un'allitterazione.",
     "it", M, "alliterative name", ""),
    ("Libreria antiquaria a Bra specializzata in vecchi libri di cucina e gastronomia; spediamo anche all'estero.",
     "it", M, "", "place_word"),
    ("Ciao, sono Giulia e restauro insegne storiche di negozi a Torino: vetri dipinti, lettere dorate, ferro battuto. "
     "Lavoro da sola in un laboratorio a San Salvario e spesso mi chiamano i nuovi proprietari che vogliono salvare "
     "l'insegna della vecchia drogheria. Non voglio un nome che sembri vecchio, ma nemmeno da start-up.",
     "it", L, "", ""),
]


def main():
    assert len(ROWS) == 120, len(ROWS)
    rows = list(ROWS)
    random.Random(16).shuffle(rows)
    with open("names16.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(["id", "description", "language", "constraint"])
        for i, (d, lang, ln, con, trap) in enumerate(rows, 1):
            w.writerow([f"t{i:03d}", d, lang, con])
    with open("meta.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(["id", "length_class", "trap_tag"])
        for i, (d, lang, ln, con, trap) in enumerate(rows, 1):
            w.writerow([f"t{i:03d}", ln, trap])
    print("lang", Counter(r[1] for r in rows))
    print("length", Counter(r[2] for r in rows))
    print("constraint", sum(1 for r in rows if r[3]),
          Counter(r[1] == "en" for r in rows if r[3]))
    print("traps", sum(1 for r in rows if r[4]), Counter(r[4] for r in rows if r[4]))


if __name__ == "__main__":
    main()
