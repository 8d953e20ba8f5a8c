#!/usr/bin/env python3
"""Build names3.csv: 90 fresh business descriptions for a blind name-generator evaluation."""
import csv
import random
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "names3.csv"
SEED = 20240603

# (description, language, constraint label or "")
ROWS = [
    # --- very short ---
    ("Mobile notary in Raleigh, NC", "en", ""),
    ("Vegan doughnut stand in Leeds", "en", ""),
    ("Used bicycle shop near campus, Utrecht", "en", ""),
    ("Tile and grout installer, Tucson", "en", ""),
    # --- misleading words ---
    ("Python tutoring for working data analysts who want to automate their spreadsheets, evenings and weekends, online only.", "en", ""),
    ("Mobile dog grooming van covering the northern suburbs of Melbourne. We come to your driveway with warm water, a quiet dryer and lots of patience for nervous or elderly dogs.", "en", ""),
    ("Windshield chip repair, we come to your office car park in Calgary and it's usually done in twenty minutes.", "en", ""),
    ("Family apple orchard in Hood River with U-pick weekends, cider pressing in the barn and a little farm stand selling pies.", "en", ""),
    ("Bridge lessons and supervised play sessions for retirees in Bath, beginners very welcome, tea and biscuits included.", "en", ""),
    ("Plant virus testing lab for nurseries and seed growers in the Netherlands, fast PCR results.", "en", ""),
    ("Rocket stove building workshops for off-grid homesteaders in Vermont, weekend courses.", "en", ""),
    ("Aquarium tank cleaning and maintenance for offices and restaurants in Singapore", "en", ""),
    ("Handmade bagpipe chanter reeds and drone reeds from a workshop in Inverness, shipped to pipers worldwide.", "en", ""),
    # --- several offers ---
    ("So we're a small studio in Austin, two of us, doing three things really: wedding photography, brand headshots for startups and small teams, and renting out our big daylight studio by the hour to other photographers. Clean, modern, not too serious.", "en", ""),
    ("Hardware store plus key cutting, knife sharpening and propane refills in a small town in Nova Scotia. Family-run for forty years, we're moving to a bigger building and want a fresh name that still feels local to fishermen and cottagers alike.", "en", ""),
    ("Coworking space with a café downstairs, a podcast booth and a supervised kids' room for freelancing parents, in Lisbon's Arroios neighbourhood.", "en", ""),
    ("Farm in Kenya's Rift Valley: we grow avocados for export, run a tree nursery for neighbouring smallholders, and host agronomy training days.", "en", ""),
    ("Bookshop, wine bar and event venue in one narrow building in Hobart; readings on Thursdays, natural wines, secondhand and new books.", "en", ""),
    # --- trades ---
    ("Licensed electrician in Auckland specialising in EV charger installs and switchboard upgrades for older villas.", "en", ""),
    ("Roofing contractor doing slate and lead work on heritage buildings across Yorkshire", "en", ""),
    ("Plumbing and drain unblocking in Dublin, emergency callouts day and night, honest prices and no extra fee after dark.", "en", ""),
    ("Chimney sweep and wood stove servicing in the Black Hills of South Dakota, we also fit chimney caps.", "en", ""),
    ("On-site welding and fabrication for farms and ranches around Lubbock: gates, cattle guards, trailer repairs.", "en", ""),
    ("Female-led painting and decorating crew in Manchester, interiors and exteriors, tidy and on time. We want a name that sounds friendly and trustworthy, not macho.", "en", ""),
    # --- food & drink ---
    ("Korean fried chicken takeaway in Glasgow's West End, open late, mostly students", "en", ""),
    ("Small-batch hot sauce made in New Orleans with local peppers, sold at markets and online.", "en", ""),
    ("Ghanaian catering for weddings and corporate events in Toronto: jollof, suya, kelewele and small chops.", "en", ""),
    ("Kombucha brewery in Wellington selling kegs to cafés and cans to supermarkets. The name must start with the letter K.", "en", "starts with K"),
    ("Ramen pop-up in Copenhagen, only open Friday nights, pork broth simmered for two days.", "en", ""),
    # --- health ---
    ("Physiotherapy clinic for runners and cyclists in Boulder, gait analysis and return-to-sport plans.", "en", ""),
    ("Pediatric speech therapy practice in Phoenix, bilingual English and Spanish, play-based sessions for toddlers and preschoolers.", "en", ""),
    ("Midwife-led birth center in Asheville with prenatal classes and home visits in the first weeks after birth.", "en", ""),
    ("Visiting dental hygienist for care home residents across Kent", "en", ""),
    ("I'm a licensed counsellor starting an online practice just for new dads, the ones struggling with sleep, stress, relationship strain and the whole shift into fatherhood. Tone should be warm and down-to-earth, not clinical or fluffy.", "en", ""),
    # --- software ---
    ("SaaS that helps dental clinics cut no-shows with SMS reminders and one-tap rebooking. Name should be two syllables max.", "en", "max 2 syllables"),
    ("Open-source tool that checks web pages for accessibility problems before deployment, aimed at front-end teams.", "en", ""),
    ("Inventory app for small breweries tracking hops, malt, kegs and batch recipes.", "en", ""),
    ("Two-person agency in Berlin building custom Shopify themes and integrations for independent fashion labels.", "en", ""),
    ("Security audits for small law firms: penetration tests, phishing training and plain-English reports. Please avoid the word 'cyber' in the name, every competitor uses it.", "en", "avoid 'cyber'"),
    ("Scheduling software for volunteer fire brigades in rural Australia, handles rosters, callouts and training logs.", "en", ""),
    # --- finance ---
    ("Fee-only financial planner for teachers and nurses in Ohio, focused on pensions and retirement. No hyphens or numbers in the name, please.", "en", "no hyphens"),
    ("Bookkeeping for Etsy sellers and other small creative businesses, flat monthly fee, fully remote.", "en", ""),
    ("Microloans for women market traders in Accra, repaid weekly through mobile money.", "en", ""),
    ("Independent mortgage broker in Leeds helping first-time buyers and self-employed people get approved.", "en", ""),
    # --- crafts ---
    ("Hand-thrown stoneware mugs and bowls from a tiny backyard studio, sold at craft fairs in Vermont and New Hampshire.", "en", ""),
    ("Bespoke leather belts, wallets and watch straps, hand-stitched one at a time in a Sheffield workshop.", "en", ""),
    ("Hand-dyed yarn in speckled colourways, tiny batches, sold online to knitters and crocheters. The word 'yarn' has to be in the name.", "en", "includes 'yarn'"),
    # --- tourism ---
    ("Guided sea kayaking trips among the limestone islands of Ha Long Bay, day tours and overnight beach camping.", "en", ""),
    ("Walking food tours through the old town of Tbilisi, natural wine tasting included", "en", ""),
    ("Small eco-lodge on Costa Rica's Osa Peninsula, birdwatching, rainforest hikes and solar-powered cabins.", "en", ""),
    ("Northern lights photography tours from Tromsø in small groups, with warm suits and tripods provided.", "en", ""),
    # --- farming ---
    ("Grass-fed beef from our family ranch in Montana, sold by the quarter or half. We'd like the name to be just one real English word.", "en", "one real word"),
    ("Microgreens grown indoors in a converted Detroit warehouse, delivered weekly to restaurants.", "en", ""),
    ("Raw honey and beekeeping supplies, plus hive rentals to almond orchards during pollination season in California's Central Valley.", "en", ""),
    ("Sheep shearing contractor crew working across Canterbury, New Zealand, every spring", "en", ""),
    # --- logistics ---
    ("Same-day cargo bike deliveries for shops in central Amsterdam. Short name please, six letters at most.", "en", "max 6 letters"),
    ("Refrigerated trucking for fresh seafood between Halifax and Montreal, overnight runs.", "en", ""),
    ("Customs brokerage for small importers in Rotterdam, clear paperwork and quick answers by phone.", "en", ""),
    ("Piano moving specialists in Chicago, uprights and grands, plus climate-controlled storage. We'd love an alliterative name.", "en", "alliteration"),
    # --- education ---
    ("After-school robotics club for kids aged 8 to 13 in Nairobi", "en", ""),
    ("Driving school in Birmingham offering manual and automatic lessons, with patient instructors for anxious learners.", "en", ""),
    ("Evening coding bootcamp for career changers in Manila with job placement support after graduation.", "en", ""),
    ("Sign language classes for families of deaf children, online and in person in Sydney.", "en", ""),
    # --- non-profits ---
    ("Nonprofit that refurbishes donated laptops and gives them to refugee students in Athens.", "en", ""),
    ("Volunteer-run community food pantry in rural Georgia, open twice a week, no questions asked.", "en", ""),
    ("Rescue charity rehoming retired racing greyhounds across the UK", "en", ""),
    ("Charity teaching swimming and water safety to children in coastal Bangladesh to prevent drowning.", "en", ""),
    # --- retail ---
    ("Secondhand children's clothing shop in Edinburgh where parents can buy, sell and swap.", "en", ""),
    ("Specialty tea shop selling loose-leaf Taiwanese oolongs and teaware. The city name, Vancouver, should be part of the name.", "en", "include city"),
    ("Outdoor gear rental for campers in Denver: tents, stoves and backpacks by the weekend.", "en", ""),
    # --- B2B services ---
    ("Commercial cleaning for medical clinics in Houston, staff trained in infection control.", "en", ""),
    ("Translation agency specialised in patents and technical manuals, Japanese to English. Please avoid 'global' and 'solutions', they sound generic.", "en", "avoid 'global'"),
    ("Payroll and HR outsourcing for restaurants with 10 to 50 staff", "en", ""),
    # --- creative ---
    ("Indie animation studio in Montreal making short explainer videos for nonprofits and public health campaigns.", "en", ""),
    ("Wedding calligraphy and hand-lettered invitations from a home studio in Charleston.", "en", ""),
    ("Freelance voice-over artist specialising in audiobooks and video game characters, recording from a home booth.", "en", ""),
    # --- local services ---
    ("Knife and scissor sharpening from a bicycle cart at the weekend markets in Ljubljana.", "en", ""),
    ("Dog walking and pet sitting in Brooklyn, mostly for busy young professionals. Make it sound playful and fun!", "en", "playful tone"),
    ("Tailoring and alterations shop in Dubai, same-day hemming and suit fittings.", "en", ""),
    ("Locksmith in Johannesburg, lockouts around the clock, car keys and safes. I'd like a number-based name.", "en", "number-based"),
    # --- French ---
    ("Atelier de réparation de vélos électriques à Lyon, avec location à la journée et petits cours d'entretien pour les cyclistes du quotidien.", "fr", ""),
    ("Fromagerie de quartier à Bordeaux, affinage maison et plateaux pour les fêtes. Le nom doit être court : huit lettres maximum.", "fr", "max 8 letters"),
    # --- Spanish ---
    ("Clínica veterinaria para animales exóticos en Valencia: reptiles, aves y pequeños mamíferos. Queremos un nombre cercano y fácil de recordar.", "es", ""),
    ("Instalación y mantenimiento de paneles solares para casas de campo y bodegas en Mendoza.", "es", ""),
    # --- German ---
    ("Schreinerei in Freiburg, Maßmöbel aus heimischem Holz, vor allem Küchen und Einbauschränke.", "de", ""),
    ("Online-Nachhilfe in Mathe und Physik für Oberstufenschüler. Der Name soll mit „Lern“ beginnen.", "de", "starts with 'Lern'"),
    # --- Portuguese ---
    ("Cafeteria de cafés especiais em Belo Horizonte, com grãos de pequenos produtores mineiros e torra própria.", "pt", ""),
    ("Escritório de contabilidade para microempreendedores em Lisboa, atendimento online em português e inglês.", "pt", ""),
    # --- Italian ---
    ("Agriturismo in Val d'Orcia con camere, cucina toscana e corsi di pasta fatta a mano.", "it", ""),
    ("Laboratorio di restauro di mobili antichi a Torino; vorremmo un nome elegante, che suoni di lusso.", "it", "premium tone"),
]


def main() -> None:
    assert len(ROWS) == 90, len(ROWS)
    descs = [r[0] for r in ROWS]
    assert len(set(d.lower() for d in descs)) == 90, "duplicate description"
    for d, lang, _ in ROWS:
        n = len(d.split())
        assert 5 <= n <= 45, (n, d)
        assert lang in {"en", "fr", "es", "de", "pt", "it"}, lang
    langs = Counter(r[1] for r in ROWS)
    assert langs["en"] == 80 and all(langs[l] == 2 for l in ("fr", "es", "de", "pt", "it")), langs
    assert sum(1 for r in ROWS if r[2]) == 15

    rows = list(ROWS)
    random.Random(SEED).shuffle(rows)
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "description", "language", "constraint"])
        for i, (d, lang, c) in enumerate(rows, 1):
            w.writerow([f"n{i:03d}", d, lang, c])

    lengths = [len(d.split()) for d in descs]
    print(f"wrote {OUT} ({len(rows)} rows); words min={min(lengths)} max={max(lengths)}")
    print("by language:", dict(sorted(langs.items())))
    cons = Counter(r[2] or "(none)" for r in ROWS)
    print("by constraint:")
    for k, v in sorted(cons.items()):
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
