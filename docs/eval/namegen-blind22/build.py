#!/usr/bin/env python3
"""Build names22.csv (120 fresh business descriptions) and meta.csv."""
import csv, random

# (language, length_class, constraint, trap_tag, description)
R = [
# ---------------- English short (35) ----------------
("en","short","","place_name_word","Pottery studio and kiln hire in Golden, British Columbia."),
("en","short","","second_sense","Altar hosts baked by Benedictine nuns in a Missouri convent."),
("en","short","","alarming_lawful","Explosives detection dogs hired out for stadium events in Johannesburg."),
("en","short","","second_sense","Stream restoration and beaver dam analogues for Oregon ranchers."),
("en","short","","","Custom printed matchboxes supplied wholesale to hotels and bars."),
("en","short","","","Cinnamon peeling school for young workers near Galle, Sri Lanka."),
("en","short","","","Trampoline and playground safety inspections for Ontario schools."),
("en","short","","","Tabla and harmonium repair workshop in Kolkata."),
("en","short","","","Wild rice harvested by canoe, sold from northern Minnesota."),
("en","short","at most 4 letters","","Grilled squid stall at a Kaohsiung night market; four letters max."),
("en","short","one word only","","Wedding harpist for castles around Wicklow. One word, please."),
("en","short","","b2b_trade","Horse rugs and stable mats wholesale to saddlery shops."),
("en","short","","","Surf wax made from local beeswax in Ericeira."),
("en","short","name ends with the letter x","","DIY guitar pedal kits shipped from Taipei; name ending in x."),
("en","short","","","Tontine savings-circle app for Cameroonian market traders."),
("en","short","","not_x","Rabbit-only holiday boarding in Brisbane, not a pet shop."),
("en","short","","brand_mention","Paint protection film and vinyl wraps for Tesla owners in Auckland."),
("en","short","","alarming_lawful","Stab-vest fitting for prison officers and hospital security staff."),
("en","short","","place_name_word","Teen rowing club on the Humber in Hull."),
("en","short","","place_name_word","Water filter installs for households in Flint, Michigan."),
("en","short","","","Ice-cream tricycle for weddings and garden parties in Tallinn."),
("en","short","at most 6 letters","","Tyre repair kiosk for boda-boda riders in Kampala. Max six letters."),
("en","short","","","Roof painting and rust repair for tin-roofed houses in Honiara."),
("en","short","","","Mobile sheep dipping and foot-trimming service in Powys."),
("en","short","","","Throat-singing lessons online from a herder family in Tuva."),
("en","short","","","Moss and lichen removal from slate roofs in Cornwall."),
("en","short","","","Pysanky egg-decorating workshops at a Ukrainian hall in Edmonton."),
("en","short","starts with the letter V","","Volunteer ambulance service for Mount Lebanon villages, starting with V."),
("en","short","","","Velodrome track coaching for teenage cyclists in Adelaide."),
("en","short","","","Handline tuna fishing trips for visitors from Rarotonga."),
("en","short","","","Coffin-making workshop in Accra building fantasy-shaped caskets."),
("en","short","","","Rug washing and moth repair for Persian carpets, Toronto."),
("en","short","","","Fish-scale leather tanned from tilapia skins in Kenya."),
("en","short","","","Portable planetarium dome visits to primary schools in Wales."),
("en","short","","","Sourwood honey and comb from the Blue Ridge, North Carolina."),
# ---------------- English medium (40) ----------------
("en","medium","","second_sense","We service and rebuild tablet presses for small vitamin and herbal supplement makers in Gujarat, including punches, dies and turret overhauls."),
("en","medium","","second_sense","Fortune cookie bakery in Oakland that prints custom messages for weddings, product launches and marriage proposals."),
("en","medium","","second_sense","Popcorn kernel farm in Nebraska that sells bulk mushroom-type kernels to cinemas and stadium caterers."),
("en","medium","","second_sense","We gentle wild mustangs rounded up in Nevada and match them with first-time owners, with follow-up visits for a year."),
("en","medium","avoid the words 'gum' and 'koala'","","Eucalyptus oil distillery on a wheat farm in the Victorian Mallee. Please avoid 'gum' and 'koala' in the name."),
("en","medium","","place_name_word","Language school in Opportunity, Washington, teaching English to newly arrived families, with evening classes and free childcare."),
("en","medium","","place_name_word","Czech kolache bakery in Temple, Texas, open at 5 a.m. for ranchers and nurses coming off night shift."),
("en","medium","","place_name_word","Upholstery workshop in Ware, Hertfordshire, re-covering dining chairs, boat cushions and old sofas in wool and linen."),
("en","medium","","alarming_lawful","We bring down old concrete grain silos with controlled explosive charges across the Canadian prairies, fully permitted and insured."),
("en","medium","","alarming_lawful","Licensed firearms storage: we hold hunters' rifles in a secure vault while they travel or wait for a licence renewal in Tasmania."),
("en","medium","","not_x","We're not a taxi company: volunteer drivers take rural patients in Saskatchewan to cancer treatment appointments in Regina and Saskatoon."),
("en","medium","","not_x","We are not a removals company. We pack, label and reshelve the book collections of academics and collectors moving house around Oxford."),
("en","medium","","not_x","Podiatry van visiting remote cattle stations in the Kimberley. We're not a beauty salon: no pedicures, just nails, corns and diabetic foot checks."),
("en","medium","","brand_mention","We teach small bakeries in Lima to take orders through Instagram and Google Maps, with photo shoots of their bread thrown in."),
("en","medium","","brand_mention","We convert old Volvo 240 wagons to electric drive in a small garage in Gothenburg and sell conversion kits to hobbyists."),
("en","medium","","brand_mention","Teaching grandparents in Lagos to use WhatsApp video, online banking and ride-hailing apps in small friendly groups."),
("en","medium","","b2b_trade","We supply stainless milking cluster parts, liners and pulsators to dairy farms across Uruguay and southern Brazil."),
("en","medium","","b2b_trade","Wholesale aquaculture nets and mooring ropes for mussel and oyster farms along the coast of Chiloé."),
("en","medium","","b2b_trade","Embroidered uniforms and name badges for hotel and spa staff in Bali, with a four-week turnaround."),
("en","medium","","b2b_trade","We press rice bran oil in Suphan Buri and sell it by the tanker to snack and instant-noodle factories in central Thailand."),
("en","medium","two syllables","","Sleep consultant helping parents of babies and toddlers in Dublin get through the night. The name should have two syllables."),
("en","medium","must sound Japanese","","Knife sharpening on whetstones for home cooks in Portland; we'd like a name that sounds Japanese but isn't a real word."),
("en","medium","must include the word 'Karoo'","","Padstal on the N1 selling lamb pies, koeksisters, rusks and local honey to road-trippers. The name must include 'Karoo'."),
("en","medium","alliteration","","Birthing pool hire and delivery for home births in the Midlands; an alliterative name would be lovely."),
("en","medium","number-based name","","Same-day motorbike courier for spare parts between dealers and garages in Nairobi. We'd like a number-based name."),
("en","medium","real English words only","","Morris dancing kit made to order in Oxfordshire: bells, baldricks, sticks and hats. Real English words only, nothing made up."),
("en","medium","","","Llama trekking in the Cordillera Blanca: our animals carry the gear while hikers walk between high camps, with cooks from Huaraz."),
("en","medium","","","A free prom dress and suit lending closet for high-school students in Detroit, run by retired teachers."),
("en","medium","","","Weekend bushcraft and shelter-building camps for teenage boys in the Brecon Beacons, run by two former youth workers."),
("en","medium","","","Women in Kyangwali refugee settlement roll paper beads into necklaces and bracelets, sold through churches and fair-trade shops in the US."),
("en","medium","","","Charity in Glasgow that teaches bike repair to young people leaving care and gives them a refurbished bike when they finish."),
("en","medium","","","Resoling and reheeling flamenco shoes for dancers and academies across Andalusia, posted back within ten days."),
("en","medium","","","Boutique guesthouse in a restored Hakka walled village near Shenzhen, with tea tastings and cycling routes."),
("en","medium","","","Boat clinic that brings eye tests and reading glasses to river villages along the Amazon downstream of Iquitos."),
("en","medium","avoid the words 'paw' and 'ear'","","Hearing dog training charity in Scotland that places dogs with deaf adults and children. Please avoid 'paw' and 'ear' in the name."),
("en","medium","","","Scheduling tool for volunteer lifeguard clubs on Australian beaches, handling patrol rosters and skills checks."),
("en","medium","","","Safety training and reflective vests for motorbike-taxi drivers in Lomé, paid for by a small weekly fee."),
("en","medium","","","Alpine hut booking platform for hikers on the Slovenian high trails, with real-time bed counts."),
("en","medium","","","Workshop in Hội An making made-to-measure ao dai and linen shirts for visitors, posted home within a week."),
("en","medium","","","Finger lime orchard in the hills behind Byron Bay selling the citrus pearls to chefs and cocktail bars, plus a small farm-gate shop."),
# ---------------- English long (25) ----------------
("en","long","","", "I spent twenty-two years as the ice technician at curling clubs around Manitoba, pebbling, scraping and nursing old brine plants through minus forty. Now I've gone out on my own and I consult for small-town rinks: I come in before the season, fix their ice, train the volunteers, and answer the phone at midnight when the compressor quits. I don't sell equipment and I don't build new rinks. My wife does the bookings from Brandon and my son drives when the roads are bad. I want a name that curlers will smile at, but that a town council will still pay."),
("en","long","","", "My dad was a pharmacist in Kumasi and I did chemistry at KNUST, then spent six years in a cosmetics lab in Accra. Now I make shea butter soaps and pomades in small batches with my two aunties, and we sell at Makola and on Instagram. The word 'shea' matters to me, but I hate when people think we're a celebrity brand. We don't test on animals and we don't use palm oil. People here call our big bars 'cakes', which confuses my cousin in London who thinks we bake. Something warm, West African, easy to spell."),
("en","long","","b2b_trade", "I grew up on my father's chilli farm near Guntur, which is basically the chilli capital of India, then worked in logistics for a shipping line in Chennai. Five years ago I came back and started a sorting and grading unit. We buy dried red chillies from about two hundred farmers, destem them, grade by colour and heat, and sell by the tonne to sauce factories, spice brands and exporters. We don't sell powder and we don't do retail packets. My mother still checks every lot by smell. I want a name a buyer in Dubai or Bangkok will trust."),
("en","long","","place_name_word", "I grew up in Speedway, Indiana, which is a real town, yes, the one with the race track. After twenty years as a school librarian I opened a tiny secondhand bookshop and tutoring room on Main Street. Mornings I tutor reading for kids who are falling behind, afternoons it's a shop, and on Saturdays my husband runs a chess table. We don't sell anything about racing, though every tourist asks. I'd like a name that nods to the town without making people think of cars or engines."),
("en","long","two words at most","not_x", "I'm a retired Navy diver from Port Macquarie and these days I teach freediving and breath-hold safety to spearfishers and underwater photographers. People keep lumping me in with scuba shops, but we're not a dive shop: no tanks, no boat trips, no gear sales. It's pool sessions in winter, ocean days from the breakwall when the swell allows. My partner runs the café next door so students get a bacon roll afterwards. I want two words at most, something quiet and confident, nothing about sharks or extreme sports."),
("en","long","","", "My grandmother kept bees in Gilan and my mum taught us to make halva and sohan in her kitchen in Toronto. I worked in payroll at a bank for fifteen years and left last spring. Now I make Persian sweets for Nowruz, weddings and funerals in a rented commercial kitchen in Richmond Hill. Saffron, rosewater, pistachio, cardamom. I don't do wedding cakes and I don't ship outside Ontario because the brittle breaks. I'd like a name that Persian aunties respect but my kids' friends can pronounce."),
("en","long","","alarming_lawful", "Folks hear 'helicopter hog hunting' and assume we're cowboys. We're not. I flew medevac for the Army for eleven years, then came home to Bastrop County, where feral hogs tear up every hay field and peanut crop. Now I run a licensed aerial control service: landowners hire us, we fly with a certified shooter, and we report every flight to Texas Parks and Wildlife. We don't sell hunts to tourists and we don't keep trophies. My wife runs dispatch and my brother-in-law maintains the helicopter. I'd like a name that sounds professional, not bloodthirsty."),
("en","long","","", "I'm a marine biologist who spent eight years counting sea turtles on Ningaloo, and my partner is a boat mechanic from Exmouth. We've bought a little glass-bottom boat and now run two-hour reef trips for families and older visitors who can't or won't snorkel. We don't feed fish, we don't chase whale sharks, and we cap each trip at twelve people. Our son is seven and wants a name with an octopus in it, which I'm considering. Mostly I want something that sounds friendly, local and not like a big tour company."),
("en","long","must include the place name 'Tenterfield'","", "I'm a saddler's daughter but I went the other way and became a stonemason. Spent years on heritage work in Sydney, sandstone churches mostly, then came home to Tenterfield when Mum got sick. Now I do dry stone walls, garden steps, fireplaces and headstone repairs around the New England tablelands. I don't do concrete or pavers, and I won't take jobs I can't finish properly. My partner does the quotes and invoicing. The name has to include Tenterfield, because that's where everyone knows me from."),
("en","long","","", "We're a Quechua family from near Ollantaytambo. My mother and aunts weave with alpaca and sheep wool using natural dyes, and I studied tourism in Cusco. We started hosting small groups in our house for three-day weaving stays: you dye, spin, and weave a small piece, eat with us, and walk up to the terraces. We are not a hotel and we don't take big buses. My younger brother guides the walks. We want a name that respects our language, maybe a Quechua word, but that visitors can still type into a search bar."),
("en","long","","brand_mention", "I was a Honda dealership mechanic in Hanoi for eleven years and the only woman in the workshop for most of it. Now I run a small training garage that teaches young women to service and repair motorbikes: scooters, Super Cubs, the occasional Yamaha. Six-month courses, and the last month they fix real customers' bikes at a discount. We're not a dealer and we don't sell parts. My mother cooks lunch for the students and my husband does the accounts. I want a name that sounds confident and a bit cheeky, in English or Vietnamese."),
("en","long","","", "After my twins were born early, I spent three months in a NICU in Cleveland, pumping milk at 3 a.m. and learning what preemie parents actually need. I was a wedding photographer before that. Now I run a nonprofit that delivers care bags to NICU parents: snacks, phone chargers, a journal, parking vouchers, and a note from another parent. We don't give medical advice and we don't fundraise door to door. My mom sews the bags. I want a name that's hopeful but not sugary, something a dad would carry too."),
("en","long","rhyming name","", "My family has farmed rooibos near Clanwilliam for three generations, and I was an accountant in Cape Town before I came back to take over. We've started a small tea room and tasting room on the farm: rooibos flights, buchu, honeybush, scones, and a walk through the fields in flowering season. We're not a wine farm, though everyone on the N7 expects one. My wife bakes and my uncle does tractor tours. I'd love a name that rhymes, something playful that families stopping on a road trip remember."),
("en","long","","", "I spent twenty years as a ship's cook on cargo vessels, mostly Filipino crews, and I always got asked for my adobo. Now I've settled in Rotterdam with my Dutch wife and opened a small takeaway near the port that feeds seafarers on shore leave, dock workers and students. Rice bowls, pancit, lumpia, and a proper breakfast from 6 a.m. We don't do delivery apps because the margins are terrible. My stepson runs the till. I want a name that sailors from anywhere will get, a bit salty, not cheesy."),
("en","long","","second_sense", "My grandfather was a charcoal burner in the Apennines, and I've revived it in the Blue Mountains of all places. I make lump charcoal from orchard prunings and storm-fallen hardwood in a steel kiln, and sell it to barbecue restaurants, blacksmiths and artists who use it for drawing. I don't cut live trees and I don't do briquettes. Before this I was an IT project manager in Parramatta and I'm happier covered in soot. The word 'burner' gets me emails about phones, which is not what we are."),
("en","long","","", "I'm a veterinary nurse from Ballarat who moved to Fiji with my husband's job at a resort. The island dogs broke my heart, so I started a desexing and vaccination clinic that travels village to village on the back of a truck, with two local vets and a lot of volunteers. We're funded by donations and by tourists who join us for a day. We don't rehome dogs overseas. I'd like a name that works in English and doesn't sound like a charity from somewhere else, something with the ocean in it maybe."),
("en","long","","", "Right, so I'm a retired geography teacher in Keswick and I've started guided walks for people who've had a stroke or heart surgery and lost confidence outdoors. Flat lakeside paths, benches every half mile, a flask of tea and a proper rest. My husband was a cardiac nurse and comes on every walk. We don't do summits, we don't do fundraising challenges, and nobody gets left at the back. Groups are six at most. I want a name that sounds encouraging and gentle, nothing about conquering or peaks."),
("en","long","real English words only","", "I was a software tester in Pune for nine years before I went back to my village near Sangli to grow grapes with my father. We realised the raisins we made in our shed tasted far better than what the traders gave us money for, so now we dry, sort and pack raisins ourselves and sell directly to families in Mumbai and Bengaluru. No sulphur, no oil coating. My sister handles WhatsApp orders. I'd like a name using plain English words only, short, easy for city people."),
("en","long","","", "Hi, I'm a luthier's apprentice turned ukulele builder in Hilo. I learned from an old man in Kona who made maybe ten instruments a year from koa he found himself. I now build about twenty, mostly tenor and baritone, and I repair whatever the local schools send me for free. I don't mass produce and I don't sell through music chains. My girlfriend photographs the instruments and runs the website. I want a name that honours Hawaii without using 'aloha' or 'mahalo', because every shop here does."),
("en","long","","", "My mum was a dinner lady for thirty years and I was a chef in London hotels, and we've finally done it: a community kitchen in Middlesbrough that teaches people on low incomes to cook cheap, proper meals. Five-week courses, free, everyone takes home a bag of ingredients. We also train young people for kitchen jobs. We're not a food bank and not a restaurant, though we do a pay-what-you-can lunch on Fridays. I'd like a name that sounds warm and Teesside, not charity-speak."),
("en","long","at most 8 letters","", "I'm an electrical engineer from Tucson, and after my dad had a fall and lay on the floor for hours, I built a little sensor that sits on the ceiling and notices when someone goes down, without a camera. Now it's me and two friends from the university, selling to families and assisted living places in Arizona. We don't record video and we don't sell data to insurers. My dad is our first tester and our harshest critic. I need a name of eight letters or fewer, easy to say on the phone."),
("en","long","","", "We're three generations of lobster fishers from Tignish on Prince Edward Island. My uncle and I still fish the spring season, but my cousin and I have started a shore tour: you come out on the wharf, watch the boats come in, learn to band claws, and eat a lobster supper in my grandmother's old kitchen. We don't take people on the boats, it's not safe. Our aunt plays fiddle on Saturdays. The name should feel Acadian and Island, and not say 'lobster' because every place does."),
("en","long","","", "I'm a former sommelier from Adelaide who moved to the Margaret River region and ended up running a mobile bottling line. We drive a truck with the filler, corker and labeller to small wineries that can't afford their own kit, and bottle a vintage in a day. We don't make wine and we don't sell it. My business partner is an ex-Navy engineer who keeps the machines alive. Our clients are winemakers with three or four staff. I'd like a name that's clever but not too cute."),
("en","long","","", "My husband is a carpenter and I'm a former nurse, and after our son, who is autistic, kept getting overwhelmed at haircuts, we opened a quiet barbershop in Christchurch for autistic and sensory-sensitive kids and adults. Dim lights, no music, a weighted blanket, clippers that are nearly silent, and as much time as it takes. We're not a therapy clinic and we don't do colour or perms. Our son helps on Saturdays, sweeping up. The name should feel calm and welcoming to parents, not clinical."),
("en","long","","", "I'm a Māori fisherman's daughter from Gisborne and I worked in fisheries science for twelve years. Now I run a small smokehouse that hot-smokes kahawai and trevally from local boats, and I sell at the Saturday farmers' market and to a few cafes. We use mānuka wood and old family brining recipes. We don't buy imported fish and we don't freeze. My koro still checks every batch. I want a name that honours te reo Māori and the East Coast, with the macrons spelled properly."),
# ---------------- French ----------------
("fr","short","","","Location de roulottes tirées par des ânes dans les Cévennes."),
("fr","medium","starts with the letter R","","Réparation de ruches et fabrication de cadres en bois pour apiculteurs en Ardèche ; le nom doit commencer par la lettre R."),
("fr","medium","","place_name_word","Salon de thé et pâtisserie marocaine à Nice, avec des cornes de gazelle et des cours le dimanche matin pour les enfants du quartier."),
("fr","long","one word only","", "J'ai été cheminot à Besançon pendant trente ans, et à la retraite je me suis remis à ce que faisait mon grand-père : la restauration des horloges comtoises. Je démonte les mouvements, je refais les pignons, je nettoie les balanciers en laiton, et ma fille, qui est ébéniste, s'occupe des caisses peintes. On se déplace dans tout le Doubs et le Jura pour les grosses pièces. On ne vend pas d'horloges neuves et on ne fait pas les montres. Je veux un nom d'un seul mot, qui sonne franc-comtois sans être vieillot."),
# ---------------- Spanish ----------------
("es","short","","","Venta de miel de abeja melipona desde Yucatán."),
("es","medium","at most 7 letters","","Escuela de pelota vasca para niños en Bilbao, con frontón cubierto y clases después del colegio; el nombre debe tener como máximo siete letras."),
("es","medium","","b2b_trade","Distribuimos harina, levadura y moldes a panaderías de barrio en Asunción y Ciudad del Este, con entrega semanal y crédito a treinta días."),
("es","long","rhyming name","", "Soy de Puerto Natales y trabajé diez años como guardaparques en Torres del Paine. Ahora con mi pareja, que es cocinera, tenemos un refugio pequeño para ciclistas que recorren la Carretera Austral: camas, ducha caliente, taller de bicicletas y una cena de cordero magallánico. No somos un hotel ni hacemos excursiones organizadas. Mi papá nos ayuda con la leña y mi hija de diez años atiende a los perros. Queremos un nombre que rime, algo que los ciclistas recuerden después de un día de viento."),
# ---------------- German ----------------
("de","short","","","Dünger-Pellets aus Schafwolle von Schäfereien in der Rhön."),
("de","medium","must include the word 'Plus'","","Lieferdienst für Apothekenbestellungen in Graz mit dem Lastenrad, auch für ältere Menschen ohne Internet. Der Name soll das Wort 'Plus' enthalten."),
("de","medium","","","Wir bauen Schleusen für Fischtreppen und Wehre an kleinen Flüssen in Thüringen und beraten Wasserverbände bei der Planung."),
("de","long","","", "Ich war zwanzig Jahre Bankkauffrau in Reutlingen, bis ich die Streuobstwiesen meiner Großeltern auf der Schwäbischen Alb geerbt habe. Jetzt fahre ich im Herbst mit einer mobilen Saftpresse von Dorf zu Dorf: Die Leute bringen ihre Äpfel und Birnen, und eine Stunde später nehmen sie ihren eigenen Saft im Fünf-Liter-Beutel mit nach Hause. Wir kaufen kein Obst zu und machen keinen Alkohol. Mein Sohn fährt den Traktor, meine Schwester macht die Termine. Ich wünsche mir einen Namen, der bodenständig klingt, nicht kitschig."),
# ---------------- Portuguese ----------------
("pt","short","","","Fábrica de azulejos pintados à mão em Aveiro."),
("pt","medium","","","Curso de Libras para atendentes de lojas, farmácias e bancos em Curitiba, com turmas à noite e dentro das empresas."),
("pt","medium","one word only","","Sorveteria em Brasília com sabores de frutas do Cerrado, como pequi, cagaita e baru, colhidas por famílias de Goiás; o nome deve ter só uma palavra."),
("pt","long","","", "Sou de Nampula, em Moçambique, e trabalhei oito anos numa ONG de agricultura antes de abrir a minha pequena fábrica de castanha de caju. Compramos a castanha directamente a famílias do distrito de Angoche, descascamos à mão com vinte mulheres da aldeia e vendemos torrada, salgada ou com piri-piri em Maputo e na África do Sul. Não exportamos castanha crua e não usamos intermediários. O meu irmão faz a contabilidade e a minha mãe supervisiona a torrefação. Quero um nome que soe moçambicano e orgulhoso."),
# ---------------- Italian ----------------
("it","short","","","Raccolta e trasformazione del bergamotto a Reggio Calabria."),
("it","medium","rhyming name","","Forno a legna ad Altamura che consegna pane di semola rimacinata ai ristoranti di Bari e Matera; il nome deve fare rima."),
("it","medium","","alarming_lawful","Allevamento di vipere e scorpioni a Caserta per la produzione di veleno destinato alla ricerca farmaceutica, con tutte le autorizzazioni."),
("it","long","","", "Sono un ex carabiniere di Nuoro e dopo la pensione ho ripreso il gregge di pecore di mio padre sulle colline della Barbagia. Facciamo pecorino e ricotta a latte crudo, e da due anni ospitiamo piccoli gruppi per una giornata con i pastori: mungitura, pranzo in campagna, canti a tenore la sera. Non siamo un agriturismo con piscina e non facciamo matrimoni. Mia moglie cura il sito e mio nipote guida il fuoristrada. Vorrei un nome sardo, autentico, ma che un turista tedesco riesca a pronunciare."),
]

def main():
    rows = list(R)
    random.Random(22).shuffle(rows)
    with open("names22.csv", "w", newline="", encoding="utf-8") as f, \
         open("meta.csv", "w", newline="", encoding="utf-8") as g:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        m = csv.writer(g, quoting=csv.QUOTE_ALL)
        w.writerow(["id", "description", "language", "constraint"])
        m.writerow(["id", "length_class", "trap_tag"])
        for i, (lang, ln, con, trap, d) in enumerate(rows, 1):
            rid = "t%03d" % i
            w.writerow([rid, d, lang, con])
            m.writerow([rid, ln, trap])

if __name__ == "__main__":
    main()
