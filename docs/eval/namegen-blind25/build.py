#!/usr/bin/env python3
"""Build the blind naming test set b25 (120 hand-written business descriptions).

Each row: (language, length_class, constraint, trap_tag, description)
  language      en / fr / es / de / pt / it
  length_class  short (<= 11 words) / medium (1-2 sentences, <= 29 words) /
                long (first-person founder paragraph, 70-95 words)
  constraint    "" or a short English restatement of the naming constraint
                that the description itself states
  trap_tag      "" or one of: misleading_word, place_word, late_offer,
                past_job, family_job, negation

Rows are shuffled with random.Random(25), numbered t001..t120 in shuffled
order, and written to names25.csv (id, description, language, constraint)
and meta.csv (id, length_class, trap_tag). Standard library only.
"""
import csv
import os
import random
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

ROWS = [
    # ------------------------------------------------------------------
    # English, short (35)
    # ------------------------------------------------------------------
    ("en", "short", "", "",
     "Epoxy and flake floor coatings for garages around Boise, Idaho."),
    ("en", "short", "", "",
     "Dryer vent cleaning for apartment complexes in Charlotte."),
    ("en", "short", "rhyming name", "",
     "Holiday light installs on homes in Plano, Texas; something that rhymes."),
    ("en", "short", "", "",
     "Harpsichord tuning and regulation for early-music ensembles in Utrecht."),
    ("en", "short", "", "",
     "Cigar box guitars built from salvaged boxes in Clarksdale, Mississippi."),
    ("en", "short", "", "",
     "Hand-carved duck calls for waterfowl hunters in Stuttgart, Arkansas."),
    ("en", "short", "", "",
     "Split-cane fly rods built to order in the Scottish Borders."),
    ("en", "short", "", "",
     "Frozen dim sum made for Asian supermarkets across Ontario."),
    ("en", "short", "fewer than 8 letters", "",
     "Ginger beer brewed in Kingston, Jamaica. Name under 8 letters please."),
    ("en", "short", "", "",
     "Birthday cakes and biscuits for dogs, baked in Leeds."),
    ("en", "short", "", "misleading_word",
     "Skip hire for builders and house clearances in Swindon."),
    ("en", "short", "", "",
     "Harmonica repair and reed replacement by post from Trossingen."),
    ("en", "short", "one word only", "",
     "Corporate mooncakes baked in Kuala Lumpur; one word only."),
    ("en", "short", "", "",
     "Chandelier cleaning and rewiring for hotels in Vienna."),
    ("en", "short", "", "",
     "Turntable and reel-to-reel tape deck repairs in Brooklyn."),
    ("en", "short", "", "",
     "Bicycle wheel building by post, anywhere in Ireland."),
    ("en", "short", "", "",
     "Rocking horse restoration from a barn in North Yorkshire."),
    ("en", "short", "", "",
     "Pearl necklace restringing while you wait in Manama, Bahrain."),
    ("en", "short", "", "",
     "Tongue-tie assessments for newborns, with home visits around Bristol."),
    ("en", "short", "", "",
     "Convertible soft-top replacement in San Diego."),
    ("en", "short", "", "",
     "Cosplay props and foam costume pieces made to commission in Melbourne."),
    ("en", "short", "must start with B", "",
     "Ninja obstacle gym for kids in Perth; start with B."),
    ("en", "short", "", "",
     "Girls' wrestling club in Des Moines, Iowa."),
    ("en", "short", "", "",
     "Storm chasing tours out of Oklahoma City each spring."),
    ("en", "short", "at most two syllables", "",
     "Bungee jumps off a gorge bridge in Nepal; two syllables."),
    ("en", "short", "", "",
     "Motorcycle sidecar tours of Paris at night."),
    ("en", "short", "", "",
     "Tulip bulbs by mail order from a Lincolnshire farm."),
    ("en", "short", "", "",
     "Edible flowers grown for pastry chefs in Singapore."),
    ("en", "short", "", "",
     "Freshwater prawn farm in Bangladesh's Khulna division."),
    ("en", "short", "", "misleading_word",
     "Ruby on Rails upgrades for ageing startup codebases."),
    ("en", "short", "", "place_word",
     "Hip-hop dance classes for teens in Moose Jaw, Saskatchewan."),
    ("en", "short", "", "place_word",
     "Black pudding made by hand on Bury Market."),
    ("en", "short", "", "misleading_word",
     "Pommel horse and vaulting table repairs for gymnastics clubs."),
    ("en", "short", "must include the word 'Candelaria'", "",
     "Street art walking tours of La Candelaria, Bogotá; include 'Candelaria'."),
    ("en", "short", "at most 6 letters", "",
     "Via ferrata guiding above Cortina; no more than six letters."),

    # ------------------------------------------------------------------
    # English, medium (40)
    # ------------------------------------------------------------------
    ("en", "medium", "", "",
     "Water softener installation and monthly salt delivery for homes in Mesa, "
     "Arizona, where the hard water ruins kettles and shower heads."),
    ("en", "medium", "", "",
     "Corrugated cardboard boxes made to order for grape and pomegranate "
     "exporters around Nashik, printed with each farm's own label."),
    ("en", "medium", "", "",
     "Loading dock doors and dock levellers repaired for distribution "
     "warehouses around Memphis, with a four-hour callout."),
    ("en", "medium", "", "",
     "Thermal imaging checks of switchboards in food factories across western "
     "Poland, so overheating cables are found before they start a fire."),
    ("en", "medium", "", "",
     "Tahini stone-ground from Humera sesame in a small mill in Haifa, sold in "
     "tins to hummus restaurants."),
    ("en", "medium", "must include the word 'brew'", "",
     "Cold brew coffee concentrate delivered in kegs to offices and co-working "
     "spaces in Johannesburg. The name must include the word 'brew'."),
    ("en", "medium", "", "",
     "Tewkesbury mustard milled from locally grown seed and mixed with "
     "horseradish the old way, sold at farm shops along the Severn."),
    ("en", "medium", "", "",
     "Jeans mending and sashiko reinforcement for worn selvedge denim, posted "
     "to our small workshop in Okayama from anywhere in Japan."),
    ("en", "medium", "", "",
     "Fishing reel servicing and spare parts for charter skippers and anglers "
     "in Cairns, usually turned around within 48 hours."),
    ("en", "medium", "", "",
     "Sail repair loft on Waiheke Island mending torn mainsails, jibs and "
     "spinnakers for cruising yachts; we collect the bags from the ferry."),
    ("en", "medium", "", "",
     "Propeller straightening and balancing for outboards and small fishing "
     "boats, from a workshop by the Old Port in Mombasa."),
    ("en", "medium", "at most two words", "",
     "Headliner replacement for sagging car roof linings in Fort Worth, usually "
     "done in a day. Please keep the name to two words at most."),
    ("en", "medium", "", "",
     "Dizziness and vertigo clinic in Toronto, run by physiotherapists trained "
     "in vestibular rehabilitation, with same-week appointments."),
    ("en", "medium", "", "misleading_word",
     "Cat's eye road studs installed and replaced along rural A-roads for "
     "highway authorities across Yorkshire, working at night under lane closures."),
    ("en", "medium", "", "misleading_word",
     "Butterfly valve refurbishment for water utilities and irrigation "
     "districts in California's Central Valley, with a pressure test before "
     "every valve goes back."),
    ("en", "medium", "", "misleading_word",
     "Bull bars welded to order for farm utes in Toowoomba, Queensland, fitted "
     "with spotlights and a winch mount."),
    ("en", "medium", "", "place_word",
     "Watercress beds near Wool, Dorset, supplying salad bags to supermarkets, "
     "pubs and farm shops across the south of England."),
    ("en", "medium", "", "place_word",
     "Vegetarian cooking classes in Hue, taught by a cook who learned temple "
     "food from Buddhist nuns."),
    ("en", "medium", "", "place_word",
     "Quinceañera dress boutique in Cut and Shoot, Texas, with fittings, "
     "alterations and tiara rental."),
    ("en", "medium", "should sound Japanese", "",
     "Karate dojo for children in Salford with belt gradings every term. We'd "
     "like the name to sound Japanese."),
    ("en", "medium", "", "",
     "Touch-typing courses for children aged 8 to 12, taught online through "
     "games that slowly build speed."),
    ("en", "medium", "", "",
     "Public speaking coaching for engineers and scientists in Eindhoven who "
     "suddenly have to present to clients and investors."),
    ("en", "medium", "", "",
     "Forklift licence training and refresher courses for warehouse staff in "
     "Dandenong, Victoria, held on our own yard."),
    ("en", "medium", "", "",
     "Bartending school in Manila that trains crew for cruise ship bars, with "
     "a mock ship bar in the classroom."),
    ("en", "medium", "should be in Irish or sound Irish", "",
     "Irish-language summer camps for teenagers in Connemara, staying with host "
     "families. The name should be in Irish, or at least sound Irish."),
    ("en", "medium", "", "",
     "Babysitting courses for teenagers in Auckland: basic first aid, nappy "
     "changes and how to get toddlers to bed."),
    ("en", "medium", "", "",
     "Stand-up comedy workshops for beginners in Cape Town, ending with a "
     "five-minute set at a real comedy club."),
    ("en", "medium", "", "",
     "Skatepark design and concrete construction for towns across Poland; we "
     "also repair cracked bowls and coping."),
    ("en", "medium", "", "",
     "River tubing and kayak trips on the Nam Song in Vang Vieng, with life "
     "jackets and a safety boat on every run."),
    ("en", "medium", "number-based name", "",
     "Solar eclipse trips for astronomy clubs: flights, hotels and a clear-sky "
     "backup site for every eclipse. We'd like a number-based name."),
    ("en", "medium", "alliterative name", "",
     "Trabant convoy tours around East Berlin, where guests drive the little "
     "two-stroke cars themselves behind a guide. We'd love an alliterative name."),
    ("en", "medium", "", "",
     "Emu farm in central Queensland selling emu oil for skin balms, plus empty "
     "eggs for carvers and painters."),
    ("en", "medium", "", "",
     "Hoshigaki persimmons hand-massaged and air-dried on a family farm in "
     "Placer County, California, sold to chefs and gift shops."),
    ("en", "medium", "", "",
     "Black garlic aged for forty days in small ovens on a farm in Ontario's "
     "Norfolk County, sold to chefs."),
    ("en", "medium", "", "",
     "Booking software for catteries and boarding kennels, with vaccination "
     "checks at drop-off and a webcam link for owners."),
    ("en", "medium", "", "",
     "Home inspection app: inspectors tick through the house on a tablet and "
     "the report is ready before they leave the driveway."),
    ("en", "medium", "real words only", "",
     "Scoring app for pub darts leagues across Wales, with live tables on the "
     "TV behind the bar. Real words only, please."),
    ("en", "medium", "avoid the words 'return' and 'easy'", "",
     "Returns management app for Shopify clothing brands in Australia. Avoid "
     "the words 'return' and 'easy', every competitor has them."),
    ("en", "medium", "", "",
     "Merchandising crews who restock and set up shelves in supermarkets across "
     "Kenya for drinks and snack brands."),
    ("en", "medium", "", "",
     "Chewing gum removal from pavements and shopping-centre floors in "
     "Birmingham, using steam rather than chemicals."),

    # ------------------------------------------------------------------
    # English, long (25): first-person founder paragraphs, 70-95 words
    # ------------------------------------------------------------------
    ("en", "long", "", "past_job",
     "I flew turboprops for a regional airline along the Norwegian coast for "
     "fourteen years, and my wife taught woodwork at a secondary school in "
     "Bodø. When I was grounded during the pandemic, we built an insulated "
     "cabin at the bottom of our garden so she could work from home, and then "
     "the neighbours wanted one. Now we build timber garden offices with triple "
     "glazing and a small wood stove, delivered flat and assembled in two days "
     "anywhere in Nordland. We don't build full houses or saunas, and nothing "
     "to do with aviation anymore."),
    ("en", "long", "", "",
     "My grandmother in Mito, north of Tokyo, made natto every week in "
     "rice-straw bundles, and my father, a bank clerk, refused to eat it. I "
     "moved to Portland, Oregon, for a nursing job and missed it so much that I "
     "started fermenting soybeans in my garage. After six years in intensive "
     "care I now make fresh natto full time from local soybeans and sell it to "
     "Japanese grocers, ramen shops and co-ops around the Pacific Northwest. We "
     "aren't a restaurant, and we don't make tofu or miso."),
    ("en", "long", "", "late_offer",
     "Twelve years ago I rode an old Honda from Alaska to Panama City and got "
     "stuck, like everyone does, because no road crosses the Darién jungle. My "
     "father repaired ferry engines in Cartagena, my uncle skippered a cargo "
     "sailboat in the San Blas islands, and I spent a decade as a customs "
     "broker in Colón. Put together, that is what we do now: we ship overland "
     "travellers' motorcycles between Panama and Colombia by sailboat or "
     "container, paperwork and port handling included. We don't rent bikes and "
     "we don't guide tours."),
    ("en", "long", "", "negation",
     "Before this I was a lighting technician in theatres around Manchester, "
     "and my younger sister has profound autism, so I grew up watching light "
     "and sound calm her down or set her off. Three years ago her special "
     "school asked me to fit out a quiet room, and word spread. Now we design "
     "and install multi-sensory rooms for special schools, hospices and care "
     "homes across the north-west: bubble tubes, fibre-optic curtains, "
     "projectors, soft padding and controls staff can actually use. We are not "
     "therapists, and we don't sell toys to parents."),
    ("en", "long", "at most three syllables", "",
     "My dad came from Jalisco in 1979 and spent thirty years fixing the big "
     "tortilla machines in East Los Angeles, the ones that press, bake and "
     "stack thousands an hour. I studied mechanical engineering and worked "
     "eight years at an aerospace plant in Long Beach, but kept helping him on "
     "weekends. Now he has retired and I run it properly: servicing and "
     "rebuilding tortilla machines for tortillerías and restaurants across "
     "Southern California. We don't make tortillas or sell kitchen equipment. "
     "Three syllables at most for the name."),
    ("en", "long", "", "",
     "I trained as an orthotist in Glasgow and worked twelve years at a "
     "children's hospital there before my husband's job brought us back to "
     "Seoul, where I grew up. Korean teenagers spend hours bent over desks, and "
     "girls with scoliosis often wear their braces only at night because the "
     "old ones are ugly, hot and show under a school uniform. I have opened a "
     "small clinic in Mapo that scans, designs and fits lighter 3D-printed "
     "spinal braces. We don't do surgery or chiropractic, and we don't sell "
     "mattresses."),
    ("en", "long", "", "family_job",
     "My mother taught piano in a flat in Sham Shui Po for forty years, and I "
     "played for her pupils' exams from the age of fourteen. I went on to study "
     "in Vienna and spent ten years as a répétiteur at the opera house in Graz "
     "before coming home. Every exam season hundreds of violin, flute and "
     "singing students in Hong Kong need a pianist, so I now run an agency of "
     "twelve accompanists who rehearse with them and play on the day. We don't "
     "give piano lessons and we don't sell instruments."),
    ("en", "long", "", "",
     "I caddied at Carnoustie for eleven summers while studying logistics in "
     "Dundee, and every July I watched American visitors drag huge golf bags "
     "through Edinburgh airport and pay silly airline fees. My brother drives "
     "for a courier firm in Perth, so we started a service that collects golf "
     "clubs from homes in the United States and Canada and delivers them to "
     "hotels and clubhouses in Scotland and Ireland, then home again. We are "
     "not a golf tour operator, we don't book tee times, and we don't sell "
     "equipment."),
    ("en", "long", "", "past_job",
     "I spent twenty-six years as a drill sergeant in the Canadian Army, so I "
     "have the loudest voice in Nova Scotia, and my grandmother ran a costume "
     "shop in Lunenburg. When I retired to Annapolis Royal, the town asked me "
     "to read the Canada Day proclamation in a tricorn hat, and it snowballed. "
     "Now I work as a professional town crier: I open festivals, launch shops, "
     "announce engagements and read at weddings, in English and French. I "
     "don't do clowning, children's magic or costume hire."),
    ("en", "long", "", "family_job",
     "My grandfather ran a portrait studio in Ipoh from 1950 until he died, and "
     "when my aunties cleared it out we found boxes of cracked glass negatives "
     "and faded wedding pictures. I had worked nine years as a retoucher for an "
     "advertising agency in Kuala Lumpur, so I started fixing them. Now I "
     "restore damaged family photographs for people across Malaysia and "
     "Singapore: tears, water stains, mould, missing faces. Customers post the "
     "originals or send scans, and we return archival prints. We don't take "
     "new portraits or shoot weddings."),
    ("en", "long", "", "",
     "I grew up on a wheat farm outside Port Pirie, did my apprenticeship as a "
     "refrigeration mechanic and spent nine years maintaining the air "
     "conditioning on Adelaide's trains. What most houses here actually run in "
     "summer, though, is an evaporative cooler on the roof, and nobody wants to "
     "climb up and service it. So with my cousin I now service, clean and "
     "repair rooftop evaporative coolers for homes and schools across Adelaide "
     "before each summer: pads, pumps, belts and motors. We don't install "
     "split systems and we don't do heating."),
    ("en", "long", "must start with O", "",
     "I taught at a primary school in Surulere for seven years, and my mum "
     "sold lace and ankara at Balogun Market, so I have always loved colour. At "
     "my sister's wedding the decorator never showed up, and I built a balloon "
     "arch from YouTube videos at three in the morning. Now I design balloon "
     "garlands, arches and backdrops for weddings, naming ceremonies, product "
     "launches and church anniversaries across Lagos and Abuja. We don't do "
     "catering or rent chairs and canopies. The name should start with O, for "
     "my daughter Oreoluwa."),
    ("en", "long", "", "",
     "My father rode as a jockey at the Curragh and my mother ran a riding "
     "school in County Kildare, but I ended up as a civil engineer building "
     "roads for the council. Poor footing lamed two of my mother's ponies, and "
     "that is how this started. We now design and build outdoor and indoor "
     "riding arenas for yards, studs and riding schools across Ireland: "
     "drainage, membranes and sand-and-fibre surfaces, plus a monthly "
     "harrowing service. We don't train horses, teach riding or sell horses."),
    ("en", "long", "", "negation",
     "After my mother's stroke she was stuck on the fourth floor of her walk-up "
     "in Kraków for eight months, because the old tenement has no lift. I was "
     "a sales rep for a medical supplier then, and my husband is a paramedic. "
     "We now rent out tracked stair-climbers with a trained operator, so people "
     "in old apartment buildings across southern Poland can get to "
     "appointments, weddings and the park. We don't sell wheelchairs, we are "
     "not an ambulance or a taxi, and we don't install lifts."),
    ("en", "long", "", "late_offer",
     "My grandad was a miner in Blaenavon, my mum worked the switchboard at the "
     "old telephone exchange in Pontypool, and I spent twelve years fixing "
     "signals for the railway. When our village bought its disused phone box "
     "for a pound, I was asked to restore it. Thirty boxes later, this is the "
     "business: we restore old red telephone kiosks for parish councils and "
     "private buyers, repainting, reglazing and rewiring them, and fit them out "
     "as defibrillator cabinets or little libraries. We don't install phones "
     "or sell defibrillators."),
    ("en", "long", "", "past_job",
     "For eleven years I drove a flatbed tow truck around Houston at night, "
     "while my wife ran dispatch from our kitchen table with a paper map and "
     "three cell phones. When she went back to college for computer science, "
     "her final project was the app we had always wanted. Now we sell it: "
     "dispatch software for small towing companies, with live truck locations, "
     "police rotation calls, photos of every vehicle and invoicing to motor "
     "clubs. We don't tow cars ourselves anymore, and we don't sell trucks."),
    ("en", "long", "", "late_offer",
     "Growing up in Pilsen, on Chicago's Lower West Side, I watched my "
     "grandfather lay tile in half the bathrooms on 18th Street, and my mother "
     "was a chemist at a paint factory in Cicero. I sold insurance for six "
     "years and hated every day of it. What I do now sits right between the "
     "two: I refinish old cast-iron and porcelain bathtubs, sinks and wall tile "
     "in place, so landlords and homeowners don't have to rip them out. One "
     "day, no demolition. We don't do plumbing and we don't sell new tubs."),
    ("en", "long", "", "",
     "I sold trainers from a market stall in Camden for ten years before moving "
     "back to Leicester, where my dad has a small joinery shop. Collectors kept "
     "asking how to show off their sneakers, model cars and signed shirts "
     "without dust or sun fading them. So we now make made-to-measure display "
     "cases in acrylic and oak with UV-filtering panels, built to the exact "
     "size of whatever you collect, and ship them across the UK and Europe. We "
     "don't buy or sell collectibles, and we don't do kitchens or general "
     "joinery."),
    ("en", "long", "", "",
     "I was a biomedical technician at Korle Bu Teaching Hospital in Accra for "
     "nine years, and my wife runs a small dental practice in Osu. Every time "
     "her chair broke down she waited weeks for an engineer from the dealer in "
     "Tema. So I left the hospital and started a company that installs, "
     "services and repairs dental chairs, compressors, suction units and "
     "autoclaves for private clinics in Accra, Kumasi and Takoradi. We are not "
     "dentists, we don't treat patients, and we don't sell toothpaste or "
     "whitening kits."),
    ("en", "long", "", "",
     "I grew up training sheepdogs on my family's farm in County Antrim, then "
     "spent fifteen years as a greenkeeper at golf clubs in Ohio after marrying "
     "a girl from Columbus. Canada geese were the curse of every course: "
     "droppings on the greens and angry birds at nesting time. So I put my "
     "border collies to work. We now chase geese off golf courses, office "
     "parks, cemeteries and school fields across central Ohio on a weekly "
     "schedule, without harming a single bird. We don't hunt, cull or trap, and "
     "we don't sell dogs."),
    ("en", "long", "", "",
     "My dad played Santa at a department store in Toledo for thirty-one "
     "Christmases, while I taught high-school drama in Ann Arbor. When his "
     "knees gave out, the store kept calling him for replacements, so we "
     "started training them. Now we run a three-day school for professional "
     "Santas and Mrs. Clauses in Frankenmuth, Michigan: beard care, basic sign "
     "language, how to talk with children who are grieving or autistic, and "
     "photo etiquette for malls. We don't rent costumes, we don't book "
     "performers, and we are not a toy shop."),
    ("en", "long", "", "family_job",
     "My parents ran a laundromat in Jackson Heights, Queens, for twenty years, "
     "and I spent my teens unjamming coin slots and replacing dryer belts. "
     "After an electrical engineering degree I worked a decade in a subway "
     "signal shop. Now I'm back with the machines: we service, repair and "
     "rebuild commercial washers, dryers and card-payment readers for "
     "independent laundromats across New York City and Long Island, usually "
     "the same day. We don't run laundromats, we don't wash clothes, and we "
     "don't fix home appliances."),
    ("en", "long", "", "",
     "After Cyclone Gita tore the roof off my auntie's house in Nuku'alofa, I "
     "came home from eight years as a carpenter on building sites in Auckland. "
     "Most roofs failed because nobody had tied them down properly. Now my "
     "cousins and I retrofit cyclone straps, roof ties and stronger fixings on "
     "homes, churches and schools across Tongatapu before each cyclone season, "
     "and we train local builders to do the same. We don't build new houses, "
     "we don't sell roofing iron, and we are not an aid agency."),
    ("en", "long", "", "late_offer",
     "My father drove a milk tanker between Anand and Ahmedabad for twenty "
     "years, my mother sold pickles from our front room, and after college I "
     "worked as a quality inspector at a biscuit factory in Vadodara. Every "
     "summer I watched ice-cream parlours run short of cones. So, finally, the "
     "business: we bake wafer cones and cups on automatic moulds and supply "
     "them in bulk to ice-cream parlours, kulfi sellers and dairies across "
     "Gujarat. We don't make ice cream, and we don't sell retail packs in "
     "shops."),
    ("en", "long", "", "past_job",
     "I spent seventeen years as a firefighter in Aberdeen, and my wife trained "
     "as a goldsmith in Pforzheim before we met. After my shoulder operation "
     "she taught me to solder, and we noticed how many couples wanted something "
     "more personal than a ring from a catalogue. So we run one-day workshops "
     "where couples make each other's wedding rings from recycled gold or "
     "silver, guided at the bench from sketch to polish. We don't sell "
     "ready-made jewellery, and I don't do fire safety training anymore."),

    # ------------------------------------------------------------------
    # French (1 short, 2 medium, 1 long)
    # ------------------------------------------------------------------
    ("fr", "short", "one word only", "",
     "Matelassier à Toulouse : réfection de matelas en laine ; un seul mot."),
    ("fr", "medium", "", "misleading_word",
     "Nous fabriquons à la main des pipes en bruyère à Saint-Claude, dans le "
     "Jura, et nous les vendons aux buralistes et aux collectionneurs du monde "
     "entier."),
    ("fr", "medium", "must start with L", "",
     "Garde d'enfants malades à domicile à Lille, quand les parents doivent "
     "travailler et que la crèche refuse l'enfant fiévreux. Le nom doit "
     "commencer par la lettre L."),
    ("fr", "long", "", "",
     "J'ai été infirmière de nuit dans un EHPAD près d'Angers pendant quinze "
     "ans, et mon père était maraîcher à Saumur. J'ai vu des résidents "
     "désorientés se calmer dès qu'ils touchaient de la terre. Aujourd'hui, "
     "avec un ami paysagiste, je conçois et j'aménage des jardins "
     "thérapeutiques pour les maisons de retraite et les unités Alzheimer de "
     "l'Ouest : bacs surélevés, allées sans obstacles, plantes sans danger et "
     "bancs à l'ombre. Nous ne vendons pas de plantes aux particuliers et nous "
     "ne faisons pas l'entretien des espaces verts."),

    # ------------------------------------------------------------------
    # Spanish
    # ------------------------------------------------------------------
    ("es", "short", "rhyming name", "",
     "Chapulines tostados de Oaxaca por internet; nombre que rime."),
    ("es", "medium", "", "",
     "Somos un taller en Montevideo que restaura y retapiza butacas antiguas de "
     "cine y teatro para salas independientes y centros culturales."),
    ("es", "medium", "at most 7 letters", "",
     "Taller en Luque, Paraguay, que fabrica y afina arpas paraguayas para "
     "músicos y escuelas de música. El nombre debe tener como máximo siete "
     "letras."),
    ("es", "long", "", "",
     "Mi tío luchó veinte años con máscara en la Arena México, y yo trabajé "
     "ocho años como costurera en una fábrica de uniformes escolares en "
     "Naucalpan. Cuando él se retiró, los luchadores jóvenes empezaron a "
     "pedirme máscaras. Ahora, con mi hermana, cosemos a mano máscaras de lucha "
     "libre a la medida para luchadores profesionales, escuelas de lucha y "
     "coleccionistas de todo el mundo, con lentejuelas, vinilo y piel. No "
     "organizamos funciones, no somos un gimnasio y no vendemos disfraces "
     "baratos de fiesta."),

    # ------------------------------------------------------------------
    # German
    # ------------------------------------------------------------------
    ("de", "short", "must include the word 'Zinn'", "",
     "Zinnfiguren aus Dießen am Ammersee, der Name soll „Zinn“ enthalten."),
    ("de", "medium", "", "",
     "Wir warten und reparieren Melkroboter auf Milchviehbetrieben in "
     "Schleswig-Holstein, rund um die Uhr und auch an Feiertagen."),
    ("de", "medium", "no English words", "",
     "Fahrschule nur für Traktor- und Landmaschinenführerscheine im Emsland, "
     "mit eigenem Übungshof. Der Name soll rein deutsch sein, ohne englische "
     "Begriffe."),
    ("de", "long", "", "place_word",
     "Ich bin in Bad Kissingen aufgewachsen, wo mein Vater dreißig Jahre lang "
     "im Kurorchester Geige gespielt hat, und ich selbst war zwölf Jahre "
     "Kellnerin auf Kreuzfahrtschiffen. Seit drei Jahren bin ich zurück und "
     "vermiete mit meiner Schwester Elektromobile, Rollatoren und Rollstühle an "
     "Kurgäste und Touristen in Unterfranken. Wir liefern alles direkt ins "
     "Hotel oder in die Ferienwohnung, erklären die Bedienung und holen es am "
     "Ende wieder ab. Wir sind kein Sanitätshaus, wir verkaufen nichts und wir "
     "machen keine Pflege."),

    # ------------------------------------------------------------------
    # Portuguese
    # ------------------------------------------------------------------
    ("pt", "short", "", "",
     "Escola de barbeiros para jovens da periferia do Recife."),
    ("pt", "medium", "", "",
     "Fazemos chinelos personalizados com os nomes dos noivos para casamentos e "
     "festas de quinze anos, em Franca, e enviamos para todo o Brasil."),
    ("pt", "medium", "number-based name", "",
     "Consertamos panelas de pressão, liquidificadores e ventiladores em Belo "
     "Horizonte, com troca de borracha na hora. O nome deve ter um número."),
    ("pt", "long", "", "",
     "Fui enfermeira na maternidade Lucrécia Paim, em Luanda, durante onze "
     "anos, e a minha mãe vendia peixe seco no mercado do Roque Santeiro. "
     "Cansei de ver famílias gastarem metade do salário em fraldas "
     "descartáveis. Hoje, com duas primas, temos um serviço de fraldas de "
     "pano: entregamos fraldas limpas em casa todas as semanas, recolhemos as "
     "sujas e lavamos tudo a alta temperatura. Não vendemos roupa de bebé, não "
     "fazemos partos e não somos uma creche."),

    # ------------------------------------------------------------------
    # Italian
    # ------------------------------------------------------------------
    ("it", "short", "", "",
     "Scuola di sbandieratori per ragazzi ad Asti, lezioni il sabato."),
    ("it", "medium", "", "",
     "Siamo un laboratorio a Firenze che ripara e ridipinge manichini da "
     "vetrina per boutique, sartorie e grandi magazzini."),
    ("it", "medium", "should sound Latin", "",
     "Corsi per assaggiatori professionisti di olio extravergine a Spoleto, con "
     "esame finale per entrare nei panel ufficiali. Il nome deve suonare "
     "latino."),
    ("it", "long", "", "",
     "Sono nata a Orgosolo, il paese dei murales, e mio padre faceva il pastore "
     "sulle montagne del Supramonte. Dopo l'Accademia di Belle Arti a Sassari "
     "ho lavorato dieci anni a Londra, prima come cameriera e poi come "
     "scenografa. Adesso sono tornata e, con due amiche, dipingiamo murales su "
     "commissione per scuole, comuni, cantine e alberghi in tutta la Sardegna, "
     "partendo sempre dalle storie del posto. Non facciamo graffiti, non "
     "vendiamo quadri e non organizziamo tour."),
]

