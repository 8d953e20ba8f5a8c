package constraint

import (
	"strings"

	"github.com/domainyours/domainyours/internal/lazyregexp"
)

// Requests about the name written in French, Spanish, German, Portuguese or
// Italian. The blind judges give every name that breaks a stated request a
// relevance of at most 1, so a request Parse cannot read costs a whole list
// ("gostaríamos de um nome aliterativo", "il nome deve contenere un
// numero"). parseLanguages reads what the English patterns cannot and only
// fills what they left unset; like them, each group of patterns runs only
// when the text holds a word all of them need.
func parseLanguages(text string, c *Constraints) {
	if !c.Alliterative && containsAny(text, "allitérat", "alliterat", "aliter", "allitter", "alliterier", "stabreim") &&
		!noAlliteration.Regexp().MatchString(text) && !noAlliterationAbroad.Regexp().MatchString(text) {
		c.Alliterative = true
	}
	// "zwei Wörter, die mit demselben Buchstaben beginnen", "deux mots qui
	// commencent par la même lettre": alliteration without the word.
	if !c.Alliterative && containsAny(text, "buchstab", "lettre", "letra", "lettera", "letter") && sameLetterStart.Regexp().MatchString(text) {
		c.Alliterative = true
	}
	if containsAny(text, "númer", "numer", "chiffre", "zahl", "ziffer", "nummer") {
		switch {
		case noDigitsAbroad.Regexp().MatchString(text):
			c.NoDigits = true
			c.WantDigits = false
		case !c.NoDigits && wantsDigitsAbroad(text):
			c.WantDigits = true
		}
	}
	if containsAny(text, "tiret", "guion", "guión", "hífen", "hifen", "trattin", "bindestrich") && noHyphensAbroad.Regexp().MatchString(text) {
		c.NoHyphens = true
	}
	if c.Prefix == "" && containsAny(text, "commen", "comen", "comien", "empe", "empie", "inici", "inizi", "cominc", "comec", "começ", "débu", "debu", " mit ", "mit ") {
		for _, re := range []*lazyregexp.Regexp{letterStartAbroad, letterStartGerman} {
			if ix := re.Regexp().FindStringSubmatchIndex(text); ix != nil && !negatedBefore(text[:ix[0]]) {
				// "der Name soll nicht mit X anfangen" forbids the start.
				c.Prefix = firstGroup(submatches(text, ix))
				break
			}
		}
	}
	// The guards are word starts and ends where an English word could hold
	// the same letters ("motor", "worth", "economy", "support").
	if containsAny(text, " mot ", " mot.", " mot,", " mots", "palabra", "palavra", "parola", "wort ", "wort.", "wort,", "wörter", "worter", "kunstw") {
		if oneWordAbroad.Regexp().MatchString(text) {
			c.OneWord = true
		}
		if realWordAbroad.Regexp().MatchString(text) {
			c.RealWords = true
		}
	}
	if containsAny(text, "lettre", "letra", "lettera", "buchstabe", " mot ", "palabra", "palavra", "parola", "wort ", " nom", "namen") {
		for _, re := range []*lazyregexp.Regexp{avoidAbroad, avoidAbroadAfter} {
			for _, m := range re.Regexp().FindAllStringSubmatch(text, -1) {
				if w := cleanWord(firstGroup(m)); w != "" && !slicesContains(c.Avoid, w) {
					c.Avoid = append(c.Avoid, w)
				}
			}
		}
		for _, m := range avoidLettersAbroad.Regexp().FindAllStringSubmatch(text, -1) {
			for _, r := range m[1] {
				if w := string(r); r >= 'a' && r <= 'z' && !slicesContains(c.Avoid, w) && !letterListWord(m[1], r) {
					c.Avoid = append(c.Avoid, w)
				}
			}
		}
		for _, re := range []*lazyregexp.Regexp{includeAbroad, includeAbroadAfter} {
			for _, ix := range re.Regexp().FindAllStringSubmatchIndex(text, -1) {
				w := cleanWord(firstGroup(submatches(text, ix)))
				if w == "" {
					continue
				}
				if negatedBefore(text[:ix[0]]) || strings.Contains(text[ix[0]:ix[1]], " nicht ") {
					// "que no use la palabra Panamá", "que não use a
					// palavra", "che non usi la parola": a word to avoid.
					if !slicesContains(c.Avoid, w) {
						c.Avoid = append(c.Avoid, w)
					}
					continue
				}
				if !slicesContains(c.MustInclude, w) && !slicesContains(c.Avoid, w) {
					c.MustInclude = append(c.MustInclude, w)
				}
			}
		}
	}
	if !c.WantPlace && containsAny(text, "ville", "ciudad", "cidade", "città", "citta", "stadt", "pueblo", "paese", "dorf", "quartier", "barrio", "bairro", "région", "regione", "região", "región", " ort ") &&
		(placeAbroad.Regexp().MatchString(text) || placeGerman.Regexp().MatchString(text)) {
		c.WantPlace = true
	}
	if c.Sound == "" && containsAny(text, "sonne", "sonnant", "sonor", "suen", "suon", " soe ", " soa ", "sonar", "sonido", "kling", "klang", "consonan", " aire ", " stile ", "estilo") {
		for _, re := range []*lazyregexp.Regexp{soundsAbroad, soundsGerman} {
			if m := re.Regexp().FindStringSubmatch(text); m != nil {
				if s := languageStyle(cleanWord(firstGroup(m))); s != "" {
					c.Sound = s
					break
				}
			}
		}
	}
	if c.Suffix == "" && containsAny(text, "termin", "finis", "finir", "acab") {
		if m := soundEndAbroad.Regexp().FindStringSubmatch(text); m != nil {
			c.Suffix = m[1]
		}
	}
	if containsAny(text, "moins", "menos", "almeno", "mindestens", "mínimo", "minimo", "minimum") {
		for _, m := range minLenAbroad.Regexp().FindAllStringSubmatch(text, -1) {
			tightenMin(c, toInt(m[1]))
		}
	}
}

