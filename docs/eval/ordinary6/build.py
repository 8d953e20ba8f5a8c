# Assemble ordinary6.csv from hand-written descriptions (one per line, grouped by language/class).
import csv, random, re, collections

DATA = {}

DATA[("en","short")] = """
Family plumbing business in Leeds, emergency repairs and boiler installs
Dog grooming salon in Austin, Texas
Scheduling app for physiotherapy clinics
Small bakery selling sourdough and pastries in Dublin
Robotics club for kids aged 8 to 12
Bike repair shop near the university in Utrecht
Bookkeeping software for independent restaurants
Elder care home visits in Manchester
Organic vegetable box delivery around Bristol
Summer football camp for ages 6-14 in Cardiff
Wedding photography studio in Cape Town
Fleet tracking software for small logistics companies
Piano lessons for children and adults in Melbourne
Craft brewery and taproom in Portland, Maine
Babysitting agency in Toronto
Electrician serving homes and offices in Auckland
Attendance tracking app for primary schools
Handmade ceramics shop, mostly online
Coding workshops for teenagers 13-17 after school
Family-run Greek restaurant in Chicago
Tax consulting for freelancers in Singapore
Used textbook exchange for college students
Landscaping and garden maintenance, Surrey
Membership management software for tennis clubs
Mobile car detailing in Phoenix
Comic drawing classes for kids ages 9-13
Dairy farm shop selling cheese and yogurt in Vermont
Independent bookstore and café in Edinburgh
Translation agency specializing in legal documents
Custom sheet metal fabrication in Ohio
Home tutoring in maths and science, Nairobi
Yoga studio for beginners in Vancouver
Room booking tool for coworking spaces
Airport shuttle service in Lisbon for English-speaking tourists
Specialty coffee roaster in Seattle
Swim school for toddlers and young kids
Inventory app for hardware stores
Local history walking tours of Boston
Pet sitting and dog walking in Brooklyn
Roofing contractor covering Birmingham and the West Midlands
"""

DATA[("en","sentence")] = """
We're a small team building a menu and ordering app that lets independent cafés take table orders from a QR code without paying commission.
I run a mobile physiotherapy service that visits older patients at home across north London after hip and knee surgery.
Our weekend art workshops teach children aged 5 to 10 painting, clay and collage in a bright studio in Bath.
We make route planning software for regional courier companies that need to schedule a few hundred deliveries a day.
Family-owned hardware store in Wellington that has sold tools, paint and garden supplies since 1974 and now wants to sell online.
I'm starting a meal prep service in Dallas delivering healthy lunches to office workers Monday to Friday.
We offer after-school robotics and LEGO engineering classes for kids 7 to 14 in three community centres around Sydney.
Our company installs solar panels and home batteries for households and farms across rural Queensland.
A cloud-based patient records and appointment system for small dental practices with one to five chairs.
I teach guitar, bass and ukulele to teenagers and adults from my home studio in Nashville.
We're a boutique recruitment agency placing nurses and care assistants in care homes around Glasgow.
Our app helps youth football clubs manage player registrations, match schedules and parent payments in one place.
Small independent vet clinic in Cork looking for a friendly name for its new website and booking page.
We roast coffee in small batches and supply beans and espresso machines to cafés and offices in Johannesburg.
I'm opening a children's bookshop with a reading corner and weekly story times for under-fives in Norwich.
We provide IT support and network setup for law firms and accounting offices in the Dallas–Fort Worth area.
Our summer camp on a lake in Ontario offers canoeing, hiking and campfire nights for kids aged 8 to 15.
A small factory in Pune that manufactures stainless steel kitchen equipment for hotels and restaurant chains.
I'm a certified accountant helping small charities with their annual reports, payroll and grant budgets.
We rent out cargo bikes and electric bikes by the day or the week to locals and visitors in Copenhagen.
Our online platform connects parents with vetted, first-aid trained babysitters for evenings and weekends in Dublin.
We build timetabling and room allocation software for secondary schools and sixth-form colleges.
A specialist removals company moving pianos, antiques and artwork safely across the south of England.
I run a comic book and graphic novel club for teenagers aged 12 to 16 at our local library in Leicester.
We grow and sell heirloom tomatoes, herbs and cut flowers at farmers' markets around Sacramento.
Our consultancy helps mid-sized manufacturers cut energy costs and prepare for sustainability reporting.
A friendly driving school in Brisbane offering manual and automatic lessons for learners and nervous drivers.
We're launching a kitchen display and prep-tracking tool for busy restaurant kitchens that still use paper tickets.
I offer one-to-one maths and physics tutoring online for high school students preparing for exams.
Our small chocolate company makes bean-to-bar chocolate in Ghana and sells it to shops in Europe.
We organise guided cycling holidays through the vineyards of the Loire Valley for English-speaking groups.
An HR and shift scheduling app for cleaning companies with staff spread across many client sites.
Our family cleaning business looks after holiday rentals and Airbnb apartments across Cornwall between guest stays.
We run a community music school where children from age 4 can learn violin, cello, drums and singing.
I'm a freelance architect designing energy-efficient home extensions and loft conversions in Bristol.
We make equipment checkout and maintenance logging software for rowing and sailing clubs.
Small print shop in Kuala Lumpur doing business cards, flyers, banners and wedding invitations with same-day service.
We provide speech and language therapy for children aged 2 to 12 in clinic and in schools around Perth.
A warehouse management system for third-party logistics providers handling e-commerce orders for many brands.
Our bakery in Montreal specialises in gluten-free breads and birthday cakes made in a dedicated facility.
"""

