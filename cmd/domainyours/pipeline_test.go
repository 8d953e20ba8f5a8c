package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/datagen/fakellm"
	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/edgecases"
)

// The improvement loop across commands, with real outputs passed between
// them: eval writes what a version got wrong, and generate-data --augment-from
// reads that very file to write the next dataset version (v1 + new rows).
func TestEvalFeedsGenerateData(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	os.MkdirAll(data, 0o755)
	for _, f := range []string{"test_set.csv", "dataset_v1.csv"} {
		b, err := os.ReadFile(filepath.Join("../../data", f))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(data, f), b, 0o644)
	}
	srv := fakellm.Start(t)
	env := map[string]string{
		"DOMAINYOURS_DATA_DIR":  data,
		"DOMAINYOURS_CACHE_DIR": filepath.Join(dir, "cache"),
		"OPENAI_BASE_URL":       srv.URL + "/v1",
		"OPENAI_API_KEY":        "sk-test-0123456789",
		"OLLAMA_HOST":           "127.0.0.1:9", // nothing listens: no model is used
	}

	r := runCLI(t, env, "eval", "--version", "builtin", "--judge", "heuristic",
		"--reports-dir", filepath.Join(dir, "reports"), "--images-dir", filepath.Join(dir, "images"))
	if r.Code != 0 {
		t.Fatalf("eval: code %d\nstderr: %s", r.Code, r.Stderr)
	}
	edgePath := filepath.Join(data, "model_builtin-edge_cases.json")
	edge, err := edgecases.Read(edgePath)
	if err != nil {
		t.Fatalf("eval's edge-case file: %v", err)
	}
	if edge.NTotal != 50 || edge.NScored+edge.NError != edge.NTotal || len(edge.Bottom) == 0 {
		t.Fatalf("edge cases: total %d scored %d error %d bottom %d", edge.NTotal, edge.NScored, edge.NError, len(edge.Bottom))
	}

	r = runCLI(t, env, "generate-data", "--version", "v2", "--from", "v1",
		"--augment-from", filepath.Join(data, "model_builtin-results.csv"), "--rows", "10", "--model", "gpt-fake")
	if r.Code != 0 {
		t.Fatalf("generate-data --augment-from: code %d\nstderr: %s", r.Code, r.Stderr)
	}
	v1, _, _, err := dataset.ReadFile(filepath.Join(data, "dataset_v1.csv"), dataset.Options{Training: true})
	if err != nil {
		t.Fatal(err)
	}
	v2, rejects, _, err := dataset.ReadFile(filepath.Join(data, "dataset_v2.csv"), dataset.Options{Training: true})
	if err != nil || len(rejects) > 0 {
		t.Fatalf("dataset_v2: %v %v", err, rejects)
	}
	if len(v2) <= len(v1) || len(v2) > len(v1)+10 {
		t.Fatalf("v2 has %d rows; want v1's %d plus at most 10 new", len(v2), len(v1))
	}
	for i := range v1 {
		if v2[i].Description != v1[i].Description {
			t.Fatalf("row %d of v1 changed in v2", i)
		}
	}
	meta, err := os.ReadFile(filepath.Join(data, "dataset_v2.meta.json"))
	if err != nil {
		t.Fatal(err)
	}
	// The meta file records, per failure pattern of eval's file, how many
	// rows were added; every added row is accounted for by a pattern.
	var m any
	if err := json.Unmarshal(meta, &m); err != nil {
		t.Fatal(err)
	}
	added := 0
	for _, p := range findKey(m, "patterns") {
		pm, _ := p.(map[string]any)
		n, _ := pm["rows_added"].(float64)
		added += int(n)
	}
	if added != len(v2)-len(v1) {
		t.Errorf("patterns account for %d added rows, v2 added %d:\n%s", added, len(v2)-len(v1), meta)
	}
	if !strings.Contains(string(meta), "model_builtin-results.csv") {
		t.Errorf("v2's meta file does not name the eval results it was aimed by")
	}
}

// findKey returns the list stored under key anywhere in a decoded JSON value.
func findKey(v any, key string) []any {
	switch x := v.(type) {
	case map[string]any:
		if l, ok := x[key].([]any); ok {
			return l
		}
		for _, c := range x {
			if l := findKey(c, key); l != nil {
				return l
			}
		}
	case []any:
		for _, c := range x {
			if l := findKey(c, key); l != nil {
				return l
			}
		}
	}
	return nil
}
