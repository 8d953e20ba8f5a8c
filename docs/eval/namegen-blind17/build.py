#!/usr/bin/env python3
"""Builds names17.csv and meta.csv: 120 fresh business descriptions for a blind naming test.

Each row: (description, language, constraint paraphrase, length_class, trap_tag).
Rows are shuffled with a fixed seed (17) so kinds are mixed in id order.
"""
import csv
import random

S, M, L = "short", "medium", "long"

ROWS = [
    # ---------------- English, short ----------------
    ("Bail bonds office in Fresno, open 24/7; a number-based name would be great.", "en", "number-based name", S, "alarming"),
    ("Picture framing shop on the high street in Sandwich, Kent.", "en", "", S, "place_word"),
    ("Punt tours and punt hire on the Cherwell in Oxford.", "en", "", S, "second_sense"),
    ("Liquid floor screed contractor for new-build estates in the East Midlands.", "en", "", S, "second_sense"),
    ("Toner cartridge refilling and printer servicing for offices in Accra.", "en", "", S, "second_sense"),
    ("Cornhole boards built to order, plus a Thursday league in Dayton.", "en", "", S, "second_sense"),
    ("Curling rink with learn-to-curl nights in Duluth, Minnesota.", "en", "", S, "second_sense"),
    ("Tarantula breeder shipping captive-bred spiders to hobbyists across Europe.", "en", "", S, "alarming"),
    ("Airsoft field on a disused army base in Poland, mostly for team-building days.", "en", "", S, "alarming"),
    ("Tyre retreading for city bus fleets in Nairobi.", "en", "", S, "b2b_trade"),
    ("Caddie training academy supplying caddies to golf resorts in Vietnam.", "en", "", S, "b2b_trade"),
    ("Tube amp repair, mostly old Fender and Marshall heads, in Austin.", "en", "", S, "brand"),
    ("Jukebox restoration, specialising in 1950s Wurlitzers, near Glasgow.", "en", "", S, "brand"),
    ("Wood-fired bagel bakery in Cape Town; keep the name under 8 letters.", "en", "fewer than 8 letters", S, ""),
    ("Soft pretzel carts at Cincinnati ballparks; the name should end in an 'o' sound.", "en", "ends with an 'o' sound", S, ""),
    ("Fabric bunting hire for village fetes and weddings in Devon.", "en", "", S, "second_sense"),
    ("Actuarial consulting for small pension funds in Santiago de Chile.", "en", "", S, ""),
    ("Mahjong parlour with beginner lessons in Richmond, BC. Make the name rhyme.", "en", "name should rhyme", S, ""),
    ("Jigsaw puzzle lending library by post, covering all of Ireland.", "en", "", S, ""),
    ("Rammed earth house builder in the Margaret River region.", "en", "", S, ""),
    ("Adobe brick repair for historic churches in northern New Mexico.", "en", "", S, "second_sense"),
    ("Dredging contractor keeping river ports navigable in Bangladesh.", "en", "", S, ""),
    ("Lidar forest inventories for timber companies in Finland.", "en", "", S, ""),
    ("Tugboat towing gravel barges on the Danube between Vienna and Budapest.", "en", "", S, ""),
    ("Fruit vinegar brewery in Okayama; we'd like a name that sounds Japanese.", "en", "sounds Japanese", S, ""),
    ("Hospital clowns visiting children's wards in Buenos Aires, run as a non-profit.", "en", "", S, ""),
    ("Stump grinding for homeowners and councils around Tauranga.", "en", "", S, ""),
    ("Biltong and droewors butchery in Windhoek.", "en", "", S, ""),
    ("Sturgeon farm producing caviar in Uruguay.", "en", "", S, ""),
    ("Abalone ranching on the Western Cape coast.", "en", "", S, ""),
    ("Heraldry artist painting coats of arms for families and towns.", "en", "", S, ""),
    ("Shamisen repair and lessons in an old townhouse in Kyoto.", "en", "", S, ""),
    ("Seaplane shuttle between Male and the resort islands of the Maldives.", "en", "", S, ""),

    # ---------------- English, medium ----------------
    ("Armoured cash-in-transit vans for supermarkets and casinos in Lima. Our crews are licensed and armed.", "en", "", M, ""),
    ("We repossess cars, boats and farm machinery for banks across Georgia. Always legal, always with a court order.", "en", "", M, "alarming"),
    ("Licensed polygraph examiner in Johannesburg. Employers use us for pre-employment screening and internal theft investigations.", "en", "", M, "alarming"),
    ("Ship recycling yard in Chattogram: we cut up old cargo ships for steel, with proper safety gear and waste handling.", "en", "", M, "alarming"),
    ("Close-protection bodyguards for touring musicians and film crews in Rio de Janeiro, including drivers and advance planning.", "en", "", M, ""),
    ("Ice cream parlour in Hell, Michigan. Yes, the town is really called Hell, and yes, it freezes over in winter.", "en", "", M, "place_word"),
    ("Feed store in Boring, Oregon, selling hay, chicken feed and fencing wire to hobby farmers.", "en", "", M, "place_word"),
    ("Sheet-metal ductwork fabricated to order for heating contractors in Normal, Illinois.", "en", "", M, "place_word"),
    ("Fishing tackle and bait shop in Hope, British Columbia, right on the Fraser River. We'd like 'Hope' in the name.", "en", "include the place name 'Hope'", M, "place_word"),
    ("Petanque shop in Nice: engraved boules, club kits and lessons on the Promenade gravel.", "en", "", M, "place_word"),
    ("Net washing and repair for salmon farms in the Los Lagos region of Chile. We collect the pens' nets by boat.", "en", "", M, "b2b_trade"),
    ("Label printing for craft distilleries and small wineries in Tasmania: short runs, foil and embossing.", "en", "", M, ""),
    ("Rennet and cheese cultures supplied to farmhouse cheesemakers across Ireland and the UK.", "en", "", M, "b2b_trade"),
    ("Spare parts and fridge repairs for ice-cream vans all over the UK, with a 24-hour callout in summer.", "en", "", M, "b2b_trade"),
    ("Conference lanyards, name badges and registration desks for event organisers in Singapore.", "en", "", M, ""),
    ("Custom mosaics built from Lego bricks for company lobbies and museums. We aren't affiliated with Lego, so no brand names in the name please.", "en", "no brand names (no 'Lego')", M, "brand"),
    ("Turnover cleaning for Airbnb and Booking.com hosts in Porto: linens, restocking and damage photos between guests.", "en", "", M, "brand"),
    ("Cooking classes in Madrid for people who bought a Thermomix and never really figured it out.", "en", "", M, "brand"),
    ("Sony Walkman and Discman repair in Osaka, with refurbished units for sale to collectors.", "en", "", M, "brand"),
    ("Not a travel agency: you pay, and at the station we hand you a sealed envelope with a surprise weekend destination. Trains only, from Amsterdam.", "en", "", M, "not_is"),
    ("Not a school and not a garage: evening workshops in Denver where adults learn to service their own cars.", "en", "", M, "not_is"),
    ("We don't sell bikes. We run a bike library in Bogota where kids trade up a size every year.", "en", "", M, "not_is"),
    ("We're not a zoo or a petting farm. We're a hedgehog hospital in Suffolk that nurses injured hedgehogs and releases them.", "en", "", M, "not_is"),
    ("Not a funeral home: I write obituaries and eulogies with families, by phone or in person, anywhere in Canada.", "en", "", M, "not_is"),
    ("Not a bar, not a cafe: a sober evening lounge in Glasgow with board games, mocktails and live acoustic sets.", "en", "", M, "not_is"),
    ("Biogas digesters for dairy farms in Punjab, turning dung into cooking gas and slurry fertiliser. Please avoid 'eco' and 'green', every competitor uses them.", "en", "avoid the words 'eco' and 'green'", M, ""),
    ("Carbon credit verification for smallholder agroforestry projects in Sumatra.", "en", "", M, ""),
    ("Parquet floor restoration in old Budapest apartments, including matching missing blocks.", "en", "", M, ""),
    ("Topiary and cloud pruning for private gardens in the Cotswolds. Real English words only, nothing made-up.", "en", "real English words only", M, ""),
    ("Rope-grown mussel farm in Galicia's Ria de Arousa, selling straight to restaurants in Madrid.", "en", "", M, ""),
    ("Yeast lab isolating wild yeast strains for craft breweries in southern Brazil.", "en", "", M, ""),
    ("Online Quechua lessons with native speakers from Cusco. Two syllables for the name, please.", "en", "exactly two syllables", M, ""),
    ("Reef-safe sunscreen made in Queensland for outdoor workers like roofers, lifeguards and cane farmers.", "en", "", M, ""),
    ("Grant writing for small museums and heritage societies. Would love a name starting with K.", "en", "starts with the letter K", M, ""),
    ("Glider flying lessons and trial flights from a grass airfield outside Windhoek.", "en", "", M, ""),
    ("Cord blood banking for new parents in Mexico City, with courier pickup from the maternity ward.", "en", "", M, ""),
    ("Altitude sickness clinic in Cusco for tourists who land and feel awful on day one.", "en", "", M, ""),
    ("Tabla lessons over video from a teacher in Varanasi, for kids in the diaspora.", "en", "", M, ""),
    ("Snowcat and skidoo maintenance for research stations on the Antarctic Peninsula, with parts shipped from Punta Arenas.", "en", "", M, ""),
    ("Hi! I drive a pet taxi in Kuala Lumpur. Lots of people here don't have a car, or their Grab driver refuses to take a dog, so I take pets to the vet, the groomer or the airport for relocation. The van has air-conditioned crates and I send owners photos on the way. I want a name that sounds caring and reliable.", "en", "", L, ""),
    ("Mobile app that sells okada riders in Ibadan daily accident cover they can pay for in the morning with airtime.", "en", "", M, ""),

    # ---------------- English, long ----------------
    ("I'm a hospice nurse and I've just started a death doula practice in Adelaide. I help families plan a death at home, sit with people in the last days, and sort the paperwork afterwards. I know it sounds grim but honestly it's very gentle work. I want something warm, not morbid, and one word only.", "en", "one word only", L, "alarming"),
    ("So my partner and I build little wheelchairs for dogs and cats whose back legs don't work anymore. Every cart is measured for the animal, usually from photos and a video call. We're in a garage in Brisbane but we ship all over Australia. Vets send us a lot of clients. Something cheerful would be good, not sad.", "en", "", L, ""),
    ("We're building software for hospital laundries. Every sheet, gown and scrub top gets a washable RFID tag, so the laundry knows what came back, what's lost and what needs replacing. Our first customer is a big public hospital in Melbourne. The name needs to sound serious enough for procurement teams.", "en", "", L, ""),
    ("Hi, I was a travel nurse for six years and the worst part was always housing. So now I run an agency that finds furnished 13-week rentals near hospitals for travel nurses in Texas and Arizona. Landlords love them because they're quiet and pay on time. Looking for something friendly, not corporate.", "en", "", L, ""),
    ("My brother and I took over our dad's scrap metal yard outside Youngstown. We buy copper, aluminium, old cars and appliances and we pay by weight, same day. We're cleaning the place up and want a name that doesn't sound like a junkyard from a movie. Maybe something with a bit of pride in it.", "en", "", L, ""),
    ("I restore antique music boxes, the cylinder and disc kinds, mostly Swiss and German from the 1880s to 1910s. People find them in attics and they don't play, or they play with half the teeth missing. I work alone from a workshop in Ghent. I'd like a name that feels delicate but not twee.", "en", "", L, ""),
    ("We make kefir, both milk and water kefir, from grains my grandmother brought from Tbilisi. Right now we sell at two farmers markets in Portland and to a few cafes. We'd like to get into grocery stores next year. A name with alliteration would be fun!", "en", "alliteration", L, ""),
    ("Our family grows turmeric and ginger on hill terraces in Meghalaya, and we've started drying and grinding it ourselves instead of selling raw roots to traders. Lakadong turmeric is really high in curcumin so we want to sell online to people in Delhi and Mumbai. I'd like the name to feel rooted in the hills but still modern.", "en", "", L, ""),
    ("My father builds wooden dhows by hand on the beach in Nungwi, like his father did. We want to start taking orders from hotels and dive operators, and also let tourists watch the building for a small fee. I'm the one doing the website. Please nothing that sounds like a souvenir shop.", "en", "", L, ""),
    ("Hello! I make paneer and ghee in small batches in Leicester, proper full-fat, no shortcuts. Mostly I sell to Indian restaurants and a few corner shops, but people keep asking for home delivery. My mum says the name should be traditional, my kids say modern. Help!", "en", "", L, ""),
    ("ok so we're opening a laser tag arena in an old supermarket in Cebu City. Two levels, blacklights, team packages for birthdays and offices. We're both ex-call-centre guys and we've saved for three years for this lol. Want a name that's loud and fun and easy to say in Tagalog and English.", "en", "", L, ""),
    ("I render beef tallow from grass-fed cattle on our farm in Wyoming and make it into soap, candles and balm. Everything is small batch and the fat comes from our own herd. People are surprised tallow smells like nothing when it's done right. I'd like a ranch-y name but not cheesy cowboy stuff.", "en", "", L, ""),
    ("We press coconut coir from husks in Kerala into grow bags and blocks for hydroponic tomato and strawberry growers in Europe. Most of our buyers are greenhouse managers in the Netherlands and Spain. We handle washing and buffering so the salt is out. The name should sound professional and export-ready.", "en", "", L, ""),
    ("My studio in Kano dubs cartoons and educational shows into Hausa, and we're starting on Yoruba and Igbo too. Broadcasters and streaming services send us the video and we deliver voice tracks and subtitles. We have six voice actors and a small booth. I want a name that sounds like sound, if that makes sense.", "en", "", L, ""),
    ("I write jingles for radio ads. Mostly local businesses in Kumasi and Accra: pharmacies, car dealers, funeral homes, churches. A good jingle is like 15 seconds that people hum for years. I record everything in my home studio. I'd love something catchy, obviously!", "en", "", L, ""),
    ("So I make river tables: a slab of walnut or camphor laurel with a resin river poured down the middle. Each one takes about three weeks. I'm in a shed in the Byron hinterland and I sell through Instagram at the moment. Want a name for a proper website before I do my first design fair.", "en", "", L, ""),
    ("We're a family in Fiji making taro chips from our own farm near Nausori. Sea salt, chilli and curry flavours, fried in coconut oil. Right now they're sold at the Suva market but a supermarket chain wants to talk. We want the name to feel Fijian and proud, not like a tourist brand.", "en", "", L, ""),
    ("My grandmother's recipe: pomegranate molasses, narsharab, boiled down in copper pots in Goychay, Azerbaijan, where the pomegranate festival is. We want to export to specialty food shops in Europe. I'm the grandson who speaks English so I'm doing the branding. Something that sounds authentic, please.", "en", "", L, ""),
    ("We remove raccoons and squirrels from attics in Toronto humanely. One-way doors, mums and babies get reunited, and then we seal up the entry points so they can't come back. No trapping and relocating. We want to sound kind but also competent, people call us in a panic at 2am.", "en", "", L, ""),
    ("I'm the coordinator of a small sea turtle nesting project on the Caribbean coast of Costa Rica, near Tortuguero. Volunteers come for two to four weeks to do night patrols and move eggs to the hatchery. We're registering as an association and need a name for it. Spanish or English both fine.", "en", "", L, ""),
    ("We're three engineers from Aarhus who built a cheap laser sensor that measures methane from dairy cows right at the feed bunk. Farmers get numbers they can show to buyers who ask about emissions. We've got pilots on ten farms. Name should be short and techy but farmers have to take it seriously too.", "en", "", L, ""),
    ("I run a cryotherapy studio in Dubai for footballers and padel players, three minutes at minus 110. We also do compression boots and red light. Most clients are athletes but lately a lot of office people come for the energy boost. I'd like a cold-sounding name that isn't 'Frost' or 'Ice' something, there are five of those already.", "en", "", L, ""),
    ("I repair rattan and wicker furniture in Manila, the old colonial chairs and peacock chairs people inherit from lolas. Re-weaving, re-gluing, sometimes rebuilding a frame. Hotels have started calling too. I'd like a name that sounds like craft, Filipino if possible.", "en", "", L, ""),
    ("I've got a shoe shine stand at Guarulhos airport in Sao Paulo, three chairs, and I'm opening a second one at Congonhas. Business travellers, pilots, lawyers. We also do quick heel repairs. I'd like a name that sounds a bit classy, like an old hotel.", "en", "", L, ""),
    ("I sell ant farms, the proper gel and sand formicaria, with a starter colony shipped legally to UK addresses. Lots of home-educating parents buy them. I also have care guides and a forum. Something fun for kids but not babyish, because adults are half my buyers.", "en", "", L, ""),
    ("We ranch sea urchins in northern Norway. We collect the empty ones from kelp forests where they've overgrazed, feed them up in tanks, and sell the roe to sushi restaurants in Oslo and Tokyo. Good for the kelp and good for the chefs. We want a clean Nordic name.", "en", "", L, ""),

    # ---------------- French ----------------
    ("Fabrication d'éventails peints à la main dans un petit atelier de Nîmes.", "fr", "", S, ""),
    ("Nous forgeons des girouettes et des épis de faîtage sur mesure pour les maisons et les églises de Normandie. Le nom doit commencer par la lettre L.", "fr", "starts with the letter L", M, ""),
    ("Réparation de machines à coudre anciennes et industrielles pour les ateliers de couture de Lyon. Un seul mot, moins de 10 lettres.", "fr", "one word, fewer than 10 letters", M, "b2b_trade"),
    ("Bonjour ! Je suis tatoueuse et je fais de la dermopigmentation réparatrice : je redessine les aréoles après une mastectomie et je camoufle les cicatrices. Je reçois sur rendez-vous dans un cabinet à Montréal, souvent sur recommandation des chirurgiens. Je voudrais un nom doux et rassurant, surtout pas « salon de tatouage ».", "fr", "", L, "not_is"),

    # ---------------- Spanish ----------------
    ("Abanicos pintados a mano en un pequeño taller de Valencia.", "es", "", S, ""),
    ("Paletas de fruta natural hechas cada mañana en Mérida, Yucatán. Queremos que el nombre suene italiano.", "es", "sounds Italian", M, ""),
    ("Cooperativa de recicladores en Montevideo que recoge cartón y vidrio de bares y comercios. Nada de «eco» ni «verde» en el nombre, por favor.", "es", "avoid the words 'eco' and 'verde' (green)", M, ""),
    ("Panadería de pan de muerto y roscas en Oaxaca; que el nombre incluya «Oaxaca».", "es", "include the place name 'Oaxaca'", S, ""),

    # ---------------- German ----------------
    ("Korbflechterei im Spreewald, Körbe aus Weide; bitte nur echte deutsche Wörter.", "de", "real German words only", S, ""),
    ("Wir reparieren und stimmen Akkordeons und Bandoneons in Leipzig. Der Name soll höchstens zwei Silben haben.", "de", "at most two syllables", M, ""),
    ("Hausmeisterservice für Wohnanlagen in Graz, rund um die Uhr erreichbar. Gerne ein Name mit einer Zahl.", "de", "number-based name", M, ""),
    ("Hallo, wir sind zwei Tierärztinnen aus Bremen und eröffnen eine mobile Praxis nur für Kaninchen und Meerschweinchen. Viele Halter trauen sich nicht, mit ihren Tieren quer durch die Stadt zu fahren, weil die Tiere dabei so gestresst sind. Wir kommen mit einem umgebauten Transporter direkt nach Hause. Der Name soll freundlich klingen, aber nicht kindisch.", "de", "", L, ""),

    # ---------------- Portuguese ----------------
    ("Fábrica de tamancos de madeira em Braga, feitos à mão.", "pt", "", S, ""),
    ("Passeios de barco para ver botos-cor-de-rosa no rio Negro, saindo de Manaus. Queremos um nome que rime.", "pt", "name should rhyme", M, ""),
    ("Envelhecemos cachaça em barris de madeiras brasileiras, como amburana e jequitibá, no interior de Minas. Só palavras reais em português, nada inventado.", "pt", "real Portuguese words only", M, ""),
    ("Olá! Tenho três barcos que fazem a travessia entre a Ilha de Moçambique e o continente, levando turistas, pescadores e mercadorias. Também fazemos passeios ao pôr do sol. Quero um nome que funcione em português e em inglês, por causa dos turistas. Nada muito comprido.", "pt", "", L, ""),

    # ---------------- Italian ----------------
    ("Bottega di zampogne e ciaramelle in Molise; nome di massimo 7 lettere.", "it", "at most 7 letters", S, ""),
    ("Scuola di sci di fondo in Val di Fiemme, pensata per adulti che non hanno mai messo gli sci. Vorremmo un nome con un'allitterazione.", "it", "alliteration", M, ""),
    ("Studio di restauro di affreschi e stucchi per chiese e palazzi in Umbria; lavoriamo su incarico delle soprintendenze.", "it", "", M, ""),
    ("Confetti artigianali e bomboniere per matrimoni, prodotti a Sulmona.", "it", "", S, ""),
]


def main():
    assert len(ROWS) == 120, len(ROWS)
    rows = list(ROWS)
    random.Random(17).shuffle(rows)
    with open("names17.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(["id", "description", "language", "constraint"])
        for i, (d, lang, c, _, _) in enumerate(rows, 1):
            w.writerow([f"t{i:03d}", d, lang, c])
    with open("meta.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(["id", "length_class", "trap_tag"])
        for i, (_, _, _, lc, t) in enumerate(rows, 1):
            w.writerow([f"t{i:03d}", lc, t])


if __name__ == "__main__":
    main()