DATA[("en","long")] = """
We're a small team of nurses and carers based in Leeds. Since 2016 we've supported older people who want to keep living at home, helping with washing, meals, medication reminders and simple companionship. Visits range from a half-hour check-in to overnight stays. Families can book a free first assessment by phone or through our website.
I'm a physiotherapist with twelve years of experience in sports injuries. Last year I opened my own clinic in Galway, focused on runners, cyclists and GAA players. We offer assessments, hands-on treatment and return-to-sport programmes. I'd like a domain that sounds professional but approachable, and patients should be able to book online.
Our software helps restaurant groups manage stock across several kitchens. Chefs count inventory on a tablet, and the system tracks waste and suggests orders to suppliers. We started with four restaurants in Melbourne and now work with about sixty venues across Australia. We're preparing to launch in the UK next year and need a name that works internationally.
We run a robotics and coding academy for kids aged 7 to 16 in Singapore. Younger children start with block-based programming and simple robots, while teenagers build Arduino projects and enter regional competitions. Classes take place on weekday afternoons and Saturdays, and we run holiday camps in June and December. Parents can book a free trial lesson online.
My husband and I bought an old orchard in Herefordshire in 2019. We now press apple juice and make cider and cider vinegar, all from our own trees. We sell at farmers' markets, to local pubs and through a small online shop. We'd like a domain for the farm that feels rustic and is easy to remember.
We're a freight forwarding company based in Rotterdam with a second office in Antwerp. We arrange sea, road and air shipments for small and mid-sized importers, mostly from Asia to Western Europe. Our customs team handles the paperwork so our clients don't have to. We're redoing our website and want a shorter, clearer domain.
I'm a retired teacher who started a tutoring service in Houston. We match students from grade 3 to grade 12 with qualified tutors in reading, math, science and SAT prep. Sessions happen at the library, at home or online. We also offer free reading evaluations. Parents book through a simple form on our site.
Our club has been teaching tennis to children and adults in Christchurch since 1988. We have six courts, a junior programme for ages 5 to 17 and social tennis nights for members. We're building a new website with online court booking and membership renewal. We need a domain that's easy to say over the phone.
We're a two-person startup building a parent communication app for kindergartens and daycare centres. Teachers can share daily reports, photos, nap and meal times, and parents can message staff or report absences. We piloted it with twelve centres in Toronto and parents loved it. Now we're raising a seed round and want a memorable brand.
I run a mobile bicycle repair van in Cambridge. Instead of customers bringing their bikes to a shop, I come to their home or office and fix things on the spot. I do punctures, brakes, gears and full services, and I also maintain bike fleets for a few local companies. Bookings are made online, usually for the next day.
We're a small manufacturer of wooden toys in the Black Forest, but most of our customers are in the UK and the US. Everything is made from local beech and maple with non-toxic finishes. We sell to independent toy shops and directly online. We want an English-language domain for our export shop.
Our summer theatre camp gives teenagers aged 12 to 18 two weeks of acting, singing and stagecraft workshops. At the end, they perform a full musical in a real theatre in front of their families. We've run the camp in Minneapolis since 2011 and now want to add a second location in Milwaukee. Registration opens every February.
We provide accounting and payroll services to small businesses in Lagos, mostly shops, clinics and schools. Our team of eight accountants handles bookkeeping, tax filing and monthly payroll. We also teach business owners how to read their own financial statements. Clients can book a free consultation online or via WhatsApp.
I'm a dog trainer working around Denver. I run puppy classes, basic obedience groups and private sessions for dogs with leash reactivity. Classes are held in a fenced field on weekends and in a small indoor hall on weekday evenings. I'm moving off social media and want a proper website where people can sign up.
We're a family-run fish and chip shop on the seafront in Whitby. My grandfather opened it in 1962 and we still use his batter recipe. We do dine-in, takeaway and, since last year, local delivery. We want a domain for online ordering that locals and tourists will remember.
Our consultancy helps hospitals improve patient flow in emergency departments. We analyse waiting times, staffing and bed management, then work with staff to redesign processes. Most of our clients are public hospitals in Canada and the UK. We've worked in this field for over fifteen years and are now setting up as an independent firm.
We're an after-school comics and illustration workshop for kids 8 to 14 in Portland, Oregon. Kids learn to draw characters, write short stories and make their own mini comic books. At the end of each term we print a small anthology of their work. Sessions run twice a week and can be booked per term.
We install and service commercial kitchen ventilation systems. Our clients are restaurants, school canteens and hospital kitchens across the Midlands. We also carry out the duct deep-cleaning that insurers require. We've been trading since 2004 and want a simpler domain than our current one.
I'm a piano technician based in Vienna, but I work mostly with English-speaking expats and international schools. I tune, regulate and repair upright and grand pianos. I also help families find good second-hand instruments. I'd like a simple English domain where people can see my rates and book a visit.
Our startup makes logistics software for grain cooperatives. Farmers book harvest drop-off slots on their phones, and the co-op sees truck arrivals in real time to avoid queues at the elevator. We're based in Saskatoon and are piloting with three cooperatives in Saskatchewan. We need a name that farmers will trust.
We're a small dance school in Dublin teaching ballet, jazz and contemporary to children from age 3. Teenagers can join our performance company and take graded exams. We also have adult beginners' classes in the evenings. Parents can book a free trial class on our website.
We run a babysitting and nanny agency in Sydney's eastern suburbs. All our sitters have working-with-children checks, first-aid certificates and at least two years of childcare experience. Families can book a sitter for a single evening or find a regular nanny. We've grown by word of mouth for five years and now need a proper online presence.
I'm a structural engineer with a small practice in Christchurch. Since the earthquakes we've specialised in assessing and strengthening older homes and commercial buildings. We work with homeowners, architects and builders. I want a domain that sounds solid and trustworthy.
We're a co-operative of olive growers in Crete selling extra virgin olive oil directly to customers in Europe. Our families have grown olives for generations, and we press the fruit within hours of harvest. We ship tins and bottles across the EU and to the UK. Our online shop is in English and we're looking for a warm, simple domain.
Our company builds booking and payment software for swimming schools. Parents enrol their children in lessons, move between levels and pay monthly, while instructors see class lists on a tablet at the poolside. We currently serve about 140 swim schools in the UK and Ireland. We're rebranding ahead of our US launch.
We're a specialist moving company for offices and laboratories. Besides desks and computers, we move sensitive lab equipment, freezers and server racks. We're based in Boston and work across New England. Most jobs are planned over weekends so our clients' work isn't disrupted.
I started a mobile petting farm that visits schools, nursing homes and birthday parties. We bring goats, rabbits, chickens and a very calm pony. Our handlers explain how the animals live, and kids can feed and stroke them. We cover Kent and East Sussex, and bookings are taken online.
We run a small language school in Valencia teaching Spanish to adults from abroad. Most of our students are retirees and remote workers who have moved to the city. We offer small group classes, private lessons and conversation evenings in local cafés. We want an English domain because most students search in English.
Our team develops practice management software for veterinary clinics. It covers appointments, medical records, vaccination reminders, stock and invoicing. We started in Poland and now have customers in eight European countries. We'd like a brand name that works in many languages.
I'm a carpenter and joiner in Galway making fitted kitchens, wardrobes and staircases. Every piece is built in my workshop from solid timber and installed by me. I've been doing this for twenty years, mostly through referrals. I want a simple website to show my work and let people request a quote.
We're a youth sailing programme on Lake Geneva for kids aged 9 to 17, taught in English and French. Beginners start in small dinghies and progress to racing boats. We run weekend sessions in spring and autumn and full-day camps in July. Places are booked online by term.
We make a simple app for food trucks to take preorders and tell customers where the truck will be each day. Owners post their weekly schedule, and customers order ahead and pick up without queuing. We launched in Austin and now have about 200 trucks across Texas. We're looking for a catchy .com.
Our clinic offers occupational therapy for children with handwriting, coordination or sensory processing difficulties. We see children aged 3 to 12 in our Auckland clinic and also visit schools. Parents can self-refer or be referred by a GP or teacher. We've been running since 2014 and have a team of six therapists.
We're a specialist tea importer in Hamburg serving English-speaking cafés and hotels across Europe. We source directly from gardens in Darjeeling, Assam, Yunnan and Kenya. Besides loose-leaf tea in bulk, we supply brewing equipment and staff training.
I run a small event catering company in Atlanta specialising in Southern food. We cater weddings, corporate lunches, church events and family reunions for 20 to 400 guests. Everything is cooked from scratch in our commercial kitchen. Clients can request a menu and quote through the website.
We're launching a maintenance request app for property managers who look after apartment buildings. Tenants report issues with photos, managers assign contractors and everyone can track progress. We're starting in Chicago with a few mid-sized landlords. We need a domain that sounds reliable rather than trendy.
Our Saturday morning sports club gives children aged 4 to 7 a taste of many sports: football, athletics, gymnastics, basketball and hockey. Coaches focus on fun, coordination and confidence rather than competition. We run in school halls across south Manchester. Parents can book a whole term or a single taster session online.
We're a precision machining company in Wrocław producing parts for agricultural machinery and packaging lines. Our customers are manufacturers in Germany, Scandinavia and the UK. We have CNC turning, milling and quality control in-house. We need an English-language website and domain for international clients.
I'm a private chef and cooking instructor in Cape Town. I cook dinners in clients' homes and run small cooking classes focused on Cape Malay and South African dishes. Many of my guests are visitors who want a hands-on food experience. Bookings are made through my website, usually a few weeks in advance.
We're a regional bus company running school routes and charter trips in rural Wisconsin. We've been family-owned since 1958 and have a fleet of 35 buses. Schools, churches and sports teams hire us for field trips and tournaments. We want a modern site where customers can request charter quotes.
"""

