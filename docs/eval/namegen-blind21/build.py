#!/usr/bin/env python3
"""Build names21.csv and meta.csv: 120 fresh business descriptions for a blind
benchmark of the domain-name generator. Standard library only.

Each row: (description, language, constraint, length_class, trap_tag)
  language: en fr es de pt it
  constraint: "" or a short English restatement of the constraint stated in the text
  length_class: short | medium | long
  trap_tag: "" | b2b_trade | second_sense | place_name_word | alarming_lawful | not_x | brand_mention
"""
import csv
import random

ROWS = [
    # ------------------------------------------------------------------ English, short
    ("Rickshaw seat upholstery and canopy stitching in Rangpur.", "en", "", "short", ""),
    ("Night-market satay stall in Ipoh's old town.", "en", "", "short", ""),
    ("Bond cleaning for tenants moving out of rentals in Brisbane.", "en", "", "short", "second_sense"),
    ("Hacking holidays on sturdy ponies across Dartmoor, three nights.", "en", "", "short", "second_sense"),
    ("Bell-ringing lessons for teenagers in Norfolk church towers.", "en", "", "short", ""),
    ("Crocodile egg collecting by helicopter for croc farms in Arnhem Land.", "en", "", "short", "alarming_lawful"),
    ("Ukulele lessons for grandparents in Auckland; one-word name only.", "en", "one word", "short", ""),
    ("Wooden toy trucks carved by retired miners in Ballarat.", "en", "", "short", ""),
    ("Chestnut and walnut orchard walks around Bright, in Victoria's high country.", "en", "", "short", "place_name_word"),
    ("Human composting funerals near Seattle, as Washington law allows.", "en", "", "short", "alarming_lawful"),
    ("Celtic harp hire for beginners, posted anywhere in Ireland.", "en", "", "short", ""),
    ("Alphonso mango pulp sold by the drum to juice makers.", "en", "", "short", "b2b_trade"),
    ("Makuti palm-leaf roofs for family cottages around Diani.", "en", "", "short", ""),
    ("Pool cue repairs and custom tips in Sheffield.", "en", "", "short", "second_sense"),
    ("Music therapy for premature babies in Santiago's neonatal units.", "en", "", "short", ""),
    ("Pie, coffee and fuel in Chicken, Alaska, on the Taylor Highway.", "en", "", "short", "place_name_word"),
    ("Ethiopian coffee ceremony catering for weddings in Melbourne.", "en", "", "short", ""),
    ("Marron from our farm dams near Manjimup, sold live at markets.", "en", "alliteration", "short", ""),
    ("Bike fitting studio in Hobart; we're not a bike shop.", "en", "", "short", "not_x"),
    ("Crushed oyster-shell grit for backyard hens, bagged in Louisiana.", "en", "", "short", ""),
    ("Duck decoy carving kits for beginners; alliterative name please.", "en", "", "short", ""),
    ("Training hospice volunteers in Kampala.", "en", "", "short", ""),
    ("Lighthouse keepers' cottages for rent on Tasmania's east coast.", "en", "", "short", ""),
    ("Bilingual Māori–English picture books for toddlers.", "en", "", "short", ""),
    ("Salt-pan tours in the Rann of Kutch; include 'salt'.", "en", "must include the word 'salt'", "short", ""),
    ("Hmong story-cloth embroidery workshops in Saint Paul.", "en", "", "short", ""),
    ("Canoe hire on the Wye; name of six letters or fewer.", "en", "at most 6 letters", "short", ""),
    ("Aga cooker servicing in Yorkshire farmhouses; we're not plumbers.", "en", "", "short", "brand_mention"),
    ("Chocolate-making tours on a cocoa farm in Ghana's Ashanti Region.", "en", "", "short", ""),
    ("Wildflower seed bombs sold at garden fairs in Warsaw.", "en", "", "short", ""),
    ("Boat fenders and mooring lines for marinas in Split.", "en", "", "short", "second_sense"),
    ("Sinhala tutoring for heritage kids in Toronto, name ending in 'a'.", "en", "ends with the letter a", "short", ""),
    ("Ferry-side stall selling curry fish balls on Cheung Chau.", "en", "", "short", ""),
    ("Guesthouse with a rooftop kitchen in Salt, Jordan.", "en", "", "short", "place_name_word"),
    ("Knife-throwing classes for adults in a Montreal warehouse.", "en", "", "short", "alarming_lawful"),

    # ------------------------------------------------------------------ English, medium
    ("We rent portable sawmills to villages in Vanuatu so that trees felled by a cyclone become planks instead of rot. Delivered by barge between the islands.", "en", "", "medium", ""),
    ("Nurse-led foot care for people with diabetes in Karachi, including home visits for those who can't travel. The name should start with the letter P.", "en", "starts with the letter P", "medium", ""),
    ("We fit and service Toyota Hilux canopies and roof racks for NGOs and survey teams in Kumasi. Same-day fitting if the truck arrives before ten.", "en", "", "medium", "brand_mention"),
    ("We translate patient leaflets and consent forms into Somali, Amharic and Oromo for hospitals in Minnesota. Our clients are health systems, never individual patients.", "en", "", "medium", "b2b_trade"),
    ("A tiny bakery in Spa, Belgium, making waffles and rice tarts for the morning walkers heading to the thermal baths.", "en", "", "medium", "place_name_word"),
    ("A toy library in Soweto lending wooden toys, puzzles and picture books to crèches and families, run by retired teachers.", "en", "", "medium", ""),
    ("Chimney-liner installation for wood stoves in rural Vermont. Something that rhymes, please.", "en", "rhymes", "medium", ""),
    ("Flight simulator sessions in a full-size airliner cockpit near Gatwick, aimed at nervous flyers and aviation fans.", "en", "", "medium", ""),
    ("Evening literacy classes for market women in Jos, held in a church annex with a generator and free childcare.", "en", "", "medium", ""),
    ("Made-to-measure mariachi suits in Mexico City: embroidered charro jackets, silver buttons and fitted trousers, by two brothers who learned from their uncle.", "en", "", "medium", ""),
    ("We breed and release millions of sterile male mosquitoes to shrink dengue outbreaks in Medellín's hillside neighbourhoods. Funded by the city and a university.", "en", "", "medium", "alarming_lawful"),
    ("A repair café in Marikina where volunteers fix electric fans, rice cookers and school shoes for free every Saturday morning.", "en", "", "medium", ""),
    ("Hippotherapy sessions for children with cerebral palsy on a farm outside Galway, run by a physio and two calm old cobs.", "en", "", "medium", ""),
    ("Patterned prosthetic leg covers, 3D-printed to order in Toronto and shipped worldwide. Kids pick dinosaurs, adults mostly pick marble.", "en", "", "medium", ""),
    ("Chair yoga and seated strength classes for wheelchair users, online and in a ground-floor studio in Leeds.", "en", "", "medium", ""),
    ("Restoring hand-painted tin shop signs and enamel advertising boards for collectors in Rotterdam.", "en", "", "medium", ""),
    ("Equine dentistry for trekking ponies and hill-farm horses across mid Wales, with sedation by our own vet.", "en", "", "medium", ""),
    ("A bakery in Dunedin that employs adults with learning disabilities and trains them as bakers over two years. The sourdough sells out by noon.", "en", "", "medium", ""),
    ("We live-trap beavers that flood farmland in central Alberta and move whole families to wetlands that need them.", "en", "", "medium", ""),
    ("We rent reusable crockery and a dishwasher trailer for weddings, birthdays and village parties in Somerset, so nobody needs paper plates.", "en", "", "medium", ""),
    ("Fresh banana leaves flown in weekly from Kerala and delivered to South Indian restaurants and caterers around London.", "en", "", "medium", "b2b_trade"),
    ("Dementia-friendly swimming sessions at a public pool in Kilkenny, with carers in the water alongside every swimmer.", "en", "", "medium", ""),
    ("Charter boat out of Bluff, at the bottom of New Zealand's South Island, for blue cod fishing and albatross watching.", "en", "", "medium", "place_name_word"),
    ("Barbershop in Lagos where kids get a haircut while playing video games. The name has to include the word 'cut'.", "en", "must include the word 'cut'", "medium", ""),
    ("Hearing tests and affordable hearing aids from a small clinic in Kigali's Nyamirambo, with follow-up by phone.", "en", "", "medium", ""),
    ("Cloud kitchen in Bengaluru delivering idli, dosa and pongal before 8 a.m. to office workers. A number-based name, please.", "en", "number-based name", "medium", ""),
    ("Women's cooperative in Lamu that sun-dries and smokes octopus for restaurants in Nairobi. We want a two-syllable name.", "en", "two syllables", "medium", ""),
    ("Braille music transcription for blind choir singers and organists, so they can learn new pieces without waiting months for a volunteer.", "en", "", "medium", ""),
    ("Driving assessments and hand-control car adaptations for people getting back behind the wheel after a brain injury, in Christchurch.", "en", "", "medium", ""),
    ("Lawn bowls coaching for retirees at a club in Adelaide. Real English words only for the name, nothing invented.", "en", "real English words only", "medium", ""),
    ("Replacement gaskets, group seals and shower screens for La Marzocco and Gaggia espresso machines, shipped next day to cafés.", "en", "", "medium", "brand_mention"),
    ("Pharmacist-run text reminders for people on blood thinners in the Scottish Highlands, so doses and INR checks aren't missed.", "en", "", "medium", ""),
    ("Restoring Citroën 2CVs and selling used parts from an old barn outside Namur.", "en", "", "medium", "brand_mention"),
    ("Window seal and weatherstripping replacement for drafty old houses in Halifax, Nova Scotia, done before the first frost.", "en", "", "medium", "second_sense"),
    ("Surfing lessons for blind and partially sighted kids in Durban, one coach for every child in the water.", "en", "", "medium", ""),
    ("Home physiotherapy for older people in Montevideo's coastal barrios, mostly visits after hip and knee surgery.", "en", "", "medium", ""),
    ("Sign-language guided tours of Rome's museums and ruins for deaf visitors from abroad, in ASL and International Sign.", "en", "", "medium", ""),
    ("Leather football repair and re-stitching for schools and street teams in Kumasi's Bantama district.", "en", "", "medium", ""),
    ("Drain jetting and CCTV sewer surveys for body corporates and councils in Brisbane. We are not a plumber for leaky taps.", "en", "", "medium", "not_x"),
    ("A mobile maize mill that visits hamlets in the Oaxaca highlands, grinding nixtamal for tortillas so women don't walk an hour to town.", "en", "", "medium", ""),

    # ------------------------------------------------------------------ English, long
    ("My mum taught me to make siapo, Samoan bark cloth, when I was nine, and for years I only made it for weddings and funerals in our village outside Apia. Now I run a small workshop with my two aunties and we sell pieces to visitors and to a gallery in Auckland. We don't sell printed copies: every piece is beaten from mulberry bark and painted by hand with brown dye from the koka tree. My cousin does the photos for the website. I'd like a name that respects where siapo comes from but isn't hard for palagi to say.",
     "en", "", "long", ""),
    ("I test honey for a living, which surprises people at parties. I worked in a food-safety lab in Bremen for twelve years, then set up my own small lab near Hamburg port with two chemists. Importers, packers and supermarket buyers send us samples from Ukraine, Argentina, China and Mexico, and we check them for added sugar syrups, antibiotic residues and whether the flowers on the label are the flowers in the jar. We don't sell honey and we don't keep bees, although my father does. Reports go out within five working days. Something precise and trustworthy, please.",
     "en", "", "long", "b2b_trade"),
    ("I'm a film armourer in Wellington. On a film or TV set, any time a gun appears, I'm the one who supplies it, modifies it to fire blanks, keeps it locked up, and stands next to the actor when it's fired. I also train actors to hold and reload weapons safely, and I do the paperwork with the police. I learned the trade in the army and then spent ten years working under an old armourer on the big productions here. We don't sell guns to the public and never will. I need a name that producers trust, calm and professional.",
     "en", "", "long", "alarming_lawful"),
    ("My father fished around Vava'u his whole life, and I grew up watching humpbacks come into the harbour every July. Now I take small groups out to swim with the whales between July and October, never more than four guests in the water at once, and we follow the Tongan rules on distance and time. We are not a big cruise operator and we don't do party boats. Off season I run a little guesthouse with my sister and take people snorkelling on the reefs. I'd like the name to have a Tongan word in it.",
     "en", "must include a Tongan word", "long", "not_x"),
    ("My parents opened a noodle shop in Houston in 1992, and I basically grew up on a stool behind the counter. Their broth takes fourteen hours. A few years ago other restaurant owners started asking to buy it, so now I run a small commercial kitchen that makes frozen phở and bún bò Huế broth concentrates for restaurants and food trucks across Texas. We don't sell to supermarkets and we're not a restaurant ourselves. My dad still tastes every batch and complains about the salt. The name should sound Vietnamese but be easy to say over the phone.",
     "en", "sounds Vietnamese", "long", "b2b_trade"),
    ("I have a small kiosk in Kisumu near the bus park. Started with airtime and M-Pesa, and now I also print documents, take passport photos and help people fill in forms for KRA and eCitizen. My brother repairs phones at the back table on Saturdays. Most customers are boda boda riders and market women who don't own a laptop. I'm not a bank and I'm not a cyber café with gaming, people just come to get things done and go. I want to open a second kiosk in Kakamega next year, so the name needs to work for both towns.",
     "en", "", "long", "brand_mention"),
    ("I did warranty repairs for Gibson for six years before going out on my own. Now I have a one-man shop in East Nashville doing setups, fret jobs, neck resets and crack repairs on acoustic guitars, mandolins and the odd banjo. A lot of my customers are session players who need their instrument back by Thursday. I don't build new guitars and I don't sell any, no matter how often people ask. My daughter hand-letters the shop signs. I'd like a name that's one real word, nothing cute, and it shouldn't have 'guitar' in it.",
     "en", "one real word; avoid the word 'guitar'", "long", "brand_mention"),
    ("We're not a sports club and we're not a dance studio, although parents keep asking. I trained as a circus performer in Montreal and came home to Harare in 2017. Now I teach juggling, acrobatics, stilt walking and a bit of aerial silks to about sixty kids in a borrowed church hall in Mbare. Some of the older ones perform at weddings and corporate events, and that money pays for the younger ones. We also run holiday camps. My mother sews all the costumes. I need a name that feels joyful but that a funder will take seriously.",
     "en", "", "long", "not_x"),
    ("After my son was hurt in a rugby tackle and started using a wheelchair, we found out how hard it is to get around Cape Town, so I bought a van with a ramp. That was 2019. Now we have five vans and eight drivers, and we take people to hospital appointments, work, church, the airport, even the odd wedding. Drivers are trained to strap chairs down properly and we never rush anyone. Medical aids pay for some trips. I'd like a name that doesn't use the words 'disabled' or 'special'.",
     "en", "avoid the words 'disabled' and 'special'", "long", ""),
    ("I'm a retired railway signalman from Doncaster, and I've been building model railways in my loft since I was twelve. Three years ago a pub in Harrogate asked me to build a layout for their front window at Christmas and it snowballed from there. Now I build custom OO and N gauge layouts for collectors, small museums and the occasional shopping centre, usually based on real stations from old photographs. I don't sell train sets and I don't supply toy shops. My grandson set up the website. Something with a bit of northern character would be grand.",
     "en", "", "long", ""),
    ("We're two developers in Tallinn who used to work for a shipping company, and we kept seeing small ferry lines run their bookings on spreadsheets and phone calls. So we built software that handles ticketing, vehicle deck planning and crew rosters for operators with two or three boats serving islands. Our first customers are in Estonia, Finland and Croatia. We're not a travel agency and passengers never see our brand; it all sits behind the scenes. The name has to be short, seven letters at most, and work in English.",
     "en", "at most 7 letters", "long", "b2b_trade"),
    ("I came to Athens from Aleppo in 2016 and spent a year in a camp on Lesvos. A volunteer there taught me to fix bicycles, and honestly it kept me sane. Now I run a small non-profit workshop in Kypseli where refugees and local kids learn bike mechanics, and we give refurbished bikes to people who need them to get to work. Donations come from a church group in Germany and from shops that send us old parts. We're not a shop, nothing is sold. I'd like a name that sounds good in Greek, Arabic and English.",
     "en", "", "long", ""),
    ("Our family has fished crayfish off the Chatham Islands for four generations. We're 800 kilometres east of mainland New Zealand, so everything leaves by plane, and we've just started packing live crays ourselves instead of selling to the big exporters. Customers are restaurants in Auckland, Sydney and Hong Kong. We also catch blue cod and pāua in season. My nana still mends the pots on the porch and tells everyone we're doing it wrong. The name should have 'Chatham' or 'Wharekauri' in it, and be something chefs can say easily.",
     "en", "must include 'Chatham' or 'Wharekauri'", "long", ""),
    ("My grandfather planted cardamom in Idukki, and I worked as a commodities analyst in Mumbai for ten years before coming home to run the estate. We grow about four tonnes a year on steep land near Vandanmedu, dry it in a wood-fired curing house and grade it by size and colour. Instead of selling everything at the auction, we now pack it ourselves and sell directly to home cooks in India and the Gulf through a monthly subscription. We don't blend other people's spices. I'd like a name that feels green and fragrant, but not like a perfume.",
     "en", "", "long", ""),
    ("My younger brother is autistic and doesn't speak, and when our parents got older I saw how exhausted they were. There was almost no day respite in Singapore for adults like him. So in 2021 I opened a day centre in Toa Payoh with two therapists I used to work with at a hospital. Adults come for art, cooking, walks and quiet time while families get a break. We're a registered charity and we keep groups small, never more than eight. I want a name that sounds warm and grown-up, not like a kindergarten.",
     "en", "", "long", ""),
    ("I'm one of two large-animal vets covering the Bitterroot Valley in Montana, and during calving season I sleep in my truck about half the nights. We do pregnancy checks, caesareans on heifers, horse lameness, and a lot of emergency calls at 3 a.m. We don't see cats or dogs, which confuses people who ring us. I grew up on a sheep ranch near Darby and went to vet school in Colorado. My partner and I are finally building a proper clinic with a chute and a barn. The name should sound like it belongs out here.",
     "en", "", "long", ""),
    ("My wife and I run a farmstay in the Haa Valley in western Bhutan, in the house where my grandparents lived. Guests sleep in three rooms upstairs, eat buckwheat pancakes and red rice with us, and help with the potato harvest if they want to. In winter there is a hot stone bath outside that I heat with river rocks. We are not a hotel, and there is no wifi in the rooms, only in the kitchen. Most guests come through tour operators in Thimphu. I'd like something easy for Europeans to remember.",
     "en", "", "long", ""),
    ("I danced salsa professionally for fifteen years in Cali: competitions, cruise ships, a bit of television. When my mother got Parkinson's her neurologist said dancing might help her balance, so I started a small class for her and her friends. That was four years ago. Now I teach six groups of adults over sixty in Medellín, some with walkers, some who haven't danced since their own weddings. We also visit two care homes every week. I'm not a nightclub and it isn't a fitness gym. The name can be in Spanish or English.",
     "en", "", "long", ""),
    ("I've been a saddler in Alice Springs for twenty-two years. Learned the trade from an old bloke in Longreach when I was a jackaroo. I make and repair stock saddles, bridles and swags for station hands, and lately a lot of camel saddles because of the treks and races. I don't do fashion leather, no handbags, no belts with sparkles. My wife handles the online orders and my son's learning the stitching. We ship to stations all over the Territory and WA. I'd like something that sounds like the bush, but it must start with the letter S.",
     "en", "starts with the letter S", "long", ""),
    ("We rebuild leaf springs and coil springs for trucks, matatus and buses in Nairobi's Industrial Area. My father started the shop in 1984 with one forge, and I took over after studying mechanical engineering in Eldoret. We re-temper old leaves, make new ones to pattern, and fit them while the driver waits, because a matatu that isn't on the road isn't earning. Fleet owners and transport saccos are most of our customers. We don't sell mattresses, although we do get those calls. I'd like a name that sounds strong and reliable.",
     "en", "", "long", "second_sense"),
    ("My grandfather built dories in Placentia Bay and I used to hold the planks for him. After twenty years working offshore, I came back and opened a boat shop in Paradise, just outside St. John's. We build traditional wooden dories and punts, restore old boats, and run a week-long course where people build their own rowing dory and take it home. Most students are retired folks from Ontario and the States. We don't do fibreglass or engines. I'd like the name to feel like the coast, salt and spruce, not like a resort.",
     "en", "", "long", "place_name_word"),
    ("My father poled a mokoro through the Okavango Delta for forty years, and I started helping him when I was ten. Now I run trips of two to four days from our village near Seronga, with six polers from my family and neighbours. Guests glide through the channels, sleep in tents on islands and walk with us in the mornings to look for elephants and birds. We are not a safari lodge and we don't use motorboats, the only noise is the pole in the water. My sister cooks. I'd like a name that is easy for visitors and proud of the Bayei people.",
     "en", "", "long", ""),
    ("My grandfather built a sento, a neighbourhood bathhouse, in Osaka in 1958, and I took it over when my father's knees gave out. Most of the old regulars have moved away, so we repainted the Mount Fuji mural, added a sauna and a cold bath, and started morning hours for night-shift workers. Young people come now, and some tourists, who need a little help with the rules. My mother still sits at the front desk and collects the coins. We are not a spa resort. Something short and friendly for the new sign, please.",
     "en", "", "long", ""),
    ("My father opened a dhaba on the Delhi–Jaipur highway near Behror in 1987, mostly for truck drivers. Charpoys outside, dal makhani cooked overnight on a coal fire, tandoori roti, and lassi in steel glasses. Now families on road trips stop too, and I want to open a second place near Kotputli. I've added clean toilets and a small play area, which my father thought was nonsense until the families started coming. We still don't serve alcohol and we never close. I need a name that truckers and city families will both remember.",
     "en", "", "long", ""),
    ("We're three women in Amman who met at a coding bootcamp. Most small shops here still keep their accounts in a notebook, because bookkeeping apps are English-first and built for accountants. So we built an Arabic-first app where a shop owner can log sales by voice, track who owes them money and send polite payment reminders by text. We have about two thousand users in Jordan and just launched in Iraq. We are not a bank and we don't lend money. The name should be easy to say in both Arabic and English.",
     "en", "", "long", ""),

    # ------------------------------------------------------------------ French
    ("Stages de vannerie en osier dans le Marais poitevin.", "fr", "", "short", ""),
    ("Dépannage et restauration de tracteurs anciens pour les collectionneurs de la Sarthe. Le nom doit commencer par la lettre B.", "fr", "starts with the letter B", "medium", ""),
    ("Cours de créole réunionnais en visio pour les enfants de la diaspora à Paris, Lyon ou Marseille, avec des contes et des chansons de nos grands-mères.", "fr", "", "medium", ""),
    ("Je suis né à Saint-Louis du Sénégal et j'ai été mécanicien de pirogues pendant quinze ans. Aujourd'hui, avec ma femme et ses sœurs, on a monté un atelier de transformation de poisson à Guet Ndar : on fume et on sèche le poisson à l'ancienne, mais dans des fours améliorés qui font beaucoup moins de fumée pour les femmes qui y travaillent. On vend à des commerçants de Dakar et de Bamako. On n'est pas une poissonnerie, on ne vend pas de poisson frais. Le nom doit être court, deux syllabes au maximum, et facile à dire en wolof et en français.",
     "fr", "at most two syllables", "long", ""),

    # ------------------------------------------------------------------ Spanish
    ("Talleres de bordado tenango para turistas en la sierra de Hidalgo.", "es", "", "short", ""),
    ("Veterinaria ambulante para burros y mulas en los pueblos de la Alpujarra granadina. Queremos un nombre de una sola palabra.", "es", "one word", "medium", ""),
    ("Taller de reparación de sillas de ruedas y andadores en Arequipa; te prestamos una silla mientras arreglamos la tuya.", "es", "", "medium", ""),
    ("Toco el tambor en comparsas de candombe del Barrio Sur de Montevideo desde los once años, como mi padre. Hace cinco años empecé a dar clases a chicos del barrio en el garaje de casa, y ahora tenemos una escuela con tres profesores, treinta alumnos y una cuerda de tambores que sale en las Llamadas de febrero. También fabricamos tambores con madera de pino y cuero, y los vendemos a grupos de Buenos Aires y Madrid. No somos una academia de baile. Queremos un nombre que rime.",
     "es", "rhymes", "long", "not_x"),

    # ------------------------------------------------------------------ German
    ("Mobiler Hufschmied für Reitställe und Freizeitpferde im Allgäu.", "de", "", "short", ""),
    ("Wir reparieren Rollläden, Markisen und Insektenschutzgitter in Graz und Umgebung. Der Name soll höchstens fünf Buchstaben haben.", "de", "at most 5 letters", "medium", ""),
    ("Schießkino für Jäger in Niederbayern: Wir trainieren den sicheren Schuss auf bewegtes Wild an der Leinwand, mit echten Büchsen und Übungsmunition.", "de", "", "medium", "alarming_lawful"),
    ("Ich war fünfzehn Jahre Altenpfleger in Hamburg, und meine Frau ist Landwirtin. Seit drei Jahren kommen Menschen mit Demenz tagsüber auf unseren Hof bei Lüneburg: Sie füttern die Hühner, sortieren Kartoffeln, pflücken Äpfel oder sitzen einfach mit der Katze in der Sonne. Die Angehörigen erzählen, dass ihre Eltern danach besser schlafen. Wir sind kein Pflegeheim, abends fahren alle wieder nach Hause. Die Pflegekasse übernimmt einen Teil der Kosten. Jetzt wollen wir einen zweiten Hof in der Heide aufbauen und brauchen einen Namen, der warm klingt, aber nicht kitschig.",
     "de", "", "long", "not_x"),

    # ------------------------------------------------------------------ Portuguese
    ("Feira de troca de sementes crioulas no sertão da Paraíba.", "pt", "", "short", ""),
    ("Somos uma cooperativa de catadoras em Belo Horizonte que separa vidro e vende para as vidrarias da região. Queremos um nome que comece com a letra V.", "pt", "starts with the letter V", "medium", ""),
    ("Oficina de costura em Luanda que transforma tecidos de capulana em mochilas escolares, com aulas para jovens mães aos sábados de manhã.", "pt", "", "medium", ""),
    ("Sou de Santo Antão, em Cabo Verde, e trabalhei doze anos como cozinheira em Lisboa. Voltei para a ilha em 2020 e abri com o meu irmão um pequeno trapiche onde fazemos grogue de cana como o meu avô fazia, e também doce de papaia e licor de ponche. Vendemos aos turistas que fazem as trilhas do Paul e a dois restaurantes na Praia. Não somos uma fábrica grande: é tudo feito à mão, e a cana ainda é moída com a ajuda dos bois. Queremos um nome curto e com sabor cabo-verdiano.",
     "pt", "", "long", ""),

    # ------------------------------------------------------------------ Italian
    ("Corsi di merletto a tombolo per ragazze e ragazzi a Cantù.", "it", "", "short", ""),
    ("Apicoltura nomade in Basilicata: spostiamo le arnie tra agrumeti e campi di sulla e vendiamo il miele ai negozi bio. Il nome deve contenere la parola «miele».", "it", "must include the word 'miele'", "medium", ""),
    ("Settimane di restauro dei muretti a secco per volontari e turisti nelle Cinque Terre, tra vigne a picco sul mare.", "it", "", "medium", ""),
    ("Ho lavorato vent'anni in banca a Milano, poi sono tornata a Ustica, dove è nata mia madre. Con mio cugino, che fa il sub, abbiamo aperto un piccolo centro che accompagna scuole e famiglie a fare snorkeling nella riserva marina, raccontando le praterie di posidonia e le cernie. D'inverno puliamo le spiagge con i volontari e facciamo lezioni nelle scuole di Palermo. Non siamo un diving per sub esperti, niente immersioni profonde. Mia madre, a ottant'anni, prepara ancora le merende per i bambini. Vorremmo un nome che suoni bene anche agli stranieri.",
     "it", "", "long", ""),
]


def main():
    assert len(ROWS) == 120, len(ROWS)
    rows = list(ROWS)
    random.Random(21).shuffle(rows)
    with open("names21.csv", "w", newline="", encoding="utf-8") as f, \
         open("meta.csv", "w", newline="", encoding="utf-8") as g:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        m = csv.writer(g, quoting=csv.QUOTE_ALL)
        w.writerow(["id", "description", "language", "constraint"])
        m.writerow(["id", "length_class", "trap_tag"])
        for i, (desc, lang, cons, length, trap) in enumerate(rows, 1):
            rid = "t%03d" % i
            w.writerow([rid, desc, lang, cons])
            m.writerow([rid, length, trap])


if __name__ == "__main__":
    main()
