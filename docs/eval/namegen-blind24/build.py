#!/usr/bin/env python3
"""Build names24.csv and meta.csv: 120 hand-written evaluation descriptions (blind naming test)."""
import csv, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
S, M, L = "short", "medium", "long"
ROWS = [
# ---------- English short (35) ----------
("en", S, "at most 7 letters", "", "Hermetic grain storage bags for Malawian smallholders; at most 7 letters."),
("en", S, "starts with B", "", "Billiard table recovering for Glasgow pubs; start with B."),
("en", S, "", "", "Dartboards handmade in Nairobi from recycled sisal."),
("en", S, "", "word with a second sense", "Crash test dummy repair for automotive safety labs."),
("en", S, "", "", "Choir robe tailoring for gospel churches in Atlanta."),
("en", S, "", "word with a second sense", "Hand-turned gavels for auctioneers and judges, Vermont."),
("en", S, "one word only", "", "Breathalyser calibration for bars and pubs in Dublin; one-word name."),
("en", S, "", "", "Prize rosettes and sashes for agricultural shows in Wales."),
("en", S, "", "", "Marquee hire for Eid gatherings around Bradford."),
("en", S, "", "", "Stroller repair and deep cleaning in Copenhagen."),
("en", S, "", "", "Windscreen chip repair van serving Perth mine sites."),
("en", S, "real English words only", "", "Radiator recoring shop in Fresno; real English words only."),
("en", S, "", "", "Taxi meter calibration for cab fleets in Lima."),
("en", S, "", "", "Turnstile installation for stadiums and metro stations, Riyadh."),
("en", S, "", "", "Attar distillery in Kannauj selling rose and vetiver oils."),
("en", S, "", "", "Malian mud cloth cushions sold to interior designers."),
("en", S, "", "word with a second sense", "Cattle branding irons forged to order in Montana."),
("en", S, "", "past job in story", "Former crop duster pilot now selling farm drones in Iowa."),
("en", S, "", "", "Barn quilt painting workshops in rural Kentucky."),
("en", S, "", "", "Yacht varnishing crews at marinas in Antigua."),
("en", S, "", "", "Pump-out boat emptying houseboat tanks in Amsterdam canals."),
("en", S, "", "", "Durian delivery subscription across Penang island."),
("en", S, "at most two syllables", "", "Didgeridoo lessons online; two syllables at most, please."),
("en", S, "", "", "Teddy bear hospital restoring childhood toys in Edinburgh."),
("en", S, "", "", "Pressed wedding bouquet art framed in Melbourne."),
("en", S, "", "place that is also a word", "Igloo-building weekends for schools near Whitehorse."),
("en", S, "", "", "Church pew refinishing and cushion making in Alabama."),
("en", S, "", "", "Hurdy-gurdy maker in Brittany taking international commissions."),
("en", S, "", "", "Mosquito net retreatment drives for villages in Zambia."),
("en", S, "", "", "Gearbox rebuilding for vintage Land Rovers in Cape Town."),
("en", S, "", "", "Gelatin-free gummy manufacturing for halal brands in Jakarta."),
("en", S, "", "", "Parking meter coin collection contractor for Ohio towns."),
("en", S, "", "word with a second sense", "Retainers for orthodontic patients, 3D-printed in Seoul."),
("en", S, "avoid the word 'luck'", "", "Lottery kiosk franchise in rural Paraguay; avoid the word luck."),
("en", S, "", "", "Spindle whorl replicas for museum shops in Peru."),
]
ROWS += [
# ---------- English medium (40) ----------
("en", M, "", "", "A service in Rosario that authenticates and grades signed football shirts and match-worn boots for collectors."),
("en", M, "", "", "We scan glass plate negatives for small-town historical societies in Iowa and make the collections searchable online."),
("en", M, "", "", "Bilingual sign painters in Los Angeles who hand-letter shop windows for taquerias, laundromats and tire shops."),
("en", M, "alliterative", "", "We cut and sew racing sails for Optimist and Laser dinghies in Valencia. An alliterative name would suit us."),
("en", M, "", "", "Satellite image analysis that counts seal and walrus haul-outs for Arctic wildlife agencies."),
("en", M, "", "", "A subscription that posts you a different small-town newspaper from somewhere in the world every week."),
("en", M, "", "what we do NOT do", "We rent big LED screens and generators so villages in Bangladesh can watch cricket matches together. We don't sell TVs and we have nothing to do with betting."),
("en", M, "at most two syllables", "", "We build beehive fences that keep wild elephants off farmers' fields at the forest edge in Kerala. Please keep names to two syllables at most."),
("en", M, "", "", "Agricultural weather alerts by text for hay growers in Saskatchewan, telling them when it's safe to cut and bale."),
("en", M, "", "", "We turn worn-out salmon farm nets from southern Chile into skateboard decks and sunglasses frames."),
("en", M, "", "", "Medical interpreters who travel with Mongolian patients going to Seoul for cancer surgery."),
("en", M, "rhymes", "", "Our workshop in Marrakech makes hand-pierced brass pendant lights for boutique hotels abroad. The name must rhyme."),
("en", M, "", "", "Heavy recovery trucks for broken-down buses and lorries on the Nairobi to Mombasa highway, day and night."),
("en", M, "", "", "A consultancy helping Vietnamese craft breweries get their beer onto supermarket shelves in Japan."),
("en", M, "", "", "Nurse-run blood pressure checks inside barbershops in south Atlanta, with referrals to free clinics."),
("en", M, "starts with V", "", "We lease, clean and repair commercial ice machines for hotels, hospitals and juice bars in Dubai. Name should start with V."),
("en", M, "", "", "Women-led palm kernel oil pressing cooperatives in Cross River State, Nigeria, need a shared brand for their bottles."),
("en", M, "", "", "Spare parts broker for discontinued offset presses, pulling components from closed print works in Germany and Italy."),
("en", M, "at most 8 letters", "", "We draw the figures for inventors' patent applications to patent office standards. Name at most 8 letters."),
("en", M, "", "", "A pop-up darkroom in Berlin where film photographers rent enlargers by the hour to make their own prints."),
("en", M, "", "", "We rebuild and certify hydraulic rescue cutters and spreaders for volunteer fire brigades in rural Victoria."),
("en", M, "", "", "Menu and signage translation into Korean and Chinese for small family-run ryokan in rural Japan."),
("en", M, "", "", "Pre-purchase inspections of used tractors and balers for buyers in Ireland, with a written report and photos."),
("en", M, "", "", "We refill and pressure-test fire extinguishers for small shops and minibuses in Lima."),
("en", M, "", "", "Water hyacinth pulled from Lake Victoria and woven into chairs and baskets by fishermen's families in Homa Bay."),
("en", M, "", "", "Racquet restringing kiosks inside sports centres in Kuala Lumpur, with a locker where you drop off and collect next day."),
("en", M, "", "", "A tiny tin toy repair shop in Nuremberg that fixes clockwork motors and repaints old lithographed cars."),
("en", M, "", "", "Mattress recycling for Las Vegas hotels: we strip the springs, foam and fabric and sell each for reuse."),
("en", M, "", "", "Prosthetic legs and wheeled carts for dogs and cats, fitted in our clinic in Guadalajara."),
("en", M, "", "", "Clay-coated native seed for aerial reseeding of burned rangeland, sold to ranchers and land agencies in Nevada."),
("en", M, "avoid 'aqua' and 'pure'", "", "Mobile water purification trucks that go to flooded districts in Bangladesh after the monsoon. Please avoid 'aqua' and 'pure' in the name."),
("en", M, "", "", "Solar-powered egg incubators sold on instalments to village poultry keepers in Burkina Faso."),
("en", M, "", "", "We paint matatus for Nairobi route owners: airbrushed portraits, neon trims and loud sound systems."),
("en", M, "", "", "Paper lanterns for Mid-Autumn and Diwali, printed with company logos as corporate gifts in Singapore."),
("en", M, "must include 'Lake'", "", "Weed harvesting boats that clear milfoil for cottage associations in Ontario. The name must include the word Lake."),
("en", M, "", "", "Shogi boards and pieces carved by hand in Yamagata, sold to clubs, schools and collectors abroad."),
("en", M, "", "place that is also a word", "Lobster trap repair and rope recycling for fishermen in Deer Isle and Stonington, Maine."),
("en", M, "", "", "We lay bocce courts for retirement villages, wineries and backyard clients across Adelaide."),
("en", M, "", "", "We inspect and certify the rides at travelling funfairs across the UK and Ireland before each season."),
("en", M, "", "word with a second sense", "We handle the legal paperwork for wills and power of attorney for Punjabi-speaking families in Surrey, BC."),
]
ROWS += [
# ---------- English long (25) ----------
("en", L, "", "past job in story", "I was a commercial diver on oil platforms in the Gulf of Mexico for fourteen years, and my knees finally told me to stop. My wife's family has a citrus grove outside Valencia, Venezuela, but we live in Houston now. What I do today is restore antique diving helmets, the brass Mark V kind, for collectors and museums. I polish, re-glass the ports and make them display-ready. I do not sell diving gear or teach diving, and the helmets are not for use underwater anymore."),
("en", L, "", "what we do NOT do", "My sister and I grew up above our parents' hardware store in Dunedin. She became an accountant and I spent ten years as a ski patroller. Now we run a business that hires out and services crampons, ice axes and avalanche transceivers for mountaineering clubs and guiding schools across the South Island. Clubs post worn gear to us in a courier bag, and we send it back checked in three days. We don't sell clothing, we don't guide trips and we don't teach climbing, we only keep the gear safe."),
("en", L, "number-based", "", "I've driven a school bus in Bakersfield for nineteen years and my husband fixes air conditioners, so we know the heat. Last summer we started a business that installs shade sails and misting systems over bus stops for cities and school districts in the Central Valley. We work with two welders and a crew of four. We'd really like a number-based name, something like the temperature it gets here in July, because everyone in town talks about the number of days over a hundred."),
("en", L, "", "place that is also a word", "I'm from Normal, Illinois, and yes, people laugh. After twelve years as a hospital pharmacist I opened a compounding pharmacy just for animals: flavoured liquid medicines for cats, chewable doses for parrots, tiny capsules for ferrets and reptiles. My dad was a vet in Bloomington and I used to count pills for him as a kid. We ship to vet clinics across the state. We don't see animals ourselves and we don't sell pet food or toys."),
("en", L, "at most 9 letters", "", "My grandmother taught me to weave baskets from pine needles in Zambia, and I trained as a civil engineer in Lusaka before moving to Leeds with my family. Now I build gabion walls and river bank protection for farmers and councils in Yorkshire, using stone cages the way we did for roads back home. It's me, my brother-in-law and two labourers. The name has to fit on the side of a tipper truck, so nine letters at most, please."),
("en", L, "", "past job in story", "For eight years I was a flight attendant with Emirates, based in Dubai, and I learned how much people hate being stuck in a metal tube. Now I'm back in Manila and I run a bridal car service using restored 1960s jeepneys, decorated with fresh sampaguita flowers. My uncle does the mechanics and my cousin drives. We do weddings, debuts and christenings around Metro Manila. We don't do airport transfers or regular tours, only celebrations."),
("en", L, "", "", "My father fished for sardines in Tema for forty years and I grew up helping my mother smoke the catch over wood ovens. I studied food science in Kumasi and then worked at a brewery. Today I run a small factory making improved fish smoking ovens that use half the firewood and less smoke, sold to fish processors along the coast of Ghana and Togo. Most of our buyers are women traders. We don't sell fish ourselves."),
("en", L, "must include 'Tasman'", "", "I spent my twenties as a deckhand on crayfish boats out of Nelson and then another decade running the fuel dock at the marina. My partner is a sailmaker. These days I deliver yachts across the Tasman Sea for owners who bought a boat in Australia and want it home in New Zealand, or the other way around. I hire a skipper and crew for each trip and handle customs and insurance. We'd like the word Tasman in the name."),
("en", L, "", "word with a second sense", "Before this I taught secondary school chemistry in Glasgow for sixteen years. My son is a DJ and I'm rubbish at music, so don't read anything into our work: we install, service and calibrate the small weather stations that schools, farms, distilleries and golf courses put up across the Highlands, and we keep their readings online for them. I explain the numbers in plain words at school visits. My wife does the accounts. We don't make forecasts and we don't sell television aerials."),
("en", L, "real English words only", "", "I grew up in Alice Springs and worked as a ranger in Kakadu for eleven years. My mum is from Arrernte country, my dad is a Scottish mechanic. Now I run a business that trains and certifies cultural safety for mining companies that hire local workers in the Northern Territory. It's a mix of workshops, on-country visits and follow-up coaching for supervisors. I want the name made of real English words only, nothing invented, because it goes on government tenders."),
("en", L, "", "what we do NOT do", "My husband and I both worked in hotel kitchens in Lisbon before moving to Cape Verde, where he was born. On Sal island, tourists keep asking where the local food is. We started a small bakery making cuscus cakes, corn bread and goat cheese pastries, and we deliver breakfast baskets to guesthouses every morning before seven. Our daughter does the bookings. We don't run a restaurant, we don't cater weddings, and we don't sell to the big all-inclusive resorts."),
("en", L, "", "past job in story", "I was a submarine sonar operator in the Royal Navy, twenty-two years, and listening carefully is the only skill I have. When I left I moved to Cornwall, and now I measure underwater noise for harbour authorities and offshore builders who must show that piling and dredging will not harm dolphins and seals. We lower hydrophones from a small boat and write the reports regulators ask for. My daughter handles the data. We work across the South West of England and Wales, and we do not sell sonar or fish finders."),
("en", L, "", "", "My grandfather was a blacksmith in Oaxaca and I became an industrial designer in Monterrey, working on fridges for a big company. I quit in 2021. Now my studio makes comal griddles and cast iron cookware from recycled engine blocks, with handles carved by a carpenter in my hometown. We sell to Mexican restaurants in the United States and to home cooks online. My wife runs the shop and the photos. We don't make decorative pieces, everything is meant to be cooked on."),
("en", L, "", "place that is also a word", "I'm a retired geography teacher living in Reading, and my hobby became a business. I design and print custom relief maps of hill walking routes: you send me the GPX file of a hike you did, anywhere in Britain, and I send back a framed 3D print of the terrain with your route marked in red. My son does the printing in his garage. People buy them as gifts after weddings and big birthdays. I don't sell maps of cities."),
("en", L, "", "what we do NOT do", "My wife is a midwife and I worked in IT for a bank in Nairobi until the office moved to Johannesburg. We started a service that rents out breast pumps and baby scales to new mothers in Nairobi and Mombasa, delivered by motorbike, cleaned and sealed between families. Hospitals refer patients to us. We don't sell formula, we don't give medical advice, and we are not an online baby shop, we only do rentals and the cleaning behind them."),
("en", L, "", "", "I was born in Tbilisi and spent fifteen years as a sommelier in Paris restaurants. When my father got sick I moved back and took over his small kitchen business. We make churchkhela, the walnut sweets dipped in thickened grape juice that hang in every market here, and we now ship them vacuum-packed to Georgian shops in Berlin, Warsaw and New York. My brother runs the drying room. We don't make wine ourselves, and we don't sell other sweets or souvenirs."),
("en", L, "", "past job in story", "For twenty years I was a court interpreter in Montreal, French, English and Haitian Creole. After my mother passed, I kept her hair braiding salon open, but I changed it. It's now a salon for women going through hair loss from alopecia and lupus, with private rooms, scalp care and hair pieces braided in. My niece and two stylists work with me. We don't do weaves for fashion or colour services, and we're not a medical clinic."),
("en", L, "", "", "My dad was a tugboat captain in Hamburg and I studied marine biology in Kiel, then worked for an offshore wind developer for six years. Now I run a company that builds artificial reef modules from 3D-printed sand and place them at the foundations of offshore wind turbines in the North Sea and Baltic, so fish and cod larvae have somewhere to live. Our customers are wind farm operators who must show biodiversity gains. We don't do diving tours."),
("en", L, "", "word with a second sense", "I trained as a jockey in Newmarket but grew too tall at seventeen, so I became a saddle fitter instead. Fifteen years later I run a company that makes racing silks, the coloured jackets and caps jockeys wear for each owner, sewn to the registered colours. We supply owners and trainers across Britain, Ireland and Dubai. My mum does the embroidery and my partner runs the orders. We don't make saddles anymore and we don't sell riding clothes for the public."),
("en", L, "", "", "I'm Samoan, raised in Auckland, and I worked as a welder at the Port of Tauranga for twelve years. My uncles build fale back home in Savai'i. Together we started a small business that builds open-sided fale-style garden pavilions from steel and timber for Pacific families, churches and schools in Auckland, where people want a place for family gatherings and to-ona'i lunches after church. My cousin does the drawings and council consents. We don't build houses or decks, only the fale."),
("en", L, "", "past job in story", "I was a bank teller in Almaty for nine years, counting other people's money. My grandmother kept eagles, the way Kazakh families in the mountains do. Now I run a small guesthouse and eagle-hunting festival tours in Bayan-Ölgii, on the Mongolian side, where my mother's family lives. Guests stay with herders, ride, and watch the golden eagle competition in October. My husband cooks. We don't sell eagles, feathers or any animal products to take home."),
("en", L, "", "", "Our family has carved wood in Lamu for three generations. My brother studied engineering in Mombasa and I did accounting in Nairobi. Together we now make carved Swahili doors, with the brass studs and chain patterns of the old town, for villas, hotels and embassies in Kenya and the Gulf, and we restore old doors for owners on the island. Every door takes about three months. We don't make furniture or tourist carvings, and we don't do building work."),
("en", L, "", "what we do NOT do", "I spent twelve years as a nurse in Auckland's intensive care unit, then I burned out and moved to my partner's hometown in Fiji. Now we tap coconut flowers on his family's land in Taveuni and boil the sap into coconut sugar and syrup, sold in jars to Pacific grocers and health shops in New Zealand. His uncles climb the palms, I do the lab testing and export paperwork. We don't sell copra or coconut oil, and we don't run farm tours."),
("en", L, "", "", "Before this I was a sound engineer for a radio station in Reykjavik, and my wife is a geologist. We live near Hveragerði, where the ground is hot. We built a small greenhouse bakery that bakes rye bread in the geothermal soil, the old way, in pots buried for twenty-four hours. We sell loaves to restaurants in Reykjavik and to tourists who visit the greenhouse. Our kids help on weekends. We don't do tours of the hot springs and we don't sell souvenirs."),
("en", L, "", "", "I grew up in Penang and worked as a graphic designer for an advertising agency in Kuala Lumpur for a decade. My father's family ran a kopitiam, an old coffee shop, for fifty years. Now I restore the marble-top tables and bentwood chairs from closed coffee shops and sell or rent them to new cafés, hotels and film sets in George Town and Singapore. My uncle strips and polishes, and I handle the buyers. My mother makes the tea when clients visit. We don't make new furniture or sell coffee."),
]
ROWS += [
# ---------- French ----------
("fr", S, "", "", "Réparation de cornemuses bretonnes et de bombardes à Quimper."),
("fr", M, "starts with V", "", "Atelier de restauration de vitraux d'églises et de chapelles en Normandie, avec dépose et repose sur place. Le nom doit commencer par la lettre V."),
("fr", M, "one word only", "", "Nous dégageons la neige des toits plats des commerces et des écoles à Québec avant que la charge devienne dangereuse. Un seul mot pour le nom, s'il vous plaît."),
("fr", L, "", "past job in story", "J'ai été pompier à Marseille pendant dix-huit ans, et mon père était pêcheur à Sète. Depuis deux ans, je fabrique à la main des joutes, les grandes barques peintes utilisées pour les tournois nautiques sur les canaux de Sète et de Frontignan, et je répare les lances et les pavois des jouteurs. Ma femme s'occupe des commandes et ma fille peint les coques. Nous travaillons pour les sociétés de joutes et les mairies. Nous ne louons pas de bateaux aux touristes."),
# ---------- Spanish ----------
("es", S, "", "", "Reparación de acordeones vallenatos en Valledupar."),
("es", M, "at most 7 letters", "", "Cooperativa de pescadoras en Chiloé que ahúma choritos y los vende en frascos de vidrio. El nombre debe tener como máximo siete letras."),
("es", M, "", "", "Taller en Oaxaca que restaura retablos y santos de madera policromada para parroquias de la sierra."),
("es", L, "", "past job in story", "Trabajé doce años como guardia de seguridad en un banco de Cochabamba, y mi abuela tejía aguayos en Tarabuco. Cuando ella murió, decidí aprender. Hoy tengo un pequeño taller con seis tejedoras que hacen fundas para portátiles, mochilas y estuches con telares tradicionales, y los vendemos a tiendas de diseño en La Paz, Santiago y Madrid. Mi hermano se encarga de los envíos. No vendemos ropa ni souvenirs baratos, y no hacemos turismo."),
# ---------- German ----------
("de", S, "", "", "Wartung von Paternoster-Aufzügen in alten Bürogebäuden."),
("de", M, "starts with A", "", "Wir bauen Alphörner aus Fichtenholz und reparieren alte Instrumente für Musikvereine in der Schweiz und im Allgäu. Der Name soll mit A beginnen."),
("de", M, "at most two syllables", "", "Wir vermieten restaurierte Schäferwagen als Ferienunterkunft auf Bauernhöfen in Mecklenburg. Der Name darf höchstens zwei Silben haben."),
("de", L, "", "past job in story", "Ich habe zweiundzwanzig Jahre als Fluglotsin in Frankfurt gearbeitet, und mein Mann ist Dachdecker. Seit wir in Leipzig wohnen, bauen wir Nistkästen für Fledermäuse und Mauersegler, die direkt in die Wärmedämmung von sanierten Plattenbauten eingesetzt werden. Unsere Kunden sind Wohnungsgenossenschaften, die Naturschutzauflagen erfüllen müssen. Meine Tochter macht die Kartierung der Brutplätze. Im Winter beraten wir Architekten, wo die Kästen hingehören, damit sie nicht über Fenstern oder Balkonen hängen. Wir verkaufen keine Vogelhäuschen für Gärten und bieten keine Vogelführungen an."),
# ---------- Portuguese ----------
("pt", S, "", "", "Telhas de barro feitas à mão em Minas Gerais."),
("pt", M, "sounds Yoruba", "", "Ateliê em Olinda que constrói e restaura os bonecos gigantes levados pelas ruas no Carnaval. Queremos um nome que soe iorubá."),
("pt", M, "", "", "Criamos pirarucu em lagos manejados perto de Manaus e vendemos a carne para restaurantes e o couro para curtumes."),
("pt", L, "must include 'gelo'", "", "Cresci em Benguela, em Angola, onde o meu pai pescava carapau num barco de madeira. Trabalhei oito anos como enfermeira em Luanda. Agora tenho uma pequena fábrica de gelo em escamas que vende aos pescadores artesanais da baía logo de madrugada, para o peixe chegar fresco ao mercado. O meu irmão trata das máquinas e a minha tia das contas. Não vendemos peixe nem bebidas. Queremos que o nome inclua a palavra gelo."),
# ---------- Italian ----------
("it", S, "", "", "Restauro di carrozze a cavallo per matrimoni in Toscana."),
("it", M, "at most 6 letters", "", "Officina a Modena che restaura trattori d'epoca per collezionisti e piccole aziende agricole. Il nome deve avere al massimo sei lettere."),
("it", M, "", "word with a second sense", "Raccogliamo e vendiamo capperi di Pantelleria sotto sale, con una piccola linea di patè per i ristoranti del Nord."),
("it", L, "", "past job in story", "Ho fatto il controllore sui treni regionali in Calabria per vent'anni, e mio padre era pastore in Aspromonte. Quando è andato in pensione ho ripreso il gregge e oggi produciamo pecorino e ricotta affumicata, ma il lavoro principale è un altro: organizziamo la transumanza a piedi con i turisti due volte l'anno, quattro giorni tra i monti, dormendo nei rifugi. Mia moglie cucina. Non vendiamo carne e non facciamo agriturismo tutto l'anno."),
]

def main():
    assert len(ROWS) == 120, len(ROWS)
    rows = list(ROWS)
    random.Random(24).shuffle(rows)
    with open(os.path.join(HERE, "names24.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(["id", "description", "language", "constraint"])
        for i, (lang, lc, cons, trap, desc) in enumerate(rows, 1):
            w.writerow([f"t{i:03d}", desc, lang, cons])
    with open(os.path.join(HERE, "meta.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(["id", "length_class", "trap_tag"])
        for i, (lang, lc, cons, trap, desc) in enumerate(rows, 1):
            w.writerow([f"t{i:03d}", lc, trap])

if __name__ == "__main__":
    main()