DATA[("fr","short")] = """
Boulangerie artisanale à Lyon, pain au levain et viennoiseries
Cabinet de kinésithérapie à Nantes
Logiciel de gestion pour cantines scolaires
Cours de robotique pour enfants de 8 à 12 ans
Plombier chauffagiste à Bordeaux et alentours
Garde d'enfants à domicile à Montréal
Stage de football pour les 6-13 ans pendant les vacances
Épicerie fine et fromagerie à Bruxelles
"""

DATA[("fr","sentence")] = """
Nous développons une application de réservation pour les salons de coiffure indépendants qui veulent gérer leurs rendez-vous sans commission.
Je propose du soutien scolaire en mathématiques et en physique pour les lycéens de Toulouse, à domicile ou en ligne.
Notre entreprise familiale de transport livre des marchandises par camion entre la Bretagne et la région parisienne depuis 1985.
Atelier de bande dessinée pour les jeunes de 10 à 15 ans, le mercredi après-midi et pendant les vacances scolaires à Angers.
Nous sommes une petite exploitation viticole en Bourgogne qui vend ses vins en direct aux particuliers et aux restaurants.
Service d'aide à domicile pour personnes âgées à Genève : courses, repas, toilette et compagnie.
Nous concevons un logiciel de planning pour les cliniques vétérinaires et les petits cabinets médicaux.
École de musique associative à Lille proposant des cours de piano, guitare et batterie dès 6 ans.
"""

