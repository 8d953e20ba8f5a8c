package namegen

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestSeedNames(t *testing.T) {
	tests := []struct {
		name string
		csv  string
		want []string
	}{
		{"empty file", "", nil},
		{"header only", "description,suggestions,label,category\n", nil},
		{"no suggestions column", "description,names\nx,\"[\"\"loafly\"\"]\"\n", nil},
		{"rows", "description,suggestions,label,category\n" +
			"a bakery,\"[\"\"loafly\"\",\"\"crumb-haus\"\",\"\"oven24.com\"\"]\",appropriate,\n" +
			"refused,[],inappropriate,weapons\n" +
			"bad json,\"[loafly\",appropriate,\n" +
			"short row\n" +
			"\"unclosed quote,\"[\"\"late\"\"]\",appropriate,\n",
			[]string{"loafly", "crumb", "haus", "oven"}},
		{"bom and crlf", "\ufeffdescription,suggestions\r\nx,\"[\"\"Hearthly\"\"]\"\r\n", []string{"hearthly"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := seedNames([]byte(tt.csv)); !slices.Equal(got, tt.want) {
				t.Errorf("seedNames = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTrainingWordsFallBack(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	small := []byte("description,suggestions\nx,\"[\"\"loafly\"\"]\"\n")
	if got := trainingWords(small, lx); len(got) < len(lx.allWords) || !slices.Contains(got, "loafly") {
		t.Errorf("a tiny seed should be topped up with the lexicon: got %d words", len(got))
	}
	g := testGenerator(t)
	seedOnly := trainingWords(g.seed, lx)
	if slices.Contains(seedOnly, "hearth") && !slices.Contains(seedNames(g.seed), "hearth") {
		t.Error("the shipped seed data is large enough to be used alone, but lexicon words were mixed in")
	}
}

func TestModelInvent(t *testing.T) {
	m := testGenerator(t).charModel()
	inventions := map[string]bool{}
	for i := range 50 {
		rng := rand.New(rand.NewPCG(uint64(i), 1))
		w, ok := m.invent(rng, "cru", 5, 9)
		if !ok {
			continue
		}
		if len(w) < 5 || len(w) > 9 || w[:3] != "cru" || !isPartWord(w) {
			t.Errorf("invent gave %q: want 5..9 letters a-z starting with cru", w)
		}
		rng2 := rand.New(rand.NewPCG(uint64(i), 1))
		if w2, _ := m.invent(rng2, "cru", 5, 9); w2 != w {
			t.Errorf("same seed gave %q then %q", w, w2)
		}
		inventions[w] = true
	}
	if len(inventions) < 10 {
		t.Errorf("only %d distinct inventions in 50 tries: %v", len(inventions), inventions)
	}
}