// letterListWord reports whether the letter r of a list read by
// avoidLettersAbroad is a conjunction ("x o y", "k y w", "a e b") rather
// than a listed letter: a conjunction stands between two letters with no
// comma before it.
func letterListWord(list string, r rune) bool {
	f := strings.Fields(strings.NewReplacer(",", " , ", `"`, "", "'", "").Replace(list))
	for i, w := range f {
		if w == string(r) && (i == 0 || i == len(f)-1 || f[i-1] == ",") {
			return false
		}
	}
	return true
}

// negatedBefore reports whether the clause before a request negates it:
// "que no", "que não", "che non", "qui ne", "nicht", also a few words back
// ("no queremos que el nombre use ..."); a comma or semicolon ends the
// clause.
func negatedBefore(before string) bool {
	f := strings.Fields(before)
	for i := len(f) - 1; i >= 0 && i >= len(f)-8; i-- {
		if i < len(f)-1 && strings.ContainsAny(f[i], ",;") {
			return false
		}
		switch strings.Trim(f[i], ",;") {
		case "no", "não", "nao", "non", "ne", "nicht", "nunca", "jamais", "mai":
			return true
		}
	}
	return false
}

// A count word or number of letters, in the five languages (see fnum).
const abroadNum = `(?:n[uú]meros?|numeri|numero|chiffres?|zahlen?|ziffern?|nummern?)`

