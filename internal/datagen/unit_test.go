package datagen

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/datagen/fakellm"
	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/edgecases"
	"github.com/domainyours/domainyours/internal/prompt"
)

func TestSimilarity(t *testing.T) {
	tests := []struct {
		a, b string
		dup  bool
	}{
		{"Family bakery in Lyon baking sourdough loaves every morning", "Family bakery in Lyon baking sourdough loaves every morning!", true},
		{"Family bakery in Lyon baking sourdough loaves every morning", "family BAKERY in lyon, baking sourdough loaves every single morning", true},
		{"Family bakery in Lyon baking sourdough loaves every morning", "Family bakery in Paris baking sourdough loaves every morning", true},
		{"Family bakery in Lyon baking sourdough loaves every morning", "Specialty coffee roaster in Melbourne shipping single-origin beans", false},
		{"Family bakery in Lyon baking sourdough loaves every morning", "Neighbourhood bakery selling croissants and rye bread in Oslo", false},
		{"Crème brûlée café à Paris", "Creme brulee cafe a Paris", true},
	}
	for _, tt := range tests {
		s := Similarity(tt.a, tt.b)
		if (s >= NearDupThreshold) != tt.dup {
			t.Errorf("Similarity(%q, %q) = %.2f; duplicate = %v, want %v", tt.a, tt.b, s, s >= NearDupThreshold, tt.dup)
		}
	}
}

// The MinHash index finds (nearly) every pair above the threshold that an
// exact comparison finds, and never reports one below it.
func TestNearIndexMatchesExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var texts []string
	for range 300 {
		var words []string
		for range 12 {
			words = append(words, fakellm.Word(rng, 4+rng.IntN(4)))
		}
		texts = append(texts, strings.Join(words, " "))
	}
	// Variants at decreasing similarity: change k of 12 words.
	for i := range 100 {
		words := strings.Fields(texts[i])
		for k := range i % 5 {
			words[(k*5)%12] = fakellm.Word(rng, 6)
		}
		texts = append(texts, strings.Join(words, " "))
	}
	ix := newNearIndex()
	found, exact := 0, 0
	for i, tx := range texts {
		_, sim, ok := ix.nearest(tx)
		best := 0.0
		for _, prev := range texts[:i] {
			best = max(best, Similarity(tx, prev))
		}
		if ok && sim < NearDupThreshold {
			t.Fatalf("reported similarity %.2f below the threshold", sim)
		}
		if best >= NearDupThreshold {
			exact++
			if ok {
				found++
			}
		} else if ok {
			t.Fatalf("%q reported as a duplicate, exact best %.2f", tx, best)
		}
		ix.add(tx)
	}
	if exact < 50 || float64(found) < 0.97*float64(exact) {
		t.Errorf("index found %d of %d near-duplicate texts", found, exact)
	}
}

func TestRefusalsSpreadEvenly(t *testing.T) {
	for _, tt := range []struct {
		rows  int
		ratio float64
		want  int
	}{{200, 0.1, 20}, {50, 0.12, 6}, {10, 0, 0}, {7, 0.5, 3}, {40, 0.1, 4}} {
		n, lastGap := 0, -1
		for i := range tt.rows {
			if isRefusal(i, tt.ratio) {
				n++
				lastGap = i
			}
		}
		if n != tt.want {
			t.Errorf("rows %d ratio %g: %d refusals, want %d (last at %d)", tt.rows, tt.ratio, n, tt.want, lastGap)
		}
	}
}

func TestBaseSlotsCoverThePlan(t *testing.T) {
	p := mustPlan(t)
	slots := p.BaseSlots(240, 0.1, DefaultOmit, 3)
	perIndustry := map[string]int{}
	cats := map[string]int{}
	for i, s := range slots {
		if s.Index != i {
			t.Fatalf("slot %d has index %d", i, s.Index)
		}
		if s.Kind == KindRefusal {
			cats[s.Category]++
			continue
		}
		for _, id := range DefaultOmit {
			if strings.Contains(s.Brief, "industry: "+id+")") {
				t.Errorf("slot %d uses omitted topic %s: %s", i, id, s.Brief)
			}
		}
		for _, id := range p.TopicIDs() {
			if strings.Contains(s.Brief, "industry: "+id+")") {
				perIndustry[id]++
			}
		}
	}
	// 216 named rows over 12 industries: 18 each.
	if len(perIndustry) != 12 {
		t.Fatalf("industries used: %v", perIndustry)
	}
	for id, n := range perIndustry {
		if n != 18 {
			t.Errorf("industry %s has %d rows, want 18", id, n)
		}
	}
	if len(cats) != len(prompt.Categories) {
		t.Errorf("refusal categories %v", cats)
	}
	// Same seed, same plan; another seed, another plan.
	again := p.BaseSlots(240, 0.1, DefaultOmit, 3)
	other := p.BaseSlots(240, 0.1, DefaultOmit, 4)
	if again[5].Brief != slots[5].Brief || other[5].Brief == slots[5].Brief && other[6].Brief == slots[6].Brief {
		t.Error("slots are not a function of the seed")
	}
}