DATA[("fr","long")] = """
Nous sommes une équipe de trois menuisiers installés près d'Annecy. Depuis 2010, nous fabriquons des cuisines, des escaliers et des placards sur mesure en bois massif. Nos clients sont surtout des particuliers en Haute-Savoie et dans la Suisse voisine. Les demandes de devis se font par téléphone ou via notre site.
Notre colonie de vacances accueille les enfants de 7 à 14 ans dans les Vosges chaque été. Au programme : randonnée, escalade, canoë, veillées et ateliers nature. Les séjours durent une ou deux semaines et nos animateurs sont tous titulaires du BAFA. Les inscriptions ouvrent en janvier sur notre site.
Nous éditons un logiciel de gestion pour les auto-écoles. Il permet de planifier les leçons de conduite, de suivre la progression des élèves et d'encaisser les paiements en ligne. Nous travaillons déjà avec une centaine d'auto-écoles en France et en Belgique. Nous cherchons un nom de domaine plus court et plus facile à retenir.
Je suis orthophoniste et j'ouvre un cabinet à Rennes avec deux collègues. Nous recevrons des enfants et des adultes pour des troubles du langage, de la lecture ou de la déglutition. Les rendez-vous pourront être pris en ligne. J'aimerais un nom de domaine sobre et rassurant.
Notre ferme familiale en Normandie produit du lait, du beurre et du camembert au lait cru. Nous avons ouvert une boutique à la ferme en 2018 et nous livrons maintenant des paniers dans les villages alentour. Nous voulons lancer une petite boutique en ligne. Le nom doit évoquer le terroir sans être trop long.
Nous sommes un cabinet de conseil basé à Lyon qui accompagne les PME industrielles dans leur transition énergétique. Nous réalisons des audits, nous aidons à obtenir des subventions et nous suivons les travaux. Notre équipe compte dix ingénieurs. Nous refaisons notre site et notre identité visuelle.
Je donne des cours de natation aux bébés et aux enfants de 6 mois à 6 ans à Marseille. Les séances se déroulent dans une petite piscine chauffée, avec les parents dans l'eau. L'objectif est que les enfants se sentent à l'aise dans l'eau dès le plus jeune âge. Les réservations se font par trimestre.
Nous sommes une société de transport de personnes à Dakar. Nous proposons des navettes aéroport, des transferts pour les hôtels et la location de minibus avec chauffeur pour les entreprises et les mariages. Notre flotte compte une vingtaine de véhicules récents. Les clients peuvent réserver en ligne ou par WhatsApp.
"""

