#!/usr/bin/env python3
"""Build names10.csv and NOTES.md: 120 fresh business descriptions for blind naming evaluation.

Each row: (description, language, constraint, what-it-tests, length class).
Length classes: short (< 12 words), medium (one or two sentences), long (3-6 chatty sentences).
Rows are shuffled with a fixed seed before ids are assigned, so sections do not cluster.
"""
import csv
import random
import re

ROWS = [
    # ---------------- English, short ----------------
    ("Mole catcher covering farms and gardens around Shrewsbury.", "en", "",
     "trap: 'mole' is the garden animal, not skin/dermatology", "short"),
    ("Organic rice mill in Battambang, Cambodia.", "en", "", "ordinary", "short"),
    ("Wafer cleaning chemicals for semiconductor fabs in Hsinchu.", "en", "",
     "trap: 'wafer' is silicon, not a biscuit", "short"),
    ("Batik workshop in Yogyakarta selling scarves online.", "en", "", "ordinary", "short"),
    ("Ergonomic mice and split keyboards for programmers.", "en", "",
     "trap: 'mice' are computer devices, not rodents/pest control", "short"),
    ("Dog daycare in Te Aro, Wellington.", "en", "", "ordinary", "short"),
    ("Car wash and valeting in Tema, Ghana.", "en", "", "ordinary", "short"),
    ("Bicycle shop in Cheddar, Somerset. We don't sell cheese!", "en", "",
     "trap: town name is a food word + negation", "short"),
    ("Roller disco rink in Adelaide with adults-only nights.", "en", "", "ordinary", "short"),
    ("Stonemasonry and gravestone lettering in Aberystwyth.", "en", "", "ordinary", "short"),
    ("Jackfruit chips snack brand made in Kerala.", "en", "", "ordinary", "short"),
    ("Boat grocery deliveries to the floating villages of Tonlé Sap.", "en", "", "ordinary", "short"),
    ("Women's seaweed farming cooperative on Zanzibar's east coast.", "en", "", "ordinary", "short"),
    ("Lace-making supplies shop in Bruges; one word, 7 letters max.", "en",
     "one word, at most 7 letters", "constraint: one word + length limit", "short"),
    ("Water well drilling in rural Corrèze, name under 8 letters.", "en",
     "fewer than 8 letters", "constraint: length limit", "short"),
    ("Lift servicing for hillside funiculars in Valparaíso.", "en", "", "ordinary", "short"),
    ("Drone mapping for open-pit mines in the Pilbara.", "en", "", "ordinary", "short"),
    ("Fridge and freezer repair for corner shops in Karachi.", "en", "", "ordinary", "short"),
    ("We find bugs in mobile apps before release, from Cluj.", "en", "",
     "trap: 'bugs' are software defects (QA testing), not insects/pest control", "short"),
    ("Sugarcane juice stalls across Lahore.", "en", "", "ordinary", "short"),
    ("Asbestos surveys for schools and councils in Scotland.", "en", "", "ordinary", "short"),
    ("Medical oxygen cylinder refills for clinics in Johannesburg.", "en", "", "ordinary", "short"),
    ("Chartered accountants in Crook, County Durham.", "en", "",
     "trap: town name is an ordinary (negative) word (Crook)", "short"),
    ("Rooftop solar panel cleaning for factories in Gujarat.", "en", "", "ordinary", "short"),
    ("Campervan park with natural hot pools near Taupō.", "en", "", "ordinary", "short"),
    ("Orthotic insoles for nurses, ordered online.", "en", "", "ordinary", "short"),
    ("Antarctic expedition provisioning out of Ushuaia.", "en", "", "ordinary (Antarctica / South America)", "short"),
    ("Swallowing therapy for stroke survivors in Leeds.", "en", "",
     "trap: 'swallowing' is dysphagia therapy, not the bird", "short"),
    ("Starter cultures for artisan cheesemakers, shipped across Europe.", "en", "",
     "trap: 'cultures' are bacteria, not arts/culture", "short"),
    ("We recruit non-executive directors for charity boards.", "en", "",
     "trap: 'boards' means governance, not timber or board games", "short"),
    ("Cinema projector servicing in Buenos Aires, two syllables max.", "en",
     "at most two syllables", "constraint: syllable limit", "short"),
    ("Gutter cleaning in Christchurch, ideally an alliterative two-word name.", "en",
     "two words, alliterative", "constraint: two words + alliteration", "short"),
    ("Online Amharic lessons for kids of the Ethiopian diaspora.", "en", "", "ordinary", "short"),
    ("Bell foundry recasting church bells across Poland.", "en", "", "ordinary", "short"),

    # ---------------- English, medium ----------------
    ("We're not a travel agency. We write visa applications and study plans for Nigerian "
     "students heading to Canadian colleges.", "en", "",
     "trap: negation (not a travel agency)", "medium"),
    ("Horse dentistry: I drive around the Waikato rasping teeth for racehorses, ponies and donkeys.",
     "en", "", "trap: a dentist whose patients are horses (not a dental practice)", "medium"),
    ("Payroll and tax returns for commercial fishermen and deckhands in Newfoundland; we're "
     "accountants, we don't fish.", "en", "",
     "trap: clients belong to another trade (fishing) + negation", "medium"),
    ("Chile farm in Hatch, New Mexico, selling fire-roasted green chiles by the sack every August.",
     "en", "", "trap: town name is an ordinary word (Hatch, not eggs/poultry)", "medium"),
    ("Ski wax and edge tuning workshop in Bansko, Bulgaria, open December to April.", "en", "",
     "ordinary", "medium"),
    ("Electric outboard motor rentals for cottage owners on the Muskoka lakes, by the week.",
     "en", "", "ordinary", "medium"),
    ("Recruitment agency placing sommeliers and wine waiters in restaurants across Hong Kong "
     "and Singapore.", "en", "",
     "trap: recruiter whose candidates are wine staff (not a wine business)", "medium"),
    ("Scheduling app for window cleaners: round planning, reminders and card payments on the doorstep.",
     "en", "", "ordinary (software for a trade)", "medium"),
    ("Community fridge network in Hamilton, Ontario, where anyone can leave or take food, "
     "no questions asked.", "en", "", "ordinary", "medium"),
    ("Flat-pack furniture assembly in Oslo with same-week bookings, mostly IKEA. Please keep "
     "IKEA out of the name.", "en", "do not use the word 'IKEA'",
     "trap: brand name in text + constraint: avoid a given word", "medium"),
    ("We refurbish and resell Thermomix machines in Spain, each with a one-year warranty.",
     "en", "", "trap: brand name in text (must not be copied into names)", "medium"),
    ("App for matatu passengers in Nairobi showing routes, fares and which stage to get off at.",
     "en", "", "ordinary ('stage' = matatu stop)", "medium"),
    ("Walnut oil pressed by a family farm near Arslanbob, Kyrgyzstan, and sold to health "
     "shops in Almaty.", "en", "", "ordinary", "medium"),
    ("Hydraulic hose repair van for excavators and loaders on building sites around Brisbane.",
     "en", "", "ordinary", "medium"),
    ("Mobile grain moisture testing for maize traders and co-ops around Lusaka.", "en", "",
     "ordinary", "medium"),
    ("Resin replicas of dinosaur fossils for schools and museums, cast in a workshop in "
     "Neuquén, Argentina.", "en", "", "ordinary", "medium"),
    ("Tapa cloth studio in Nuku'alofa, Tonga, selling hand-painted bark cloth wall hangings online.",
     "en", "", "ordinary", "medium"),
    ("Home energy audits for draughty Victorian terraces in Melbourne, with thermal imaging "
     "and a written report.", "en", "", "ordinary", "medium"),
    ("We dive for lost golf balls in course lakes around Orlando, then clean, grade and resell them.",
     "en", "", "unusual niche ('dive' is not a scuba school)", "medium"),
    ("App that lets market vendors in Lima take card payments with a cheap phone, no terminal needed.",
     "en", "", "ordinary", "medium"),
    ("Secondhand school buses imported from the US and repainted as chicken buses in "
     "Guatemala City.", "en", "", "ordinary", "medium"),
    ("Organic fertiliser pellets made from brewery spent grain, sold to flower growers "
     "around Bogotá.", "en", "", "ordinary", "medium"),
    ("Touring logistics for orchestras: we truck instruments, costumes and staging between "
     "concert halls across Europe. We're drivers and planners, not musicians.", "en", "",
     "trap: clients are orchestras (logistics, not music) + negation", "medium"),
    ("Field hockey sticks made from mulberry wood in Jalandhar, exported to clubs in Europe.",
     "en", "", "ordinary", "medium"),
    ("Crossword and puzzle setting for newspapers and magazines, by a two-person studio in Dublin.",
     "en", "", "ordinary", "medium"),
    ("Dive shop in Marathon, Florida Keys, running wreck dives and reef trips.", "en", "",
     "trap: town name is an ordinary word (Marathon, not running)", "medium"),
    ("Grab rails, ramps and stairlifts fitted in the homes of elderly people across Auckland, "
     "usually within a week.", "en", "", "ordinary", "medium"),
    ("Graduation gown rental and photo booths at university graduation ceremonies across Metro Manila.", "en", "",
     "ordinary", "medium"),
    ("Tilapia raised in floating cages on Lake Victoria and sold to hotels in Kisumu.", "en", "",
     "ordinary", "medium"),
    ("Mohair from Angora goats raised in the Karoo, spun and sold to hand knitters worldwide.",
     "en", "", "ordinary", "medium"),
    ("House-call doctors for tourists in Bali, English-speaking and arriving by scooter "
     "within the hour.", "en", "", "ordinary", "medium"),
    ("Tax filing for Uber and Bolt drivers in Nairobi, done over the phone in Swahili or English.",
     "en", "", "trap: brand names + clients are drivers (tax service, not transport)", "medium"),
    ("Flood barriers and sandbag delivery for households in Jakarta during the rainy season.",
     "en", "", "ordinary", "medium"),
    ("Piñatas made by hand in Monterrey and shipped to party stores across Texas.", "en", "",
     "ordinary", "medium"),
    ("Silent disco headphone hire for weddings, festivals and school proms in and around Cardiff.", "en", "",
     "ordinary", "medium"),
    ("Saffron grown hydroponically inside shipping containers outside Dubai; we'd like a name "
     "that sounds Persian.", "en", "should sound Persian",
     "constraint: sound like a given language", "medium"),
    ("Shaved ice truck touring the beaches of Cebu. We'd love a name that rhymes.", "en",
     "must rhyme", "constraint: rhyme", "medium"),
    ("Sprint triathlon races for first-timers in Cape Town. A number-based name would be great "
     "if the number means something, like a distance.", "en",
     "number-based name, the number should mean something", "constraint: number-based", "medium"),
    ("Rye crispbread bakery in Duluth, Minnesota, using my Swedish grandmother's recipes; "
     "the name should sound Swedish.", "en", "should sound Swedish",
     "constraint: sound like a given language", "medium"),
    ("Support network for grandparents raising their grandchildren in Ohio. Please include "
     "the word 'kin'.", "en", "must include the word 'kin'",
     "constraint: include a given word", "medium"),
    ("We're not carpenters: we build server cabinets and cable racks for data centres "
     "around Frankfurt.", "en", "",
     "trap: 'cabinets' are server racks (not furniture) + negation", "medium"),

    # ---------------- English, long ----------------
    ("hi, so me and my brother just took over our dad's auto electrical shop in Kumasi after "
     "30 yrs. we do batteries, alternators, starters and car alarms, mostly for taxis and "
     "trotros. we want a name that sounds modern but that the old customers still trust, "
     "dad's sign just said 'Kofi Auto Electric' lol.", "en", "", "ordinary (chatty, typos)", "long"),
    ("Hello there! I teach ballroom and Latin dancing to couples who are getting married, so "
     "their first dance doesn't look like a hug with swaying. I'm based in Durban and do "
     "lessons at my studio or at the venue a week before. Any ideas welcome, thank you!",
     "en", "", "ordinary (chatty)", "long"),
    ("We've been going since 1987. It started in a garage in Winnipeg, three generations of the "
     "family work here now and honestly we're just proud to still be open. What we actually "
     "do: sharpen, rivet and repair ice skates for hockey teams and figure skaters.", "en", "",
     "trap: the important words (ice skates) come last", "long"),
    ("Please, no bakery-sounding names! We're not bakers, we build the ovens: wood-fired deck "
     "ovens for pizzerias and artisan bakeries, welded and lined with refractory brick in our "
     "shop outside Verona. We ship across Europe and the Middle East.", "en", "",
     "trap: negation + clients are bakers/pizzerias (we manufacture ovens)", "long"),
    ("My husband and I grow pistachios on Aegina, the island everyone in Athens knows for "
     "them. We roast and salt them ourselves and sell vacuum packs to delis in Germany. "
     "We'd like the name to end in -a, it feels more Greek to us.", "en", "must end in -a",
     "constraint: ending sound", "long"),
    ("Good morning, I hope this is the right place to ask. I'm a retired nurse in Ottawa and I "
     "want to start helping elderly people who come home from hospital. Not nursing exactly, "
     "more like setting up the house, picking up prescriptions, sitting with them the first "
     "few nights. Something warm but not cheesy pls.", "en", "", "ordinary (care, chatty)", "long"),
    ("For families who have just lost a parent and are staring at a full house, three floors of "
     "memories and a deadline from the landlord, we take it all off your hands. We sort, donate, "
     "sell and recycle, and hand back the keys broom-clean. In short: we're a house clearance "
     "firm in Bristol.", "en", "",
     "trap: the actual business (house clearance) is named only at the end", "long"),
    ("Mostly weekends, usually in supermarket car parks around Perth, sometimes at surf "
     "carnivals, basically anywhere with room to park. We bring a van with a dermatology "
     "nurse on board who photographs and checks moles. It's a mobile skin cancer screening "
     "service, free for anyone over 40.", "en", "",
     "trap: the offer comes late; 'moles' here are skin (contrast with the mole catcher row)", "long"),
    ("ok so this is a weird one. my grandad made fishing nets in Galicia and I'm reviving the "
     "craft but for interiors, hammocks, room dividers, plant hangers, all knotted by hand from "
     "cotton rope. Not a fishing supply shop!! I sell on Instagram and at the saturday market "
     "in Vigo.", "en", "", "trap: negation (not fishing) + craft word in a second use", "long"),
    ("Hi team, we are a small SaaS company in Kraków. Our product reads scanned delivery notes "
     "and invoices from building material suppliers and matches them with purchase orders, so "
     "site managers stop doing it by hand at 9pm. Our current name is taken by a US company, so "
     "we need a new one, short and ideally with the .com free.", "en", "",
     "ordinary (B2B software, chatty)", "long"),
    ("Hey! I'm a ceramicist in Seoul making onggi, the big breathable jars Korean families use "
     "for kimchi and soy sauce. I'm one of very few people under 40 still doing this by hand. I "
     "want the brand to respect the tradition but feel fresh for younger buyers.", "en", "",
     "ordinary (culture, craft)", "long"),
    ("Our nonprofit in Port-au-Prince trains young women as solar technicians. After six months "
     "they can install and maintain panels for clinics and schools, and many go on to start "
     "their own small businesses. We have outgrown our old name, which was just an acronym "
     "nobody could remember.", "en", "", "ordinary (nonprofit, Caribbean)", "long"),
    ("Quick question before I pay a designer. Our app is called Nest right now but Google owns "
     "that, obviously. It's for shared households: splitting bills, chore rotas, who bought the "
     "milk. Mostly students in Melbourne. New name please, and nothing with 'nest' or 'home' in it.",
     "en", "do not use the words 'nest' or 'home'",
     "trap: brand-like word + constraint: avoid given words", "long"),
    ("We operate two small cargo boats on the Amazon between Manaus and Tefé. We carry building "
     "materials, fuel drums and motorbikes, plus passengers who hang their own hammocks on deck. "
     "Fifteen years without a proper name, everyone just calls us the blue boats.", "en", "",
     "ordinary (transport, South America)", "long"),
    ("Hello, I'm building a savings club app for stokvels in South Africa. Members pay in every "
     "month and each month one member gets the pot; the app keeps the records, sends reminders "
     "and shows everyone the balance so there's no arguing. It needs to feel trustworthy to "
     "aunties, not like some crypto thing.", "en", "", "ordinary (fintech, chatty)", "long"),
    ("My sister and I tutor teenagers in Ulaanbaatar for the national university entrance exam, "
     "physics and maths, in small groups at our apartment. Next year we want to rent a real "
     "classroom and hire two more teachers. Right now people just call us 'the Bat-Erdene "
     "sisters', which is sweet but not a brand.", "en", "", "ordinary (education, Asia)", "long"),
    ("We're a second-generation family firm in Brescia making stainless steel fermenters and "
     "brite tanks for craft breweries. We don't brew beer ourselves, although every visitor asks "
     "for a tasting. Most of our customers are small breweries in Scandinavia and the Baltics.",
     "en", "", "trap: negation + clients are brewers (we make tanks)", "long"),
    ("Strange request maybe. I restore and rent out antique fairground rides, a 1920s carousel, "
     "a chair swing and a little steam train, for village fetes and private parties in the "
     "Netherlands. Everything has been rebuilt to modern safety standards. The name should feel "
     "nostalgic but not dusty.", "en", "", "unusual niche (chatty)", "long"),
    ("hiya, im starting a community choir for men who 'cant sing' in Belfast. no auditions, no "
     "reading music, we meet in a pub function room on tuesdays. its as much about mental health "
     "and a pint after as the singing tbh.", "en", "", "ordinary (culture/health, typos)", "long"),
    ("Hello, I sharpen and repair lawn mowers and hedge trimmers from a shed behind my house in "
     "Ballymena. I collect on a Monday and bring them back by Friday, all over County Antrim. I've "
     "been doing it as a hobby for years and now I'm going full time after being made redundant.",
     "en", "", "ordinary (trade, chatty)", "long"),
    ("Our family has run a shikara and two houseboats on Dal Lake in Srinagar for four "
     "generations. Guests sleep on the boats, we paddle them to the floating vegetable market at "
     "dawn and my mother cooks Kashmiri wazwan. We finally want a website with a proper name.",
     "en", "", "ordinary (tourism, Asia)", "long"),
    ("Long story short: we check whether guesthouses in Kyoto and Osaka are really accessible "
     "for wheelchair users. We measure doors, bathrooms and slopes, take photos and publish an "
     "honest report. Hotels pay for the audit, travellers read the reports free.", "en", "",
     "ordinary (B2B audit, travel)", "long"),
    ("Hey there, I'm opening a late-night dumpling bar in Tbilisi, khinkali mostly, plus "
     "cheap wine by the jug. It's tiny, ten stools and a counter, near the sulphur baths. "
     "I'd like a real word as the name, nothing made up.", "en",
     "a real existing word, no invented words", "constraint: real word only", "long"),
    ("Hi, I'm a podiatrist in Dunedin and I'm opening a clinic that focuses only on diabetic "
     "feet: wound care, nail surgery, checks for circulation and nerve damage. A lot of my "
     "patients are older farmers who hate going to the doctor. So it has to feel friendly, not clinical.",
     "en", "", "ordinary (health, chatty)", "long"),
    ("We're a group of volunteers in Hanoi who teach older people to use their smartphones. "
     "Video calls with grandkids abroad, banking apps, spotting scam messages. Classes are free "
     "and happen in the community hall of our ward on Sunday mornings.", "en", "",
     "ordinary (nonprofit, education)", "long"),

    # ---------------- French ----------------
    ("Salon de thé marocain à Genève, nom en un mot.", "fr", "un seul mot (one word)",
     "constraint: one word", "short"),
    ("Stages de poterie et de modelage pour enfants pendant les vacances scolaires, dans notre "
     "atelier de Rennes. Le nom doit se terminer par le son « o ».", "fr",
     "doit finir par le son « o » (end with an 'o' sound)",
     "trap: 'stage' = short course, not a theatre stage + constraint: ending sound", "medium"),
    ("Nous ne sommes pas une animalerie : nous sommes un refuge associatif, un peu comme la SPA, "
     "pour chats âgés près de Nantes. Un nom de deux syllabes au plus, s'il vous plaît.", "fr",
     "deux syllabes au plus (at most two syllables)",
     "trap: negation (not a pet shop) + 'SPA' = animal charity, not a spa + constraint: syllables",
     "medium"),
    ("Bonjour à tous ! Je suis maraîchère bio à l'île d'Orléans, juste à côté de Québec. Je livre "
     "des paniers de légumes chaque semaine à une centaine de familles, de juin à octobre, et "
     "l'hiver je fais des conserves et des soupes. J'aimerais un nom chaleureux, pas trop chic.",
     "fr", "", "ordinary (farming, Canada, chatty)", "long"),

    # ---------------- Spanish ----------------
    ("Taller de bicicletas en Quito, nombre de seis letras como máximo.", "es",
     "seis letras como máximo (at most 6 letters)", "constraint: length limit", "short"),
    ("Somos un despacho contable que trabaja solo con productores de banano en Machala; no "
     "vendemos fruta. Por favor, que el nombre no lleve la palabra «banano».", "es",
     "sin la palabra «banano» (avoid the word 'banano')",
     "trap: clients are banana growers (accountancy) + negation + constraint: avoid word", "medium"),
    ("Tienda en línea de mochilas wayuu tejidas por mujeres de La Guajira; ellas mismas fijan el "
     "precio y reciben el pago completo.", "es", "", "ordinary (fair-trade craft)", "medium"),
    ("¡Hola! Mi abuelo abrió una fábrica de alpargatas en un pueblo de La Rioja en 1952 y ahora "
     "la llevamos mi prima y yo. Seguimos cosiendo la suela de yute a mano, pero queremos vender "
     "por internet a gente joven de toda Europa. Buscamos un nombre nuevo que no suene anticuado, "
     "aunque nos encanta la historia de la familia.", "es", "",
     "ordinary (manufacturing, chatty)", "long"),

    # ---------------- German ----------------
    ("Handy-Reparatur in Leipzig, Name höchstens fünf Buchstaben.", "de",
     "höchstens fünf Buchstaben (at most 5 letters)",
     "trap: 'Handy' = mobile phone, not handyman + constraint: length limit", "short"),
    ("Wir verkaufen gut abgelagerten Pferdemist in Säcken an Hobbygärtner rund um Kassel. "
     "Der Name soll mit M anfangen.", "de", "muss mit M beginnen (start with M)",
     "trap: 'Mist' = manure, not fog/mist + constraint: start letter", "medium"),
    ("Fahrradverleih und geführte Radtouren auf Rügen, mit E-Bikes für ältere Gäste. Der Name "
     "soll ein bisschen lateinisch klingen.", "de", "soll lateinisch klingen (sound Latin)",
     "constraint: sound like a given language", "medium"),
    ("Hallo zusammen! Wir sind ein kleiner Verein in Bremen und bringen Senioren und Studierende "
     "zusammen: Studis wohnen günstig bei älteren Menschen und helfen dafür im Haushalt oder beim "
     "Einkaufen. Bisher heißen wir nur 'Wohnprojekt Bremen', das ist ein bisschen langweilig. "
     "Habt ihr Ideen?", "de", "", "ordinary (nonprofit housing, chatty)", "long"),

    # ---------------- Portuguese ----------------
    ("Aluguer de pranchas de bodyboard na Nazaré, nome com um número.", "pt",
     "nome com número (number-based)", "constraint: number-based", "short"),
    ("Gráfica artesanal em Caruaru que imprime literatura de cordel com xilogravuras. O nome "
     "deve ser uma só palavra terminada em -a.", "pt",
     "uma só palavra terminada em -a (one word ending in -a)",
     "constraint: one word + ending", "medium"),
    ("Creche bilíngue em Luanda, português e inglês.", "pt", "", "ordinary (childcare, Africa)",
     "short"),
    ("Oi gente! Eu tenho um brechó pequeno em Curitiba, só roupa infantil usada em bom estado. "
     "As mães trazem o que não serve mais e ganham crédito na loja. Quero um nome fofo mas que "
     "não pareça loja de brinquedo, sabe? Obrigada!!", "pt", "",
     "ordinary (retail, chatty)", "long"),

    # ---------------- Italian ----------------
    ("Produzione di burro di malga in Val di Sole.", "it", "",
     "trap: 'burro' = butter in Italian (donkey in Spanish)", "short"),
    ("Officina a Bologna che restaura Vespa e Lambretta degli anni Sessanta. Il nome deve "
     "contenere la parola «giro».", "it", "deve contenere «giro» (must include 'giro')",
     "trap: brand names + constraint: include a given word", "medium"),
    ("Pasticceria siciliana a Torino con cannoli riempiti al momento e cassate su ordinazione; "
     "nome di massimo tre sillabe.", "it", "massimo tre sillabe (at most 3 syllables)",
     "constraint: syllable limit", "medium"),
    ("Ciao a tutti! Con mia sorella gestiamo un affittacamere nei Sassi di Matera, tre camere "
     "scavate nella roccia con colazione fatta in casa. Gli ospiti sono quasi tutti stranieri e "
     "amano il silenzio della sera. Ci serve un nome per il nuovo sito, grazie in anticipo!",
     "it", "", "ordinary (tourism, chatty)", "long"),
]


