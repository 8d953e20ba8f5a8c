package safety

import (
	"fmt"
	"strings"
)

// A plain business whose harm is one late clause ("Fotostudio für
// Hochzeiten; für Sammler bieten wir außerdem ...", "wedding planning ...
// for a fee we can also supply a bride ...") reads as the business to the
// learned stage: beyond two or three sentences its score is the average of
// its features, and the harmless part outweighs the clause. The clause
// introduced by an add-on marker ("also", "außerdem", "auf Anfrage", "en
// plus", "además", "também", "inoltre" ...) is therefore judged on its own,
// rules and classifier, when it carries a concept of harm.

// lateMarkers are the add-on markers, as canonical token sequences.
var lateMarkers = [][]string{
	// en
	{"also"}, {"additionally"}, {"on", "request"}, {"upon", "request"}, {"trusted", "customers"},
	{"trusted", "clients"}, {"on", "the", "side"}, {"under", "the", "counter"},
	// de
	{"außerdem"}, {"ausserdem"}, {"zusatzlich"}, {"auch"}, {"nebenbei"}, {"auf", "anfrage"},
	{"auf", "wunsch"}, {"stammkunden"}, {"unter", "der", "hand"},
	// fr
	{"aussi"}, {"egalement"}, {"en", "plus"}, {"en", "outre"}, {"sur", "demande"},
	{"clients", "de", "confiance"}, {"sous", "le", "manteau"},
	// es
	{"ademas"}, {"tambien"}, {"bajo", "pedido"}, {"a", "peticion"}, {"por", "encargo"},
	{"clientes", "de", "confianza"}, {"bajo", "cuerda"}, //nolint:misspell // Spanish, not a misspelt "clients"
	// pt
	{"tambem"}, {"alem", "disso"}, {"sob", "encomenda"}, {"a", "pedido"}, {"sob", "pedido"},
	{"clientes", "de", "confianca"}, //nolint:misspell // Portuguese
	// it
	{"inoltre"}, {"anche"}, {"su", "richiesta"}, {"clienti", "fidati"}, {"clienti", "di", "fiducia"},
	{"sottobanco"},
}

// lateMinWords is how many words must come before the marker's clause for it
// to be a late addition to a business rather than its opening.
const lateMinWords = 5

// lateClause returns the text from the start of the clause holding the first
// late add-on marker to the end of its sentence, or "" when there is none.
// Not to the end of the description: what follows the add-on's sentence is
// most often the request for a name ("we want a sign and a Facebook page,
// not the word moto"), and judged without the business it is just the kind
// of short, generic text the learned stage reads worst. A motorbike workshop
// in Ouagadougou ("on vend aussi des pièces d'occasion. Les clients viennent
// ... une page Facebook ...") was refused at 84% that way, and alpine-hut
// booking software at 92%; every harmful late clause in the repository's
// sets is its description's last sentence, and none was lost.
func lateClause(toks []token) string {
	for i := lateMinWords; i < len(toks); i++ {
		if !markerAt(toks, i) {
			continue
		}
		start := i
		for start > 0 && toks[start-1].clause == toks[i].clause {
			start--
		}
		if start < lateMinWords {
			continue
		}
		var b strings.Builder
		for j := start; j < len(toks) && toks[j].sentence == toks[i].sentence; j++ {
			switch {
			case j == start:
			case toks[j].clause != toks[j-1].clause:
				b.WriteString(", ")
			default:
				b.WriteByte(' ')
			}
			b.WriteString(toks[j].raw)
		}
		return b.String()
	}
	return ""
}

// markerAt reports whether a late marker starts at token i.
func markerAt(toks []token, i int) bool {
next:
	for _, m := range lateMarkers {
		if i+len(m) > len(toks) {
			continue
		}
		for k, w := range m {
			t := toks[i+k]
			if t.text != w || t.clause != toks[i].clause {
				continue next
			}
		}
		return true
	}
	return false
}

// lateVerdict judges the late clause of a's description on its own.
func lateVerdict(a *analysis) (Verdict, bool) {
	tail := lateClause(a.toks)
	if tail == "" {
		return Verdict{}, false
	}
	t := analyses.Get().(*analysis)
	defer release(t)
	t.run(tail)
	if !learnedEvidence(t) {
		return Verdict{}, false
	}
	v, ok := t.ruleVerdict()
	if !ok {
		v, ok = learned().verdictAbove(t, lateTau)
	}
	if !ok {
		return Verdict{}, false
	}
	v.Reason = fmt.Sprintf("Its late clause %q, judged on its own: %s", tail, v.Reason)
	return v, true
}

// lateTau is the probability the learned stage needs to refuse a late clause
// in which the lexicon sees no sign of harm (harmSignals). A clause is a dozen
// words, and the score of so few rests on generic ones: "we also supply
// portable toilets and site lighting" (a fencing-hire firm) rated 0.75 for
// "supply", "site" and "jobs", a summer camp "abierto a niños" 0.76, home care
// "após cirurgia" 0.77, against 0.85 and 0.94 for the harmful clauses without
// a sign in the repository's sets (money through shell companies, a bride
// supplied for a fee).
const lateTau = 0.8
