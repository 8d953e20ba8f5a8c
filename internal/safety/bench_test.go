package safety

import (
	"strings"
	"testing"
)

// benchDescriptions are realistic inputs: short, typical, risky-but-legitimate,
// obfuscated, and one rambling founder text of about 2,000 characters (with
// accents, so the Unicode path runs). The target is under 50 µs each.
var benchDescriptions = func() []string {
	long := strings.Repeat("We started as a tiny family bakery in Porto, baking sourdough at four in the "+
		"morning and delivering it by bicycle to cafés around the old town; today we also run "+
		"weekend classes for kids and adults, sell our own jams, and cater weddings. ", 9)
	return []string{
		"Artisan coffee roastery in Melbourne with a subscription service.",
		"Licensed shooting range with firearms safety courses and a pro shop for hunters.",
		"Harm reduction charity running a needle exchange and handing out naloxone.",
		"s3lling st0len cr3dit c4rds, fr3sh cvv daily",
		long[:strings.LastIndexByte(long[:2000], ' ')],
	}
}()

func BenchmarkClassify(b *testing.B) {
	for _, d := range benchDescriptions {
		name := d
		if len(name) > 24 {
			name = name[:24]
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Classify(d)
			}
		})
	}
}

// BenchmarkBuildRules is what the first Classify of a process pays to build
// the rule table, and what every process paid at start before it was built
// on first use.
func BenchmarkBuildRules(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if len(buildRules()) == 0 {
			b.Fatal("no rules")
		}
	}
}