def words(s):
    return len(re.findall(r"\w+", s))


def sentences(s):
    return len([x for x in re.split(r"(?<=[.!?])\s+", s.strip()) if x])


def main():
    assert len(ROWS) == 120, len(ROWS)
    rows = list(ROWS)
    random.Random(10).shuffle(rows)
    with open("names10.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "description", "language", "constraint"])
        for i, (d, lang, con, _note, _cls) in enumerate(rows, 1):
            w.writerow([f"r{i:03d}", d, lang, con])
    with open("NOTES.md", "w", encoding="utf-8") as f:
        f.write("# names10: what each row tests\n\n")
        f.write("Format: id | what the row tests | language | length class (words)\n\n")
        for i, (d, lang, con, note, cls) in enumerate(rows, 1):
            f.write(f"- r{i:03d} | {note} | {lang} | {cls} ({words(d)} words)\n")
    # sanity summary
    from collections import Counter
    print("languages:", Counter(r[1] for r in rows))
    print("length classes:", Counter(r[4] for r in rows))
    print("constrained:", sum(1 for r in rows if r[2]),
          "of which non-English:", sum(1 for r in rows if r[2] and r[1] != "en"))
    print("traps:", sum(1 for r in rows if r[3].startswith("trap")))
    for r in rows:
        n, s = words(r[0]), sentences(r[0])
        if r[4] == "short" and n >= 12:
            print("LEN? short but", n, "words:", r[0][:60])
        if r[4] == "medium" and (n < 12 or s > 2):
            print("LEN? medium but", n, "words", s, "sentences:", r[0][:60])
        if r[4] == "long" and not 3 <= s <= 6:
            print("LEN? long but", s, "sentences:", r[0][:60])


if __name__ == "__main__":
    main()
