package llm

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadPrices(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		body string
		ok   bool
	}{
		{`{"gpt-4o-mini": {"input": 0.15, "output": 0.6}}`, true},
		{`{"m": {"input": 0.15}}`, false},
		{`{"m": {"input": -1, "output": 1}}`, false},
		{`{"m": {"input": 1, "output": 1, "cached": 0.5}}`, false},
		{`[1,2]`, false},
	} {
		path := filepath.Join(dir, "prices.json")
		if err := os.WriteFile(path, []byte(tt.body), 0o644); err != nil {
			t.Fatal(err)
		}
		// The same table as a file path and as the value itself (the README
		// documents DOMAINYOURS_PRICES as JSON).
		for _, src := range []string{path, " " + tt.body + "\n"} {
			p, err := LoadPrices(src)
			if (err == nil) != tt.ok {
				t.Errorf("LoadPrices(%q): err %v, want ok=%v", src, err, tt.ok)
			}
			if tt.ok && p["gpt-4o-mini"].OutputPerMTok != 0.6 {
				t.Errorf("LoadPrices(%q) = %v", src, p)
			}
		}
	}
	if p, err := LoadPrices(""); p != nil || err != nil {
		t.Errorf("no price file means no prices, not an error: %v %v", p, err)
	}
	if _, err := LoadPrices(filepath.Join(dir, "missing.json")); err == nil || !strings.Contains(err.Error(), "DOMAINYOURS_PRICES") {
		t.Errorf("missing file: %v", err)
	}
}
