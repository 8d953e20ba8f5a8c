package namegen

import "testing"

// BenchmarkGenerate measures one description end to end; the target is
// well under 2 ms per call.
func BenchmarkGenerate(b *testing.B) {
	g := New()
	descs := []string{
		"a bakery in Lyon",
		"An AI-powered note-taking app for university students, no hyphens",
		"Specialty coffee roaster in Melbourne shipping fresh roasts on subscription",
		"a tattoo studio, must include the word ink, at most 10 characters",
		"a pizza place, prefer number-based naming",
		"東京のラーメン屋",
	}
	if _, err := g.Generate(descs[0], Options{Count: 5}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := g.Generate(descs[i%len(descs)], Options{Count: 5, Seed: int64(i)}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNew measures what the first suggestion of a process pays to load
// the embedded lexicon: its tables are static data, so next to nothing.
var benchGen *Generator

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		benchGen = New()
	}
}
