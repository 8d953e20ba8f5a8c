package workspace

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParseVersion(t *testing.T) {
	for s, n := range map[string]int{"v1": 1, "v2": 2, "v10": 10, "v999999": 999999} {
		v, err := ParseVersion(s)
		if err != nil || v.Number() != n || v.String() != s || v.Model() != "domainyours:"+s {
			t.Errorf("ParseVersion(%q) = %v (%d), %v", s, v, v.Number(), err)
		}
	}
	// v0 is not a version: no command may train, suggest or evaluate it.
	for _, s := range []string{"", "v", "v0", "v00", "v01", "V1", "1", "v1.0", "v-1", "v1 ", "v1000000",
		"builtin", "exp_3", "../../etc/passwd", "v1/../x", "v1\x00"} {
		if _, err := ParseVersion(s); err == nil || !strings.Contains(err.Error(), "not allowed") {
			t.Errorf("ParseVersion(%q) = %v, want a refusal", s, err)
		}
		if IsVersion(s) {
			t.Errorf("IsVersion(%q) = true", s)
		}
	}
}

func TestModelVersion(t *testing.T) {
	for model, want := range map[string]string{"domainyours:v3": "v3", "DomainYours:V12": "v12"} {
		if v, ok := ModelVersion(model, ModelFamily); !ok || v.String() != want {
			t.Errorf("ModelVersion(%q) = %v, %v; want %s", model, v, ok, want)
		}
	}
	for _, model := range []string{"domainyours:v0", "domainyours:v007", "domainyours:v1.5", "domainyours:v+1", "domainyours:1",
		"domainyours:latest", "domainyours", "llama3.2:v1", "domainyours-x:v1", "x/domainyours:v1", "domainyours:v1-sweep-01", "domainyours:v1000000"} {
		if v, ok := ModelVersion(model, ModelFamily); ok {
			t.Errorf("ModelVersion(%q) = %v, want none", model, v)
		}
	}
}

func TestValidateNameAndSlug(t *testing.T) {
	for _, s := range []string{"v1", "v12", "builtin", "base-qwen2.5", "exp_3", "v1-sweep-01", "seed-v1"} {
		if err := ValidateName(s); err != nil {
			t.Errorf("ValidateName(%q) = %v", s, err)
		}
	}
	for _, s := range []string{"", "../../etc/passwd", "/etc/passwd", "v1/../x", "a..b", "-v1", "V1", "v1\x00", "v 1", strings.Repeat("a", 33), ".hidden"} {
		if err := ValidateName(s); err == nil {
			t.Errorf("ValidateName(%q) accepted", s)
		}
	}
	for in, want := range map[string]string{
		"v2":                    "v2",
		"builtin":               "builtin",
		"Seed-V1":               "seed-v1",
		"base:llama3.2":         "base-llama3.2",
		"base:qwen2.5:0.5b":     "base-qwen2.5-0.5b",
		"base:hf.co/x/y..gguf":  "base-hf.co-x-y.gguf",
		"base:../../etc/passwd": "base-.-.-etc-passwd",
	} {
		got, err := Slug(in)
		if err != nil || got != want {
			t.Errorf("Slug(%q) = %q, %v; want %q", in, got, err, want)
		}
		if filepath.Base(got) != got {
			t.Errorf("Slug(%q) = %q escapes its folder", in, got)
		}
	}
	if _, err := Slug(":::"); err == nil {
		t.Error("Slug accepted a name with no usable character")
	}
	if got := SweepRun(MustVersion("v2"), 3); got != "v2-sweep-03" {
		t.Errorf("SweepRun = %q", got)
	}
}

func TestLayoutPaths(t *testing.T) {
	l := Layout{Data: "d", Models: "m", Cache: "c", Reports: "r"}
	v := MustVersion("v2")
	for got, want := range map[string]string{
		l.Dataset(v):                            "d/dataset_v2.csv",
		Meta(l.Dataset(v)):                      "d/dataset_v2.meta.json",
		l.TestSet():                             "d/test_set.csv",
		Meta(l.TestSet()):                       "d/test_set.meta.json",
		l.Results("base-x"):                     "d/model_base-x-results.csv",
		l.EdgeCases("v2"):                       "d/model_v2-edge_cases.json",
		l.Summary():                             "r/eval-summary.json",
		l.Report():                              "r/eval-report.html",
		l.ModelDir("v2"):                        "m/model_v2",
		l.PartialDir("v2"):                      "m/.model_v2.partial",
		l.StagingDir("v2"):                      "m/.model_v2.staging",
		l.JudgeCache():                          "c/judge-cache.jsonl",
		l.JudgeBatchJournal():                   "c/judge-batch.journal",
		l.EvalJournal("builtin"):                "c/eval-builtin.journal",
		l.GenerateDataCache():                   "c/generate-data/llm-cache.journal",
		l.GenerateDataJournal("test-set", "ab"): "c/generate-data/test-set-ab.journal",
	} {
		if got != filepath.FromSlash(want) {
			t.Errorf("got %s, want %s", got, want)
		}
	}
}

func TestEdgeCasesOf(t *testing.T) {
	for in, want := range map[string]string{
		"data/model_v1-results.csv":     "data/model_v1-edge_cases.json",
		"data/model_v1-edge_cases.json": "data/model_v1-edge_cases.json",
		"other.csv":                     "other-edge_cases.json",
	} {
		if got := EdgeCasesOf(in); got != want {
			t.Errorf("EdgeCasesOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLayoutListsVersionsByTheOneRule(t *testing.T) {
	root := t.TempDir()
	l := Layout{Data: filepath.Join(root, "data"), Models: filepath.Join(root, "models")}
	if _, err := l.Datasets(); !os.IsNotExist(err) {
		t.Errorf("Datasets of a missing folder: %v, want not-exist", err)
	}
	if vs, err := l.TrainedVersions(); err != nil || len(vs) != 0 {
		t.Errorf("TrainedVersions of a missing folder: %v, %v", vs, err)
	}
	for _, f := range []string{"dataset_v10.csv", "dataset_v2.csv", "dataset_v0.csv", "dataset_v01.csv", "dataset_exp.csv", "dataset_v3.meta.json", "test_set.csv"} {
		write(t, filepath.Join(l.Data, f))
	}
	for _, d := range []string{"model_v1", "model_v0", "model_v1-sweep-01", ".model_v4.partial", "model_v7"} {
		if err := os.MkdirAll(filepath.Join(l.Models, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write(t, filepath.Join(l.Models, "model_v9")) // a file, not a version folder
	if got := names(t, l.Datasets); !reflect.DeepEqual(got, []string{"v2", "v10"}) {
		t.Errorf("Datasets = %v", got)
	}
	if got := names(t, l.TrainedVersions); !reflect.DeepEqual(got, []string{"v1", "v7"}) {
		t.Errorf("TrainedVersions = %v", got)
	}
}

func write(t *testing.T, path string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
}

func names(t *testing.T, list func() ([]Version, error)) []string {
	t.Helper()
	vs, err := list()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, v := range vs {
		out = append(out, v.String())
	}
	return out
}