TRAP_TAGS = {"misleading_word", "place_word", "late_offer", "past_job",
             "family_job", "negation"}


def words(text):
    """Whitespace tokens that contain at least one letter or digit."""
    return [t for t in text.split() if re.search(r"\w", t)]


def sentences(text):
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def validate(rows):
    assert len(rows) == 120, len(rows)
    langs = Counter(r[0] for r in rows)
    assert langs == {"en": 100, "fr": 4, "es": 4, "de": 4, "pt": 4, "it": 4}, langs
    lengths = Counter(r[1] for r in rows)
    assert lengths == {"short": 40, "medium": 50, "long": 30}, lengths
    for lang in ("fr", "es", "de", "pt", "it"):
        c = Counter(r[1] for r in rows if r[0] == lang)
        assert c == {"short": 1, "medium": 2, "long": 1}, (lang, c)
    cons = [r for r in rows if r[2]]
    assert len(cons) == 25, len(cons)
    assert sum(1 for r in cons if r[0] == "en") == 17
    assert sum(1 for r in cons if r[0] != "en") == 8
    for r in rows:
        assert r[3] == "" or r[3] in TRAP_TAGS, r
        n = len(words(r[4]))
        if r[1] == "short":
            assert n <= 11, (n, r[4])
        elif r[1] == "medium":
            assert n <= 29 and len(sentences(r[4])) <= 2, (n, r[4])
        else:
            assert 70 <= n <= 95, (n, r[4])
    descs = [r[4] for r in rows]
    assert len(set(descs)) == len(descs), "duplicate description"


def main():
    validate(ROWS)
    rows = list(ROWS)
    random.Random(25).shuffle(rows)
    with open(os.path.join(HERE, "names25.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(["id", "description", "language", "constraint"])
        for i, (lang, _length, cons, _trap, desc) in enumerate(rows, 1):
            w.writerow([f"t{i:03d}", desc, lang, cons])
    with open(os.path.join(HERE, "meta.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(["id", "length_class", "trap_tag"])
        for i, (_lang, length, _cons, trap, _desc) in enumerate(rows, 1):
            w.writerow([f"t{i:03d}", length, trap])
    traps = Counter(r[3] for r in rows if r[3])
    print("rows:", len(rows))
    print("languages:", dict(Counter(r[0] for r in rows)))
    print("lengths:", dict(Counter(r[1] for r in rows)))
    print("constraints:", sum(1 for r in rows if r[2]),
          "(en %d, other %d)" % (sum(1 for r in rows if r[2] and r[0] == "en"),
                                  sum(1 for r in rows if r[2] and r[0] != "en")))
    print("traps:", sum(traps.values()), dict(traps))


if __name__ == "__main__":
    main()
