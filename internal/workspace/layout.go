package workspace

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/domainyours/domainyours/internal/exitcode"
)

// Default folders, as DOMAINYOURS_*_DIR and eval's --reports-dir and
// --images-dir default them.
const (
	DefaultReportsDir = "reports"
	DefaultImagesDir  = "images"
)

// Layout is where a command's files live. Every path any command reads or
// writes is a method here, so two commands cannot disagree about a file's
// name (eval writes reports/eval-summary.json; generate-data's test-set
// guard reads the same path).
type Layout struct {
	Data    string // DOMAINYOURS_DATA_DIR: datasets, test set, eval results and edge cases
	Models  string // DOMAINYOURS_MODELS_DIR: trained versions
	Cache   string // DOMAINYOURS_CACHE_DIR: LLM response caches and run journals
	Reports string // eval --reports-dir: the eval summary and page
	Images  string // eval --images-dir: the PNG charts
}

// CheckData refuses a DOMAINYOURS_DATA_DIR that exists but is not a
// folder (or lies under a file), with the same message in every command,
// before anything is read from or written under it. A missing folder is
// fine: it is created when the first file is written.
func (l Layout) CheckData() error {
	st, err := os.Stat(l.Data)
	switch {
	case err == nil && st.IsDir(), errors.Is(err, fs.ErrNotExist):
		return nil
	case err == nil, errors.Is(err, syscall.ENOTDIR):
		return exitcode.Usagef("point DOMAINYOURS_DATA_DIR at a folder (it is created when missing)",
			"DOMAINYOURS_DATA_DIR=%s is not a folder (a file is in the way)", l.Data)
	}
	return exitcode.Input(fmt.Errorf("DOMAINYOURS_DATA_DIR: %w", err), "point DOMAINYOURS_DATA_DIR at a readable folder")
}

// Dataset is data/dataset_vN.csv.
func (l Layout) Dataset(v Version) string { return filepath.Join(l.Data, "dataset_"+v.String()+".csv") }

// Meta is the .meta.json file generate-data writes next to a CSV.
func Meta(csvPath string) string { return strings.TrimSuffix(csvPath, ".csv") + ".meta.json" }

// TestSet is data/test_set.csv, the frozen test set.
func (l Layout) TestSet() string { return filepath.Join(l.Data, "test_set.csv") }

// Results is data/model_<name>-results.csv, one eval run's rows.
func (l Layout) Results(name string) string {
	return filepath.Join(l.Data, "model_"+name+"-results.csv")
}

// EdgeCases is data/model_<name>-edge_cases.json, the eval output
// generate-data --augment-from reads.
func (l Layout) EdgeCases(name string) string {
	return filepath.Join(l.Data, "model_"+name+"-edge_cases.json")
}

// EdgeCasesOf returns the edge-case file for a path a user gave
// (generate-data --augment-from): the file itself when it is one, or the one
// eval wrote beside a results file (data/model_v1-results.csv →
// data/model_v1-edge_cases.json).
func EdgeCasesOf(path string) string {
	if strings.HasSuffix(path, "-results.csv") {
		return strings.TrimSuffix(path, "-results.csv") + "-edge_cases.json"
	}
	if filepath.Ext(path) == ".csv" {
		return strings.TrimSuffix(path, ".csv") + "-edge_cases.json"
	}
	return path
}

// AllEdgeCases lists every edge-case file in data/, sorted.
func (l Layout) AllEdgeCases() ([]string, error) {
	return filepath.Glob(filepath.Join(l.Data, "model_*-edge_cases.json"))
}

// Summary is reports/eval-summary.json.
func (l Layout) Summary() string { return filepath.Join(l.Reports, "eval-summary.json") }

// Report is reports/eval-report.html.
func (l Layout) Report() string { return filepath.Join(l.Reports, "eval-report.html") }

// FailedSummary and FailedReport are where an eval in which a version could
// not be evaluated writes its summary and page, so the last good ones stay.
func (l Layout) FailedSummary() string { return filepath.Join(l.Reports, "eval-summary.failed.json") }

// FailedReport: see FailedSummary.
func (l Layout) FailedReport() string { return filepath.Join(l.Reports, "eval-report.failed.html") }

// ModelDir is models/model_<name>, a trained version (or a sweep run).
func (l Layout) ModelDir(name string) string { return filepath.Join(l.Models, "model_"+name) }

// PartialDir is models/.model_<name>.partial, a training run's work
// folder, kept for --resume.
func (l Layout) PartialDir(name string) string {
	return filepath.Join(l.Models, ".model_"+name+".partial")
}

// StagingDir is models/.model_<name>.staging, where a version's outputs are
// assembled before they are renamed into ModelDir.
func (l Layout) StagingDir(name string) string {
	return filepath.Join(l.Models, ".model_"+name+".staging")
}

// JudgeCache is the eval judge's response cache.
func (l Layout) JudgeCache() string { return filepath.Join(l.Cache, "judge-cache.jsonl") }

// JudgeBatchJournal is the journal of the eval judge's Batch API jobs.
func (l Layout) JudgeBatchJournal() string { return filepath.Join(l.Cache, "judge-batch.journal") }

// EvalJournal is the journal of one eval run's finished rows.
func (l Layout) EvalJournal(name string) string {
	return filepath.Join(l.Cache, "eval-"+name+".journal")
}

// GenerateDataCache is generate-data's LLM response cache.
func (l Layout) GenerateDataCache() string {
	return filepath.Join(l.Cache, "generate-data", "llm-cache.journal")
}

// GenerateDataJournal is the journal of one generate-data run; name says
// what it writes (dataset-v2, test-set) and runID everything that decides
// its output.
func (l Layout) GenerateDataJournal(name, runID string) string {
	return filepath.Join(l.Cache, "generate-data", name+"-"+runID+".journal")
}

// Datasets lists the versions with a data/dataset_vN.csv, by number. A
// missing data folder is an error the caller can test with os.ErrNotExist.
func (l Layout) Datasets() ([]Version, error) {
	return l.versions(l.Data, func(e os.DirEntry) (string, bool) {
		if e.IsDir() {
			return "", false
		}
		v, ok := strings.CutPrefix(e.Name(), "dataset_")
		if !ok {
			return "", false
		}
		return strings.CutSuffix(v, ".csv")
	})
}

// TrainedVersions lists the versions with a models/model_vN folder, by
// number; no models folder means none.
func (l Layout) TrainedVersions() ([]Version, error) {
	vs, err := l.versions(l.Models, func(e os.DirEntry) (string, bool) {
		if !e.IsDir() {
			return "", false
		}
		return strings.CutPrefix(e.Name(), "model_")
	})
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	return vs, err
}

func (l Layout) versions(dir string, name func(os.DirEntry) (string, bool)) ([]Version, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []Version
	for _, e := range entries {
		if s, ok := name(e); ok {
			if v, err := ParseVersion(s); err == nil {
				out = append(out, v)
			}
		}
	}
	return SortVersions(out), nil
}
