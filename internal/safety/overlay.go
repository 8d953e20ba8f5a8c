package safety

// Rules-only readings that a word list cannot hold: an age said the way
// the five other languages say it, and an adult audience said with its
// qualifier on either side. Both give overlay tags (see rulesOnly), so the
// learned stage's features do not move.

// foreignAgeSpan measures an age the main pass (ageSpan) leaves alone: "de
// 14 años", "di 12 anni", "von 12 Jahren", "13- und 14-jährigen", "de 13 a 16
// anos", "tra i dodici e i quattordici anni", "catorce y quince años",
// "fourteen years old", "girls from 12 to 16". A number of years is an age
// only where the words say so: after "de", "di", "von", "between"..., with a
// "-jährig" unit, or with "old"/"alt" after it; "há 12 anos", "seit 12
// Jahren", "más de 15 años de experiencia" are not.
func foreignAgeSpan(toks []token, i int) int {
	s := toks[i].sentence
	in := func(j int) bool { return j < len(toks) && toks[j].sentence == s }
	num := func(j int) bool {
		if !in(j) {
			return false
		}
		if _, ok := minorAge(toks[j].raw); ok {
			return true
		}
		return ageNumberWord(toks[j].text)
	}
	// unit is the length of the age unit at j, and whether it says "age"
	// by itself ("jährig", "years old").
	unit := func(j int) (int, bool) {
		if !in(j) {
			return 0, false
		}
		w := toks[j].text
		old := in(j+1) && (toks[j+1].text == "old" || toks[j+1].text == "olds" || toks[j+1].text == "alt")
		switch {
		case len(w) > 5 && w[:5] == "jahri":
			return 1, true
		case old && (w == "years" || w == "year" || w == "jahre"):
			return 2, true
		case w == "ans" || w == "anos" || w == "anni" || w == "jahre" || w == "jahren":
			return 1, false
		}
		return 0, false
	}
	if !num(i) {
		// "girls from 12 to 16", "Models von 13 bis 15".
		// "girls in grades six to nine": a school grade.
		if (toks[i].text == "grade" || toks[i].text == "grades") && num(i+1) {
			end := i + 2
			if in(end) && rangeWord(toks[end].text) && num(end+1) {
				end += 2
			}
			return end - i
		}
		// "Mädchen zwischen zwölf und vierzehn": written-out numbers after
		// "between", which ageSpan reads only as digits.
		if childOrModel(toks[i].text) && in(i+2) && (fromWord(toks[i+1].text) || betweenWord(toks[i+1].text)) && num(i+2) {
			end := i + 3
			if in(end) && rangeWord(toks[end].text) && num(end+1) {
				end += 2
			}
			if u, _ := unit(end); u > 0 {
				end += u
			}
			return end - i
		}
		return 0
	}
	// The number, a second one after a range word ("a", "e i", "und",
	// a hyphen), then the unit.
	last := i
	for k := i + 1; k <= i+3 && in(k); k++ {
		if num(k) {
			last = k
			break
		}
		if !rangeWord(toks[k].text) && toks[k].text != "i" && toks[k].text != "aos" && toks[k].text != "las" && toks[k].text != "los" {
			break
		}
	}
	u, says := unit(last + 1)
	if u == 0 {
		return 0
	}
	if !says && !agePrefix(toks, i) {
		return 0
	}
	if !says && experience(toks, last+1+u) {
		return 0
	}
	return last + 1 + u - i
}

// agePrefix: the word before the number makes it an age ("de 14", "di 12",
// "von 12", "tra i dodici", "entre 12"), unless it is "more than" ("más de
// 15 años") or "ago"/"since" ("há", "seit") comes first.
func agePrefix(toks []token, i int) bool {
	if i == 0 || toks[i-1].sentence != toks[i].sentence {
		return false
	}
	p := toks[i-1].text
	if p == "i" && i > 1 { // "tra i dodici"
		p = toks[i-2].text
	}
	switch p {
	case "de", "di", "von", "dos", "das", "des", "du", "tra", "fra", "entre", "zwischen", "between":
	default:
		return false
	}
	if i > 1 {
		switch toks[i-2].text {
		case "mas", "mais", "plus", "piu", "menos", "moins", "meno", "cerca", "environ", "circa", "casi", "quase", "presque", "quasi", "alrededor", "hace", "ha", "depuis", "seit", "vor", "da", "durante", "pendant", "por":
			return false
		}
	}
	return true
}

