package namegen

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// TestExplain is an analysis tool, not a check: with NAMEGEN_EXPLAIN naming
// a file of descriptions (one a line) and NAMEGEN_EXPLAIN_OUT a file to
// write, it writes one JSON line per description with the five names of
// seed 1 (what the blind judgements are run with) and the concepts each
// was made of, so docs/eval/namegen_tail.py can tell which source made
// the names the judges scored low.
func TestExplain(t *testing.T) {
	in, out := os.Getenv("NAMEGEN_EXPLAIN"), os.Getenv("NAMEGEN_EXPLAIN_OUT")
	if in == "" || out == "" {
		t.Skip("set NAMEGEN_EXPLAIN and NAMEGEN_EXPLAIN_OUT to explain a file of descriptions")
	}
	f, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	g := testGenerator(t)
	enc := json.NewEncoder(w)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), MaxDescriptionBytes*2)
	for sc.Scan() {
		if err := enc.Encode(explain(g, sc.Text())); err != nil {
			t.Fatal(err)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

type explainedPart struct {
	Word    string  `json:"word"`
	Kind    string  `json:"kind"`
	Src     string  `json:"src"`
	Weight  float64 `json:"weight"`
	Vague   bool    `json:"vague,omitempty"`
	Wordnet bool    `json:"wordnet,omitempty"`
	Foreign bool    `json:"foreign,omitempty"`
	// Coherent: an idea whose own ideas meet the description (see coherent).
	Coherent bool  `json:"coherent,omitempty"`
	Support  uint8 `json:"support,omitempty"`
	// Role of the description word the part comes from (see role), -1 for none.
	Role int `json:"role"`
	// Rank of that word among the description's (see sourceRank).
	Rank int `json:"rank"`
}

type explainedName struct {
	Name     string          `json:"name"`
	Strategy string          `json:"strategy"`
	Affix    string          `json:"affix,omitempty"`
	Score    float64         `json:"score"`
	Parts    []explainedPart `json:"parts"`
}

type explained struct {
	Description string   `json:"description"`
	Lang        string   `json:"lang,omitempty"`
	Error       string   `json:"error,omitempty"`
	Industries  []string `json:"industries,omitempty"`
	// Markets are the places the description sells to (see marketReader).
	Markets []string        `json:"markets,omitempty"`
	Names   []explainedName `json:"names"`
}

var kindNames = [...]string{kindKeyword: "keyword", kindPlace: "place", kindIndustry: "industry", kindModifier: "modifier", kindGeneric: "generic", kindCore: "core", kindAssoc: "assoc"}

func explain(g *Generator, desc string) explained {
	e := explained{Description: desc}
	a := g.lex.analyse(desc)
	e.Lang = a.lang
	e.Markets = a.markets
	for _, id := range a.industries {
		e.Industries = append(e.Industries, g.lex.industries[id].id)
	}
	picks, err := g.generate(desc, Options{Count: 5, Seed: 1})
	if err != nil {
		e.Error = err.Error()
		return e
	}
	for _, c := range picks {
		n := explainedName{Name: c.name, Strategy: c.strategy, Affix: c.affix, Score: c.score}
		for _, p := range c.parts[:c.nparts] {
			n.Parts = append(n.Parts, explainedPart{Word: p.word, Kind: kindNames[p.kind], Src: p.src, Weight: p.weight, Vague: p.vague, Wordnet: p.wordnet, Foreign: p.foreign,
				Coherent: p.kind == kindAssoc && g.coherent(a, p), Support: p.support, Role: roleOf(a, p), Rank: a.sourceRank(p)})
		}
		e.Names = append(e.Names, n)
	}
	return e
}

func roleOf(a *analysis, p concept) int {
	if rl, ok := a.roles[p.src]; ok && p.src != "" && p.kind != kindPlace {
		return int(rl)
	}
	return -1
}
