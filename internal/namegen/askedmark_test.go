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
