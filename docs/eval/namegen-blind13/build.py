#!/usr/bin/env python3
"""Build the names13 blind evaluation set: 120 fresh business descriptions.

Each row: (description, language, constraint, what_it_tests, length_class)
constraint is a plain-English paraphrase of the naming constraint stated in the text ("" if none).
"""
import csv
import random

S, M, L = "short", "medium", "long"

ROWS = [
    # ---------------- English, short (35) ----------------
    ("Lichen and algae removal from old headstones, for parish councils in North Yorkshire.",
     "en", "", "memorial conservation; council clients; 'head' must not lead to hair or beer", S),
    ("Controlled demolition of factory chimneys and cooling towers with explosives.",
     "en", "", "sounds alarming but lawful; chimney here is demolition, not sweeping", S),
    ("Lockpicking workshops for trainee locksmiths and escape-room designers.",
     "en", "", "sounds alarming but lawful; training offer, two audiences", S),
    ("Cherry picker hire in Tasmania's Huon Valley. Machines, not fruit pickers.",
     "en", "", "trap: second sense (cherry picker = aerial platform) in an orchard region, plus negation", S),
    ("Forensic accounting for family lawyers handling high-asset divorces.",
     "en", "", "trap: clients of another trade (accounting for lawyers), not a law firm", S),
    ("Ice-road trucking to the diamond mines north of Yellowknife.",
     "en", "", "logistics in the Arctic; 'diamond' is the destination, not the product", S),
    ("Beer-line cleaning for pubs across Bristol, every fortnight.",
     "en", "", "B2B hygiene service; not a brewery or a bar", S),
    ("Alcohol-free brewery in Franconia: stouts, IPAs and a smoked lager.",
     "en", "", "brewery whose point is no alcohol; regional flavour", S),
    ("Snake venom milking lab supplying antivenom makers in Queensland.",
     "en", "", "sounds alarming but lawful; biotech supply, not a reptile zoo", S),
    ("Medicinal leech farm supplying hospitals for microsurgery.",
     "en", "", "odd medical supply business; relevance without gross-out names", S),
    ("Cadaver-dog training for police and search-and-rescue teams.",
     "en", "", "sounds alarming but lawful; dog training for public services", S),
    ("Avalanche safety courses for backcountry skiers in Revelstoke. One word only.",
     "en", "single word", "constraint: single word; outdoor safety education", S),
    ("Weekly cattle and sheep auctions in Dubbo, with online bidding.",
     "en", "", "rural livestock sale yard in New South Wales", S),
    ("Wheelwright restoring wagon and carriage wheels in Lancaster County, Pennsylvania.",
     "en", "", "rare traditional craft; place name also an English city", S),
    ("Meteorite dealer selling certified fragments to collectors and museums; no x or z in the name.",
     "en", "no letters x or z", "constraint: avoid letters x and z (space words tempt 'xeno', 'zenith')", S),
    ("Archaeology contractor digging trial trenches on Kent building sites, paid by the developer.",
     "en", "", "B2B heritage consultancy; clients are builders", S),
    ("Japanese knotweed removal for homeowners who are trying to sell.",
     "en", "", "'Japanese' names a weed, not Japan; invasive plant control", S),
    ("Stunt school for film and TV performers in Budapest.",
     "en", "", "film industry training", S),
    ("Foley studio: footsteps, punches and creaking doors for indie films.",
     "en", "", "niche audio post-production", S),
    ("Steel pan maker and tuner in Port of Spain.",
     "en", "", "Caribbean instrument craft; 'pan' is not cookware", S),
    ("Racing pigeon supplies and loft equipment, shipped from Belgium.",
     "en", "", "hobby supplies; pigeon as sport bird, not pest", S),
    ("Hay steamers for horses with dust allergies, made in County Meath.",
     "en", "", "equestrian equipment manufacturing; 'steamer' is not a ship", S),
    ("Process serving and skip tracing for Texas law firms.",
     "en", "", "trap: 'skip tracing' is finding people, not skip bins; clients are law firms", S),
    ("Stoma care supplies delivered discreetly anywhere in the UK.",
     "en", "", "sensitive medical retail; tone matters", S),
    ("Radon testing for homes in Cornwall; six letters max.",
     "en", "at most 6 letters", "constraint: max length 6; environmental health testing", S),
    ("Spam musubi stand at the farmers market in Hilo.",
     "en", "", "trap: brand name (Spam, the tinned meat) that is also an email word", S),
    ("Diamond core drilling through concrete for electricians and plumbers in Dublin.",
     "en", "", "trap: 'diamond' is a drill bit, not jewellery; clients of other trades", S),
    ("Mattress and sofa steam cleaning in Hoover, Alabama.",
     "en", "", "trap: place name that is also a vacuum-cleaner brand word", S),
    ("Driving school in Accident, Maryland.",
     "en", "", "trap: place name that is an alarming word for a driving school", S),
    ("Rust consultancy porting C++ payment systems to Rust.",
     "en", "", "trap: Rust the programming language, not corrosion", S),
    ("Lentil and chickpea farm outside Moscow, Idaho.",
     "en", "", "trap: place name shared with a foreign capital", S),
    ("Bass guitar lessons in a basement studio in Tulsa, mostly for dads starting garage bands.",
     "en", "", "trap: bass the instrument, not the fish; older audience", S),
    ("Kayak tours from Cardigan harbour, West Wales.",
     "en", "", "trap: place name that is also a knitwear word", S),
    ("VW Beetle restoration and parts in Puebla.",
     "en", "", "trap: car brand/model that is also an insect", S),
    ("Allergy testing for children, with a Saturday clinic in Dundee.",
     "en", "", "paediatric health service", S),

    # ---------------- English, medium (40) ----------------
    ("We install and test fire sprinkler systems in warehouses around Johannesburg. Yearly inspections are half our work.",
     "en", "", "fire safety B2B; not firefighting or gardening sprinklers", M),
    ("Donor breast-milk bank in Melbourne that screens, pasteurises and delivers milk to neonatal units.",
     "en", "", "health charity supplying hospitals; 'bank' is not finance", M),
    ("E-waste recycling in Accra: we dismantle old laptops and phones safely and sell the copper and circuit boards to licensed refiners.",
     "en", "", "recycling/manufacturing in West Africa", M),
    ("Borehole drilling and hand-pump repair for villages around Kaolack, Senegal, mostly paid for by relatives working abroad.",
     "en", "", "water access; diaspora payers", M),
    ("Cable car and chairlift maintenance for small ski resorts in the Julian Alps. We don't fix cars.",
     "en", "", "trap: 'car' in cable car, plus negation", M),
    ("Debate coaching for secondary school students in Lagos, getting teams ready for national and world championships.",
     "en", "", "education; competitive speaking", M),
    ("Dyslexia assessments and specialist tutoring for children in Wellington, at our office or at their school.",
     "en", "", "special-needs education", M),
    ("Defibrillators for amateur football clubs: we install them, keep the pads in date and train the volunteers.",
     "en", "", "health equipment for sports clubs", M),
    ("Plot-mapping software for cemeteries, so councils can find every grave and sell the remaining plots.",
     "en", "", "trap: 'plot' is a grave plot, not a story or chart; public-sector software", M),
    ("Hurricane shutter installation in Humble, Texas, for homes and small shops before storm season.",
     "en", "", "trap: place name that is an ordinary adjective", M),
    ("Theatre rigging and stage-flying systems for venues across Osaka. We'd like the name to sound Japanese.",
     "en", "sound Japanese", "constraint: sound like a given language; stage engineering", M),
    ("Brick-built model kits of famous Copenhagen buildings, compatible with LEGO. We can't use 'LEGO' in the name for trademark reasons.",
     "en", "avoid the word 'LEGO'", "trap: brand named; constraint: avoid a given word", M),
    ("Humanist funeral celebrant in Hamilton, New Zealand, for families who want a ceremony without religion. A Latin root would suit us.",
     "en", "use a Latin root", "constraint: Latin roots; negation (without religion)", M),
    ("Hydrographic surveys of harbours and river channels for port authorities along the Gulf of Guinea.",
     "en", "", "marine surveying B2B/public clients", M),
    ("Night-time noise sensors for city councils: boxes on lamp posts that flag loud bars and building work after hours.",
     "en", "", "public-service IoT; not a bar or nightlife brand", M),
    ("Birch sap and birch syrup tapped in the forests near Fairbanks, Alaska, sold in small glass bottles.",
     "en", "", "forest food product, not maple", M),
    ("We breed crickets, mealworms and dubia roaches as live food for reptile and frog keepers. Sounds grim, but it's a tidy licensed unit.",
     "en", "", "sounds alarming but lawful; cricket is the insect", M),
    ("Rat-proofing and cockroach control for hawker stalls and food courts in Singapore, in unmarked vans.",
     "en", "", "pest control for food vendors; discretion", M),
    ("Community land trust in Vermont that buys farmland and leases it to young farmers at fair rents for good.",
     "en", "", "charity/finance for agriculture", M),
    ("Industrial laundry in Lyon washing sheets and gowns for three hospitals; we're bidding for more contracts.",
     "en", "", "B2B services; English text set in France", M),
    ("Crash and theft cover for motorbike-taxi riders in Kisumu, paid weekly by mobile money.",
     "en", "", "microinsurance; fintech for riders", M),
    ("Court and tribunal interpreting in Amharic, Tigrinya and Oromo for clients across Minneapolis.",
     "en", "", "language services for legal settings", M),
    ("Custom-painted artificial eyes for people who have lost an eye, made and fitted in our lab in Wiesbaden.",
     "en", "", "ocular prosthetics; sensitive health craft", M),
    ("Temple-garden pine pruning in Kyoto, by a two-person team trained under an old master.",
     "en", "", "garden craft; Japanese setting", M),
    ("Ground-penetrating radar surveys to find buried pipes and cables before road works in Kuala Lumpur.",
     "en", "", "utility-locating B2B; not aviation radar", M),
    ("We install and maintain public drinking fountains for city councils in Spain, so people can refill bottles in summer heat.",
     "en", "", "public services; water, not fountain pens or decorative fountains", M),
    ("Repair and servicing of Weber and Traeger barbecues around Adelaide. A name that rhymes would be fun.",
     "en", "rhyming name", "constraint: rhyme; brand names mentioned", M),
    ("Translating wine labels and tech sheets for small Georgian wineries exporting to Japan and Korea.",
     "en", "", "trap: Georgian = the country Georgia, not the US state or architecture", M),
    ("Like a dating app, but not for people: it matches rescue dogs in Manila with foster families.",
     "en", "", "trap: negation ('not for people'); animal welfare app", M),
    ("Prescription delivery by drone to the islands of the Outer Hebrides, run with the local health board.",
     "en", "", "public health logistics", M),
    ("Ergonomics coaching for hairdressers with bad backs and wrists; we visit salons and fix chair heights and cutting posture.",
     "en", "", "trap: clients of another trade (health service for hairdressers), not a salon", M),
    ("Hand-painted number tiles for house fronts, fired in our kiln in Delft. We'd love a number-based name.",
     "en", "number-based name", "constraint: number-based naming that means something", M),
    ("A phone app that lets pharmacists in Kano scan a medicine box and check it isn't counterfeit before they stock it.",
     "en", "", "health tech for pharmacies; anti-counterfeit", M),
    ("Rainwater harvesting systems for apartment blocks in Bengaluru. We'd like the name to end in an 'o' sound.",
     "en", "ends with an 'o' sound", "constraint: ends with a given sound", M),
    ("HVAC apprenticeships for people coming out of prison in Baltimore; graduates go to local contractors.",
     "en", "", "social enterprise/training; sounds sensitive", M),
    ("Carbon-fibre bike frame repair by post from anywhere in Europe. Names starting with K, please.",
     "en", "starts with K", "constraint: starts with a given letter", M),
    ("Pistachio exporter in Batman, Turkey, shipping to nut roasters in Germany.",
     "en", "", "trap: place name that is a famous character/brand", M),
    ("Lebanon bologna smokehouse in Lebanon, Pennsylvania, selling rings and sliced packs by mail.",
     "en", "", "trap: two place words (Lebanon, bologna) used as food terms", M),
    ("Vintage guitar repair and setups in Athens, Georgia, mostly for touring bands.",
     "en", "", "trap: place name doubled with foreign city and country", M),
    ("Sage accounting setup and training for small farms in Wales.",
     "en", "", "trap: brand (Sage software) that is also a herb", M),

    # ---------------- English, long (25) ----------------
    ("Hi! we're two sisters who restore 1970s caravans and rent them out as glamping pods at music festivals around Ireland. "
     "We strip them back, fix the damp, paint them in bright retro colours and tow them to the site ourselves. "
     "Next summer we'll have eight. We want a name that feels fun and a bit nostalgic, not posh.",
     "en", "", "chatty; tourism/hospitality; tone request", L),
    ("So my husband and I have run the hardware shop in Kalgoorlie for forty years. "
     "Lately most orders come from mine camps out in the desert, so we're starting a separate delivery business: boots, PPE, tools and generators, trucked out twice a week. "
     "We'd like an alliterative name.",
     "en", "alliterative name", "constraint: alliteration; remote B2B delivery", L),
    ("I spent fifteen years as a ship's engineer in the North Atlantic, then retrained as a paramedic. "
     "My partner grew up in a fishing family in Lunenburg. "
     "We kept seeing the same injuries on small boats: burns, crushed fingers, hypothermia. "
     "So what we sell is first-aid kits built for inshore fishing boats, waterproof, with cold-water treatment cards inside.",
     "en", "", "trap: real offer stated only at the end", L),
    ("Muraho! We are a women's cooperative of about sixty weavers near Huye, in southern Rwanda. "
     "We weave agaseke, the traditional lidded baskets, from sisal and sweetgrass, and a Dutch interior shop now orders every season. "
     "We need a name for our export website that works in English and is easy for Kinyarwanda speakers to say.",
     "en", "", "crafts cooperative; export; bilingual ease", L),
    ("Hey, we're three former hospital pharmacists in Leeds. "
     "We're building a tool that checks discharge prescriptions for dangerous drug interactions before the patient goes home, and it plugs into the ward's existing system. "
     "Our customers would be NHS trusts. We want something calm and clinical, not a cute startup name.",
     "en", "", "health software B2B; tone (not cute)", L),
    ("I'm a bladesmith in the Scottish Borders. "
     "I forge chef's knives from old files and leaf springs, so every blade keeps a bit of its past life, and I sell to restaurants and as wedding gifts. "
     "The name must include the word 'forge'.",
     "en", "must include 'forge'", "constraint: must include a given word", L),
    ("Our food truck in San Antonio is half Filipino, half Tex-Mex: adobo tacos, lumpia con queso, ube horchata. "
     "Mi lola's recipes y my tita's salsas. "
     "We want a name that mixes Tagalog and Spanish, something la gente can say easily at the window.",
     "en", "", "trap: mixed languages (English, Spanish, Tagalog) in one description", L),
    ("hello, I restore 1970s mopeds (Puch Maxi, Tomos, Solex) in a garage in Ljubljana and sell them to collectors across Europe. "
     "I also make reproduction decals and seat covers. "
     "Most of my buyers are men in their fifties who rode one as teenagers.",
     "en", "", "trap: brand names mentioned (Puch, Tomos, Solex); niche restoration", L),
    ("G'day, I mine and cut opal in Lightning Ridge, mostly black opal, and I've been doing it for twenty-odd years. "
     "I sell loose stones to jewellers in Hong Kong and the States, and now I want a site where people can buy directly, with videos of each stone turning in the light.",
     "en", "", "chatty; gemstones; online retail", L),
    ("Okay this might sound alarming, but we get paid to set fire to fields. "
     "We're a licensed prescribed-burning crew working with ranchers in the Flint Hills of Kansas, burning off old grass each spring so the prairie stays healthy. "
     "We need a name for our new website.",
     "en", "", "sounds alarming but lawful; land management", L),
    ("I'm a retired maths teacher in Limerick and I've started making wooden logic puzzles: sliding blocks, interlocking burrs, little tangram sets. "
     "Each one is cut and oiled by hand in my shed. "
     "I sell at craft fairs and want to open an online shop before Christmas.",
     "en", "", "chatty; crafts/toys", L),
    ("We're a father and son from West Cork who rebuild collapsed dry-stone field walls and the old stone-faced earth banks you see along the lanes. "
     "Farmers and the county council are our main customers. "
     "We'd like two words joined into one, something sturdy.",
     "en", "two words joined into one", "constraint: compound of two joined words", L),
    ("Please no medical-sounding names, we are NOT a clinic. "
     "We make adaptive clothing: magnetic buttons, side-opening trousers, shirts that go on over a cast or a drip line. "
     "It's for wheelchair users and people recovering from strokes, and we sell online from Leicester.",
     "en", "", "trap: negation ('not a clinic'); fashion for disabled people", L),
    ("My grandfather was a Sicilian fisherman, my mother ran a laundromat in Boston and I spent ten years in hotel management. "
     "Everyone told me to open a restaurant. "
     "Instead I'm opening an alterations service for hotel staff uniforms: we collect, fix and return them within a day.",
     "en", "", "trap: real offer stated only at the end; B2B tailoring", L),
    ("¡Hola! I'm a marine biologist in La Paz, Baja California Sur, and I run small-group snorkel trips to swim with whale sharks. "
     "Maximum eight guests, strict no-touch rules, and part of every ticket pays for our tagging research. "
     "I want a name that feels respectful, not like a party boat.",
     "en", "", "eco-tourism; tone; Spanish greeting", L),
    ("Our village on the IJssel has a little pedestrian and bike ferry, a pontje, that's been running since the 1920s. "
     "A group of us volunteers took it over when the council wanted to close it. "
     "We need a name for the foundation and a website where people can donate and check the crossing times.",
     "en", "", "community charity; transport; Dutch word in English text", L),
    ("Hi, I'm a vet in Portland and I'm starting a house-call practice only for backyard chickens, ducks and the odd goose. "
     "Most vets won't see poultry, so owners have nowhere to go. "
     "I want something friendly that tells people straight away it's for birds.",
     "en", "", "chatty; niche veterinary", L),
    ("Hi, I coordinate a volunteer snow-shovelling programme in Sudbury, Ontario. "
     "Teenagers and retirees sign up to clear driveways and steps for older or disabled neighbours after every big storm, and the city lends us shovels and salt. "
     "We're becoming a registered charity and need a real name instead of 'the shovel list'.",
     "en", "", "chatty; civic volunteer charity; public services", L),
    ("Hello, my brother and I repair wheelchairs and mobility scooters at people's homes around Durban. "
     "We carry tyres, batteries and brake parts in the bakkie, so most jobs are done in one visit. "
     "We'd like a name that older customers can remember and say on the phone.",
     "en", "", "home repair for disabled and elderly users; South African English", L),
    ("We're a small charity in Sheffield that lends suits, shoes and workwear to people going to job interviews. "
     "Donations come from local shops and offices, and volunteers help with fitting and ironing. "
     "After someone gets the job, they keep the outfit.",
     "en", "", "charity; clothing; employment", L),
    ("Our family firm in Pune has built weighbridges for trucks since 1978. "
     "We're now launching a cloud service that records every weighing, sends slips by SMS, and flags overloaded trucks before they leave the yard. "
     "The name should work for both the hardware and the software.",
     "en", "", "manufacturing plus SaaS; Indian B2B", L),
    ("We move pilgrims' luggage along the Via Francigena between Lucca and Siena, so walkers only carry a day pack. "
     "We also book simple rooms in convents and farmhouses along the route. "
     "Most of our walkers are over fifty and come from the UK, the US and Germany.",
     "en", "", "tourism service; 'pilgrim' is not religious retail", L),
    ("Our workshop in Kumasi melts scrap car parts and old window frames and casts them into aluminium cooking pots. "
     "We sell to market women and to restaurants, and lately to a shop in London. "
     "We want a name that sounds strong and proud of being recycled.",
     "en", "", "manufacturing from recycled metal; West Africa", L),
    ("I'm a community credit union organiser in Lima. "
     "Street vendors there borrow from loan sharks at crazy rates, so we run a small savings-and-loan club where they put in a few soles a day and can borrow against it. "
     "Everything is done in person at the markets, no app.",
     "en", "", "finance for street vendors; negation (no app)", L),
    ("I worked twenty years as a ship's cook, then in a hospital kitchen, and my wife is a speech therapist. "
     "People guess we're opening a restaurant. "
     "What we actually make is ready meals for people who have trouble swallowing: pureed and softened food that is shaped to look like real food again.",
     "en", "", "trap: real offer stated only at the end; health food product", L),

    # ---------------- French (4) ----------------
    ("Élagage et abattage d'arbres dangereux dans le Finistère ; un seul mot, sans tiret.",
     "fr", "single word, no hyphen", "French; constraint: single word; tree surgery", S),
    ("Start-up à Montréal qui livre du « meal prep » aux infirmières de nuit dans les hôpitaux. On aimerait un nom qui commence par la lettre N.",
     "fr", "starts with N", "trap: mixed languages (English term in French); clients = night nurses; constraint: starts with letter", M),
    ("Cabinet comptable pour les moniteurs de ski et les guides de haute montagne en Savoie : déclarations saisonnières, TVA et retraite.",
     "fr", "", "trap: clients of another trade (accounting for ski instructors and guides), not a ski school", M),
    ("Bonjour ! Nous sommes deux frères à Dakar et nous fabriquons des meubles à partir de vieilles pirogues de pêche : tables, bancs, étagères. "
     "Chaque pièce garde la peinture d'origine du bateau. "
     "Nous vendons aux hôtels et aux restaurants de la Petite-Côte. "
     "On voudrait un nom qui sonne wolof, pas français.",
     "fr", "sound Wolof, not French", "French long chatty; constraint: sound like a given language; upcycled furniture", L),

    # ---------------- Spanish (4) ----------------
    ("Grúas de arrastre las 24 horas en la carretera Monterrey–Saltillo; máximo ocho letras.",
     "es", "at most 8 letters", "trap: grúa = tow truck here, not a construction crane; constraint: max length", S),
    ("Fabricamos y reparamos marimbas de tecomate en Quetzaltenango, y los sábados damos clases a niños.",
     "es", "", "Spanish; instrument craft in Guatemala", M),
    ("Escuela de buceo en Cozumel para personas con discapacidad, con instructores certificados en buceo adaptado. El nombre no debe llevar ñ ni acentos, por los correos.",
     "es", "no ñ and no accents", "Spanish; constraint: avoid certain letters; adaptive diving", M),
    ("Hola, somos una familia de Tlaxcala que siembra maíz criollo de colores: azul, rojo y pinto. "
     "Con él hacemos tortillas, totopos y tostadas sin conservadores, y los vendemos a restaurantes de Puebla y de la Ciudad de México. "
     "Queremos abrir una tienda en línea. "
     "El nombre debe incluir la palabra «milpa».",
     "es", "must include 'milpa'", "Spanish long; constraint: must include a given word; heritage corn products", L),

    # ---------------- German (4) ----------------
    ("Klauenpflege für Milchkühe im Allgäu, mit eigenem Klauenstand auf dem Anhänger.",
     "de", "", "German; hoof care for dairy cows (farm service)", S),
    ("Umzugsfirma in Graz für Arztpraxen und Labore: wir transportieren Röntgengeräte, Zentrifugen und Probenkühlschränke. Der Name sollte höchstens zwei Silben haben.",
     "de", "at most two syllables", "German; constraint: max syllables; specialist removals", M),
    ("Steuerberatung für Hebammen und Physiotherapeuten in Hamburg. Bitte ohne das Wort „Steuer“ im Namen.",
     "de", "avoid the word 'Steuer'", "trap: clients of another trade; constraint: avoid a given word", M),
    ("Hallo! Wir sind ein kleiner Betrieb in der Uckermark und restaurieren alte Traktoren, vor allem Lanz Bulldog, Fendt Dieselross und Eicher aus den Fünfzigern. "
     "Viele Ersatzteile fertigen wir selbst nach. "
     "Die fertigen Schlepper vermieten wir auch für Hochzeiten und Oldtimerfeste. "
     "Wir suchen einen Namen, der bodenständig klingt.",
     "de", "", "trap: brand names mentioned (Lanz Bulldog is a tractor, not a dog); German long", L),

    # ---------------- Portuguese (4) ----------------
    ("Conserto de redes de pesca no porto de Peniche.",
     "pt", "", "Portuguese; 'redes' are fishing nets, not computer networks", S),
    ("Doces de caju e rapadura feitos no sertão do Ceará, vendidos para empórios em São Paulo. Queremos um nome que rime.",
     "pt", "rhyming name", "Portuguese; constraint: rhyme; regional sweets", M),
    ("Escola de pilotagem de drones para agricultores do Mato Grosso, com aulas práticas na própria fazenda.",
     "pt", "", "Portuguese; drone pilot training for farmers", M),
    ("Oi! Sou costureira em Salvador e faço abadás e fantasias de Carnaval sob medida para blocos e afoxés. "
     "No resto do ano faço figurinos para grupos de teatro e escolas de dança. "
     "Trabalho com mais duas costureiras no meu ateliê no Rio Vermelho. "
     "O nome deve terminar com a letra 'a'.",
     "pt", "ends with the letter 'a'", "Portuguese long chatty; constraint: ends with a letter; costume making", L),

    # ---------------- Italian (4) ----------------
    ("Restauro e accordatura di fisarmoniche a Castelfidardo.",
     "it", "", "Italian; instrument craft in its home town", S),
    ("Noleggio di gru e piattaforme aeree a Bergamo per cantieri e traslochi. Ci piacerebbe un nome con un numero.",
     "it", "number-based name", "Italian; 'gru' is the machine, not the bird; constraint: number-based", M),
    ("Allevamento di asine da latte in Molise: vendiamo latte d'asina fresco e saponi. Vorremmo un nome con un'allitterazione.",
     "it", "alliterative name", "Italian; constraint: alliteration; farm products", M),
    ("Ciao! Siamo due ingegneri di Torino e abbiamo creato un software che organizza i turni e le ferie nelle farmacie di paese. "
     "Il titolare inserisce le regole una volta e il calendario si compila da solo, rispettando i turni di guardia notturna. "
     "Cerchiamo un nome semplice, che un farmacista di sessant'anni non trovi ridicolo.",
     "it", "", "Italian long; B2B SaaS for pharmacies; tone request", L),
]


def main():
    assert len(ROWS) == 120, len(ROWS)
    rows = list(ROWS)
    random.Random(20261207).shuffle(rows)
    with open("names13.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "description", "language", "constraint"])
        for i, (desc, lang, cons, _tests, _len) in enumerate(rows, 1):
            w.writerow([f"r{i:03d}", desc, lang, cons])
    with open("NOTES.md", "w", encoding="utf-8") as f:
        f.write("# names13 notes (one line per row, shuffled order)\n\n")
        for i, (desc, lang, cons, tests, length) in enumerate(rows, 1):
            f.write(f"- r{i:03d}: {lang}, {length}, constraint: {cons or 'none'}; tests: {tests}\n")
    print(f"wrote {len(rows)} rows")


if __name__ == "__main__":
    main()
