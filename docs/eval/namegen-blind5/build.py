#!/usr/bin/env python3
"""Assemble names5.csv: 120 business descriptions for a name-suggester eval.
Each row: (length class, language, constraint, trap note, description).
Length class: S = under 10 words, O = one sentence (>=10 words), M = two or three sentences.
Trap notes are kept here only (not written to the CSV)."""
import csv, random, re, collections, sys

ROWS = [
# ---------------- short (under 10 words) ----------------
("S","en","","pitch = cricket turf; club = sports club","Pitch maintenance for amateur cricket clubs in Yorkshire"),
("S","en","","","Wood-fired sourdough bakery in Ghent"),
("S","en","","rare main word: farrier","Farrier services for horses across rural Kentucky"),
("S","en","","dental = clients, business is bookkeeping","Bookkeeping for dental practices in Ontario"),
("S","en","","","Piano tuning and repair in Helsinki"),
("S","en","","mouse = the animal (pest control)","Humane mouse and rat removal in Brooklyn"),
("S","en","","rare main word: cooper (barrel maker)","Cooper making oak barrels for Scottish distilleries"),
("S","en","","Reading = town, not reading","Dog grooming van serving Reading and Slough"),
("S","en","","Nice = city, not the adjective","Bilingual French-English daycare in Nice"),
("S","en","","","Ferry ticket booking app for Greek islands"),
("S","en","","","Tattoo removal clinic in Perth"),
("S","en","","bank = river/creek bank","Bank stabilisation and erosion control for creek-side properties"),
("S","en","","","Halal meal-prep delivery in Birmingham"),
("S","en","","","Used forklift sales in Monterrey"),
("S","en","","","Vintage synthesizer repair shop in Detroit"),
("S","en","","","Beekeeping supplies and hive rental in Ljubljana"),
("S","en","","Cold War = theme after 'with', business is an escape room","Escape room with a Cold War theme in Berlin"),
("S","en","","","Sign language interpreting for hospitals"),
("S","en","","surgeon = arborist, not health; Cork = city","Tree surgeon in Cork"),
("S","en","","","Silent meditation retreats in the Scottish Highlands"),
("S","en","","","Mortgage broker for first-time buyers in Dublin"),
("S","en","","rare main word: luthier","Luthier building classical guitars in Seville"),
("S","en","","","Scaffolding hire in Lagos"),
("S","en","","","Drone crop-spraying for rice farmers in Thailand"),
("S","en","","pilot = maritime harbour pilot, not aviation","Harbour pilot training school in Rotterdam"),
("S","en","","Bend = town in Oregon","Kombucha brewery in Bend, Oregon"),
("S","en","","","Accessible van conversions for wheelchair users"),
("S","en","","Bath = city; sweep","Chimney sweep in Bath"),
("S","en","","nurses = customers, business is childcare","Night-shift childcare for nurses in Manila"),
("S","fr","","","Atelier de réparation de vélos à Grenoble"),
("S","de","","","Hofladen mit Bio-Eiern und Kartoffeln im Allgäu"),
("S","es","","","Clases de surf para niños en San Sebastián"),
("S","it","","","Noleggio di barche a vela sul Lago di Garda"),
("S","en","one word","","Locksmith in Leeds, one word only"),
("S","en","starts with P","","Plumbing company in Denver, name must start with P"),
("S","en","max 6 letters","","GCSE maths tutoring, name max 6 letters"),
("S","en","alliterative","","Food truck selling arepas, alliterative name please"),
("S","en","sounds Italian","","Vegan gelato shop, want something that sounds Italian"),
("S","en","avoid 'fit'","","CrossFit-style gym in Austin, no 'fit' in name"),
("S","en","","","Mobile crane hire for building sites in Aberdeen"),
# ---------------- one sentence (10+ words) ----------------
("O","en","","","We run a small hauling company that moves pianos, pool tables and gun safes around Calgary."),
("O","en","","cabinet = government cabinet; business is speechwriting","Speechwriting and briefing-note service for cabinet ministers and their policy advisers in Canberra."),
("O","en","","club = golf club (the stick)","Custom golf club fitting and shaft re-gripping studio near St Andrews."),
("O","en","","pets = side offer, business is a pharmacy","Independent pharmacy in Kraków that also compounds medicines for pets and exotic animals."),
("O","en","two syllables","","Mobile app that lets dairy farmers track each cow's milk yield and health from their phone; we want a two-syllable name."),
("O","en","","Georgian = country Georgia cuisine, in Atlanta, Georgia","We're opening a Georgian restaurant in Atlanta serving khachapuri, khinkali and natural wines."),
("O","en","","","Freelance sommelier who builds wine lists for small restaurants and hotels across Cape Town."),
("O","en","","","A B2B service that audits cloud bills for mid-sized companies and negotiates refunds from AWS and Azure."),
("O","en","avoid 'rest'/'peace'","","Funeral home in rural Iowa offering green burials and simple cremations at honest prices; please avoid 'rest' or 'peace' in the name."),
("O","en","","pilot = verb (trial); hospitals = clients, business is IT consultancy","Consultancy that helps hospitals pilot new scheduling software before rolling it out to every ward."),
("O","en","","rare niche: saddle fitting","Saddle-fitting service for dressage riders, visiting stables across Lower Saxony and the Netherlands."),
("O","en","","","An after-school coding club for girls aged 9 to 14 in Nairobi, run as a non-profit."),
("O","en","","scotch = scotch bonnet pepper, not whisky; Trinidad","Small-batch hot sauce company in Trinidad using scotch bonnet peppers grown on our own farm."),
("O","en","","","We sell refurbished hospital beds and patient hoists to care homes and families across Ireland."),
("O","en","","patents/medical = subject matter, business is translation","A translation agency specialising in patents and medical device paperwork for German and Japanese clients."),
("O","en","max 8 letters","","Marina-side boat detailing and hull cleaning service for yachts moored in Antibes, ideally a name under 8 letters."),
("O","en","","","Credit union for taxi and rideshare drivers in Chicago, offering car loans and fuel cards."),
("O","en","","pitch = tar used on roofs","Roofing crew in Glasgow that repairs flat roofs with hot pitch and torch-on felt."),
("O","en","","pitch = musical pitch","Vocal coaching for amateur choir singers who want to improve pitch, breathing and sight-reading in Vienna."),
("O","en","","cochineal/indigo after 'with' are dyes, business is a rug stall","A weekend market stall in Oaxaca selling hand-woven rugs dyed with cochineal and indigo."),
("O","en","","gyms = clients, business is cleaning","Commercial cleaning company for gyms and climbing walls in Minneapolis, working overnight so members never see us."),
("O","en","","bank = seed bank (non-profit), not finance","Seed bank that preserves heirloom vegetable varieties and mails free packets to community gardens."),
("O","en","","felt = the fabric, not the verb; Bradford mill","We make felt hats by hand in a converted mill outside Bradford."),
("O","en","","","A second-hand bookshop in Hay-on-Wye that specialises in maps, atlases and travel writing."),
("O","en","","travel = travel rule (regulation), not a travel business","Compliance software for crypto exchanges that need to meet EU travel-rule reporting."),
("O","en","","physiotherapy for horses (equine), not human health","Mobile physiotherapy and hydrotherapy for racehorses at training yards around Newmarket and Lambourn."),
("O","en","","","Family-run sugar shack in Quebec making maple syrup, taffy and hosting spring brunches."),
("O","en","","","Small Welsh slate quarry that now sells slate roof tiles, coasters and house signs online."),
("O","en","two words","textile = clients, business is fintech","A fintech startup offering invoice factoring to small textile exporters in Bangladesh; a short two-word name would suit us."),
("O","en","","","Dementia-friendly hair salon in Osaka where appointments are long, quiet and carers can stay."),
("O","en","","crane = the bird (birding tours), not machinery","Our crane-watching tours take birders to the Hula Valley every autumn to see migrating cranes."),
("O","en","","court = law court, not sports","Court reporting and transcription service for law firms and arbitration hearings in Singapore."),
("O","en","","organs = musical instruments, not medicine","We repair and restore church organs, from small village harmoniums to cathedral pipe organs, across northern France."),
("O","en","","","A Polish deli in Reykjavík selling pierogi, kiełbasa and rye bread to the local Polish community."),
("O","en","include city","","A ski and snowboard rental shop in Whistler that delivers gear straight to your chalet; please include Whistler in the name."),
("O","en","rhyming","","Pet-sitting and dog-walking business in Brighton, and we'd love a name that rhymes."),
("O","en","Latin-sounding","","Accounting firm for grain farmers in Saskatchewan, and we'd like a Latin-sounding name that feels trustworthy."),
("O","pt","","","Oficina de restauro de azulejos antigos em Lisboa, que também dá workshops de pintura para turistas."),
("O","de","","","Wir bauen maßgefertigte Holzfenster für denkmalgeschützte Altbauten in Leipzig, Dresden und Umgebung."),
("O","it","","","Caseificio a conduzione familiare in Puglia che produce burrata e stracciatella con il latte delle nostre mucche."),
# ---------------- two or three sentences ----------------
("M","en","","","I'm a retired ferry captain starting a business. I teach powerboat licence courses on Lough Neagh and do boat handovers for new owners."),
("M","en","","farming = game genre, business is game audio","We're a two-person studio in Tallinn. We make the sound effects and music for indie mobile games. Mostly puzzle and cosy farming titles."),
("M","en","","","Mobile bike mechanic covering south Manchester. I come to your house or office and fix it on the spot."),
("M","en","","","Our clinic treats tinnitus and hearing loss. We fit hearing aids and run sound therapy sessions in Porto Alegre."),
("M","en","","","We mill heritage grains like einkorn and spelt in a watermill. We sell the flour to bakeries and home bakers around Vermont."),
("M","en","","","A cooperative of women weavers in Cusco. We sell alpaca wool scarves and blankets online and pay every weaver fairly."),
("M","en","","medical scans = material, business is data labelling","Data labelling company in Kigali. We annotate images and medical scans for AI teams in Europe, with a focus on fair pay."),
("M","en","","","Mobile sauna on a trailer that we tow to lakes around Tampere. People book it by the hour for birthdays and work outings."),
("M","en","","","Small practice offering mediation for neighbour disputes: hedges, boundaries, noise, parking. We're based in Surrey and most sessions happen online."),
("M","en","","explicitly not whisky although on Islay","We're a tiny distillery on Islay making gin from local botanicals. No whisky yet, that takes years."),
("M","en","","hospitals/jails = places visited, business is a notary","I run a mobile notary service in Phoenix. I drive to hospitals, homes and jails to witness signatures, mostly for real estate closings."),
("M","en","","musicians = clients, business is tax preparation","Tax preparation for musicians and touring crew. We understand per diems, multi-state income and gear depreciation."),
("M","en","","New Forest = place name; foraging tours","We organise guided foraging walks in the New Forest. Participants learn to identify mushrooms and wild garlic, then we cook lunch together."),
("M","en","","","Cargo bike delivery co-op in Utrecht. We carry parcels, groceries and catering for local shops, all zero emission."),
("M","en","","train station = location, business is shoe repair","A shoe repair and key cutting kiosk inside a train station in Zurich. Quick jobs while you wait for your train."),
("M","en","","","We breed and sell koi carp. We also build garden ponds and offer pond cleaning around Brisbane."),
("M","en","","","An online marketplace connecting retired teachers with families who want private tutors. We vet every tutor and handle payments."),
("M","en","","farmers = clients, business is a law firm","We're a boutique legal firm in Kampala focused on land title disputes. Most clients are smallholder farmers and their families."),
("M","en","","hotels/hospitals = clients, business is workwear supply","Our B2B company supplies uniforms and workwear to hotels, restaurants and hospitals across the Gulf. We're headquartered in Dubai."),
("M","en","","","I restore vintage fountain pens and sell them online. Most buyers are collectors in the US and Japan."),
("M","en","","pitches = sports fields, not sales pitch","We lay artificial turf and maintain sports pitches for schools and councils. Based in the Midlands, we also do line marking."),
("M","en","","railway carriage = setting, business is a tea room/bookshop","A tea room and second-hand bookshop in a converted railway carriage. It sits on a heritage line in North Yorkshire."),
("M","en","","combat/sword = theatre craft, not military or security","Stage-combat choreography for theatres, film sets and opera companies. We also teach safe sword and fight technique to drama students."),
("M","en","","","I make leather dog collars and leads by hand. Each one can be stamped with the dog's name and phone number."),
("M","en","","","We're a non-profit that repairs donated laptops and gives them to refugee students in Athens. Volunteers do most of the work."),
("M","en","","","Specialist removals for museums and galleries. We crate, ship and install sculptures and paintings around the world."),
("M","en","","dog groomers = clients, business is software","Our startup makes scheduling software for dog groomers. It handles bookings, reminders and breed-specific coat notes."),
("M","en","","Canterbury = NZ region; rare words crutch, dag","Sheep shearing contractors working across Canterbury and Otago. We also crutch, dag and handle wool classing."),
("M","en","","","A kosher catering company in Buenos Aires. We do weddings, bar mitzvahs and corporate lunches."),
("M","en","","Singer = sewing machine brand, not a vocalist","I sell replacement parts for old Singer sewing machines. Shuttles, bobbins, belts, needles, the lot, shipped worldwide from Bristol."),
("M","fr","","","Nous sommes une petite entreprise de déménagement à Montréal. On s'occupe surtout des étudiants et des personnes âgées qui changent de logement."),
("M","es","","","Somos una cooperativa de café en Huila, Colombia. Vendemos grano tostado directamente a cafeterías de Madrid y Barcelona."),
("M","pt","","","Somos uma pequena escola de capoeira em Salvador. Damos aulas para crianças e adultos e organizamos rodas abertas aos domingos."),
("M","en","max 10 characters","","We run a roadside fruit stand and pick-your-own strawberry farm outside Hood River. The name has to fit on a barn sign, so 10 characters or fewer."),
("M","en","starts with a vowel","banks = clients, business is cybersecurity","Independent cybersecurity consultancy in Tel Aviv doing penetration tests for banks. We'd like a name that starts with a vowel."),
("M","en","avoid 'clay'/'mud'","","Pottery studio in Asheville with wheel classes, kiln rentals and a small shop. Please avoid the words 'clay' and 'mud', every studio here uses them."),
("M","en","number-based","","We're launching a 24-hour emergency vet clinic in Sheffield. A number in the name would be great, like 24 or 365."),
("M","en","sounds Japanese","","Japanese-style sando shop opening in Melbourne's CBD. Egg sando, katsu sando, fruit sando. We want a name that sounds Japanese but is easy for Australians to say."),
("M","en","include 'stone'","","My wife and I run a hedge-laying and dry stone walling business in the Cotswolds. We'd like the name to include the word 'stone'."),
("M","en","ends in -ly","","I'm a freelance bookkeeper for Etsy sellers. I'd like something playful that ends in -ly."),
]