DATA[("es","short")] = """
Clínica de fisioterapia en Sevilla
Taller mecánico familiar en Guadalajara, Jalisco
Software de gestión para academias de idiomas
Campamento de verano para niños de 6 a 12 años
Panadería y pastelería artesanal en Valparaíso
Cuidado de personas mayores a domicilio en Madrid
Clases de programación para adolescentes de 12 a 17 años
Distribuidora de frutas y verduras para restaurantes en Bogotá
"""

DATA[("es","sentence")] = """
Somos una empresa de reformas en Barcelona especializada en baños y cocinas para pisos antiguos.
Estamos creando una aplicación para que los clubes de pádel gestionen reservas de pistas, torneos y cuotas de socios.
Ofrezco clases particulares de matemáticas y química para alumnos de bachillerato en Zaragoza.
Nuestra cooperativa de café en el Huila exporta café de especialidad a tostadores de Europa y Estados Unidos.
Escuela de robótica para niños de 7 a 14 años en Monterrey, con clases por las tardes y talleres en vacaciones.
Empresa de mensajería urgente que reparte paquetes en bicicleta y moto por el centro de Buenos Aires.
Desarrollamos un sistema de historia clínica electrónica para consultorios médicos pequeños en Chile y Perú.
Agencia de canguros en Valencia con cuidadoras tituladas para tardes, noches y fines de semana.
"""

DATA[("es","long")] = """
Somos un club de fútbol base en Málaga con equipos desde los 5 hasta los 18 años. Entrenamos tres tardes por semana y competimos en la liga provincial. Además, organizamos un campus de verano abierto a niños y niñas de otros clubes. Las inscripciones para la nueva temporada se hacen en nuestra web.
Nuestra empresa fabrica envases de cartón para productores de fruta en Murcia y Almería. Llevamos más de treinta años en el sector y trabajamos con cooperativas y exportadores. Podemos producir tiradas cortas con impresión personalizada. Queremos renovar la web y buscar un dominio más claro.
Soy psicopedagoga y acabo de abrir un centro de apoyo escolar en Quito. Atendemos a niños de primaria y secundaria con dificultades de lectura, atención o hábitos de estudio. También damos talleres para padres. Las familias pueden pedir una primera entrevista gratuita por la web o por teléfono.
Desarrollamos un software de gestión para restaurantes en Latinoamérica. Incluye comandas en tablet, control de inventario, facturación electrónica y reportes de ventas. Empezamos en Ciudad de México en 2019 y hoy lo usan más de 800 locales en México y Colombia. Buscamos un nombre de marca que funcione en toda la región.
Somos una familia de viticultores en La Rioja. Desde hace tres generaciones cultivamos nuestras propias viñas y elaboramos vino tinto y rosado en una pequeña bodega. Ofrecemos visitas guiadas con cata los fines de semana. Queremos vender online y que la gente pueda reservar visitas fácilmente.
Nuestra academia de música en Córdoba, Argentina, enseña guitarra, piano, canto y batería a niños desde los 5 años, adolescentes y adultos. Los alumnos participan en dos conciertos al año en un teatro de la ciudad. Tenemos diez profesores y más de doscientos alumnos. Las clases de prueba se reservan por la web.
Somos una empresa de transporte refrigerado con sede en Zaragoza. Llevamos alimentos frescos y congelados de fábricas y cooperativas a supermercados de toda España y del sur de Francia. Tenemos una flota de 60 camiones con seguimiento en tiempo real. Queremos un dominio profesional para captar nuevos clientes.
Soy fisioterapeuta especializada en suelo pélvico y trabajo en Lima. Atiendo a mujeres durante el embarazo, después del parto y en la menopausia. Las sesiones son individuales, en consulta o a domicilio. Quiero una web sencilla donde las pacientes puedan informarse y pedir cita.
"""

