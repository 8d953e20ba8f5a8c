import os
import csv, random, re, collections
D = {}
D["en"] = {
"short": [
"Family-run bakery specializing in sourdough loaves",
"Mobile bicycle repair service for city commuters",
"Bookkeeping software for small construction contractors",
"Dog grooming salon in a quiet suburban neighborhood",
"Handmade ceramic mugs and bowls sold online",
"Weekend chess club for kids aged 7 to 12",
"Commercial refrigeration maintenance for restaurants and grocers",
"Independent pharmacy with free prescription delivery",
"Organic vegetable box subscription from local farms",
"Sunrise hot air balloon rides over Sonoma County",
"Residential roofing repairs and gutter cleaning",
"Wedding photography studio in coastal Maine",
"Fleet tracking app for regional trucking companies",
"Vintage furniture restoration and reupholstery workshop",
"Small-batch hot sauce maker selling at farmers markets",
"Pediatric dental clinic for children under twelve",
"Mobile notary for real estate closings and affidavits",
"Yarn shop with weekly knitting circles",
"Kayak rentals and guided paddles on Lake Champlain",
"Custom embroidery on team uniforms and workwear",
"Snow plowing and ice removal for commercial parking lots",
"Locksmith offering 24-hour emergency lockout service",
"Appliance repair for washers, dryers and dishwashers",
"Aquarium and tropical fish shop for hobbyists",
"Translation agency for legal and medical documents",
"Indoor climbing gym with youth teams ages 8–17",
"Payroll platform for restaurants with tip pooling",
"Hydroponic microgreens grower supplying chefs and grocers",
"Vegan food truck serving tacos downtown",
"Model train and railroad hobby store",
"Home energy audits and insulation upgrades",
"Physical therapy clinic focused on sports injuries",
"SAT and ACT tutoring for high school juniors",
"Custom cabinetry maker for kitchens and bathrooms",
"Co-working space for remote workers in Boise",
"Pet-sitting and dog-walking service in Brooklyn",
"Hearing aid fitting and audiology clinic",
"Fishing tackle and live bait shop on the pier",
"Scheduling software for independent hair salons",
"Stained glass classes and repair studio",
],
"one": [
"We run a small auto body shop in Tucson that fixes dents, scratches and collision damage for everyday drivers.",
"A neighborhood laundromat with wash-and-fold service, free Wi-Fi and a kids' corner for families waiting on their loads.",
"Our startup builds inventory management software for independent hardware stores that still track stock on paper.",
"I'm opening a Thai restaurant in Portland serving family recipes from Chiang Mai, with lunch specials and takeout.",
"A summer day camp for kids ages 6 to 11 with swimming, nature hikes and arts and crafts near Asheville.",
"We offer fee-only financial planning for teachers and nurses who want help with retirement accounts and budgeting.",
"A plumbing company serving Columbus homeowners with water heater installs, leak repairs and drain cleaning.",
"An assisted living residence for 20 seniors with private rooms, home-cooked meals and a garden courtyard.",
"We manufacture stainless steel brackets and custom sheet metal parts for HVAC installers across the Midwest.",
"A mobile app that helps families split household chores and track weekly allowance for their kids.",
"Our nonprofit collects and repairs donated laptops and gives them to students from low-income households.",
"A bridal boutique in Savannah carrying designer gowns, veils and in-house alterations by appointment.",
"I teach swimming lessons to toddlers and children ages 3 to 10 at a heated indoor pool in Plano.",
"We provide freight brokerage connecting shippers of fresh produce with refrigerated carriers along the West Coast.",
"A pottery-painting studio where families and birthday parties decorate plates and figurines that we glaze and fire.",
"Our optometry practice offers eye exams, contact lens fittings and a wide selection of affordable frames.",
"A landscaping business designing drought-tolerant gardens and installing drip irrigation for homes in Phoenix.",
"We sell refurbished smartphones and tablets with a one-year warranty through our online store.",
"A cozy bed and breakfast in Vermont with five guest rooms, maple syrup tastings and snowshoe trails.",
"I'm a licensed electrician offering panel upgrades, EV charger installation and lighting retrofits in Denver.",
"A youth soccer academy training players ages 5 to 14 with weekend leagues and holiday clinics.",
"We develop cloud-based compliance tracking software for mid-sized food processing plants.",
"A family dairy farm that makes farmstead cheddar and gouda and sells them at a roadside stand.",
"Our tailoring shop handles suit alterations, hemming and custom shirts for professionals in downtown Chicago.",
"An online store selling board games, card games and puzzles with fast shipping and game-night recommendations.",
"A nail salon offering manicures, pedicures and gel extensions in a bright, relaxed space in Sacramento.",
"We offer residential moving services with packing, crating and storage for families relocating within Texas.",
"A music school teaching guitar, drums and bass to teens ages 13 to 18, with a band showcase each semester.",
"I run a small print shop producing business cards, flyers, banners and wedding invitations.",
"A veterinary clinic caring for cats, dogs and small pets with same-day appointments and dental care.",
"Our agency builds websites and runs social media accounts for local restaurants and cafés.",
"A garage door installation and repair company serving homes and warehouses around Omaha.",
"We install and service solar panels on farms and rural homes across eastern Oregon.",
"A cooking school offering evening classes on pasta, knife skills and bread for home cooks.",
"Our small team restores and tunes vintage motorcycles and sells hard-to-find parts worldwide.",
"A language app that teaches conversational Spanish through short daily audio lessons.",
"An after-school robotics club for kids ages 9 to 13 that builds and programs robots for regional competitions.",
"We provide HR consulting and employee handbook writing for startups with fewer than 50 staff.",
"A specialty coffee roaster supplying single-origin beans to cafés and offices in Seattle.",
"A chimney sweep and fireplace inspection service for older homes in New England.",
],
"multi": [
"We're a small stonemasonry crew in Asheville building dry-stone walls, stone patios and fire pits. Most of our clients are homeowners who want something sturdy and handmade. We like a rustic, honest style.",
"I'm launching a meal-prep delivery service in Austin for busy professionals. Meals are high-protein, portioned and delivered twice a week. The brand should feel clean and energetic.",
"Our clinic in Minneapolis offers occupational therapy for children with fine motor and sensory challenges. Parents bring kids ages 2 to 12. We want a warm, reassuring name.",
"We make natural soaps and shampoo bars in small batches on our farm in Oregon. Customers are eco-minded shoppers at farmers markets and online. Think earthy and simple.",
"A boutique travel agency in San Diego planning walking tours in Portugal and Spain for retirees. Trips are small groups with a relaxed pace. We want something elegant but friendly.",
"Our company offers warehouse management software for third-party logistics providers. Clients are mid-sized warehouses in the US and Canada. The name should sound reliable and modern.",
"I run a horseback riding stable outside Lexington with lessons for kids aged 6 and up and trail rides for adults. Families come out on weekends. The feel is classic countryside.",
"We're opening a community bike co-op in Detroit where people learn to fix their own bikes. Volunteers teach repair nights and sell used parts cheaply. Friendly, grassroots vibe.",
"A home health agency in Tampa providing nurses and aides for seniors recovering after hospital stays. Our clients' adult children often contact us first. We want to sound trustworthy and caring.",
"I design and sell printable planners and budgeting templates on my website. My customers are mostly students and young parents. I want a cheerful, organized name.",
"We're a precision machining shop in Ohio making aluminum and titanium components for medical device companies. We're ISO certified and run three shifts. The name should feel industrial and precise.",
"A vintage clothing store in Seattle's Capitol Hill selling curated pieces from the 70s to the 90s. Customers are students and young creatives. Playful, retro aesthetic.",
"We run a driving school in Phoenix teaching teens 15 to 17 and nervous adult beginners. Lessons include highway practice and road test prep. Patient and upbeat tone.",
"Our startup makes an app for community gardens to manage plot sign-ups, watering schedules and tool sharing. Users are volunteer coordinators across the US. Green and friendly branding.",
"An independent bookstore in Providence focusing on mystery novels and local authors. We host book clubs and author readings every month. Cozy and a little quirky.",
"I offer mortgage brokerage for first-time homebuyers in the Atlanta area. Many clients are young couples nervous about the process. I want a name that sounds approachable and professional.",
"We're a family-owned HVAC company that has served Richmond for 30 years. We install furnaces and air conditioners and offer maintenance plans. Dependable, hometown feel.",
"A dance studio in Nashville offering ballet, jazz and hip-hop for kids ages 4 to 16. We put on a recital every spring. The name should be bright and playful.",
"We produce documentary-style corporate videos for manufacturers and engineering firms. Our clients are mostly in the Great Lakes region. Straightforward and polished.",
"We run an apple orchard in upstate New York with pick-your-own in the fall and a farm store selling pies and cider donuts. Visitors are mostly families from the city. Wholesome, seasonal feel.",
"Our cleaning company provides nightly janitorial services for medical offices and dental clinics in Raleigh. We follow strict infection-control checklists. A clean, professional name is what we want.",
"A mobile petting zoo bringing gentle goats, rabbits and two ponies to birthday parties and school fairs around Eugene. Kids ages 2 to 10 love it. The style is playful and rustic.",
"A pet supply store in Boulder selling natural dog food, cat toys and wild bird seed. Customers are local pet owners who value good advice. Friendly, outdoorsy style.",
"We build custom e-commerce integrations for wholesale distributors moving off spreadsheets. Our clients are B2B sellers of industrial supplies. The name should be crisp and technical.",
"A sailing school in Annapolis teaching adults and teens 14 and up to skipper small keelboats. Courses run April to October. Nautical, classic look.",
"Our nonprofit runs a food pantry and community kitchen in Baltimore. Volunteers serve hot meals three nights a week. We want a name that feels welcoming and dignified.",
"I repair and restore antique clocks and pocket watches from my workshop in Lancaster, Pennsylvania. Collectors ship pieces from all over the country. Old-world, craftsman feel.",
"A boutique fitness studio in Miami focused on indoor cycling and strength classes. Members are young professionals who like music-driven workouts. Bold and energetic.",
"We're an accounting firm serving dental and medical practices in Southern California. We handle bookkeeping, payroll and year-end tax. Sharp and trustworthy.",
"I make handcrafted leather wallets, belts and bags in a small studio in Santa Fe. Customers buy online and at craft fairs. Rugged, southwestern style.",
"A weekend filmmaking workshop in San Jose for teens ages 13 to 17 who write, shoot and edit their own short films. Classes are small and project-based. Modern and fun.",
"We run small-group whale watching tours out of Monterey on a 40-foot boat. Guests are tourists and school groups. Adventurous but eco-conscious branding.",
"Our company manufactures corrugated cardboard boxes and custom packaging for e-commerce brands. The plant is in Georgia and ships nationwide. Practical and sturdy name.",
"A dermatology clinic in Houston offering skin checks, acne treatment and cosmetic procedures. Patients range from teens to retirees. Modern and clinical, but warm.",
"I'm a wedding and event florist in Charleston. I design lush, garden-style arrangements for couples and corporate events. I'd like a romantic and elegant name.",
"We offer IT support and managed network services for small law firms and real estate offices in Dallas. Fast response and fixed monthly pricing. Reliable, no-nonsense tone.",
"We lead gentle chair-yoga and balance classes for adults over 65 at community centers in Scottsdale. Participants want to stay mobile and social. Calm, uplifting style.",
"A farm-to-table catering company in Napa serving weddings and vineyard events. Menus change with the season. Refined yet relaxed.",
"Our startup builds a parking permit and reservation platform for university campuses. Parking offices use it to sell permits and manage lots. Clean, friendly and efficient.",
"A tile and flooring installer in Salt Lake City. We do kitchens, bathrooms and showers for homeowners and builders. Neat, craftsmanlike name.",
],
}
D["fr"] = {
"short": [
"Chocolatier artisan dans le Petit Bayonne depuis 1998",
"Accordeur de pianos à Nantes",
"Cours de théâtre pour enfants de 8 à 12 ans",
"Logiciel de gestion pour cabinets de kinésithérapie",
"Poissonnerie familiale sur le port de Sète",
"Encadrement de tableaux sur mesure à Dijon",
"Ostéopathe pour nourrissons et femmes enceintes à Bordeaux",
"Fabricant de couteaux artisanaux à Thiers",
],
"one": [
"Nous fabriquons des confitures et des pâtes de fruits avec les abricots de notre verger dans la Drôme.",
"Un cabinet de courtage en assurances pour les artisans et les commerçants de la métropole lilloise.",
"Un club d'escrime à Reims qui accueille les enfants dès 7 ans ainsi que les adultes débutants ou confirmés.",
"Notre start-up développe une plateforme de réservation de créneaux pour les déchetteries des communautés de communes.",
"Un salon de barbier pour hommes installé dans une ancienne boutique d'épices du Vieux-Nice.",
"Une petite fabrique de bougies parfumées à la cire de colza, coulées à la main dans notre atelier près de Grasse.",
"Nous proposons un service de coursiers à vélo cargo pour livrer les commerçants du centre de Strasbourg.",
"Une association qui rend visite aux personnes âgées isolées de la Creuse et organise pour elles des sorties et des repas partagés.",
],
"multi": [
"Nous cultivons de la lavande sur le plateau de Valensole et distillons notre propre huile essentielle. Nos clients sont des touristes et des boutiques de produits naturels. Nous voulons un nom lumineux et provençal.",
"Notre cabinet d'architectes à Rennes conçoit des maisons passives et rénove des longères bretonnes. Nous travaillons surtout pour de jeunes familles. Style sobre et contemporain.",
"Je suis sage-femme libérale à Grenoble. J'accompagne les futurs parents avant et après la naissance, à domicile ou au cabinet. Je cherche un nom doux et rassurant.",
"Nous ouvrons une épicerie vrac zéro déchet à Montpellier. On y vend des céréales, des épices et des produits d'entretien sans emballage. Ambiance méditerranéenne et engagée.",
"Notre PME fabrique des pièces en matériaux composites pour l'industrie aéronautique autour de Toulouse. Nos clients sont des équipementiers de rang 1. Nous voulons un nom technique et international.",
"Je suis restauratrice de tableaux anciens dans un atelier à Avignon. Je travaille pour des musées, des églises et des collectionneurs privés. Un nom élégant et discret.",
"Nous organisons des randonnées avec des ânes dans les Cévennes, sur deux à six jours. Les familles avec enfants dès 5 ans sont notre public principal. Style nature et convivial.",
"Notre cabinet de recrutement place des ingénieurs dans l'industrie agroalimentaire en Bretagne et en Pays de la Loire. Nous misons sur la proximité et l'écoute. Un nom professionnel, facile à retenir.",
],
}
D["es"] = {
"short": [
"Churrería tradicional en el barrio de Lavapiés",
"Taller de reparación de persianas y toldos en Valencia",
"Escuela de surf en Zarautz para niños de 6-14 años",
"Software de facturación para talleres mecánicos",
"Centro de podología y plantillas a medida en Sevilla",
"Cooperativa de aceite de oliva virgen extra en Jaén",
"Alquiler de autocaravanas para recorrer el norte de España",
"Alquiler y confección de trajes de flamenca en Triana",
],
"one": [
"Somos una empresa de Zaragoza que instala ascensores y salvaescaleras en comunidades de vecinos de edificios antiguos.",
"Una guardería bilingüe en Málaga para niños de 1 a 3 años, con huerto y mucho juego al aire libre.",
"Ofrecemos servicios de gestoría para transferencias de vehículos, matriculaciones y trámites de tráfico en Valladolid.",
"Una heladería artesanal en Bilbao que prepara helados con fruta de temporada y leche de caseríos vascos.",
"Desarrollamos una app para que los clubes de pádel gestionen las reservas de pistas, los torneos y las cuotas de socios.",
"Un vivero en Murcia que vende árboles frutales, plantas aromáticas y cactus a particulares y paisajistas.",
"Una tienda de instrumentos musicales en Granada que además repara y ajusta guitarras españolas y laúdes.",
"Somos una ONG que organiza clases de alfabetización digital para personas mayores en pueblos de Extremadura.",
],
"multi": [
"Llevamos una agencia de guías turísticos en Toledo con visitas a pie por la judería y la catedral. Trabajamos con grupos escolares y turistas extranjeros. Queremos un nombre con historia pero fácil de pronunciar.",
"Somos una empresa de transportes de Tarragona con camiones cisterna para productos alimentarios líquidos. Trabajamos con fábricas de zumos y aceites. Buscamos un nombre sólido y profesional.",
"Abrimos un centro de estética en Alicante con tratamientos faciales, depilación y masajes. Nuestras clientas buscan un espacio tranquilo y cercano. Estilo elegante y natural.",
"Soy carpintera de ribera en Galicia y construyo y restauro barcas de madera tradicionales. Mis clientes son pescadores y amantes de la náutica clásica. Quiero un nombre marinero y artesanal.",
"Nuestra startup de Barcelona ofrece un software de gestión de turnos para hospitales y residencias. Las usuarias principales son supervisoras de enfermería. Queremos algo moderno y humano.",
"Dirigimos un club de baloncesto en Salamanca con equipos desde benjamín, a partir de 8 años, hasta juvenil. Entrenamos cuatro días por semana en el polideportivo del barrio. Queremos un nombre con garra.",
"Tenemos una granja de gallinas camperas en Asturias y vendemos huevos a tiendas y restaurantes de Oviedo. Las gallinas pastan al aire libre todo el año. Buscamos un nombre rural y cercano.",
"Soy asesora de imagen y personal shopper en Madrid. Ayudo a mujeres y hombres a renovar su armario para el trabajo. Me gustaría un nombre sofisticado pero accesible.",
],
}
D["de"] = {
"short": [
"Traditionelle Metzgerei mit Wurstspezialitäten aus dem Allgäu",
"Schreibwarenladen mit Bastelbedarf in der Freiburger Altstadt",
"Hausmeisterservice für Wohnanlagen in Leipzig",
"Judoverein für Kinder von 6 bis 14 Jahren",
"Digitale Zeiterfassung für kleine Handwerksbetriebe",
"Orgelbauwerkstatt in der Oberlausitz",
"Weihnachtsbaumverkauf vom eigenen Hof im Sauerland",
"Zahntechnisches Labor für Kronen und Brücken in Dortmund",
],
"one": [
"Wir sind ein kleiner Verlag in Göttingen, der Sachbücher zur Regionalgeschichte und Wanderführer herausgibt.",
"Wir bieten Hausnotrufsysteme und Sturzsensoren für ältere Menschen, die allein in ihrer Wohnung in Bremen leben.",
"Eine Nachmittagsbetreuung mit Hausaufgabenhilfe für Grundschulkinder von 6 bis 10 Jahren in Köln-Ehrenfeld.",
"Wir entwickeln eine Software, mit der Landwirte Düngung, Aussaat und Ernte auf ihren Feldern planen und dokumentieren.",
"Ein Café in der Dresdner Neustadt mit hausgemachtem Kuchen, Frühstück bis 15 Uhr und einer Spielecke für Kinder.",
"Wir restaurieren historische Fachwerkhäuser und übernehmen Lehmputz- und Zimmererarbeiten in ganz Niedersachsen.",
"Unsere Spedition transportiert Baumaschinen und Schwerlastgüter mit Tiefladern zwischen Deutschland, Österreich und Polen.",
"Eine Hundeschule in München, die Welpenkurse, Alltagstraining und Beratung für Hunde aus dem Tierschutz anbietet.",
],
"multi": [
"Wir sind eine Imkerei am Bodensee mit rund 80 Bienenvölkern. Wir verkaufen Honig, Pollen und Propolis an Hofläden und online. Der Name soll natürlich und regional klingen.",
"Unser Ingenieurbüro in Stuttgart erstellt Brandschutzkonzepte für Schulen, Hotels und Industriehallen. Unsere Kunden sind Bauherren und Architekten. Seriös und technisch soll der Name sein.",
"Wir führen einen Campingplatz an der Mecklenburgischen Seenplatte mit 60 Stellplätzen, Sanitärhaus und kleinem Kiosk. Unsere Gäste sind Familien und Radwanderer. Naturverbunden und unkompliziert.",
"Ich bin Logopädin in Hannover und behandle Kinder ab 3 Jahren mit Sprachentwicklungsstörungen sowie Erwachsene nach einem Schlaganfall. Die Praxis ist hell und freundlich. Der Name soll Vertrauen wecken.",
"Wir sind ein Start-up aus Berlin und bauen eine Plattform, über die Hausverwaltungen Reparaturaufträge an Handwerker vergeben. Zielgruppe sind mittelgroße Verwaltungen. Modern, klar und vertrauenswürdig.",
"Unser Familienbetrieb im Erzgebirge fertigt Räuchermännchen und Schwibbögen aus Holz. Wir verkaufen an Touristen und über einen Onlineshop. Traditionell und weihnachtlich soll es wirken.",
"Wir betreiben einen Kinder- und Jugendzirkus in Halle für 8- bis 18-Jährige. Es gibt Training in Akrobatik, Jonglage und Einrad und jedes Jahr eine große Show. Bunt und lebendig.",
"Wir planen und bauen Gartensaunen und Badefässer aus nordischer Fichte für Privatkunden in ganz Bayern. Beratung und Montage machen wir selbst. Der Name darf skandinavisch und gemütlich klingen.",
],
}
D["pt"] = {
"short": [
"Conserveira artesanal de sardinhas em Matosinhos",
"Escola de capoeira para crianças de 5 a 12 anos",
"Sapataria e conserto de calçados em Curitiba",
"Sistema de gestão para imobiliárias de pequeno porte",
"Guia de observação de aves no Pantanal",
"Produtora de café especial no sul de Minas",
"Salão de beleza afro especializado em tranças em Salvador",
"Fábrica de produtos de cortiça no Alentejo",
],
"one": [
"Somos uma empresa de Porto Alegre que faz instalação, limpeza e manutenção de piscinas residenciais.",
"Um clube de ciência em Campinas para crianças de 8 a 12 anos, com experiências de química e astronomia aos sábados.",
"Desenvolvemos um aplicativo para restaurantes receberem pedidos pelo WhatsApp e organizarem as entregas.",
"Uma cooperativa de catadores em Belo Horizonte que faz a triagem e a venda de materiais recicláveis.",
"Uma loja de materiais de construção no interior de Goiás que entrega cimento, areia e tijolos direto na obra.",
"Um laboratório de análises clínicas no Recife com coleta domiciliar para idosos e crianças.",
"Uma ONG em Manaus que leva livros e oficinas de leitura às crianças ribeirinhas em barcos-biblioteca.",
"Fazemos controlo de pragas em restaurantes, hotéis e casas particulares em todo o Algarve.",
],
"multi": [
"Cultivamos cogumelos shiitake e pleurotos numa pequena exploração perto de Viseu. Vendemos a restaurantes e mercados biológicos. Queremos um nome fresco e natural.",
"Somos um buffet infantil em São Paulo com brinquedos, monitores e cardápio para festas de crianças de 1 a 10 anos. Os pais querem praticidade e segurança. Procuramos um nome divertido e colorido.",
"Somos uma empresa de logística em Santos que faz despacho aduaneiro e armazenagem de contêineres. Nossos clientes são importadores de máquinas e peças. Nome sólido e internacional.",
"Sou acupunturista e atendo em Coimbra adultos com dores crónicas e ansiedade. O consultório é pequeno e tranquilo. Procuro um nome sereno e profissional.",
"Desenvolvemos um software de gestão escolar para escolas particulares do Nordeste. Diretores e secretarias usam para matrículas, notas e mensalidades. Queremos um nome confiável e moderno.",
"Temos uma loja de discos de vinil na Baixa do Porto. Vendemos discos novos e usados e fazemos concertos acústicos ao sábado. Um nome com alma e um pouco retro.",
"Oferecemos transporte adaptado em Brasília para idosos e pessoas com mobilidade reduzida irem a consultas e passeios. As famílias agendam por telefone ou pelo app. Queremos um nome humano e seguro.",
"Somos uma pequena fábrica de redes de dormir em Fortaleza. Vendemos para lojas de decoração e para turistas. Estilo nordestino, colorido e artesanal.",
],
}
D["it"] = {
"short": [
"Pastificio artigianale con pasta fresca a Bologna",
"Laboratorio di fumetto per ragazzi dai 10 ai 16 anni",
"Legatoria artigianale nel centro di Firenze",
"Software per la gestione di agriturismi",
"Studio di nutrizione clinica e dietetica a Bari",
"Azienda agricola di zafferano in Abruzzo",
"Impresa di imbiancatura e cartongesso a Torino",
"Make-up artist per spose a domicilio in Puglia",
],
"one": [
"Siamo una piccola azienda di Brescia che produce valvole e raccordi in ottone per impianti idraulici.",
"Organizziamo tour guidati in e-bike tra le colline del Chianti, con soste in fattorie e frantoi.",
"Un centro diurno per anziani a Verona con attività, pranzo e trasporto da casa dal lunedì al venerdì.",
"Sviluppiamo un gestionale per studi di commercialisti che automatizza scadenze fiscali e comunicazioni con i clienti.",
"Un negozio online di semi antichi di pomodori, fagioli e zucche, con consigli per l'orto sul balcone.",
"Un'azienda di noleggio e montaggio di ponteggi per cantieri edili nella provincia di Bergamo.",
"Un corso di avviamento alla pallavolo per ragazze dagli 11 ai 15 anni nella palestra comunale di Padova.",
"Una cooperativa sociale che gestisce un orto urbano a Napoli dove lavorano giovani con disabilità.",
],
"multi": [
"Coltiviamo limoni IGP sulla Costiera Amalfitana e li vendiamo freschi a fruttivendoli e ristoranti. Molti clienti sono in Germania e in Svizzera. Vorremmo un nome solare e mediterraneo.",
"Gestiamo uno stabilimento balneare a Rimini con ombrelloni, bar e giochi per bambini. I clienti sono famiglie che tornano ogni estate. Vogliamo un nome allegro e romagnolo.",
"Sono una psicologa dell'età evolutiva a Milano e seguo bambini e adolescenti con ansia e difficoltà scolastiche. Ricevo anche i genitori. Cerco un nome rassicurante e professionale.",
"Siamo una start-up di Trento che sviluppa sensori per monitorare l'umidità del suolo nei vigneti e nei frutteti. I clienti sono aziende agricole del Trentino. Nome tecnologico ma legato alla terra.",
"Abbiamo un laboratorio orafo a Vicenza dove realizziamo fedi nuziali e gioielli su misura. I clienti sono soprattutto coppie di sposi. Stile raffinato e senza tempo.",
"Offriamo babysitter qualificate a domicilio a Roma per bambini da 0 a 10 anni, anche la sera e nel weekend. Le famiglie prenotano tramite il nostro sito. Un nome tenero e affidabile.",
"Siamo un gruppo di guide alpine a Cortina d'Ampezzo. Accompagniamo escursionisti e alpinisti su vie ferrate e ghiacciai. Vogliamo un nome forte, legato alle Dolomiti.",
"Siamo uno studio di consulenza per l'export che aiuta piccole aziende alimentari a vendere in Giappone e Corea. Curiamo fiere, etichette e ricerca di distributori. Nome internazionale e pulito.",
],
}
sent = lambda s: len([x for x in re.split(r'(?<=[.!?])\s+', s.strip()) if x])
problems = []
rows = []
for lang, cats in D.items():
    for cat, items in cats.items():
        for s in items:
            w = len(s.split()); n = sent(s)
            if cat == "short" and not (4 <= w <= 10): problems.append((cat, w, s))
            if cat == "one" and not (n == 1 and w > 10): problems.append((cat, w, n, s))
            if cat == "multi" and not (2 <= n <= 3): problems.append((cat, n, s))
            rows.append((s, lang, cat))
print("problems:", problems)
random.Random(5).shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ordinary5.csv")
with open(out, "w", encoding="utf-8", newline="") as f:
    wr = csv.writer(f)
    wr.writerow(["id", "description", "language"])
    for i, (s, lang, cat) in enumerate(rows, 1):
        wr.writerow([f"o{i:03d}", s, lang])
# verify by re-parsing our own output
with open(out, encoding="utf-8", newline="") as f:
    r = list(csv.DictReader(f))
    f.seek(0); header = f.readline().strip()
assert header == "id,description,language", header
assert len(r) == 240
assert [x["id"] for x in r] == [f"o{i:03d}" for i in range(1, 241)]
assert len({x["id"] for x in r}) == 240
assert len({x["description"].strip().lower() for x in r}) == 240
print("rows", len(r), "unique ids", len({x['id'] for x in r}), "unique desc", len({x['description'] for x in r}))
print("languages", dict(collections.Counter(x["language"] for x in r)))
print("length bands", dict(collections.Counter((l, c) for _, l, c in rows)))