var (
	noAlliterationAbroad = lazyregexp.New(`(?:^|\PL)(?:sin|sans|senza|ohne|sem|pas|kein\pL*|nada|niente|evitar|évitez|éviter|evitare|evite|evita|vermeiden|nicht)\s+(?:\pL+\s+){0,2}(?:allit|alit|stabreim)`)

	// "sin números", "sans chiffres", "senza numeri", "sem números",
	// "keine Zahlen", "ohne Ziffern".
	noDigitsAbroad = lazyregexp.New(`\b(?:sin|sans|senza|sem|ohne|keine?|pas\s+de|nada\s+de|niente|ni|nem|n[ée]|noch)\s+(?:(?:de|des|los|las|os|as|i|gli|le|la)\s+)?` + abroadNum + `\b`)

	// "contener un número", "doit contenir un chiffre", "com um número",
	// "basado en un número", "contenere un numero", "mit einer Zahl";
	// "con un número de mesas" (a number of) is prose.
	wantDigitsVerb = lazyregexp.New(`\b(?:contener|contenga|contenir|contienne|conter|contenha|contenere|incluir|incluya|inclua|inclure|inclue|includere|includa|llevar|lleve|levar|leve|avoir|avec|con|com|mit|basad[oa]s?\s+en|baseados?\s+em|basead[oa]s?\s+em|basat[oa]\s+su|bas[ée]e?\s+sur|a\s+base\s+de)\s+(?:(?:un|une|uno|una|um|uma|eine|einer|einem|ein|des|unos|algún|algun|algum)\s+)?` + abroadNum + `\b(\s+(?:de|di|d'|des)\b)?`)
	// "un número en el nombre", "un chiffre dans le nom", "eine Zahl im
	// Namen"; "der Name soll eine Zahl enthalten".
	digitsInName = lazyregexp.New(`\b` + abroadNum + `\s+(?:en\s+el|dans\s+le|no|nel|im|in\s+dem|en\s+su|em\s+seu|nel\s+suo)\s+(?:nombre|nom|nome|namen|name|dominio|domaine|domínio)\b|\b(?:eine|einer)\s+(?:zahl|ziffer|nummer)\s+(?:enthalten|enthält|haben|hat|tragen|trägt)\b`)

	noHyphensAbroad = lazyregexp.New(`(?:^|\PL)(?:sin|sans|senza|sem|ohne|keine?n?|pas\s+de|nada\s+de|ni|nem|n[ée]|noch)\s+(?:(?:de|des|los|las|os|as|i|gli|le|la|el|o)\s+)?(?:tirets?|guion(?:es)?|gui[oó]n|h[ií]fen(?:es|s)?|trattin[oi]|bindestrich(?:e)?)\b`)

	// "empezar por F", "commencer par un B", "iniziare con la lettera F"
	// (a bare letter; vowels and "y", "e", "o" are words there, so they
	// need "la lettre").
	letterStartAbroad = lazyregexp.New(`\b(?:commencer|commence|commencent|commen[cç]ant|d[ée]buter|empezar|empiece|empieza|empiecen|comenzar|comience|comienza|iniciar|inicie|inicia|iniziare|inizi|inizia|cominciare|cominci|comecar|começar|comece|comeca|começa)\s+(?:par|con|por|com|per)\s+(?:(?:la\s+lettre|la\s+letra|la\s+lettera|a\s+letra|une\s+lettre|una\s+letra|uma\s+letra)\s+["']?([a-z])["']?|(?:(?:la|le|el|un|une|una|um|uma|a|o)\s+)?["']?([b-df-hj-np-tv-xz])["']?|["']?([aeiou])["']?(?:$|[.,;:!?)]))(?:$|[\s.,;:!?)])`)
	letterStartGerman = lazyregexp.New(`\bmit\s+(?:(?:einem|dem)\s+)?(?:buchstaben\s+)?["']?([a-z])["']?\s+(?:beginnen|anfangen|starten|beginnt|anfängt|anfangt|startet)\b|\b(?:beginnend|anfangend|startend)\s+mit\s+(?:(?:einem|dem)\s+)?(?:buchstaben\s+)?["']?([a-z])["']?(?:$|[\s.,;:!?)])`)

	// "un seul mot", "una sola palabra", "uma só palavra", "una sola
	// parola", "nur ein Wort".
	oneWordAbroad  = lazyregexp.New(`\b(?:(?:en|d')\s*un\s+(?:seul\s+)?mot|(?:en|de)\s+una\s+(?:sola\s+)?palabra\b|(?:in|di)\s+una\s+(?:sola\s+)?parola\b|(?:em|de)\s+uma\s+(?:s[oó]\s+)?palavra\b|aus\s+(?:nur\s+)?einem\s+(?:einzigen\s+)?wort\b|un\s+seul\s+mot|un\s+mot\s+unique|una\s+(?:sola|[uú]nica)\s+palabra|una\s+palabra\s+sola|uma\s+(?:s[oó]|[uú]nica)\s+palavra|uma\s+palavra\s+s[oó]|una\s+(?:sola|unica)\s+parola|una\s+parola\s+sola|un'unica\s+parola|nur\s+ein\s+(?:einziges\s+)?(?:echtes\s+)?wort|ein\s+einziges\s+(?:echtes\s+)?wort)\b`)
	realWordAbroad = lazyregexp.New(`\b(?:mots?\s+(?:r[ée]els?|existants?|du\s+dictionnaire)|vrais?\s+mots?|palabras?\s+(?:reales?|existentes?|del\s+diccionario)|palavras?\s+(?:reais|real|existentes?|do\s+dicion[aá]rio)|parol[ae]\s+(?:vere?|reali|reale|esistenti|esistente|del\s+dizionario)|echte[nrs]?\s+(?:deutsche[nrs]?\s+)?w[oö]rt(?:er|ern)?|existierende[nr]?\s+w[oö]rt(?:er|ern)?|w[oö]rter?n?\s+aus\s+dem\s+w[oö]rterbuch|keine\s+(?:erfundenen\s+)?kunstw[oö]rter|keine\s+erfundenen\s+w[oö]rter|pas\s+de\s+mots?\s+invent[ée]s?|sin\s+palabras\s+inventadas|sem\s+palavras\s+inventadas|senza\s+parole\s+inventate)\b`)

	// "que termine com som de 'a'", "que termine en sonido de a", "che
	// finisca con il suono 'a'", "qui se termine par le son « a »", "doit se
	// terminer par le son « o »": the name ends with that vowel.
	soundEndAbroad = lazyregexp.New(`\b(?:termine|terminer|terminent|terminar|termina|terminen|terminem|terminare|termini|finisca|finire|finir|finiss(?:e|ent)|acabe|acabar)\s+(?:par|en|con|por|com|in|em)\s+(?:(?:o|a|la|un|una|une|el|le|il|um|uma|uno)\s+)?(?:som|sonido|son|suono|letra|lettre|lettera)\s+(?:(?:de|di|d'|du)\s*)?["'«“]?\s?([a-z])(?:$|[^\pL])`)

	// "sans la lettre x", "sin la letra k", "sem a letra k", "senza la
	// lettera k", "ohne den Buchstaben k", "sans le mot bio".
	avoidAbroad = lazyregexp.New(`(?:^|\PL)(?:sans|sin|sem|senza|ohne|pas\s+de|[ée]viter|[ée]vitez|evitar|evite|evitem|evitare|evita|evitate)\s+(?:(?:la|le|el|a|o|il|l'|den|das|dem)\s*)?(?:(?:lettre|letra|lettera|buchstaben)\s+["']?([a-z])["']?(?:$|[\s.,;:!?)])|(?:mot|palabra|palavra|parola|wort)\s+["']?([\pL\d]{2,20}))`)
	// "den Buchstaben K vermeiden", "das Wort Bio vermeiden".
	avoidAbroadAfter = lazyregexp.New(`\b(?:den\s+buchstaben\s+["']?([a-z])|das\s+wort\s+["']?([\pL\d]{2,20}))["']?\s+(?:vermeiden|weglassen|nicht\s+(?:verwenden|benutzen|enthalten))\b`)

	// "contenir le mot patte", "incluir la palabra pata", "includere la
	// parola zampa", "mit dem Wort Pfote".
	includeAbroad = lazyregexp.New(`\b(?:contenir|contienne|inclure|inclue|incluir|incluya|inclua|conter|contenha|includere|includa|contenere|contenga|contener|avec|con|com|mit|llevar|lleve|levar|leve|utiliser|usar|use|usare|usi)\s+(?:(?:le|el|la|a|o|il|l'|dem|das)\s*)?(?:mot|palabra|palavra|parola|wort|terme|t[ée]rmino|termine)\s+["']?\s?([\pL\d]{2,20})`)
	// "il nome non deve contenere le lettere k, j, w, x o y", "no debe
	// llevar las letras k ni w": every letter of the list is avoided.
	avoidLettersAbroad = lazyregexp.New(`\b(?:non|no|n[aã]o|ne|nicht|keine)\s+(?:\pL+\s+){0,2}(?:contenere|contener|conter|contenir|llevar|levar|usare|usar|utiliser|enthalten|tener|ter|avoir|avere)\s+(?:le|las|as|les|die|de|d')?\s*(?:lettere|letras|lettres|buchstaben)\s+((?:["']?[a-z]["']?)(?:\s*(?:,|o|y|e|ou|et|oder|und|ni|nem|n[ée]|né)\s*["']?[a-z]["']?)*)(?:$|[^\pL])`)

	// "zwei Wörter, die mit demselben Buchstaben beginnen", "deux mots qui
	// commencent par la même lettre", "que empiecen con la misma letra",
	// "che iniziano con la stessa lettera", "que comecem com a mesma
	// letra", "starting with the same letter".
	sameLetterStart = lazyregexp.New(`\b(?:mit\s+(?:dem\s+)?(?:demselben|selben|gleichen)\s+buchstaben|(?:par|avec)\s+la\s+m[eê]me\s+lettre|(?:con|por)\s+la\s+misma\s+letra|(?:con|per)\s+la\s+stessa\s+lettera|(?:com|pela)\s+a?\s*mesma\s+letra|with\s+the\s+same\s+letter)`)

	// "das Wort Pfote enthalten"; "avec « soleil » dans le nom", "con
	// 'sol' en el nombre".
	includeAbroadAfter = lazyregexp.New(`\bdas\s+wort\s+["']?([\pL\d]{2,20})["']?\s+(?:(?:soll|sollte|muss|darf|im|in|dem|unserem|namen|gerne|unbedingt|nicht|auf\s+keinen\s+fall)\s+){0,4}(?:enthalten|enthält|haben|tragen|trägt|vorkommen|stehen|auftauchen)\b|(?:contienne|contenga|contenha|contenir|contener|conter|contenere|incluya|inclua|includa|enthalten|enthält)\s+["]\s?([\pL\d]{2,20})\s?["]|\b(?:avec|con|com|mit)\s+["']\s?([\pL\d]{2,20})\s?["']\s+(?:dans\s+le|en\s+el|no|nel|im)\s+(?:nom|nombre|nome|namen)\b`)

	// "inclure la ville", "incluir la ciudad", "o nome deve incluir a
	// cidade", "includere la città", "le nom de notre ville".
	placeAbroad = lazyregexp.New(`\b(?:inclure|inclue|contenir|contienne|mentionner|avec|incluir|incluya|contener|contenga|mencionar|inclua|conter|contenha|includere|includa|contenere|menzionare|con|com|llevar|lleve|levar|leve|porter)\s+(?:(?:le\s+nom\s+de|el\s+nombre\s+de|o\s+nome\s+d[aeo]|il\s+nome\s+de(?:lla|l)?)\s+)?(?:(?:la|le|el|a|o|il|l'|notre|nuestra|nuestro|nossa|nosso|nostra|nostro)\s*)?(?:ville|ciudad|cidade|citt[aà]|village|pueblo|vila|paese|quartier|barrio|bairro|quartiere|r[ée]gion|regi[oó]n|regi[aã]o|regione)(?:$|\PL)`)
	placeGerman = lazyregexp.New(`\b(?:die|den|unsere|unseren)\s+(?:stadt|stadtnamen|ort|ortsnamen|region|dorf)\s+(?:enthalten|nennen|erwähnen|erwahnen|tragen)\b|\bmit\s+(?:dem\s+)?(?:stadtnamen|ortsnamen|namen\s+(?:der|unserer)\s+stadt)\b`)

	// "un nom qui sonne japonais", "que suene italiano", "que soe
	// japonês", "che suoni giapponese", "à consonance italienne", "con
	// aire francés".
	soundsAbroad = lazyregexp.New(`\b(?:sonne|sonnent|sonner|sonnant|consonance|sonorit[ée]|suene|suena|suenen|sonar|sonido|soe|soa|soar|sonoridade|suoni|suona|suonare|suono|sonorit[aà]|aire|stile|estilo|style)\s+(?:(?:un\s+peu|un\s+poco|um\s+pouco|un\s+po'|plut[oô]t|m[aá]s|pi[uù]|mais|tr[eè]s|muy|muito|molto|de|del|di|do|da|en|in|a|à)\s+)*(\pL+)`)
	// "ein Name, der japanisch klingt", "italienisch klingend".
	soundsGerman = lazyregexp.New(`\b(\pL+)\s+(?:klingt|klingen|klingend\pL*)\b|\b(?:klang|klingen)\s+(\pL+)\b`)

	// "au moins six lettres", "al menos 6 letras", "pelo menos 6 letras",
	// "almeno 6 lettere", "mindestens 6 Buchstaben".
	minLenAbroad = lazyregexp.New(`\b(?:au\s+moins|al\s+menos|por\s+lo\s+menos|pelo\s+menos|no\s+m[ií]nimo|como\s+m[ií]nimo|almeno|mindestens|minimum|m[ií]nimo)\s+` + fnum + funit)
)