DATA[("de","short")] = """
Tischlerei in Freiburg, Möbel nach Maß
Physiotherapiepraxis in Leipzig
Software für die Dienstplanung in Pflegeheimen
Kinderturnen für 3- bis 6-Jährige in Graz
Familiengeführte Metzgerei mit Partyservice in Augsburg
Nachhilfe in Mathe und Englisch für Schüler in Zürich
Fahrradladen mit Werkstatt in Münster
Feriencamp mit Klettern und Kanu für Kinder von 9 bis 13
"""

DATA[("de","sentence")] = """
Wir entwickeln eine App, mit der Sportvereine Mitgliedsbeiträge, Trainingszeiten und Hallenbelegungen einfach verwalten können.
Unser kleiner Hofladen im Allgäu verkauft Bergkäse, Milch und Eier direkt vom eigenen Bauernhof.
Ich biete Babysitting und Kinderbetreuung am Abend für Familien in Hamburg-Eimsbüttel an.
Wir sind ein Elektrobetrieb in Linz, der Photovoltaikanlagen und Wallboxen für Einfamilienhäuser installiert.
Roboterbau- und Programmierkurse für Jugendliche von 12 bis 16 Jahren jeden Samstag in unserer Werkstatt in Dresden.
Wir beraten mittelständische Logistikunternehmen bei der Digitalisierung ihrer Lager- und Transportprozesse.
Ambulanter Pflegedienst in Bremen, der ältere Menschen zu Hause bei der Grundpflege und im Haushalt unterstützt.
Unsere Kaffeerösterei in Köln beliefert Cafés, Büros und Hotels mit frisch gerösteten Bohnen.
"""

DATA[("de","long")] = """
Wir sind eine Musikschule in Stuttgart mit zwölf Lehrkräften. Kinder ab vier Jahren können bei uns mit musikalischer Früherziehung beginnen, später kommen Klavier, Geige, Gitarre und Schlagzeug dazu. Für Jugendliche gibt es eine Band-Werkstatt und ein kleines Orchester. Probestunden können online gebucht werden.
Unser Unternehmen stellt Aluminium-Druckgussteile für die Automobil- und Maschinenbauindustrie her. Wir sitzen seit 1967 in Südwestfalen und beschäftigen rund 180 Mitarbeitende. Unsere Kunden kommen aus ganz Europa. Für unseren neuen Internetauftritt suchen wir eine kurze, international verständliche Domain.
Ich bin Ergotherapeutin und eröffne im Frühjahr eine eigene Praxis in Innsbruck. Schwerpunkt sind Kinder mit Konzentrations- oder Koordinationsschwierigkeiten sowie ältere Menschen nach einem Schlaganfall. Termine gibt es auf Verordnung oder privat. Die Praxis soll eine einfache Website mit Online-Terminvergabe bekommen.
Wir entwickeln eine Schulverwaltungssoftware für Grundschulen und weiterführende Schulen in Deutschland. Lehrkräfte können damit Anwesenheit, Noten und Elternkommunikation an einem Ort verwalten. Alle Daten liegen auf Servern in Deutschland. Nach einem Pilotprojekt in Niedersachsen wollen wir bundesweit starten.
Unser Comic-Workshop richtet sich an Kinder und Jugendliche von 10 bis 16 Jahren in Berlin. In kleinen Gruppen lernen sie, Figuren zu zeichnen, Geschichten zu entwickeln und eigene Hefte zu gestalten. Die Kurse finden nachmittags in einer Bibliothek in Kreuzberg statt, in den Ferien gibt es Intensivwochen. Die Anmeldung läuft über unsere Website.
Wir sind ein Familienbetrieb für Garten- und Landschaftsbau in der Nähe von Bern. Seit über 25 Jahren planen und bauen wir Gärten, Terrassen, Teiche und Natursteinmauern. Außerdem übernehmen wir die Gartenpflege für Privatkunden und Wohnanlagen. Wir möchten unsere alte Website durch etwas Modernes ersetzen.
Ich betreibe ein kleines Café mit eigener Konditorei in Weimar. Wir backen Torten, Kuchen und Brot nach alten Thüringer Rezepten. Neben dem Cafébetrieb liefern wir Hochzeitstorten und Kuchen für Firmenfeiern. Bestellungen sollen künftig auch online möglich sein.
Unser Start-up hilft Speditionen, freien Laderaum zu füllen. Verlader stellen Transportaufträge ein, Spediteure sehen passende Rückfahrten und können direkt ein Angebot abgeben. Wir wurden in München gegründet und haben bereits über 300 Transportunternehmen auf der Plattform. Jetzt suchen wir einen Namen für den Start in Österreich und Polen.
"""