def words(t): return len(t.split())
def sentences(t):
    return len([s for s in re.split(r'(?<=[.!?])\s+', t.strip()) if s])

def check():
    errs = []
    seen = set()
    for cls, lang, con, trap, d in ROWS:
        if d in seen: errs.append("dup: " + d)
        seen.add(d)
        n, s = words(d), sentences(d)
        if cls == "S" and not (n < 10 and s == 1): errs.append(f"S bad ({n}w,{s}s): {d}")
        if cls == "O" and not (n >= 10 and s == 1): errs.append(f"O bad ({n}w,{s}s): {d}")
        if cls == "M" and not (2 <= s <= 3): errs.append(f"M bad ({n}w,{s}s): {d}")
        if lang not in {"en","fr","es","de","pt","it"}: errs.append("lang " + d)
    c = collections.Counter(r[0] for r in ROWS)
    l = collections.Counter(r[1] for r in ROWS)
    k = sum(1 for r in ROWS if r[2])
    if len(ROWS) != 120: errs.append(f"rows {len(ROWS)}")
    if c != {"S":40,"O":40,"M":40}: errs.append(f"classes {c}")
    if l != {"en":110,"fr":2,"es":2,"de":2,"pt":2,"it":2}: errs.append(f"langs {l}")
    if k != 20: errs.append(f"constraints {k}")
    return errs

