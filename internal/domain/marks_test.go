package domain

import "testing"

func TestMarkIn(t *testing.T) {
	for _, tt := range []struct {
		name string
		own  []string
		want string
	}{
		{"paypal", nil, "paypal"},
		{"paypa1", nil, "paypal"}, // a digit for a look-alike letter
		{"g00gle", nil, "google"}, // two of them
		{"1nstagram", nil, "instagram"},
		{"gooogle", nil, "google"}, // a letter doubled
		{"amazonn", nil, "amazon"},
		{"netflixx", nil, "netflix"},
		{"netflx", nil, "netflix"}, // dropped
		{"amazom", nil, "amazon"},  // changed
		{"googel", nil, "google"},  // swapped
		{"mynetflix", nil, "netflix"},
		{"gooogleloaf", nil, "google"},
		{"nikeshop", nil, "nike"}, // a short mark at an edge
		{"shopnike", nil, "nike"},
		{"tuberose", nil, ""},        // ... but not inside another word
		{"bikeshop", nil, ""},        // nor one letter from a short mark
		{"faithfulfinance", nil, ""}, // inside a name, only a doubled letter is a typo
		{"creditcurb", nil, ""},
		{"seattlespresso", nil, ""},
		{"harborlight", nil, ""},
		{"crumbly", nil, ""},
		{"mielecasa", []string{"miele"}, ""}, // the founder asked for the word
		{"mieleikea", []string{"miele"}, "ikea"},
		{"mielecasa", nil, "miele"},
	} {
		if got := MarkIn(tt.name, tt.own); got != tt.want {
			t.Errorf("MarkIn(%q, %q) = %q, want %q", tt.name, tt.own, got, tt.want)
		}
	}
}

func BenchmarkMarkIn(b *testing.B) {
	Marks()
	for b.Loop() {
		MarkIn("crumblyovenhouse", nil)
	}
}
