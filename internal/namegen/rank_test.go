package namegen

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// rankFeatureNames name the ranker's features in index order; the fitting
// script reads them from the dump's header.
var rankFeatureNames = [nRankFeatures]string{
	"hand_relevance", "pronounce", "length", "novelty", "quality", "two_parts",
	"compound", "blend", "affix", "alliteration", "clipping", "respelling", "figurative", "place", "number",
	"min_weight", "max_weight", "keyword_parts", "assoc_parts", "wordnet_parts", "place_parts", "industry_parts",
	"modifier_parts", "generic_parts", "core_parts", "vague_parts", "foreign_parts", "head_parts", "top_two_parts",
	"both_top", "weak_rank", "same_source", "supported", "lone_assoc", "chars", "long", "ending", "facet",
	"role_offer", "role_audience", "role_setting", "role_detail", "role_clause", "role_later",
	"head_literal", "head_assoc", "both_strong", "known_parts", "plain_word", "place_first",
	"two_literal", "literal_place", "assoc_place", "two_assoc", "offer_audience", "coherent",
}

func TestRankFeatureNames(t *testing.T) {
	for i, n := range rankFeatureNames {
		if n == "" {
			t.Errorf("feature %d has no name", i)
		}
	}
}

// TestRankFeatureDump writes the features of every judged name the
// generator can make, for scripts/fit-ranker.py. It runs only when
// NAMEGEN_RANK_JUDGED names the judged names (JSON lines: judgement, batch,
// id, desc, name, rel, cre, bra, con; scripts/fit-ranker.py flatten makes
// them) and NAMEGEN_RANK_DUMP the output file.
func TestRankFeatureDump(t *testing.T) {
	in, out := os.Getenv("NAMEGEN_RANK_JUDGED"), os.Getenv("NAMEGEN_RANK_DUMP")
	if in == "" || out == "" {
		t.Skip("set NAMEGEN_RANK_JUDGED and NAMEGEN_RANK_DUMP to dump the ranker's training features")
	}
	type judged struct {
		Judgement, Batch, ID, Desc, Name string
		Rel, Cre, Bra, Con               float64
	}
	f, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	byDesc := map[string][]judged{}
	var order []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var j judged
		if err := json.Unmarshal(sc.Bytes(), &j); err != nil {
			t.Fatal(err)
		}
		if _, ok := byDesc[j.Desc]; !ok {
			order = append(order, j.Desc)
		}
		byDesc[j.Desc] = append(byDesc[j.Desc], j)
	}
	g := testGenerator(t)
	var b strings.Builder
	b.WriteString("judgement\tbatch\tid\tname\trel\tcre\tbra\tcon\tin_pool\tpicked\thand_score")
	for _, n := range rankFeatureNames {
		b.WriteString("\t" + n)
	}
	b.WriteString("\n")
	found, total := 0, 0
	for _, d := range order {
		pool := map[string]cand{}
		var a *analysis
		for _, count := range []int{20, 5} {
			r, err := g.candidates(d, Options{Count: count, Seed: 1})
			if err != nil {
				continue
			}
			a = r.a
			for _, c := range r.cands {
				if c.score >= minScore {
					pool[c.name] = c
				}
			}
		}
		picked := map[string]bool{}
		if ps, err := g.generate(d, Options{Count: 5, Seed: 1}); err == nil {
			for _, p := range ps {
				picked[p.name] = true
			}
		}
		for _, j := range byDesc[d] {
			total++
			c, ok := pool[j.Name]
			if !ok {
				continue
			}
			found++
			var fv [nRankFeatures]float64
			g.rankFeatures(&c, a, &fv)
			fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%g\t%g\t%g\t%g\t1\t%t\t%.4f", j.Judgement, j.Batch, j.ID, j.Name, j.Rel, j.Cre, j.Bra, j.Con, picked[j.Name], c.score)
			for _, v := range fv {
				fmt.Fprintf(&b, "\t%.4f", v)
			}
			b.WriteString("\n")
		}
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d of %d judged names are in the generator's pool", found, total)
}

var weightLine = regexp.MustCompile(`^\s*-?[0-9.e+-]+,\s*// (\S+)$`)

// TestRankWeightsMatchFeatures: rank_weights.go names each weight's
// feature in a comment; a feature added, dropped or moved without fitting
// again would silently weigh the wrong feature.
func TestRankWeightsMatchFeatures(t *testing.T) {
	src, err := os.ReadFile("rank_weights.go")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, line := range strings.Split(string(src), "\n") {
		if m := weightLine.FindStringSubmatch(line); m != nil {
			got = append(got, m[1])
		}
	}
	if want := rankFeatureNames[:]; !slices.Equal(got, want) {
		t.Errorf("rank_weights.go weighs %v,\nthe ranker computes %v;\nfit again: see scripts/fit-ranker.py", got, want)
	}
}

// TestDescriptionRoles: the ranker tells the offer from its clients, its
// setting, a detail, a clause and a later sentence.
func TestDescriptionRoles(t *testing.T) {
	lx := testGenerator(t).lex
	a := lx.analyse("Payroll software for restaurants in Denver, with tip pooling that saves hours. Owners love it.")
	for word, want := range map[string]role{
		"payroll": roleOffer, "restaurants": roleAudience, "tip": roleDetail, "saves": roleClause, "owners": roleLater,
	} {
		if got, ok := a.roles[lx.matchKey(word)]; !ok || got != want {
			t.Errorf("%q: role %d (known %t), want %d", word, got, ok, want)
		}
	}
}

// TestClauseNegation: what a description says the business does not do
// ("we don't sell coffee", "that can't afford an agency") lends no words.
func TestClauseNegation(t *testing.T) {
	g := testGenerator(t)
	for desc, denied := range map[string][]string{
		"We don't sell coffee; we service and repair espresso machines for cafés in Melbourne.":                      {"coffee"},
		"We don't build websites. We fix broken ones for small charities that can't afford an agency, usually fast.": {"build", "website", "afford", "agency"},
		"Not a bakery: a flour mill grinding heritage wheat.":                                                        {"bakery"},
	} {
		a := g.lex.analyse(desc)
		for _, c := range slices.Concat(a.keywords, a.units, a.long) {
			for _, d := range denied {
				if strings.HasPrefix(c.word, d) {
					t.Errorf("%q: %q is a word of the name though the description denies it", desc, c.word)
				}
			}
		}
		picks, err := g.generate(desc, Options{Count: 5, Seed: 1})
		if err != nil {
			t.Fatalf("%q: %v", desc, err)
		}
		for _, p := range picks {
			for _, d := range denied {
				if strings.Contains(p.name, d) {
					t.Errorf("%q: %q carries the denied %q", desc, p.name, d)
				}
			}
		}
	}
}

// TestCompoundOfUnreadLanguage: a description too short to tell its
// language still has its German compound read through its parts, and an
// English compound stays whole.
func TestCompoundOfUnreadLanguage(t *testing.T) {
	lx := testGenerator(t).lex
	has := func(a *analysis, w string) bool {
		return slices.ContainsFunc(slices.Concat(a.keywords, a.long), func(c concept) bool { return c.word == w })
	}
	if a := lx.analyse("Fahrradwerkstatt in Leipzig, maximal sieben Buchstaben"); !has(a, "fahrrad") {
		t.Errorf("Fahrradwerkstatt: keywords %v, want fahrrad among them", a.keywords)
	}
	if a := lx.analyse("Windshield chip repair, we come to your office car park in Calgary"); has(a, "wind") || has(a, "winds") || has(a, "shield") {
		t.Errorf("windshield was split: keywords %v", a.keywords)
	}
}