def main():
    errs = check()
    if errs:
        print("\n".join(errs)); sys.exit(1)
    rows = list(ROWS)
    random.Random(5).shuffle(rows)
    out = "/work/helpers/names5/names5.csv"
    meta = []
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
        w.writerow(["id","description","language","constraint"])
        for i, (cls, lang, con, trap, d) in enumerate(rows, 1):
            rid = f"m{i:03d}"
            w.writerow([rid, d, lang, con])
            meta.append((rid, cls, lang, con, trap))
    # re-parse and verify
    with open(out, encoding="utf-8", newline="") as f:
        back = list(csv.DictReader(f))
    assert len(back) == 120 and [r["id"] for r in back] == [f"m{i:03d}" for i in range(1,121)]
    assert sum(1 for r in back if r["constraint"]) == 20
    print("languages:", dict(collections.Counter(r["language"] for r in back)))
    print("length classes:", dict(collections.Counter(m[1] for m in meta)))
    print("by class x lang:", dict(collections.Counter((m[1], m[2]) for m in meta if m[2] != "en")))
    print("constraints:")
    for m in meta:
        if m[3]: print(f"  {m[0]} [{m[1]}] {m[3]}")
    traps = [m for m in meta if m[4]]
    print(f"traps ({len(traps)}):")
    for m in traps: print(f"  {m[0]} [{m[1]}] {m[4]}")
    print("other-language rows:", [(m[0], m[2]) for m in meta if m[2] != "en"])

if __name__ == "__main__":
    main()
