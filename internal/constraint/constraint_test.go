package constraint

import (
	"reflect"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		desc string
		want Constraints
	}{
		// Ordinary descriptions: digits, hyphens and sizes that describe the
		// business are not instructions about the name.
		{"a bakery in Lyon", Constraints{}},
		{"we have been running for 10 years", Constraints{}},
		{"a 24-hour gym", Constraints{}},
		{"family-run pizzeria open 7 days a week", Constraints{}},
		{"a restaurant with a number of outlets across town", Constraints{}},
		{"tutoring for kids under 12", Constraints{}},
		{"a bar open until 2, at most 80 seats", Constraints{}},
		{"the number one dash cam retailer", Constraints{}},
		{"short, catchy names for a florist", Constraints{}},
		{"a bakery with a name that feels French", Constraints{}},
		{"a word game shop that uses every letter of the alphabet", Constraints{}},
		{"lessons mix technique with real stories from the studio, and every term ends with a show", Constraints{}},
		{"something with an old Norman word or the name of our hamlet", Constraints{}},
		{"an app that reads letters aloud", Constraints{}},

		// Hyphens.
		{"Avoid hyphens please", Constraints{NoHyphens: true}},
		{"a cafe, no hyphens", Constraints{NoHyphens: true}},
		{"names without dashes", Constraints{NoHyphens: true}},
		{"hyphen-free names", Constraints{NoHyphens: true}},
		{"Hyphens are not allowed.", Constraints{NoHyphens: true}},
		{"don't use any hyphens", Constraints{NoHyphens: true}},

		// Digits.
		{"prefer number-based naming", Constraints{WantDigits: true}},
		{"Include a number in the name", Constraints{WantDigits: true}},
		{"names with digits are welcome", Constraints{WantDigits: true}},
		{"I prefer names with numbers", Constraints{WantDigits: true}},
		{"no numbers", Constraints{NoDigits: true}},
		{"avoid digits", Constraints{NoDigits: true}},
		{"do not include numbers", Constraints{NoDigits: true}},
		{"letters only", Constraints{NoDigits: true, NoHyphens: true}},
		{"include a number but no numbers", Constraints{NoDigits: true}},

		// Lengths.
		{"at most 8 characters", Constraints{MaxLen: 8}},
		{"MAX 10 CHARS", Constraints{MaxLen: 10}},
		{"under 12 letters", Constraints{MaxLen: 11}},
		{"shorter than 9 characters", Constraints{MaxLen: 8}},
		{"no longer than eight characters", Constraints{MaxLen: 8}},
		{"10 chars max", Constraints{MaxLen: 10}},
		{"at least 6 letters", Constraints{MinLen: 6}},
		{"longer than 6 characters", Constraints{MinLen: 7}},
		{"between 6 and 9 characters", Constraints{MinLen: 6, MaxLen: 9}},
		{"5-8 letters", Constraints{MinLen: 5, MaxLen: 8}},
		{"exactly seven letters", Constraints{MinLen: 7, MaxLen: 7}},
		{"a 6-letter name", Constraints{MinLen: 6, MaxLen: 6}},
		{"max 12 chars, ideally under 9 characters", Constraints{MaxLen: 8}},

		// Required words, lower-cased and folded to a-z0-9.
		{"must include the word ink", Constraints{MustInclude: []string{"ink"}}},
		{"include 'fox'", Constraints{MustInclude: []string{"fox"}}},
		{"containing the word Lumen", Constraints{MustInclude: []string{"lumen"}}},
		{"use the word \u201cCaf\u00e9\u201d", Constraints{MustInclude: []string{"cafe"}}},
		{"include the words ink and quill", Constraints{MustInclude: []string{"ink", "quill"}}},
		{"the word nova must appear", Constraints{MustInclude: []string{"nova"}}},
		{"include a number and the word brew", Constraints{WantDigits: true, MustInclude: []string{"brew"}}},
		{"no more than 8 characters", Constraints{MaxLen: 8}},
		{"no less than 6 letters", Constraints{MinLen: 6}},
		{`featuring "red fox"`, Constraints{MustInclude: []string{"redfox"}}},

		// Where a name starts or ends.
		{"We want a name that starts with 'Blue' because our vans are blue.", Constraints{Prefix: "blue"}},
		{"Kombucha brewery. The name should start with the letter K.", Constraints{Prefix: "k"}},
		{"the name should start with a K", Constraints{Prefix: "k"}},
		{"must begin with the word Sun", Constraints{Prefix: "sun"}},
		{"Zimmerei im Schwarzwald. Der Name soll mit 'Holz' beginnen.", Constraints{Prefix: "holz"}},
		{"Boulangerie; le nom doit commencer par 'Pain'", Constraints{Prefix: "pain"}},
		{"We'd like a name ending in 'ag', like a lot of farm brands do.", Constraints{Suffix: "ag"}},
		{"a name that ends with the letter o", Constraints{Suffix: "o"}},
		{"each session starting with a free consultation", Constraints{}},
		{"tours start with a coffee at 8", Constraints{}},
		{"we end with a show in the evening", Constraints{}},

		// What a name must not contain.
		{"Avoid anything with 'wool' or 'knit' in it, those words are overused.", Constraints{Avoid: []string{"wool", "knit"}}},
		{"Avoid the letter z in the name, because half our clients spell it differently.", Constraints{Avoid: []string{"z"}}},
		{"please don't use the word cheap", Constraints{Avoid: []string{"cheap"}}},
		// Any "n't" prohibits; these were read as required words.
		{"I'd like a name that doesn't use the words 'disabled' or 'special'.", Constraints{Avoid: []string{"disabled", "special"}}},
		{"A name that doesn’t use the word 'special'.", Constraints{Avoid: []string{"special"}}},
		{"We'd rather the name didn't include the word 'tour'.", Constraints{Avoid: []string{"tour"}}},
		{"The name isn't allowed to use the word 'cheap'.", Constraints{Avoid: []string{"cheap"}}},
		{"the name must not contain 'pro'", Constraints{Avoid: []string{"pro"}}},
		{"avoid the words fast and cheap", Constraints{Avoid: []string{"fast", "cheap"}}},
		{"no frills, just 'real' food", Constraints{}},
		{"no letters or numbers games", Constraints{}},

		// Syllables, places, real words.
		{"easy to say out loud and no longer than two syllables", Constraints{MaxSyllables: 2}},
		{"three syllables max", Constraints{MaxSyllables: 3}},
		{"one or two syllables", Constraints{MaxSyllables: 2}},
		{"a two-syllable name", Constraints{MaxSyllables: 2, MinSyllables: 2}},
		{"Earplugs for musicians, name of exactly two syllables.", Constraints{MaxSyllables: 2, MinSyllables: 2}},
		{"Earplugs for musicians, two syllables please.", Constraints{MaxSyllables: 2, MinSyllables: 2}},
		{"Earplugs for musicians; a name with 3 syllables.", Constraints{MaxSyllables: 3, MinSyllables: 3}},
		{"a name of more than two syllables", Constraints{}},
		{"at most two syllables", Constraints{MaxSyllables: 2}},
		{"one or two syllables, no more", Constraints{MaxSyllables: 2}},
		{"two to three syllables", Constraints{MaxSyllables: 3}},
		{"deux syllabes au maximum", Constraints{MaxSyllables: 2}},
		{"un nome di tre sillabe", Constraints{MaxSyllables: 3, MinSyllables: 3}},
		{"at least three syllables, please", Constraints{}},
		{"under three syllables", Constraints{MaxSyllables: 2}},
		{"We teach children to count syllables in Leeds.", Constraints{}},
		{"Consultorio de podología en Valencia, nombre de dos sílabas", Constraints{MaxSyllables: 2, MinSyllables: 2}},
		{"Il nome deve finire in -a e avere al massimo tre sillabe.", Constraints{Suffix: "a", MaxSyllables: 3}},
		{"Un nom de deux syllabes maximum.", Constraints{MaxSyllables: 2}},
		{"Der Name soll zwei Silben haben.", Constraints{MaxSyllables: 2, MinSyllables: 2}},
		{"Un nom de plus de deux syllabes.", Constraints{}},
		{"El nombre debe terminar en -o.", Constraints{Suffix: "o"}},
		{"Le nom doit faire moins de 9 lettres et éviter le mot « recyclage ».", Constraints{MaxLen: 8, Avoid: []string{"recyclage"}}},
		{"El nombre debe tener menos de ocho letras.", Constraints{MaxLen: 7}},
		{"Kava lounge. Please avoid the letter K, because half the bars on our street already start with it.", Constraints{Avoid: []string{"k"}}},
		{"avoid the words fast and cheap, because we are neither", Constraints{Avoid: []string{"fast", "cheap"}}},
		{"Bubble tea kiosks in Jakarta malls, and a catchy rhyming name would be fun.", Constraints{Rhyme: true}},
		{"Abrimos un hostal en Chiloé. Nos gustaría un nombre que rime, algo pegadizo.", Constraints{Rhyme: true}},
		{"Nursery rhyme singalongs for toddlers in Leeds", Constraints{}},
		{"Sourdough pizza van in Galway, something that rhymes", Constraints{Rhyme: true}},
		{"Food truck in Austin, please not something that rhymes", Constraints{}},
		{"Taco stand in Tucson, and no one that rhymes", Constraints{}},
		{"Mobile dog wash in Perth, ideally rhyming", Constraints{Rhyme: true}},
		{"Songwriting camp: we teach lyrics that rhyme", Constraints{}},
		{"Poetry workshops: we teach rhyme and metre. No rhyming names, please.", Constraints{}},
		{"a bakery in Lyon; please include the city", Constraints{WantPlace: true}},
		{"the name should mention our town's name", Constraints{WantPlace: true}},
		{"Specialty tea shop. The city name, Vancouver, should be part of the name.", Constraints{WantPlace: true, Place: "vancouver"}},
		{"our town must appear in the name", Constraints{WantPlace: true}},
		{"a bakery in the city centre", Constraints{}},
		{"the town should be proud of its bakery", Constraints{}},
		{"no more than two words and no made-up spellings", Constraints{RealWords: true}},
		{"real words only", Constraints{RealWords: true}},
		{"Grass-fed beef from our ranch. We'd like the name to be just one real English word.", Constraints{OneWord: true, RealWords: true}},
		{"a one-word name would be best", Constraints{OneWord: true}},
		{"the name should be a single word", Constraints{OneWord: true}},
		{"one word describes us: fast", Constraints{}},
		{"we sell one word puzzles", Constraints{}},
		{"Wedding calligraphy studio — one real word only", Constraints{OneWord: true, RealWords: true}},
		{"just one word, please", Constraints{OneWord: true}},
		{"We're launching a 24-hour vet clinic. A number in the name would be great, like 24 or 365.", Constraints{WantDigits: true}},
		{"a bakery, without a number in the name", Constraints{}},
		{"A ski rental shop in Whistler; please include Whistler in the name.", Constraints{MustInclude: []string{"whistler"}}},
		{"Coffee roaster in Boring, Oregon; the name must include Boring.", Constraints{MustInclude: []string{"boring"}}},
		{"Tyre shop in Halifax. Our domain should contain Halifax if it can.", Constraints{MustInclude: []string{"halifax"}}},
		{"We engrave Stanley tumblers; the name can't use the word Stanley.", Constraints{Avoid: []string{"stanley"}}},
		{"the name must include something about bread", Constraints{}},
		{"please include numbers in the name", Constraints{WantDigits: true}},
		{"Espresso machine repair for cafés around Seattle — we'd like a name that sounds Italian.", Constraints{Sound: "italian"}},
		{"Skin care from Latvia; we want a name that sounds Nordic rather than French or Latin.", Constraints{Sound: "nordic"}},
		{"an Italian-sounding name for our gelato shop", Constraints{Sound: "italian"}},
		{"Hanko seals from a Tokyo workshop; the name should sound Japanese but be easy for Westerners to say.", Constraints{Sound: "japanese"}},
		{"Frankincense from Dhofar; the name should sound Arabic but be easy in English.", Constraints{Sound: "arabic"}},
		{"Outrigger canoes built on Moorea, something Polynesian-sounding.", Constraints{Sound: "polynesian"}},
		{"Fuchka carts in Dhaka. The name should sound Bengali.", Constraints{Sound: "indic"}},
		{"Pastelaria em Lisboa; queremos um nome que soe coreano.", Constraints{Sound: "korean"}},
		{"Bilingual DJ hire; we also supply the sound system for beach ceremonies", Constraints{}},
		{"French lessons that sound fun", Constraints{}},
		{"Rope-access window cleaning in Hong Kong. The name should start with a vowel.", Constraints{VowelStart: true}},
		{"Le nom doit commencer par une voyelle.", Constraints{VowelStart: true}},
		{"El nombre debe empezar por vocal.", Constraints{VowelStart: true}},
		{"Der Name soll mit einem Vokal beginnen.", Constraints{VowelStart: true}},
		{"we teach vowel sounds to children who start with a lisp", Constraints{}},
		{"Piano movers in Chicago. We'd love an alliterative name.", Constraints{Alliterative: true}},
		{"alliteration would be nice", Constraints{Alliterative: true}},
		{"no alliteration please", Constraints{}},
		{"please avoid alliterative names", Constraints{}},

		{"Sock subscription box; name starting with K", Constraints{Prefix: "k"}},
		// The clause is the request itself, with no "name" in it.
		{"Hijab pins and magnetic brooches from Istanbul; must start with K.", Constraints{Prefix: "k"}},
		{"Billiard table recovering for Glasgow pubs; start with B.", Constraints{Prefix: "b"}},
		{"Piano lessons in Bath; we start with C major scales.", Constraints{}},
		{"Radiator recoring shop in Fresno; real English words only.", Constraints{RealWords: true}},
		{"I want the name made of real English words only, nothing invented, because it goes on tenders.", Constraints{RealWords: true}},
		{"Nothing invented: a plain name for a plumber in Derby.", Constraints{RealWords: true}},
		{"a consultancy starting with a free audit", Constraints{}},
		{"Saddle fitting visits across Somerset; one word, starting with S.", Constraints{Prefix: "s", OneWord: true}},
		{"Bike couriers in Amsterdam, ideally with a name ending in -ly.", Constraints{Suffix: "ly"}},
		{"Clínica para caballos en Jerez. El nombre debe empezar por la letra M.", Constraints{Prefix: "m"}},
		{"Der Name soll mit dem Buchstaben B beginnen.", Constraints{Prefix: "b"}},

		// Lengths in other languages.
		{"Fromagerie à Bordeaux. Le nom doit être court : huit lettres maximum.", Constraints{MaxLen: 8}},
		{"pas plus de 10 caractères", Constraints{MaxLen: 10}},
		{"Panadería en Sevilla, máximo ocho letras", Constraints{MaxLen: 8}},
		{"como máximo 9 caracteres", Constraints{MaxLen: 9}},
		{"Der Name soll höchstens acht Buchstaben haben", Constraints{MaxLen: 8}},
		{"nome com no máximo oito letras", Constraints{MaxLen: 8}},
		{"un nome di massimo otto lettere", Constraints{MaxLen: 8}},
		{"huit lettres suffisent", Constraints{}},

		// Requests in French, Spanish, German, Portuguese and Italian
		// (parseLanguages), and prose in those languages that asks nothing.
		{"Boulangerie à Nantes; nous aimerions un nom allitératif.", Constraints{Alliterative: true}},
		{"Librería en Sevilla; nos gustaría un nombre aliterado.", Constraints{Alliterative: true}},
		{"Sou nutricionista em Maputo. Queria um nome com aliteração.", Constraints{Alliterative: true}},
		{"Gelateria a Bari, vorremmo un nome allitterativo.", Constraints{Alliterative: true}},
		{"Scuola di sci a Bormio. Vorremmo un nome con un'allitterazione.", Constraints{Alliterative: true}},
		{"Bäckerei in Graz, wir hätten gern einen alliterierenden Namen.", Constraints{Alliterative: true}},
		{"Boulangerie à Lyon, pas de nom allitératif.", Constraints{}},
		{"Consultoria em Lisboa; o nome deve conter um número com significado.", Constraints{WantDigits: true}},
		{"Fábrica de pão de queijo em Belo Horizonte, nome com número", Constraints{WantDigits: true}},
		{"Agence web à Lille : le nom doit contenir un chiffre qui a du sens.", Constraints{WantDigits: true}},
		{"Gimnasio en Quito; queremos un nombre con un número.", Constraints{WantDigits: true}},
		{"Fitnessstudio in Köln, der Name soll eine Zahl enthalten.", Constraints{WantDigits: true}},
		{"Palestra a Torino: il nome deve contenere un numero.", Constraints{WantDigits: true}},
		{"Restaurante en Lima con un número de mesas limitado.", Constraints{}},
		{"Librairie à Paris avec des chiffres de vente en hausse.", Constraints{}},
		{"Negozio di tè a Roma, una sola parola, senza numeri.", Constraints{NoDigits: true, OneWord: true}},
		{"Teeladen in Wien, nur ein Wort, keine Zahlen.", Constraints{NoDigits: true, OneWord: true}},
		{"Tienda de té en Madrid, una sola palabra.", Constraints{OneWord: true}},
		{"Floristería en Cádiz, el nombre debe empezar por F.", Constraints{Prefix: "f"}},
		{"Studio grafico a Bari. Il nome deve iniziare con la V.", Constraints{Prefix: "v"}},
		{"Blumenladen in Bonn, der Name soll mit B beginnen.", Constraints{Prefix: "b"}},
		{"Una panadería que empieza por la mañana temprano en Sevilla.", Constraints{}},
		{"Plombier à Rennes, sans la lettre x.", Constraints{Avoid: []string{"x"}}},
		{"Plombier à Rennes, éviter la lettre x.", Constraints{Avoid: []string{"x"}}},
		{"Encanador em Recife, sem a letra k.", Constraints{Avoid: []string{"k"}}},
		{"Klempner in Kiel, ohne den Buchstaben k.", Constraints{Avoid: []string{"k"}}},
		{"Promeneur de chiens à Lyon, le nom doit contenir le mot patte.", Constraints{MustInclude: []string{"patte"}}},
		{"Paseador de perros en Lima, el nombre debe incluir la palabra pata.", Constraints{MustInclude: []string{"pata"}}},
		{"Hundesitter in Ulm, der Name muss das Wort Pfote enthalten.", Constraints{MustInclude: []string{"pfote"}}},
		{"Sastrería en Quito; queremos un nombre que no use la palabra traje.", Constraints{Avoid: []string{"traje"}}},
		{"Padaria em Natal, um nome que não use a palavra pão.", Constraints{Avoid: []string{"pao"}}},
		{"Forno a Bari, un nome che non usi la parola pane.", Constraints{Avoid: []string{"pane"}}},
		{"Sastrería en Cuenca; no queremos que el nombre use la palabra sombrero.", Constraints{Avoid: []string{"sombrero"}}},
		{"Estúdio de dança em Braga, um nome que termine com som de 'a'.", Constraints{Suffix: "a"}},
		{"Stages de poterie à Rennes. Le nom doit se terminer par le son « o ».", Constraints{Suffix: "o"}},
		{"ESG reporting software. No hyphens, and avoid the word 'solutions' or anything with 'green'.", Constraints{NoHyphens: true, Avoid: []string{"solutions", "green"}}},
		{"Interior designer in Dubai. The name shouldn't say 'interiors' because people think curtains.", Constraints{Avoid: []string{"interiors"}}},
		// A legal bar is a prohibition too: batch 13's LEGO-compatible kits read "can't use 'LEGO'" as LEGO required.
		{"Brick-built model kits, compatible with LEGO. We can't use 'LEGO' in the name for trademark reasons.", Constraints{Avoid: []string{"lego"}}},
		{"Toy shop; we cannot use the word Disney.", Constraints{Avoid: []string{"disney"}}},
		{"I rebuild second-hand sets and I obviously can't use Lego in the name.", Constraints{Avoid: []string{"lego"}}},
		{"Ski school; we may not put Whistler in our name.", Constraints{Avoid: []string{"whistler"}}},
		{"Dienstplan-Software aus Graz, bitte ohne 'Soft' oder 'Service' im Namen.", Constraints{Avoid: []string{"soft", "service"}}},
		{"Lace-making supplies shop in Bruges; one word, 7 letters max.", Constraints{OneWord: true, MaxLen: 7}},
		{"Noleggio di barche a Cagliari. Il nome deve iniziare con la lettera M ed essere breve, non più di cinque lettere.", Constraints{Prefix: "m", MaxLen: 5}},
		{"Apicultrice dans les Cévennes. Je cherche un nom doux, qui contienne le mot « miel ».", Constraints{MustInclude: []string{"miel"}}},
		{"We sell word games; one word puzzles for kids", Constraints{}},
		{"Kayak rental in Langkawi. The name must end with an 'o' sound.", Constraints{Suffix: "o"}},
		{"Kayak rental in Langkawi, ideally ending in an a-sound.", Constraints{Suffix: "a"}},
		{"Speech therapy: we help children who end words with the wrong sound.", Constraints{}},
		{"Escuela de baile en Cádiz, un nombre que termine en sonido de o.", Constraints{Suffix: "o"}},
		{"Bar à sushis à Lyon, un nom qui sonne japonais.", Constraints{Sound: "japanese"}},
		{"Bar de sushi en Lima, un nombre que suene japonés.", Constraints{Sound: "japanese"}},
		{"Sushi bar a Roma, un nome che suoni giapponese.", Constraints{Sound: "japanese"}},
		{"Sushibar in Kiel, ein Name, der japanisch klingt.", Constraints{Sound: "japanese"}},
		{"Una tienda de música con estilo propio en Bogotá.", Constraints{}},
		{"Ciclofficina a Parma, il nome deve includere la città.", Constraints{WantPlace: true}},
		{"Taller de bicis en Rosario, el nombre debe incluir la ciudad.", Constraints{WantPlace: true}},
		{"Fahrradladen in Kassel, der Name soll die Stadt enthalten.", Constraints{WantPlace: true}},
		{"Cabinet comptable à Nancy, au moins six lettres, sans tiret.", Constraints{NoHyphens: true, MinLen: 6}},
		{"Contabilidade em Porto, sem hífen, até 10 letras.", Constraints{NoHyphens: true, MaxLen: 10}},
		{"Steuerberater in Trier, ohne Bindestrich, maximal 10 Buchstaben.", Constraints{NoHyphens: true, MaxLen: 10}},

		{"Fleuriste à Nice, un nom commençant par la lettre B.", Constraints{Prefix: "b"}},
		{"Blumenladen in Bonn, Name beginnend mit B.", Constraints{Prefix: "b"}},
		{"Pastelería en Lima, un nombre terminado en -ia.", Constraints{Suffix: "ia"}},
		{"Crêperie à Brest, un nom finissant par -o.", Constraints{Suffix: "o"}},
		{"Salon de thé à Lyon, sans chiffres ni tirets.", Constraints{NoHyphens: true, NoDigits: true}},
		{"Tienda en Madrid, no más de dos sílabas.", Constraints{MaxSyllables: 2}},
		{"Salon à Lyon, pas plus de deux syllabes.", Constraints{MaxSyllables: 2}},
		{"Bufete en Madrid, un nombre que suene a latín.", Constraints{Sound: "latin"}},
		{"Studio a Roma, un nome dal suono latino.", Constraints{Sound: "latin"}},
		{"Boutique à Lyon, avec « soleil » dans le nom.", Constraints{MustInclude: []string{"soleil"}}},
		{"Bäckerei in Bern, der Name soll sich reimen.", Constraints{Rhyme: true}},

		// English phrasings of required words, places, letters and one word.
		{"Andean trekking outfitter in Cusco, and we'd like the word 'Andes' in the name.", Constraints{MustInclude: []string{"andes"}}},
		{"Bakery in Leeds; put \"crumb\" in the name.", Constraints{MustInclude: []string{"crumb"}}},
		{"Bakery in Leeds; 'crumb' should be in the name.", Constraints{MustInclude: []string{"crumb"}}},
		{"Bakery in Leeds; the name needs the word loaf.", Constraints{MustInclude: []string{"loaf"}}},
		{"Bakery in Leeds; we'd like the city name in it.", Constraints{WantPlace: true}},
		{"Bakery in Leeds; no letter z please.", Constraints{Avoid: []string{"z"}}},
		{"Bakery in Leeds; a real dictionary word.", Constraints{OneWord: true, RealWords: true}},
		{"Bakery in Leeds; one word, no compounds.", Constraints{OneWord: true, NoCompound: true}},
		{"Bakery in Leeds, ending with \"-ery\".", Constraints{Suffix: "ery"}},

		// Requests written in the five other languages that batches 13-14
		// stated and Parse missed (the judges scored every name breaking
		// them 1 or less); and their opposites.
		{"IT-Sicherheit für Arztpraxen. Bitte kein Name mit „Cyber“ oder „Tech“.", Constraints{Avoid: []string{"cyber", "tech"}}},
		{"Atelier à Dakar. Par contre, pas le mot « moto » dans le nom.", Constraints{Avoid: []string{"moto"}}},
		{"Kachelöfen. Das Wort „Kachel“ soll im Namen vorkommen.", Constraints{MustInclude: []string{"kachel"}}},
		{"Kachelöfen. Das Wort „Kachel“ soll nicht im Namen vorkommen.", Constraints{Avoid: []string{"kachel"}}},
		{"Couture à Thiès. J'aimerais un nom qui contienne « Thiès ».", Constraints{MustInclude: []string{"thies"}}},
		{"Hühnerställe. Der Name soll aus echten deutschen Wörtern bestehen, keine erfundenen Kunstwörter.", Constraints{RealWords: true}},
		{"Hundetraining. Schön wäre ein Name aus zwei Wörtern, die mit demselben Buchstaben beginnen.", Constraints{Alliterative: true}},
		{"Glacier à Lyon, deux mots qui commencent par la même lettre.", Constraints{Alliterative: true}},
		{"Fábrica de alfajores; nombre que empiece con A.", Constraints{Prefix: "a"}},
		{"Fábrica de alfajores; nombre que empiece con a los niños en mente.", Constraints{}},
		{"Officina. Il nome non deve contenere le lettere k, j, w, x o y.", Constraints{Avoid: []string{"k", "j", "w", "x", "y"}}},
		{"Costureira. O nome deve terminar com a letra 'a'.", Constraints{Suffix: "a"}},
		{"Salon de thé à Genève, nom en un mot.", Constraints{OneWord: true}},
		{"Cooperativa. O nome precisa ter no máximo três sílabas.", Constraints{MaxSyllables: 3}},
		{"Laboratório. O nome deve ter pelo menos três sílabas.", Constraints{}},

		// Several at once.
		{"A tattoo studio. No hyphens, at most 10 characters, must include the word ink.",
			Constraints{NoHyphens: true, MaxLen: 10, MustInclude: []string{"ink"}}},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			got := Parse(tt.desc)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse(%q) = %+v, want %+v", tt.desc, got, tt.want)
			}
			if got.IsZero() != reflect.DeepEqual(tt.want, Constraints{}) {
				t.Errorf("IsZero() = %v for %+v", got.IsZero(), got)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	all := Constraints{NoHyphens: true, NoDigits: true, MaxLen: 8, MinLen: 6, MustInclude: []string{"ink", "fox"}}
	tests := []struct {
		name string
		c    Constraints
		in   string
		want []Code
	}{
		{"zero accepts anything", Constraints{}, "any-name-2", nil},
		{"hyphen", Constraints{NoHyphens: true}, "loaf-co", []Code{CodeHyphen}},
		{"digit", Constraints{NoDigits: true}, "loaf24", []Code{CodeDigit}},
		{"wants digit and has one", Constraints{WantDigits: true}, "9crumbs", nil},
		{"wants digit", Constraints{WantDigits: true}, "crumbs", []Code{CodeNoDigit}},
		{"max boundary ok", Constraints{MaxLen: 8}, "abcdefgh", nil},
		{"too long", Constraints{MaxLen: 8}, "abcdefghi", []Code{CodeTooLong}},
		{"min boundary ok", Constraints{MinLen: 6}, "abcdef", nil},
		{"too short", Constraints{MinLen: 6}, "abcde", []Code{CodeTooShort}},
		{"word present", Constraints{MustInclude: []string{"ink"}}, "inkwell", nil},
		{"word missing", Constraints{MustInclude: []string{"ink"}}, "quill", []Code{CodeMissingWord}},
		{"everything at once", all, "ink-4", []Code{CodeHyphen, CodeDigit, CodeTooShort, CodeMissingWord}},
		{"everything satisfied", all, "inkfoxy", nil},
		{"prefix ok", Constraints{Prefix: "blue"}, "bluepipe", nil},
		{"prefix missing", Constraints{Prefix: "blue"}, "pipeblue", []Code{CodePrefix}},
		{"vowel start ok", Constraints{VowelStart: true}, "ascend", nil},
		{"vowel start missing", Constraints{VowelStart: true}, "ropepane", []Code{CodePrefix}},
		{"suffix ok", Constraints{Suffix: "ag"}, "soilag", nil},
		{"suffix missing", Constraints{Suffix: "ag"}, "agsoil", []Code{CodeSuffix}},
		{"avoided word", Constraints{Avoid: []string{"wool", "knit"}}, "woolly", []Code{CodeAvoided}},
		{"avoided letter", Constraints{Avoid: []string{"z"}}, "notarize", []Code{CodeAvoided}},
		{"avoid ok", Constraints{Avoid: []string{"z"}}, "notary", nil},
		{"two syllables ok", Constraints{MaxSyllables: 2}, "pillstone", nil},
		{"three syllables", Constraints{MaxSyllables: 2}, "medico", []Code{CodeSyllables}},
		{"fewer syllables than asked", Constraints{MaxSyllables: 3, MinSyllables: 3}, "loaf", []Code{CodeSyllables}},
		{"as many syllables as asked", Constraints{MaxSyllables: 3, MinSyllables: 3}, "bakery", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Code
			for _, v := range tt.c.Check(tt.in) {
				if v.Message == "" {
					t.Errorf("violation %s has no message", v.Code)
				}
				got = append(got, v.Code)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Check(%q) codes = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestSyllables(t *testing.T) {
	for name, want := range map[string]int{
		"loaf": 1, "stone": 1, "bakery": 3, "table": 2, "pillstone": 2, "medico": 3,
		"sky": 1, "tidy": 2, "crumb": 1, "key24": 3, "bluepipe": 2, "novaura": 3,
		// Hiatus: judges hear "dronio" and "cantia" in three.
		"dronio": 3, "cantia": 3, "studio": 3, "radio": 3, "video": 3, "duo": 2, "breathia": 3,
		"nation": 2, "social": 2, "region": 2, "people": 2, "quota": 2, "guano": 2,
	} {
		if got := Syllables(name); got != want {
			t.Errorf("Syllables(%q) = %d, want %d", name, got, want)
		}
	}
}
