package edgecases

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestRoundTripAndVersionCheck(t *testing.T) {
	p := filepath.Join(t.TempDir(), "model_v1-edge_cases.json")
	q := 0.25
	in := File{Version: "v1", NTotal: 50, NScored: 48, NError: 2,
		Bottom:         []Row{{Description: "a bakery", Domains: []string{"xqzvb", "loafly", "crumbhaus", "oventide", "lyonbake"}, Quality: &q, Category: "random_word", Reason: "xqzvb is unpronounceable"}},
		Categories:     map[string]int{"good": 100, "random_word": 12},
		FalseRefusals:  []Row{{Description: "a pest control firm", Label: "appropriate"}},
		MissedRefusals: []Row{{Description: "stolen cards shop", Label: "inappropriate", RefusalCat: "fraud_scams"}},
	}
	if err := Write(p, in); err != nil {
		t.Fatal(err)
	}
	out, err := Read(p)
	in.SchemaVersion = SchemaVersion
	if err != nil || !reflect.DeepEqual(in, out) {
		t.Fatalf("round trip: %v\n%+v\n%+v", err, in, out)
	}
	os.WriteFile(p, []byte(`{"schema_version":99}`), 0o644)
	if _, err := Read(p); err == nil || !strings.Contains(err.Error(), "schema_version 99") {
		t.Fatalf("want a version error, got %v", err)
	}
}
