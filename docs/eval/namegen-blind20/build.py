#!/usr/bin/env python3
"""Build names20.csv and meta.csv: 120 fresh business descriptions for a blind naming benchmark.

Each row: (description, language, length_class, constraint_in_english, trap_tag).
Rows are written from the brief alone; shuffled with random.Random(20); ids t001..t120 after shuffling.
"""
import csv
import random

ROWS = [
    # ---------------- English, short (35) ----------------
    ("Handmade oboe and cor anglais reeds, scraped to order in Cardiff.", "en", "short", "", ""),
    ("Reefer container repair and pre-trip inspections at the Port of Durban.", "en", "short", "", "b2b_trade"),
    ("Sextant and marine compass repair on the quay at Falmouth.", "en", "short", "", ""),
    ("Cenote cave-diving courses near Tulum for already certified divers.", "en", "short", "", ""),
    ("Mosquito surveillance trapping for parish health departments in Louisiana.", "en", "short", "", ""),
    ("Slot car racing nights under a Leeds arch, not just Scalextric.", "en", "short", "", "brand_mention"),
    ("Hand-turned 1:12 dollhouse furniture for adult collectors.", "en", "short", "", ""),
    ("Backflow preventer testing for restaurants and schools across Tucson.", "en", "short", "", ""),
    ("Fly food and culture vials for Drosophila genetics labs.", "en", "short", "", "second_sense"),
    ("Cloud chamber kits that let pupils see cosmic rays.", "en", "short", "", "second_sense"),
    ("Light pollution audits for towns applying for dark-sky status.", "en", "short", "", ""),
    ("Licensed safecracker opening locked safes for executors, banks and police.", "en", "short", "", "alarming_lawful"),
    ("Hostage negotiation training for police and corporate crisis teams.", "en", "short", "", "alarming_lawful"),
    ("Antique mercury barometer restoration in an Edinburgh back room.", "en", "short", "", ""),
    ("Respite weekends for parents of disabled children, based in Cork.", "en", "short", "", "place_name_word"),
    ("Diaper bank for struggling families in Detroit, run by volunteers.", "en", "short", "", ""),
    ("Handbell ringing sessions for care home residents around Nottingham.", "en", "short", "", ""),
    ("Veterinary acupuncture for horses across Kentucky's Bluegrass.", "en", "short", "", ""),
    ("Stammering support groups for teenagers in Auckland.", "en", "short", "", ""),
    ("Silage wrapping contractor with two balers, County Tipperary.", "en", "short", "", ""),
    ("Escalator handrail cleaning for shopping malls in Johannesburg.", "en", "short", "", ""),
    ("Fish box washing and hire for the auction hall at Urk.", "en", "short", "", "b2b_trade"),
    ("Mudlarking walks on the Thames foreshore at low tide.", "en", "short", "", ""),
    ("Sea glass jewellery from the beaches of Seaham, County Durham.", "en", "short", "", ""),
    ("Anime dubbing into Brazilian Portuguese, studio in São Paulo.", "en", "short", "", ""),
    ("Hovercraft rides and driving days on a flooded Lincolnshire quarry.", "en", "short", "", ""),
    ("Quail eggs, fresh and pickled, from a small farm in Penang.", "en", "short", "", ""),
    ("Caboose holiday rentals on a cattle ranch near Missoula.", "en", "short", "", ""),
    ("Legacy-giving software that helps small charities track bequests.", "en", "short", "", ""),
    ("Scutching and hackling flax for linen weavers in Flanders.", "en", "short", "", ""),
    ("Tapestry weaving retreats in a farmhouse near Aubusson.", "en", "short", "", ""),
    ("Jet lag coaching for touring musicians and athletes.", "en", "short", "", ""),
    ("Rain gauge kits for volunteer weather networks; one-word name please.", "en", "short", "one word", ""),
    ("Mobile seed cleaning for Manitoba grain farms; max 6 letters.", "en", "short", "at most 6 letters", ""),
    ("Gunsmith repairing side-by-side shotguns for clay shooters; name starting with B.", "en", "short", "starts with B", "alarming_lawful"),

    # ---------------- English, medium (40) ----------------
    ("Geotechnical drilling and core logging for offshore wind foundations, run out of Esbjerg. We hand the samples to engineers; we don't design anything.", "en", "medium", "", ""),
    ("We supply radiosondes, weather balloons and helium to university meteorology departments and school science clubs across Scandinavia.", "en", "medium", "", ""),
    ("Mobile transformer oil sampling for rural electricity co-ops in Saskatchewan, so a failing transformer gets caught before it blows.", "en", "medium", "", "second_sense"),
    ("We find leaks in district heating pipes for Finnish municipalities using thermal drones and listening sticks. Two syllables max, please.", "en", "medium", "two syllables", ""),
    ("We make and fit custom mouthguards for rugby, hockey and boxing clubs. We are not a dental practice: no check-ups, no fillings.", "en", "medium", "", "not_x"),
    ("Wool scouring plant in Napier that washes greasy fleece for exporters before it ships to spinning mills overseas.", "en", "medium", "", "b2b_trade"),
    ("We coordinate whole-body donation for three medical schools in Ohio: the paperwork, the transport and a yearly memorial service for the families.", "en", "medium", "", "alarming_lawful"),
    ("Plasma donation centre in Brno that opens early and late, so students and shift workers can give before or after work.", "en", "medium", "", ""),
    ("Succulent and terrarium workshops on a Taipei rooftop, plus a small shop of glass jars, moss and tiny plants.", "en", "medium", "", ""),
    ("Aquascaping for clinic waiting rooms in Kuala Lumpur: we design planted aquariums and maintain them every month. An alliterative name would suit us.", "en", "medium", "alliteration", ""),
    ("We send trained chick sexers to hatcheries across Brazil and Mexico to sort day-old chicks by hand.", "en", "medium", "", "b2b_trade"),
    ("Dawn birdsong walks in the Białowieża Forest with a guide who records and names every call. Something that rhymes would be lovely.", "en", "medium", "rhyme", ""),
    ("We record rain, wind and city ambience on every continent and license the library to game studios. Avoid the words 'sound' and 'audio' in the name.", "en", "medium", "avoid the words sound and audio", ""),
    ("Software that schedules and logs fire hydrant flushing for small water utilities in Iowa and Nebraska.", "en", "medium", "", ""),
    ("Case management software for county coroners' offices: reported deaths, autopsy requests and inquest dates in one place.", "en", "medium", "", ""),
    ("We write grant applications for volunteer rural fire brigades in Victoria, and we only get paid if the money comes through.", "en", "medium", "", ""),
    ("Bilingual death cafe evenings and end-of-life planning workshops held in Montreal's public libraries, free to attend.", "en", "medium", "", ""),
    ("Fake food for film sets and restaurant windows: resin sushi, wax noodles and plastic roast dinners, all made by hand in Osaka.", "en", "medium", "", ""),
    ("We plant and look after window boxes for flats and small shops in Paris's 11th arrondissement, changing them every season.", "en", "medium", "", ""),
    ("Street name signs in cast aluminium and enamel, made for town councils across New Zealand. We'd like the name to end in an 'o'.", "en", "medium", "ends with o", ""),
    ("We supply trained exam invigilators to secondary schools and colleges in the West Midlands during the summer exam season.", "en", "medium", "", ""),
    ("We print ballot papers and pack sealed polling-station kits for county elections in Kenya. Real English words only, nothing invented.", "en", "medium", "real English words only", ""),
    ("Morin khuur, the Mongolian horse-head fiddle, made and repaired in a workshop in Ulaanbaatar. The name should sound Mongolian but be easy for foreigners to say.", "en", "medium", "sounds Mongolian", ""),
    ("Fly-in safaris along the Skeleton Coast of Namibia in a six-seat plane, with nights in tented desert camps.", "en", "medium", "", "place_name_word"),
    ("Coffee from smallholders in the Eastern Highlands of Papua New Guinea, roasted in Brisbane and sold by monthly subscription.", "en", "medium", "", ""),
    ("A training workshop in Kisumu that turns school leavers into refrigeration and air-conditioning technicians, with a starter toolkit for every graduate. The name must include the word 'fundi'.", "en", "medium", "include the word fundi", ""),
    ("A charity-run floating dental clinic that moors at fishing villages on the Tonle Sap lake in Cambodia.", "en", "medium", "", ""),
    ("We service Zamboni and Olympia ice resurfacers for community rinks across Manitoba. The name can't sound like Zamboni.", "en", "medium", "", "brand_mention"),
    ("Disc golf course design for city parks and campuses. We don't make or sell discs and have nothing to do with the Frisbee brand.", "en", "medium", "", "brand_mention"),
    ("Spare parts and rebuild kits for old John Deere tractors, shipped to farmers all over Argentina and Uruguay.", "en", "medium", "", "brand_mention"),
    ("Furnace and boiler repair in Medicine Hat, Alberta, with a 24-hour phone line all winter.", "en", "medium", "", "place_name_word"),
    ("Rodeo stock contractor based in Cut Bank, Montana, supplying bucking horses and bulls to small-town rodeos across the northern plains. The name must include 'Cut Bank'.", "en", "medium", "include the place name Cut Bank", "place_name_word"),
    ("Summer orchestra camp for teenagers in Ogre, Latvia, with two weeks of rehearsals and a final concert in Riga.", "en", "medium", "", "place_name_word"),
    ("Orientation and mobility lessons for adults who have recently lost their sight in Manila: cane skills, crossing roads, riding jeepneys.", "en", "medium", "", ""),
    ("We build bicycle ambulances with a stretcher trailer and donate them to rural health posts in Malawi.", "en", "medium", "", ""),
    ("We test and certify laboratory sieves for cement, aggregate and pharmaceutical labs across the Gulf states, with a mobile unit that visits every quarter.", "en", "medium", "", ""),
    ("Samba percussion workshops for office teams in London: forty drums, one hour, no experience needed. We're not a dance school.", "en", "medium", "", "not_x"),
    ("Alarm sensors that text the churchwarden when someone climbs onto a church roof at night, sold to parishes across England.", "en", "medium", "", ""),
    ("School photography for small schools around Penguin and Ulverstone, Tasmania, including class photos, sports days and free retakes.", "en", "medium", "", "place_name_word"),
    ("Airboat tours through the Atchafalaya Basin swamps out of Henderson, Louisiana, with a Cajun-French-speaking guide. Keep the name to at most 8 letters.", "en", "medium", "at most 8 letters", ""),

    # ---------------- English, long (25) ----------------
    ("So here's the odd one. I place lecturers on expedition ships that sail from Ushuaia to the Antarctic Peninsula: glaciologists, ornithologists, historians who can talk about Shackleton for an hour without notes. The cruise lines hate recruiting them themselves, and the scientists hate the paperwork, so I sit in the middle. I started it after six seasons as a penguin counter myself. We don't sell cabins. Real English words only, I'd like something a ship captain would say without smirking.", "en", "long", "real English words only", ""),
    ("My grandfather made ropes in a rope walk behind the pub in our Devon village, and I've gone back to it. These days it's almost all bell ropes for church towers: the long tail, the woollen sally striped in the tower's colours, spliced by hand. Bell ringers are a loyal bunch and word travels. I don't do climbing ropes, rigging or anything for boats, people always assume that. Orders come from all over England and a few from Australia and the US. I'd like a name that feels old but not fusty, and something that rhymes would make the ringers smile.", "en", "long", "rhyme", "second_sense"),
    ("Hello from Thrissur. I climb coconut trees for a living, about sixty a day with a climbing machine my cousin welded. Households and small temples call me when the nuts are ready, or when a dry frond is hanging over the roof, or before the monsoon. Young people don't want to do this job any more, so I've started training four boys and we will take bookings by phone and WhatsApp. We don't sell coconuts, the family keeps the harvest, we just climb and cut. I want a name that my customers' grandmothers and grandsons both understand.", "en", "long", "", ""),
    ("We wash and repair down sleeping bags and jackets for trekking companies in Kathmandu. After a season on Everest or the Annapurna circuit, the gear comes back grey, flat and smelling of yak butter tea, and most outfitters just buy new ones from China. We do proper technical washes, re-baffle torn chambers, replace zips and refill with reclaimed down. Our customers are the agencies, not tourists, though a few climbers find us. Eleven staff now, mostly women from my village in Solukhumbu. Please nothing with 'Everest' or 'Sherpa' in it, every shop on the street uses them.", "en", "long", "avoid the words Everest and Sherpa", "b2b_trade"),
    ("My mother came to Rotterdam from Morocco in 1974 and she still can't read the letters from the tax office, the housing corporation or the hospital. Neither can half her friends. So I started sitting with them on Saturday mornings in the community centre, reading the post out loud, explaining it in Darija or Turkish, helping them answer. Now there are nine volunteers and the municipality gives us a small grant. We don't do legal advice or official translations. I want a name that sounds friendly and safe to an old lady, not like another government office.", "en", "long", "", ""),
    ("I'm a fisherman's son from Saint-Louis, in Senegal, and I studied actuarial maths in Dakar. Our pirogues go out every day, and when one is lost or an engine dies there's nothing, the family just borrows. So with two friends I started a small cooperative insurance: each boat pays a little every week by mobile money, and we pay out within three days for an engine, a net or a hull. We have 140 boats now. We'd like a number-based name, maybe something with the number of boats or the date we started.", "en", "long", "number-based name", ""),
    ("OK so I rent karaoke machines to Filipino families in Dubai for birthdays, christenings, Christmas parties, basically any weekend. I deliver, set up, bring the big speakers and the songbook, and collect the next day. Most of the machines are Magic Sing but I don't want that name anywhere near ours. Nobody comes to us, I go to them. I started with one machine in 2019 and now have twelve, plus a driver. The crowd is mostly OFWs and their kids. Something fun that a lola and a teenager would both say happily.", "en", "long", "", "brand_mention"),
    ("After my wife died I realised I couldn't cook anything but toast. I'm seventy-four. Turns out plenty of men my age in Dublin are in the same boat, so I talked a retired chef into running Tuesday classes in the parish kitchen. Soup, a roast chicken, a decent stew, how to shop for one without wasting half of it. It's cheap, it's sociable, and a few of the lads now cook for each other on Sundays. It's a community group, nothing fancy. It needs a proper name before we apply for funding.", "en", "long", "", ""),
    ("I've repaired lead and slate on church roofs in Lincolnshire for thirty years, and I've lost count of the roofs stripped overnight by thieves. So my son, who does electronics, built a little sensor box: it sits under the ridge, listens for footsteps and ladders, and texts the churchwarden and the police. We've fitted sixty churches now, rural ones mostly, where nobody lives close enough to hear anything. We don't do CCTV or security guards. The name has to reassure a parochial church council of elderly volunteers, so nothing techy. Keep it to two words that alliterate if you can.", "en", "long", "alliteration", ""),
    ("My family has been making fish sauce on Phu Quoc since my grandfather came back from the war. Anchovies and salt, nothing else, layered in big wooden barrels for a year and a half. We are one of the small houses, not a factory, and we sell mostly to restaurants in Ho Chi Minh City and a few Vietnamese grocers in Melbourne and California. My sister wants to start selling online, in little bottles with a story on the label. I'd like a name that isn't 'Phu Quoc' itself, that's a protected name.", "en", "long", "", ""),
    ("Three of us make sandals out of old truck tyres in a yard in Addis Ababa. The soles are cut from the tread, the straps are leather offcuts from a tannery nearby, and each pair takes about forty minutes. Locally we sell at Merkato to farmers and students, but a shop in Berlin now orders two hundred pairs a month. We aren't a charity and we don't want a name that sounds like one, people should buy them because they're good. Something short and punchy.", "en", "long", "", ""),
    ("Sandboarding in Huacachina started as something I did with my brothers on Sundays, on waxed wooden planks. Now I run sunset trips in two dune buggies, with proper boards, helmets and a photographer, and the oasis is full of backpackers every night. Honestly, half the operators there are cowboys: no seatbelts, drivers who've been drinking. We're the opposite. Our guides are trained in first aid and we never overload the buggies. I'd like a name that feels adventurous but tells parents their kids will come back in one piece.", "en", "long", "", ""),
    ("Everyone laughs when I say we sell bugs, and then they ask if we do software. We don't. We breed ladybirds, lacewings and tiny parasitic wasps in a converted dairy shed outside Almería and ship them in cardboard tubes to greenhouse growers, who release them to eat aphids and whitefly instead of spraying. My dad grew peppers under plastic for thirty years and sprayed every week; I studied entomology in Granada and wanted to do the opposite. Our customers are growers and cooperatives, not gardeners with a rose bush, although we get those calls too. The name should be lively but credible to an agronomist.", "en", "long", "", "second_sense"),
    ("So, I'm a gunsmith's daughter who became a locksmith, and my actual business is neither: I rent out heavy gun safes and install them for farmers in rural New South Wales, who are legally required to store their rifles locked away. Delivery is the hard part, they weigh three hundred kilos and farmhouses have narrow doors. I bolt them to the slab and give the paperwork the police ask for at inspection. We don't sell guns or ammunition, ever. It should sound solid and rural.", "en", "long", "", "alarming_lawful"),
    ("We're a tiny studio in Lagos that does school photography, but the real thing is the yearbooks: we design and print proper hardcover yearbooks for secondary schools, with every student's photo, their nicknames, the teachers' quotes, the lot. When I was at school we had nothing like that and I always wanted it. We also do graduation portraits. We're not a printing press for hire, we only do school work. Our customers are proprietors and PTA chairs. It needs to sound joyful and a bit nostalgic.", "en", "long", "", ""),
    ("We're not a tattoo studio, although that's the first thing everyone assumes. I'm a nurse, and for eleven years I worked on a breast reconstruction ward in Leeds. Women would come through surgery and chemo and then be told the last step, the areola and nipple, was a waiting list of a year. So I trained in medical micropigmentation and now I do it in a quiet private clinic room, with referrals from surgeons and a few charities who pay for women who can't. No flash art, no walk-ins, no cosmetic eyebrows. I want a name that feels calm and clinical but kind, something a woman can say to her husband without wincing.", "en", "long", "", "not_x"),
    ("I was a sommelier in Cape Town until my wife inherited her father's orchard. We grow mangoes near Tzaneen and dry them in solar tunnels, no sulphur, no sugar, then sell the slices in bulk to muesli makers and snack brands in Europe. We're B2B only, we don't have a shop or a farm stall. Our selling point is that every lot is traceable to the orchard row. We need a name buyers remember from a trade fair badge, short and clean.", "en", "long", "", "b2b_trade"),
    ("Hi, I teach piano, but the business I'm naming is the side thing that took over: I buy unwanted upright pianos in Bristol, restore the action, retune them, and place them in primary schools, care homes and hospital waiting areas, charging only for transport. Corporate sponsors pay for the restoration and get a small brass plaque. I've placed forty-one so far. Please don't let it sound like a piano shop, I don't sell pianos to the public. Something warm, maybe playful.", "en", "long", "", "not_x"),
    ("We breed and train working cats. Yes, really. Farm cats, barn cats, feral rescues that aren't happy indoors, and we place them on dairy farms, vineyards and breweries in Sonoma and Napa that have a rat problem and don't want poison. Each cat is neutered, vaccinated and settled in over two weeks in a big crate before it goes free. The owners get fewer rodents; the cats get a job and a home. We're a registered non-profit. The name should be funny, but only a little.", "en", "long", "", ""),
    ("I repair wetsuits. That's it, that's the business, though you'd be amazed how much work it is. Surf schools and dive centres around Newquay send me vans full of torn suits every October, and I glue, tape and patch them over the winter: blown knees, split seams, zips that have seized with salt. A new suit costs a school three hundred quid, a repair costs thirty. The ones that are too far gone I cut up for kneepads and laptop sleeves. I don't sell new wetsuits and I don't teach surfing, people ask. Something with a bit of humour, please, surfers don't do corporate.", "en", "long", "", ""),
    ("I'm a retired schoolteacher in Whitby and I run fossil-hunting walks on the beaches between Saltwick Bay and Robin Hood's Bay, for families and the odd university group. I show people how to split nodules safely, where the ammonites are, and, crucially, when the tide is coming in so nobody gets cut off. I don't sell fossils; anything you find you keep, and if it's important I help you report it to the museum. The walks are two hours and cost less than a fish supper.", "en", "long", "", ""),
    ("This started because my dad, a dairy farmer in Gippsland, couldn't get anyone to pick up his old silage wrap and baling twine. It ended up in burn piles. Now we collect farm plastics from about four hundred farms across Victoria, bale them, and sell the clean stuff to a recycler who makes fence posts. Farmers pay a small fee per pickup. We don't do household recycling or skip bins, only agricultural plastics. I'd like something that farmers will take seriously and that fits on the door of a ute.", "en", "long", "", ""),
    ("We're a two-person consultancy in Reykjavík that helps small fishing villages in the Westfjords turn their old fish-drying racks and salting sheds into visitor attractions, with panels, guided walks and a café if they want one. We write the funding bids, run the interviews with old fishermen, and design the exhibits. We don't build anything ourselves. The clients are municipalities and heritage trusts. Something that feels like the sea and the old fishing life.", "en", "long", "", ""),
    ("Every boat that carries passengers in Tasmania needs its inflatable lifejackets and liferafts opened, inspected and repacked on schedule, and until last year that meant shipping them to Melbourne and waiting a month. I was a marine engineer on the Bass Strait ferries, so I got certified and opened a service station in a shed near the Hobart docks. Ferry operators, salmon farms, fishing boats and charter yachts send me their gear; I test the cylinders, check every seam, repack and certify. We don't sell boats or run charters, and I'm not a chandlery. It should sound dependable, a bit salty, and be easy to say over a marine radio.", "en", "long", "", ""),
    ("So my uncle owns an avocado orchard in Michoacán? No, that's his neighbour. My uncle grows pecans near Delicias, Chihuahua, and I've come home from an engineering degree to help. We're building a small cracking and shelling plant so local growers don't have to ship whole nuts to Texas and buy them back shelled. We'll shell for about thirty orchards on contract, and sell the halves in bulk to bakeries and ice-cream makers. No retail, no consumer brand for now. It should look serious on an invoice.", "en", "long", "", ""),

    # ---------------- French (1 short, 2 medium, 1 long) ----------------
    ("Crème de marrons artisanale de l'Ardèche, en bocaux de verre.", "fr", "short", "", ""),
    ("Atelier de cannage et de paillage de chaises à Angers : nous refaisons les assises en rotin et en paille de seigle pour les particuliers et les antiquaires. Un seul mot pour le nom, s'il vous plaît.", "fr", "medium", "one word", ""),
    ("Nous louons des ânes de bât pour des randonnées de deux à sept jours dans les Cévennes, avec les cartes et les gîtes réservés. Évitez les mots « âne » et « rando » dans le nom.", "fr", "medium", "avoid the words âne and rando", ""),
    ("Je suis bouilleur de cru ambulant en Lorraine, comme mon père et mon grand-père. Chaque automne, je tire mon alambic de village en village et les familles qui ont des mirabelliers ou des quetsches m'apportent leurs fruits fermentés ; je distille sur place, sous le contrôle des douanes, et elles repartent avec leur eau-de-vie. Je ne vends pas d'alcool moi-même, je ne suis pas une distillerie, je fais seulement le travail. Le métier disparaît, il ne reste que quelques alambics dans le département. J'aimerais un nom qui parle aux anciens mais que les jeunes qui héritent des vergers retiennent aussi.", "fr", "long", "", "alarming_lawful"),

    # ---------------- Spanish ----------------
    ("Taller de charangos en Potosí, con maderas de la región.", "es", "short", "", ""),
    ("Hacemos el mantenimiento de ascensores antiguos, con jaulas de hierro de los años treinta, en edificios del centro de Buenos Aires. Preferimos un nombre con números.", "es", "medium", "number-based name", ""),
    ("Somos una cooperativa de recolectoras de algarroba en el Chaco salteño; molemos harina de algarrobo para panaderías y dietéticas. Queremos un nombre que suene a guaraní.", "es", "medium", "sounds Guarani", ""),
    ("Mi hermano y yo hacemos cajones peruanos en un taller de Chincha, como nos enseñó nuestro abuelo, que tocaba en las jaranas del pueblo. Cada cajón lleva madera de tornillo, una tapa de triplay fino y cuerdas por dentro para que suene el golpe de abajo. Vendemos a músicos de Lima y, desde hace dos años, a escuelas de flamenco en España y Japón. No hacemos muebles ni cajones de cocina, aunque la gente se confunde con la palabra. Queremos un nombre que se entienda también fuera del Perú.", "es", "long", "", "second_sense"),

    # ---------------- German ----------------
    ("Handgespaltene Holzschindeln für Dächer und Fassaden im Allgäu.", "de", "short", "", ""),
    ("Wir prüfen Spielplätze für Gemeinden und Kitas in Sachsen nach DIN EN 1176 und schreiben die Prüfberichte. Der Name sollte zwei Silben haben.", "de", "medium", "two syllables", ""),
    ("Wir sind keine Tierarztpraxis, sondern ein Gnadenhof für alte Pferde in der Lüneburger Heide, finanziert über Patenschaften.", "de", "medium", "", "not_x"),
    ("Ich war dreißig Jahre Grundschullehrerin in Freiburg, und als ich in Rente ging, haben mir die Enkelkinder gefehlt, die weit weg wohnen. Gleichzeitig kenne ich so viele junge Familien hier ohne Oma und Opa in der Nähe. Also vermittle ich jetzt Leihgroßeltern: ältere Menschen, die ein- oder zweimal pro Woche ein Kind aus der Nachbarschaft abholen, vorlesen, mit ihm backen oder auf den Spielplatz gehen. Alle werden von mir besucht, brauchen ein erweitertes Führungszeugnis und lernen die Familie erst kennen. Wir sind kein Babysitter-Dienst und keine Kita, Geld fließt keins, nur eine kleine Vereinsgebühr. Der Name soll warm klingen und auch für ältere Leute leicht zu merken sein.", "de", "long", "", ""),

    # ---------------- Portuguese ----------------
    ("Construímos e consertamos saveiros de madeira em Valença, Bahia.", "pt", "short", "", ""),
    ("Instalamos cisternas de placas para famílias do sertão da Paraíba, com recursos de ONGs e prefeituras. O nome deve ter no máximo 7 letras.", "pt", "medium", "at most 7 letters", ""),
    ("Ensinamos pessoas que perderam a visão a andar com bengala e a usar ônibus e metrô em Recife, com aulas em casa e na rua.", "pt", "medium", "", ""),
    ("Sou calceteiro em Lisboa há vinte e oito anos. Assento a calçada portuguesa à mão, pedra a pedra, calcário branco e basalto negro, com os desenhos de ondas e de caravelas que os turistas fotografam no Rossio. A câmara contrata cada vez menos, por isso comecei a fazer pátios, entradas de casas e até tapetes de calçada para hotéis e restaurantes, e dou workshops de um dia para estrangeiros. Não vendo pedra nem faço obras de construção em geral. Gostava de um nome bonito, que um cliente inglês também conseguisse dizer.", "pt", "long", "", ""),

    # ---------------- Italian ----------------
    ("Conceria al vegetale a Santa Croce sull'Arno, pellami per borse.", "it", "short", "", "b2b_trade"),
    ("Accompagniamo piccoli gruppi sulle vie ferrate delle Dolomiti di Brenta, con imbrago e casco a noleggio. Il nome deve iniziare con la lettera V.", "it", "medium", "starts with V", ""),
    ("Non siamo una vetreria: a Venezia rifacciamo l'argentatura degli specchi antichi, come si faceva una volta, per antiquari, palazzi e alberghi.", "it", "medium", "", "not_x"),
    ("Restauro carretti siciliani a Bagheria, come faceva mio nonno: le ruote, le sponde dipinte con i paladini di Francia, i pennacchi per i cavalli. Oggi i carretti non trasportano più niente, ma li vogliono i musei, gli alberghi di lusso, qualche collezionista americano e le feste di paese. Faccio anche piccoli carretti in miniatura per i turisti, ma non voglio che il nome sembri quello di un negozio di souvenir. Lavoro con mia figlia, che dipinge meglio di me. Vorremmo un nome caldo, che resti in testa.", "it", "long", "", ""),
]


def main():
    assert len(ROWS) == 120, len(ROWS)
    rows = list(ROWS)
    random.Random(20).shuffle(rows)
    with open("names20.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(["id", "description", "language", "constraint"])
        for i, (d, lang, length, cons, trap) in enumerate(rows, 1):
            w.writerow([f"t{i:03d}", d, lang, cons])
    with open("meta.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(["id", "length_class", "trap_tag"])
        for i, (d, lang, length, cons, trap) in enumerate(rows, 1):
            w.writerow([f"t{i:03d}", length, trap])


if __name__ == "__main__":
    main()