func TestCheckOmit(t *testing.T) {
	p := mustPlan(t)
	if err := p.CheckOmit([]string{"birds", "hunting"}); err != nil {
		t.Error(err)
	}
	if err := p.CheckOmit([]string{"dragons"}); err == nil || !strings.Contains(err.Error(), "birds") {
		t.Errorf("unknown topic: %v (want the list of topics)", err)
	}
}

func TestOmittedKeywords(t *testing.T) {
	ks := mustPlan(t).omittedKeywords(DefaultOmit)
	for desc, want := range map[string]string{
		"Kitchen renovation company in Leeds":          "",
		"Guided bird-watching tours in Monteverde":     "birds",
		"A family water park with slides":              "water-play",
		"Surf lessons for beginners in Biarritz":       "water-play",
		"Outfitters for licensed elk hunting trips":    "hunting",
		"Hens and ducks for backyard keepers":          "birds",
		"Surface coatings for industrial floors, Oslo": "",
	} {
		if got := ks.match(desc); got != want {
			t.Errorf("match(%q) = %q, want %q", desc, got, want)
		}
	}
}

func TestValidateRow(t *testing.T) {
	good := []string{"loafly", "crumbhaus", "levainia", "oventide", "lyonmie"}
	named := Slot{Kind: KindBusiness, Label: dataset.LabelAppropriate, MinWords: 8, MaxWords: 15}
	refusal := Slot{Kind: KindRefusal, Label: dataset.LabelInappropriate, Category: "fraud_scams", MinWords: 8, MaxWords: 15}
	test := Slot{Kind: KindConstraint, Label: dataset.LabelAppropriate, NoNames: true, NeedConstraint: true, MinWords: 8, MaxWords: 40}
	bakery := "Family bakery in Lyon baking sourdough loaves and croissants every morning"
	omitted := mustPlan(t).omittedKeywords(DefaultOmit)
	tests := []struct {
		name string
		slot Slot
		row  rowReply
		want string
	}{
		{"good", named, rowReply{bakery, "appropriate", "", good}, ""},
		{"invisible characters stripped", named, rowReply{"\u200b" + bakery, "appropriate", "", good}, ""},
		{"empty", named, rowReply{" \u200b ", "appropriate", "", good}, ReasonEmptyDescription},
		{"formula", named, rowReply{"=HYPERLINK(\"x\") " + bakery, "appropriate", "", good}, ReasonFormula},
		{"too short", named, rowReply{"A bakery", "appropriate", "", good}, ReasonTooShort},
		{"too long", named, rowReply{strings.Repeat("bread ", 40), "appropriate", "", good}, ReasonTooLong},
		{"label", named, rowReply{bakery, "inappropriate", "", good}, ReasonLabelMismatch},
		{"category on named", named, rowReply{bakery, "appropriate", "hate", good}, ReasonBadCategory},
		{"four names", named, rowReply{bakery, "appropriate", "", good[:4]}, ReasonWrongCount},
		{"no names", named, rowReply{bakery, "appropriate", "", nil}, ReasonWrongCount},
		{"duplicate", named, rowReply{bakery, "appropriate", "", []string{"loafly", "loafly", "levainia", "oventide", "lyonmie"}}, ReasonDuplicateName},
		{"upper case", named, rowReply{bakery, "appropriate", "", []string{"Loafly", "crumbhaus", "levainia", "oventide", "lyonmie"}}, "invalid_name:upper_case"},
		{"tld", named, rowReply{bakery, "appropriate", "", []string{"loafly.com", "crumbhaus", "levainia", "oventide", "lyonmie"}}, "invalid_name:has_tld"},
		{"famous mark", named, rowReply{bakery, "appropriate", "", []string{"paypa1", "crumbhaus", "levainia", "oventide", "lyonmie"}}, "invalid_name:mark"},
		{"asked word that is a mark", named, rowReply{bakery + `, the name must contain the word "miele"`, "appropriate", "", []string{"mieleloaf", "crumbmiele", "mielerise", "ovenmiele", "mielecrust"}}, ""},
		{"constraint broken", named, rowReply{bakery + ", no hyphens please", "appropriate", "", []string{"loaf-ly", "crumbhaus", "levainia", "oventide", "lyonmie"}}, ReasonConstraint},
		{"omitted topic", named, rowReply{"Guided bird watching tours for families in Costa Rica", "appropriate", "", good}, ReasonOmittedTopic},
		{"guardrail disagrees", named, rowReply{"We sell stolen credit card numbers and cloned cards online", "appropriate", "", good}, ReasonSafety},
		{"refusal", refusal, rowReply{"We sell stolen credit card numbers and cloned cards online", "inappropriate", "fraud_scams", []string{}}, ""},
		{"refusal bad category", refusal, rowReply{"We sell stolen credit card numbers and cloned cards online", "inappropriate", "spam", nil}, ReasonBadCategory},
		{"refusal with names", refusal, rowReply{"We sell stolen credit card numbers and cloned cards online", "inappropriate", "fraud_scams", good}, ReasonNamesOnRefusal},
		{"test row", test, rowReply{bakery + ", avoid hyphens in the name", "appropriate", "", nil}, ""},
		{"test row with names", test, rowReply{bakery + ", avoid hyphens in the name", "appropriate", "", good}, ReasonNamesOnTestRow},
		{"test row without constraint", test, rowReply{bakery, "appropriate", "", nil}, ReasonNoConstraint},
	}
	for _, tt := range tests {
		_, got := validateRow(tt.slot, tt.row, omitted)
		if got != tt.want {
			t.Errorf("%s: reason %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestTestSlotsSmall(t *testing.T) {
	for _, n := range []int{1, 5, 12} {
		slots := mustPlan(t).TestSlots(n, DefaultOmit, 1)
		if len(slots) != n {
			t.Errorf("TestSlots(%d) made %d slots", n, len(slots))
		}
	}
}

func TestAllocate(t *testing.T) {
	ps := []Pattern{{ID: "a", Failures: 6}, {ID: "b", Failures: 3}, {ID: "c", Failures: 1}}
	for _, tt := range []struct {
		rows int
		want []int
	}{{10, []int{6, 3, 1}}, {20, []int{12, 6, 2}}, {3, []int{1, 1, 1}}, {2, []int{1, 1, 0}}, {0, []int{0, 0, 0}}} {
		got := allocate(tt.rows, ps)
		if !equalInts(got, tt.want) {
			t.Errorf("allocate(%d) = %v, want %v", tt.rows, got, tt.want)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestPatternsGroupFailures(t *testing.T) {
	f := edgecases.File{
		Bottom:         []edgecases.Row{{Description: "a", Category: "too_long"}, {Description: "b", Category: "too_long"}, {Description: "c"}},
		MissedRefusals: []edgecases.Row{{Description: "d", RefusalCat: "hate"}, {Description: "e", RefusalCat: "bogus"}},
		FalseRefusals:  []edgecases.Row{{Description: "f"}},
	}
	var ids []string
	for _, p := range Patterns(f) {
		ids = append(ids, p.ID+"="+string(rune('0'+p.Failures)))
	}
	want := "false_refusal=1 low_quality:low_score=1 low_quality:too_long=2 missed_refusal:hate=1 missed_refusal:unknown=1"
	if got := strings.Join(ids, " "); got != want {
		t.Errorf("patterns %s, want %s", got, want)
	}
}

func mustPlan(t *testing.T) Plan {
	t.Helper()
	p, err := LoadPlan()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// The held-out topics carry keywords, and every omittable id exists.
func TestEmbeddedPlan(t *testing.T) {
	p := mustPlan(t)
	for _, id := range DefaultOmit {
		ind, ok := p.Industry(id)
		if !ok || !ind.HeldOut || len(ind.Keywords) == 0 {
			t.Errorf("topic %s: found %v, held out %v, %d keywords", id, ok, ind.HeldOut, len(ind.Keywords))
		}
	}
}
