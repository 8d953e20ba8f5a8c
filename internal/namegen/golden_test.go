package namegen

import (
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/golden"
)

// goldenDescriptions: the examples and descriptions written by a
// separate helper for tuning (never the held-out judging set). Changes to
// the generator show up here as a diff for review.
var goldenDescriptions = []string{
	"Youth mentorship program pairing teens with local professionals",
	"Pilot car escort service for oversize loads in Texas",
	"Zero-waste refill store in Portland; prefer number-based naming",
	"a bakery in Lyon",
	"Boulangerie artisanale à Lyon, pains au levain",
	"Mobile bike repair van serving commuters in Utrecht.",
	"Dog grooming salon in Austin with a cat-only quiet room.",
	"Tax preparation for freelancers and gig workers, Chicago.",
	"Commercial kitchen deep cleaning and extractor hood degreasing for restaurants in Manchester.",
	"Stained glass classes and commissions, small studio in Asheville.",
	"Kleine Schreinerei im Schwarzwald, die Massivholzmöbel nach Maß fertigt, vor allem Esstische und Einbauschränke aus regionaler Eiche und Weißtanne.",
	"Piano tuning and repair across greater Melbourne, 30 years experience.",
	"Crane hire and rigging services for construction and mining sites in Perth and the Pilbara.",
	"Open-source observability tool for Kubernetes clusters, aimed at developers. We want a short name, all lowercase, max 6 letters, ideally pronounceable.",
	"Handmade ceramic tableware for restaurants, small studio in Oaxaca.",
	"Agriturismo in Val d'Orcia con produzione di olio extravergine e vino, camere per famiglie e corsi di cucina toscana nel fine settimana.",
	"Beekeeping supplies and honey extraction equipment shipped across Canada.",
	"Sign language interpreting for hospitals and courts in Sydney.",
	"Luthier workshop building and repairing classical guitars in Seville.",
	"Custom trophy, medal and engraving shop serving schools and sports clubs in Glasgow.",
}

func TestGoldenNames(t *testing.T) {
	g := testGenerator(t)
	var b strings.Builder
	b.WriteString("# go test ./internal/namegen -run TestGoldenNames -update rewrites this file.\n")
	for _, d := range goldenDescriptions {
		got, err := g.Generate(d, Options{Count: 5, Seed: 1})
		if err != nil {
			t.Fatalf("%q: %v", d, err)
		}
		b.WriteString(d + "\n\t" + strings.Join(names(got), " ") + "\n")
	}
	golden.Check(t, "testdata/golden_names.txt", []byte(b.String()), "review the new names and run go test ./internal/namegen -run TestGoldenNames -update")
}