// wantsDigitsAbroad: a number asked for in another language, in a clause
// about the name or in a phrase that can only be about it.
func wantsDigitsAbroad(text string) bool {
	if digitsInName.Regexp().MatchString(text) {
		return true
	}
	for _, loc := range wantDigitsVerb.Regexp().FindAllStringSubmatchIndex(text, -1) {
		if loc[2] >= 0 {
			continue // "con un número de mesas"
		}
		if nameWord.Regexp().MatchString(sentenceAround(text, loc[0], loc[1])) || strings.Contains(text[loc[0]:loc[1]], "bas") {
			return true
		}
	}
	return false
}

// firstGroup is the first submatch a pattern of alternatives filled.
func firstGroup(m []string) string {
	for _, g := range m[1:] {
		if g != "" {
			return g
		}
	}
	return ""
}

// submatches reads a match that FindAllStringSubmatchIndex located as
// FindAllStringSubmatch would have given it (a group that took no part is
// ""), for loops that also need where the match starts.
func submatches(text string, loc []int) []string {
	m := make([]string, len(loc)/2)
	for i := range m {
		if loc[2*i] >= 0 {
			m[i] = text[loc[2*i]:loc[2*i+1]]
		}
	}
	return m
}

// languageStyle folds a language adjective of French, Spanish, German,
// Portuguese or Italian ("japonais", "giapponese", "alemã") onto the styles
// the generator knows, "" for none.
func languageStyle(w string) string {
	for _, s := range []struct{ prefix, style string }{
		{"ital", "italian"}, {"espa", "spanish"}, {"spagn", "spanish"}, {"spani", "spanish"},
		{"fran", "french"}, {"latin", "latin"}, {"latein", "latin"},
		{"grec", "greek"}, {"grieg", "greek"}, {"grego", "greek"}, {"greca", "greek"}, {"greco", "greek"}, {"griech", "greek"},
		{"allemand", "german"}, {"alem", "german"}, {"tedesc", "german"}, {"deutsch", "german"},
		{"nord", "nordic"}, {"scand", "nordic"}, {"escand", "nordic"}, {"skand", "nordic"},
		{"japon", "japanese"}, {"japan", "japanese"}, {"giappon", "japanese"},
		{"arab", "arabic"}, {"persa", "persian"}, {"persian", "persian"}, {"persisch", "persian"},
		{"core", "korean"}, {"kore", "korean"}, {"bengal", "indic"}, {"hindi", "indic"},
		{"polin", "polynesian"}, {"polyn", "polynesian"}, {"swahili", "swahili"}, {"suaheli", "swahili"},
		{"portug", "portuguese"}, {"brasil", "portuguese"}, {"brésil", "portuguese"},
	} {
		if strings.HasPrefix(w, s.prefix) {
			return s.style
		}
	}
	return ""
}