DATA[("pt","short")] = """
Clínica de fisioterapia em Porto Alegre
Padaria artesanal no centro do Porto
Sistema de gestão para escolas de inglês
Escolinha de futebol para crianças de 5 a 12 anos
Cuidadores de idosos ao domicílio em Lisboa
Oficina de bicicletas em Curitiba
Aulas de robótica para crianças de 8 a 14 anos
Transportadora de cargas entre São Paulo e Minas Gerais
"""

DATA[("pt","sentence")] = """
Somos um escritório de contabilidade em Belo Horizonte que atende pequenos comércios, clínicas e profissionais liberais.
Estamos desenvolvendo um aplicativo de agendamento para salões de beleza e barbearias no Brasil.
Dou explicações de matemática e português a alunos do ensino básico em Coimbra.
Nossa fazenda no sul de Minas produz café especial e queijo artesanal vendidos direto ao consumidor.
Oficina de banda desenhada para jovens dos 11 aos 16 anos, aos sábados de manhã em Braga.
Empresa familiar de serralharia em Aveiro que fabrica portões, grades e estruturas metálicas por medida.
Plataforma online que ajuda clubes de natação a gerir inscrições, mensalidades e horários de treino.
Serviço de babás com formação em primeiros socorros para famílias na zona sul do Rio de Janeiro.
"""

DATA[("pt","long")] = """
Somos uma escola de música em Recife com aulas de violão, piano, bateria e canto. Atendemos crianças a partir dos 6 anos, adolescentes e adultos. Todo semestre os alunos se apresentam em um recital aberto ao público. A primeira aula experimental é gratuita e pode ser agendada pelo site.
A nossa empresa instala painéis solares em casas, armazéns e explorações agrícolas no Alentejo. Trabalhamos na região desde 2012 e já fizemos mais de 900 instalações. Tratamos do projeto, do licenciamento e da manutenção. Queremos um domínio curto e fácil de dizer ao telefone.
Desenvolvemos um software para clínicas de fisioterapia e pilates. O sistema organiza a agenda, os prontuários, os pacotes de sessões e os pagamentos. Começamos em Campinas e hoje atendemos mais de 300 clínicas em todo o Brasil. Estamos mudando de nome e precisamos de um domínio novo.
Somos uma colónia de férias na Serra da Estrela para crianças dos 7 aos 15 anos. Durante uma ou duas semanas, os participantes fazem caminhadas, escalada, canoagem e atividades de educação ambiental. Os monitores têm formação em primeiros socorros. As inscrições para o verão abrem em março.
Sou enfermeira e criei um serviço de cuidados domiciliares para idosos em Florianópolis. Nossa equipe ajuda com medicação, curativos, higiene e companhia. Também atendemos pessoas em recuperação após cirurgia. As famílias podem pedir uma visita de avaliação pelo site ou pelo WhatsApp.
Temos uma pequena fábrica de cerâmica nas Caldas da Rainha. Produzimos louça de mesa pintada à mão e peças decorativas inspiradas na tradição local. Vendemos para lojas em Portugal, Espanha e França, e também diretamente online. Procuramos um nome de domínio para a nossa loja internacional.
Nossa empresa faz logística de última milha para e-commerces em São Paulo. Temos entregadores de moto e van, roteirização automática e rastreamento em tempo real para o cliente final. Atendemos lojas pequenas e médias que querem entrega no mesmo dia. Vamos expandir para o Rio de Janeiro no próximo ano.
Somos um clube de ginástica rítmica e artística em Guimarães. Temos turmas de iniciação para crianças a partir dos 4 anos e equipas de competição até aos 18. Os treinos decorrem no pavilhão municipal ao fim da tarde. Os pais podem inscrever os filhos diretamente no nosso site.
"""

DATA[("it","short")] = """
Forno artigianale a Bologna, pane e focacce
Studio di fisioterapia a Torino
Gestionale per palestre e centri sportivi
Corsi di robotica per bambini dai 7 agli 11 anni
Idraulico a Verona, interventi rapidi
Assistenza anziani a domicilio a Milano
Agriturismo con vigneto in Toscana
Centro estivo per ragazzi dagli 11 ai 14 anni
"""

DATA[("it","sentence")] = """
Siamo una piccola azienda che produce pasta fresca ripiena e la consegna a ristoranti e gastronomie di Roma.
Sviluppiamo un'app per le scuole dell'infanzia che permette alle maestre di comunicare con i genitori in modo semplice.
Offro ripetizioni di latino, greco e italiano per studenti del liceo a Firenze, in presenza e online.
Laboratorio di fumetto per ragazzi dai 10 ai 15 anni il sabato pomeriggio presso la biblioteca comunale di Lucca.
Officina meccanica a conduzione familiare a Bergamo, specializzata in auto d'epoca.
Ditta di traslochi e trasporti con sede a Napoli che lavora in tutta Italia e in Svizzera.
Studio di logopedia per bambini e adulti a Padova con prenotazione online.
Piattaforma di prenotazione per campi da calcetto e padel nelle città del Nord Italia.
"""