// experience: the years are of a trade ("15 años de experiencia").
func experience(toks []token, j int) bool {
	if j+1 >= len(toks) {
		return false
	}
	switch toks[j].text {
	case "de", "d", "di", "der":
	default:
		return false
	}
	switch toks[j+1].text {
	case "experiencia", "experience", "esperienza", "carrera", "carriere", "carriera", "carreira",
		"trabajo", "travail", "lavoro", "trabalho", "oficio", "metier", "mestiere", "historia",
		"histoire", "storia", "tradicion", "tradition", "tradizione", "tradicao", "garantia", "garantie",
		"garanzia", "erfahrung", "profession", "professione", "profissao", "ensino", "docencia":
		return true
	}
	return false
}

func fromWord(w string) bool {
	switch w {
	case "from", "von", "de", "dai", "dos", "des", "dagli", "desde":
		return true
	}
	return false
}

// childOrModel names the young people an age range may follow.
func childOrModel(w string) bool {
	if childWord(w) {
		return true
	}
	switch w {
	case "models", "modelle", "modelos", "mannequins", "teens", "teenagers", "students", "pupils",
		"alunas", "alumnas", "ragazzine", "jugendliche", "schulerinnen", "creatrices", "creators":
		return true
	}
	return false
}

// ageNumberWord: the numbers 1 to 17 written out, in the six languages (a
// switch, not a map: nothing is built at start).
func ageNumberWord(w string) bool {
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
		"twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "un", "deux", "trois",
		"quatre", "cinq", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze",
		"seize", "dixsept", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
		"diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "um", "dois",
		"quatro", "sete", "oito", "nove", "dez", "doze", "treze", "catorze", "dezasseis", "dezesseis",
		"dezassete", "dezessete", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "dieci",
		"undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "eins",
		"zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwolf",
		"dreizehn", "vierzehn", "funfzehn", "sechzehn", "siebzehn":
		return true
	}
	return false
}

// adultAudSpan measures an adult audience at token i: an audience noun with
// an adult qualifier within two words on either side ("socios adultos",
// "clienti privati adulti", "erwachsene Käufer", "trusted adult
// collectors", "zahlende Herren"). Only the qualifier's start is tagged
// when it comes first, so a span starts at i either way.
func adultAudSpan(toks []token, i int) int {
	s, c := toks[i].sentence, toks[i].clause
	near := func(j int) bool { return j < len(toks) && toks[j].sentence == s && toks[j].clause == c }
	w := toks[i].text
	switch {
	case audienceNoun(w):
		for k := i + 1; k <= i+2 && near(k); k++ {
			if adultWord(toks[k].text) || menNoun(w) && payingWord(toks[k].text) {
				return k - i + 1
			}
		}
	case adultWord(w) || payingWord(w):
		for k := i + 1; k <= i+2 && near(k); k++ {
			if audienceNoun(toks[k].text) && (adultWord(w) || menNoun(toks[k].text)) {
				return k - i + 1
			}
		}
	}
	return 0
}

func audienceNoun(w string) bool {
	switch w {
	case "buyers", "clients", "customers", "subscribers", "members", "users", "collectors", "patrons",
		"sponsors", "judges", "viewers",
		"acheteurs", "clientele", "abonnes", "membres", "utilisateurs", "collectionneurs", "mecenes", "spectateurs",
		"compradores", "clientes", "clientela", "suscriptores", "socios", "usuarios", "coleccionistas", //nolint:misspell // French, Portuguese, Spanish
		"mecenas", "jueces", "espectadores",
		"assinantes", "utilizadores", "colecionadores", "juizes",
		"acquirenti", "clienti", "abbonati", "soci", "utenti", "collezionisti", "mecenati", "committenti", "giudici",
		"kaufer", "kunden", "kundenkreis", "kundschaft", "abonnenten", "mitglieder", "nutzer", "sammler", "gonner", "zuschauer":
		return true
	}
	return menNoun(w)
}

// menNoun: men as an audience; paid for by them ("zahlende Herren") is
// enough without "adult".
func menNoun(w string) bool {
	switch w {
	case "gentlemen", "men", "messieurs", "hommes", "caballeros", "hombres", "cavalheiros", "homens",
		"signori", "uomini", "herren", "manner":
		return true
	}
	return false
}

func adultWord(w string) bool {
	switch w {
	case "adult", "adults", "adulte", "adultes", "adulto", "adultos", "adulta", "adultas", "adulti",
		"erwachsene", "erwachsenen", "erwachsener", "vip":
		return true
	}
	return false
}

func payingWord(w string) bool {
	switch w {
	case "paying", "payants", "pagantes", "paganti", "zahlende", "zahlenden", "zahlungskraftige",
		"zahlungskraftigen", "wealthy", "riches", "ricos", "facoltosi", "reiche", "reichen":
		return true
	}
	return false
}
