package namegen

import (
	"strings"
	"testing"
)

// TestContainsMarkBeyond: a word the founder asks every name to carry is
// theirs even when it is also a famous mark; a mark anywhere else in the
// name is still refused.
func TestContainsMarkBeyond(t *testing.T) {
	lx := generatedLexicon()
	tests := []struct {
		name  string
		asked []string
		want  bool
	}{
		{"mielefavo", []string{"miele"}, false},
		{"apemiele", []string{"miele"}, false},
		{"mielefavo", nil, true},
		{"mieleikea", []string{"miele"}, true}, // a mark beside the asked word
		{"boschmiele", []string{"miele"}, true},
		{"hearthloaf", []string{"loaf"}, false},
	}
	for _, tt := range tests {
		if got := lx.containsMarkBeyond(tt.name, tt.asked); got != tt.want {
			t.Errorf("containsMarkBeyond(%q, %q) = %v, want %v", tt.name, tt.asked, got, tt.want)
		}
	}
}

// TestAskedWordThatIsAMark: "miele" is Italian for honey and an appliance
// maker's name; an Italian beekeeper who asks for it got no name at all.
func TestAskedWordThatIsAMark(t *testing.T) {
	g := testGenerator(t)
	desc := "Apicoltura nomade in Basilicata: vendiamo il miele ai negozi bio. Il nome deve contenere la parola «miele»." //nolint:misspell // Italian
	got, err := g.Generate(desc, Options{Count: 5, Seed: 1})
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	if len(got) != 5 {
		t.Fatalf("got %d names, want 5", len(got))
	}
	for _, c := range got {
		if !strings.Contains(c.Name, "miele") {
			t.Errorf("%q lacks the asked word miele", c.Name)
		}
	}
}

// TestUnfortunateReadings: a name that reads as an insult or a crime is no
// name, however its parts were meant ("give" + "therapist").
func TestUnfortunateReadings(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"givetherapist", true}, {"cashit", true}, {"therapy", false}, {"swankbake", false}, {"grapevine", false},
	} {
		if got := unfortunate(tt.name); got != tt.want {
			t.Errorf("unfortunate(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
	g := testGenerator(t)
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"kindrape", true}, {"boldrape", true}, {"rapeoil", true}, {"grapevine", false}, {"drapehijab", false},
		{"oakgrape", false}, {"scrapeshop", false}, {"rapeseedoil", false}, {"silkdrape", false},
	} {
		if got := rapeAtSeam(tt.name, g.lex.known.get); got != tt.want {
			t.Errorf("rapeAtSeam(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
	for _, seed := range []int64{1, 2, 3} {
		got, err := g.Generate("Hijab pins and magnetic brooches from Istanbul; must start with K.", Options{Count: 5, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range got {
			if strings.Contains(c.Name, "rape") {
				t.Errorf("seed %d: %q for a hijab shop", seed, c.Name)
			}
		}
	}
	for _, seed := range []int64{1, 2, 3} {
		got, err := g.Generate("Day respite centre for autistic adults in Singapore, run by two therapists.", Options{Count: 5, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range got {
			if unfortunate(c.Name) {
				t.Errorf("seed %d: %q", seed, c.Name)
			}
		}
	}
}