DATA[("it","long")] = """
Siamo una scuola di vela sul Lago di Garda attiva dal 1995. Organizziamo corsi per bambini dagli 8 anni, ragazzi e adulti, dal livello principiante alla regata. In estate proponiamo settimane di campo vela con pranzo incluso. Le iscrizioni si fanno direttamente sul nostro sito.
La nostra azienda agricola in Puglia produce olio extravergine di oliva e conserve di pomodoro. Coltiviamo circa 40 ettari con metodo biologico. Vendiamo a negozi specializzati in Italia e all'estero, ma vogliamo aprire anche un piccolo shop online. Cerchiamo un dominio che richiami la terra e la famiglia.
Sono una tata con dieci anni di esperienza e ho deciso di aprire un'agenzia di babysitter a Milano. Selezioniamo personalmente ogni babysitter e verifichiamo referenze e formazione. Le famiglie possono prenotare per una serata, per i weekend o per un aiuto fisso. Vorrei un nome semplice e rassicurante.
Sviluppiamo un software gestionale per studi dentistici. Include agenda, cartella clinica, preventivi e fatturazione elettronica. Siamo nati a Bari nel 2017 e oggi lo usano più di 600 studi in tutta Italia. Stiamo preparando un rebranding e cerchiamo un nuovo dominio.
Il nostro centro sportivo a Cagliari ospita una scuola calcio per bambini e ragazzi dai 5 ai 16 anni. Gli allenamenti sono tre volte a settimana e partecipiamo ai campionati provinciali. Abbiamo anche corsi di minibasket e pallavolo. Le famiglie possono iscriversi online o in segreteria.
Siamo un'azienda metalmeccanica in provincia di Brescia. Produciamo componenti in acciaio per macchine agricole e impianti industriali. Lavoriamo con clienti italiani e tedeschi da oltre quarant'anni. Stiamo rifacendo il sito in italiano, inglese e tedesco.
Sono un fisioterapista e lavoro a Genova da dodici anni. Da poco ho aperto uno studio mio, dedicato soprattutto alla riabilitazione dopo interventi ortopedici e agli sportivi. Faccio anche visite a domicilio per pazienti anziani. Vorrei che i pazienti potessero prenotare una seduta online.
Organizziamo visite guidate e laboratori nei musei di Venezia per famiglie e scuole. Le attività sono pensate per bambini dai 6 ai 12 anni e raccontano arte e storia in modo giocoso. Lavoriamo in italiano e in inglese. Le prenotazioni si fanno sul nostro sito con almeno una settimana di anticipo.
"""

EXPECTED = {"en": 40, "fr": 8, "es": 8, "de": 8, "pt": 8, "it": 8}

def n_sentences(t):
    return len([s for s in re.split(r'(?<=[.!?])\s+', t.strip()) if s])

rows = []
for (lang, cls), block in DATA.items():
    items = [l.strip() for l in block.strip().splitlines() if l.strip()]
    assert len(items) == EXPECTED[lang], (lang, cls, len(items))
    for t in items:
        if cls == "short":
            assert len(t.split()) < 12, t
        elif cls == "sentence":
            assert n_sentences(t) == 1, t
        else:
            assert 3 <= n_sentences(t) <= 7, (n_sentences(t), t)
        rows.append((t, lang, cls))

texts = [r[0] for r in rows]
assert len(set(texts)) == len(texts), "duplicates"
assert len(rows) == 240

random.seed(6)
random.shuffle(rows)
out = "/work/helpers/ordinary6/ordinary6.csv"
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
    w.writerow(["id", "description", "language"])
    for i, (t, lang, cls) in enumerate(rows, 1):
        w.writerow([f"o{i:03d}", t, lang])
# side file with length class, for reference
with open("/work/helpers/ordinary6/ordinary6_classes.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "language", "length_class"])
    for i, (t, lang, cls) in enumerate(rows, 1):
        w.writerow([f"o{i:03d}", lang, cls])

# verify by re-parsing
with open(out, encoding="utf-8", newline="") as f:
    back = list(csv.DictReader(f))
assert len(back) == 240
assert [r["id"] for r in back] == [f"o{i:03d}" for i in range(1, 241)]
assert [r["description"] for r in back] == [r[0] for r in rows]
cnt = collections.Counter((lang, cls) for _, lang, cls in rows)
for lang in EXPECTED:
    print(lang, sum(v for (l, c), v in cnt.items() if l == lang),
          {c: cnt[(lang, c)] for c in ("short", "sentence", "long")})
print("total", len(back))
